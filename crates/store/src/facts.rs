//! What the store knows of an organization, handed to mamori-core's rules
//! ([`mamori_core::progress::evaluate`]): the facts of its current round, from the
//! whole-organization read ([`OrgData`]) or from the portfolio's one-query summary
//! ([`OrgSummary`]). Both paths give the same facts for the same database, so a screen, a
//! portfolio row and a report agree.

use mamori_core::progress::{OrgFacts, PolicyFacts};

use crate::documents::{DocumentKind, PolicyDraft};
use crate::{OrgData, OrgSummary, RoundData};

impl PolicyDraft {
    /// What the draft says for SECURITY ACTION ★★.
    pub fn facts(&self) -> PolicyFacts {
        PolicyFacts::from_filled(
            self.company.is_some(),
            self.owner.is_some(),
            self.adopted_on.is_some(),
            self.published_where.is_some(),
        )
    }
}

impl OrgData {
    /// The current round (the latest; only the latest can be open) and the one before it.
    pub fn current_rounds(&self) -> (Option<&RoundData>, Option<&RoundData>) {
        let n = self.rounds.len();
        (
            self.rounds.last(),
            n.checked_sub(2).and_then(|i| self.rounds.get(i)),
        )
    }

    /// The policy draft (blank when none was saved).
    pub fn policy_draft(&self) -> PolicyDraft {
        self.documents
            .iter()
            .find(|d| d.kind == DocumentKind::Policy)
            .map(PolicyDraft::from)
            .unwrap_or_default()
    }

    /// The facts of the current round.
    pub fn facts(&self) -> OrgFacts {
        let policy = self.policy_draft().facts();
        match self.current_rounds().0 {
            Some(r) => r.facts(policy),
            None => OrgFacts {
                policy,
                ..OrgFacts::default()
            },
        }
    }
}

impl RoundData {
    /// The facts of this round, with the organization's policy.
    pub fn facts(&self, policy: PolicyFacts) -> OrgFacts {
        OrgFacts {
            steps: self
                .steps
                .iter()
                .map(|s| (s.step_id.clone(), s.input.status))
                .collect(),
            selfcheck: self
                .selfcheck
                .iter()
                .map(|a| (a.question, a.answer))
                .collect(),
            maturity_answered: self.maturity.len(),
            policy,
        }
    }
}

impl OrgSummary {
    /// The facts of the latest round.
    pub fn facts(&self) -> OrgFacts {
        OrgFacts {
            steps: self.steps.clone(),
            selfcheck: self.selfcheck.clone(),
            maturity_answered: self.maturity_answered as usize,
            policy: self.policy.facts(),
        }
    }
}
