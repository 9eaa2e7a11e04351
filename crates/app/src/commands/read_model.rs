//! The journey read model: the [`Journey`] every screen of an organization draws, built from one
//! consistent read of the store after a write committed. What the state *means* (score, band,
//! SECURITY ACTION readiness, stage, where to continue) is decided by mamori-core's rules
//! ([`mamori_core::progress::evaluate`]); this module only turns it into DTOs.

use std::collections::BTreeMap;

use mamori_core::content::ContentPacks;
use mamori_core::progress::{self, LastEdit, OrgFacts, OrgStatus, step_id};
use mamori_core::scoring::{MaturityScore, score_maturity, score_selfcheck};
use mamori_store::{
    self as store, ActionItem, ActionStatus, DocumentKind, EventEntity, OrgData, RoundData, Store,
    Uuid,
};

use super::content::packs;
use super::orgs::org_dto;
use super::selfcheck::score_dto;
use crate::dto::{
    ActionView, AnswerView, CheckState, Count, DirectionProgress, DirectionScore, Journey,
    LevelState, MaturityState, PartnerView, ProgressView, RoundView, SelfcheckState, StepState,
};
use crate::{AppCtx, AppError};

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn round_view(r: &RoundData, number: usize) -> RoundView {
    RoundView {
        id: r.round.id.to_string(),
        number: count(number),
        framework_version: r.round.framework_version.clone(),
        started_at: r.round.started_at.to_string(),
        closed_at: r.round.closed_at.map(|t| t.to_string()),
    }
}

fn maturity_scores(p: &ContentPacks, r: &RoundData) -> Vec<DirectionScore> {
    let answers: BTreeMap<String, String> = r
        .maturity
        .iter()
        .map(|a| (a.question_id.clone(), a.answer.as_str().to_owned()))
        .collect();
    match score_maturity(&p.maturity, &answers) {
        Ok(m) => direction_scores(m),
        // Answers are checked on save and import, so this cannot happen; show nothing rather
        // than fail the whole screen.
        Err(_) => Vec::new(),
    }
}

/// A maturity score as the screens show it: per direction, in order.
pub(crate) fn direction_scores(m: MaturityScore) -> Vec<DirectionScore> {
    m.directions
        .into_iter()
        .map(|d| DirectionScore {
            direction: d.direction,
            percent: d.percent,
            dont_know: count(d.dont_know.len()),
            unanswered: count(d.unanswered.len()),
        })
        .collect()
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

/// The last edit, as "continue" sees it. Step events are logged as `<round id>/<step id>`.
fn last_edit(e: &store::Event) -> LastEdit {
    match e.entity {
        EventEntity::SelfCheck => LastEdit::SelfCheck,
        EventEntity::Document if e.entity_id == DocumentKind::Policy.as_str() => LastEdit::Policy,
        EventEntity::Step => LastEdit::Step(
            e.entity_id
                .split_once('/')
                .map_or(e.entity_id.as_str(), |(_, s)| s)
                .to_owned(),
        ),
        EventEntity::Maturity => LastEdit::Maturity,
        _ => LastEdit::Other,
    }
}

fn progress_view(p: &ContentPacks, f: &OrgFacts, st: &OrgStatus) -> ProgressView {
    let finished = |pack: &str, parent: &str, step: &str| {
        f.steps
            .get(&step_id(pack, parent, step))
            .is_some_and(|s| s.is_finished())
    };
    let basics = Count {
        done: count(
            p.sme
                .basics
                .iter()
                .flat_map(|b| b.steps.iter().map(move |s| (b, s)))
                .filter(|(b, s)| finished(&p.sme.pack, &b.id, &s.id))
                .count(),
        ),
        total: count(p.sme.basics.iter().map(|b| b.steps.len()).sum()),
    };
    let per_direction: Vec<DirectionProgress> = p
        .csm
        .directions
        .iter()
        .map(|d| {
            let with = |want: progress::StepStatus| {
                count(
                    d.steps
                        .iter()
                        .filter(|s| f.steps.get(&step_id(&p.csm.pack, &d.id, &s.id)) == Some(&want))
                        .count(),
                )
            };
            DirectionProgress {
                direction: d.id.clone(),
                done: with(progress::StepStatus::Done),
                na: with(progress::StepStatus::Na),
                total: count(d.steps.len()),
            }
        })
        .collect();
    let directions = Count {
        done: per_direction.iter().map(|d| d.done + d.na).sum(),
        total: per_direction.iter().map(|d| d.total).sum(),
    };
    let selfcheck = Count {
        done: st.selfcheck.answered(),
        total: count(p.sme.selfcheck.questions.len()),
    };
    let maturity = Count {
        done: count(f.maturity_answered),
        total: count(p.maturity.questions.len()),
    };
    let done = basics.done + selfcheck.done + directions.done + maturity.done;
    let total = basics.total + selfcheck.total + directions.total + maturity.total;
    ProgressView {
        basics,
        basics_practised: st.basics_finished.iter().cloned().collect(),
        basics_decided: st.basics_decided.iter().cloned().collect(),
        selfcheck,
        directions,
        per_direction,
        maturity,
        overall_percent: (done * 100).checked_div(total).unwrap_or(0),
    }
}

fn answer_views<'a>(
    answers: impl Iterator<Item = (String, &'a str, &'a Option<String>)>,
) -> BTreeMap<String, AnswerView> {
    answers
        .map(|(k, answer, note)| {
            (
                k,
                AnswerView {
                    answer: answer.to_owned(),
                    note: note.clone(),
                },
            )
        })
        .collect()
}

/// Builds the journey of an organization from one consistent read.
pub(crate) fn journey(ctx: &AppCtx, s: &Store, org_id: Uuid) -> Result<Journey, AppError> {
    let p = packs()?;
    let today = ctx.today();
    let data: OrgData = s.org_data(org_id)?;
    let (Some(cur), prev) = data.current_rounds() else {
        return Err(AppError::from(store::Error::NotFound {
            entity: "assessment round",
            id: org_id.to_string(),
        }));
    };
    let number = data.rounds.len();
    let facts = data.facts();
    let status = progress::evaluate(p, &facts);

    // Self-check.
    let sc = &p.sme.selfcheck;
    let score = score_selfcheck(sc, &facts.selfcheck)
        .ok()
        .map(|x| score_dto(&p.sme, x));
    let previous_total = prev.and_then(|r| {
        let f = r.facts(Default::default());
        score_selfcheck(sc, &f.selfcheck).ok().map(|x| x.total)
    });
    let selfcheck = SelfcheckState {
        answers: answer_views(
            cur.selfcheck
                .iter()
                .map(|a| (a.question.to_string(), a.answer.as_str(), &a.note)),
        ),
        answered: status.selfcheck.answered(),
        total: count(sc.questions.len()),
        running_total: status.selfcheck.points(),
        score,
        previous_total,
    };

    let maturity = MaturityState {
        answers: answer_views(
            cur.maturity
                .iter()
                .map(|a| (a.question_id.clone(), a.answer.as_str(), &a.note)),
        ),
        answered: count(cur.maturity.len()),
        total: count(p.maturity.questions.len()),
        directions: maturity_scores(p, cur),
        previous: prev
            .filter(|r| !r.maturity.is_empty())
            .map(|r| maturity_scores(p, r)),
    };

    let steps: BTreeMap<String, StepState> = cur
        .steps
        .iter()
        .map(|x| {
            let i = &x.input;
            (
                x.step_id.clone(),
                StepState {
                    status: i.status,
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

    let doc = |kind: DocumentKind| {
        data.documents
            .iter()
            .find(|d| d.kind == kind)
            .map(|d| d.fields.clone())
            .unwrap_or_default()
    };

    let security_action = status
        .levels
        .iter()
        .map(|l| LevelState {
            level: l.level.clone(),
            ready: l.ready,
            checks: l
                .checks
                .iter()
                .map(|c| CheckState {
                    tag: c.check.tag().to_owned(),
                    met: c.met,
                })
                .collect(),
        })
        .collect();

    let actions: Vec<ActionView> = data
        .actions
        .iter()
        .map(|a| ActionView {
            id: a.id.to_string(),
            source: a.input.source,
            ref_id: a.input.ref_id.clone(),
            direction: action_direction(p, a.input.ref_id.as_deref()),
            title: a.input.title.clone(),
            owner: a.input.owner.clone(),
            due_date: a.input.due_date.map(store::format_date),
            status: a.input.status,
            effort: a.input.effort,
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
            relation: x.input.relation,
            handles: x.input.handles.clone(),
            security_action_level: x.input.security_action_level,
            contract_has_security_clause: x.input.contract_has_security_clause,
            last_checked: x.input.last_checked.map(store::format_date),
            note: x.input.note.clone(),
        })
        .collect();

    let last_event = s.events(Some(org_id), 1)?.into_iter().next();
    let continue_at = progress::continue_at(
        p,
        &facts,
        &status,
        last_event.as_ref().map(last_edit).as_ref(),
    );

    Ok(Journey {
        org: org_dto(data.organization.clone()),
        round: round_view(cur, number),
        previous_round: prev.map(|r| round_view(r, number - 1)),
        selfcheck,
        maturity,
        steps,
        policy: doc(DocumentKind::Policy),
        incident_card: doc(DocumentKind::IncidentCard),
        actions,
        next_actions,
        overdue_actions,
        partners,
        progress: progress_view(p, &facts, &status),
        security_action,
        stars: status.stars,
        stage: status.stage,
        continue_at,
        revision: last_event
            .as_ref()
            .map_or(0, |e| u32::try_from(e.id).unwrap_or(u32::MAX)),
        today: store::format_date(today),
    })
}
