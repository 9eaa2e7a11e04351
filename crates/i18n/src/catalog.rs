//! A parsed view of every embedded `.ftl` file, for checks: syntax errors, the ids each locale
//! defines and the `$variables` each message uses.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use mamori_core::content::ExpectedMessage;

use crate::{Error, Locale, ftl_files};

/// The folder below `locales/<tag>/` that holds the content messages.
pub const CONTENT_DIR: &str = "content/";

/// One message as the checks see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogMessage {
    /// The file (below `locales/<tag>/`) that defines it, e.g. `content/intro.ftl`.
    pub file: String,
    /// Every `$variable` used in its value, attributes and select variants.
    pub variables: BTreeSet<String>,
    /// Attribute names (`.label`, …).
    pub attributes: BTreeSet<String>,
}

/// Every message of every locale, plus any syntax problems found.
#[derive(Debug, Default)]
pub struct Catalog {
    /// `locale → message id → message`.
    pub messages: BTreeMap<Locale, BTreeMap<String, CatalogMessage>>,
    /// Human-readable syntax problems (`file: …`), empty when all files parse cleanly.
    pub syntax_errors: Vec<String>,
    /// Ids defined more than once within one locale.
    pub duplicates: Vec<String>,
}

impl Catalog {
    /// Parses every embedded file.
    pub fn load() -> Result<Catalog, Error> {
        let files = ftl_files()?;
        Ok(Catalog::from_sources(
            files.iter().map(|f| (f.locale, f.path, f.source)),
        ))
    }

    /// Parses `(locale, path below locales/, source)` triples.
    pub fn from_sources<'a>(
        files: impl IntoIterator<Item = (Locale, &'a str, &'a str)>,
    ) -> Catalog {
        let mut cat = Catalog::default();
        for (locale, path, source) in files {
            let rel = path
                .split_once('/')
                .map(|(_, r)| r)
                .unwrap_or(path)
                .to_owned();
            let res = match fluent_syntax::parser::parse(source) {
                Ok(r) => r,
                Err((r, errs)) => {
                    for e in errs {
                        cat.syntax_errors.push(format!("{path}: {:?}", e.kind));
                    }
                    r
                }
            };
            let map = cat.messages.entry(locale).or_default();
            for entry in res.body {
                match entry {
                    Entry::Message(m) => {
                        let mut vars = BTreeSet::new();
                        if let Some(v) = &m.value {
                            pattern_vars(v, &mut vars);
                        }
                        let mut attributes = BTreeSet::new();
                        for a in &m.attributes {
                            pattern_vars(&a.value, &mut vars);
                            attributes.insert(a.id.name.to_owned());
                        }
                        let msg = CatalogMessage {
                            file: rel.clone(),
                            variables: vars,
                            attributes,
                        };
                        if map.insert(m.id.name.to_owned(), msg).is_some() {
                            cat.duplicates.push(format!("{path}: {}", m.id.name));
                        }
                    }
                    Entry::Junk { content } => {
                        let first = content.lines().next().unwrap_or_default();
                        cat.syntax_errors
                            .push(format!("{path}: unparsable entry `{first}`"));
                    }
                    _ => {}
                }
            }
        }
        cat
    }

    /// Every difference between locales: ids present in one but not another, a message living in
    /// different files, or using different variables or attributes. Empty means full parity.
    pub fn parity_problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let empty = BTreeMap::new();
        let reference = self.messages.get(&Locale::En).unwrap_or(&empty);
        for locale in Locale::ALL {
            let msgs = self.messages.get(&locale).unwrap_or(&empty);
            for other in Locale::ALL {
                if other == locale {
                    continue;
                }
                let others = self.messages.get(&other).unwrap_or(&empty);
                for (id, m) in msgs {
                    if !others.contains_key(id) {
                        problems.push(format!(
                            "`{id}` is in {locale}/{} but missing in {other}",
                            m.file
                        ));
                    }
                }
            }
            if locale == Locale::En {
                continue;
            }
            for (id, m) in msgs {
                let Some(r) = reference.get(id) else { continue };
                if r.file != m.file {
                    problems.push(format!(
                        "`{id}` is in en/{} but {locale}/{}",
                        r.file, m.file
                    ));
                }
                if r.variables != m.variables {
                    problems.push(format!(
                        "`{id}` uses variables {:?} in en but {:?} in {locale}",
                        r.variables, m.variables
                    ));
                }
                if r.attributes != m.attributes {
                    problems.push(format!(
                        "`{id}` has attributes {:?} in en but {:?} in {locale}",
                        r.attributes, m.attributes
                    ));
                }
            }
        }
        problems
    }

    /// Every difference between the messages the content needs (`expected`, from
    /// [`mamori_core::ContentPacks::messages`]) and this catalog, in every locale: a needed
    /// message that is missing or lives in the wrong file, a message using a `$variable` it may
    /// not use, and an orphan (a message under `content/` that no content needs). Empty means
    /// the content and its messages match.
    pub fn content_problems(&self, expected: &[ExpectedMessage]) -> Vec<String> {
        let mut problems = Vec::new();
        let empty = BTreeMap::new();
        let wanted: BTreeMap<&str, &ExpectedMessage> =
            expected.iter().map(|m| (m.id.as_str(), m)).collect();
        for locale in Locale::ALL {
            let msgs = self.messages.get(&locale).unwrap_or(&empty);
            for e in expected {
                let file = format!("{CONTENT_DIR}{}.ftl", e.file);
                let Some(m) = msgs.get(&e.id) else {
                    problems.push(format!("`{}` is missing in {locale}/{file}", e.id));
                    continue;
                };
                if m.file != file {
                    problems.push(format!(
                        "`{}` is in {locale}/{} but belongs in {locale}/{file}",
                        e.id, m.file
                    ));
                }
                let extra: Vec<&str> = m
                    .variables
                    .iter()
                    .map(String::as_str)
                    .filter(|v| !e.variables.iter().any(|a| a == v))
                    .collect();
                if !extra.is_empty() {
                    let allowed = if e.variables.is_empty() {
                        "none".to_owned()
                    } else {
                        e.variables.join(", ")
                    };
                    problems.push(format!(
                        "`{}` in {locale}/{} uses ${}; allowed: {allowed}",
                        e.id,
                        m.file,
                        extra.join(", $")
                    ));
                }
                if !m.attributes.is_empty() {
                    problems.push(format!(
                        "`{}` in {locale}/{} has attributes; content messages have none",
                        e.id, m.file
                    ));
                }
            }
            for (id, m) in msgs {
                if m.file.starts_with(CONTENT_DIR) && !wanted.contains_key(id.as_str()) {
                    problems.push(format!(
                        "`{id}` in {locale}/{} is not needed by any content (orphan)",
                        m.file
                    ));
                }
            }
        }
        problems
    }

    /// The message ids of `locale`.
    pub fn ids(&self, locale: Locale) -> BTreeSet<&str> {
        self.messages
            .get(&locale)
            .map(|m| m.keys().map(String::as_str).collect())
            .unwrap_or_default()
    }
}

fn pattern_vars(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => inline_vars(i, out),
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
    }
}

fn inline_vars(i: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for n in &arguments.named {
                inline_vars(&n.value, out);
            }
        }
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for n in &arguments.named {
                inline_vars(&n.value, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_ftl_file_parses_without_errors() -> Result<(), Error> {
        let cat = Catalog::load()?;
        assert!(cat.syntax_errors.is_empty(), "{:#?}", cat.syntax_errors);
        assert!(cat.duplicates.is_empty(), "{:#?}", cat.duplicates);
        Ok(())
    }

    #[test]
    fn ja_and_en_have_the_same_ids_files_and_variables() -> Result<(), Error> {
        let cat = Catalog::load()?;
        let problems = cat.parity_problems();
        assert!(
            problems.is_empty(),
            "locale parity problems:\n{}",
            problems.join("\n")
        );
        assert!(cat.ids(Locale::En).len() > 5, "the catalog looks empty");
        Ok(())
    }

    #[test]
    fn parity_reports_missing_ids_and_variable_differences() {
        let cat = Catalog::from_sources([
            (
                Locale::En,
                "en/a.ftl",
                "hello = Hello { $name }\nonly-en = x\n",
            ),
            (Locale::Ja, "ja/a.ftl", "hello = こんにちは { $who }\n"),
        ]);
        let p = cat.parity_problems();
        assert!(
            p.iter()
                .any(|l| l.contains("`only-en`") && l.contains("missing in ja")),
            "{p:?}"
        );
        assert!(
            p.iter().any(|l| l.contains("`hello` uses variables")),
            "{p:?}"
        );
    }

    #[test]
    fn every_content_message_exists_in_every_locale_and_none_is_orphaned() -> Result<(), Error> {
        let packs = match mamori_core::ContentPacks::load() {
            Ok(p) => p,
            Err(e) => panic!("{e}"),
        };
        let expected = packs.messages();
        let cat = Catalog::load()?;
        let problems = cat.content_problems(&expected);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        // The policy template's messages use only its declared fields, and they really use them.
        let fields: BTreeSet<String> = packs.security_action.templates[0]
            .fields
            .iter()
            .cloned()
            .collect();
        for locale in Locale::ALL {
            let m = &cat.messages[&locale];
            let used: BTreeSet<String> = m
                .iter()
                .filter(|(id, _)| id.starts_with("sa-basic-policy-"))
                .flat_map(|(_, m)| m.variables.iter().cloned())
                .collect();
            assert_eq!(used, fields, "{locale}");
        }
        Ok(())
    }

    #[test]
    fn content_problems_finds_missing_misplaced_orphaned_and_bad_variables() {
        let expected = vec![
            ExpectedMessage {
                id: "sa-basic-policy-title".into(),
                file: "security-action",
                variables: vec!["company".into()],
            },
            ExpectedMessage {
                id: "csm-d1-title".into(),
                file: "meti-csm-3-0",
                variables: vec![],
            },
            ExpectedMessage {
                id: "csm-d2-title".into(),
                file: "meti-csm-3-0",
                variables: vec![],
            },
        ];
        let cat = Catalog::from_sources([
            (
                Locale::En,
                "en/content/security-action.ftl",
                "sa-basic-policy-title = { $company } policy by { $ceo }\n",
            ),
            (Locale::En, "en/content/intro.ftl", "csm-d1-title = x\n"),
            (
                Locale::En,
                "en/content/meti-csm-3-0.ftl",
                "csm-d2-title = y\ncsm-d9-old = z\n",
            ),
            (Locale::En, "en/common.ftl", "app-name = Mamori\n"),
        ]);
        let p = cat.content_problems(&expected);
        let has = |needle: &str| p.iter().any(|l| l.contains(needle));
        assert!(
            has(
                "`sa-basic-policy-title` in en/content/security-action.ftl uses $ceo; allowed: company"
            ),
            "{p:#?}"
        );
        assert!(
            has(
                "`csm-d1-title` is in en/content/intro.ftl but belongs in en/content/meti-csm-3-0.ftl"
            ),
            "{p:#?}"
        );
        assert!(
            has(
                "`csm-d9-old` in en/content/meti-csm-3-0.ftl is not needed by any content (orphan)"
            ),
            "{p:#?}"
        );
        assert!(
            has("`csm-d2-title` is missing in ja/content/meti-csm-3-0.ftl"),
            "{p:#?}"
        );
        assert!(
            !has("app-name"),
            "messages outside content/ are not orphans: {p:#?}"
        );
    }

    #[test]
    fn syntax_errors_are_reported() {
        let cat = Catalog::from_sources([(Locale::En, "en/a.ftl", "good = ok\nbad = { $\n")]);
        assert!(!cat.syntax_errors.is_empty());
    }

    #[test]
    fn variables_are_found_in_selects_and_attributes() {
        let src =
            "a = { $n ->\n    [one] one { $x }\n   *[other] { $y }\n }\n    .title = { $z }\n";
        let res = fluent_syntax::parser::parse(src).unwrap_or_else(|(r, _)| r);
        let mut vars = BTreeSet::new();
        for e in &res.body {
            if let Entry::Message(m) = e {
                if let Some(v) = &m.value {
                    pattern_vars(v, &mut vars);
                }
                for a in &m.attributes {
                    pattern_vars(&a.value, &mut vars);
                }
            }
        }
        let want: BTreeSet<String> = ["n", "x", "y", "z"].iter().map(|s| s.to_string()).collect();
        assert_eq!(vars, want);
    }
}
