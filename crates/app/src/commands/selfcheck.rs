//! Self-check commands.

use std::collections::BTreeMap;

use mamori_core::content::SmePack;
use mamori_core::scoring::{
    SelfCheckAnswer, SelfCheckError, SelfCheckScore, score_selfcheck as score,
};

use super::content::packs;
use crate::dto::{ScoreSelfcheckReq, SelfcheckPart, SelfcheckScore};
use crate::{AppCtx, AppError, ErrorCode};

/// Message ids of the errors [`score_selfcheck`] returns (all `invalid-input`), with the
/// arguments each one gets.
pub const SELFCHECK_ERRORS: [(&str, &[&str]); 4] = [
    (MISSING, &["question"]),
    (MISSING_MANY, &["questions"]),
    (UNKNOWN_QUESTION, &["key", "last"]),
    (UNKNOWN_ANSWER, &["question", "value", "allowed"]),
];

const MISSING: &str = "selfcheck-error-missing";
const MISSING_MANY: &str = "selfcheck-error-missing-many";
const UNKNOWN_QUESTION: &str = "selfcheck-error-unknown-question";
const UNKNOWN_ANSWER: &str = "selfcheck-error-unknown-answer";

fn invalid(message_id: &str, detail: String) -> AppError {
    AppError::new(ErrorCode::InvalidInput, detail).with_message(message_id)
}

/// Scores IPA's self-check: every question (`"1"`…`"25"`) needs one answer code (`done`,
/// `partly`, `not_done`, `dont_know`). A key that is not a question number, a code that is not
/// on the scale, or a missing answer is `invalid-input` with a message naming it.
pub fn score_selfcheck(_ctx: &AppCtx, req: ScoreSelfcheckReq) -> Result<SelfcheckScore, AppError> {
    let sme = &packs()?.sme;
    let sc = &sme.selfcheck;
    let last = sc.questions.iter().map(|q| q.number).max().unwrap_or(0);

    let mut numbered: BTreeMap<u32, &str> = BTreeMap::new();
    for (key, value) in &req.answers {
        let Some(q) = sc.questions.iter().find(|q| q.number.to_string() == *key) else {
            return Err(invalid(
                UNKNOWN_QUESTION,
                format!("`{key}` is not a self-check question number (1 to {last})"),
            )
            .arg("key", key.as_str())
            .arg("last", last.to_string()));
        };
        numbered.insert(q.number, value);
    }
    let mut answers = BTreeMap::new();
    for (n, value) in numbered {
        let Some(a) = SelfCheckAnswer::parse(value) else {
            let allowed: Vec<&str> = sc.scale.iter().map(|s| s.code.as_str()).collect();
            return Err(invalid(
                UNKNOWN_ANSWER,
                format!("question {n}: `{value}` is not one of {allowed:?}"),
            )
            .arg("question", n.to_string())
            .arg("value", value)
            .arg("allowed", allowed.join(", ")));
        };
        answers.insert(n, a);
    }
    let s = score(sc, &answers).map_err(|e| {
        let detail = e.to_string();
        match e {
            SelfCheckError::Missing { questions } => match questions.as_slice() {
                [q] => invalid(MISSING, detail).arg("question", q.to_string()),
                _ => {
                    let list: Vec<String> = questions.iter().map(u32::to_string).collect();
                    invalid(MISSING_MANY, detail).arg("questions", list.join(", "))
                }
            },
            SelfCheckError::UnknownQuestion { question } => invalid(UNKNOWN_QUESTION, detail)
                .arg("key", question.to_string())
                .arg("last", last.to_string()),
            SelfCheckError::NoBand { .. } => AppError::new(ErrorCode::Internal, detail),
        }
    })?;
    Ok(score_dto(sme, s))
}

/// The DTO of a core score.
pub(crate) fn score_dto(sme: &SmePack, s: SelfCheckScore) -> SelfcheckScore {
    SelfcheckScore {
        total: s.total,
        max: s.max,
        min: s.min,
        band_title_id: sme.band_title_id(&s.band),
        band_advice_id: sme.band_advice_id(&s.band),
        band: s.band,
        dont_know: s.dont_know,
        parts: s
            .parts
            .iter()
            .map(|p| SelfcheckPart {
                part: p.part,
                score: p.score,
                max: p.max,
            })
            .collect(),
    }
}
