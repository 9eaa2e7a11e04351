//! IPA's self-check (5分でできる！情報セキュリティ自社診断), scored exactly as IPA does: each of
//! the 25 questions earns the points of its answer ([`SelfCheckAnswer::points`]: done 4, partly 2,
//! not done 0, don't know −1 — the one place IPA's scale is written), the total runs from −25 to
//! 100, and the pack's bands turn the total into advice (achieved 100, partial 70–99, weak 50–69,
//! critical 49 and below).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::content::SelfCheck;

/// An answer to one self-check question. Serialized as its code (`"done"`, `"not_done"`, …),
/// which is also the `code` of its entry in the pack's scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SelfCheckAnswer {
    /// 実施している: in place everywhere, every time.
    Done,
    /// 一部実施している: in place for some devices or people.
    Partly,
    /// 実施していない: not in place.
    NotDone,
    /// わからない: not known; costs a point and becomes a follow-up.
    DontKnow,
}

impl SelfCheckAnswer {
    /// Every answer, in the order of IPA's sheet.
    pub const ALL: [SelfCheckAnswer; 4] = [
        SelfCheckAnswer::Done,
        SelfCheckAnswer::Partly,
        SelfCheckAnswer::NotDone,
        SelfCheckAnswer::DontKnow,
    ];

    /// The code, as in the pack's scale, the database and on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            SelfCheckAnswer::Done => "done",
            SelfCheckAnswer::Partly => "partly",
            SelfCheckAnswer::NotDone => "not_done",
            SelfCheckAnswer::DontKnow => "dont_know",
        }
    }

    /// Parses a code; anything else is `None`.
    pub fn parse(code: &str) -> Option<SelfCheckAnswer> {
        SelfCheckAnswer::ALL
            .into_iter()
            .find(|a| a.as_str() == code)
    }

    /// Points on IPA's scale: 4, 2, 0, and −1 for "don't know" (so 25 questions score −25..100).
    /// The only place the scale is written; the content validator, the store, the screens, the
    /// reports and the class summary all use it.
    pub const fn points(self) -> i32 {
        match self {
            SelfCheckAnswer::Done => 4,
            SelfCheckAnswer::Partly => 2,
            SelfCheckAnswer::NotDone => 0,
            SelfCheckAnswer::DontKnow => -1,
        }
    }

    /// The best points of one answer (4).
    pub const BEST: i32 = SelfCheckAnswer::Done.points();
    /// The worst points of one answer (−1).
    pub const WORST: i32 = SelfCheckAnswer::DontKnow.points();
}

/// How many self-check questions got each answer: all a total needs (the portfolio reads only
/// this from the database).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SelfCheckTally {
    /// In place.
    pub done: u32,
    /// Partly in place.
    pub partly: u32,
    /// Not in place.
    pub not_done: u32,
    /// Not known.
    pub dont_know: u32,
}

impl SelfCheckTally {
    /// Counts a set of answers.
    pub fn of<'a>(answers: impl IntoIterator<Item = &'a SelfCheckAnswer>) -> SelfCheckTally {
        let mut t = SelfCheckTally::default();
        for a in answers {
            t.add(*a, 1);
        }
        t
    }

    /// Adds `n` answers `a`.
    pub fn add(&mut self, a: SelfCheckAnswer, n: u32) {
        let slot = match a {
            SelfCheckAnswer::Done => &mut self.done,
            SelfCheckAnswer::Partly => &mut self.partly,
            SelfCheckAnswer::NotDone => &mut self.not_done,
            SelfCheckAnswer::DontKnow => &mut self.dont_know,
        };
        *slot = slot.saturating_add(n);
    }

    /// How many questions are answered.
    pub fn answered(&self) -> u32 {
        self.done + self.partly + self.not_done + self.dont_know
    }

    /// The points of the answered questions on IPA's scale (the running total; the score once
    /// every question is answered).
    pub fn points(&self) -> i32 {
        [
            (SelfCheckAnswer::Done, self.done),
            (SelfCheckAnswer::Partly, self.partly),
            (SelfCheckAnswer::NotDone, self.not_done),
            (SelfCheckAnswer::DontKnow, self.dont_know),
        ]
        .iter()
        .map(|(a, n)| a.points() * i32::try_from(*n).unwrap_or(i32::MAX / 4))
        .sum()
    }
}

/// The band (its id) a complete self-check's total falls in.
pub fn selfcheck_band(sc: &SelfCheck, total: i32) -> Option<&str> {
    sc.bands
        .iter()
        .find(|b| b.min <= total && total <= b.max)
        .map(|b| b.id.as_str())
}

/// The score of one part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartScore {
    /// Part number (1–3).
    pub part: u32,
    /// Points earned in this part (may be negative).
    pub score: i32,
    /// Highest possible points in this part.
    pub max: i32,
}

/// The result of a complete self-check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelfCheckScore {
    /// Sum of all points, from `min` to `max`.
    pub total: i32,
    /// Highest possible total (100).
    pub max: i32,
    /// Lowest possible total (−25).
    pub min: i32,
    /// The id of the band the total falls in.
    pub band: String,
    /// Per part, in the pack's order.
    pub parts: Vec<PartScore>,
    /// Questions answered "don't know", ascending: each becomes a follow-up task.
    pub dont_know: Vec<u32>,
}

/// Why answers could not be scored.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SelfCheckError {
    /// An answer names a question the self-check does not have.
    #[error("question {question} is not part of the self-check")]
    UnknownQuestion {
        /// The number given.
        question: u32,
    },
    /// Questions without an answer (ascending).
    #[error("no answer for question(s) {questions:?}")]
    Missing {
        /// Their numbers.
        questions: Vec<u32>,
    },
    /// No band covers the total (invalid content).
    #[error("no self-check band covers the total {total}")]
    NoBand {
        /// The total.
        total: i32,
    },
}

/// Scores a complete set of answers, keyed by question number. Every question of the pack must
/// be answered, and no other number may appear.
pub fn score_selfcheck(
    sc: &SelfCheck,
    answers: &BTreeMap<u32, SelfCheckAnswer>,
) -> Result<SelfCheckScore, SelfCheckError> {
    if let Some(&question) = answers
        .keys()
        .find(|n| !sc.questions.iter().any(|q| q.number == **n))
    {
        return Err(SelfCheckError::UnknownQuestion { question });
    }
    let missing: Vec<u32> = sc
        .questions
        .iter()
        .map(|q| q.number)
        .filter(|n| !answers.contains_key(n))
        .collect();
    if !missing.is_empty() {
        let mut questions = missing;
        questions.sort_unstable();
        return Err(SelfCheckError::Missing { questions });
    }

    let best = SelfCheckAnswer::BEST;
    let worst = SelfCheckAnswer::WORST;

    let mut total = 0;
    let mut dont_know = Vec::new();
    let mut by_part: BTreeMap<u32, (i32, i32)> = BTreeMap::new();
    for q in &sc.questions {
        // Every question is answered: checked above.
        let Some(&a) = answers.get(&q.number) else {
            continue;
        };
        let p = a.points();
        total += p;
        let e = by_part.entry(q.part).or_default();
        e.0 += p;
        e.1 += best;
        if a == SelfCheckAnswer::DontKnow {
            dont_know.push(q.number);
        }
    }
    dont_know.sort_unstable();
    let parts = sc
        .parts
        .iter()
        .map(|p| {
            let (score, max) = by_part.get(&p.number).copied().unwrap_or_default();
            PartScore {
                part: p.number,
                score,
                max,
            }
        })
        .collect();
    let band = selfcheck_band(sc, total)
        .map(str::to_owned)
        .ok_or(SelfCheckError::NoBand { total })?;
    let n = sc.questions.len() as i32;
    Ok(SelfCheckScore {
        total,
        max: n * best,
        min: n * worst,
        band,
        parts,
        dont_know,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::ContentPacks;

    fn selfcheck() -> SelfCheck {
        ContentPacks::load().unwrap().sme.selfcheck
    }

    fn all(a: SelfCheckAnswer) -> BTreeMap<u32, SelfCheckAnswer> {
        (1..=25).map(|n| (n, a)).collect()
    }

    #[test]
    fn codes_round_trip_and_match_serde() {
        for a in SelfCheckAnswer::ALL {
            assert_eq!(SelfCheckAnswer::parse(a.as_str()), Some(a));
            assert_eq!(serde_json::to_value(a).unwrap(), a.as_str());
        }
        assert_eq!(SelfCheckAnswer::parse("yes"), None);
        assert_eq!(SelfCheckAnswer::parse("Done"), None);
    }

    #[test]
    fn all_done_is_100_and_achieved() {
        let s = score_selfcheck(&selfcheck(), &all(SelfCheckAnswer::Done)).unwrap();
        assert_eq!((s.total, s.max, s.min), (100, 100, -25));
        assert_eq!(s.band, "achieved");
        assert!(s.dont_know.is_empty());
        let parts: Vec<(u32, i32, i32)> =
            s.parts.iter().map(|p| (p.part, p.score, p.max)).collect();
        assert_eq!(parts, [(1, 20, 20), (2, 52, 52), (3, 28, 28)]);
    }

    #[test]
    fn all_dont_know_is_minus_25_critical_and_every_question_a_followup() {
        let s = score_selfcheck(&selfcheck(), &all(SelfCheckAnswer::DontKnow)).unwrap();
        assert_eq!(s.total, -25);
        assert_eq!(s.band, "critical");
        assert_eq!(s.dont_know, (1..=25).collect::<Vec<_>>());
        let parts: Vec<i32> = s.parts.iter().map(|p| p.score).collect();
        assert_eq!(parts, [-5, -13, -7]);
    }

    #[test]
    fn points_are_ipas() {
        let sc = selfcheck();
        for (a, want) in [
            (SelfCheckAnswer::Done, 100),
            (SelfCheckAnswer::Partly, 50),
            (SelfCheckAnswer::NotDone, 0),
            (SelfCheckAnswer::DontKnow, -25),
        ] {
            assert_eq!(score_selfcheck(&sc, &all(a)).unwrap().total, want, "{a:?}");
        }
    }

    #[test]
    fn band_edges() {
        let sc = selfcheck();
        // 24 done (96) plus one question varied.
        let mut a = all(SelfCheckAnswer::Done);
        a.insert(25, SelfCheckAnswer::NotDone);
        let s = score_selfcheck(&sc, &a).unwrap();
        assert_eq!((s.total, s.band.as_str()), (96, "partial"));
        a.insert(25, SelfCheckAnswer::DontKnow);
        let s = score_selfcheck(&sc, &a).unwrap();
        assert_eq!((s.total, s.band.as_str()), (95, "partial"));
        assert_eq!(s.dont_know, [25]);
        assert_eq!(
            s.parts[2],
            PartScore {
                part: 3,
                score: 23,
                max: 28
            }
        );

        // Exactly 70: 17 done (68) + 1 partly (2) + 7 not done.
        let mut a = all(SelfCheckAnswer::NotDone);
        for n in 1..=17 {
            a.insert(n, SelfCheckAnswer::Done);
        }
        a.insert(18, SelfCheckAnswer::Partly);
        let s = score_selfcheck(&sc, &a).unwrap();
        assert_eq!((s.total, s.band.as_str()), (70, "partial"));
        // 69: swap one not-done for don't know.
        a.insert(25, SelfCheckAnswer::DontKnow);
        let s = score_selfcheck(&sc, &a).unwrap();
        assert_eq!((s.total, s.band.as_str()), (69, "weak"));
        // 50: 12 done (48) + 1 partly (2).
        let mut a = all(SelfCheckAnswer::NotDone);
        for n in 1..=12 {
            a.insert(n, SelfCheckAnswer::Done);
        }
        a.insert(13, SelfCheckAnswer::Partly);
        let s = score_selfcheck(&sc, &a).unwrap();
        assert_eq!((s.total, s.band.as_str()), (50, "weak"));
        a.insert(13, SelfCheckAnswer::NotDone);
        let s = score_selfcheck(&sc, &a).unwrap();
        assert_eq!((s.total, s.band.as_str()), (48, "critical"));
    }

    #[test]
    fn a_mixed_sheet_scores_per_part() {
        // Part 1: done, done, partly, not done, don't know = 4+4+2+0-1 = 9 / 20.
        // Part 2 (6–18): all partly = 26 / 52.  Part 3 (19–25): all done = 28 / 28.
        let mut a = BTreeMap::new();
        for (n, x) in [
            (1, SelfCheckAnswer::Done),
            (2, SelfCheckAnswer::Done),
            (3, SelfCheckAnswer::Partly),
            (4, SelfCheckAnswer::NotDone),
            (5, SelfCheckAnswer::DontKnow),
        ] {
            a.insert(n, x);
        }
        for n in 6..=18 {
            a.insert(n, SelfCheckAnswer::Partly);
        }
        for n in 19..=25 {
            a.insert(n, SelfCheckAnswer::Done);
        }
        let s = score_selfcheck(&selfcheck(), &a).unwrap();
        assert_eq!(s.total, 63);
        assert_eq!(s.band, "weak");
        assert_eq!(s.dont_know, [5]);
        let parts: Vec<(i32, i32)> = s.parts.iter().map(|p| (p.score, p.max)).collect();
        assert_eq!(parts, [(9, 20), (26, 52), (28, 28)]);
    }

    #[test]
    fn missing_and_unknown_questions_are_errors() {
        let sc = selfcheck();
        let mut a = all(SelfCheckAnswer::Done);
        a.remove(&7);
        a.remove(&19);
        assert_eq!(
            score_selfcheck(&sc, &a),
            Err(SelfCheckError::Missing {
                questions: vec![7, 19]
            })
        );
        let mut a = all(SelfCheckAnswer::Done);
        a.insert(26, SelfCheckAnswer::Done);
        assert_eq!(
            score_selfcheck(&sc, &a),
            Err(SelfCheckError::UnknownQuestion { question: 26 })
        );
        assert_eq!(
            score_selfcheck(&sc, &BTreeMap::new()),
            Err(SelfCheckError::Missing {
                questions: (1..=25).collect()
            })
        );
    }

    #[test]
    fn broken_content_is_an_error_not_a_panic() {
        let mut sc = selfcheck();
        sc.bands.retain(|b| b.id != "partial");
        let mut a = all(SelfCheckAnswer::Done);
        a.insert(1, SelfCheckAnswer::NotDone);
        assert_eq!(
            score_selfcheck(&sc, &a),
            Err(SelfCheckError::NoBand { total: 96 })
        );
    }
}
