//! Self-check DTOs.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Request of `score_selfcheck`: one answer per question.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ScoreSelfcheckReq {
    /// Question number (`"1"`…`"25"`) → answer code (`done`, `partly`, `not_done`,
    /// `dont_know`). Every question must be answered; anything else is `invalid-input`.
    pub answers: BTreeMap<String, String>,
}

/// The score of one part of the self-check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SelfcheckPart {
    /// Part number (1–3).
    pub part: u32,
    /// Points earned (may be negative).
    pub score: i32,
    /// Highest possible points.
    pub max: i32,
}

/// A scored self-check, as IPA scores it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SelfcheckScore {
    /// Total points, −25 to 100.
    pub total: i32,
    /// Highest possible total (100).
    pub max: i32,
    /// Lowest possible total (−25).
    pub min: i32,
    /// Band id: `achieved`, `partial`, `weak` or `critical`.
    pub band: String,
    /// Message id of the band's title.
    pub band_title_id: String,
    /// Message id of the band's advice.
    pub band_advice_id: String,
    /// Questions answered "don't know", ascending; each becomes a follow-up.
    pub dont_know: Vec<u32>,
    /// Per part, in order.
    pub parts: Vec<SelfcheckPart>,
}
