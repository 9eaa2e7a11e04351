//! Helpers: the demo company, rendering, pdftotext, qpdf.

use std::path::Path;
use std::process::Command;

use mamori_core::Locale;
use mamori_i18n::Localizer;
use mamori_report::{Branding, ReportInput, ReportKind, lay_out, render};
use mamori_store::{OrgData, demo_org_data};
use time::macros::date;

pub const DATE: time::Date = date!(2026 - 11 - 25);

pub fn demo() -> OrgData {
    demo_org_data(DATE)
}

pub fn localizer() -> Localizer {
    Localizer::new().unwrap()
}

pub fn input<'a>(
    data: &'a OrgData,
    l: &'a Localizer,
    locale: Locale,
    branding: &'a Branding,
) -> ReportInput<'a> {
    ReportInput {
        data,
        localizer: l,
        locale,
        date: DATE,
        branding,
    }
}

pub fn pdf(kind: ReportKind, locale: Locale, branding: &Branding) -> Vec<u8> {
    let data = demo();
    let l = localizer();
    render(kind, &input(&data, &l, locale, branding))
        .unwrap()
        .bytes
}

pub fn pages(kind: ReportKind, locale: Locale) -> Vec<mamori_report::layout::Page> {
    let data = demo();
    let l = localizer();
    let b = Branding::default();
    lay_out(kind, &input(&data, &l, locale, &b)).unwrap().1
}

/// Writes the PDF into `dir` and returns its path. Set MAMORI_REPORT_OUT to keep the files.
pub fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    if let Some(keep) = std::env::var_os("MAMORI_REPORT_OUT") {
        std::fs::create_dir_all(&keep).unwrap();
        std::fs::write(Path::new(&keep).join(name), bytes).unwrap();
    }
    p
}

/// `pdftotext -layout` of the file (poppler-utils is required, as in CI).
pub fn pdftotext(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) must be installed");
    assert!(out.status.success(), "pdftotext failed: {:?}", out);
    String::from_utf8(out.stdout).unwrap()
}

/// `pdfinfo` of the file, as text.
pub fn pdfinfo(path: &Path) -> String {
    let out = Command::new("pdfinfo")
        .arg(path)
        .output()
        .expect("pdfinfo (poppler-utils) must be installed");
    assert!(out.status.success(), "pdfinfo failed: {:?}", out);
    String::from_utf8(out.stdout).unwrap()
}

/// The fonts of the file as `pdffonts` lists them: (name, embedded, subset) per font.
pub fn pdffonts(path: &Path) -> Vec<(String, bool, bool)> {
    let out = Command::new("pdffonts")
        .arg(path)
        .output()
        .expect("pdffonts (poppler-utils) must be installed");
    assert!(out.status.success(), "pdffonts failed: {:?}", out);
    let text = String::from_utf8(out.stdout).unwrap();
    // name type encoding emb sub uni object ID; the type ("CID Type 0C") has spaces, so read
    // the columns from the right: emb sub uni num gen.
    text.lines()
        .skip(2)
        .map(|l| {
            let cols: Vec<&str> = l.split_whitespace().collect();
            assert!(
                cols.len() >= 7,
                "unexpected pdffonts line {l:?} in:\n{text}"
            );
            let n = cols.len();
            (
                cols[0].to_owned(),
                cols[n - 5] == "yes",
                cols[n - 4] == "yes",
            )
        })
        .collect()
}

/// Both faces are embedded as subsets with a standard tag (six capital letters and `+`), so
/// `pdffonts` shows "yes" in its emb and sub columns.
pub fn assert_fonts_are_subsets(path: &Path) -> Vec<String> {
    let fonts = pdffonts(path);
    assert!(!fonts.is_empty(), "no fonts in {}", path.display());
    for (name, emb, sub) in &fonts {
        assert!(*emb, "{name} is not embedded");
        assert!(*sub, "{name} is not listed as a subset");
        let (tag, rest) = name.split_once('+').unwrap_or(("", ""));
        assert!(
            tag.len() == 6 && tag.bytes().all(|b| b.is_ascii_uppercase()),
            "{name}: the subset tag is not six capital letters"
        );
        assert!(rest.starts_with("MamoriSansJP"), "{name}");
    }
    fonts.into_iter().map(|f| f.0).collect()
}

/// `qpdf --check` passes without warnings.
pub fn qpdf_check(path: &Path) {
    let out = Command::new("qpdf")
        .arg("--check")
        .arg(path)
        .output()
        .expect("qpdf must be installed");
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "qpdf --check failed: {text}");
    assert!(!text.contains("WARNING"), "qpdf --check warns: {text}");
}

/// Text without the spaces pdftotext inserts between runs.
pub fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}
