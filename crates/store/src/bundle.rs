//! The portable client file: one organization with everything recorded for it, as a versioned
//! JSON bundle that another Mamori imports with the same ids.
//!
//! ```json
//! { "format": "mamori-org-bundle", "formatVersion": 1, "schemaVersion": 3,
//!   "appVersion": "0.1.0", "contentVersions": {…}, "exportedAt": "2025-…Z",
//!   "organization": {…}, "rounds": [{…, "selfcheck": […], "maturity": […], "steps": […]}],
//!   "actions": […], "partners": […], "documents": [{"kind": "policy", "fields": {…}, …}] }
//! ```
//!
//! `documents` came later within format 1: it may be absent (no documents) and is left out
//! when empty, so bundles of organizations without documents read in earlier builds.
//!
//! Invariants:
//! - Export is deterministic: the same data and [`ExportMeta`] give the same bytes (rows in a
//!   fixed order, every field written, `null` for absent values), so export → import into an
//!   empty database → export gives a byte-identical file.
//! - Import checks everything before writing anything ([`parse_bundle`] needs no database) and
//!   writes in one transaction: a bad file changes nothing, and every problem is reported with
//!   the path of the field (`rounds[0].selfcheck[3].answer`).

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use mamori_core::text::TextKind;

use crate::actions::{
    ActionInput, ActionItem, ActionSource, ActionStatus, Effort, actions_of, insert_action,
};
use crate::answers::{
    MaturityAnswer, MaturityRecord, SelfCheckAnswer, SelfCheckRecord, insert_maturity,
    insert_selfcheck, maturity_of, selfcheck_of,
};
use crate::documents::{Document, DocumentKind, documents_of, insert_document};
use crate::events::{EventAction, EventEntity, log_event};
use crate::orgs::{EmployeeBand, OrgInput, Organization, get_org, insert_org, require_org};
use crate::partners::{
    Partner, PartnerInput, PartnerRelation, SecurityActionLevel, YesNoUnknown, insert_partner,
    partners_of,
};
use crate::progress::{StepInput, StepProgress, StepStatus, insert_step, steps_of};
use crate::rounds::{
    Round, check_content_versions, check_framework_version, insert_round, rounds_of,
};
use crate::values::{
    NAME_MAX, Timestamp, check_required, format_date, parse_date, parse_id, shorten,
};
use crate::{ContentIds, Error, Fail, Problem, Result, Store, migrate};

/// The `format` of every organization bundle.
pub const BUNDLE_FORMAT: &str = "mamori-org-bundle";
/// The bundle format version this build writes and reads.
pub const BUNDLE_FORMAT_VERSION: u64 = 1;
/// The largest bundle accepted for import (20 MiB).
pub const BUNDLE_MAX_BYTES: usize = 20 * 1024 * 1024;

/// One organization with everything recorded for it: what a bundle carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgData {
    /// The profile.
    pub organization: Organization,
    /// Every round, oldest first, with its answers and progress.
    pub rounds: Vec<RoundData>,
    /// Every action item, oldest first.
    pub actions: Vec<ActionItem>,
    /// Every partner, oldest first.
    pub partners: Vec<Partner>,
    /// The documents filled in (policy draft, incident card), by kind.
    pub documents: Vec<Document>,
}

/// A round with what was recorded in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundData {
    /// The round.
    pub round: Round,
    /// Self-check answers, by question.
    pub selfcheck: Vec<SelfCheckRecord>,
    /// Maturity answers, by question id.
    pub maturity: Vec<MaturityRecord>,
    /// Step progress, by step id.
    pub steps: Vec<StepProgress>,
}

/// What an export says about where it comes from. Passed in, so exports are reproducible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportMeta {
    /// The exporting app's version.
    pub app_version: String,
    /// When the export was made.
    pub exported_at: Timestamp,
    /// The content packs the app had loaded, by pack.
    pub content_versions: BTreeMap<String, String>,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportOutcome {
    /// The organization imported (the id in the bundle).
    pub org_id: Uuid,
    /// Its name.
    pub name: String,
    /// Whether an organization with this id was replaced.
    pub replaced: bool,
}

// ---- wire format (version 1) ----

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct BundleV1 {
    format: String,
    format_version: u64,
    schema_version: u64,
    app_version: String,
    content_versions: BTreeMap<String, String>,
    exported_at: String,
    organization: OrgV1,
    rounds: Vec<RoundV1>,
    actions: Vec<ActionV1>,
    partners: Vec<PartnerV1>,
    /// Added after the first release of format 1; older bundles have none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    documents: Vec<DocumentV1>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct DocumentV1 {
    kind: String,
    fields: BTreeMap<String, String>,
    updated_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct OrgV1 {
    id: String,
    name: String,
    name_reading: Option<String>,
    industry: Option<String>,
    employee_band: Option<String>,
    contact_person: Option<String>,
    notes: Option<String>,
    archived_at: Option<String>,
    created_at: String,
    updated_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct RoundV1 {
    id: String,
    framework_version: String,
    content_versions: BTreeMap<String, String>,
    started_at: String,
    closed_at: Option<String>,
    selfcheck: Vec<SelfCheckV1>,
    maturity: Vec<MaturityV1>,
    steps: Vec<StepV1>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct SelfCheckV1 {
    question: u32,
    answer: String,
    note: Option<String>,
    updated_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct MaturityV1 {
    question_id: String,
    answer: String,
    note: Option<String>,
    updated_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct StepV1 {
    step_id: String,
    status: String,
    owner: Option<String>,
    due_date: Option<String>,
    note: Option<String>,
    evidence_note: Option<String>,
    done_date: Option<String>,
    na_reason: Option<String>,
    updated_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct ActionV1 {
    id: String,
    round_id: Option<String>,
    source: String,
    ref_id: Option<String>,
    title: String,
    owner: Option<String>,
    due_date: Option<String>,
    status: String,
    effort: Option<String>,
    created_at: String,
    updated_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct PartnerV1 {
    id: String,
    name: String,
    relation: String,
    handles: Option<String>,
    security_action_level: String,
    contract_has_security_clause: String,
    last_checked: Option<String>,
    note: Option<String>,
    created_at: String,
    updated_at: String,
}

// ---- export ----

fn to_wire(data: &OrgData, meta: &ExportMeta) -> BundleV1 {
    let o = &data.organization;
    let ts = |t: Timestamp| t.to_string();
    let date = |d: Option<time::Date>| d.map(format_date);
    BundleV1 {
        format: BUNDLE_FORMAT.to_owned(),
        format_version: BUNDLE_FORMAT_VERSION,
        schema_version: u64::from(migrate::LATEST),
        app_version: meta.app_version.clone(),
        content_versions: meta.content_versions.clone(),
        exported_at: ts(meta.exported_at),
        organization: OrgV1 {
            id: o.id.to_string(),
            name: o.name.clone(),
            name_reading: o.name_reading.clone(),
            industry: o.industry.clone(),
            employee_band: o.employee_band.map(|b| b.as_str().to_owned()),
            contact_person: o.contact_person.clone(),
            notes: o.notes.clone(),
            archived_at: o.archived_at.map(ts),
            created_at: ts(o.created_at),
            updated_at: ts(o.updated_at),
        },
        rounds: data
            .rounds
            .iter()
            .map(|rd| RoundV1 {
                id: rd.round.id.to_string(),
                framework_version: rd.round.framework_version.clone(),
                content_versions: rd.round.content_versions.clone(),
                started_at: ts(rd.round.started_at),
                closed_at: rd.round.closed_at.map(ts),
                selfcheck: rd
                    .selfcheck
                    .iter()
                    .map(|a| SelfCheckV1 {
                        question: a.question,
                        answer: a.answer.as_str().to_owned(),
                        note: a.note.clone(),
                        updated_at: ts(a.updated_at),
                    })
                    .collect(),
                maturity: rd
                    .maturity
                    .iter()
                    .map(|a| MaturityV1 {
                        question_id: a.question_id.clone(),
                        answer: a.answer.as_str().to_owned(),
                        note: a.note.clone(),
                        updated_at: ts(a.updated_at),
                    })
                    .collect(),
                steps: rd
                    .steps
                    .iter()
                    .map(|s| StepV1 {
                        step_id: s.step_id.clone(),
                        status: s.input.status.as_str().to_owned(),
                        owner: s.input.owner.clone(),
                        due_date: date(s.input.due_date),
                        note: s.input.note.clone(),
                        evidence_note: s.input.evidence_note.clone(),
                        done_date: date(s.input.done_date),
                        na_reason: s.input.na_reason.clone(),
                        updated_at: ts(s.updated_at),
                    })
                    .collect(),
            })
            .collect(),
        actions: data
            .actions
            .iter()
            .map(|a| ActionV1 {
                id: a.id.to_string(),
                round_id: a.input.round_id.map(|u| u.to_string()),
                source: a.input.source.as_str().to_owned(),
                ref_id: a.input.ref_id.clone(),
                title: a.input.title.clone(),
                owner: a.input.owner.clone(),
                due_date: date(a.input.due_date),
                status: a.input.status.as_str().to_owned(),
                effort: a.input.effort.map(|e| e.as_str().to_owned()),
                created_at: ts(a.created_at),
                updated_at: ts(a.updated_at),
            })
            .collect(),
        partners: data
            .partners
            .iter()
            .map(|p| PartnerV1 {
                id: p.id.to_string(),
                name: p.input.name.clone(),
                relation: p.input.relation.as_str().to_owned(),
                handles: p.input.handles.clone(),
                security_action_level: p.input.security_action_level.as_str().to_owned(),
                contract_has_security_clause: p
                    .input
                    .contract_has_security_clause
                    .as_str()
                    .to_owned(),
                last_checked: date(p.input.last_checked),
                note: p.input.note.clone(),
                created_at: ts(p.created_at),
                updated_at: ts(p.updated_at),
            })
            .collect(),
        documents: data
            .documents
            .iter()
            .map(|d| DocumentV1 {
                kind: d.kind.as_str().to_owned(),
                fields: d.fields.clone(),
                updated_at: ts(d.updated_at),
            })
            .collect(),
    }
}

/// Serializes an organization's data as a bundle (pretty JSON, ending in a newline).
pub fn write_bundle(data: &OrgData, meta: &ExportMeta) -> String {
    // Serializing plain structs of strings and numbers cannot fail.
    let mut s = serde_json::to_string_pretty(&to_wire(data, meta)).unwrap_or_default();
    s.push('\n');
    s
}

// ---- import: parsing and checking, without a database ----

fn bad(field: impl Into<String>, problem: Problem) -> Error {
    Error::BadBundle {
        field: field.into(),
        problem,
    }
}

/// Turns serde's error (with the path where it happened) into a bundle error.
fn from_serde(e: serde_path_to_error::Error<serde_json::Error>) -> Error {
    let path = e.path().to_string();
    let path = if path == "." { String::new() } else { path };
    let msg = e.inner().to_string();
    let quoted = |prefix: &str| {
        msg.strip_prefix(prefix)
            .and_then(|rest| rest.split('`').next())
            .map(str::to_owned)
    };
    let join = |name: String| {
        if path.is_empty() {
            name
        } else {
            format!("{path}.{name}")
        }
    };
    if let Some(name) = quoted("missing field `") {
        bad(join(name), Problem::Missing)
    } else if msg.starts_with("unknown field `") {
        // The path already ends in the unknown key.
        bad(path, Problem::UnknownField)
    } else {
        // serde_json's data errors end in " at line L column C", meaningless for a Value.
        let detail = msg.split(" at line ").next().unwrap_or(&msg).to_owned();
        bad(path, Problem::WrongType { detail })
    }
}

/// Checks the header (format and versions) before the body, so a file of another kind or a
/// newer version is reported as such rather than as a list of odd fields.
fn check_header(v: &serde_json::Value) -> Result<()> {
    let Some(obj) = v.as_object() else {
        return Err(bad("", Problem::NotABundle));
    };
    if obj.get("format").and_then(|f| f.as_str()) != Some(BUNDLE_FORMAT) {
        return Err(bad("format", Problem::NotABundle));
    }
    for (field, supported) in [
        ("formatVersion", BUNDLE_FORMAT_VERSION),
        ("schemaVersion", u64::from(migrate::LATEST)),
    ] {
        match obj.get(field) {
            None => return Err(bad(field, Problem::Missing)),
            Some(n) => match n.as_u64() {
                Some(found) if field == "formatVersion" && found != supported => {
                    return Err(bad(field, Problem::Unsupported { found }));
                }
                Some(found) if found > supported || found == 0 => {
                    return Err(bad(field, Problem::Unsupported { found }));
                }
                Some(_) => {}
                None => {
                    return Err(bad(
                        field,
                        Problem::WrongType {
                            detail: "expected a positive whole number".into(),
                        },
                    ));
                }
            },
        }
    }
    Ok(())
}

/// Parses and checks a bundle without touching any database: the JSON, the format and
/// versions, every type, enumeration, content id, date, length, id and reference. The first
/// problem found is returned with its field path.
pub fn parse_bundle(bytes: &[u8], content: &ContentIds) -> Result<OrgData> {
    if bytes.len() > BUNDLE_MAX_BYTES {
        return Err(bad(
            "",
            Problem::TooLarge {
                max_bytes: BUNDLE_MAX_BYTES,
            },
        ));
    }
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| {
        bad(
            "",
            Problem::Syntax {
                line: e.line(),
                column: e.column(),
            },
        )
    })?;
    check_header(&value)?;
    let wire: BundleV1 = serde_path_to_error::deserialize(value).map_err(from_serde)?;
    from_wire(wire, content)
}

/// Checks while converting; each helper takes the path of the value it checks.
struct Check;

impl Check {
    fn id(&self, path: &str, s: &str) -> Result<Uuid> {
        parse_id(s).map_err(|p| bad(path, p))
    }

    fn ts(&self, path: &str, s: &str) -> Result<Timestamp> {
        Timestamp::parse(s).map_err(|p| bad(path, p))
    }

    fn opt_ts(&self, path: &str, s: Option<&str>) -> Result<Option<Timestamp>> {
        s.map(|s| self.ts(path, s)).transpose()
    }

    fn opt_date(&self, path: &str, s: Option<&str>) -> Result<Option<time::Date>> {
        s.map(|s| parse_date(s).map_err(|p| bad(path, p)))
            .transpose()
    }

    fn enum_value<T>(&self, path: &str, s: &str, parse: fn(&str) -> Option<T>) -> Result<T> {
        parse(s).ok_or_else(|| bad(path, Problem::UnknownValue { value: shorten(s) }))
    }

    fn fields(
        &self,
        base: &str,
        r: std::result::Result<(), (&'static str, Problem)>,
    ) -> Result<()> {
        r.map_err(|(f, p)| bad(format!("{base}.{f}"), p))
    }
}

fn from_wire(w: BundleV1, content: &ContentIds) -> Result<OrgData> {
    let c = Check;
    check_required(&w.app_version, NAME_MAX).map_err(|p| bad("appVersion", p))?;
    c.ts("exportedAt", &w.exported_at)?;
    check_content_versions(&w.content_versions)
        .map_err(|(f, p)| bad(format!("contentVersions{f}"), p))?;

    let o = &w.organization;
    let org_input = OrgInput {
        name: o.name.clone(),
        name_reading: o.name_reading.clone(),
        industry: o.industry.clone(),
        employee_band: o
            .employee_band
            .as_deref()
            .map(|b| c.enum_value("organization.employeeBand", b, EmployeeBand::parse))
            .transpose()?,
        contact_person: o.contact_person.clone(),
        notes: o.notes.clone(),
    };
    c.fields("organization", org_input.check())?;
    let org_id = c.id("organization.id", &o.id)?;
    let organization = Organization {
        id: org_id,
        name: org_input.name,
        name_reading: org_input.name_reading,
        industry: org_input.industry,
        employee_band: org_input.employee_band,
        contact_person: org_input.contact_person,
        notes: org_input.notes,
        archived_at: c.opt_ts("organization.archivedAt", o.archived_at.as_deref())?,
        created_at: c.ts("organization.createdAt", &o.created_at)?,
        updated_at: c.ts("organization.updatedAt", &o.updated_at)?,
    };

    let mut ids = BTreeSet::from([org_id]);
    let mut unique_id = |path: &str, s: &str| -> Result<Uuid> {
        let id = c.id(path, s)?;
        if ids.insert(id) {
            Ok(id)
        } else {
            Err(bad(
                path,
                Problem::Duplicate {
                    value: id.to_string(),
                },
            ))
        }
    };

    let mut rounds = Vec::with_capacity(w.rounds.len());
    let mut open_round = false;
    for (i, r) in w.rounds.iter().enumerate() {
        let p = format!("rounds[{i}]");
        let id = unique_id(&format!("{p}.id"), &r.id)?;
        check_framework_version(&r.framework_version)
            .map_err(|e| bad(format!("{p}.frameworkVersion"), e))?;
        check_content_versions(&r.content_versions)
            .map_err(|(f, e)| bad(format!("{p}.contentVersions{f}"), e))?;
        let started_at = c.ts(&format!("{p}.startedAt"), &r.started_at)?;
        let closed_at = c.opt_ts(&format!("{p}.closedAt"), r.closed_at.as_deref())?;
        match closed_at {
            None if open_round => {
                return Err(bad(format!("{p}.closedAt"), Problem::SecondOpenRound));
            }
            None => open_round = true,
            Some(t) if t < started_at => {
                return Err(bad(format!("{p}.closedAt"), Problem::ClosedBeforeStarted));
            }
            Some(_) => {}
        }

        let mut seen = BTreeSet::new();
        let mut selfcheck = Vec::with_capacity(r.selfcheck.len());
        for (j, a) in r.selfcheck.iter().enumerate() {
            let q = format!("{p}.selfcheck[{j}]");
            if !content.has_selfcheck(a.question) {
                return Err(bad(
                    format!("{q}.question"),
                    Problem::UnknownContentId {
                        value: a.question.to_string(),
                    },
                ));
            }
            if !seen.insert(a.question.to_string()) {
                return Err(bad(
                    format!("{q}.question"),
                    Problem::Duplicate {
                        value: a.question.to_string(),
                    },
                ));
            }
            crate::values::check_optional(a.note.as_deref(), crate::TEXT_MAX, TextKind::MultiLine)
                .map_err(|e| bad(format!("{q}.note"), e))?;
            selfcheck.push(SelfCheckRecord {
                question: a.question,
                answer: c.enum_value(&format!("{q}.answer"), &a.answer, SelfCheckAnswer::parse)?,
                note: a.note.clone(),
                updated_at: c.ts(&format!("{q}.updatedAt"), &a.updated_at)?,
            });
        }

        seen.clear();
        let mut maturity = Vec::with_capacity(r.maturity.len());
        for (j, a) in r.maturity.iter().enumerate() {
            let q = format!("{p}.maturity[{j}]");
            if !content.has_maturity(&a.question_id) {
                return Err(bad(
                    format!("{q}.questionId"),
                    Problem::UnknownContentId {
                        value: shorten(&a.question_id),
                    },
                ));
            }
            if !seen.insert(a.question_id.clone()) {
                return Err(bad(
                    format!("{q}.questionId"),
                    Problem::Duplicate {
                        value: shorten(&a.question_id),
                    },
                ));
            }
            crate::values::check_optional(a.note.as_deref(), crate::TEXT_MAX, TextKind::MultiLine)
                .map_err(|e| bad(format!("{q}.note"), e))?;
            maturity.push(MaturityRecord {
                question_id: a.question_id.clone(),
                answer: c.enum_value(&format!("{q}.answer"), &a.answer, MaturityAnswer::parse)?,
                note: a.note.clone(),
                updated_at: c.ts(&format!("{q}.updatedAt"), &a.updated_at)?,
            });
        }

        seen.clear();
        let mut steps = Vec::with_capacity(r.steps.len());
        for (j, s) in r.steps.iter().enumerate() {
            let q = format!("{p}.steps[{j}]");
            if !content.has_step(&s.step_id) {
                return Err(bad(
                    format!("{q}.stepId"),
                    Problem::UnknownContentId {
                        value: shorten(&s.step_id),
                    },
                ));
            }
            if !seen.insert(s.step_id.clone()) {
                return Err(bad(
                    format!("{q}.stepId"),
                    Problem::Duplicate {
                        value: shorten(&s.step_id),
                    },
                ));
            }
            let input = StepInput {
                status: c.enum_value(&format!("{q}.status"), &s.status, StepStatus::parse)?,
                owner: s.owner.clone(),
                due_date: c.opt_date(&format!("{q}.dueDate"), s.due_date.as_deref())?,
                note: s.note.clone(),
                evidence_note: s.evidence_note.clone(),
                done_date: c.opt_date(&format!("{q}.doneDate"), s.done_date.as_deref())?,
                na_reason: s.na_reason.clone(),
            };
            c.fields(&q, input.check())?;
            steps.push(StepProgress {
                step_id: s.step_id.clone(),
                input,
                updated_at: c.ts(&format!("{q}.updatedAt"), &s.updated_at)?,
            });
        }
        // Stored rows come back sorted; sort here so that import → export is stable.
        selfcheck.sort_by_key(|a| a.question);
        maturity.sort_by(|a, b| a.question_id.cmp(&b.question_id));
        steps.sort_by(|a, b| a.step_id.cmp(&b.step_id));
        rounds.push(RoundData {
            round: Round {
                id,
                org_id,
                framework_version: r.framework_version.clone(),
                content_versions: r.content_versions.clone(),
                started_at,
                closed_at,
            },
            selfcheck,
            maturity,
            steps,
        });
    }
    let round_ids: BTreeSet<Uuid> = rounds.iter().map(|r| r.round.id).collect();

    let mut actions = Vec::with_capacity(w.actions.len());
    for (i, a) in w.actions.iter().enumerate() {
        let p = format!("actions[{i}]");
        let id = unique_id(&format!("{p}.id"), &a.id)?;
        let round_id = a
            .round_id
            .as_deref()
            .map(|r| c.id(&format!("{p}.roundId"), r))
            .transpose()?;
        if let Some(r) = round_id.filter(|r| !round_ids.contains(r)) {
            return Err(bad(
                format!("{p}.roundId"),
                Problem::BadReference {
                    value: r.to_string(),
                },
            ));
        }
        let input = ActionInput {
            round_id,
            source: c.enum_value(&format!("{p}.source"), &a.source, ActionSource::parse)?,
            ref_id: a.ref_id.clone(),
            title: a.title.clone(),
            owner: a.owner.clone(),
            due_date: c.opt_date(&format!("{p}.dueDate"), a.due_date.as_deref())?,
            status: c.enum_value(&format!("{p}.status"), &a.status, ActionStatus::parse)?,
            effort: a
                .effort
                .as_deref()
                .map(|e| c.enum_value(&format!("{p}.effort"), e, Effort::parse))
                .transpose()?,
        };
        c.fields(&p, input.check())?;
        if let Some(r) = input.ref_id.as_deref().filter(|r| !content.has_ref(r)) {
            return Err(bad(
                format!("{p}.refId"),
                Problem::UnknownContentId { value: shorten(r) },
            ));
        }
        actions.push(ActionItem {
            id,
            org_id,
            input,
            created_at: c.ts(&format!("{p}.createdAt"), &a.created_at)?,
            updated_at: c.ts(&format!("{p}.updatedAt"), &a.updated_at)?,
        });
    }

    let mut partners = Vec::with_capacity(w.partners.len());
    for (i, x) in w.partners.iter().enumerate() {
        let p = format!("partners[{i}]");
        let id = unique_id(&format!("{p}.id"), &x.id)?;
        let input = PartnerInput {
            name: x.name.clone(),
            relation: c.enum_value(
                &format!("{p}.relation"),
                &x.relation,
                PartnerRelation::parse,
            )?,
            handles: x.handles.clone(),
            security_action_level: c.enum_value(
                &format!("{p}.securityActionLevel"),
                &x.security_action_level,
                SecurityActionLevel::parse,
            )?,
            contract_has_security_clause: c.enum_value(
                &format!("{p}.contractHasSecurityClause"),
                &x.contract_has_security_clause,
                YesNoUnknown::parse,
            )?,
            last_checked: c.opt_date(&format!("{p}.lastChecked"), x.last_checked.as_deref())?,
            note: x.note.clone(),
        };
        c.fields(&p, input.check())?;
        partners.push(Partner {
            id,
            org_id,
            input,
            created_at: c.ts(&format!("{p}.createdAt"), &x.created_at)?,
            updated_at: c.ts(&format!("{p}.updatedAt"), &x.updated_at)?,
        });
    }

    let mut documents: Vec<Document> = Vec::with_capacity(w.documents.len());
    for (i, d) in w.documents.iter().enumerate() {
        let p = format!("documents[{i}]");
        let kind = c.enum_value(&format!("{p}.kind"), &d.kind, DocumentKind::parse)?;
        if documents.iter().any(|x| x.kind == kind) {
            return Err(bad(
                format!("{p}.kind"),
                Problem::Duplicate {
                    value: kind.as_str().to_owned(),
                },
            ));
        }
        kind.check(&d.fields)
            .map_err(|(f, problem)| bad(format!("{p}.{f}"), problem))?;
        documents.push(Document {
            kind,
            fields: d.fields.clone(),
            updated_at: c.ts(&format!("{p}.updatedAt"), &d.updated_at)?,
        });
    }

    // Same order as stored rows come back in (see `org_data`).
    rounds.sort_by_key(|a| (a.round.started_at, a.round.id));
    actions.sort_by_key(|a| (a.created_at, a.id));
    partners.sort_by_key(|a| (a.created_at, a.id));
    documents.sort_by_key(|d| d.kind.as_str());
    Ok(OrgData {
        organization,
        rounds,
        actions,
        partners,
        documents,
    })
}

// ---- reading and writing whole organizations ----

/// Reads an organization with everything recorded for it.
pub(crate) fn read_org_data(c: &Connection, org_id: Uuid) -> std::result::Result<OrgData, Fail> {
    let organization = require_org(c, org_id)?;
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

impl Store {
    /// An organization with everything recorded for it, read in one consistent snapshot.
    pub fn org_data(&self, org_id: Uuid) -> Result<OrgData> {
        self.read(|c| read_org_data(c, org_id))
    }

    /// Exports an organization as a bundle (see the module docs).
    pub fn export_org(&self, org_id: Uuid, meta: &ExportMeta) -> Result<String> {
        let data = self.org_data(org_id)?;
        Ok(write_bundle(&data, meta))
    }

    /// Imports a bundle: a new organization, or with `replace` the organization with the same
    /// id replaced by the bundle's. Everything is checked first ([`parse_bundle`]) and written
    /// in one transaction; on any error nothing changes. Committed when this returns.
    ///
    /// Replacing deletes the old organization with everything recorded for it, its event log
    /// included; the import itself is then its first logged event.
    pub fn import_org(
        &mut self,
        bytes: &[u8],
        content: &ContentIds,
        replace: bool,
    ) -> Result<ImportOutcome> {
        let data = parse_bundle(bytes, content)?;
        let now = Timestamp::now();
        let replaced = self.write(|tx| {
            insert_org_data(
                tx,
                &data,
                replace,
                now,
                EventAction::Import,
                serde_json::json!({
                    "rounds": data.rounds.len(),
                    "actions": data.actions.len(),
                    "partners": data.partners.len(),
                }),
            )
        })?;
        Ok(ImportOutcome {
            org_id: data.organization.id,
            name: data.organization.name,
            replaced,
        })
    }
}
