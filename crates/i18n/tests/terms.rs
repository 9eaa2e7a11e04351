//! One word per concept: every message under `locales/` (top-level files and `content/`) uses
//! the terms of `docs/TERMS.md`, and the labels listed there read the same on screens and in
//! PDFs.

use std::collections::BTreeSet;

use mamori_i18n::terms::{Glossary, Violation};
use mamori_i18n::{Locale, Localizer, ftl_files};

const TERMS_MD: &str = include_str!("../../../docs/TERMS.md");

/// Uses of a variant in `locales/*/content/` that are known and waiting for the content
/// rewrite of issue 12 (`<file> <message id> <variant>` per line). Only content files may be
/// listed, and a line that no longer matches a use fails the test, so the list only shrinks.
const PENDING: &str = include_str!("terms-pending.txt");

fn glossary() -> Glossary {
    match Glossary::parse(TERMS_MD) {
        Ok(g) => g,
        Err(e) => panic!("docs/TERMS.md: {e}"),
    }
}

fn all_violations() -> Vec<Violation> {
    let files = ftl_files().expect("embedded locales");
    glossary().violations(files.iter().map(|f| (f.locale, f.path, f.source)))
}

#[test]
fn every_message_uses_the_glossary_terms() {
    let pending: BTreeSet<(String, String, String)> = PENDING
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut parts = l.splitn(3, ' ');
            let file = parts.next().unwrap_or_default().to_owned();
            let id = parts.next().unwrap_or_default().to_owned();
            let variant = parts.next().unwrap_or_default().to_owned();
            assert!(
                file.contains("/content/"),
                "terms-pending.txt may list only locales/*/content/ files: {l}"
            );
            (file, id, variant)
        })
        .collect();
    let found = all_violations();
    let mut problems: Vec<String> = found
        .iter()
        .filter(|v| !pending.contains(&(v.file.clone(), v.id.clone(), v.variant.clone())))
        .map(ToString::to_string)
        .collect();
    let found_keys: BTreeSet<(String, String, String)> = found
        .iter()
        .map(|v| (v.file.clone(), v.id.clone(), v.variant.clone()))
        .collect();
    for p in pending.difference(&found_keys) {
        problems.push(format!(
            "crates/i18n/tests/terms-pending.txt: `{} {} {}` no longer occurs; remove the line",
            p.0, p.1, p.2
        ));
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn the_check_catches_a_variant_in_a_real_file() {
    // The same check as above, on a copy of a real file with one variant put in.
    let files = ftl_files().expect("embedded locales");
    let shell = files
        .iter()
        .find(|f| f.path == "ja/shell.ftl")
        .expect("ja/shell.ftl");
    let broken = shell.source.replace(
        "nav-incident = 緊急時カード",
        "nav-incident = インシデントカード",
    );
    assert_ne!(
        broken, shell.source,
        "nav-incident changed its text; update this test"
    );
    let v = glossary().violations([(Locale::Ja, "ja/shell.ftl", broken.as_str())]);
    let lines: Vec<String> = v.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        vec![
            "ja/shell.ftl: `nav-incident` uses \"インシデントカード\"; the term is \"緊急時カード\" (docs/TERMS.md)"
        ]
    );
}

#[test]
fn labels_read_the_same_on_screens_and_in_pdfs() {
    let l = Localizer::new().expect("localizer");
    let mut problems = Vec::new();
    for row in glossary().same_labels {
        for locale in Locale::ALL {
            let texts: Vec<(String, Option<String>)> = row
                .ids
                .iter()
                .map(|id| (id.clone(), l.try_format(locale, id, &[])))
                .collect();
            if let Some((id, _)) = texts.iter().find(|(_, t)| t.is_none()) {
                problems.push(format!(
                    "{}: `{id}` does not exist in {locale}",
                    row.concept
                ));
                continue;
            }
            let first = &texts[0].1;
            if texts.iter().any(|(_, t)| t != first) {
                let shown: Vec<String> = texts
                    .iter()
                    .map(|(id, t)| format!("{id} = {}", t.clone().unwrap_or_default()))
                    .collect();
                problems.push(format!(
                    "{} ({locale}) differs: {}",
                    row.concept,
                    shown.join(" · ")
                ));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}
