//! The event log: one row per write, for "last activity" and a history of who changed what.

use rusqlite::{Connection, params};
use uuid::Uuid;

use crate::values::{Timestamp, col_opt_id, text_enum};
use crate::{Result, Store};

text_enum! {
    /// What kind of record an event is about.
    pub enum EventEntity {
        /// An organization's profile (or the whole organization, for imports).
        Organization = "organization",
        /// An assessment round.
        Round = "round",
        /// A self-check answer.
        SelfCheck = "selfcheck",
        /// A maturity answer.
        Maturity = "maturity",
        /// Progress on a step.
        Step = "step",
        /// An action item.
        Action = "action",
        /// A supply-chain partner.
        Partner = "partner",
        /// A document (policy draft, incident card).
        Document = "document",
    }
}

text_enum! {
    /// What happened.
    pub enum EventAction {
        /// Created (or, for answers and progress, first saved).
        Create = "create",
        /// Changed.
        Update = "update",
        /// Deleted.
        Delete = "delete",
        /// Imported from a bundle (or reset, for the demo).
        Import = "import",
        /// Archived.
        Archive = "archive",
        /// Restored from the archive.
        Restore = "restore",
        /// Closed (an assessment round).
        Close = "close",
    }
}

/// One logged write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Sequence number.
    pub id: i64,
    /// When.
    pub at: Timestamp,
    /// The organization it concerns (`None` once the organization is deleted).
    pub org_id: Option<Uuid>,
    /// What kind of record.
    pub entity: EventEntity,
    /// Which record (a UUID, a question number, a step id, …).
    pub entity_id: String,
    /// What happened.
    pub action: EventAction,
    /// A small JSON object with details (never the full record).
    pub summary: String,
}

/// Appends an event, inside the caller's transaction.
pub(crate) fn log_event(
    c: &Connection,
    at: Timestamp,
    org_id: Option<Uuid>,
    entity: EventEntity,
    entity_id: &str,
    action: EventAction,
    summary: &serde_json::Value,
) -> rusqlite::Result<()> {
    c.prepare_cached(
        "INSERT INTO event_log (at, org_id, entity, entity_id, action, summary)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        at,
        org_id.map(|u| u.to_string()),
        entity,
        entity_id,
        action,
        summary.to_string(),
    ])?;
    Ok(())
}

impl Store {
    /// The newest `limit` events, newest first: of one organization, or of all when `org_id`
    /// is `None`.
    pub fn events(&self, org_id: Option<Uuid>, limit: u32) -> Result<Vec<Event>> {
        self.read(|c| {
            let mut st = c.prepare_cached(
                "SELECT id, at, org_id, entity, entity_id, action, summary FROM event_log
                 WHERE ?1 IS NULL OR org_id = ?1 ORDER BY id DESC LIMIT ?2",
            )?;
            let rows = st.query_map(params![org_id.map(|u| u.to_string()), limit], |r| {
                Ok(Event {
                    id: r.get(0)?,
                    at: r.get(1)?,
                    org_id: col_opt_id(r, 2)?,
                    entity: r.get(3)?,
                    entity_id: r.get(4)?,
                    action: r.get(5)?,
                    summary: r.get(6)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }
}
