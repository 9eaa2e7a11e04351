//! Progress on the guideline's steps (`csm/d1/s1`, …) within a round: status, owner, due date,
//! evidence.

use std::collections::BTreeMap;

use rusqlite::{Connection, Row, params};
use time::Date;
use uuid::Uuid;

use mamori_core::text::TextKind;

use crate::events::{EventAction, EventEntity, log_event};
use crate::orgs::Organization;
use crate::require::{require, require_open};
use crate::rounds::{Round, close_round_tx, rounds_of, start_round_tx};
use crate::values::{
    NAME_MAX, TEXT_MAX, Timestamp, check_date, check_optional, col_code, col_opt_date, sql_date,
};
use crate::{Fail, Problem, Result, Store};

/// Where a step stands: mamori-core's type (what counts as finished or decided lives there),
/// stored as its code.
pub use mamori_core::progress::StepStatus;

/// The editable part of a step's progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepInput {
    /// Where it stands.
    pub status: StepStatus,
    /// Who does it (a name, in the organization's language).
    pub owner: Option<String>,
    /// When it should be done.
    pub due_date: Option<Date>,
    /// A note.
    pub note: Option<String>,
    /// What shows it is done (a document, a screenshot's location, …).
    pub evidence_note: Option<String>,
    /// When it was done.
    pub done_date: Option<Date>,
    /// Why it does not apply.
    pub na_reason: Option<String>,
}

impl StepInput {
    /// A step with only a status.
    pub fn status(status: StepStatus) -> StepInput {
        StepInput {
            status,
            owner: None,
            due_date: None,
            note: None,
            evidence_note: None,
            done_date: None,
            na_reason: None,
        }
    }

    /// Checks every field; the error names the field as in bundles (camelCase).
    pub fn check(&self) -> std::result::Result<(), (&'static str, Problem)> {
        check_optional(self.owner.as_deref(), NAME_MAX, TextKind::SingleLine)
            .map_err(|p| ("owner", p))?;
        check_optional(self.note.as_deref(), TEXT_MAX, TextKind::MultiLine)
            .map_err(|p| ("note", p))?;
        check_optional(self.evidence_note.as_deref(), TEXT_MAX, TextKind::MultiLine)
            .map_err(|p| ("evidenceNote", p))?;
        check_optional(self.na_reason.as_deref(), TEXT_MAX, TextKind::MultiLine)
            .map_err(|p| ("naReason", p))?;
        self.due_date
            .map_or(Ok(()), check_date)
            .map_err(|p| ("dueDate", p))?;
        self.done_date
            .map_or(Ok(()), check_date)
            .map_err(|p| ("doneDate", p))?;
        Ok(())
    }
}

/// A step's saved progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepProgress {
    /// The step, e.g. `csm/d1/s1`.
    pub step_id: String,
    /// Status, owner, dates and notes.
    pub input: StepInput,
    /// When it was last saved.
    pub updated_at: Timestamp,
}

pub(crate) fn insert_step(
    c: &Connection,
    round_id: Uuid,
    p: &StepProgress,
) -> rusqlite::Result<bool> {
    let existed: bool = c
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM step_progress WHERE round_id = ?1 AND step_id = ?2)",
        )?
        .query_row(params![round_id.to_string(), p.step_id], |r| r.get(0))?;
    let i = &p.input;
    c.prepare_cached(
        "INSERT INTO step_progress (round_id, step_id, status, owner, due_date, note,
           evidence_note, done_date, na_reason, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
         ON CONFLICT (round_id, step_id) DO UPDATE SET
           status = excluded.status, owner = excluded.owner, due_date = excluded.due_date,
           note = excluded.note, evidence_note = excluded.evidence_note,
           done_date = excluded.done_date, na_reason = excluded.na_reason,
           updated_at = excluded.updated_at",
    )?
    .execute(params![
        round_id.to_string(),
        p.step_id,
        i.status.as_str(),
        i.owner,
        sql_date(i.due_date),
        i.note,
        i.evidence_note,
        sql_date(i.done_date),
        i.na_reason,
        p.updated_at,
    ])?;
    Ok(existed)
}

fn step_from_row(r: &Row<'_>) -> rusqlite::Result<StepProgress> {
    Ok(StepProgress {
        step_id: r.get(0)?,
        input: StepInput {
            status: col_code(r, 1, StepStatus::parse)?,
            owner: r.get(2)?,
            due_date: col_opt_date(r, 3)?,
            note: r.get(4)?,
            evidence_note: r.get(5)?,
            done_date: col_opt_date(r, 6)?,
            na_reason: r.get(7)?,
        },
        updated_at: r.get(8)?,
    })
}

pub(crate) fn steps_of(c: &Connection, round_id: Uuid) -> rusqlite::Result<Vec<StepProgress>> {
    let mut st = c.prepare_cached(
        "SELECT step_id, status, owner, due_date, note, evidence_note, done_date, na_reason,
           updated_at
         FROM step_progress WHERE round_id = ?1 ORDER BY step_id",
    )?;
    let rows = st.query_map([round_id.to_string()], step_from_row)?;
    rows.collect()
}

impl Store {
    /// Saves (creates or replaces) the progress on a step of an open round. Committed when this
    /// returns.
    pub fn save_step(
        &mut self,
        round_id: Uuid,
        step_id: &str,
        input: &StepInput,
    ) -> Result<StepProgress> {
        let rec = StepProgress {
            step_id: step_id.to_owned(),
            input: input.clone(),
            updated_at: Timestamp::now(),
        };
        self.write(|tx| {
            crate::values::check_required(step_id, 100)
                .map_err(|p| Fail::invalid(("stepId", p)))?;
            input.check().map_err(Fail::invalid)?;
            let round = require_open::<Round>(tx, round_id)?;
            let existed = insert_step(tx, round_id, &rec)?;
            log_event(
                tx,
                rec.updated_at,
                Some(round.org_id),
                EventEntity::Step,
                &format!("{round_id}/{step_id}"),
                if existed {
                    EventAction::Update
                } else {
                    EventAction::Create
                },
                &serde_json::json!({ "status": input.status.as_str() }),
            )?;
            Ok(rec.clone())
        })
    }

    /// The progress saved for the steps of a round, by step id.
    pub fn steps(&self, round_id: Uuid) -> Result<Vec<StepProgress>> {
        self.read(|c| {
            require::<Round>(c, round_id)?;
            Ok(steps_of(c, round_id)?)
        })
    }
}

/// Starting the next round belongs with the step progress it carries forward (rounds know
/// nothing of steps, so `rounds` does not depend on this module).
impl Store {
    /// Starts the next round (e.g. a year later) in one transaction: closes the open round if
    /// there is one, starts a new one and carries the step progress of the latest round
    /// forward, so work done stays done while the self-check and maturity check are answered
    /// afresh and can be compared with the old round. Committed when this returns.
    pub fn start_next_round(
        &mut self,
        org_id: Uuid,
        framework_version: &str,
        content_versions: &BTreeMap<String, String>,
    ) -> Result<Round> {
        let now = Timestamp::now();
        self.write(|tx| {
            require::<Organization>(tx, org_id)?;
            let previous = rounds_of(tx, org_id)?.into_iter().last();
            if let Some(open) = previous.clone().filter(|r| r.closed_at.is_none()) {
                close_round_tx(tx, now, open)?;
            }
            let round = start_round_tx(tx, now, org_id, framework_version, content_versions)?;
            if let Some(prev) = previous {
                for s in steps_of(tx, prev.id)? {
                    insert_step(tx, round.id, &s)?;
                }
            }
            Ok(round)
        })
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use time::macros::date;

    use super::*;
    use crate::{Error, OrgInput};

    #[test]
    fn progress_is_saved_and_replaced() {
        let mut s = Store::open_in_memory().unwrap();
        let org = s
            .create_org(&OrgInput {
                name: "A".into(),
                ..OrgInput::default()
            })
            .unwrap();
        let r = s
            .start_round(org.id, "meti-csm@3.0", &BTreeMap::new())
            .unwrap();
        let input = StepInput {
            owner: Some("総務 佐藤さん".into()),
            due_date: Some(date!(2025 - 06 - 30)),
            ..StepInput::status(StepStatus::Doing)
        };
        s.save_step(r.id, "csm/d1/s1", &input).unwrap();
        let done = StepInput {
            done_date: Some(date!(2025 - 06 - 20)),
            evidence_note: Some("基本方針を社内掲示".into()),
            ..StepInput {
                status: StepStatus::Done,
                ..input
            }
        };
        let saved = s.save_step(r.id, "csm/d1/s1", &done).unwrap();
        assert_eq!(s.steps(r.id).unwrap(), vec![saved]);
        let too_early = StepInput {
            due_date: Some(date!(1999 - 12 - 31)),
            ..StepInput::status(StepStatus::Todo)
        };
        match s.save_step(r.id, "csm/d1/s2", &too_early) {
            Err(Error::Invalid { field, .. }) => assert_eq!(field, "dueDate"),
            other => panic!("{other:?}"),
        }
    }
}
