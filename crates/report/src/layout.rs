//! Page layout: a [`ReportModel`] becomes A4 pages of positioned items (text runs, lines,
//! rectangles, polygons, the logo). Pure: no PDF, no I/O; text is measured through [`Measure`]
//! (the embedded font's advance widths in the real reports).
//!
//! Coordinates are millimetres from the page's top-left corner; a text item's `y` is its
//! baseline. Line breaking follows Japanese rules (kinsoku): no line starts with closing
//! punctuation, a small kana or a prolonged-sound mark, and no line ends with opening
//! punctuation; Latin text wraps between words. Tables split across pages and repeat their
//! header row; every page gets the header (contractor, client) and footer (source notice,
//! page number).

use crate::model::{Block, Cell, ParaStyle, Radar, ReportModel, Table};

/// A4 portrait, in millimetres.
pub const PAGE_W: f32 = 210.0;
/// A4 portrait, in millimetres.
pub const PAGE_H: f32 = 297.0;
const MARGIN_X: f32 = 18.0;
const CONTENT_TOP: f32 = 26.0;
const CONTENT_BOTTOM: f32 = 272.0;
const PT_TO_MM: f32 = 25.4 / 72.0;
const BODY_PT: f32 = 10.0;
const CELL_PAD: f32 = 1.6;

/// Characters that must not start a line (closing brackets and punctuation, small kana,
/// iteration and prolonged-sound marks).
pub const NO_LINE_START: &str = "、。，．,.:;!?)]}｝）］」』】〕〉》〙〗’”»・：；！？ー―‐–…‥ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻ゝゞヽヾ%％゛゜";
/// Characters that must not end a line (opening brackets and quotes).
pub const NO_LINE_END: &str = "(（[［{｛「『【〔〈《〘〖‘“«";

/// Advance widths of characters, as a fraction of the font size (em).
pub trait Measure {
    /// The advance of `c` in the regular (or bold) face, in em.
    fn advance(&self, c: char, bold: bool) -> f32;
}

/// A colour, 0.0–1.0 per channel.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgb(pub f32, pub f32, pub f32);

/// Colours used by the reports.
pub mod colors {
    use super::Rgb;
    /// Body text.
    pub const TEXT: Rgb = Rgb(0.1, 0.1, 0.12);
    /// Secondary text.
    pub const MUTED: Rgb = Rgb(0.38, 0.4, 0.44);
    /// Headings and the radar's outline.
    pub const ACCENT: Rgb = Rgb(0.09, 0.33, 0.55);
    /// The radar's area.
    pub const ACCENT_LIGHT: Rgb = Rgb(0.78, 0.87, 0.95);
    /// Table rules and grid lines.
    pub const RULE: Rgb = Rgb(0.72, 0.74, 0.78);
    /// Table header background.
    pub const HEADER_BG: Rgb = Rgb(0.91, 0.93, 0.96);
    /// Highlighted rows ("don't know").
    pub const HIGHLIGHT: Rgb = Rgb(1.0, 0.94, 0.7);
}

/// One positioned item.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A run of text on one line; `y` is the baseline.
    Text {
        /// Left edge.
        x: f32,
        /// Baseline.
        y: f32,
        /// Font size in points.
        size: f32,
        /// Bold face.
        bold: bool,
        /// Colour.
        color: Rgb,
        /// The text (one line).
        text: String,
    },
    /// A straight line.
    Line {
        /// Start.
        from: (f32, f32),
        /// End.
        to: (f32, f32),
        /// Width in points.
        width: f32,
        /// Colour.
        color: Rgb,
    },
    /// A rectangle; `(x, y)` is its top-left corner.
    Rect {
        /// Left.
        x: f32,
        /// Top.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// Fill colour.
        fill: Option<Rgb>,
        /// Outline colour.
        stroke: Option<Rgb>,
    },
    /// A closed polygon.
    Polygon {
        /// Corners.
        points: Vec<(f32, f32)>,
        /// Fill colour.
        fill: Option<Rgb>,
        /// Outline colour.
        stroke: Option<Rgb>,
        /// Outline width in points.
        width: f32,
    },
    /// The contractor's logo, scaled into the box; `(x, y)` is its top-left corner.
    Logo {
        /// Left.
        x: f32,
        /// Top.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
    },
}

/// One laid-out page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    /// Items in drawing order.
    pub items: Vec<Item>,
}

impl Page {
    /// The page's text runs, top to bottom as laid out.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.items.iter().filter_map(|i| match i {
            Item::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
    }
}

fn mm(pt: f32) -> f32 {
    pt * PT_TO_MM
}

/// Width of `s` in millimetres at `size` points.
pub fn text_width(m: &dyn Measure, s: &str, size: f32, bold: bool) -> f32 {
    s.chars().map(|c| m.advance(c, bold)).sum::<f32>() * mm(size)
}

fn is_wordlike(c: char) -> bool {
    // Latin letters, digits and ASCII punctuation stay together as a word; CJK characters and
    // full-width punctuation are separate units, since Japanese may break between any two.
    !c.is_whitespace() && (c.is_ascii() || ('\u{00A0}'..'\u{0370}').contains(&c) || c == '’')
}

/// Breaks `text` into lines no wider than `width` mm. Newlines start new lines.
pub fn break_lines(m: &dyn Measure, text: &str, width: f32, size: f32, bold: bool) -> Vec<String> {
    let mut out = Vec::new();
    for para in text.split('\n') {
        break_paragraph(m, para, width, size, bold, &mut out);
    }
    out
}

fn break_paragraph(
    m: &dyn Measure,
    text: &str,
    width: f32,
    size: f32,
    bold: bool,
    out: &mut Vec<String>,
) {
    // Units: words, single CJK characters, or spaces (None).
    let mut units: Vec<Option<String>> = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if c.is_whitespace() {
            if !word.is_empty() {
                units.push(Some(std::mem::take(&mut word)));
            }
            units.push(None);
        } else if is_wordlike(c) {
            word.push(c);
        } else {
            if !word.is_empty() {
                units.push(Some(std::mem::take(&mut word)));
            }
            units.push(Some(c.to_string()));
        }
    }
    if !word.is_empty() {
        units.push(Some(word));
    }
    // Clusters that may not be split: a unit starting with a no-line-start character joins the
    // one before it, and a unit ending with a no-line-end character joins the one after it.
    let mut clusters: Vec<Option<String>> = Vec::new();
    let mut glue_next = false;
    for u in units {
        match u {
            None => {
                glue_next = false;
                clusters.push(None);
            }
            Some(s) => {
                let starts_bad = s.chars().next().is_some_and(|c| NO_LINE_START.contains(c));
                let ends_bad = s.chars().last().is_some_and(|c| NO_LINE_END.contains(c));
                match clusters.last_mut() {
                    Some(Some(prev)) if glue_next || starts_bad => prev.push_str(&s),
                    _ => clusters.push(Some(s)),
                }
                glue_next = ends_bad;
            }
        }
    }
    let space = m.advance(' ', bold) * mm(size);
    let mut line = String::new();
    let mut line_w = 0.0;
    let mut pending_space = false;
    let start = out.len();
    for c in clusters {
        let Some(s) = c else {
            pending_space = !line.is_empty();
            continue;
        };
        let w = text_width(m, &s, size, bold);
        let extra = if pending_space { space } else { 0.0 };
        if line.is_empty() || line_w + extra + w <= width + 0.01 {
            if pending_space && !line.is_empty() {
                line.push(' ');
                line_w += space;
            }
            line.push_str(&s);
            line_w += w;
        } else {
            out.push(std::mem::take(&mut line));
            line.push_str(&s);
            line_w = w;
        }
        pending_space = false;
        // A cluster wider than the line (a long URL): cut it by characters, never before a
        // no-line-start character.
        while line_w > width + 0.01 && line.chars().count() > 1 {
            let mut cut = String::new();
            let mut cut_w = 0.0;
            let chars: Vec<char> = line.chars().collect();
            let mut i = 0;
            while i < chars.len() {
                let cw = m.advance(chars[i], bold) * mm(size);
                let next_bad = chars.get(i + 1).is_some_and(|c| NO_LINE_START.contains(*c));
                if !cut.is_empty() && cut_w + cw > width && !NO_LINE_START.contains(chars[i]) {
                    break;
                }
                cut.push(chars[i]);
                cut_w += cw;
                i += 1;
                if cut_w > width && !next_bad {
                    break;
                }
            }
            if i >= chars.len() {
                break;
            }
            out.push(cut);
            line = chars[i..].iter().collect();
            line_w = text_width(m, &line, size, bold);
        }
    }
    if !line.is_empty() || out.len() == start {
        out.push(line);
    }
}

/// Lays out a report into pages.
pub fn layout(model: &ReportModel, m: &dyn Measure) -> Vec<Page> {
    let mut l = Layouter {
        m,
        pages: vec![Page::default()],
        y: CONTENT_TOP,
    };
    for (i, block) in model.blocks.iter().enumerate() {
        if matches!(block, Block::Heading { .. }) {
            // A heading stays with the start of what follows it (no heading alone at a page's foot).
            let keep = l.keep_height(&model.blocks[i..]);
            l.ensure(keep);
        }
        l.block(block);
    }
    // Drop a trailing empty page (a page break at the very end).
    if l.pages.len() > 1 && l.pages.last().is_some_and(|p| p.items.is_empty()) {
        l.pages.pop();
    }
    let total = l.pages.len();
    for (i, page) in l.pages.iter_mut().enumerate() {
        decorate(model, m, page, i + 1, total);
    }
    l.pages
}

struct Layouter<'a> {
    m: &'a dyn Measure,
    pages: Vec<Page>,
    y: f32,
}

impl Layouter<'_> {
    fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.pages.push(Page::default());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = CONTENT_TOP;
    }

    fn ensure(&mut self, h: f32) {
        if self.y + h > CONTENT_BOTTOM && self.y > CONTENT_TOP + 0.1 {
            self.new_page();
        }
    }

    fn push(&mut self, item: Item) {
        self.page().items.push(item);
    }

    #[allow(clippy::too_many_arguments)]
    fn text_lines(
        &mut self,
        text: &str,
        x: f32,
        width: f32,
        size: f32,
        bold: bool,
        color: Rgb,
        leading: f32,
    ) {
        let lh = mm(size) * leading;
        for line in break_lines(self.m, text, width, size, bold) {
            self.ensure(lh);
            self.y += lh;
            if !line.is_empty() {
                let y = self.y - lh * 0.28;
                self.push(Item::Text {
                    x,
                    y,
                    size,
                    bold,
                    color,
                    text: line,
                });
            }
        }
    }

    /// The height the first block of `blocks` needs on the current page so that it does not
    /// stand alone: a heading with the start of what follows, a short paragraph whole (with the
    /// start of what follows when it is one or two lines), a table's header and first row.
    fn keep_height(&self, blocks: &[Block]) -> f32 {
        let width = PAGE_W - 2.0 * MARGIN_X;
        let body = mm(BODY_PT) * 1.55;
        let Some(first) = blocks.first() else {
            return 0.0;
        };
        let rest = blocks.get(1..).unwrap_or(&[]);
        match first {
            Block::Heading { level, text } => {
                let (size, before) = match level {
                    1 => (14.0, 7.8),
                    2 => (11.5, 4.3),
                    _ => (10.5, 2.8),
                };
                let lines = break_lines(self.m, text, width, size, true).len() as f32;
                before + lines * mm(size) * 1.5 + self.keep_height(rest)
            }
            Block::Para { text, style } => {
                let (size, leading) = match style {
                    ParaStyle::Small => (8.0, 1.55),
                    ParaStyle::Big => (16.0, 1.4),
                    ParaStyle::Compact => (9.2, 1.45),
                    ParaStyle::Normal | ParaStyle::Strong => (BODY_PT, 1.55),
                };
                let n = break_lines(self.m, text, width, size, false).len();
                let h = n.min(5) as f32 * mm(size) * leading + 1.5;
                if n <= 2 {
                    h + self.keep_height(rest)
                } else {
                    h
                }
            }
            Block::Table(t) => {
                let lh = mm(t.font_size) * 1.45;
                let total: f32 = t.columns.iter().map(|c| c.width).sum::<f32>().max(0.01);
                let row_lines = |cells: Vec<&str>| {
                    cells
                        .iter()
                        .zip(&t.columns)
                        .map(|(c, col)| {
                            let w = col.width / total * width - 2.0 * CELL_PAD;
                            break_lines(self.m, c, w, t.font_size, true).len()
                        })
                        .max()
                        .unwrap_or(1) as f32
                };
                let header = row_lines(t.columns.iter().map(|c| c.title.as_str()).collect());
                let first = t.rows.first().map_or(0.0, |r| {
                    row_lines(r.cells.iter().map(|c| c.text.as_str()).collect())
                });
                (header + first) * lh + 4.0 * CELL_PAD
            }
            _ => body * 3.0,
        }
    }

    fn block(&mut self, b: &Block) {
        let width = PAGE_W - 2.0 * MARGIN_X;
        match b {
            Block::Title { text, sub } => {
                self.text_lines(text, MARGIN_X, width, 20.0, true, colors::ACCENT, 1.4);
                if let Some(sub) = sub {
                    self.text_lines(sub, MARGIN_X, width, 11.0, false, colors::MUTED, 1.5);
                }
                self.y += 2.0;
                let y = self.y;
                self.push(Item::Line {
                    from: (MARGIN_X, y),
                    to: (PAGE_W - MARGIN_X, y),
                    width: 1.2,
                    color: colors::ACCENT,
                });
                self.y += 3.0;
            }
            Block::Heading { level, text } => {
                let (size, before) = match level {
                    1 => (14.0, 5.0),
                    2 => (11.5, 3.5),
                    _ => (10.5, 2.0),
                };
                if self.y > CONTENT_TOP + 0.1 {
                    self.y += before;
                }
                self.text_lines(text, MARGIN_X, width, size, true, colors::ACCENT, 1.5);
                if *level == 1 {
                    let y = self.y + 0.5;
                    self.push(Item::Line {
                        from: (MARGIN_X, y),
                        to: (PAGE_W - MARGIN_X, y),
                        width: 0.6,
                        color: colors::RULE,
                    });
                    self.y += 2.0;
                }
                self.y += 0.8;
            }
            Block::Para { text, style } => {
                let (size, bold, color, leading) = match style {
                    ParaStyle::Normal => (BODY_PT, false, colors::TEXT, 1.55),
                    ParaStyle::Strong => (BODY_PT, true, colors::TEXT, 1.55),
                    ParaStyle::Small => (8.0, false, colors::MUTED, 1.55),
                    ParaStyle::Big => (16.0, true, colors::ACCENT, 1.4),
                    ParaStyle::Compact => (9.2, false, colors::TEXT, 1.45),
                };
                // Short paragraphs are not split across pages.
                let n = break_lines(self.m, text, width, size, bold).len();
                if n <= 5 {
                    self.ensure(n as f32 * mm(size) * leading);
                }
                self.text_lines(text, MARGIN_X, width, size, bold, color, leading);
                self.y += 1.5;
            }
            Block::Fields(rows) => {
                let label_w = rows
                    .iter()
                    .map(|(l, _)| text_width(self.m, l, BODY_PT, true))
                    .fold(20.0_f32, f32::max)
                    .min(width * 0.35)
                    + 4.0;
                for (label, value) in rows {
                    let lines = break_lines(self.m, value, width - label_w, BODY_PT, false);
                    let lh = mm(BODY_PT) * 1.55;
                    self.ensure(lh);
                    let top = self.y;
                    self.text_lines(
                        label,
                        MARGIN_X,
                        label_w - 4.0,
                        BODY_PT,
                        true,
                        colors::MUTED,
                        1.55,
                    );
                    let after_label = self.y;
                    self.y = top;
                    for line in lines {
                        self.ensure(lh);
                        self.y += lh;
                        let y = self.y - lh * 0.28;
                        self.push(Item::Text {
                            x: MARGIN_X + label_w,
                            y,
                            size: BODY_PT,
                            bold: false,
                            color: colors::TEXT,
                            text: line,
                        });
                    }
                    self.y = self.y.max(after_label);
                }
                self.y += 2.0;
            }
            Block::Table(t) => self.table(t, width),
            Block::Radar(r) => self.radar(r, width),
            Block::WriteLines {
                label,
                lines,
                optional,
            } => {
                let lh = 8.0;
                if *optional && self.y + mm(BODY_PT) * 1.6 + lh > CONTENT_BOTTOM {
                    return;
                }
                // As many of the lines as fit (at least one), rather than a page of its own.
                self.ensure(mm(BODY_PT) * 1.6 + lh);
                let room = ((CONTENT_BOTTOM - self.y - mm(BODY_PT) * 1.6) / lh)
                    .floor()
                    .max(1.0);
                let lines = &(*lines).min(room as u32);
                self.text_lines(label, MARGIN_X, width, BODY_PT, true, colors::TEXT, 1.6);
                for _ in 0..*lines {
                    self.y += lh;
                    let y = self.y;
                    self.push(Item::Line {
                        from: (MARGIN_X, y),
                        to: (PAGE_W - MARGIN_X, y),
                        width: 0.4,
                        color: colors::RULE,
                    });
                }
                self.y += 3.0;
            }
            Block::Logo { aspect } => {
                let h = 14.0;
                let w = (h * aspect).min(60.0);
                let h = w / aspect.max(0.01);
                self.ensure(h + 2.0);
                let y = self.y;
                self.push(Item::Logo {
                    x: MARGIN_X,
                    y,
                    w,
                    h,
                });
                self.y += h + 3.0;
            }
            Block::Space(h) => self.y += h,
            Block::Keep(h) => self.ensure(*h),
            Block::PageBreak => {
                if self.y > CONTENT_TOP + 0.1 {
                    self.new_page();
                }
            }
        }
    }

    fn table(&mut self, t: &Table, width: f32) {
        let size = t.font_size;
        let lh = mm(size) * 1.45;
        let total: f32 = t.columns.iter().map(|c| c.width).sum::<f32>().max(0.01);
        let widths: Vec<f32> = t.columns.iter().map(|c| c.width / total * width).collect();
        let cell_lines = |this: &Self, cells: &[Cell], bold: bool| -> Vec<Vec<String>> {
            cells
                .iter()
                .zip(&widths)
                .map(|(c, w)| {
                    break_lines(this.m, &c.text, w - 2.0 * CELL_PAD, size, bold || c.bold)
                })
                .collect()
        };
        let header: Vec<Cell> = t.columns.iter().map(|c| Cell::bold(&c.title)).collect();
        let header_lines = cell_lines(self, &header, true);
        let row_h = |lines: &[Vec<String>]| {
            lines.iter().map(Vec::len).max().unwrap_or(1).max(1) as f32 * lh + 2.0 * CELL_PAD
        };
        let header_h = row_h(&header_lines);
        let mut need_header = true;
        for row in &t.rows {
            let lines = cell_lines(self, &row.cells, false);
            let h = row_h(&lines);
            if self.y + h + if need_header { header_h } else { 0.0 } > CONTENT_BOTTOM {
                self.new_page();
                need_header = true;
            }
            if need_header {
                self.row(
                    &header_lines,
                    &widths,
                    &header,
                    header_h,
                    Some(colors::HEADER_BG),
                    size,
                    true,
                );
                need_header = false;
            }
            let fill = row.highlight.then_some(colors::HIGHLIGHT);
            self.row(&lines, &widths, &row.cells, h, fill, size, false);
        }
        self.y += 3.0;
    }

    #[allow(clippy::too_many_arguments)]
    fn row(
        &mut self,
        lines: &[Vec<String>],
        widths: &[f32],
        cells: &[Cell],
        h: f32,
        fill: Option<Rgb>,
        size: f32,
        bold: bool,
    ) {
        let lh = mm(size) * 1.45;
        let top = self.y;
        let mut x = MARGIN_X;
        let total_w: f32 = widths.iter().sum();
        if let Some(fill) = fill {
            self.push(Item::Rect {
                x,
                y: top,
                w: total_w,
                h,
                fill: Some(fill),
                stroke: None,
            });
        }
        for ((cell_lines, w), cell) in lines.iter().zip(widths).zip(cells) {
            let mut y = top + CELL_PAD;
            for line in cell_lines {
                y += lh;
                if !line.is_empty() {
                    self.push(Item::Text {
                        x: x + CELL_PAD,
                        y: y - lh * 0.28,
                        size,
                        bold: bold || cell.bold,
                        color: if cell.muted {
                            colors::MUTED
                        } else {
                            colors::TEXT
                        },
                        text: line.clone(),
                    });
                }
            }
            x += w;
        }
        self.push(Item::Line {
            from: (MARGIN_X, top + h),
            to: (MARGIN_X + total_w, top + h),
            width: 0.4,
            color: colors::RULE,
        });
        self.y = top + h;
    }

    fn radar(&mut self, r: &Radar, width: f32) {
        let size = 70.0;
        self.ensure(size + 8.0);
        let top = self.y + 4.0;
        let cx = MARGIN_X + size / 2.0 + 6.0;
        let cy = top + size / 2.0;
        let radius = size / 2.0 - 5.0;
        let n = r.axes.len().max(3);
        let point = |i: usize, frac: f32| {
            let a = -std::f32::consts::FRAC_PI_2 + i as f32 * std::f32::consts::TAU / n as f32;
            (cx + radius * frac * a.cos(), cy + radius * frac * a.sin())
        };
        // The value area first, then the grid over it, so the rings stay readable.
        let values: Vec<(f32, f32)> = r
            .axes
            .iter()
            .enumerate()
            .map(|(i, a)| point(i, (a.value as f32 / 100.0).clamp(0.0, 1.0)))
            .collect();
        self.push(Item::Polygon {
            points: values.clone(),
            fill: Some(colors::ACCENT_LIGHT),
            stroke: None,
            width: 0.0,
        });
        for ring in [0.25, 0.5, 0.75, 1.0] {
            self.push(Item::Polygon {
                points: (0..n).map(|i| point(i, ring)).collect(),
                fill: None,
                stroke: Some(colors::RULE),
                width: if ring == 1.0 { 0.8 } else { 0.4 },
            });
        }
        for i in 0..n {
            self.push(Item::Line {
                from: (cx, cy),
                to: point(i, 1.0),
                width: 0.4,
                color: colors::RULE,
            });
        }
        self.push(Item::Polygon {
            points: values,
            fill: None,
            stroke: Some(colors::ACCENT),
            width: 1.4,
        });
        // Scale marks along the first axis.
        for ring in [50u32, 100] {
            let (_, y) = point(0, ring as f32 / 100.0);
            self.push(Item::Text {
                x: cx + 1.0,
                y: y + 2.6,
                size: 6.0,
                bold: false,
                color: colors::MUTED,
                text: format!("{ring}%"),
            });
        }
        for (i, a) in r.axes.iter().enumerate() {
            let (x, y) = point(i, 1.13);
            let w = text_width(self.m, &a.short, 8.0, true);
            self.push(Item::Text {
                x: x - w / 2.0,
                y: y + 1.2,
                size: 8.0,
                bold: true,
                color: colors::ACCENT,
                text: a.short.clone(),
            });
        }
        // The legend: number, title and percentage per axis.
        let lx = MARGIN_X + size + 14.0;
        let lw = width - (lx - MARGIN_X);
        let saved = self.y;
        self.y = top - 2.0;
        for a in &r.axes {
            self.text_lines(&a.label, lx, lw, 8.0, false, colors::TEXT, 1.4);
        }
        if let Some(note) = &r.note {
            self.y += 1.0;
            self.text_lines(note, lx, lw, 7.0, false, colors::MUTED, 1.4);
        }
        self.y = self.y.max(saved + size + 8.0);
    }
}

/// Header (contractor, logo, client) and footer (notice, page number) on one page.
fn decorate(model: &ReportModel, m: &dyn Measure, page: &mut Page, n: usize, total: usize) {
    let h = &model.header;
    let mut items = Vec::new();
    let mut x = MARGIN_X;
    if let Some(aspect) = h.logo_aspect {
        let lh = 8.0;
        let w = (lh * aspect).min(30.0);
        items.push(Item::Logo {
            x,
            y: 9.0,
            w,
            h: w / aspect.max(0.01),
        });
        x += w + 3.0;
    }
    if let Some(name) = &h.contractor {
        items.push(Item::Text {
            x,
            y: 12.5,
            size: 9.0,
            bold: true,
            color: colors::TEXT,
            text: name.clone(),
        });
    }
    if let Some(contact) = &h.contact {
        items.push(Item::Text {
            x,
            y: 16.5,
            size: 7.0,
            bold: false,
            color: colors::MUTED,
            text: contact.clone(),
        });
    }
    let client_w = text_width(m, &h.client, 9.0, false);
    items.push(Item::Text {
        x: PAGE_W - MARGIN_X - client_w,
        y: 12.5,
        size: 9.0,
        bold: false,
        color: colors::TEXT,
        text: h.client.clone(),
    });
    items.push(Item::Line {
        from: (MARGIN_X, 19.0),
        to: (PAGE_W - MARGIN_X, 19.0),
        width: 0.5,
        color: colors::RULE,
    });
    // Footer.
    let width = PAGE_W - 2.0 * MARGIN_X;
    let label = model
        .page_label
        .replace("%PAGE%", &n.to_string())
        .replace("%TOTAL%", &total.to_string());
    let label_w = text_width(m, &label, 8.0, false);
    items.push(Item::Line {
        from: (MARGIN_X, 277.0),
        to: (PAGE_W - MARGIN_X, 277.0),
        width: 0.5,
        color: colors::RULE,
    });
    let mut y = 280.5;
    for line in break_lines(m, &model.footer, width - label_w - 6.0, 6.5, false) {
        items.push(Item::Text {
            x: MARGIN_X,
            y,
            size: 6.5,
            bold: false,
            color: colors::MUTED,
            text: line,
        });
        y += mm(6.5) * 1.4;
    }
    items.push(Item::Text {
        x: PAGE_W - MARGIN_X - label_w,
        y: 280.5,
        size: 8.0,
        bold: false,
        color: colors::MUTED,
        text: label,
    });
    page.items.extend(items);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character one em wide, a space half: easy arithmetic.
    struct Mono;
    impl Measure for Mono {
        fn advance(&self, c: char, _bold: bool) -> f32 {
            if c == ' ' { 0.5 } else { 1.0 }
        }
    }

    /// Width of `n` characters at 10 pt.
    fn chars(n: f32) -> f32 {
        n * 10.0 * PT_TO_MM
    }

    #[test]
    fn japanese_breaks_between_characters_but_not_before_closing_punctuation() {
        // Five characters per line: 「です。」 must not leave 「。」 at the start of a line.
        let lines = break_lines(&Mono, "あいうえおかです。", chars(5.0), 10.0, false);
        assert_eq!(lines, ["あいうえお", "かです。"]);
        let lines = break_lines(&Mono, "あいうえ。かき", chars(4.0), 10.0, false);
        // 「。」 may not start a line, so 「え。」 moves down together (oidashi).
        assert_eq!(lines, ["あいう", "え。かき"]);
        let lines = break_lines(&Mono, "あいうっかり", chars(3.0), 10.0, false);
        assert!(lines.iter().all(|l| !l.starts_with('っ')), "{lines:?}");
    }

    #[test]
    fn opening_brackets_stay_with_what_follows() {
        let lines = break_lines(&Mono, "あいう「えお」", chars(4.0), 10.0, false);
        assert!(lines.iter().all(|l| !l.ends_with('「')), "{lines:?}");
        assert_eq!(lines.concat(), "あいう「えお」");
    }

    #[test]
    fn english_wraps_between_words() {
        let lines = break_lines(&Mono, "one two three four", chars(9.0), 10.0, false);
        assert_eq!(lines, ["one two", "three", "four"]);
    }

    #[test]
    fn newlines_and_overlong_words() {
        let lines = break_lines(&Mono, "ab\ncd", chars(10.0), 10.0, false);
        assert_eq!(lines, ["ab", "cd"]);
        let lines = break_lines(&Mono, "https://example.jp/abc", chars(8.0), 10.0, false);
        assert!(lines.len() >= 3, "{lines:?}");
        assert_eq!(lines.concat(), "https://example.jp/abc");
    }
}
