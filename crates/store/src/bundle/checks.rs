//! Import, without a database: the JSON, the header (format and versions), then every type,
//! enumeration, content id, date, length, id and reference while converting from the wire
//! format; the first problem is returned with the path of its field.

use std::collections::BTreeSet;

use uuid::Uuid;

use mamori_core::text::TextKind;

use crate::actions::{ActionInput, ActionItem, ActionSource, ActionStatus, Effort};
use crate::answers::{MaturityAnswer, MaturityRecord, SelfCheckAnswer, SelfCheckRecord};
use crate::documents::{Document, DocumentKind};
use crate::orgs::{EmployeeBand, OrgInput, Organization};
use crate::partners::{Partner, PartnerInput, PartnerRelation, SecurityActionLevel, YesNoUnknown};
use crate::progress::{StepInput, StepProgress, StepStatus};
use crate::rounds::{Round, check_content_versions, check_framework_version};
use crate::values::{NAME_MAX, Timestamp, check_required, parse_date, parse_id, shorten};
use crate::{ContentIds, Error, Problem, Result, migrate};

use super::wire::BundleV1;
use super::{BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, BUNDLE_MAX_BYTES, OrgData, RoundData};

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
