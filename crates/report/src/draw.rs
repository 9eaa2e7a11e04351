//! Drawing: laid-out pages become printpdf operations, then PDF bytes. The only module that
//! knows printpdf. The font is subset; metadata (title, author, subject, language, dates) is
//! set; the document ids and the fonts' subset tags are derived from the report itself, so the
//! same input gives the same bytes.

use std::collections::BTreeSet;

use printpdf::{
    Color, FontId, ImageCompression, ImageOptimizationOptions, Line, LinePoint, Mm, Op, PaintMode,
    PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt,
    RawImage, Rect, TextItem, WindingOrder, XObject, XObjectId, XObjectTransform,
};

use crate::ReportError;
use crate::fonts::fonts;
use crate::layout::{Item, PAGE_H, PAGE_W, Page, Rgb};
use crate::model::ReportModel;

const MM_TO_PT: f32 = 72.0 / 25.4;

/// Decodes a PNG or JPEG logo.
pub(crate) fn decode_logo(bytes: &[u8]) -> Result<RawImage, ReportError> {
    let mut warnings = Vec::new();
    let img = RawImage::decode_from_bytes(bytes, &mut warnings).map_err(ReportError::BadLogo)?;
    if img.width == 0 || img.height == 0 {
        return Err(ReportError::BadLogo("empty image".into()));
    }
    Ok(img)
}

fn color(c: Rgb) -> Color {
    Color::Rgb(printpdf::Rgb::new(c.0, c.1, c.2, None))
}

fn pt(x: f32, y: f32) -> Point {
    // Layout measures from the top-left; PDF from the bottom-left.
    Point::new(Mm(x), Mm(PAGE_H - y))
}

/// Draws the pages and serializes the document.
pub(crate) fn draw(
    model: &ReportModel,
    pages: &[Page],
    logo: Option<RawImage>,
) -> Result<Vec<u8>, ReportError> {
    let f = fonts()?;
    let mut doc = PdfDocument::new(&model.meta.title);
    // Resource names derived from the glyphs each face draws instead of printpdf's random
    // ones, so output is reproducible; they carry the standard subset tag (see `subset_tags`).
    let (regular, bold) = subset_tags(pages);
    let (regular, bold) = (FontId(regular), FontId(bold));
    doc.resources
        .fonts
        .map
        .insert(regular.clone(), PdfFont::new(f.regular.clone()));
    doc.resources
        .fonts
        .map
        .insert(bold.clone(), PdfFont::new(f.bold.clone()));
    let logo_id = XObjectId("Logo".into());
    let logo_px = logo.as_ref().map(|l| (l.width as f32, l.height as f32));
    if let Some(img) = logo {
        doc.resources
            .xobjects
            .map
            .insert(logo_id.clone(), XObject::Image(img));
    }

    let mut pdf_pages = Vec::with_capacity(pages.len());
    for page in pages {
        let mut ops = Vec::new();
        for item in &page.items {
            match item {
                Item::Text {
                    x,
                    y,
                    size,
                    bold: b,
                    color: c,
                    text,
                } => {
                    ops.push(Op::StartTextSection);
                    ops.push(Op::SetFont {
                        font: PdfFontHandle::External(if *b {
                            bold.clone()
                        } else {
                            regular.clone()
                        }),
                        size: Pt(*size),
                    });
                    ops.push(Op::SetFillColor { col: color(*c) });
                    ops.push(Op::SetTextCursor { pos: pt(*x, *y) });
                    ops.push(Op::ShowText {
                        items: vec![TextItem::Text(text.clone())],
                    });
                    ops.push(Op::EndTextSection);
                }
                Item::Line {
                    from,
                    to,
                    width,
                    color: c,
                } => {
                    ops.push(Op::SetOutlineColor { col: color(*c) });
                    ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                    ops.push(Op::DrawLine {
                        line: Line {
                            points: vec![
                                LinePoint {
                                    p: pt(from.0, from.1),
                                    bezier: false,
                                },
                                LinePoint {
                                    p: pt(to.0, to.1),
                                    bezier: false,
                                },
                            ],
                            is_closed: false,
                        },
                    });
                }
                Item::Rect {
                    x,
                    y,
                    w,
                    h,
                    fill,
                    stroke,
                } => {
                    let mode = match (fill, stroke) {
                        (Some(_), Some(_)) => PaintMode::FillStroke,
                        (Some(_), None) => PaintMode::Fill,
                        _ => PaintMode::Stroke,
                    };
                    if let Some(c) = fill {
                        ops.push(Op::SetFillColor { col: color(*c) });
                    }
                    if let Some(c) = stroke {
                        ops.push(Op::SetOutlineColor { col: color(*c) });
                        ops.push(Op::SetOutlineThickness { pt: Pt(0.5) });
                    }
                    ops.push(Op::DrawRectangle {
                        rectangle: Rect {
                            x: Pt(x * MM_TO_PT),
                            y: Pt((PAGE_H - y - h) * MM_TO_PT),
                            width: Pt(w * MM_TO_PT),
                            height: Pt(h * MM_TO_PT),
                            mode: Some(mode),
                            winding_order: None,
                        },
                    });
                }
                Item::Polygon {
                    points,
                    fill,
                    stroke,
                    width,
                } => {
                    let mode = match (fill, stroke) {
                        (Some(_), Some(_)) => PaintMode::FillStroke,
                        (Some(_), None) => PaintMode::Fill,
                        _ => PaintMode::Stroke,
                    };
                    if let Some(c) = fill {
                        ops.push(Op::SetFillColor { col: color(*c) });
                    }
                    if let Some(c) = stroke {
                        ops.push(Op::SetOutlineColor { col: color(*c) });
                        ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                    }
                    ops.push(Op::DrawPolygon {
                        polygon: Polygon {
                            rings: vec![PolygonRing {
                                points: points
                                    .iter()
                                    .map(|(x, y)| LinePoint {
                                        p: pt(*x, *y),
                                        bezier: false,
                                    })
                                    .collect(),
                            }],
                            mode,
                            winding_order: WindingOrder::NonZero,
                        },
                    });
                }
                Item::Logo { x, y, w, h } => {
                    if let Some((pw, ph)) = logo_px {
                        ops.push(Op::UseXobject {
                            id: logo_id.clone(),
                            transform: XObjectTransform {
                                translate_x: Some(Pt(x * MM_TO_PT)),
                                translate_y: Some(Pt((PAGE_H - y - h) * MM_TO_PT)),
                                scale_x: Some(w * MM_TO_PT / pw),
                                scale_y: Some(h * MM_TO_PT / ph),
                                dpi: Some(72.0),
                                ..Default::default()
                            },
                        });
                    }
                }
            }
        }
        pdf_pages.push(PdfPage::new(Mm(PAGE_W), Mm(PAGE_H), ops));
    }
    doc.pages = pdf_pages;

    let meta = &model.meta;
    let created = printpdf::OffsetDateTime::from_unix_timestamp(
        meta.date.midnight().assume_utc().unix_timestamp(),
    )
    .map_err(|e| ReportError::Write(e.to_owned()))?;
    let info = &mut doc.metadata.info;
    info.document_title = meta.title.clone();
    info.author = meta.author.clone();
    info.subject = meta.subject.clone();
    info.creator = "Mamori".into();
    info.producer = format!("Mamori {} (printpdf)", env!("CARGO_PKG_VERSION"));
    info.creation_date = created;
    info.modification_date = created;
    info.metadata_date = created;
    let id = document_id(model, pages.len());
    info.identifier = id.clone();

    let opts = PdfSaveOptions {
        subset_fonts: true,
        // Logos are flat colours and text: keep them lossless (printpdf would pick JPEG).
        image_optimization: Some(ImageOptimizationOptions {
            format: Some(ImageCompression::Flate),
            auto_optimize: Some(false),
            convert_to_greyscale: Some(false),
            dither_greyscale: Some(false),
            ..Default::default()
        }),
        ..Default::default()
    };
    let mut warnings = Vec::new();
    let mut lo = doc.to_lopdf_document(&opts, &mut warnings);
    use lopdf::Object;
    let root = lo
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(|e| ReportError::Write(e.to_string()))?;
    if let Ok(Object::Dictionary(catalog)) = lo.get_object_mut(root) {
        catalog.set("Lang", Object::string_literal(meta.lang.clone()));
        // Show the title, not the file name, in viewers' title bars.
        catalog.set(
            "ViewerPreferences",
            lopdf::dictionary! { "DisplayDocTitle" => true },
        );
    }
    lo.trailer.set(
        "ID",
        Object::Array(vec![
            Object::string_literal(id.clone()),
            Object::string_literal(id),
        ]),
    );
    lo.compress();
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes)
        .map_err(|e| ReportError::Write(e.to_string()))?;
    Ok(bytes)
}

/// The subset tags of the regular and the bold face: six capital letters each (ISO 32000-1,
/// 9.6.4), which mark an embedded font as a subset in `/BaseFont` and `/FontName` (printpdf
/// writes `<first six characters of the resource id>+<font name>`, so the resource id is the
/// tag). Each is derived from the characters drawn with that face (FNV-1a over the sorted set),
/// so the same report gives the same tags and a different subset a different tag; the two
/// faces never share one.
fn subset_tags(pages: &[Page]) -> (String, String) {
    let regular = subset_tag(pages, false, 0);
    let mut bold = subset_tag(pages, true, 0);
    let mut salt = 0;
    while bold == regular {
        salt += 1;
        bold = subset_tag(pages, true, salt);
    }
    (regular, bold)
}

fn subset_tag(pages: &[Page], bold: bool, salt: u8) -> String {
    let chars: BTreeSet<char> = pages
        .iter()
        .flat_map(|p| &p.items)
        .filter_map(|i| match i {
            Item::Text { bold: b, text, .. } if *b == bold => Some(text.chars()),
            _ => None,
        })
        .flatten()
        .collect();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let bytes = [u8::from(bold), salt]
        .into_iter()
        .chain(chars.into_iter().flat_map(|c| u32::from(c).to_le_bytes()));
    for b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    (0..6)
        .map(|_| {
            // `h % 26` < 26, so the letter is A–Z.
            let letter = char::from(b'A' + (h % 26) as u8);
            h /= 26;
            letter
        })
        .collect()
}

/// A 32-hex-digit id from the report's title, language, date and page count (FNV-1a), so two
/// renders of the same report carry the same id.
fn document_id(model: &ReportModel, pages: usize) -> String {
    let mut h: u128 = 0x6c62272e07bb014262b821756295c58d;
    let text = format!(
        "{}|{}|{}|{}|{}",
        model.kind.as_str(),
        model.meta.title,
        model.meta.lang,
        model.meta.date,
        pages
    );
    for b in text.bytes() {
        h ^= u128::from(b);
        h = h.wrapping_mul(0x0000000001000000000000000000013B);
    }
    format!("{h:032x}")
}
