//! The layout data: Japanese line breaking (kinsoku) on real reports, and table headers
//! repeated on every page a table spans.

use mamori_core::Locale;
use mamori_report::ReportKind;
use mamori_report::layout::{NO_LINE_END, NO_LINE_START};

use crate::util::*;

#[test]
fn no_line_starts_with_closing_punctuation_or_small_kana() {
    for kind in ReportKind::ALL {
        for locale in Locale::ALL {
            for (n, page) in pages(kind, locale).iter().enumerate() {
                for line in page.texts() {
                    let first = line.chars().next().unwrap();
                    assert!(
                        !NO_LINE_START.contains(first),
                        "{kind:?} {locale:?} page {}: line starts with {first:?}: {line:?}",
                        n + 1
                    );
                    let last = line.chars().last().unwrap();
                    assert!(
                        !NO_LINE_END.contains(last),
                        "{kind:?} {locale:?} page {}: line ends with {last:?}: {line:?}",
                        n + 1
                    );
                }
            }
        }
    }
}

#[test]
fn table_headers_repeat_on_continuation_pages() {
    // The full report's self-check table runs over two pages; both start with its header.
    let pages = pages(ReportKind::Full, Locale::En);
    let with_header = pages
        .iter()
        .filter(|p| p.texts().any(|t| t == "Question"))
        .count();
    assert!(
        with_header >= 2,
        "the self-check table header appears on {with_header} pages"
    );
}

#[test]
fn every_page_has_header_and_footer() {
    for locale in Locale::ALL {
        let pages = pages(ReportKind::Full, locale);
        let total = pages.len();
        for (i, p) in pages.iter().enumerate() {
            let texts: Vec<&str> = p.texts().collect();
            assert!(texts.iter().any(|t| t.contains("株式会社ミナト精工")));
            let label = match locale {
                Locale::Ja => format!("{} / {total} ページ", i + 1),
                Locale::En => format!("Page {} of {total}", i + 1),
            };
            assert!(texts.contains(&label.as_str()), "{label} missing");
        }
    }
}

#[test]
fn no_page_ends_with_a_heading() {
    use mamori_report::layout::Item;
    for kind in ReportKind::ALL {
        for locale in Locale::ALL {
            for (n, page) in pages(kind, locale).iter().enumerate() {
                // The body's last text run (header and footer lie outside 20–275 mm).
                let last = page
                    .items
                    .iter()
                    .filter_map(|i| match i {
                        Item::Text {
                            y,
                            size,
                            bold,
                            text,
                            ..
                        } if *y > 20.0 && *y < 275.0 => Some((*y, *size, *bold, text.as_str())),
                        _ => None,
                    })
                    .max_by(|a, b| a.0.total_cmp(&b.0));
                if let Some((_, size, bold, text)) = last {
                    assert!(
                        !(bold && size >= 10.5),
                        "{kind:?} {locale:?} page {} ends with the heading {text:?}",
                        n + 1
                    );
                }
            }
        }
    }
}
