//! Seminar mode: an anonymous quick run, the attendee's result file, and the class view.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::journey::DirectionScore;
use super::selfcheck::SelfcheckScore;

/// Answers of a quick run, held by the UI until the attendee asks to keep them.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QuickAnswers {
    /// Self-check answers by question number (`"1"`…`"25"`).
    pub selfcheck: BTreeMap<String, String>,
    /// Maturity answers by statement id.
    #[serde(default)]
    pub maturity: BTreeMap<String, String>,
    /// The quick run's anonymous id (8–32 lowercase hex digits, random, made by the screen when
    /// a run starts): written into the result file so the class view counts an attendee once,
    /// and part of the suggested file name.
    #[serde(default)]
    pub run: Option<String>,
}

/// Response of `quick_score`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QuickScore {
    /// Self-check questions answered.
    pub answered: u32,
    /// Self-check questions in all.
    pub total: u32,
    /// Points of the answers so far.
    pub running_total: i32,
    /// The score, once all are answered.
    pub score: Option<SelfcheckScore>,
    /// Maturity per direction.
    pub directions: Vec<DirectionScore>,
}

/// Request of `save_quick_run`: keep a quick run as an organization after all.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveQuickRunReq {
    /// The organization's name.
    pub name: String,
    /// The answers.
    pub answers: QuickAnswers,
}

/// An attendee file that was not counted, and why.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SkippedFile {
    /// The file's name.
    pub file: String,
    /// Message explaining why.
    pub message_id: String,
    /// Its arguments.
    pub args: BTreeMap<String, String>,
}

/// Attendees in one band.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BandCount {
    /// Band id.
    pub band: String,
    /// Message: the band's title.
    pub title_id: String,
    /// Attendees.
    pub count: u32,
}

/// Attendees in a range of totals.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HistogramBin {
    /// Lowest total.
    pub from: i32,
    /// Highest total.
    pub to: i32,
    /// Attendees.
    pub count: u32,
}

/// How the class answered a question.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QuestionClassView {
    /// Question number.
    pub number: u32,
    /// Message: the question.
    pub text_id: String,
    /// Mean points (−1 to 4), rounded by the one rule for class figures
    /// (`mamori_core::seminar::Figure::text`), as the PDF shows it.
    pub mean_points: String,
    /// Attendees per answer code.
    pub answers: BTreeMap<String, u32>,
}

/// A direction's maturity over the class.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DirectionClassView {
    /// Direction id.
    pub direction: String,
    /// Message: its title.
    pub title_id: String,
    /// Attendees who answered it.
    pub attendees: u32,
    /// Mean percent, a whole number rounded by the one rule for class figures.
    pub mean_percent: String,
}

/// A place in a "weakest" list; equal figures share the rank.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RankedItem {
    /// Question number (as text) or direction id.
    pub id: String,
    /// 1-based rank.
    pub rank: u32,
    /// Whether another entry has the same figure.
    pub tied: bool,
}

/// The class view.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ClassView {
    /// False when the user cancelled the dialog.
    pub chosen: bool,
    /// Files counted.
    pub attendees: u32,
    /// Files not counted.
    pub skipped: Vec<SkippedFile>,
    /// Every total, ascending.
    pub totals: Vec<i32>,
    /// Attendees per band.
    pub bands: Vec<BandCount>,
    /// Attendees per 10 points.
    pub histogram: Vec<HistogramBin>,
    /// Mean total (one decimal, the one rounding rule).
    pub mean: String,
    /// Median total (one decimal, the one rounding rule).
    pub median: String,
    /// Every question.
    pub questions: Vec<QuestionClassView>,
    /// The weakest questions, weakest first (five, more when the fifth is tied).
    pub weakest_questions: Vec<RankedItem>,
    /// Every direction.
    pub directions: Vec<DirectionClassView>,
    /// The weakest directions, weakest first (three, more when the third is tied).
    pub weakest_directions: Vec<RankedItem>,
}

/// What blank worksheets are made with (the CLI's `report --kind worksheet` without `--org`).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BlankWorksheetReq {
    /// The worksheets' language.
    pub lang: mamori_core::Locale,
    /// The PDF's date (`YYYY-MM-DD`); default: today in UTC. A fixed date gives the same bytes.
    #[serde(default)]
    pub date: Option<String>,
    /// The trainer's branding.
    #[serde(default)]
    pub branding: Option<super::report::ReportBranding>,
}

/// Request of `save_blank_worksheet`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveBlankWorksheetReq {
    /// The worksheets' language.
    pub lang: mamori_core::Locale,
}

/// Request of `save_class_report`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveClassReportReq {
    /// The report's language.
    pub lang: mamori_core::Locale,
}
