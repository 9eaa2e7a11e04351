//! The guided journey of one organization: opening it, every edit, and the state the UI draws.
//! Every edit is committed before it returns and returns the whole new [`Journey`], read back
//! from the database, so what the UI shows is what was saved.

use std::collections::{BTreeMap, BTreeSet};

use mamori_core::Locale;
use mamori_core::content::ContentPacks;
use mamori_core::scoring::{
    SaDeclarations, SelfCheckAnswer as CoreAnswer, sa_readiness, score_maturity, score_selfcheck,
};
use mamori_store::{
    self as store, ActionInput, ActionItem, ActionSource, ActionStatus, DocumentKind, Effort,
    EventEntity, MaturityAnswer, OrgData, PartnerInput, PartnerRelation, Problem, RoundData,
    SecurityActionLevel, SelfCheckAnswer, StepInput, StepStatus, Store, Uuid, YesNoUnknown,
};
use time::Date;

use super::content::packs;
use super::orgs::{band_to_store, org_dto, parse_org_id};
use super::selfcheck::score_dto;
use crate::dto::{
    ActionView, AnswerView, CheckState, ContinueAt, Count, DeleteActionReq, DeletePartnerReq,
    DirectionProgress, DirectionScore, Journey, LevelState, MaturityState, OpenOrgReq, PartnerView,
    ProgressView, RoundView, SaveActionReq, SaveDocumentReq, SaveMaturityAnswerReq, SavePartnerReq,
    SaveSelfcheckAnswerReq, SaveStepReq, SelfcheckState, StartNextRoundReq, StepState,
    UpdateOrgReq,
};
use crate::{AppCtx, AppError};

/// The framework a new round is taken against.
pub(crate) const FRAMEWORK_VERSION: &str = "meti-csm@3.0";

pub(crate) fn invalid(field: &str, problem: Problem) -> AppError {
    AppError::from(store::Error::Invalid {
        field: field.to_owned(),
        problem,
    })
}

pub(crate) fn parse_id(field: &str, s: &str) -> Result<Uuid, AppError> {
    Uuid::try_parse(s.trim()).map_err(|_| {
        invalid(
            field,
            Problem::BadId {
                value: s.chars().take(60).collect(),
            },
        )
    })
}

fn parse_enum<T>(field: &str, s: &str, parse: fn(&str) -> Option<T>) -> Result<T, AppError> {
    parse(s).ok_or_else(|| {
        invalid(
            field,
            Problem::UnknownValue {
                value: s.chars().take(60).collect(),
            },
        )
    })
}

fn parse_opt_date(field: &str, s: Option<&str>) -> Result<Option<Date>, AppError> {
    match s.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => store::parse_date(s)
            .map(Some)
            .map_err(|p| invalid(field, p)),
    }
}

/// Blank text is no text.
fn text(s: Option<String>) -> Option<String> {
    s.filter(|s| !s.trim().is_empty())
}

/// The UI language saved by the user, else the OS's.
pub(crate) fn ui_locale(ctx: &AppCtx, s: &Store) -> Locale {
    s.setting(super::startup::LOCALE_KEY)
        .ok()
        .flatten()
        .and_then(|t| Locale::from_tag(&t))
        .unwrap_or_else(|| Locale::from_os_locale(ctx.os_locale()))
}

/// The org of a round.
fn org_of_round(s: &Store, round_id: Uuid) -> Result<Uuid, AppError> {
    Ok(s.round(round_id)?.org_id)
}

/// Opens an organization for work: starts its first round if it has none, or the next round
/// (carrying step progress forward) if every round is closed. Returns its journey.
pub fn open_org(ctx: &AppCtx, req: OpenOrgReq) -> Result<Journey, AppError> {
    let org_id = parse_org_id(&req.org_id)?;
    let mut s = ctx.store()?;
    let rounds = s.rounds(org_id)?;
    if rounds.last().is_none_or(|r| r.closed_at.is_some()) {
        s.start_next_round(org_id, FRAMEWORK_VERSION, &ctx.content_ids().versions)?;
    }
    journey(ctx, &s, org_id)
}

/// Closes the open round and starts the next (e.g. a year later): step progress carries
/// forward, the self-check and maturity check start afresh and are compared with the old round.
pub fn start_next_round(ctx: &AppCtx, req: StartNextRoundReq) -> Result<Journey, AppError> {
    let org_id = parse_org_id(&req.org_id)?;
    let mut s = ctx.store()?;
    s.start_next_round(org_id, FRAMEWORK_VERSION, &ctx.content_ids().versions)?;
    journey(ctx, &s, org_id)
}

/// Saves one self-check answer in an open round. A gap (`not_done`, `partly`) or a
/// `dont_know` gets an action in the plan (if it has none yet); when the answer becomes
/// `done`, an untouched action that was made for it goes away again.
pub fn save_selfcheck_answer(
    ctx: &AppCtx,
    req: SaveSelfcheckAnswerReq,
) -> Result<Journey, AppError> {
    let round_id = parse_id("roundId", &req.round_id)?;
    if !ctx.content_ids().has_selfcheck(req.question) {
        return Err(invalid(
            "question",
            Problem::UnknownContentId {
                value: req.question.to_string(),
            },
        ));
    }
    let answer = parse_enum("answer", &req.answer, SelfCheckAnswer::parse)?;
    let mut s = ctx.store()?;
    s.save_selfcheck(round_id, req.question, answer, text(req.note).as_deref())?;
    let org_id = org_of_round(&s, round_id)?;
    let source = match answer {
        SelfCheckAnswer::Done => None,
        SelfCheckAnswer::DontKnow => Some(ActionSource::DontKnow),
        SelfCheckAnswer::Partly | SelfCheckAnswer::NotDone => Some(ActionSource::Gap),
    };
    let p = packs()?;
    let text_id = p.sme.question_message_id(req.question, "text");
    sync_action(
        ctx,
        &mut s,
        org_id,
        round_id,
        &format!("selfcheck/{}", req.question),
        source,
        &text_id,
    )?;
    journey(ctx, &s, org_id)
}

/// Saves one maturity answer in an open round; a `dont-know` gets a follow-up action.
pub fn save_maturity_answer(ctx: &AppCtx, req: SaveMaturityAnswerReq) -> Result<Journey, AppError> {
    let round_id = parse_id("roundId", &req.round_id)?;
    if !ctx.content_ids().has_maturity(&req.question_id) {
        return Err(invalid(
            "questionId",
            Problem::UnknownContentId {
                value: req.question_id.chars().take(60).collect(),
            },
        ));
    }
    let answer = parse_enum("answer", &req.answer, MaturityAnswer::parse)?;
    let mut s = ctx.store()?;
    s.save_maturity(
        round_id,
        &req.question_id,
        answer,
        text(req.note).as_deref(),
    )?;
    let org_id = org_of_round(&s, round_id)?;
    let source = (answer == MaturityAnswer::DontKnow).then_some(ActionSource::DontKnow);
    let p = packs()?;
    let text_id = mamori_core::content::ids::join(&p.maturity.pack, &[&req.question_id]);
    sync_action(
        ctx,
        &mut s,
        org_id,
        round_id,
        &req.question_id,
        source,
        &text_id,
    )?;
    journey(ctx, &s, org_id)
}

/// Keeps the plan in step with an answer: adds an action for `ref_id` when `source` is set and
/// the round has none for it; removes the one made automatically when the answer no longer
/// needs it and nobody has touched it (still open, no owner, no due date).
fn sync_action(
    ctx: &AppCtx,
    s: &mut Store,
    org_id: Uuid,
    round_id: Uuid,
    ref_id: &str,
    source: Option<ActionSource>,
    text_id: &str,
) -> Result<(), AppError> {
    let existing: Vec<ActionItem> = s
        .actions(org_id)?
        .into_iter()
        .filter(|a| a.input.round_id == Some(round_id) && a.input.ref_id.as_deref() == Some(ref_id))
        .collect();
    match source {
        Some(source) => {
            if let Some(a) = existing
                .iter()
                .find(|a| a.input.source != source && untouched(a))
            {
                // "Don't know" became a gap or the other way round: same item, new kind.
                let input = ActionInput {
                    source,
                    title: action_title(ctx, s, source, text_id),
                    ..a.input.clone()
                };
                s.update_action(a.id, &input)?;
            } else if existing.is_empty() {
                let input = ActionInput {
                    round_id: Some(round_id),
                    source,
                    ref_id: Some(ref_id.to_owned()),
                    title: action_title(ctx, s, source, text_id),
                    owner: None,
                    due_date: None,
                    status: ActionStatus::Open,
                    effort: None,
                };
                s.add_action(org_id, &input)?;
            }
        }
        None => {
            for a in existing.iter().filter(|a| untouched(a)) {
                s.delete_action(a.id)?;
            }
        }
    }
    Ok(())
}

fn untouched(a: &ActionItem) -> bool {
    a.input.status == ActionStatus::Open && a.input.owner.is_none() && a.input.due_date.is_none()
}

/// The title of an automatic action, in the UI language at the time it is made (the user may
/// edit it later).
fn action_title(ctx: &AppCtx, s: &Store, source: ActionSource, text_id: &str) -> String {
    let locale = ui_locale(ctx, s);
    let l = ctx.localizer();
    let what = l.format(locale, text_id, &[]);
    let id = match source {
        ActionSource::DontKnow => "plan-title-dont-know",
        ActionSource::Gap | ActionSource::Manual => "plan-title-gap",
    };
    let title = l.format(locale, id, &[("what", mamori_i18n::Arg::Str(what.clone()))]);
    // Titles are limited in length; the question text is short, but be safe.
    title.chars().take(store::TITLE_MAX).collect()
}

/// Saves progress on a step. `na` needs a reason; `done` without a date is done today.
pub fn save_step(ctx: &AppCtx, req: SaveStepReq) -> Result<Journey, AppError> {
    let round_id = parse_id("roundId", &req.round_id)?;
    if !ctx.content_ids().has_step(&req.step_id) {
        return Err(invalid(
            "stepId",
            Problem::UnknownContentId {
                value: req.step_id.chars().take(60).collect(),
            },
        ));
    }
    let status = parse_enum("status", &req.status, StepStatus::parse)?;
    let na_reason = text(req.na_reason);
    if status == StepStatus::Na && na_reason.is_none() {
        return Err(invalid("naReason", Problem::Empty));
    }
    let mut done_date = parse_opt_date("doneDate", req.done_date.as_deref())?;
    if status == StepStatus::Done && done_date.is_none() {
        done_date = Some(ctx.today());
    }
    let input = StepInput {
        status,
        owner: text(req.owner),
        due_date: parse_opt_date("dueDate", req.due_date.as_deref())?,
        note: text(req.note),
        evidence_note: text(req.evidence_note),
        done_date: if status == StepStatus::Done {
            done_date
        } else {
            None
        },
        na_reason: if status == StepStatus::Na {
            na_reason
        } else {
            None
        },
    };
    let mut s = ctx.store()?;
    s.save_step(round_id, &req.step_id, &input)?;
    let org_id = org_of_round(&s, round_id)?;
    journey(ctx, &s, org_id)
}

/// Saves the policy draft or the incident card.
pub fn save_document(ctx: &AppCtx, req: SaveDocumentReq) -> Result<Journey, AppError> {
    let org_id = parse_org_id(&req.org_id)?;
    let kind = parse_enum("kind", &req.kind, DocumentKind::parse)?;
    let mut s = ctx.store()?;
    s.save_document(org_id, kind, &req.fields)?;
    journey(ctx, &s, org_id)
}

/// Adds a manual action (no id) or edits one (its source and reference stay).
pub fn save_action(ctx: &AppCtx, req: SaveActionReq) -> Result<Journey, AppError> {
    let org_id = parse_org_id(&req.org_id)?;
    let status = parse_enum("status", &req.status, ActionStatus::parse)?;
    let effort = text(req.effort)
        .map(|e| parse_enum("effort", &e, Effort::parse))
        .transpose()?;
    let due_date = parse_opt_date("dueDate", req.due_date.as_deref())?;
    let mut s = ctx.store()?;
    match req.id {
        Some(id) => {
            let id = parse_id("id", &id)?;
            let old = s
                .actions(org_id)?
                .into_iter()
                .find(|a| a.id == id)
                .ok_or_else(|| {
                    AppError::from(store::Error::NotFound {
                        entity: "action item",
                        id: id.to_string(),
                    })
                })?;
            let input = ActionInput {
                title: req.title,
                owner: text(req.owner),
                due_date,
                status,
                effort,
                ..old.input
            };
            s.update_action(id, &input)?;
        }
        None => {
            let round = s.rounds(org_id)?.into_iter().last().map(|r| r.id);
            let input = ActionInput {
                round_id: round,
                source: ActionSource::Manual,
                ref_id: None,
                title: req.title,
                owner: text(req.owner),
                due_date,
                status,
                effort,
            };
            s.add_action(org_id, &input)?;
        }
    }
    journey(ctx, &s, org_id)
}

/// Deletes an action of the organization.
pub fn delete_action(ctx: &AppCtx, req: DeleteActionReq) -> Result<Journey, AppError> {
    let org_id = parse_org_id(&req.org_id)?;
    let id = parse_id("id", &req.id)?;
    let mut s = ctx.store()?;
    if !s.actions(org_id)?.iter().any(|a| a.id == id) {
        return Err(AppError::from(store::Error::NotFound {
            entity: "action item",
            id: id.to_string(),
        }));
    }
    s.delete_action(id)?;
    journey(ctx, &s, org_id)
}

/// Adds (no id) or edits a supply-chain partner.
pub fn save_partner(ctx: &AppCtx, req: SavePartnerReq) -> Result<Journey, AppError> {
    let org_id = parse_org_id(&req.org_id)?;
    let input = PartnerInput {
        name: req.name,
        relation: parse_enum("relation", &req.relation, PartnerRelation::parse)?,
        handles: text(req.handles),
        security_action_level: parse_enum(
            "securityActionLevel",
            &req.security_action_level,
            SecurityActionLevel::parse,
        )?,
        contract_has_security_clause: parse_enum(
            "contractHasSecurityClause",
            &req.contract_has_security_clause,
            YesNoUnknown::parse,
        )?,
        last_checked: parse_opt_date("lastChecked", req.last_checked.as_deref())?,
        note: text(req.note),
    };
    let mut s = ctx.store()?;
    match req.id {
        Some(id) => {
            let id = parse_id("id", &id)?;
            require_partner_of(&s, org_id, id)?;
            s.update_partner(id, &input)?;
        }
        None => {
            s.add_partner(org_id, &input)?;
        }
    }
    journey(ctx, &s, org_id)
}

fn require_partner_of(s: &Store, org_id: Uuid, id: Uuid) -> Result<(), AppError> {
    if s.partners(org_id)?.iter().any(|p| p.id == id) {
        Ok(())
    } else {
        Err(AppError::from(store::Error::NotFound {
            entity: "partner",
            id: id.to_string(),
        }))
    }
}

/// Deletes a partner of the organization.
pub fn delete_partner(ctx: &AppCtx, req: DeletePartnerReq) -> Result<Journey, AppError> {
    let org_id = parse_org_id(&req.org_id)?;
    let id = parse_id("id", &req.id)?;
    let mut s = ctx.store()?;
    require_partner_of(&s, org_id, id)?;
    s.delete_partner(id)?;
    journey(ctx, &s, org_id)
}

/// Saves the organization's profile.
pub fn update_org(ctx: &AppCtx, req: UpdateOrgReq) -> Result<Journey, AppError> {
    let org_id = parse_org_id(&req.org_id)?;
    let input = store::OrgInput {
        name: req.name.trim().to_owned(),
        name_reading: text(req.name_reading),
        industry: text(req.industry),
        employee_band: req.employee_band.map(band_to_store),
        contact_person: text(req.contact_person),
        notes: text(req.notes),
    };
    let mut s = ctx.store()?;
    s.update_org(org_id, &input)?;
    journey(ctx, &s, org_id)
}

// ------------------------------------------------------------------------------ the read model

fn round_view(r: &RoundData, number: usize) -> RoundView {
    RoundView {
        id: r.round.id.to_string(),
        number: u32::try_from(number).unwrap_or(u32::MAX),
        framework_version: r.round.framework_version.clone(),
        started_at: r.round.started_at.to_string(),
        closed_at: r.round.closed_at.map(|t| t.to_string()),
    }
}

fn core_answer(a: SelfCheckAnswer) -> CoreAnswer {
    match a {
        SelfCheckAnswer::Done => CoreAnswer::Done,
        SelfCheckAnswer::Partly => CoreAnswer::Partly,
        SelfCheckAnswer::NotDone => CoreAnswer::NotDone,
        SelfCheckAnswer::DontKnow => CoreAnswer::DontKnow,
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn maturity_scores(p: &ContentPacks, r: &RoundData) -> Vec<DirectionScore> {
    let answers: BTreeMap<String, String> = r
        .maturity
        .iter()
        .map(|a| (a.question_id.clone(), a.answer.as_str().to_owned()))
        .collect();
    match score_maturity(&p.maturity, &answers) {
        Ok(m) => m
            .directions
            .into_iter()
            .map(|d| DirectionScore {
                direction: d.direction,
                percent: d.percent,
                dont_know: count(d.dont_know.len()),
                unanswered: count(d.unanswered.len()),
            })
            .collect(),
        // Answers are checked on save and import, so this cannot happen; show nothing rather
        // than fail the whole screen.
        Err(_) => Vec::new(),
    }
}

fn finished(st: Option<&StepState>) -> bool {
    st.is_some_and(|s| s.status == "done" || s.status == "na")
}

/// The direction an action belongs to, from its reference.
fn action_direction(p: &ContentPacks, ref_id: Option<&str>) -> Option<String> {
    let r = ref_id?;
    if let Some(n) = r.strip_prefix("selfcheck/") {
        let n: u32 = n.parse().ok()?;
        return p
            .sme
            .selfcheck
            .questions
            .iter()
            .find(|q| q.number == n)
            .and_then(|q| q.directions.first().cloned());
    }
    if let Some(rest) = r.strip_prefix("csm/") {
        return rest.split('/').next().map(str::to_owned);
    }
    p.maturity
        .questions
        .iter()
        .find(|q| q.id == r)
        .map(|q| q.direction.clone())
}

/// SECURITY ACTION readiness per level, and the highest level ready (0, 1 or 2).
pub(crate) fn readiness(
    p: &ContentPacks,
    basics_practised: Vec<String>,
    selfcheck_answers: BTreeMap<u32, CoreAnswer>,
    draft: &store::PolicyDraft,
) -> (Vec<mamori_core::scoring::LevelReadiness>, u32) {
    let declarations = SaDeclarations {
        basics_practised: basics_practised.into_iter().collect::<BTreeSet<_>>(),
        selfcheck_answers,
        policy_adopted: draft.company.is_some()
            && draft.owner.is_some()
            && draft.adopted_on.is_some(),
        policy_published: draft.published_where.is_some(),
    };
    let levels = sa_readiness(&p.security_action, &p.sme, &declarations);
    let stars = levels
        .iter()
        .filter(|l| l.ready)
        .filter_map(|l| {
            l.level
                .strip_prefix("star")
                .and_then(|n| n.parse::<u32>().ok())
        })
        .max()
        .unwrap_or(0);
    (levels, stars)
}

/// The basics whose steps are all finished, given the finished step ids.
pub(crate) fn basics_practised(p: &ContentPacks, finished: &BTreeSet<String>) -> Vec<String> {
    p.sme
        .basics
        .iter()
        .filter(|b| {
            b.steps
                .iter()
                .all(|s| finished.contains(&format!("{}/{}/{}", p.sme.pack, b.id, s.id)))
        })
        .map(|b| b.id.clone())
        .collect()
}

/// Builds the journey of an organization from one consistent read.
pub(crate) fn journey(ctx: &AppCtx, s: &Store, org_id: Uuid) -> Result<Journey, AppError> {
    let p = packs()?;
    let today = ctx.today();
    let data: OrgData = s.org_data(org_id)?;
    let n = data.rounds.len();
    let Some(current) = data
        .rounds
        .iter()
        .rposition(|r| r.round.closed_at.is_none())
        .or(n.checked_sub(1))
    else {
        return Err(AppError::from(store::Error::NotFound {
            entity: "assessment round",
            id: org_id.to_string(),
        }));
    };
    let cur = &data.rounds[current];
    let prev = current.checked_sub(1).map(|i| &data.rounds[i]);

    // Self-check.
    let sc = &p.sme.selfcheck;
    let sc_answers: BTreeMap<u32, CoreAnswer> = cur
        .selfcheck
        .iter()
        .map(|a| (a.question, core_answer(a.answer)))
        .collect();
    let score = score_selfcheck(sc, &sc_answers)
        .ok()
        .map(|x| score_dto(&p.sme, x));
    let previous_total = prev.and_then(|r| {
        let a: BTreeMap<u32, CoreAnswer> = r
            .selfcheck
            .iter()
            .map(|a| (a.question, core_answer(a.answer)))
            .collect();
        score_selfcheck(sc, &a).ok().map(|x| x.total)
    });
    let selfcheck = SelfcheckState {
        answers: cur
            .selfcheck
            .iter()
            .map(|a| {
                (
                    a.question.to_string(),
                    AnswerView {
                        answer: a.answer.as_str().to_owned(),
                        note: a.note.clone(),
                    },
                )
            })
            .collect(),
        answered: count(sc_answers.len()),
        total: count(sc.questions.len()),
        running_total: cur.selfcheck.iter().map(|a| a.answer.points()).sum(),
        score,
        previous_total,
    };

    // Maturity.
    let maturity = MaturityState {
        answers: cur
            .maturity
            .iter()
            .map(|a| {
                (
                    a.question_id.clone(),
                    AnswerView {
                        answer: a.answer.as_str().to_owned(),
                        note: a.note.clone(),
                    },
                )
            })
            .collect(),
        answered: count(cur.maturity.len()),
        total: count(p.maturity.questions.len()),
        directions: maturity_scores(p, cur),
        previous: prev
            .filter(|r| !r.maturity.is_empty())
            .map(|r| maturity_scores(p, r)),
    };

    // Steps.
    let steps: BTreeMap<String, StepState> = cur
        .steps
        .iter()
        .map(|x| {
            let i = &x.input;
            (
                x.step_id.clone(),
                StepState {
                    status: i.status.as_str().to_owned(),
                    owner: i.owner.clone(),
                    due_date: i.due_date.map(store::format_date),
                    note: i.note.clone(),
                    evidence_note: i.evidence_note.clone(),
                    done_date: i.done_date.map(store::format_date),
                    na_reason: i.na_reason.clone(),
                    updated_at: x.updated_at.to_string(),
                },
            )
        })
        .collect();
    let step_id = |pack: &str, parent: &str, step: &str| format!("{pack}/{parent}/{step}");
    let mut basics_done = 0;
    let mut basics_total = 0;
    let mut basics_practised = Vec::new();
    for b in &p.sme.basics {
        let done = b
            .steps
            .iter()
            .filter(|st| finished(steps.get(&step_id(&p.sme.pack, &b.id, &st.id))))
            .count();
        basics_done += done;
        basics_total += b.steps.len();
        if done == b.steps.len() {
            basics_practised.push(b.id.clone());
        }
    }
    let per_direction: Vec<DirectionProgress> = p
        .csm
        .directions
        .iter()
        .map(|d| {
            let state =
                |st: &mamori_core::content::Step| steps.get(&step_id(&p.csm.pack, &d.id, &st.id));
            DirectionProgress {
                direction: d.id.clone(),
                done: count(
                    d.steps
                        .iter()
                        .filter(|st| state(st).is_some_and(|x| x.status == "done"))
                        .count(),
                ),
                na: count(
                    d.steps
                        .iter()
                        .filter(|st| state(st).is_some_and(|x| x.status == "na"))
                        .count(),
                ),
                total: count(d.steps.len()),
            }
        })
        .collect();
    let dir_done: u32 = per_direction.iter().map(|d| d.done + d.na).sum();
    let dir_total: u32 = per_direction.iter().map(|d| d.total).sum();
    let progress = ProgressView {
        basics: Count {
            done: count(basics_done),
            total: count(basics_total),
        },
        basics_practised: basics_practised.clone(),
        selfcheck: Count {
            done: selfcheck.answered,
            total: selfcheck.total,
        },
        directions: Count {
            done: dir_done,
            total: dir_total,
        },
        per_direction: per_direction.clone(),
        maturity: Count {
            done: maturity.answered,
            total: maturity.total,
        },
        overall_percent: {
            let done = count(basics_done) + selfcheck.answered + dir_done + maturity.answered;
            let total = count(basics_total) + selfcheck.total + dir_total + maturity.total;
            (done * 100).checked_div(total).unwrap_or(0)
        },
    };

    // Documents.
    let doc = |kind: DocumentKind| {
        data.documents
            .iter()
            .find(|d| d.kind == kind)
            .map(|d| d.fields.clone())
            .unwrap_or_default()
    };
    let policy = doc(DocumentKind::Policy);
    let incident_card = doc(DocumentKind::IncidentCard);

    // SECURITY ACTION.
    let draft = store::PolicyDraft::from(&store::Document {
        kind: DocumentKind::Policy,
        fields: policy.clone(),
        updated_at: data.organization.updated_at,
    });
    let (levels, stars) = readiness(p, basics_practised, sc_answers, &draft);
    let security_action = levels
        .into_iter()
        .map(|l| LevelState {
            level: l.level,
            ready: l.ready,
            checks: l
                .checks
                .into_iter()
                .map(|c| CheckState {
                    tag: c.check.tag().to_owned(),
                    met: c.met,
                })
                .collect(),
        })
        .collect();

    // Actions.
    let actions: Vec<ActionView> = data
        .actions
        .iter()
        .map(|a| ActionView {
            id: a.id.to_string(),
            source: a.input.source.as_str().to_owned(),
            ref_id: a.input.ref_id.clone(),
            direction: action_direction(p, a.input.ref_id.as_deref()),
            title: a.input.title.clone(),
            owner: a.input.owner.clone(),
            due_date: a.input.due_date.map(store::format_date),
            status: a.input.status.as_str().to_owned(),
            effort: a.input.effort.map(|e| e.as_str().to_owned()),
            overdue: a.is_overdue(today),
            created_at: a.created_at.to_string(),
        })
        .collect();
    let mut open: Vec<&ActionItem> = data
        .actions
        .iter()
        .filter(|a| a.input.status != ActionStatus::Done)
        .collect();
    open.sort_by_key(|a| {
        (
            a.input.due_date.is_none(),
            a.input.due_date,
            a.created_at,
            a.id,
        )
    });
    let next_actions = open.iter().take(5).map(|a| a.id.to_string()).collect();
    let overdue_actions = open
        .iter()
        .filter(|a| a.is_overdue(today))
        .map(|a| a.id.to_string())
        .collect();

    let partners = data
        .partners
        .iter()
        .map(|x| PartnerView {
            id: x.id.to_string(),
            name: x.input.name.clone(),
            relation: x.input.relation.as_str().to_owned(),
            handles: x.input.handles.clone(),
            security_action_level: x.input.security_action_level.as_str().to_owned(),
            contract_has_security_clause: x.input.contract_has_security_clause.as_str().to_owned(),
            last_checked: x.input.last_checked.map(store::format_date),
            note: x.input.note.clone(),
        })
        .collect();

    let last_event = s.events(Some(org_id), 1)?.into_iter().next();
    let continue_at = continue_at(p, &progress, &selfcheck, stars, last_event.as_ref());

    Ok(Journey {
        org: org_dto(data.organization.clone()),
        round: round_view(cur, current + 1),
        previous_round: prev.map(|r| round_view(r, current)),
        selfcheck,
        maturity,
        steps,
        policy,
        incident_card,
        actions,
        next_actions,
        overdue_actions,
        partners,
        progress,
        security_action,
        stars,
        continue_at,
        revision: last_event
            .as_ref()
            .map_or(0, |e| u32::try_from(e.id).unwrap_or(u32::MAX)),
        today: store::format_date(today),
    })
}

fn at(screen: &str) -> ContinueAt {
    ContinueAt {
        screen: screen.to_owned(),
        part: None,
        direction: None,
    }
}

/// Where "continue" leads: back to the area last edited while it has something left to do,
/// else the first stage of the path with something left.
fn continue_at(
    p: &ContentPacks,
    progress: &ProgressView,
    selfcheck: &SelfcheckState,
    stars: u32,
    last: Option<&store::Event>,
) -> ContinueAt {
    let first_unanswered_part = || {
        p.sme
            .selfcheck
            .questions
            .iter()
            .find(|q| !selfcheck.answers.contains_key(&q.number.to_string()))
            .map(|q| q.part)
    };
    let selfcheck_at = |part: Option<u32>| ContinueAt {
        part,
        ..at("selfcheck")
    };
    let direction_left = |d: &DirectionProgress| d.done + d.na < d.total;
    let first_open_direction = || progress.per_direction.iter().find(|d| direction_left(d));
    let direction_at = |d: &DirectionProgress| ContinueAt {
        direction: Some(d.direction.clone()),
        ..at("direction")
    };
    let basics_left = progress.basics.done < progress.basics.total;
    let maturity_left = progress.maturity.done < progress.maturity.total;

    if let Some(e) = last {
        // Step events are logged as `<round id>/<step id>`.
        let step = e
            .entity_id
            .split_once('/')
            .map_or(e.entity_id.as_str(), |(_, s)| s);
        match e.entity {
            EventEntity::SelfCheck => {
                if let Some(part) = first_unanswered_part() {
                    return selfcheck_at(Some(part));
                }
                if stars < 2 {
                    return at("policy");
                }
            }
            EventEntity::Document if e.entity_id == DocumentKind::Policy.as_str() && stars < 2 => {
                return at("policy");
            }
            EventEntity::Step if step.starts_with("sme/") && basics_left => {
                return at("basics");
            }
            EventEntity::Step if step.starts_with("csm/") => {
                let d = step.split('/').nth(1).unwrap_or_default();
                if let Some(dp) = progress
                    .per_direction
                    .iter()
                    .find(|x| x.direction == d && direction_left(x))
                    .or_else(first_open_direction)
                {
                    return direction_at(dp);
                }
            }
            EventEntity::Maturity if maturity_left => return at("maturity"),
            _ => {}
        }
    }
    if basics_left {
        at("basics")
    } else if let Some(part) = first_unanswered_part() {
        selfcheck_at(Some(part))
    } else if stars < 2 {
        at("policy")
    } else if let Some(d) = first_open_direction() {
        direction_at(d)
    } else if maturity_left {
        at("maturity")
    } else {
        at("dashboard")
    }
}
