//! Reading and writing whole organizations inside a transaction: what export reads and import
//! (and the demo, merge and undo) writes.

use rusqlite::Connection;
use uuid::Uuid;

use crate::actions::{actions_of, insert_action};
use crate::answers::{insert_maturity, insert_selfcheck, maturity_of, selfcheck_of};
use crate::documents::{documents_of, insert_document};
use crate::events::{EventAction, EventEntity, log_event};
use crate::orgs::{Organization, get_org, insert_org};
use crate::partners::{insert_partner, partners_of};
use crate::progress::{insert_step, steps_of};
use crate::require::require;
use crate::rounds::{insert_round, rounds_of};
use crate::values::Timestamp;
use crate::{Error, Fail};

use super::{OrgData, RoundData};

/// Reads an organization with everything recorded for it.
pub(crate) fn read_org_data(c: &Connection, org_id: Uuid) -> std::result::Result<OrgData, Fail> {
    let organization = require::<Organization>(c, org_id)?;
    let rounds = rounds_of(c, org_id)?
        .into_iter()
        .map(|round| {
            Ok(RoundData {
                selfcheck: selfcheck_of(c, round.id)?,
                maturity: maturity_of(c, round.id)?,
                steps: steps_of(c, round.id)?,
                round,
            })
        })
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(OrgData {
        organization,
        rounds,
        actions: actions_of(c, org_id)?,
        partners: partners_of(c, org_id)?,
        documents: documents_of(c, org_id)?,
    })
}

fn exists(c: &Connection, table: &str, id: Uuid) -> rusqlite::Result<bool> {
    c.prepare_cached(&format!(
        "SELECT EXISTS (SELECT 1 FROM {table} WHERE id = ?1)"
    ))?
    .query_row([id.to_string()], |r| r.get(0))
}

/// Writes a whole organization inside the caller's transaction, replacing the one with the same
/// id if `replace` (else `Conflict`). Ids of rounds, actions and partners already used by
/// another organization are a `Conflict` too. Returns whether an organization was replaced.
pub(crate) fn insert_org_data(
    c: &Connection,
    data: &OrgData,
    replace: bool,
    at: Timestamp,
    action: EventAction,
    summary: serde_json::Value,
) -> std::result::Result<bool, Fail> {
    let org = &data.organization;
    let existed = get_org(c, org.id)?.is_some();
    if existed && !replace {
        return Err(Fail::Store(Error::Conflict {
            entity: "organization",
            id: org.id.to_string(),
        }));
    }
    if existed {
        c.execute(
            "DELETE FROM organizations WHERE id = ?1",
            [org.id.to_string()],
        )?;
    }
    let conflict = |entity, id: Uuid| {
        Fail::Store(Error::Conflict {
            entity,
            id: id.to_string(),
        })
    };
    for r in &data.rounds {
        if exists(c, "assessment_rounds", r.round.id)? {
            return Err(conflict("assessment round", r.round.id));
        }
    }
    for a in &data.actions {
        if exists(c, "action_items", a.id)? {
            return Err(conflict("action item", a.id));
        }
    }
    for p in &data.partners {
        if exists(c, "partners", p.id)? {
            return Err(conflict("partner", p.id));
        }
    }
    insert_org(c, org)?;
    for r in &data.rounds {
        insert_round(c, &r.round)?;
        for a in &r.selfcheck {
            insert_selfcheck(c, r.round.id, a)?;
        }
        for a in &r.maturity {
            insert_maturity(c, r.round.id, a)?;
        }
        for s in &r.steps {
            insert_step(c, r.round.id, s)?;
        }
    }
    for a in &data.actions {
        insert_action(c, a)?;
    }
    for p in &data.partners {
        insert_partner(c, p)?;
    }
    for d in &data.documents {
        insert_document(c, org.id, d)?;
    }
    log_event(
        c,
        at,
        Some(org.id),
        EventEntity::Organization,
        &org.id.to_string(),
        action,
        &summary,
    )?;
    Ok(existed)
}
