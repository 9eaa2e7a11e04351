//! SECURITY ACTION readiness: which of a level's checks a company meets. SECURITY ACTION is a
//! self-declaration, not a certification; this only tells the owner what is still missing
//! before they declare on IPA's site.
//!
//! ★ is a declaration that the company *works on* the five basics (5か条に取り組む), not that all
//! five are finished: its check is met once every basic has a decision recorded (see
//! [`crate::progress::basics_decided`]).

use std::collections::BTreeSet;

use crate::content::{SecurityActionPack, SmePack};

/// The closed set of checks a level may require (`requires` in `security-action.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SaCheck {
    /// Each of the five basics (5か条) has a decision recorded: at least one of its steps is
    /// in progress, done or marked not applicable.
    BasicsDeclared,
    /// All 25 self-check questions are answered ("don't know" counts as an answer).
    SelfcheckComplete,
    /// The basic security policy is filled in and adopted by the owner.
    PolicyAdopted,
    /// The policy is published outside the company.
    PolicyPublished,
}

impl SaCheck {
    /// Every check.
    pub const ALL: [SaCheck; 4] = [
        SaCheck::BasicsDeclared,
        SaCheck::SelfcheckComplete,
        SaCheck::PolicyAdopted,
        SaCheck::PolicyPublished,
    ];

    /// The tag used in `requires` and in `sa-req-<tag>`.
    pub fn tag(self) -> &'static str {
        match self {
            SaCheck::BasicsDeclared => "basics-declared",
            SaCheck::SelfcheckComplete => "selfcheck-complete",
            SaCheck::PolicyAdopted => "policy-adopted",
            SaCheck::PolicyPublished => "policy-published",
        }
    }

    /// Parses a tag; anything else is `None`.
    pub fn from_tag(tag: &str) -> Option<SaCheck> {
        SaCheck::ALL.into_iter().find(|c| c.tag() == tag)
    }
}

/// What the company has declared or done so far.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SaDeclarations {
    /// Ids of the five basics (`b1`…`b5`) with a decision recorded.
    pub basics_decided: BTreeSet<String>,
    /// Self-check questions answered so far (numbers of the pack's questions; "don't know"
    /// counts as an answer).
    pub selfcheck_answered: BTreeSet<u32>,
    /// The basic security policy is filled in and adopted.
    pub policy_adopted: bool,
    /// The policy is published outside the company.
    pub policy_published: bool,
}

/// Whether one check is met.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckStatus {
    /// The check.
    pub check: SaCheck,
    /// Met or not.
    pub met: bool,
}

/// A level and how far the company is from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelReadiness {
    /// The level id (`star1`, `star2`).
    pub level: String,
    /// Each required check, in the pack's order.
    pub checks: Vec<CheckStatus>,
    /// Every required check is met (and all of them are known checks).
    pub ready: bool,
}

/// Whether `check` is met, given the SME pack (for the basics and questions) and the
/// declarations.
pub fn check_met(check: SaCheck, sme: &SmePack, d: &SaDeclarations) -> bool {
    match check {
        SaCheck::BasicsDeclared => {
            !sme.basics.is_empty() && sme.basics.iter().all(|b| d.basics_decided.contains(&b.id))
        }
        SaCheck::SelfcheckComplete => {
            let q = &sme.selfcheck.questions;
            !q.is_empty() && q.iter().all(|q| d.selfcheck_answered.contains(&q.number))
        }
        SaCheck::PolicyAdopted => d.policy_adopted,
        SaCheck::PolicyPublished => d.policy_published,
    }
}

/// Readiness for every level of the pack, in its order.
pub fn sa_readiness(
    sa: &SecurityActionPack,
    sme: &SmePack,
    d: &SaDeclarations,
) -> Vec<LevelReadiness> {
    sa.levels
        .iter()
        .map(|l| {
            let known: Vec<SaCheck> = l
                .requires
                .iter()
                .filter_map(|r| SaCheck::from_tag(r))
                .collect();
            let checks: Vec<CheckStatus> = known
                .iter()
                .map(|&check| CheckStatus {
                    check,
                    met: check_met(check, sme, d),
                })
                .collect();
            let ready = known.len() == l.requires.len() && checks.iter().all(|c| c.met);
            LevelReadiness {
                level: l.id.clone(),
                checks,
                ready,
            }
        })
        .collect()
}

fn star_count(l: &LevelReadiness) -> Option<u32> {
    l.level.strip_prefix("star").and_then(|n| n.parse().ok())
}

/// The highest level ready: the one a company could declare today.
pub fn highest_ready(levels: &[LevelReadiness]) -> Option<&LevelReadiness> {
    levels
        .iter()
        .filter(|l| l.ready)
        .max_by_key(|l| star_count(l))
}

/// The highest level ready, as a number of stars (0 when none: `star1` → 1, `star2` → 2).
pub fn stars(levels: &[LevelReadiness]) -> u32 {
    highest_ready(levels).and_then(star_count).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::ContentPacks;

    fn level<'a>(r: &'a [LevelReadiness], id: &str) -> &'a LevelReadiness {
        r.iter().find(|l| l.level == id).unwrap()
    }

    #[test]
    fn tags_round_trip() {
        for c in SaCheck::ALL {
            assert_eq!(SaCheck::from_tag(c.tag()), Some(c));
        }
        assert_eq!(SaCheck::from_tag("certified"), None);
    }

    #[test]
    fn nothing_declared_meets_nothing() {
        let c = ContentPacks::load().unwrap();
        let r = sa_readiness(&c.security_action, &c.sme, &SaDeclarations::default());
        assert_eq!(r.len(), 2);
        assert!(
            r.iter()
                .all(|l| !l.ready && l.checks.iter().all(|c| !c.met))
        );
        let star2: Vec<SaCheck> = level(&r, "star2").checks.iter().map(|c| c.check).collect();
        assert_eq!(
            star2,
            [
                SaCheck::SelfcheckComplete,
                SaCheck::PolicyAdopted,
                SaCheck::PolicyPublished
            ]
        );
    }

    #[test]
    fn star1_needs_a_decision_on_all_five_basics() {
        let c = ContentPacks::load().unwrap();
        let mut d = SaDeclarations {
            basics_decided: ["b1", "b2", "b3", "b4"]
                .iter()
                .map(|s| s.to_string())
                .collect(),
            ..Default::default()
        };
        assert!(!level(&sa_readiness(&c.security_action, &c.sme, &d), "star1").ready);
        d.basics_decided.insert("b5".into());
        let r = sa_readiness(&c.security_action, &c.sme, &d);
        assert!(level(&r, "star1").ready);
        assert!(
            !level(&r, "star2").ready,
            "star2 does not follow from the basics"
        );
    }

    #[test]
    fn star2_needs_a_complete_selfcheck_and_an_adopted_published_policy() {
        let c = ContentPacks::load().unwrap();
        let mut d = SaDeclarations {
            selfcheck_answered: (1..=24).collect(),
            policy_adopted: true,
            policy_published: true,
            ..Default::default()
        };
        let r = sa_readiness(&c.security_action, &c.sme, &d);
        let s2 = level(&r, "star2");
        assert!(!s2.ready);
        assert_eq!(
            s2.checks
                .iter()
                .filter(|c| !c.met)
                .map(|c| c.check)
                .collect::<Vec<_>>(),
            [SaCheck::SelfcheckComplete]
        );
        // "Don't know" is an answer: the self-check is complete, whatever the score.
        d.selfcheck_answered.insert(25);
        assert!(level(&sa_readiness(&c.security_action, &c.sme, &d), "star2").ready);
        d.policy_published = false;
        let r = sa_readiness(&c.security_action, &c.sme, &d);
        assert!(!level(&r, "star2").ready);
        assert!(!level(&r, "star1").ready);
    }

    #[test]
    fn an_unknown_requirement_never_counts_as_ready() {
        let mut c = ContentPacks::load().unwrap();
        c.security_action.levels[0].requires = vec!["basics-declared".into(), "audited".into()];
        let d = SaDeclarations {
            basics_decided: c.sme.basics.iter().map(|b| b.id.clone()).collect(),
            ..Default::default()
        };
        let r = sa_readiness(&c.security_action, &c.sme, &d);
        assert!(!r[0].ready);
        assert_eq!(r[0].checks.len(), 1);
        assert!(r[0].checks[0].met);
    }
}
