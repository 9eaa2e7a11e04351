//! Assessment rounds: one assessment of one organization against one edition of the guidance.
//! An organization has at most one open round; a closed round is history and no longer changes.

use std::collections::BTreeMap;

use rusqlite::{Connection, OptionalExtension, Row, params};
use uuid::Uuid;

use crate::events::{EventAction, EventEntity, log_event};
use crate::orgs::Organization;
use crate::require::{Closable, Record, require, require_open};
use crate::values::{Timestamp, col_id};
use crate::{Error, Fail, Problem, Result, Store};

/// Longest framework version or content pack name/version, in characters.
const VERSION_MAX: usize = 100;
/// Most content packs one round may name.
const CONTENT_VERSIONS_MAX: usize = 50;

/// An assessment round as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    /// Stable id.
    pub id: Uuid,
    /// The organization assessed.
    pub org_id: Uuid,
    /// The guidance edition, `<framework>@<version>`, e.g. `meti-csm@3.0`.
    pub framework_version: String,
    /// The version of every content pack the round was answered with, by pack.
    pub content_versions: BTreeMap<String, String>,
    /// When it started.
    pub started_at: Timestamp,
    /// When it was closed, if it was.
    pub closed_at: Option<Timestamp>,
}

/// Checks a framework version (`name@version`).
pub(crate) fn check_framework_version(s: &str) -> std::result::Result<(), Problem> {
    let ok = s.chars().count() <= VERSION_MAX
        && s.split_once('@')
            .is_some_and(|(a, b)| !a.trim().is_empty() && !b.trim().is_empty());
    if ok {
        Ok(())
    } else {
        Err(Problem::UnknownValue {
            value: crate::values::shorten(s),
        })
    }
}

/// Checks content versions: at most 50 packs, names and versions 1..=100 characters.
pub(crate) fn check_content_versions(
    m: &BTreeMap<String, String>,
) -> std::result::Result<(), (String, Problem)> {
    if m.len() > CONTENT_VERSIONS_MAX {
        return Err((
            String::new(),
            Problem::TooLong {
                max_chars: CONTENT_VERSIONS_MAX,
            },
        ));
    }
    for (k, v) in m {
        crate::values::check_required(k, VERSION_MAX).map_err(|p| (String::new(), p))?;
        crate::values::check_required(v, VERSION_MAX).map_err(|p| (format!(".{k}"), p))?;
    }
    Ok(())
}

pub(crate) const ROUND_COLUMNS: &str =
    "id, org_id, framework_version, content_versions, started_at, closed_at";

pub(crate) fn round_from_row(r: &Row<'_>) -> rusqlite::Result<Round> {
    let versions: String = r.get(3)?;
    Ok(Round {
        id: col_id(r, 0)?,
        org_id: col_id(r, 1)?,
        framework_version: r.get(2)?,
        content_versions: serde_json::from_str(&versions).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(3, rusqlite::types::Type::Text, Box::new(e))
        })?,
        started_at: r.get(4)?,
        closed_at: r.get(5)?,
    })
}

pub(crate) fn insert_round(c: &Connection, r: &Round) -> rusqlite::Result<()> {
    let versions = serde_json::to_string(&r.content_versions)
        .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
    c.prepare_cached(&format!(
        "INSERT INTO assessment_rounds ({ROUND_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
    ))?
    .execute(params![
        r.id.to_string(),
        r.org_id.to_string(),
        r.framework_version,
        versions,
        r.started_at,
        r.closed_at,
    ])?;
    Ok(())
}

pub(crate) fn get_round(c: &Connection, id: Uuid) -> rusqlite::Result<Option<Round>> {
    c.prepare_cached(&format!(
        "SELECT {ROUND_COLUMNS} FROM assessment_rounds WHERE id = ?1"
    ))?
    .query_row([id.to_string()], round_from_row)
    .optional()
}

pub(crate) fn rounds_of(c: &Connection, org_id: Uuid) -> rusqlite::Result<Vec<Round>> {
    let mut st = c.prepare_cached(&format!(
        "SELECT {ROUND_COLUMNS} FROM assessment_rounds WHERE org_id = ?1 ORDER BY started_at, id"
    ))?;
    let rows = st.query_map([org_id.to_string()], round_from_row)?;
    rows.collect()
}

impl Record for Round {
    const ENTITY: &'static str = "assessment round";

    fn get(c: &Connection, id: Uuid) -> rusqlite::Result<Option<Round>> {
        get_round(c, id)
    }
}

impl Closable for Round {
    fn is_closed(&self) -> bool {
        self.closed_at.is_some()
    }
}

/// Starts a round inside the caller's transaction (see [`Store::start_round`]).
pub(crate) fn start_round_tx(
    tx: &Connection,
    now: Timestamp,
    org_id: Uuid,
    framework_version: &str,
    content_versions: &BTreeMap<String, String>,
) -> std::result::Result<Round, Fail> {
    check_framework_version(framework_version).map_err(|problem| Error::Invalid {
        field: "frameworkVersion".into(),
        problem,
    })?;
    check_content_versions(content_versions).map_err(|(f, problem)| Error::Invalid {
        field: format!("contentVersions{f}"),
        problem,
    })?;
    require::<Organization>(tx, org_id)?;
    let open: Option<String> = tx
        .query_row(
            "SELECT id FROM assessment_rounds WHERE org_id = ?1 AND closed_at IS NULL",
            [org_id.to_string()],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(open) = open {
        return Err(Fail::Store(Error::Conflict {
            entity: "open assessment round",
            id: open,
        }));
    }
    // Rounds of an organization start strictly one after the other, so "the latest
    // round" is never decided by a tie (two rounds within one millisecond, a clock set
    // back).
    let last: Option<Timestamp> = tx.query_row(
        "SELECT max(started_at) FROM assessment_rounds WHERE org_id = ?1",
        [org_id.to_string()],
        |r| r.get(0),
    )?;
    let started_at = match last {
        Some(last) if last >= now => last.plus_millis(1),
        _ => now,
    };
    let round = Round {
        id: Uuid::new_v4(),
        org_id,
        framework_version: framework_version.to_owned(),
        content_versions: content_versions.clone(),
        started_at,
        closed_at: None,
    };
    insert_round(tx, &round)?;
    log_event(
        tx,
        now,
        Some(org_id),
        EventEntity::Round,
        &round.id.to_string(),
        EventAction::Create,
        &serde_json::json!({ "frameworkVersion": framework_version }),
    )?;
    Ok(round)
}

/// Closes an open round inside the caller's transaction (see [`Store::close_round`]). A round
/// started "in the future" (clock changes) closes when it started.
pub(crate) fn close_round_tx(
    tx: &Connection,
    now: Timestamp,
    r: Round,
) -> std::result::Result<Round, Fail> {
    let closed = now.max(r.started_at);
    tx.execute(
        "UPDATE assessment_rounds SET closed_at = ?2 WHERE id = ?1",
        params![r.id.to_string(), closed],
    )?;
    log_event(
        tx,
        now,
        Some(r.org_id),
        EventEntity::Round,
        &r.id.to_string(),
        EventAction::Close,
        &serde_json::json!({}),
    )?;
    Ok(Round {
        closed_at: Some(closed),
        ..r
    })
}

impl Store {
    /// Starts a new round for an organization. Fails with `Conflict` if it already has an open
    /// round (close that first). Committed when this returns.
    pub fn start_round(
        &mut self,
        org_id: Uuid,
        framework_version: &str,
        content_versions: &BTreeMap<String, String>,
    ) -> Result<Round> {
        let now = Timestamp::now();
        self.write(|tx| start_round_tx(tx, now, org_id, framework_version, content_versions))
    }

    /// Closes a round: its answers and progress become history. Committed when this returns.
    pub fn close_round(&mut self, id: Uuid) -> Result<Round> {
        let now = Timestamp::now();
        self.write(|tx| {
            let r = require_open::<Round>(tx, id)?;
            close_round_tx(tx, now, r)
        })
    }

    /// One round, or `NotFound`.
    pub fn round(&self, id: Uuid) -> Result<Round> {
        self.read(|c| require::<Round>(c, id))
    }

    /// Every round of an organization, oldest first.
    pub fn rounds(&self, org_id: Uuid) -> Result<Vec<Round>> {
        self.read(|c| {
            require::<Organization>(c, org_id)?;
            Ok(rounds_of(c, org_id)?)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{OrgInput, SelfCheckAnswer, StepInput, StepStatus};

    #[test]
    fn the_next_round_closes_the_open_one_and_carries_step_progress_forward() {
        let mut s = Store::open_in_memory().unwrap();
        let org = s
            .create_org(&OrgInput {
                name: "A".into(),
                ..OrgInput::default()
            })
            .unwrap();
        let versions = BTreeMap::new();
        // With no round yet, it simply starts the first one.
        let r1 = s
            .start_next_round(org.id, "meti-csm@3.0", &versions)
            .unwrap();
        s.save_step(r1.id, "csm/d1/s1", &StepInput::status(StepStatus::Done))
            .unwrap();
        s.save_selfcheck(r1.id, 1, SelfCheckAnswer::Done, None)
            .unwrap();
        let r2 = s
            .start_next_round(org.id, "meti-csm@3.0", &versions)
            .unwrap();
        assert!(s.round(r1.id).unwrap().closed_at.is_some());
        assert!(r2.closed_at.is_none() && r2.started_at > r1.started_at);
        let steps = s.steps(r2.id).unwrap();
        assert_eq!(steps.len(), 1);
        assert_eq!(steps[0].input.status, StepStatus::Done);
        assert!(s.selfcheck_answers(r2.id).unwrap().is_empty());
        assert_eq!(s.selfcheck_answers(r1.id).unwrap().len(), 1);
    }

    #[test]
    fn one_open_round_at_a_time_and_closed_rounds_stay_closed() {
        let mut s = Store::open_in_memory().unwrap();
        let org = s
            .create_org(&OrgInput {
                name: "A".into(),
                ..OrgInput::default()
            })
            .unwrap();
        let versions = BTreeMap::from([("ipa-sme".to_owned(), "3.1".to_owned())]);
        let r1 = s.start_round(org.id, "meti-csm@3.0", &versions).unwrap();
        assert!(matches!(
            s.start_round(org.id, "meti-csm@3.0", &versions),
            Err(Error::Conflict { .. })
        ));
        let closed = s.close_round(r1.id).unwrap();
        assert!(closed.closed_at.is_some());
        assert!(matches!(
            s.close_round(r1.id),
            Err(Error::RoundClosed { .. })
        ));
        let r2 = s.start_round(org.id, "meti-csm@3.0", &versions).unwrap();
        let all = s.rounds(org.id).unwrap();
        assert_eq!(all.len(), 2);
        assert_eq!(all[0], closed);
        assert_eq!(all[1], r2);
        assert_eq!(s.round(r2.id).unwrap().content_versions, versions);
        assert!(matches!(
            s.start_round(org.id, "no-at-sign", &versions),
            Err(Error::Invalid { .. })
        ));
        assert!(matches!(
            s.start_round(Uuid::new_v4(), "meti-csm@3.0", &versions),
            Err(Error::NotFound { .. })
        ));
    }
}
