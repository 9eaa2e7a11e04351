//! Which content ids exist: self-check question numbers, maturity question ids, step ids. The
//! store stays independent of the content packs; the caller passes what it knows.

use std::collections::{BTreeMap, BTreeSet};

/// The content ids an import (or a caller's check) accepts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentIds {
    /// Self-check question numbers.
    pub selfcheck_questions: BTreeSet<u32>,
    /// Maturity question ids, e.g. `d1-q1`.
    pub maturity_questions: BTreeSet<String>,
    /// Step ids, e.g. `csm/d1/s1`; `None` accepts any id of the form `csm/dN/sK`
    /// (N in 1..=10, K in 1..=99).
    pub steps: Option<BTreeSet<String>>,
    /// The version of each loaded content pack (`ipa-sme` → `3.1`), written into exports.
    pub versions: BTreeMap<String, String>,
}

impl ContentIds {
    /// The ids of the current editions, from their known shapes: self-check questions 1..=25,
    /// maturity questions `d1-q1`..`d10-q4`, and any step id `csm/dN/sK`; no pack versions.
    /// For the store's own tests and benches: the app builds the real set from the content
    /// packs (`mamori_app::content_ids`).
    pub fn builtin() -> ContentIds {
        ContentIds {
            selfcheck_questions: (1..=25).collect(),
            maturity_questions: (1..=10)
                .flat_map(|d| (1..=4).map(move |q| format!("d{d}-q{q}")))
                .collect(),
            steps: None,
            versions: BTreeMap::new(),
        }
    }

    /// Whether `n` is a self-check question.
    pub fn has_selfcheck(&self, n: u32) -> bool {
        self.selfcheck_questions.contains(&n)
    }

    /// Whether `id` is a maturity question.
    pub fn has_maturity(&self, id: &str) -> bool {
        self.maturity_questions.contains(id)
    }

    /// Whether `id` is a step.
    pub fn has_step(&self, id: &str) -> bool {
        match &self.steps {
            Some(known) => known.contains(id),
            None => is_step_shape(id),
        }
    }

    /// Whether `id` may be the reference of an action item: `selfcheck/<n>`, a maturity
    /// question or a step.
    pub fn has_ref(&self, id: &str) -> bool {
        match id.strip_prefix("selfcheck/") {
            Some(n) => canonical_number(n).is_some_and(|n| self.has_selfcheck(n)),
            None => self.has_maturity(id) || self.has_step(id),
        }
    }
}

/// `csm/dN/sK` with N in 1..=10 and K in 1..=99, without leading zeros.
fn is_step_shape(id: &str) -> bool {
    let mut parts = id.split('/');
    let (Some("csm"), Some(d), Some(s), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let num = |p: &str, prefix: char, max: u32| {
        p.strip_prefix(prefix)
            .and_then(canonical_number)
            .is_some_and(|n| (1..=max).contains(&n))
    };
    num(d, 'd', 10) && num(s, 's', 99)
}

/// A decimal number written without sign or leading zeros.
fn canonical_number(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 3 || s.starts_with('0') || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_ids_have_the_known_shapes() {
        let c = ContentIds::builtin();
        assert_eq!(c.selfcheck_questions.len(), 25);
        assert_eq!(c.maturity_questions.len(), 40);
        assert!(c.has_maturity("d10-q4") && !c.has_maturity("d11-q1") && !c.has_maturity("d1-q5"));
        for ok in ["csm/d1/s1", "csm/d10/s12"] {
            assert!(c.has_step(ok), "{ok}");
        }
        for bad in [
            "csm/d0/s1",
            "csm/d11/s1",
            "csm/d1/s0",
            "csm/d01/s1",
            "csm/d1",
            "sme/d1/s1",
            "csm/d1/s1/x",
            "csm/d+1/s1",
        ] {
            assert!(!c.has_step(bad), "{bad}");
        }
        assert!(
            c.has_ref("selfcheck/25") && !c.has_ref("selfcheck/26") && !c.has_ref("selfcheck/07")
        );
        assert!(c.has_ref("d3-q2") && c.has_ref("csm/d1/s1") && !c.has_ref("anything"));
    }

    #[test]
    fn an_explicit_step_list_wins_over_the_pattern() {
        let c = ContentIds {
            steps: Some(BTreeSet::from(["csm/d1/s1".to_owned()])),
            ..ContentIds::builtin()
        };
        assert!(c.has_step("csm/d1/s1"));
        assert!(!c.has_step("csm/d1/s2"));
    }
}
