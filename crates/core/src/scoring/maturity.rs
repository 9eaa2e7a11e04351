//! Mamori's own maturity check (not IPA's visualization tool): four statements per METI Ver 3.0
//! direction, each answered on the pack's scale (not started 0, partly 1, in place 2, reviewed
//! and improved 3, don't know).

use std::collections::BTreeMap;

use crate::content::MaturityPack;

/// One direction's maturity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectionMaturity {
    /// The Ver 3.0 direction id (`d1`…`d10`).
    pub direction: String,
    /// Points earned.
    pub points: u32,
    /// Highest possible points: statements × the highest points on the scale (4 × 3 = 12).
    pub max: u32,
    /// `points` as a percentage of `max`, rounded half up (0 when `max` is 0).
    pub percent: u32,
    /// Statements answered "don't know" (follow-ups), in pack order.
    pub dont_know: Vec<String>,
    /// Statements not answered yet, in pack order.
    pub unanswered: Vec<String>,
}

/// The maturity check's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MaturityScore {
    /// One entry per direction, in the order the directions first appear in the pack.
    pub directions: Vec<DirectionMaturity>,
    /// Every statement answered "don't know", in pack order: each becomes a follow-up task.
    pub followups: Vec<String>,
}

/// Why maturity answers could not be scored.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MaturityError {
    /// An answer names a statement the pack does not have.
    #[error("`{question}` is not a maturity statement")]
    UnknownQuestion {
        /// The id given.
        question: String,
    },
    /// An answer code is not on the scale.
    #[error("`{code}` is not an answer on the maturity scale (statement {question})")]
    UnknownCode {
        /// The statement.
        question: String,
        /// The code given.
        code: String,
    },
}

/// Scores maturity answers (`statement id → scale code`).
///
/// Per direction, the score is the sum of the points of its answers as a percentage of the
/// maximum, which is the number of its statements times the highest points on the scale
/// (4 statements × 3 points = 12). An answer without points on the scale ("don't know") counts
/// 0 and is listed as a follow-up, so not knowing keeps the score down until someone finds out.
/// A statement not answered yet also counts 0 and is listed in `unanswered`, so a partly
/// filled-in check can be shown as it goes.
pub fn score_maturity(
    pack: &MaturityPack,
    answers: &BTreeMap<String, String>,
) -> Result<MaturityScore, MaturityError> {
    for (q, code) in answers {
        if !pack.questions.iter().any(|x| &x.id == q) {
            return Err(MaturityError::UnknownQuestion {
                question: q.clone(),
            });
        }
        if !pack.scale.iter().any(|s| &s.code == code) {
            return Err(MaturityError::UnknownCode {
                question: q.clone(),
                code: code.clone(),
            });
        }
    }
    let best = pack
        .scale
        .iter()
        .filter_map(|s| s.points)
        .max()
        .unwrap_or(0);
    let mut directions: Vec<DirectionMaturity> = Vec::new();
    let mut followups = Vec::new();
    for q in &pack.questions {
        let i = match directions.iter().position(|d| d.direction == q.direction) {
            Some(i) => i,
            None => {
                directions.push(DirectionMaturity {
                    direction: q.direction.clone(),
                    points: 0,
                    max: 0,
                    percent: 0,
                    dont_know: Vec::new(),
                    unanswered: Vec::new(),
                });
                directions.len() - 1
            }
        };
        let Some(d) = directions.get_mut(i) else {
            continue;
        };
        d.max += best;
        let Some(code) = answers.get(&q.id) else {
            d.unanswered.push(q.id.clone());
            continue;
        };
        let Some(entry) = pack.scale.iter().find(|s| &s.code == code) else {
            continue;
        };
        match entry.points {
            Some(p) => d.points += p,
            None => {
                d.dont_know.push(q.id.clone());
                followups.push(q.id.clone());
            }
        }
    }
    for d in &mut directions {
        d.percent = (d.points * 100 + d.max / 2).checked_div(d.max).unwrap_or(0);
    }
    Ok(MaturityScore {
        directions,
        followups,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::ContentPacks;

    fn pack() -> MaturityPack {
        ContentPacks::load().unwrap().maturity
    }

    fn answers(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(q, c)| (q.to_string(), c.to_string()))
            .collect()
    }

    #[test]
    fn nothing_answered_is_zero_everywhere() {
        let s = score_maturity(&pack(), &BTreeMap::new()).unwrap();
        assert_eq!(s.directions.len(), 10);
        for d in &s.directions {
            assert_eq!((d.points, d.max, d.percent), (0, 12, 0), "{}", d.direction);
            assert_eq!(d.unanswered.len(), 4);
        }
        assert!(s.followups.is_empty());
        let order: Vec<&str> = s.directions.iter().map(|d| d.direction.as_str()).collect();
        assert_eq!(
            order,
            ["d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9", "d10"]
        );
    }

    #[test]
    fn all_reviewed_is_100_percent() {
        let p = pack();
        let a: BTreeMap<String, String> = p
            .questions
            .iter()
            .map(|q| (q.id.clone(), "reviewed".to_owned()))
            .collect();
        let s = score_maturity(&p, &a).unwrap();
        assert!(
            s.directions
                .iter()
                .all(|d| d.points == 12 && d.percent == 100)
        );
    }

    #[test]
    fn percent_of_twelve_with_dont_know_as_zero_and_a_followup() {
        // d1: 3 + 2 + 1 + don't know = 6 / 12 = 50 %.
        // d2: 2 + 2 + 1 + 0 = 5 / 12 = 41.67 → 42 %.  d3: 1 of 12 = 8.33 → 8 %.
        let a = answers(&[
            ("d1-q1", "reviewed"),
            ("d1-q2", "in-place"),
            ("d1-q3", "partly"),
            ("d1-q4", "dont-know"),
            ("d2-q1", "in-place"),
            ("d2-q2", "in-place"),
            ("d2-q3", "partly"),
            ("d2-q4", "not-started"),
            ("d3-q1", "partly"),
            ("d3-q2", "dont-know"),
        ]);
        let s = score_maturity(&pack(), &a).unwrap();
        let d = |id: &str| s.directions.iter().find(|d| d.direction == id).unwrap();
        assert_eq!((d("d1").points, d("d1").percent), (6, 50));
        assert_eq!(d("d1").dont_know, ["d1-q4"]);
        assert!(d("d1").unanswered.is_empty());
        assert_eq!((d("d2").points, d("d2").percent), (5, 42));
        assert_eq!((d("d3").points, d("d3").percent), (1, 8));
        assert_eq!(d("d3").unanswered, ["d3-q3", "d3-q4"]);
        assert_eq!(s.followups, ["d1-q4", "d3-q2"]);
    }

    #[test]
    fn unknown_statements_and_codes_are_errors() {
        let p = pack();
        assert_eq!(
            score_maturity(&p, &answers(&[("d11-q1", "partly")])),
            Err(MaturityError::UnknownQuestion {
                question: "d11-q1".into()
            })
        );
        assert_eq!(
            score_maturity(&p, &answers(&[("d1-q1", "done")])),
            Err(MaturityError::UnknownCode {
                question: "d1-q1".into(),
                code: "done".into()
            })
        );
    }
}
