//! Organization DTOs: the portfolio list, creating organizations and the demo, export and
//! import of organization files.

pub use mamori_core::progress::Stage;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Head-count band (as in Japanese SME statistics): the store's closed set, typed on both sides.
pub use mamori_store::EmployeeBand;

/// Request of `list_orgs`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ListOrgsReq {
    /// Also list archived organizations.
    #[serde(default)]
    pub include_archived: bool,
    /// The user's local date (`YYYY-MM-DD`), which decides what is overdue; default: today, the
    /// user's local date.
    #[serde(default)]
    pub today: Option<String>,
}

/// The latest assessment round of an organization, in brief.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoundBrief {
    /// Its id.
    pub id: String,
    /// The guidance edition, e.g. `meti-csm@3.0`.
    pub framework_version: String,
    /// When it started (UTC, `YYYY-MM-DDTHH:MM:SS.sssZ`).
    pub started_at: String,
    /// When it was closed, if it was.
    pub closed_at: Option<String>,
}

/// One organization in the portfolio.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OrgSummary {
    /// Its id (a UUID).
    pub id: String,
    /// Its name.
    pub name: String,
    /// Reading of the name in kana.
    pub name_reading: Option<String>,
    /// Whether it is archived.
    pub archived: bool,
    /// Its latest round, if any.
    pub latest_round: Option<RoundBrief>,
    /// Self-check questions answered in the latest round.
    pub selfcheck_answered: u32,
    /// Self-check score of the latest round (IPA's scale: 4, 2, 0, −1 per answer).
    pub selfcheck_score: i32,
    /// Self-check questions answered "don't know" in the latest round.
    pub selfcheck_dont_know: u32,
    /// Action items not done and past their due date.
    pub overdue_actions: u32,
    /// Action items not done.
    pub open_actions: u32,
    /// When something was last recorded for it (UTC), if ever.
    pub last_activity: Option<String>,
    /// The self-check band (`achieved`, `partial`, `weak`, `critical`) once all 25 questions
    /// are answered.
    pub selfcheck_band: Option<String>,
    /// The current stage of the path (mamori-core's rule, the same as the journey's).
    pub stage: Stage,
    /// SECURITY ACTION level ready: 0, 1 or 2.
    pub stars: u32,
}

/// Response of `list_orgs`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ListOrgsRes {
    /// Every organization, by name reading then name.
    pub orgs: Vec<OrgSummary>,
}

/// Request of `create_org`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CreateOrgReq {
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

/// An organization's profile.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Org {
    /// Its id (a UUID).
    pub id: String,
    /// Name.
    pub name: String,
    /// Reading of the name in kana.
    pub name_reading: Option<String>,
    /// Industry.
    pub industry: Option<String>,
    /// Head-count band.
    pub employee_band: Option<EmployeeBand>,
    /// Who to talk to there.
    pub contact_person: Option<String>,
    /// Free notes.
    pub notes: Option<String>,
    /// When it was archived, if it was.
    pub archived_at: Option<String>,
    /// When it was created.
    pub created_at: String,
    /// When its profile last changed.
    pub updated_at: String,
}

/// Request of `create_demo`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CreateDemoReq {
    /// The user's local date (`YYYY-MM-DD`) the demo's dates count from; default: today, the
    /// user's local date.
    #[serde(default)]
    pub today: Option<String>,
}

/// Response of `create_demo`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CreateDemoRes {
    /// The demo company's id (always the same; a second call resets it).
    pub id: String,
    /// Its name.
    pub name: String,
}

/// Request of `export_org`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportOrgReq {
    /// The organization to export.
    pub org_id: String,
}

/// Response of `export_org`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportOrgRes {
    /// The organization file (JSON); the caller writes it where the user chooses.
    pub bundle: String,
    /// A suggested file name, e.g. `mamori-株式会社ミナト精工-20250601.json`.
    pub file_name: String,
}

/// Request of `import_org`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportOrgReq {
    /// The organization file's contents (JSON).
    pub bundle: String,
    /// Replace an organization with the same id (else that is a `conflict` error).
    #[serde(default)]
    pub replace: bool,
}

/// Response of `import_org`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportOrgRes {
    /// The imported organization's id (as in the file).
    pub id: String,
    /// Its name.
    pub name: String,
    /// Whether an organization with this id was replaced.
    pub replaced: bool,
}
