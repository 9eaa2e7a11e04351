//! PDF report DTOs: which report, in which language, with whose branding; the PDF comes back
//! as base64 with a suggested file name (the shell writes it after a save dialog).

use mamori_core::Locale;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Which report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum ReportKind {
    /// Executive summary (1–2 pages).
    Summary,
    /// Everything recorded for the organization.
    Full,
    /// The basic security policy, ready to sign.
    Policy,
    /// The incident first-hour card.
    Incident,
    /// Blank worksheets for seminars.
    Worksheet,
}

/// A contractor's branding on a report.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportBranding {
    /// The contractor's name, in the header of every page and on the summary.
    #[serde(default)]
    pub contractor_name: Option<String>,
    /// A contact line under the name.
    #[serde(default)]
    pub contact_line: Option<String>,
    /// A PNG or JPEG logo, base64.
    #[serde(default)]
    pub logo_base64: Option<String>,
}

/// Request of `export_report`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportReportReq {
    /// The organization's id.
    pub org_id: String,
    /// Which report.
    pub kind: ReportKind,
    /// The report's language (independent of the UI's).
    pub lang: Locale,
    /// The report date (`YYYY-MM-DD`); default: today, the user's local date. A fixed date gives
    /// the same bytes.
    #[serde(default)]
    pub date: Option<String>,
    /// Contractor branding.
    #[serde(default)]
    pub branding: Option<ReportBranding>,
}

/// Response of `export_report`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportReportRes {
    /// A suggested file name, e.g. `mamori-summary-株式会社ミナト精工-20261125-ja.pdf`.
    pub file_name: String,
    /// The PDF, base64 (standard alphabet, padded).
    pub bytes_base64: String,
    /// The number of pages.
    pub pages: u32,
}

/// Request of `save_report`: the report of one organization, saved where the user chooses
/// (with the branding from Settings and today's date).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveReportReq {
    /// The organization.
    pub org_id: String,
    /// Which report.
    pub kind: ReportKind,
    /// The report's language (independent of the UI's).
    pub lang: Locale,
}

/// Request of `save_reports_all`: one report per organization (not archived), into a folder
/// the user chooses. Progress is reported as it goes.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveReportsAllReq {
    /// Which report.
    pub kind: ReportKind,
    /// The reports' language.
    pub lang: Locale,
}

/// Response of `save_reports_all`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SavedReports {
    /// False when the user cancelled the dialog.
    pub chosen: bool,
    /// The folder.
    pub folder: Option<String>,
    /// Files written.
    pub written: u32,
}

/// A step of a long task, sent to the UI as the event `progress`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    /// Steps done.
    pub done: u32,
    /// Steps in all.
    pub total: u32,
    /// What is being done (an organization's name).
    pub item: String,
}
