//! Integration tests of the PDF reports on the demo company, in both languages: page counts,
//! the text pdftotext gives back, metadata, `qpdf --check`, reproducible bytes, branding, and
//! Japanese line breaking on the laid-out pages. Needs poppler-utils and qpdf (CI installs
//! them through scripts/setup).

// Helpers outside `#[test]` functions are test code too.
#![allow(clippy::unwrap_used)]

mod branding;
mod golden;
mod layout;
mod model;
mod util;
