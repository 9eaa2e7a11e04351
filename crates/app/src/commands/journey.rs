//! The guided journey's edits: opening an organization, every save and delete. Each command
//! is one transaction (an answer and the action plan it changes commit together) and returns
//! the whole new [`Journey`], read back from the database after the commit, so what the UI
//! shows is what was saved.

use mamori_core::scoring::SelfCheckAnswer;
use mamori_store::{
    self as store, ActionInput, ActionItem, ActionSource, ActionStatus, MaturityAnswer,
    PartnerInput, Problem, StepInput, StepStatus, Store, Uuid,
};

use super::content::packs;
use super::input::{invalid, parse_id, parse_opt_date, parse_org_id, text};
use super::read_model::journey;
use super::startup::ui_locale;
use crate::dto::{
    DeleteActionReq, DeletePartnerReq, Journey, OpenOrgReq, SaveActionReq, SaveDocumentReq,
    SaveMaturityAnswerReq, SavePartnerReq, SaveSelfcheckAnswerReq, SaveStepReq, StartNextRoundReq,
    UpdateOrgReq,
};
use crate::{AppCtx, AppError};

/// The framework a new round is taken against.
pub(crate) const FRAMEWORK_VERSION: &str = "meti-csm@3.0";

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

/// Saves one self-check answer in an open round, with the action plan it changes (see
/// [`record_selfcheck_answer`]), as one transaction.
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
    let answer = req.answer;
    let note = text(req.note);
    let mut s = ctx.store()?;
    let org_id = s.transaction(|s| {
        record_selfcheck_answer(ctx, s, round_id, req.question, answer, note.as_deref())
    })?;
    journey(ctx, &s, org_id)
}

/// Saves a self-check answer and keeps the plan in step with it, inside the caller's
/// transaction: a gap (`not_done`, `partly`) or a `dont_know` gets an action (if it has none
/// yet); when the answer becomes `done`, an untouched action made for it goes away again. The
/// screen's answers and the quick run's both come through here. Returns the organization.
pub(crate) fn record_selfcheck_answer(
    ctx: &AppCtx,
    s: &mut Store,
    round_id: Uuid,
    question: u32,
    answer: SelfCheckAnswer,
    note: Option<&str>,
) -> Result<Uuid, AppError> {
    s.save_selfcheck(round_id, question, answer, note)?;
    let org_id = org_of_round(s, round_id)?;
    let source = match answer {
        SelfCheckAnswer::Done => None,
        SelfCheckAnswer::DontKnow => Some(ActionSource::DontKnow),
        SelfCheckAnswer::Partly | SelfCheckAnswer::NotDone => Some(ActionSource::Gap),
    };
    let text_id = packs()?.sme.question_message_id(question, "text");
    sync_action(
        ctx,
        s,
        org_id,
        round_id,
        &format!("selfcheck/{question}"),
        source,
        &text_id,
    )?;
    Ok(org_id)
}

/// Saves a maturity answer and keeps the plan in step with it (a `dont-know` gets a follow-up
/// action), inside the caller's transaction. Returns the organization.
pub(crate) fn record_maturity_answer(
    ctx: &AppCtx,
    s: &mut Store,
    round_id: Uuid,
    question_id: &str,
    answer: MaturityAnswer,
    note: Option<&str>,
) -> Result<Uuid, AppError> {
    s.save_maturity(round_id, question_id, answer, note)?;
    let org_id = org_of_round(s, round_id)?;
    let source = (answer == MaturityAnswer::DontKnow).then_some(ActionSource::DontKnow);
    let text_id = mamori_core::content::ids::join(&packs()?.maturity.pack, &[question_id]);
    sync_action(ctx, s, org_id, round_id, question_id, source, &text_id)?;
    Ok(org_id)
}

/// Saves one maturity answer in an open round, with its follow-up action (see
/// [`record_maturity_answer`]), as one transaction.
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
    let answer = req.answer;
    let note = text(req.note);
    let mut s = ctx.store()?;
    let org_id = s.transaction(|s| {
        record_maturity_answer(ctx, s, round_id, &req.question_id, answer, note.as_deref())
    })?;
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
    let status = req.status;
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
    let kind = req.kind;
    let mut s = ctx.store()?;
    s.save_document(org_id, kind, &req.fields)?;
    journey(ctx, &s, org_id)
}

/// Adds a manual action (no id) or edits one (its source and reference stay).
pub fn save_action(ctx: &AppCtx, req: SaveActionReq) -> Result<Journey, AppError> {
    let org_id = parse_org_id(&req.org_id)?;
    let status = req.status;
    let effort = req.effort;
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
        relation: req.relation,
        handles: text(req.handles),
        security_action_level: req.security_action_level,
        contract_has_security_clause: req.contract_has_security_clause,
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
        employee_band: req.employee_band,
        contact_person: text(req.contact_person),
        notes: text(req.notes),
    };
    let mut s = ctx.store()?;
    s.update_org(org_id, &input)?;
    journey(ctx, &s, org_id)
}
