//! The portfolio: one summary line per organization (latest round, self-check score, overdue
//! actions, last activity), read in one query.

use std::collections::BTreeMap;

use rusqlite::params;
use time::Date;
use uuid::Uuid;

use crate::answers::SelfCheckAnswer;
use crate::progress::StepStatus;
use crate::values::{Timestamp, col_id, col_opt_id, format_date};
use crate::{Result, Store};

/// The latest round of an organization, in brief.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundBrief {
    /// Its id.
    pub id: Uuid,
    /// The guidance edition.
    pub framework_version: String,
    /// When it started.
    pub started_at: Timestamp,
    /// When it was closed, if it was.
    pub closed_at: Option<Timestamp>,
}

/// One organization in the portfolio.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgSummary {
    /// The organization.
    pub id: Uuid,
    /// Its name.
    pub name: String,
    /// Reading of the name.
    pub name_reading: Option<String>,
    /// Whether it is archived.
    pub archived: bool,
    /// Its latest round (by start), if any.
    pub latest_round: Option<RoundBrief>,
    /// Self-check answers of the latest round, by question.
    pub selfcheck: BTreeMap<u32, SelfCheckAnswer>,
    /// Action items not done whose due date is before `today`.
    pub overdue_actions: u32,
    /// Action items not done.
    pub open_actions: u32,
    /// The last logged write concerning it.
    pub last_activity: Option<Timestamp>,
    /// Step statuses of the latest round (`csm/d1/s1`, `sme/b1/s1`, …).
    pub steps: BTreeMap<String, StepStatus>,
    /// Maturity statements answered in the latest round.
    pub maturity_answered: u32,
    /// The policy draft (blank if none).
    pub policy: crate::PolicyDraft,
}

/// One pass over the organizations: the latest round by an index-only lookup, its self-check
/// answers by primary key (grouped per organization), and per-organization counts by index.
/// See docs/PERFORMANCE.md before changing it.
const PORTFOLIO_SQL: &str = "
WITH latest AS (
    SELECT o.id AS org_id,
           (SELECT r.id FROM assessment_rounds r WHERE r.org_id = o.id
            ORDER BY r.started_at DESC, r.id DESC LIMIT 1) AS round_id
    FROM organizations o
    WHERE ?2 OR o.archived_at IS NULL
)
SELECT o.id, o.name, o.name_reading, o.archived_at IS NOT NULL,
       r.id, r.framework_version, r.started_at, r.closed_at,
       group_concat(a.question || '=' || a.answer, ' '),
       (SELECT count(*) FROM action_items x
        WHERE x.org_id = o.id AND x.status <> 'done' AND x.due_date < ?1),
       (SELECT count(*) FROM action_items x WHERE x.org_id = o.id AND x.status <> 'done'),
       (SELECT max(e.at) FROM event_log e WHERE e.org_id = o.id),
       (SELECT group_concat(sp.step_id || '=' || sp.status, ' ') FROM step_progress sp
        WHERE sp.round_id = l.round_id),
       (SELECT count(*) FROM maturity_answers m WHERE m.round_id = l.round_id),
       (SELECT d.fields FROM org_documents d WHERE d.org_id = o.id AND d.kind = 'policy')
FROM latest l
JOIN organizations o ON o.id = l.org_id
LEFT JOIN assessment_rounds r ON r.id = l.round_id
LEFT JOIN selfcheck_answers a ON a.round_id = l.round_id
GROUP BY l.org_id
ORDER BY coalesce(o.name_reading, o.name), o.name, o.id";

/// Reads a column of `key=code` pairs separated by spaces (keys are question numbers or step
/// ids, which hold neither).
fn pairs<K: Ord, V>(
    r: &rusqlite::Row<'_>,
    i: usize,
    key: fn(&str) -> Option<K>,
    value: fn(&str) -> Option<V>,
) -> rusqlite::Result<BTreeMap<K, V>> {
    let Some(s) = r.get::<_, Option<String>>(i)? else {
        return Ok(BTreeMap::new());
    };
    s.split(' ')
        .map(|pair| {
            pair.split_once('=')
                .and_then(|(k, v)| Some((key(k)?, value(v)?)))
                .ok_or_else(|| {
                    rusqlite::Error::FromSqlConversionFailure(
                        i,
                        rusqlite::types::Type::Text,
                        format!("unreadable pair {pair:?}").into(),
                    )
                })
        })
        .collect()
}

impl Store {
    /// One summary per organization, ordered by name reading then name. Archived
    /// organizations are left out unless `include_archived`. `today` decides what is overdue.
    pub fn portfolio(&self, today: Date, include_archived: bool) -> Result<Vec<OrgSummary>> {
        self.read(|c| {
            let mut st = c.prepare_cached(PORTFOLIO_SQL)?;
            let rows = st.query_map(params![format_date(today), include_archived], |r| {
                let latest_round = match col_opt_id(r, 4)? {
                    Some(id) => Some(RoundBrief {
                        id,
                        framework_version: r.get(5)?,
                        started_at: r.get(6)?,
                        closed_at: r.get(7)?,
                    }),
                    None => None,
                };
                Ok(OrgSummary {
                    id: col_id(r, 0)?,
                    name: r.get(1)?,
                    name_reading: r.get(2)?,
                    archived: r.get(3)?,
                    latest_round,
                    selfcheck: pairs(r, 8, |q| q.parse().ok(), SelfCheckAnswer::parse)?,
                    overdue_actions: r.get(9)?,
                    open_actions: r.get(10)?,
                    last_activity: r.get(11)?,
                    steps: pairs(r, 12, |s| Some(s.to_owned()), StepStatus::parse)?,
                    maturity_answered: r.get(13)?,
                    policy: r
                        .get::<_, Option<String>>(14)?
                        .and_then(|f| serde_json::from_str(&f).ok())
                        .map(|fields| {
                            crate::PolicyDraft::from(&crate::Document {
                                kind: crate::DocumentKind::Policy,
                                fields,
                                updated_at: Timestamp::now(),
                            })
                        })
                        .unwrap_or_default(),
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }
}
