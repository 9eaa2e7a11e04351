//! The guided journey of one organization: its state in the open round, and every edit. Every
//! edit returns the whole new state, so the UI never shows something that was not saved.

use std::collections::BTreeMap;

pub use mamori_core::progress::{ContinueAt, Screen, StepStatus};
pub use mamori_core::scoring::SelfCheckAnswer;
pub use mamori_store::{
    ActionSource, ActionStatus, DocumentKind, Effort, MaturityAnswer, PartnerRelation,
    SecurityActionLevel, YesNoUnknown,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::orgs::{EmployeeBand, Org};
use super::selfcheck::SelfcheckScore;

/// Request of `open_org`: opens an organization for work, starting its first round if it has
/// none.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OpenOrgReq {
    /// The organization.
    pub org_id: String,
}

/// An assessment round.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoundView {
    /// Its id.
    pub id: String,
    /// 1 for the first round of the organization, 2 for the next, …
    pub number: u32,
    /// Guideline edition, e.g. `meti-csm@3.0`.
    pub framework_version: String,
    /// When it started (UTC).
    pub started_at: String,
    /// When it was closed, if it was.
    pub closed_at: Option<String>,
}

/// A saved answer.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AnswerView {
    /// Answer code.
    pub answer: String,
    /// Note.
    pub note: Option<String>,
}

/// The self-check in the open round.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SelfcheckState {
    /// Answers by question number (`"1"`…`"25"`).
    pub answers: BTreeMap<String, AnswerView>,
    /// Questions answered.
    pub answered: u32,
    /// Questions in all.
    pub total: u32,
    /// Points of the answers so far.
    pub running_total: i32,
    /// The score, once every question is answered.
    pub score: Option<SelfcheckScore>,
    /// The previous round's total, when that round was complete.
    pub previous_total: Option<i32>,
}

/// The maturity of one direction.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DirectionScore {
    /// Direction id.
    pub direction: String,
    /// Percent of the maximum (0–100).
    pub percent: u32,
    /// Statements answered "don't know".
    pub dont_know: u32,
    /// Statements not answered yet.
    pub unanswered: u32,
}

/// The maturity check in the open round.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MaturityState {
    /// Answers by statement id.
    pub answers: BTreeMap<String, AnswerView>,
    /// Statements answered.
    pub answered: u32,
    /// Statements in all.
    pub total: u32,
    /// Per direction, in order.
    pub directions: Vec<DirectionScore>,
    /// The previous round's per-direction scores, when it had maturity answers.
    pub previous: Option<Vec<DirectionScore>>,
}

/// Progress on one step.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StepState {
    /// Where it stands.
    pub status: StepStatus,
    /// Who does it.
    pub owner: Option<String>,
    /// By when (`YYYY-MM-DD`).
    pub due_date: Option<String>,
    /// Note.
    pub note: Option<String>,
    /// What shows it is done.
    pub evidence_note: Option<String>,
    /// When it was done.
    pub done_date: Option<String>,
    /// Why it does not apply.
    pub na_reason: Option<String>,
    /// When it was last saved.
    pub updated_at: String,
}

/// An action item.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActionView {
    /// Its id.
    pub id: String,
    /// Where it came from.
    pub source: ActionSource,
    /// What it came from (`selfcheck/7`, `d3-q2`, `csm/d1/s1`).
    pub ref_id: Option<String>,
    /// The direction it belongs to, when known (from its source).
    pub direction: Option<String>,
    /// What to do.
    pub title: String,
    /// Who does it.
    pub owner: Option<String>,
    /// By when.
    pub due_date: Option<String>,
    /// Where it stands.
    pub status: ActionStatus,
    /// How much work it is.
    pub effort: Option<Effort>,
    /// Not done and past its due date.
    pub overdue: bool,
    /// When it was created.
    pub created_at: String,
}

/// A supply-chain partner.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PartnerView {
    /// Its id.
    pub id: String,
    /// Name.
    pub name: String,
    /// The relation.
    pub relation: PartnerRelation,
    /// What they handle.
    pub handles: Option<String>,
    /// Their SECURITY ACTION level.
    pub security_action_level: SecurityActionLevel,
    /// Whether the contract has a security clause.
    pub contract_has_security_clause: YesNoUnknown,
    /// When last checked.
    pub last_checked: Option<String>,
    /// Note.
    pub note: Option<String>,
}

/// Progress of one direction's steps.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DirectionProgress {
    /// Direction id.
    pub direction: String,
    /// Steps done.
    pub done: u32,
    /// Steps marked not applicable.
    pub na: u32,
    /// Steps in all.
    pub total: u32,
}

/// A count of finished things out of all.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Count {
    /// Finished.
    pub done: u32,
    /// In all.
    pub total: u32,
}

/// How far the organization is along the journey.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProgressView {
    /// Steps of the five basics done (or not applicable).
    pub basics: Count,
    /// Basics whose steps are all done (or not applicable).
    pub basics_practised: Vec<String>,
    /// Basics with a decision recorded (a step in progress, done or not applicable): what
    /// SECURITY ACTION ★ asks.
    pub basics_decided: Vec<String>,
    /// Self-check questions answered.
    pub selfcheck: Count,
    /// Steps of the ten directions done (or not applicable).
    pub directions: Count,
    /// Per direction.
    pub per_direction: Vec<DirectionProgress>,
    /// Maturity statements answered.
    pub maturity: Count,
    /// Everything together, 0–100.
    pub overall_percent: u32,
}

/// One check of a SECURITY ACTION level.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CheckState {
    /// Check tag.
    pub tag: String,
    /// Whether it is met.
    pub met: bool,
}

/// Readiness for one SECURITY ACTION level.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LevelState {
    /// `star1`, `star2`.
    pub level: String,
    /// Every check met.
    pub ready: bool,
    /// The checks.
    pub checks: Vec<CheckState>,
}

/// An organization's whole state on its journey, in its open round.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Journey {
    /// The profile.
    pub org: Org,
    /// The open round.
    pub round: RoundView,
    /// The round before it, if any.
    pub previous_round: Option<RoundView>,
    /// Self-check.
    pub selfcheck: SelfcheckState,
    /// Maturity check.
    pub maturity: MaturityState,
    /// Step progress by full step id.
    pub steps: BTreeMap<String, StepState>,
    /// The basic security policy draft: field key → text.
    pub policy: BTreeMap<String, String>,
    /// The incident card: field key → text.
    pub incident_card: BTreeMap<String, String>,
    /// Action items, oldest first.
    pub actions: Vec<ActionView>,
    /// Ids of the next (up to) 5 open actions: overdue or soonest due first.
    pub next_actions: Vec<String>,
    /// Ids of overdue actions.
    pub overdue_actions: Vec<String>,
    /// Supply-chain partners.
    pub partners: Vec<PartnerView>,
    /// Progress.
    pub progress: ProgressView,
    /// SECURITY ACTION readiness per level.
    pub security_action: Vec<LevelState>,
    /// Highest level ready: 0, 1 (★) or 2 (★★).
    pub stars: u32,
    /// The current stage of the path (the same rule as the portfolio's).
    pub stage: mamori_core::progress::Stage,
    /// Where to continue.
    pub continue_at: ContinueAt,
    /// Grows with every write to the organization (its newest event-log entry): of two
    /// answers, the UI keeps the one with the higher revision.
    pub revision: u32,
    /// The date "overdue" was decided on (`YYYY-MM-DD`).
    pub today: String,
}

/// Request of `save_selfcheck_answer`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveSelfcheckAnswerReq {
    /// The round (must be open).
    pub round_id: String,
    /// Question number.
    pub question: u32,
    /// The answer.
    pub answer: SelfCheckAnswer,
    /// Note.
    #[serde(default)]
    pub note: Option<String>,
}

/// Request of `save_maturity_answer`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveMaturityAnswerReq {
    /// The round (must be open).
    pub round_id: String,
    /// Statement id.
    pub question_id: String,
    /// The answer.
    pub answer: MaturityAnswer,
    /// Note.
    #[serde(default)]
    pub note: Option<String>,
}

/// Request of `save_step`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveStepReq {
    /// The round (must be open).
    pub round_id: String,
    /// Full step id.
    pub step_id: String,
    /// Where it stands.
    pub status: StepStatus,
    /// Who does it.
    #[serde(default)]
    pub owner: Option<String>,
    /// By when (`YYYY-MM-DD`).
    #[serde(default)]
    pub due_date: Option<String>,
    /// Note.
    #[serde(default)]
    pub note: Option<String>,
    /// What shows it is done.
    #[serde(default)]
    pub evidence_note: Option<String>,
    /// When it was done; default: today when the status becomes `done`.
    #[serde(default)]
    pub done_date: Option<String>,
    /// Why it does not apply (required for `na`).
    #[serde(default)]
    pub na_reason: Option<String>,
}

/// Request of `save_document`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveDocumentReq {
    /// The organization.
    pub org_id: String,
    /// Which document.
    pub kind: DocumentKind,
    /// Field key → text; blank values are dropped.
    pub fields: BTreeMap<String, String>,
}

/// Request of `save_action`: adds a manual action (no `id`) or edits one.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveActionReq {
    /// The organization.
    pub org_id: String,
    /// The action to edit; absent to add a manual one.
    #[serde(default)]
    pub id: Option<String>,
    /// What to do.
    pub title: String,
    /// Who does it.
    #[serde(default)]
    pub owner: Option<String>,
    /// By when (`YYYY-MM-DD`).
    #[serde(default)]
    pub due_date: Option<String>,
    /// Where it stands.
    pub status: ActionStatus,
    /// How much work it is.
    #[serde(default)]
    pub effort: Option<Effort>,
}

/// Request of `delete_action`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeleteActionReq {
    /// The organization.
    pub org_id: String,
    /// The action.
    pub id: String,
}

/// Request of `save_partner`: adds (no `id`) or edits a partner.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SavePartnerReq {
    /// The organization.
    pub org_id: String,
    /// The partner to edit; absent to add one.
    #[serde(default)]
    pub id: Option<String>,
    /// Name.
    pub name: String,
    /// Relation.
    pub relation: PartnerRelation,
    /// What they handle.
    #[serde(default)]
    pub handles: Option<String>,
    /// Their SECURITY ACTION level.
    pub security_action_level: SecurityActionLevel,
    /// Whether the contract has a security clause.
    pub contract_has_security_clause: YesNoUnknown,
    /// When last checked (`YYYY-MM-DD`).
    #[serde(default)]
    pub last_checked: Option<String>,
    /// Note.
    #[serde(default)]
    pub note: Option<String>,
}

/// Request of `delete_partner`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeletePartnerReq {
    /// The organization.
    pub org_id: String,
    /// The partner.
    pub id: String,
}

/// Request of `update_org`: the profile.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UpdateOrgReq {
    /// The organization.
    pub org_id: String,
    /// Name (required).
    pub name: String,
    /// Reading of the name in kana.
    #[serde(default)]
    pub name_reading: Option<String>,
    /// Industry.
    #[serde(default)]
    pub industry: Option<String>,
    /// Head-count band.
    #[serde(default)]
    pub employee_band: Option<EmployeeBand>,
    /// Who to talk to there.
    #[serde(default)]
    pub contact_person: Option<String>,
    /// Free notes.
    #[serde(default)]
    pub notes: Option<String>,
}

/// Request of `start_next_round`: closes the open round and starts the next, carrying step
/// progress forward.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StartNextRoundReq {
    /// The organization.
    pub org_id: String,
}

/// Request of `export_ics`: the due dates of open actions and steps as a calendar file.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportIcsReq {
    /// The organization.
    pub org_id: String,
}

/// Response of `export_ics`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportIcsRes {
    /// A suggested file name.
    pub file_name: String,
    /// The iCalendar text (RFC 5545).
    pub content: String,
    /// Events in it.
    pub events: u32,
}

/// Request of `save_ics` and `save_org_file`: the organization whose file to save.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveFileReq {
    /// The organization.
    pub org_id: String,
}

/// What happened to a file the user was asked to save.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SavedFile {
    /// False when the user cancelled the dialog.
    pub saved: bool,
    /// Where it was saved.
    pub path: Option<String>,
    /// How many entries the file holds (calendar events), when that means something.
    pub entries: Option<u32>,
}

/// Request of `import_org_file`: the user picks the file in the system's dialog.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportOrgFileReq {
    /// Replace an organization with the same id (after the user confirmed).
    #[serde(default)]
    pub replace: bool,
}

/// Response of `import_org_file`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportOrgFileRes {
    /// What was imported; `None` when the user cancelled.
    pub imported: Option<super::orgs::ImportOrgRes>,
}
