//! Content DTOs: what the embedded guidance holds and whether it is sound.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Request of `content_summary`: nothing.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContentSummaryReq {}

/// Headline counts of the embedded content and every problem found in it or its messages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContentSummary {
    /// True when `problems` is empty.
    pub ok: bool,
    /// METI Ver 3.0 principles.
    pub principles: u32,
    /// METI Ver 3.0 directions.
    pub directions: u32,
    /// Steps over all directions.
    pub steps: u32,
    /// Self-check questions.
    pub selfcheck_questions: u32,
    /// Maturity statements.
    pub maturity_questions: u32,
    /// Languages that have content messages.
    pub locales: u32,
    /// Every problem (English, for developers): content rules (including a `checked` date after
    /// today), missing or orphaned messages, Fluent syntax and locale parity.
    pub problems: Vec<String>,
    /// Facts whose `checked` date is more than 12 months before today: to re-check against
    /// their sources. A warning only: it does not make `ok` false.
    pub to_recheck: Vec<RecheckFact>,
}

/// A fact due for a new check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RecheckFact {
    /// The fact's id: its message prefix (`src-ipa-security-action`, `inc-ipa-company-desk`)
    /// or the pack prefix (`inc`) for a date on a whole pack.
    pub id: String,
    /// The content file stem (`sources`, `incident`, …).
    pub file: String,
    /// When it was last checked (`YYYY-MM-DD`).
    pub checked: String,
}
