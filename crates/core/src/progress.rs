//! How far an organization is on Mamori's path: the rules every screen, report and CLI output
//! share — where a step stands, which of the five basics have a decision, the self-check's
//! completeness and band, SECURITY ACTION readiness, the current stage of the path and where
//! "continue" leads. Callers gather the facts ([`OrgFacts`]) from wherever they keep them (the
//! store's whole-organization read, the portfolio's one-query summary) and call [`evaluate`];
//! nothing else decides these things.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::content::ContentPacks;
use crate::scoring::{
    LevelReadiness, SaDeclarations, SelfCheckAnswer, SelfCheckTally, sa_readiness, selfcheck_band,
    stars,
};

/// Where a step stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum StepStatus {
    /// Not started.
    Todo,
    /// In progress.
    Doing,
    /// Done.
    Done,
    /// Does not apply to this organization (with a reason).
    Na,
}

impl StepStatus {
    /// Every status, in order.
    pub const ALL: [StepStatus; 4] = [
        StepStatus::Todo,
        StepStatus::Doing,
        StepStatus::Done,
        StepStatus::Na,
    ];

    /// The code stored in the database and written to client files.
    pub fn as_str(self) -> &'static str {
        match self {
            StepStatus::Todo => "todo",
            StepStatus::Doing => "doing",
            StepStatus::Done => "done",
            StepStatus::Na => "na",
        }
    }

    /// The status for its code, if it is one.
    pub fn parse(s: &str) -> Option<StepStatus> {
        StepStatus::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// Finished: done, or not applicable (with a reason).
    pub fn is_finished(self) -> bool {
        matches!(self, StepStatus::Done | StepStatus::Na)
    }

    /// A decision is recorded: anything but "not started".
    pub fn is_decided(self) -> bool {
        self != StepStatus::Todo
    }
}

/// The stages of Mamori's path, in the order an owner walks them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Stage {
    /// The five basics (SECURITY ACTION ★).
    Basics,
    /// IPA's 25-question self-check.
    Selfcheck,
    /// The basic security policy (SECURITY ACTION ★★).
    Policy,
    /// The ten directions of METI's guidelines.
    Directions,
    /// Mamori's maturity check.
    Maturity,
    /// Everything walked once.
    Done,
}

impl Stage {
    /// Every stage, in order.
    pub const ORDER: [Stage; 6] = [
        Stage::Basics,
        Stage::Selfcheck,
        Stage::Policy,
        Stage::Directions,
        Stage::Maturity,
        Stage::Done,
    ];

    /// Its code (`basics`, `selfcheck`, …), as on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Basics => "basics",
            Stage::Selfcheck => "selfcheck",
            Stage::Policy => "policy",
            Stage::Directions => "directions",
            Stage::Maturity => "maturity",
            Stage::Done => "done",
        }
    }
}

/// A screen "continue" can lead to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Screen {
    /// The five basics.
    Basics,
    /// The self-check (at a part).
    Selfcheck,
    /// The basic policy builder.
    Policy,
    /// One direction's steps.
    Direction,
    /// The maturity check.
    Maturity,
    /// The dashboard: nothing is left.
    Dashboard,
}

/// Where "continue" leads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContinueAt {
    /// The screen.
    pub screen: Screen,
    /// For the self-check: the part.
    pub part: Option<u32>,
    /// For a direction: its id.
    pub direction: Option<String>,
}

impl ContinueAt {
    fn at(screen: Screen) -> ContinueAt {
        ContinueAt {
            screen,
            part: None,
            direction: None,
        }
    }
}

/// The last edit of an organization, as far as "continue" cares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LastEdit {
    /// A self-check answer.
    SelfCheck,
    /// The basic policy draft.
    Policy,
    /// A step (its id, e.g. `csm/d3/s2` or `sme/b1/s1`).
    Step(String),
    /// A maturity answer.
    Maturity,
    /// Anything else.
    Other,
}

/// What the basic policy draft says, as far as SECURITY ACTION ★★ cares.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PolicyFacts {
    /// Adopted: the company, the owner who adopts it and the date of adoption are filled in.
    pub adopted: bool,
    /// Published: where it is published is filled in.
    pub published: bool,
}

impl PolicyFacts {
    /// The rule, from which of the draft's fields are filled in.
    pub fn from_filled(
        company: bool,
        owner: bool,
        adopted_on: bool,
        published_where: bool,
    ) -> Self {
        PolicyFacts {
            adopted: company && owner && adopted_on,
            published: published_where,
        }
    }
}

/// What is recorded for an organization's current round.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrgFacts {
    /// Step statuses by step id (`sme/b1/s1`, `csm/d1/s2`, …); a missing step is not started.
    pub steps: BTreeMap<String, StepStatus>,
    /// Self-check answers by question number.
    pub selfcheck: BTreeMap<u32, SelfCheckAnswer>,
    /// Maturity statements answered.
    pub maturity_answered: usize,
    /// The basic policy draft.
    pub policy: PolicyFacts,
}

/// How far an organization is: what every view of it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgStatus {
    /// The self-check answers so far.
    pub selfcheck: SelfCheckTally,
    /// Every question of the self-check is answered ("don't know" counts).
    pub selfcheck_complete: bool,
    /// The band of the total, once the self-check is complete.
    pub selfcheck_band: Option<String>,
    /// Basics with a decision recorded (SECURITY ACTION ★).
    pub basics_decided: BTreeSet<String>,
    /// Basics whose steps are all finished.
    pub basics_finished: BTreeSet<String>,
    /// SECURITY ACTION readiness per level, in the pack's order.
    pub levels: Vec<LevelReadiness>,
    /// The highest level ready (0, 1 or 2).
    pub stars: u32,
    /// The current stage of the path.
    pub stage: Stage,
}

/// A step's id: `<pack>/<parent>/<step>` (e.g. `sme/b1/s1`, `csm/d3/s2`).
pub fn step_id(pack: &str, parent: &str, step: &str) -> String {
    format!("{pack}/{parent}/{step}")
}

fn status_of(f: &OrgFacts, id: &str) -> StepStatus {
    f.steps.get(id).copied().unwrap_or(StepStatus::Todo)
}

/// The basics with a decision recorded: at least one of their steps is in progress, done or
/// not applicable. This is what SECURITY ACTION ★ asks: a declaration of working on the five
/// basics, not that all of them are finished.
pub fn basics_decided(p: &ContentPacks, f: &OrgFacts) -> BTreeSet<String> {
    p.sme
        .basics
        .iter()
        .filter(|b| {
            b.steps
                .iter()
                .any(|s| status_of(f, &step_id(&p.sme.pack, &b.id, &s.id)).is_decided())
        })
        .map(|b| b.id.clone())
        .collect()
}

/// The basics whose steps are all finished.
pub fn basics_finished(p: &ContentPacks, f: &OrgFacts) -> BTreeSet<String> {
    p.sme
        .basics
        .iter()
        .filter(|b| {
            !b.steps.is_empty()
                && b.steps
                    .iter()
                    .all(|s| status_of(f, &step_id(&p.sme.pack, &b.id, &s.id)).is_finished())
        })
        .map(|b| b.id.clone())
        .collect()
}

/// The first direction with a step not finished, if any.
fn first_open_direction<'a>(p: &'a ContentPacks, f: &OrgFacts) -> Option<&'a str> {
    p.csm
        .directions
        .iter()
        .find(|d| direction_open(p, f, &d.id))
        .map(|d| d.id.as_str())
}

fn direction_open(p: &ContentPacks, f: &OrgFacts, direction: &str) -> bool {
    p.csm
        .directions
        .iter()
        .filter(|d| d.id == direction)
        .flat_map(|d| {
            d.steps
                .iter()
                .map(move |s| step_id(&p.csm.pack, &d.id, &s.id))
        })
        .any(|id| !status_of(f, &id).is_finished())
}

/// The part of the first unanswered self-check question, if any.
fn first_unanswered_part(p: &ContentPacks, f: &OrgFacts) -> Option<u32> {
    p.sme
        .selfcheck
        .questions
        .iter()
        .find(|q| !f.selfcheck.contains_key(&q.number))
        .map(|q| q.part)
}

/// How far the organization is.
pub fn evaluate(p: &ContentPacks, f: &OrgFacts) -> OrgStatus {
    let sc = &p.sme.selfcheck;
    let selfcheck = SelfCheckTally::of(f.selfcheck.values());
    let selfcheck_complete = !sc.questions.is_empty()
        && sc
            .questions
            .iter()
            .all(|q| f.selfcheck.contains_key(&q.number));
    let selfcheck_band = selfcheck_complete
        .then(|| selfcheck_band(sc, selfcheck.points()).map(str::to_owned))
        .flatten();
    let basics_decided = basics_decided(p, f);
    let declarations = SaDeclarations {
        basics_decided: basics_decided.clone(),
        selfcheck_answered: f.selfcheck.keys().copied().collect(),
        policy_adopted: f.policy.adopted,
        policy_published: f.policy.published,
    };
    let levels = sa_readiness(&p.security_action, &p.sme, &declarations);
    let stars = stars(&levels);
    let all_basics_decided = basics_decided.len() == p.sme.basics.len();
    let stage = if !all_basics_decided {
        Stage::Basics
    } else if !selfcheck_complete {
        Stage::Selfcheck
    } else if stars < 2 {
        Stage::Policy
    } else if first_open_direction(p, f).is_some() {
        Stage::Directions
    } else if f.maturity_answered < p.maturity.questions.len() {
        Stage::Maturity
    } else {
        Stage::Done
    };
    OrgStatus {
        selfcheck,
        selfcheck_complete,
        selfcheck_band,
        basics_decided,
        basics_finished: basics_finished(p, f),
        levels,
        stars,
        stage,
    }
}

/// Where "continue" leads: back to the area last edited while it has something left to do,
/// else the current stage (the self-check at its first unanswered part, the first direction
/// with a step left).
pub fn continue_at(
    p: &ContentPacks,
    f: &OrgFacts,
    status: &OrgStatus,
    last: Option<&LastEdit>,
) -> ContinueAt {
    let selfcheck_at = |part: Option<u32>| ContinueAt {
        part,
        ..ContinueAt::at(Screen::Selfcheck)
    };
    let direction_at = |d: &str| ContinueAt {
        direction: Some(d.to_owned()),
        ..ContinueAt::at(Screen::Direction)
    };
    let basics_left = status.basics_finished.len() < p.sme.basics.len();
    let maturity_left = f.maturity_answered < p.maturity.questions.len();

    match last {
        Some(LastEdit::SelfCheck) => {
            if let Some(part) = first_unanswered_part(p, f) {
                return selfcheck_at(Some(part));
            }
            if status.stars < 2 {
                return ContinueAt::at(Screen::Policy);
            }
        }
        Some(LastEdit::Policy) if status.stars < 2 => return ContinueAt::at(Screen::Policy),
        Some(LastEdit::Step(step)) if step.starts_with("sme/") && basics_left => {
            return ContinueAt::at(Screen::Basics);
        }
        Some(LastEdit::Step(step)) if step.starts_with("csm/") => {
            let d = step.split('/').nth(1).unwrap_or_default();
            if direction_open(p, f, d) {
                return direction_at(d);
            }
            if let Some(d) = first_open_direction(p, f) {
                return direction_at(d);
            }
        }
        Some(LastEdit::Maturity) if maturity_left => return ContinueAt::at(Screen::Maturity),
        _ => {}
    }
    match status.stage {
        Stage::Basics => ContinueAt::at(Screen::Basics),
        Stage::Selfcheck => selfcheck_at(first_unanswered_part(p, f)),
        Stage::Policy => ContinueAt::at(Screen::Policy),
        Stage::Directions => first_open_direction(p, f)
            .map_or_else(|| ContinueAt::at(Screen::Dashboard), direction_at),
        Stage::Maturity => ContinueAt::at(Screen::Maturity),
        Stage::Done => ContinueAt::at(Screen::Dashboard),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn packs() -> ContentPacks {
        ContentPacks::load().unwrap()
    }

    fn all_steps(p: &ContentPacks, status: StepStatus) -> BTreeMap<String, StepStatus> {
        let mut m = BTreeMap::new();
        for b in &p.sme.basics {
            for s in &b.steps {
                m.insert(step_id(&p.sme.pack, &b.id, &s.id), status);
            }
        }
        for d in &p.csm.directions {
            for s in &d.steps {
                m.insert(step_id(&p.csm.pack, &d.id, &s.id), status);
            }
        }
        m
    }

    #[test]
    fn codes_round_trip_and_match_serde() {
        for s in StepStatus::ALL {
            assert_eq!(StepStatus::parse(s.as_str()), Some(s));
            assert_eq!(serde_json::to_value(s).unwrap(), s.as_str());
        }
        for s in Stage::ORDER {
            assert_eq!(serde_json::to_value(s).unwrap(), s.as_str());
        }
        assert_eq!(StepStatus::parse("Done"), None);
    }

    #[test]
    fn a_new_organization_starts_with_the_basics() {
        let p = packs();
        let f = OrgFacts::default();
        let s = evaluate(&p, &f);
        assert_eq!(s.stage, Stage::Basics);
        assert_eq!(s.stars, 0);
        assert!(!s.selfcheck_complete);
        assert_eq!(s.selfcheck_band, None);
        assert_eq!(
            continue_at(&p, &f, &s, None),
            ContinueAt::at(Screen::Basics)
        );
    }

    #[test]
    fn one_decision_per_basic_is_enough_for_star1() {
        let p = packs();
        let mut f = OrgFacts::default();
        // The first step of each basic in progress: every basic has a decision, none finished.
        for b in &p.sme.basics {
            f.steps.insert(
                step_id(&p.sme.pack, &b.id, &b.steps[0].id),
                StepStatus::Doing,
            );
        }
        let s = evaluate(&p, &f);
        assert_eq!(s.basics_decided.len(), 5);
        assert!(s.basics_finished.is_empty());
        assert_eq!(s.stars, 1);
        assert_eq!(s.stage, Stage::Selfcheck);
        assert_eq!(continue_at(&p, &f, &s, None).part, Some(1));
        // Editing a basic's step keeps the owner on the basics while steps are left there.
        let last = LastEdit::Step(step_id(&p.sme.pack, "b1", &p.sme.basics[0].steps[0].id));
        assert_eq!(continue_at(&p, &f, &s, Some(&last)).screen, Screen::Basics);
        // Four basics decided are not enough.
        let first_b5 = step_id(&p.sme.pack, "b5", &p.sme.basics[4].steps[0].id);
        f.steps.remove(&first_b5);
        assert_eq!(evaluate(&p, &f).stars, 0);
        // "Not started" is no decision.
        f.steps.insert(first_b5, StepStatus::Todo);
        assert_eq!(evaluate(&p, &f).stars, 0);
    }

    #[test]
    fn the_stages_follow_in_order() {
        let p = packs();
        let mut f = OrgFacts {
            steps: all_steps(&p, StepStatus::Done),
            ..OrgFacts::default()
        };
        // Directions all done, but the self-check is missing.
        assert_eq!(evaluate(&p, &f).stage, Stage::Selfcheck);
        f.selfcheck = (1..=25).map(|n| (n, SelfCheckAnswer::Partly)).collect();
        let s = evaluate(&p, &f);
        assert_eq!(s.selfcheck.points(), 50);
        assert_eq!(s.selfcheck_band.as_deref(), Some("weak"));
        assert_eq!(s.stage, Stage::Policy);
        f.policy = PolicyFacts::from_filled(true, true, true, false);
        assert_eq!(evaluate(&p, &f).stage, Stage::Policy, "not published");
        f.policy = PolicyFacts::from_filled(true, true, true, true);
        let s = evaluate(&p, &f);
        assert_eq!(s.stars, 2);
        assert_eq!(s.stage, Stage::Maturity);
        f.steps.insert("csm/d3/s1".into(), StepStatus::Doing);
        let s = evaluate(&p, &f);
        assert_eq!(s.stage, Stage::Directions);
        let c = continue_at(&p, &f, &s, None);
        assert_eq!(
            (c.screen, c.direction.as_deref()),
            (Screen::Direction, Some("d3"))
        );
        f.steps.insert("csm/d3/s1".into(), StepStatus::Na);
        f.maturity_answered = p.maturity.questions.len();
        let s = evaluate(&p, &f);
        assert_eq!(s.stage, Stage::Done);
        assert_eq!(continue_at(&p, &f, &s, None).screen, Screen::Dashboard);
        // The last edit does not keep the owner anywhere once nothing is left there.
        let c = continue_at(&p, &f, &s, Some(&LastEdit::Maturity));
        assert_eq!(c.screen, Screen::Dashboard);
    }
}
