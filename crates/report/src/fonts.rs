//! The embedded Japanese font, parsed once per process, and its advance widths for the layout.
//!
//! "Mamori Sans JP" is Noto Sans JP Regular and Bold (SIL OFL 1.1, see `assets/fonts/OFL.txt`)
//! subset by `scripts/make-ui-fonts.py` to Windows-31J (JIS X 0208 with the NEC and IBM
//! extensions), Latin and common symbols: about 1.9 MB per face instead of 4.5 MB, which keeps
//! the app small. printpdf then embeds only the glyphs a report uses (this needs its
//! `text_layout` feature), so a report stays small too.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

use printpdf::ParsedFont;

use crate::ReportError;
use crate::layout::Measure;

const REGULAR: &[u8] = include_bytes!("../../../assets/fonts/MamoriSansJP-Regular.otf");
const BOLD: &[u8] = include_bytes!("../../../assets/fonts/MamoriSansJP-Bold.otf");

/// The two faces a report uses.
#[derive(Debug)]
pub(crate) struct Fonts {
    pub(crate) regular: ParsedFont,
    pub(crate) bold: ParsedFont,
}

static FONTS: OnceLock<Option<Fonts>> = OnceLock::new();

/// The parsed fonts (parsed on first use; about 0.1 s in a release build).
pub(crate) fn fonts() -> Result<&'static Fonts, ReportError> {
    FONTS
        .get_or_init(|| {
            let mut warnings = Vec::new();
            Some(Fonts {
                regular: ParsedFont::from_bytes(REGULAR, 0, &mut warnings)?,
                bold: ParsedFont::from_bytes(BOLD, 0, &mut warnings)?,
            })
        })
        .as_ref()
        .ok_or(ReportError::Font)
}

/// Advance widths from the embedded fonts, cached per character (one cache per report).
#[derive(Debug)]
pub(crate) struct FontMeasure {
    fonts: &'static Fonts,
    cache: RefCell<HashMap<(char, bool), f32>>,
}

impl FontMeasure {
    pub(crate) fn new() -> Result<FontMeasure, ReportError> {
        Ok(FontMeasure {
            fonts: fonts()?,
            cache: RefCell::new(HashMap::new()),
        })
    }
}

impl Measure for FontMeasure {
    fn advance(&self, c: char, bold: bool) -> f32 {
        if let Some(w) = self.cache.borrow().get(&(c, bold)) {
            return *w;
        }
        let font = if bold {
            &self.fonts.bold
        } else {
            &self.fonts.regular
        };
        let upem = f32::from(font.pdf_font_metrics.units_per_em.max(1));
        let w = match font.lookup_glyph_index(u32::from(c)) {
            Some(gid) => f32::from(font.get_horizontal_advance(gid)) / upem,
            // A character the font lacks is drawn as .notdef, about one em wide.
            None => 1.0,
        };
        self.cache.borrow_mut().insert((c, bold), w);
        w
    }
}
