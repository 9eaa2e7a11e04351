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
    /// Every problem (English, for developers): content rules, missing or orphaned messages,
    /// Fluent syntax and locale parity.
    pub problems: Vec<String>,
}
