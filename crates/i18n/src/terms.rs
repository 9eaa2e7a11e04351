//! One word per concept: the glossary in `docs/TERMS.md`, read as data.
//!
//! [`Glossary::parse`] reads the file's two tables (terms with the variants that are not used,
//! and message ids that must read the same on screens and in PDFs); [`Glossary::violations`]
//! finds every message that uses a variant. The tests of this crate run it over every embedded
//! `.ftl` file.

use std::collections::BTreeMap;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use crate::Locale;

/// One concept of the glossary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// What the concept is, in plain words.
    pub concept: String,
    /// The term to use, per locale, as written in the table (backticks removed).
    pub term: BTreeMap<Locale, String>,
    /// The variants that are not used, per locale.
    pub banned: BTreeMap<Locale, Vec<String>>,
    /// Longer words that contain a variant but mean something else.
    pub allowed: Vec<String>,
}

/// A row of message ids whose texts must be identical in every locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SameLabel {
    /// What the label is.
    pub concept: String,
    /// The message ids.
    pub ids: Vec<String>,
}

/// The parsed glossary.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Glossary {
    /// The terms, in the order of the table.
    pub terms: Vec<Term>,
    /// The labels that read the same on screens and in PDFs.
    pub same_labels: Vec<SameLabel>,
}

/// A message that uses a variant the glossary does not use.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Violation {
    /// Path below `locales/`, e.g. `ja/content/intro.ftl`.
    pub file: String,
    /// The message id.
    pub id: String,
    /// The variant found.
    pub variant: String,
    /// The term to use instead.
    pub term: String,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: `{}` uses \"{}\"; the term is \"{}\" (docs/TERMS.md)",
            self.file, self.id, self.variant, self.term
        )
    }
}

const GLOSSARY_HEADING: &str = "## Glossary";
const SAME_HEADING: &str = "## Labels that read the same";

impl Glossary {
    /// Reads the two tables of `docs/TERMS.md`. Fails on a malformed row, a row without a term,
    /// or a term that one of its own variants would flag.
    pub fn parse(markdown: &str) -> Result<Glossary, String> {
        let mut glossary = Glossary::default();
        for row in table_rows(markdown, GLOSSARY_HEADING)? {
            if row.len() != 6 {
                return Err(format!(
                    "glossary row `{}`: {} cells; needs 6",
                    row.join(" | "),
                    row.len()
                ));
            }
            let concept = row[0].trim().to_owned();
            let mut term = BTreeMap::new();
            let mut banned = BTreeMap::new();
            for (locale, t, b) in [
                (Locale::Ja, &row[1], &row[2]),
                (Locale::En, &row[3], &row[4]),
            ] {
                if backticked(t).is_empty() {
                    return Err(format!("glossary row `{concept}`: no {locale} term"));
                }
                term.insert(locale, t.replace('`', "").trim().to_owned());
                banned.insert(locale, backticked(b));
            }
            let entry = Term {
                concept,
                term,
                banned,
                allowed: backticked(&row[5]),
            };
            for locale in [Locale::Ja, Locale::En] {
                for t in backticked(if locale == Locale::Ja {
                    &row[1]
                } else {
                    &row[3]
                }) {
                    if let Some(v) = entry.find(locale, &t) {
                        return Err(format!(
                            "glossary row `{}`: the term `{t}` contains the variant `{v}`",
                            entry.concept
                        ));
                    }
                }
            }
            glossary.terms.push(entry);
        }
        for row in table_rows(markdown, SAME_HEADING)? {
            if row.len() != 2 {
                return Err(format!(
                    "same-label row `{}`: {} cells; needs 2",
                    row.join(" | "),
                    row.len()
                ));
            }
            let ids = backticked(&row[1]);
            if ids.len() < 2 {
                return Err(format!(
                    "same-label row `{}`: needs two or more ids",
                    row[0].trim()
                ));
            }
            glossary.same_labels.push(SameLabel {
                concept: row[0].trim().to_owned(),
                ids,
            });
        }
        if glossary.terms.is_empty() {
            return Err(format!("no table under `{GLOSSARY_HEADING}`"));
        }
        Ok(glossary)
    }

    /// Every use of a variant in the messages of `files` (`(locale, path below locales/,
    /// source)`), sorted by file and id.
    pub fn violations<'a>(
        &self,
        files: impl IntoIterator<Item = (Locale, &'a str, &'a str)>,
    ) -> Vec<Violation> {
        let mut out = Vec::new();
        for (locale, path, source) in files {
            for (id, text) in message_texts(source) {
                for term in &self.terms {
                    if let Some(variant) = term.find(locale, &text) {
                        out.push(Violation {
                            file: path.to_owned(),
                            id: id.clone(),
                            variant,
                            term: term.term.get(&locale).cloned().unwrap_or_default(),
                        });
                    }
                }
            }
        }
        out.sort();
        out
    }
}

impl Term {
    /// The first variant of this concept that `text` (in `locale`) uses, if any.
    pub fn find(&self, locale: Locale, text: &str) -> Option<String> {
        let banned = self.banned.get(&locale)?;
        let fold = |s: &str| {
            if locale == Locale::Ja {
                s.to_owned()
            } else {
                s.to_ascii_lowercase()
            }
        };
        let mut text = fold(text);
        for a in &self.allowed {
            text = text.replace(&fold(a), " ");
        }
        banned
            .iter()
            .find(|v| contains_word(&text, &fold(v)))
            .cloned()
    }
}

/// Whether `needle` occurs in `hay`; an end of `needle` that is an ASCII letter or digit must
/// not touch another one in `hay` (so `PC` is not found in `JPCERT`).
fn contains_word(hay: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    let word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    let starts_word = word(needle.chars().next());
    let ends_word = word(needle.chars().next_back());
    hay.match_indices(needle).any(|(i, m)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + m.len()..].chars().next();
        let glued = (starts_word && word(before)) || (ends_word && word(after));
        !glued
    })
}

/// The rows (cells, outer pipes removed) of the first table after `heading`, without its header
/// and separator rows.
fn table_rows(markdown: &str, heading: &str) -> Result<Vec<Vec<String>>, String> {
    let mut lines = markdown.lines().skip_while(|l| !l.starts_with(heading));
    if lines.next().is_none() {
        return Err(format!("docs/TERMS.md has no heading `{heading}`"));
    }
    let rows: Vec<Vec<String>> = lines
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .skip(2)
        .map(|l| {
            let inner = l.trim().trim_start_matches('|').trim_end_matches('|');
            inner.split('|').map(|c| c.trim().to_owned()).collect()
        })
        .collect();
    Ok(rows)
}

/// The strings between backticks in `cell`.
fn backticked(cell: &str) -> Vec<String> {
    cell.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .filter(|s| !s.is_empty())
        .collect()
}

/// `(message id, its visible text)` for every message of one `.ftl` source: the value, the
/// attributes and every select variant, joined by spaces; placeables become a space. Comments
/// and ids are not part of the text.
pub fn message_texts(source: &str) -> Vec<(String, String)> {
    let res = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let mut out = Vec::new();
    for entry in res.body {
        if let Entry::Message(m) = entry {
            let mut text = String::new();
            if let Some(v) = &m.value {
                pattern_text(v, &mut text);
            }
            for a in &m.attributes {
                text.push(' ');
                pattern_text(&a.value, &mut text);
            }
            out.push((m.id.name.to_owned(), text));
        }
    }
    out
}

fn pattern_text(p: &Pattern<&str>, out: &mut String) {
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => {
                out.push(' ');
                expression_text(expression, out);
                out.push(' ');
            }
        }
    }
}

fn expression_text(e: &Expression<&str>, out: &mut String) {
    match e {
        Expression::Select { variants, .. } => {
            for v in variants {
                pattern_text(&v.value, out);
                out.push(' ');
            }
        }
        Expression::Inline(InlineExpression::StringLiteral { value }) => out.push_str(value),
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            expression_text(expression, out)
        }
        Expression::Inline(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MD: &str = "# T\n\n## Glossary\n\n| concept | ja | ja: not used | en | en: not used | allowed |\n|---|---|---|---|---|---|\n| card | `緊急時カード` | `インシデントカード` | `incident card` | `emergency card` | |\n| pc | `パソコン` | `PC` | `PC` | | |\n| sign | `署名` | `サイン` | `signature` | | `サインイン` |\n\n## Labels that read the same on screens and in PDFs\n\n| concept | ids |\n|---|---|\n| doing | `a-doing` `b-doing` |\n";

    #[test]
    fn parses_both_tables() -> Result<(), String> {
        let g = Glossary::parse(MD)?;
        assert_eq!(g.terms.len(), 3);
        assert_eq!(g.terms[0].term[&Locale::Ja], "緊急時カード");
        assert_eq!(g.terms[0].banned[&Locale::En], vec!["emergency card"]);
        assert_eq!(g.terms[2].allowed, vec!["サインイン"]);
        assert_eq!(g.same_labels[0].ids, vec!["a-doing", "b-doing"]);
        Ok(())
    }

    #[test]
    fn a_banned_variant_is_caught_with_file_id_and_term() -> Result<(), String> {
        let g = Glossary::parse(MD)?;
        let ja = "# インシデントカード in a comment is fine\nx-title = インシデントカードを印刷\nx-ok = 緊急時カード、JPCERT/CC、サインインの画面\nx-sel = { $n ->\n    [one] PCを一台\n   *[other] パソコン\n}\n";
        let en = "y-title = Print the Emergency Card\ny-ok = The incident card\n";
        let v = g.violations([
            (Locale::Ja, "ja/content/incident.ftl", ja),
            (Locale::En, "en/incident.ftl", en),
        ]);
        let lines: Vec<String> = v.iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            vec![
                "en/incident.ftl: `y-title` uses \"emergency card\"; the term is \"incident card\" (docs/TERMS.md)",
                "ja/content/incident.ftl: `x-sel` uses \"PC\"; the term is \"パソコン\" (docs/TERMS.md)",
                "ja/content/incident.ftl: `x-title` uses \"インシデントカード\"; the term is \"緊急時カード\" (docs/TERMS.md)",
            ]
        );
        Ok(())
    }

    #[test]
    fn variants_apply_only_to_their_language() -> Result<(), String> {
        let g = Glossary::parse(MD)?;
        // "PC" is the English term and a Japanese variant.
        assert!(
            g.violations([(Locale::En, "en/a.ftl", "a = Your PC\n")])
                .is_empty()
        );
        assert_eq!(
            g.violations([(Locale::Ja, "ja/a.ftl", "a = PCの更新\n")])
                .len(),
            1
        );
        Ok(())
    }

    #[test]
    fn a_term_that_its_own_variant_flags_is_rejected() {
        let md = MD.replace(
            "`incident card` | `emergency card`",
            "`emergency card now` | `emergency card`",
        );
        let err = Glossary::parse(&md).err().unwrap_or_default();
        assert!(
            err.contains("contains the variant `emergency card`"),
            "{err}"
        );
    }

    #[test]
    fn a_row_without_a_term_is_rejected() {
        let md = MD.replace("| pc | `パソコン` |", "| pc | |");
        let err = Glossary::parse(&md).err().unwrap_or_default();
        assert!(err.contains("no ja term"), "{err}");
    }
}
