//! Mamori's messages: every user-visible string lives in `locales/<tag>/**/*.ftl` (Project
//! Fluent). The UI bundles the same files with Vite; this crate embeds them for the app shell,
//! the CLI and PDF reports.
//!
//! Invariants:
//! - Formatting never panics: a missing message falls back to English, then to the id itself.
//! - Unicode isolation marks are off, so formatted text can go straight into a PDF.
//! - [`Catalog`] is the parsed view of the files that the parity tests use: same ids and same
//!   `$variables` in every locale, and no syntax errors.
//! - [`Catalog::content_problems`] checks the content messages (`locales/<tag>/content/`)
//!   against the ids the content packs derive: none missing, none orphaned, only the allowed
//!   variables.
//!
//! - [`terms::Glossary`] reads `docs/TERMS.md` (one word per concept) and finds messages that use
//!   a variant it does not use.
//!
//! Depends only on `mamori-core` (for [`Locale`]).

mod catalog;
pub mod terms;

use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use include_dir::{Dir, include_dir};
pub use mamori_core::Locale;

pub use catalog::{CONTENT_DIR, Catalog, CatalogMessage};

/// The `locales/` folder at the repository root, embedded at compile time.
static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../locales");

/// Errors from loading the embedded message files.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A `.ftl` file has a syntax error.
    #[error("{file}: Fluent syntax error: {detail}")]
    Syntax {
        /// Path below `locales/`.
        file: String,
        /// Parser output.
        detail: String,
    },
    /// Two files of one locale define the same message id.
    #[error("{file}: message id defined twice: {detail}")]
    Duplicate {
        /// Path below `locales/`.
        file: String,
        /// Fluent's description.
        detail: String,
    },
    /// A `.ftl` file is not UTF-8.
    #[error("{file}: not UTF-8")]
    Encoding {
        /// Path below `locales/`.
        file: String,
    },
}

/// One `.ftl` file from the embedded `locales/` folder.
#[derive(Debug, Clone, Copy)]
pub struct FtlFile {
    /// The locale folder it lives in.
    pub locale: Locale,
    /// Path below `locales/`, e.g. `ja/common.ftl`.
    pub path: &'static str,
    /// File contents.
    pub source: &'static str,
}

/// Every embedded `.ftl` file of every supported locale, sorted by path.
pub fn ftl_files() -> Result<Vec<FtlFile>, Error> {
    let mut out = Vec::new();
    for locale in Locale::ALL {
        let Some(dir) = LOCALES.get_dir(locale.tag()) else {
            continue;
        };
        collect(dir, locale, &mut out)?;
    }
    out.sort_by(|a, b| a.path.cmp(b.path));
    Ok(out)
}

fn collect(
    dir: &'static Dir<'static>,
    locale: Locale,
    out: &mut Vec<FtlFile>,
) -> Result<(), Error> {
    for file in dir.files() {
        if file.path().extension().is_some_and(|e| e == "ftl") {
            let path = file.path().to_str().unwrap_or_default();
            let source = file.contents_utf8().ok_or_else(|| Error::Encoding {
                file: path.to_owned(),
            })?;
            out.push(FtlFile {
                locale,
                path,
                source,
            });
        }
    }
    for sub in dir.dirs() {
        collect(sub, locale, out)?;
    }
    Ok(())
}

/// An argument value for a message.
#[derive(Debug, Clone)]
pub enum Arg {
    /// Text, inserted as is (format numbers and dates before passing them).
    Str(String),
    /// A number; used for plural selection (`[one]`/`*[other]`).
    Num(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Num(n as f64)
    }
}

/// Formats messages in any supported locale. `Send + Sync`, so one instance serves the whole app.
pub struct Localizer {
    bundles: HashMap<Locale, FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("locales", &self.bundles.keys())
            .finish()
    }
}

impl Localizer {
    /// Builds one bundle per locale from the embedded files.
    pub fn new() -> Result<Self, Error> {
        let mut bundles = HashMap::new();
        for locale in Locale::ALL {
            let langid: unic_langid::LanguageIdentifier = locale.tag().parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(false);
            bundles.insert(locale, bundle);
        }
        for file in ftl_files()? {
            let res = FluentResource::try_new(file.source.to_owned()).map_err(|(_, errs)| {
                Error::Syntax {
                    file: file.path.to_owned(),
                    detail: format!("{errs:?}"),
                }
            })?;
            if let Some(bundle) = bundles.get_mut(&file.locale) {
                bundle.add_resource(res).map_err(|errs| Error::Duplicate {
                    file: file.path.to_owned(),
                    detail: format!("{errs:?}"),
                })?;
            }
        }
        Ok(Localizer { bundles })
    }

    /// Whether `id` exists in `locale` (without fallback).
    pub fn has(&self, locale: Locale, id: &str) -> bool {
        self.bundles.get(&locale).is_some_and(|b| b.has_message(id))
    }

    /// Formats message `id` (an attribute is addressed as `id.attr`) with `args`. Falls back to
    /// English, then to the id itself, so a missing message shows up visibly instead of crashing.
    pub fn format(&self, locale: Locale, id: &str, args: &[(&str, Arg)]) -> String {
        self.try_format(locale, id, args)
            .or_else(|| self.try_format(Locale::En, id, args))
            .unwrap_or_else(|| id.to_owned())
    }

    /// Like [`Localizer::format`] without fallback: `None` if `locale` lacks the message.
    pub fn try_format(&self, locale: Locale, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        let bundle = self.bundles.get(&locale)?;
        let (msg_id, attr) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        let msg = bundle.get_message(msg_id)?;
        let pattern = match attr {
            Some(a) => msg.get_attribute(a)?.value(),
            None => msg.value()?,
        };
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            match v {
                Arg::Str(s) => fargs.set(*k, FluentValue::from(s.as_str())),
                Arg::Num(n) => fargs.set(*k, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        let out = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
        Some(out.into_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn localizer_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Localizer>();
    }

    #[test]
    fn formats_both_locales_without_isolation_marks() -> Result<(), Error> {
        let l = Localizer::new()?;
        let ja = l.format(Locale::Ja, "app-name", &[]);
        let en = l.format(Locale::En, "app-name", &[]);
        assert_eq!(ja, "まもり");
        assert_eq!(en, "Mamori");
        let v = l.format(Locale::Ja, "st-daily-dir", &[("dir", "/データ".into())]);
        assert!(v.ends_with("：/データ"), "{v}");
        assert!(
            !v.contains('\u{2068}') && !v.contains('\u{2069}'),
            "isolation marks in {v:?}"
        );
        Ok(())
    }

    #[test]
    fn missing_message_falls_back_to_id() -> Result<(), Error> {
        let l = Localizer::new()?;
        assert_eq!(
            l.format(Locale::Ja, "no-such-message-id", &[]),
            "no-such-message-id"
        );
        assert!(
            l.try_format(Locale::Ja, "no-such-message-id", &[])
                .is_none()
        );
        Ok(())
    }
}
