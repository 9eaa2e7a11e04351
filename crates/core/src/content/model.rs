//! The shape of every content file, as serde types. Unknown keys are errors
//! (`deny_unknown_fields`), so a typo in a TOML file fails loudly instead of being ignored.
//!
//! Ids and references are plain strings here; [`super::ContentPacks::validate`] checks that they
//! resolve. Closed sets that are part of the file format itself (a source's publisher, a
//! crosswalk's basis) are enums, so a wrong value is a parse error.

use serde::Deserialize;

/// An entry that has nothing but an id (its text lives in the `.ftl` files).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdOnly {
    /// The id, unique within its list.
    pub id: String,
    /// When what its text says was last checked, `YYYY-MM-DD` (only where the text states a
    /// time-sensitive fact: a phone number, a deadline, a programme).
    pub checked: Option<String>,
}

// ------------------------------------------------------------------------------- sources.toml

/// `content/sources.toml`: every document the content cites.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesPack {
    /// Message prefix, `src`.
    pub pack: String,
    /// The documents.
    pub sources: Vec<Source>,
}

/// Who published a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Publisher {
    /// Ministry of Economy, Trade and Industry.
    Meti,
    /// Information-technology Promotion Agency.
    Ipa,
    /// METI and IPA jointly.
    MetiIpa,
    /// JPCERT Coordination Center.
    Jpcert,
    /// National Police Agency.
    Npa,
    /// Personal Information Protection Commission.
    Ppc,
    /// Anyone else (named in a comment of the TOML file).
    Other,
}

impl Publisher {
    /// The value as written in the TOML file.
    pub fn tag(self) -> &'static str {
        match self {
            Publisher::Meti => "meti",
            Publisher::Ipa => "ipa",
            Publisher::MetiIpa => "meti-ipa",
            Publisher::Jpcert => "jpcert",
            Publisher::Npa => "npa",
            Publisher::Ppc => "ppc",
            Publisher::Other => "other",
        }
    }
}

/// One cited document.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Source id, e.g. `meti-csm-3-0`.
    pub id: String,
    /// Who published it.
    pub publisher: Publisher,
    /// Official Japanese title, verbatim.
    pub title_ja: String,
    /// Official English title, only where an official English edition exists.
    pub title_en: Option<String>,
    /// Edition as printed (`Ver 3.0`, `第3.1版`), if the document has one.
    pub edition: Option<String>,
    /// Publication date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Official web page (https).
    pub url: Option<String>,
    /// When this fact was last checked against its source, `YYYY-MM-DD` (see `docs/CONTENT.md`).
    pub checked: Option<String>,
}

// --------------------------------------------------------------------------------- roles.toml

/// `content/roles.toml`: who does a step and how big it is.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RolesPack {
    /// Message prefix of roles, `role` (efforts use `effort`).
    pub pack: String,
    /// Roles (`owner`, `lead`, `staff`, `vendor`).
    pub roles: Vec<IdOnly>,
    /// Effort sizes (`quick`, `half-day`, `project`).
    pub efforts: Vec<IdOnly>,
}

// ------------------------------------------------------------------------------- shared parts

/// A step: one concrete thing one role does.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Step id, unique within its direction or basic (`s1`, `s2`, …).
    pub id: String,
    /// A role id from `roles.toml`.
    pub role: String,
    /// An effort id from `roles.toml`.
    pub effort: String,
    /// A template id from `security-action.toml` that helps with this step.
    pub template: Option<String>,
}

/// A numbered group (section) of a guideline.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// Group id (`g1`, …).
    pub id: String,
    /// Section number as printed (`"3.1"`) or display order.
    pub number: String,
    /// Official Japanese title, only where confirmed.
    pub official_ja: Option<String>,
}

// ------------------------------------------------------------------------- meti-csm-3-0.toml

/// `content/meti-csm-3-0.toml`: METI's Cybersecurity Management Guidelines Ver 3.0.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CsmPack {
    /// Message prefix, `csm`.
    pub pack: String,
    /// Framework id, `meti-csm`.
    pub framework: String,
    /// Version, `3.0`.
    pub version: String,
    /// Release date, `YYYY-MM-DD`.
    pub released: String,
    /// Source ids.
    pub sources: Vec<String>,
    /// The three principles for executives.
    pub principles: Vec<Principle>,
    /// Sections 3.1–3.5.
    pub groups: Vec<Group>,
    /// The ten directions (重要10項目).
    pub directions: Vec<Direction>,
}

/// One of the three principles.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Principle {
    /// `p1`…`p3`.
    pub id: String,
    /// 1–3.
    pub number: u32,
    /// Official Japanese wording, verbatim.
    pub official_ja: String,
}

/// One of the ten directions the owner gives the security lead.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Direction {
    /// `d1`…`d10`.
    pub id: String,
    /// 1–10.
    pub number: u32,
    /// A group id.
    pub group: String,
    /// Official Japanese title, only where confirmed.
    pub official_ja: Option<String>,
    /// Source ids.
    pub sources: Vec<String>,
    /// 3–6 steps, for at least two roles.
    pub steps: Vec<Step>,
}

// ------------------------------------------------------------------------- meti-csm-1-1.toml

/// `content/meti-csm-1-1.toml`: the 2016 edition and its crosswalk to Ver 3.0.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Csm11Pack {
    /// Message prefix, `csm11`.
    pub pack: String,
    /// Framework id, `meti-csm`.
    pub framework: String,
    /// Version, `1.1`.
    pub version: String,
    /// Release date, `YYYY-MM-DD`.
    pub released: String,
    /// Source ids.
    pub sources: Vec<String>,
    /// The four groups.
    pub groups: Vec<Group>,
    /// Items (1)–(10).
    pub items: Vec<Item>,
    /// Where each item went in Ver 3.0.
    pub crosswalk: Vec<Crosswalk>,
}

/// One of the ten items of Ver 1.1.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// `i1`…`i10`.
    pub id: String,
    /// 1–10.
    pub number: u32,
    /// A group id of this file.
    pub group: String,
    /// Official Japanese title, only where confirmed.
    pub official_ja: Option<String>,
    /// Source ids.
    #[serde(default)]
    pub sources: Vec<String>,
}

/// Whether a mapping was published by METI or inferred by Mamori.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// Mamori's own reading (no official table exists).
    Derived,
    /// Taken from an official correspondence table.
    Official,
}

/// One crosswalk entry: a Ver 1.1 item and the Ver 3.0 directions it maps to.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Crosswalk {
    /// A Ver 1.1 item id.
    pub from: String,
    /// Ver 3.0 direction ids.
    pub to: Vec<String>,
    /// Official or derived.
    pub basis: Basis,
}

// -------------------------------------------------------------------------- ipa-sme-3-1.toml

/// `content/ipa-sme-3-1.toml`: IPA's SME guideline 3.1, its five basics, stages and self-check.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmePack {
    /// Message prefix, `sme`.
    pub pack: String,
    /// Framework id, `ipa-sme`.
    pub framework: String,
    /// Version, `3.1`.
    pub version: String,
    /// Release date, `YYYY-MM-DD`.
    pub released: String,
    /// Source ids.
    pub sources: Vec<String>,
    /// 情報セキュリティ5か条.
    pub basics: Vec<Basic>,
    /// The four-stage path.
    pub stages: Vec<Stage>,
    /// 5分でできる！情報セキュリティ自社診断.
    pub selfcheck: SelfCheck,
}

/// One of the five basics.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Basic {
    /// `b1`…`b5`.
    pub id: String,
    /// 1–5.
    pub number: u32,
    /// Official Japanese wording, verbatim.
    pub official_ja: String,
    /// 2–4 how-to steps.
    pub steps: Vec<Step>,
}

/// One stage of the path.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    /// `st1`…`st4`.
    pub id: String,
    /// 1–4.
    pub number: u32,
    /// Official Japanese name, verbatim.
    pub official_ja: String,
    /// The SECURITY ACTION level this stage leads to, if any.
    pub exit: Option<String>,
}

/// The 25-question self-check and its scoring rules.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SelfCheck {
    /// `selfcheck` (message prefix `sme-selfcheck-`).
    pub id: String,
    /// Source ids.
    pub sources: Vec<String>,
    /// Answer codes and their points.
    pub scale: Vec<SelfCheckScale>,
    /// The three parts.
    pub parts: Vec<Part>,
    /// Score bands.
    pub bands: Vec<Band>,
    /// The 25 questions.
    pub questions: Vec<Question>,
}

/// An answer code (its label and hint are messages; its points are
/// [`crate::scoring::SelfCheckAnswer::points`], the one place IPA's scale is written).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SelfCheckScale {
    /// `done`, `partly`, `not_done` or `dont_know` (also the wire value of an answer).
    pub code: String,
}

/// One part of the self-check: a range of question numbers.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    /// 1–3.
    pub number: u32,
    /// First question number.
    pub first: u32,
    /// Last question number (inclusive).
    pub last: u32,
    /// Official Japanese part name, verbatim.
    pub official_ja: String,
}

/// A score band: an inclusive range of totals and its advice.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    /// `achieved`, `partial`, `weak` or `critical`.
    pub id: String,
    /// Lowest total in the band.
    pub min: i32,
    /// Highest total in the band.
    pub max: i32,
}

/// One self-check question.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// 1–25.
    pub number: u32,
    /// The part number it belongs to.
    pub part: u32,
    /// Links to the five basics.
    #[serde(default)]
    pub basics: Vec<String>,
    /// Links to METI Ver 3.0 directions (Mamori's own mapping).
    #[serde(default)]
    pub directions: Vec<String>,
}

// ----------------------------------------------------------------------- security-action.toml

/// `content/security-action.toml`: SECURITY ACTION levels and the policy template.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecurityActionPack {
    /// Message prefix, `sa`.
    pub pack: String,
    /// Source ids.
    pub sources: Vec<String>,
    /// `star1`, `star2`.
    pub levels: Vec<Level>,
    /// Fill-in documents.
    pub templates: Vec<Template>,
    /// When the programme's facts (how to declare, the system, its names) were last checked,
    /// `YYYY-MM-DD`.
    pub checked: Option<String>,
}

/// A SECURITY ACTION level and the checks it requires.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    /// `star1` or `star2`.
    pub id: String,
    /// Check tags from the closed set of [`crate::scoring::SaCheck`].
    pub requires: Vec<String>,
    /// When this fact was last checked against its source, `YYYY-MM-DD` (see `docs/CONTENT.md`).
    pub checked: Option<String>,
}

/// A fill-in document such as the basic security policy.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    /// Template id, e.g. `basic-policy`.
    pub id: String,
    /// Form fields; also the only variables its messages may use.
    pub fields: Vec<String>,
    /// Sections, in order.
    pub sections: Vec<String>,
}

// ------------------------------------------------------------------ mamori-maturity-1-0.toml

/// `content/mamori-maturity-1-0.toml`: Mamori's own maturity check.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MaturityPack {
    /// Message prefix, `mat`.
    pub pack: String,
    /// Source ids.
    pub sources: Vec<String>,
    /// Answer codes.
    pub scale: Vec<MaturityScale>,
    /// 40 statements, 4 per direction.
    pub questions: Vec<MaturityQuestion>,
}

/// An answer code of the maturity check.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MaturityScale {
    /// `not-started`, `partly`, `in-place`, `reviewed`, `dont-know`.
    pub code: String,
    /// Points; absent for `dont-know`, which earns none.
    pub points: Option<u32>,
    /// Whether this answer creates a follow-up task (only `dont-know`).
    #[serde(default)]
    pub followup: bool,
}

/// One statement of the maturity check.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MaturityQuestion {
    /// `d1-q1` … `d10-q4`.
    pub id: String,
    /// The Ver 3.0 direction it belongs to.
    pub direction: String,
}

// ----------------------------------------------------------------------------- incident.toml

/// `content/incident.toml`: whom to call and what to do in the first hour.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncidentPack {
    /// Message prefix, `inc`.
    pub pack: String,
    /// Official contact points.
    pub contacts: Vec<Contact>,
    /// The first-hour checklist, in order.
    pub first_hour: Vec<IdOnly>,
    /// Fill-in fields of the incident card.
    pub fields: Vec<IdOnly>,
    /// When the pack's time-sensitive text (deadlines, phone numbers) was last checked,
    /// `YYYY-MM-DD`.
    pub checked: Option<String>,
}

/// An official contact point.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Contact id.
    pub id: String,
    /// Official Japanese name, verbatim.
    pub official_ja: String,
    /// Official web page (https).
    pub url: String,
    /// Situation tags from the closed list in `docs/CONTENT.md`.
    pub use_when: Vec<String>,
    /// When this fact was last checked against its source, `YYYY-MM-DD` (see `docs/CONTENT.md`).
    pub checked: Option<String>,
}

// -------------------------------------------------------------------------------- intro.toml

/// `content/intro.toml`: "why now" sections and sourced facts.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IntroPack {
    /// Message prefix, `intro`.
    pub pack: String,
    /// Sections.
    pub sections: Vec<IdOnly>,
    /// Figures, each with its source.
    pub facts: Vec<Fact>,
    /// When the pack's time-sensitive text was last checked, `YYYY-MM-DD`.
    pub checked: Option<String>,
}

/// A sourced figure or statement.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// Fact id.
    pub id: String,
    /// A source id.
    pub source: String,
    /// Date of the figure, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    /// When this fact was last checked against its source, `YYYY-MM-DD` (see `docs/CONTENT.md`).
    pub checked: Option<String>,
}
