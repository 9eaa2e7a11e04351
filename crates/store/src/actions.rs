//! Action items: what an organization has decided to do, from a gap in an assessment, a
//! "don't know" answer to follow up, or added by hand.

use rusqlite::{Connection, Row, params};
use time::Date;
use uuid::Uuid;

use mamori_core::text::TextKind;

use crate::events::{EventAction, EventEntity, log_event};
use crate::orgs::Organization;
use crate::require::{Record, require};
use crate::values::{
    NAME_MAX, TITLE_MAX, Timestamp, check_date, check_optional, check_required, col_id,
    col_opt_date, col_opt_id, shorten, sql_date, text_enum,
};
use crate::{Fail, Problem, Result, Store};

text_enum! {
    /// Where an action item came from.
    pub enum ActionSource {
        /// A gap found in an assessment.
        Gap = "gap",
        /// A "don't know" answer to follow up.
        DontKnow = "dont-know",
        /// Added by hand.
        Manual = "manual",
    }
}

text_enum! {
    /// Where an action item stands.
    pub enum ActionStatus {
        /// Not started.
        Open = "open",
        /// In progress.
        Doing = "doing",
        /// Done.
        Done = "done",
    }
}

text_enum! {
    /// Rough size of the work.
    pub enum Effort {
        /// Under an hour.
        Quick = "quick",
        /// About half a day.
        HalfDay = "half-day",
        /// Several days or weeks.
        Project = "project",
    }
}

/// The editable part of an action item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionInput {
    /// The round it came from, if any (a round of the same organization).
    pub round_id: Option<Uuid>,
    /// Where it came from.
    pub source: ActionSource,
    /// What it came from (`selfcheck/7`, `d3-q2`, `csm/d1/s1`); required unless manual, absent
    /// for manual items.
    pub ref_id: Option<String>,
    /// What to do.
    pub title: String,
    /// Who does it.
    pub owner: Option<String>,
    /// By when.
    pub due_date: Option<Date>,
    /// Where it stands.
    pub status: ActionStatus,
    /// Rough size.
    pub effort: Option<Effort>,
}

impl ActionInput {
    /// Checks every field; the error names the field as in bundles (camelCase).
    pub fn check(&self) -> std::result::Result<(), (&'static str, Problem)> {
        check_required(&self.title, TITLE_MAX).map_err(|p| ("title", p))?;
        check_optional(self.owner.as_deref(), NAME_MAX, TextKind::SingleLine)
            .map_err(|p| ("owner", p))?;
        check_optional(self.ref_id.as_deref(), 100, TextKind::SingleLine)
            .map_err(|p| ("refId", p))?;
        match (self.source, &self.ref_id) {
            (ActionSource::Manual, Some(r)) => {
                return Err(("refId", Problem::BadReference { value: shorten(r) }));
            }
            (ActionSource::Gap | ActionSource::DontKnow, None) => {
                return Err(("refId", Problem::Missing));
            }
            _ => {}
        }
        self.due_date
            .map_or(Ok(()), check_date)
            .map_err(|p| ("dueDate", p))?;
        Ok(())
    }
}

/// An action item as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionItem {
    /// Stable id.
    pub id: Uuid,
    /// The organization.
    pub org_id: Uuid,
    /// Source, title, owner, due date, status.
    pub input: ActionInput,
    /// When it was created.
    pub created_at: Timestamp,
    /// When it last changed.
    pub updated_at: Timestamp,
}

impl ActionItem {
    /// Whether it is not done and its due date is before `today`.
    pub fn is_overdue(&self, today: Date) -> bool {
        self.input.status != ActionStatus::Done && self.input.due_date.is_some_and(|d| d < today)
    }
}

const ACTION_COLUMNS: &str = "id, org_id, round_id, source, ref_id, title, owner, due_date, \
     status, effort, created_at, updated_at";

fn action_from_row(r: &Row<'_>) -> rusqlite::Result<ActionItem> {
    Ok(ActionItem {
        id: col_id(r, 0)?,
        org_id: col_id(r, 1)?,
        input: ActionInput {
            round_id: col_opt_id(r, 2)?,
            source: r.get(3)?,
            ref_id: r.get(4)?,
            title: r.get(5)?,
            owner: r.get(6)?,
            due_date: col_opt_date(r, 7)?,
            status: r.get(8)?,
            effort: r.get(9)?,
        },
        created_at: r.get(10)?,
        updated_at: r.get(11)?,
    })
}

pub(crate) fn insert_action(c: &Connection, a: &ActionItem) -> rusqlite::Result<()> {
    let i = &a.input;
    c.prepare_cached(&format!(
        "INSERT INTO action_items ({ACTION_COLUMNS})
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
    ))?
    .execute(params![
        a.id.to_string(),
        a.org_id.to_string(),
        i.round_id.map(|u| u.to_string()),
        i.source,
        i.ref_id,
        i.title,
        i.owner,
        sql_date(i.due_date),
        i.status,
        i.effort,
        a.created_at,
        a.updated_at,
    ])?;
    Ok(())
}

pub(crate) fn actions_of(c: &Connection, org_id: Uuid) -> rusqlite::Result<Vec<ActionItem>> {
    let mut st = c.prepare_cached(&format!(
        "SELECT {ACTION_COLUMNS} FROM action_items WHERE org_id = ?1 ORDER BY created_at, id"
    ))?;
    let rows = st.query_map([org_id.to_string()], action_from_row)?;
    rows.collect()
}

impl Record for ActionItem {
    const ENTITY: &'static str = "action item";

    fn get(c: &Connection, id: Uuid) -> rusqlite::Result<Option<ActionItem>> {
        use rusqlite::OptionalExtension;
        c.prepare_cached(&format!(
            "SELECT {ACTION_COLUMNS} FROM action_items WHERE id = ?1"
        ))?
        .query_row([id.to_string()], action_from_row)
        .optional()
    }
}

/// Checks the input, and that its round belongs to `org_id`.
fn check_input(c: &Connection, org_id: Uuid, input: &ActionInput) -> std::result::Result<(), Fail> {
    input.check().map_err(Fail::invalid)?;
    if let Some(round_id) = input.round_id {
        let owner = crate::rounds::get_round(c, round_id)?.map(|r| r.org_id);
        if owner != Some(org_id) {
            return Err(Fail::invalid((
                "roundId",
                Problem::BadReference {
                    value: round_id.to_string(),
                },
            )));
        }
    }
    Ok(())
}

impl Store {
    /// Adds an action item to an organization. Committed when this returns.
    pub fn add_action(&mut self, org_id: Uuid, input: &ActionInput) -> Result<ActionItem> {
        let now = Timestamp::now();
        let item = ActionItem {
            id: Uuid::new_v4(),
            org_id,
            input: input.clone(),
            created_at: now,
            updated_at: now,
        };
        self.write(|tx| {
            require::<Organization>(tx, org_id)?;
            check_input(tx, org_id, input)?;
            insert_action(tx, &item)?;
            log_event(
                tx,
                now,
                Some(org_id),
                EventEntity::Action,
                &item.id.to_string(),
                EventAction::Create,
                &serde_json::json!({ "status": input.status.as_str() }),
            )?;
            Ok(item.clone())
        })
    }

    /// Replaces the editable part of an action item. Committed when this returns.
    pub fn update_action(&mut self, id: Uuid, input: &ActionInput) -> Result<ActionItem> {
        let now = Timestamp::now();
        self.write(|tx| {
            let old = require::<ActionItem>(tx, id)?;
            check_input(tx, old.org_id, input)?;
            tx.execute("DELETE FROM action_items WHERE id = ?1", [id.to_string()])?;
            let item = ActionItem {
                input: input.clone(),
                updated_at: now,
                ..old
            };
            insert_action(tx, &item)?;
            log_event(
                tx,
                now,
                Some(item.org_id),
                EventEntity::Action,
                &id.to_string(),
                EventAction::Update,
                &serde_json::json!({ "status": input.status.as_str() }),
            )?;
            Ok(item)
        })
    }

    /// Deletes an action item. Committed when this returns.
    pub fn delete_action(&mut self, id: Uuid) -> Result<()> {
        let now = Timestamp::now();
        self.write(|tx| {
            let old = require::<ActionItem>(tx, id)?;
            tx.execute("DELETE FROM action_items WHERE id = ?1", [id.to_string()])?;
            log_event(
                tx,
                now,
                Some(old.org_id),
                EventEntity::Action,
                &id.to_string(),
                EventAction::Delete,
                &serde_json::json!({}),
            )?;
            Ok(())
        })
    }

    /// The action items of an organization, oldest first.
    pub fn actions(&self, org_id: Uuid) -> Result<Vec<ActionItem>> {
        self.read(|c| {
            require::<Organization>(c, org_id)?;
            Ok(actions_of(c, org_id)?)
        })
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use time::macros::date;

    use super::*;
    use crate::Error;
    use crate::OrgInput;

    fn manual(title: &str) -> ActionInput {
        ActionInput {
            round_id: None,
            source: ActionSource::Manual,
            ref_id: None,
            title: title.into(),
            owner: None,
            due_date: None,
            status: ActionStatus::Open,
            effort: None,
        }
    }

    #[test]
    fn actions_are_added_updated_deleted_and_checked() {
        let mut s = Store::open_in_memory().unwrap();
        let org = |s: &mut Store, n: &str| {
            s.create_org(&OrgInput {
                name: n.into(),
                ..OrgInput::default()
            })
            .unwrap()
            .id
        };
        let a = org(&mut s, "A");
        let b = org(&mut s, "B");
        let rb = s.start_round(b, "meti-csm@3.0", &BTreeMap::new()).unwrap();
        let item = s
            .add_action(a, &manual("バックアップ手順を決める"))
            .unwrap();
        let done = ActionInput {
            status: ActionStatus::Done,
            due_date: Some(date!(2025 - 01 - 31)),
            ..manual("バックアップ手順を決める")
        };
        let updated = s.update_action(item.id, &done).unwrap();
        assert_eq!(updated.created_at, item.created_at);
        assert!(!updated.is_overdue(date!(2025 - 02 - 01)));
        assert_eq!(s.actions(a).unwrap(), vec![updated]);

        // A round of another organization, a gap without its reference, a manual item with one.
        for (bad, field) in [
            (
                ActionInput {
                    round_id: Some(rb.id),
                    ..manual("x")
                },
                "roundId",
            ),
            (
                ActionInput {
                    source: ActionSource::Gap,
                    ..manual("x")
                },
                "refId",
            ),
            (
                ActionInput {
                    ref_id: Some("selfcheck/1".into()),
                    ..manual("x")
                },
                "refId",
            ),
            (manual(""), "title"),
        ] {
            match s.add_action(a, &bad) {
                Err(Error::Invalid { field: f, .. }) => assert_eq!(f, field),
                other => panic!("{other:?}"),
            }
        }
        s.delete_action(item.id).unwrap();
        assert!(s.actions(a).unwrap().is_empty());
    }
}
