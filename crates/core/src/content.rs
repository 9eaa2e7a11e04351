//! The guidance content: the TOML files under `content/` (structure), embedded at compile time,
//! parsed into [`ContentPacks`] and checked by [`ContentPacks::validate`]. Every human sentence
//! lives in `locales/<tag>/content/<file>.ftl` under a message id derived from the content id;
//! [`ContentPacks::messages`] lists those ids (see `docs/CONTENT.md`).
//!
//! Pure: the files are read by `include_str!` when the crate is compiled, never at run time.

mod checked;
mod messages;
pub mod model;
mod validate;

use std::sync::OnceLock;

pub use checked::{DatedFact, RECHECK_MONTHS, months_before, parse_checked};
pub use messages::{ExpectedMessage, ids};
pub use model::*;
pub use validate::Problem;

/// One embedded content file.
#[derive(Debug, Clone, Copy)]
pub struct ContentFile {
    /// File stem below `content/`, e.g. `meti-csm-3-0`; also the stem of its `.ftl` files.
    pub name: &'static str,
    /// The TOML text.
    pub source: &'static str,
}

macro_rules! embed {
    ($($name:literal),* $(,)?) => {
        /// Every content file, embedded at compile time.
        pub const FILES: &[ContentFile] = &[$(
            ContentFile {
                name: $name,
                source: include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../content/", $name, ".toml")),
            }
        ),*];
    };
}
embed!(
    "sources",
    "roles",
    "meti-csm-3-0",
    "meti-csm-1-1",
    "ipa-sme-3-1",
    "security-action",
    "mamori-maturity-1-0",
    "incident",
    "intro",
);

/// File stems, as constants so that code and messages name them the same way.
pub mod file {
    /// `content/sources.toml`.
    pub const SOURCES: &str = "sources";
    /// `content/roles.toml`.
    pub const ROLES: &str = "roles";
    /// `content/meti-csm-3-0.toml`.
    pub const CSM: &str = "meti-csm-3-0";
    /// `content/meti-csm-1-1.toml`.
    pub const CSM11: &str = "meti-csm-1-1";
    /// `content/ipa-sme-3-1.toml`.
    pub const SME: &str = "ipa-sme-3-1";
    /// `content/security-action.toml`.
    pub const SECURITY_ACTION: &str = "security-action";
    /// `content/mamori-maturity-1-0.toml`.
    pub const MATURITY: &str = "mamori-maturity-1-0";
    /// `content/incident.toml`.
    pub const INCIDENT: &str = "incident";
    /// `content/intro.toml`.
    pub const INTRO: &str = "intro";
}

/// Every content pack, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentPacks {
    /// `sources.toml`.
    pub sources: SourcesPack,
    /// `roles.toml`.
    pub roles: RolesPack,
    /// `meti-csm-3-0.toml`.
    pub csm: CsmPack,
    /// `meti-csm-1-1.toml`.
    pub csm11: Csm11Pack,
    /// `ipa-sme-3-1.toml`.
    pub sme: SmePack,
    /// `security-action.toml`.
    pub security_action: SecurityActionPack,
    /// `mamori-maturity-1-0.toml`.
    pub maturity: MaturityPack,
    /// `incident.toml`.
    pub incident: IncidentPack,
    /// `intro.toml`.
    pub intro: IntroPack,
}

/// Files that are missing or do not parse. Lists every such file, not just the first.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("content files do not load:\n{}", .problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
pub struct LoadError {
    /// One problem per file that failed.
    pub problems: Vec<Problem>,
}

/// Headline counts, for `mamori-cli content check` and the About screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ContentCounts {
    /// METI Ver 3.0 principles.
    pub principles: usize,
    /// METI Ver 3.0 directions.
    pub directions: usize,
    /// Steps over all directions.
    pub steps: usize,
    /// Self-check questions.
    pub selfcheck_questions: usize,
    /// Maturity statements.
    pub maturity_questions: usize,
}

fn parse<T: serde::de::DeserializeOwned>(
    files: &[ContentFile],
    name: &'static str,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let Some(f) = files.iter().find(|f| f.name == name) else {
        problems.push(Problem::new(name, "file is missing"));
        return None;
    };
    match toml::from_str(f.source) {
        Ok(v) => Some(v),
        Err(e) => {
            let msg = e.to_string();
            problems.push(Problem::new(name, msg.trim_end()));
            None
        }
    }
}

impl ContentPacks {
    /// Parses the embedded files.
    pub fn load() -> Result<ContentPacks, LoadError> {
        ContentPacks::from_files(FILES)
    }

    /// The embedded packs, parsed once per process.
    pub fn embedded() -> Result<&'static ContentPacks, &'static LoadError> {
        static PACKS: OnceLock<Result<ContentPacks, LoadError>> = OnceLock::new();
        PACKS.get_or_init(ContentPacks::load).as_ref()
    }

    /// Parses the given files (by [`ContentFile::name`]); every file of [`FILES`] must be there.
    pub fn from_files(files: &[ContentFile]) -> Result<ContentPacks, LoadError> {
        let mut p = Vec::new();
        let sources = parse(files, file::SOURCES, &mut p);
        let roles = parse(files, file::ROLES, &mut p);
        let csm = parse(files, file::CSM, &mut p);
        let csm11 = parse(files, file::CSM11, &mut p);
        let sme = parse(files, file::SME, &mut p);
        let security_action = parse(files, file::SECURITY_ACTION, &mut p);
        let maturity = parse(files, file::MATURITY, &mut p);
        let incident = parse(files, file::INCIDENT, &mut p);
        let intro = parse(files, file::INTRO, &mut p);
        match (
            sources,
            roles,
            csm,
            csm11,
            sme,
            security_action,
            maturity,
            incident,
            intro,
        ) {
            (
                Some(sources),
                Some(roles),
                Some(csm),
                Some(csm11),
                Some(sme),
                Some(security_action),
                Some(maturity),
                Some(incident),
                Some(intro),
            ) if p.is_empty() => Ok(ContentPacks {
                sources,
                roles,
                csm,
                csm11,
                sme,
                security_action,
                maturity,
                incident,
                intro,
            }),
            _ => Err(LoadError { problems: p }),
        }
    }

    /// Headline counts.
    pub fn counts(&self) -> ContentCounts {
        ContentCounts {
            principles: self.csm.principles.len(),
            directions: self.csm.directions.len(),
            steps: self.csm.directions.iter().map(|d| d.steps.len()).sum(),
            selfcheck_questions: self.sme.selfcheck.questions.len(),
            maturity_questions: self.maturity.questions.len(),
        }
    }
}

#[cfg(test)]
mod tests;
