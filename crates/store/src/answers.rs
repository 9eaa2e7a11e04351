//! Answers recorded in a round: IPA's 25-question self-check and Mamori's maturity check.
//!
//! The store checks the shape of what it saves (enumerations, text lengths, an open round);
//! whether a question number or id exists in the content is checked by the caller with
//! [`crate::ContentIds`] (bundles are checked on import).

use rusqlite::{Connection, Row, params};
use uuid::Uuid;

use mamori_core::text::TextKind;

use crate::events::{EventAction, EventEntity, log_event};
use crate::require::{require, require_open};
use crate::rounds::Round;
use crate::values::{TEXT_MAX, Timestamp, check_optional, col_code, text_enum};
use crate::{Fail, Problem, Result, Store};

/// An answer to a self-check question: mamori-core's type (IPA's four-point scale and its
/// points live there), stored as its code.
pub use mamori_core::scoring::SelfCheckAnswer;

text_enum! {
    /// An answer to a maturity question.
    pub enum MaturityAnswer {
        /// Nothing done yet.
        NotStarted = "not-started",
        /// Some of it is done.
        Partly = "partly",
        /// Done and working.
        InPlace = "in-place",
        /// Done and reviewed regularly.
        Reviewed = "reviewed",
        /// Not known.
        DontKnow = "dont-know",
    }
}

/// A saved self-check answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelfCheckRecord {
    /// Question number (1..=25 in IPA's 3.1 edition).
    pub question: u32,
    /// The answer.
    pub answer: SelfCheckAnswer,
    /// A note (why, what is missing).
    pub note: Option<String>,
    /// When it was last saved.
    pub updated_at: Timestamp,
}

/// A saved maturity answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MaturityRecord {
    /// Question id, e.g. `d1-q1`.
    pub question_id: String,
    /// The answer.
    pub answer: MaturityAnswer,
    /// A note.
    pub note: Option<String>,
    /// When it was last saved.
    pub updated_at: Timestamp,
}

pub(crate) fn insert_selfcheck(
    c: &Connection,
    round_id: Uuid,
    a: &SelfCheckRecord,
) -> rusqlite::Result<bool> {
    let existed: bool = c
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM selfcheck_answers WHERE round_id = ?1 AND question = ?2)",
        )?
        .query_row(params![round_id.to_string(), a.question], |r| r.get(0))?;
    c.prepare_cached(
        "INSERT INTO selfcheck_answers (round_id, question, answer, note, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (round_id, question) DO UPDATE SET
           answer = excluded.answer, note = excluded.note, updated_at = excluded.updated_at",
    )?
    .execute(params![
        round_id.to_string(),
        a.question,
        a.answer.as_str(),
        a.note,
        a.updated_at
    ])?;
    Ok(existed)
}

pub(crate) fn insert_maturity(
    c: &Connection,
    round_id: Uuid,
    a: &MaturityRecord,
) -> rusqlite::Result<bool> {
    let existed: bool = c
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM maturity_answers WHERE round_id = ?1 AND question_id = ?2)",
        )?
        .query_row(params![round_id.to_string(), a.question_id], |r| r.get(0))?;
    c.prepare_cached(
        "INSERT INTO maturity_answers (round_id, question_id, answer, note, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (round_id, question_id) DO UPDATE SET
           answer = excluded.answer, note = excluded.note, updated_at = excluded.updated_at",
    )?
    .execute(params![
        round_id.to_string(),
        a.question_id,
        a.answer,
        a.note,
        a.updated_at
    ])?;
    Ok(existed)
}

fn selfcheck_from_row(r: &Row<'_>) -> rusqlite::Result<SelfCheckRecord> {
    Ok(SelfCheckRecord {
        question: r.get(0)?,
        answer: col_code(r, 1, SelfCheckAnswer::parse)?,
        note: r.get(2)?,
        updated_at: r.get(3)?,
    })
}

fn maturity_from_row(r: &Row<'_>) -> rusqlite::Result<MaturityRecord> {
    Ok(MaturityRecord {
        question_id: r.get(0)?,
        answer: r.get(1)?,
        note: r.get(2)?,
        updated_at: r.get(3)?,
    })
}

pub(crate) fn selfcheck_of(
    c: &Connection,
    round_id: Uuid,
) -> rusqlite::Result<Vec<SelfCheckRecord>> {
    let mut st = c.prepare_cached(
        "SELECT question, answer, note, updated_at FROM selfcheck_answers
         WHERE round_id = ?1 ORDER BY question",
    )?;
    let rows = st.query_map([round_id.to_string()], selfcheck_from_row)?;
    rows.collect()
}

pub(crate) fn maturity_of(c: &Connection, round_id: Uuid) -> rusqlite::Result<Vec<MaturityRecord>> {
    let mut st = c.prepare_cached(
        "SELECT question_id, answer, note, updated_at FROM maturity_answers
         WHERE round_id = ?1 ORDER BY question_id",
    )?;
    let rows = st.query_map([round_id.to_string()], maturity_from_row)?;
    rows.collect()
}

impl Store {
    /// Saves (creates or replaces) the answer to a self-check question of an open round.
    /// Committed when this returns.
    pub fn save_selfcheck(
        &mut self,
        round_id: Uuid,
        question: u32,
        answer: SelfCheckAnswer,
        note: Option<&str>,
    ) -> Result<SelfCheckRecord> {
        let rec = SelfCheckRecord {
            question,
            answer,
            note: note.map(str::to_owned),
            updated_at: Timestamp::now(),
        };
        self.write(|tx| {
            if question == 0 {
                return Err(Fail::invalid((
                    "question",
                    Problem::UnknownContentId { value: "0".into() },
                )));
            }
            check_optional(note, TEXT_MAX, TextKind::MultiLine)
                .map_err(|p| Fail::invalid(("note", p)))?;
            let round = require_open::<Round>(tx, round_id)?;
            let existed = insert_selfcheck(tx, round_id, &rec)?;
            log_event(
                tx,
                rec.updated_at,
                Some(round.org_id),
                EventEntity::SelfCheck,
                &format!("{round_id}/{question}"),
                if existed {
                    EventAction::Update
                } else {
                    EventAction::Create
                },
                &serde_json::json!({ "answer": answer.as_str() }),
            )?;
            Ok(rec.clone())
        })
    }

    /// Saves (creates or replaces) the answer to a maturity question of an open round.
    /// Committed when this returns.
    pub fn save_maturity(
        &mut self,
        round_id: Uuid,
        question_id: &str,
        answer: MaturityAnswer,
        note: Option<&str>,
    ) -> Result<MaturityRecord> {
        let rec = MaturityRecord {
            question_id: question_id.to_owned(),
            answer,
            note: note.map(str::to_owned),
            updated_at: Timestamp::now(),
        };
        self.write(|tx| {
            crate::values::check_required(question_id, 100)
                .map_err(|p| Fail::invalid(("questionId", p)))?;
            check_optional(note, TEXT_MAX, TextKind::MultiLine)
                .map_err(|p| Fail::invalid(("note", p)))?;
            let round = require_open::<Round>(tx, round_id)?;
            let existed = insert_maturity(tx, round_id, &rec)?;
            log_event(
                tx,
                rec.updated_at,
                Some(round.org_id),
                EventEntity::Maturity,
                &format!("{round_id}/{question_id}"),
                if existed {
                    EventAction::Update
                } else {
                    EventAction::Create
                },
                &serde_json::json!({ "answer": answer.as_str() }),
            )?;
            Ok(rec.clone())
        })
    }

    /// The self-check answers of a round, by question number.
    pub fn selfcheck_answers(&self, round_id: Uuid) -> Result<Vec<SelfCheckRecord>> {
        self.read(|c| {
            require::<Round>(c, round_id)?;
            Ok(selfcheck_of(c, round_id)?)
        })
    }

    /// The maturity answers of a round, by question id.
    pub fn maturity_answers(&self, round_id: Uuid) -> Result<Vec<MaturityRecord>> {
        self.read(|c| {
            require::<Round>(c, round_id)?;
            Ok(maturity_of(c, round_id)?)
        })
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::{Error, OrgInput};

    fn round(s: &mut Store) -> (Uuid, Uuid) {
        let org = s
            .create_org(&OrgInput {
                name: "A".into(),
                ..OrgInput::default()
            })
            .unwrap();
        let r = s
            .start_round(org.id, "meti-csm@3.0", &BTreeMap::new())
            .unwrap();
        (org.id, r.id)
    }

    #[test]
    fn answers_are_saved_replaced_and_logged() {
        let mut s = Store::open_in_memory().unwrap();
        let (org, r) = round(&mut s);
        s.save_selfcheck(r, 3, SelfCheckAnswer::Partly, None)
            .unwrap();
        let a = s
            .save_selfcheck(r, 3, SelfCheckAnswer::Done, Some("パスワード管理表あり"))
            .unwrap();
        s.save_selfcheck(r, 1, SelfCheckAnswer::DontKnow, None)
            .unwrap();
        let all = s.selfcheck_answers(r).unwrap();
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].question, 1);
        assert_eq!(all[1], a);

        s.save_maturity(r, "d1-q1", MaturityAnswer::InPlace, None)
            .unwrap();
        let m = s.maturity_answers(r).unwrap();
        assert_eq!(m[0].answer, MaturityAnswer::InPlace);

        let ev = s.events(Some(org), 10).unwrap();
        let actions: Vec<(EventEntity, EventAction)> =
            ev.iter().map(|e| (e.entity, e.action)).collect();
        assert_eq!(
            &actions[..4],
            &[
                (EventEntity::Maturity, EventAction::Create),
                (EventEntity::SelfCheck, EventAction::Create),
                (EventEntity::SelfCheck, EventAction::Update),
                (EventEntity::SelfCheck, EventAction::Create),
            ]
        );
    }

    #[test]
    fn closed_rounds_and_bad_input_are_refused() {
        let mut s = Store::open_in_memory().unwrap();
        let (_, r) = round(&mut s);
        assert!(matches!(
            s.save_selfcheck(r, 0, SelfCheckAnswer::Done, None),
            Err(Error::Invalid { .. })
        ));
        let long = "x".repeat(TEXT_MAX + 1);
        assert!(matches!(
            s.save_maturity(r, "d1-q1", MaturityAnswer::Partly, Some(&long)),
            Err(Error::Invalid { .. })
        ));
        s.close_round(r).unwrap();
        assert!(matches!(
            s.save_selfcheck(r, 1, SelfCheckAnswer::Done, None),
            Err(Error::RoundClosed { .. })
        ));
        assert!(matches!(
            s.save_selfcheck(Uuid::new_v4(), 1, SelfCheckAnswer::Done, None),
            Err(Error::NotFound { .. })
        ));
        assert!(s.selfcheck_answers(r).unwrap().is_empty());
    }

    #[test]
    fn points_follow_ipa_scale() {
        let total: i32 = SelfCheckAnswer::ALL.iter().map(|a| a.points()).sum();
        assert_eq!(total, 4 + 2 - 1);
        assert_eq!(
            SelfCheckAnswer::parse("not_done"),
            Some(SelfCheckAnswer::NotDone)
        );
        assert_eq!(MaturityAnswer::parse("dont_know"), None);
    }
}
