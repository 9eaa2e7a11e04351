//! The guidance content as the UI draws it: structure, official Japanese titles and the Fluent
//! message id of every sentence. Built from the embedded content packs (`get_content`).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Request of `get_content`: nothing.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GetContentReq {}

/// A cited document.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SourceView {
    /// Source id, e.g. `meti-csm-3-0`.
    pub id: String,
    /// `meti`, `ipa`, `meti-ipa`, `jpcert`, `npa`, `ppc` or `other`.
    pub publisher: String,
    /// Official Japanese title, verbatim.
    pub title_ja: String,
    /// Official English title, where an official English edition exists.
    pub title_en: Option<String>,
    /// Edition as printed.
    pub edition: Option<String>,
    /// Publication date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub date: Option<String>,
    /// Official web page.
    pub url: Option<String>,
    /// When the source's facts were last checked (`YYYY-MM-DD`), if recorded.
    pub checked: Option<String>,
    /// Message: what this document is.
    pub note_id: String,
}

/// A role that does steps (owner, security lead, staff, outside contractor).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoleView {
    /// Role id.
    pub id: String,
    /// Message: its name.
    pub name_id: String,
    /// Message: how a small firm fills it.
    pub smb_id: String,
}

/// An effort size.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EffortView {
    /// Effort id (`quick`, `half-day`, `project`).
    pub id: String,
    /// Message: its name.
    pub name_id: String,
}

/// One concrete step (of a direction or of a basic).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StepView {
    /// Full step id as saved (`csm/d1/s1`, `sme/b1/s1`).
    pub id: String,
    /// Role id.
    pub role: String,
    /// Effort id.
    pub effort: String,
    /// A template that helps (`basic-policy`), if any.
    pub template: Option<String>,
    /// Message: the step.
    pub text_id: String,
    /// Message: what counts as evidence.
    pub evidence_id: String,
}

/// One of the three principles for executives.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PrincipleView {
    /// `p1`…`p3`.
    pub id: String,
    /// 1–3.
    pub number: u32,
    /// Official Japanese wording.
    pub official_ja: String,
    /// Message: short title.
    pub title_id: String,
    /// Message: plain explanation.
    pub body_id: String,
}

/// A section of the guideline that groups directions.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GroupView {
    /// Group id.
    pub id: String,
    /// Section number as printed.
    pub number: String,
    /// Official Japanese title, where confirmed.
    pub official_ja: Option<String>,
    /// Message: title.
    pub title_id: String,
}

/// One of the ten directions.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DirectionView {
    /// `d1`…`d10`.
    pub id: String,
    /// 1–10.
    pub number: u32,
    /// Group id.
    pub group: String,
    /// Official Japanese title, where confirmed.
    pub official_ja: Option<String>,
    /// Message: plain title.
    pub title_id: String,
    /// Message: what the owner asks the lead to do.
    pub ask_id: String,
    /// Message: why it matters.
    pub why_id: String,
    /// Message: a small firm's story.
    pub story_id: String,
    /// Message: how a small firm fills the roles.
    pub roles_id: String,
    /// Source ids.
    pub sources: Vec<String>,
    /// Steps, in order.
    pub steps: Vec<StepView>,
}

/// One of the five basics (情報セキュリティ5か条).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BasicView {
    /// `b1`…`b5`.
    pub id: String,
    /// 1–5.
    pub number: u32,
    /// Official Japanese wording.
    pub official_ja: String,
    /// Message: title.
    pub title_id: String,
    /// Message: explanation.
    pub body_id: String,
    /// How-to steps.
    pub steps: Vec<StepView>,
}

/// A stage of IPA's path.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StageView {
    /// `st1`…`st4`.
    pub id: String,
    /// 1–4.
    pub number: u32,
    /// Official Japanese name.
    pub official_ja: String,
    /// The SECURITY ACTION level it leads to.
    pub exit: Option<String>,
    /// Message: title.
    pub title_id: String,
    /// Message: explanation.
    pub body_id: String,
}

/// An answer on a scale.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ScaleView {
    /// Answer code (also the saved value).
    pub code: String,
    /// Points (none for "don't know" in the maturity check).
    pub points: Option<i32>,
    /// Whether this answer creates a follow-up.
    pub followup: bool,
    /// Message: label.
    pub label_id: String,
    /// Message: hint.
    pub hint_id: String,
}

/// A part of the self-check.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PartView {
    /// 1–3.
    pub number: u32,
    /// First question.
    pub first: u32,
    /// Last question.
    pub last: u32,
    /// Official Japanese part name.
    pub official_ja: String,
    /// Message: title.
    pub title_id: String,
    /// Message: explanation.
    pub body_id: String,
}

/// A score band.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BandView {
    /// Band id.
    pub id: String,
    /// Lowest total.
    pub min: i32,
    /// Highest total.
    pub max: i32,
    /// Message: title.
    pub title_id: String,
    /// Message: advice.
    pub advice_id: String,
}

/// A self-check question.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QuestionView {
    /// 1–25.
    pub number: u32,
    /// Part number.
    pub part: u32,
    /// Linked basics.
    pub basics: Vec<String>,
    /// Linked directions (Mamori's mapping).
    pub directions: Vec<String>,
    /// Message: the question.
    pub text_id: String,
    /// Message: why it matters.
    pub why_id: String,
    /// Message: how to do it.
    pub how_id: String,
}

/// IPA's 25-question self-check.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SelfcheckView {
    /// Message: title.
    pub title_id: String,
    /// Message: introduction.
    pub intro_id: String,
    /// Message: what happens to "don't know" answers.
    pub followup_id: String,
    /// Source ids.
    pub sources: Vec<String>,
    /// Answers.
    pub scale: Vec<ScaleView>,
    /// Parts.
    pub parts: Vec<PartView>,
    /// Bands.
    pub bands: Vec<BandView>,
    /// Questions, in order.
    pub questions: Vec<QuestionView>,
}

/// A maturity statement.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MaturityQuestionView {
    /// `d1-q1`…
    pub id: String,
    /// Its direction.
    pub direction: String,
    /// Message: the statement.
    pub text_id: String,
}

/// Mamori's maturity check.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MaturityView {
    /// Message: title.
    pub title_id: String,
    /// Message: introduction.
    pub intro_id: String,
    /// Message: "this is Mamori's own check" notice.
    pub disclaimer_id: String,
    /// Message: how the score is computed.
    pub score_explain_id: String,
    /// Source ids.
    pub sources: Vec<String>,
    /// Answers.
    pub scale: Vec<ScaleView>,
    /// Statements, in order.
    pub questions: Vec<MaturityQuestionView>,
}

/// A check a SECURITY ACTION level requires.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RequirementView {
    /// Check tag (`basics-declared`, `selfcheck-complete`, `policy-adopted`, `policy-published`).
    pub tag: String,
    /// Message: label.
    pub label_id: String,
}

/// A SECURITY ACTION level.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LevelView {
    /// `star1`, `star2`.
    pub id: String,
    /// Message: title.
    pub title_id: String,
    /// Message: explanation.
    pub body_id: String,
    /// Checks required.
    pub requires: Vec<RequirementView>,
}

/// A labelled fill-in field.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FieldView {
    /// Field key (as saved).
    pub id: String,
    /// Message: label.
    pub label_id: String,
    /// Message: hint.
    pub hint_id: String,
}

/// A section of a template.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SectionView {
    /// Section id.
    pub id: String,
    /// Message: heading.
    pub heading_id: String,
    /// Message: body (uses the template's fields as variables).
    pub body_id: String,
}

/// The basic security policy template.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TemplateView {
    /// Template id.
    pub id: String,
    /// Message: title (uses the fields as variables).
    pub title_id: String,
    /// Fields.
    pub fields: Vec<FieldView>,
    /// Sections.
    pub sections: Vec<SectionView>,
}

/// SECURITY ACTION.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SecurityActionView {
    /// Message: "a self-declaration, not a certification".
    pub notice_id: String,
    /// Message: how to declare on IPA's site.
    pub how_to_declare_id: String,
    /// Source ids.
    pub sources: Vec<String>,
    /// Levels.
    pub levels: Vec<LevelView>,
    /// The policy template.
    pub policy: Option<TemplateView>,
}

/// An official contact point.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContactView {
    /// Contact id.
    pub id: String,
    /// Official Japanese name.
    pub official_ja: String,
    /// Web page.
    pub url: String,
    /// Situation tags.
    pub use_when: Vec<String>,
    /// Message: name.
    pub name_id: String,
    /// Message: what they do.
    pub purpose_id: String,
}

/// An item of the first-hour checklist.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChecklistItemView {
    /// Item id.
    pub id: String,
    /// Message: the item.
    pub text_id: String,
    /// Message: detail.
    pub detail_id: String,
}

/// The incident card.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IncidentView {
    /// Message: title.
    pub title_id: String,
    /// Message: introduction.
    pub intro_id: String,
    /// Contact points.
    pub contacts: Vec<ContactView>,
    /// First-hour checklist, in order.
    pub first_hour: Vec<ChecklistItemView>,
    /// The company's own fields.
    pub fields: Vec<FieldView>,
}

/// When the content's time-sensitive facts were checked against their sources.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FactsChecked {
    /// The oldest `checked` date (`YYYY-MM-DD`): every dated fact was checked on or after it.
    pub oldest: String,
    /// The newest `checked` date (`YYYY-MM-DD`).
    pub newest: String,
}

/// Everything the guided journey shows.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContentView {
    /// When the content's dated facts were checked (oldest and newest `checked` date), or null
    /// when no fact records one.
    pub facts_checked: Option<FactsChecked>,
    /// Message: "summarised by Mamori, not endorsed" notice.
    pub notice_id: String,
    /// Message with `$title`, `$edition`, `$publisher`, `$date`: a source line.
    pub source_label_id: String,
    /// Cited documents.
    pub sources: Vec<SourceView>,
    /// Roles.
    pub roles: Vec<RoleView>,
    /// Effort sizes.
    pub efforts: Vec<EffortView>,
    /// METI's three principles.
    pub principles: Vec<PrincipleView>,
    /// Sections of the guideline.
    pub groups: Vec<GroupView>,
    /// The ten directions.
    pub directions: Vec<DirectionView>,
    /// Source ids of the guideline pack.
    pub csm_sources: Vec<String>,
    /// The five basics.
    pub basics: Vec<BasicView>,
    /// Source ids of the SME guideline pack.
    pub sme_sources: Vec<String>,
    /// IPA's staged path.
    pub stages: Vec<StageView>,
    /// The self-check.
    pub selfcheck: SelfcheckView,
    /// The maturity check.
    pub maturity: MaturityView,
    /// SECURITY ACTION.
    pub security_action: SecurityActionView,
    /// The incident card.
    pub incident: IncidentView,
}
