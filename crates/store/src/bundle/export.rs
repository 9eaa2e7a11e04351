//! Export: an organization's data → the wire format → pretty JSON. Deterministic: rows in a
//! fixed order, every field written, `null` for absent values.

use crate::migrate;
use crate::values::{Timestamp, format_date};

use super::wire::{
    ActionV1, BundleV1, DocumentV1, MaturityV1, OrgV1, PartnerV1, RoundV1, SelfCheckV1, StepV1,
};
use super::{BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, ExportMeta, OrgData};

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
