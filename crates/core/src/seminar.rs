//! Seminars: the small anonymous result file an attendee hands to the trainer, and the class
//! view the trainer builds from many of them.
//!
//! An attendee file holds only answers (self-check and maturity) and the content editions:
//! no names, no company, no notes, no times of day.
//!
//! ```json
//! { "format": "mamori-attendee", "formatVersion": 1,
//!   "contentVersions": { "ipa-sme": "3.1", "mamori-maturity": "1.0" },
//!   "selfcheck": { "1": "done", …, "25": "dont_know" },
//!   "maturity": { "d1-q1": "partly", … } }
//! ```
//!
//! Parsing is strict and bounded ([`ATTENDEE_MAX_BYTES`], unknown fields refused, every id and
//! answer checked against the content): a malformed file is reported and skipped, never fatal.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::content::ContentPacks;
use crate::scoring::{SelfCheckAnswer, score_maturity, score_selfcheck};
use crate::text::{TextKind, check_text};

/// The `format` value of an attendee file.
pub const ATTENDEE_FORMAT: &str = "mamori-attendee";
/// The version this build writes and reads.
pub const ATTENDEE_FORMAT_VERSION: u64 = 1;
/// The largest attendee file accepted (64 KiB; a complete file is about 2 KiB).
pub const ATTENDEE_MAX_BYTES: usize = 64 * 1024;

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Wire {
    format: String,
    format_version: u64,
    content_versions: BTreeMap<String, String>,
    selfcheck: BTreeMap<String, String>,
    #[serde(default)]
    maturity: BTreeMap<String, String>,
}

/// One attendee's answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttendeeAnswers {
    /// All self-check answers, by question number.
    pub selfcheck: BTreeMap<u32, SelfCheckAnswer>,
    /// Maturity answers given (any number), by statement id → scale code.
    pub maturity: BTreeMap<String, String>,
}

/// Why an attendee file was skipped.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AttendeeError {
    /// Larger than [`ATTENDEE_MAX_BYTES`].
    #[error("the file is larger than {max_bytes} bytes")]
    TooLarge {
        /// The limit.
        max_bytes: usize,
    },
    /// Not JSON of the expected shape.
    #[error("not a Mamori attendee file: {detail}")]
    Malformed {
        /// serde's description.
        detail: String,
    },
    /// Another kind of file, or a newer format.
    #[error("not a Mamori attendee file of format 1")]
    NotAttendeeFile,
    /// A question number or statement id the content does not have.
    #[error("unknown question `{id}`")]
    UnknownQuestion {
        /// The id (shortened).
        id: String,
    },
    /// An answer that is not on the scale.
    #[error("question {id}: `{value}` is not an answer")]
    UnknownAnswer {
        /// The question.
        id: String,
        /// The value (shortened).
        value: String,
    },
    /// A key or value holds a control character (see [`crate::text`]).
    #[error("the file contains the control character {value}")]
    ControlChar {
        /// The first such character, as `U+XXXX`.
        value: String,
    },
    /// The self-check is not complete.
    #[error("{missing} self-check questions are not answered")]
    Incomplete {
        /// How many are missing.
        missing: usize,
    },
}

fn short(s: &str) -> String {
    s.chars().take(40).collect()
}

/// Writes an attendee file (pretty JSON, ending in a newline).
pub fn write_attendee(packs: &ContentPacks, a: &AttendeeAnswers) -> String {
    let w = Wire {
        format: ATTENDEE_FORMAT.to_owned(),
        format_version: ATTENDEE_FORMAT_VERSION,
        content_versions: BTreeMap::from([
            (packs.sme.framework.clone(), packs.sme.version.clone()),
            ("mamori-maturity".to_owned(), "1.0".to_owned()),
        ]),
        selfcheck: a
            .selfcheck
            .iter()
            .map(|(n, x)| (n.to_string(), x.code().to_owned()))
            .collect(),
        maturity: a.maturity.clone(),
    };
    // Plain maps of strings always serialize.
    let mut s = serde_json::to_string_pretty(&w).unwrap_or_default();
    s.push('\n');
    s
}

/// Parses and checks an attendee file against the content.
pub fn parse_attendee(
    packs: &ContentPacks,
    bytes: &[u8],
) -> Result<AttendeeAnswers, AttendeeError> {
    if bytes.len() > ATTENDEE_MAX_BYTES {
        return Err(AttendeeError::TooLarge {
            max_bytes: ATTENDEE_MAX_BYTES,
        });
    }
    // Check the kind first, so a bundle or any other JSON is named as such.
    let v: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| AttendeeError::Malformed {
            detail: e.to_string(),
        })?;
    if v.get("format").and_then(|f| f.as_str()) != Some(ATTENDEE_FORMAT)
        || v.get("formatVersion").and_then(serde_json::Value::as_u64)
            != Some(ATTENDEE_FORMAT_VERSION)
    {
        return Err(AttendeeError::NotAttendeeFile);
    }
    let w: Wire = serde_json::from_value(v).map_err(|e| AttendeeError::Malformed {
        detail: e.to_string(),
    })?;
    // Every key and value is an id, a code or an edition: one line, the same rule as a name.
    for text in [&w.content_versions, &w.selfcheck, &w.maturity]
        .into_iter()
        .flat_map(|m| m.iter().flat_map(|(k, v)| [k, v]))
    {
        check_text(text, TextKind::SingleLine).map_err(|c| AttendeeError::ControlChar {
            value: c.code_point(),
        })?;
    }
    let sc = &packs.sme.selfcheck;
    let mut selfcheck = BTreeMap::new();
    for (k, v) in &w.selfcheck {
        let q = sc
            .questions
            .iter()
            .find(|q| q.number.to_string() == *k)
            .ok_or_else(|| AttendeeError::UnknownQuestion { id: short(k) })?;
        let a = SelfCheckAnswer::from_code(v).ok_or_else(|| AttendeeError::UnknownAnswer {
            id: k.clone(),
            value: short(v),
        })?;
        selfcheck.insert(q.number, a);
    }
    let missing = sc.questions.len().saturating_sub(selfcheck.len());
    if missing > 0 {
        return Err(AttendeeError::Incomplete { missing });
    }
    let m = &packs.maturity;
    for (k, v) in &w.maturity {
        if !m.questions.iter().any(|q| q.id == *k) {
            return Err(AttendeeError::UnknownQuestion { id: short(k) });
        }
        if !m.scale.iter().any(|s| s.code == *v) {
            return Err(AttendeeError::UnknownAnswer {
                id: short(k),
                value: short(v),
            });
        }
    }
    Ok(AttendeeAnswers {
        selfcheck,
        maturity: w.maturity,
    })
}

/// How a class answered one self-check question.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionTally {
    /// Question number.
    pub number: u32,
    /// Attendees per answer code (`done`, `partly`, `not_done`, `dont_know`).
    pub answers: BTreeMap<String, u32>,
    /// Mean points (4, 2, 0, −1 scale).
    pub mean_points: f64,
}

/// A direction's maturity across the class.
#[derive(Debug, Clone, PartialEq)]
pub struct DirectionTally {
    /// Direction id.
    pub direction: String,
    /// Attendees who answered at least one of its statements.
    pub attendees: u32,
    /// Mean percent over those attendees (0–100).
    pub mean_percent: f64,
}

/// The class view: everyone's answers together.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassSummary {
    /// Attendee files counted.
    pub attendees: u32,
    /// Every attendee's self-check total, ascending.
    pub totals: Vec<i32>,
    /// Attendees per band id, in the pack's band order.
    pub bands: Vec<(String, u32)>,
    /// Attendees per 10-point range: `(from, to, count)`, from −25 to 100.
    pub histogram: Vec<(i32, i32, u32)>,
    /// Mean total.
    pub mean: f64,
    /// Median total.
    pub median: f64,
    /// Every question, in order.
    pub questions: Vec<QuestionTally>,
    /// The questions with the lowest mean points (up to 5), weakest first.
    pub weakest_questions: Vec<u32>,
    /// Every direction, in order.
    pub directions: Vec<DirectionTally>,
    /// The directions with the lowest mean maturity (up to 3, only those answered), weakest
    /// first.
    pub weakest_directions: Vec<String>,
}

/// Builds the class view from the attendees' answers (already checked by [`parse_attendee`]).
pub fn class_summary(packs: &ContentPacks, attendees: &[AttendeeAnswers]) -> ClassSummary {
    let sc = &packs.sme.selfcheck;
    let mut totals: Vec<i32> = attendees
        .iter()
        .filter_map(|a| score_selfcheck(sc, &a.selfcheck).ok().map(|s| s.total))
        .collect();
    totals.sort_unstable();
    let n = totals.len();
    let mean = if n == 0 {
        0.0
    } else {
        f64::from(totals.iter().sum::<i32>()) / n as f64
    };
    let median = match n {
        0 => 0.0,
        _ if n % 2 == 1 => f64::from(totals[n / 2]),
        _ => (f64::from(totals[n / 2 - 1]) + f64::from(totals[n / 2])) / 2.0,
    };
    let bands = sc
        .bands
        .iter()
        .map(|b| {
            let c = totals
                .iter()
                .filter(|t| **t >= b.min && **t <= b.max)
                .count();
            (b.id.clone(), u32::try_from(c).unwrap_or(u32::MAX))
        })
        .collect();
    let mut histogram = vec![(-25, -1, 0u32)];
    histogram.extend((0..10).map(|i| (i * 10, i * 10 + 9, 0u32)));
    histogram.push((100, 100, 0));
    for t in &totals {
        if let Some(h) = histogram.iter_mut().find(|h| *t >= h.0 && *t <= h.1) {
            h.2 += 1;
        }
    }

    let points = |a: SelfCheckAnswer| {
        sc.scale
            .iter()
            .find(|s| s.code == a.code())
            .map_or(0, |s| s.points)
    };
    let questions: Vec<QuestionTally> = sc
        .questions
        .iter()
        .map(|q| {
            let mut answers: BTreeMap<String, u32> =
                sc.scale.iter().map(|s| (s.code.clone(), 0)).collect();
            let mut sum = 0i32;
            let mut count = 0u32;
            for a in attendees {
                if let Some(&x) = a.selfcheck.get(&q.number) {
                    *answers.entry(x.code().to_owned()).or_default() += 1;
                    sum += points(x);
                    count += 1;
                }
            }
            QuestionTally {
                number: q.number,
                answers,
                mean_points: if count == 0 {
                    0.0
                } else {
                    f64::from(sum) / f64::from(count)
                },
            }
        })
        .collect();
    let mut order: Vec<&QuestionTally> = questions.iter().collect();
    order.sort_by(|a, b| {
        a.mean_points
            .total_cmp(&b.mean_points)
            .then(a.number.cmp(&b.number))
    });
    let weakest_questions = if attendees.is_empty() {
        Vec::new()
    } else {
        order.iter().take(5).map(|q| q.number).collect()
    };

    // Maturity: per direction, the mean percent over attendees who answered any of its
    // statements (unanswered statements in an answered direction count 0, as on screen).
    let mut per_dir: BTreeMap<String, (u32, u32)> = BTreeMap::new(); // (attendees, percent sum)
    for a in attendees.iter().filter(|a| !a.maturity.is_empty()) {
        if let Ok(score) = score_maturity(&packs.maturity, &a.maturity) {
            for d in score.directions {
                let answered = packs
                    .maturity
                    .questions
                    .iter()
                    .any(|q| q.direction == d.direction && a.maturity.contains_key(&q.id));
                if answered {
                    let e = per_dir.entry(d.direction).or_default();
                    e.0 += 1;
                    e.1 += d.percent;
                }
            }
        }
    }
    let directions: Vec<DirectionTally> = packs
        .csm
        .directions
        .iter()
        .map(|d| {
            let (n, sum) = per_dir.get(&d.id).copied().unwrap_or((0, 0));
            DirectionTally {
                direction: d.id.clone(),
                attendees: n,
                mean_percent: if n == 0 {
                    0.0
                } else {
                    f64::from(sum) / f64::from(n)
                },
            }
        })
        .collect();
    let mut dorder: Vec<&DirectionTally> = directions.iter().filter(|d| d.attendees > 0).collect();
    dorder.sort_by(|a, b| a.mean_percent.total_cmp(&b.mean_percent));
    let weakest_directions = dorder.iter().take(3).map(|d| d.direction.clone()).collect();

    ClassSummary {
        attendees: u32::try_from(attendees.len()).unwrap_or(u32::MAX),
        totals,
        bands,
        histogram,
        mean,
        median,
        questions,
        weakest_questions,
        directions,
        weakest_directions,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn packs() -> &'static ContentPacks {
        ContentPacks::embedded().unwrap()
    }

    fn attendee(done_up_to: u32, maturity: &[(&str, &str)]) -> AttendeeAnswers {
        AttendeeAnswers {
            selfcheck: (1..=25)
                .map(|n| {
                    let a = if n <= done_up_to {
                        SelfCheckAnswer::Done
                    } else if n == 25 {
                        SelfCheckAnswer::DontKnow
                    } else {
                        SelfCheckAnswer::NotDone
                    };
                    (n, a)
                })
                .collect(),
            maturity: maturity
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
        }
    }

    #[test]
    fn files_round_trip_and_carry_no_names() {
        let a = attendee(20, &[("d1-q1", "partly")]);
        let text = write_attendee(packs(), &a);
        assert!(!text.contains("name") && !text.contains("org"));
        assert_eq!(parse_attendee(packs(), text.as_bytes()).unwrap(), a);
    }

    #[test]
    fn bad_files_are_named_not_fatal() {
        let p = packs();
        let good: serde_json::Value =
            serde_json::from_str(&write_attendee(p, &attendee(10, &[]))).unwrap();
        let with = |f: &dyn Fn(&mut serde_json::Value)| {
            let mut v = good.clone();
            f(&mut v);
            parse_attendee(p, v.to_string().as_bytes())
        };
        assert!(matches!(
            parse_attendee(p, b"{not json"),
            Err(AttendeeError::Malformed { .. })
        ));
        assert_eq!(
            parse_attendee(p, br#"{"format":"mamori-org-bundle","formatVersion":1}"#),
            Err(AttendeeError::NotAttendeeFile)
        );
        assert!(matches!(
            with(&|v| v["selfcheck"]["26"] = "done".into()),
            Err(AttendeeError::UnknownQuestion { .. })
        ));
        assert!(matches!(
            with(&|v| v["selfcheck"]["3"] = "yes".into()),
            Err(AttendeeError::UnknownAnswer { .. })
        ));
        assert_eq!(
            with(&|v| {
                v["selfcheck"].as_object_mut().unwrap().remove("7");
            }),
            Err(AttendeeError::Incomplete { missing: 1 })
        );
        assert!(matches!(
            with(&|v| v["name"] = "Taro".into()),
            Err(AttendeeError::Malformed { .. })
        ));
        assert!(matches!(
            with(&|v| v["maturity"]["d1-q9"] = "partly".into()),
            Err(AttendeeError::UnknownQuestion { .. })
        ));
        // Control characters are refused by the one rule for text, named by code point.
        let control = |value: &str| {
            Err(AttendeeError::ControlChar {
                value: value.into(),
            })
        };
        assert_eq!(
            with(&|v| v["selfcheck"]["3"] = "done\t".into()),
            control("U+0009")
        );
        assert_eq!(
            with(&|v| v["maturity"]["d1-q1\u{1}"] = "partly".into()),
            control("U+0001")
        );
        assert_eq!(
            with(&|v| v["contentVersions"]["ipa-sme"] = "3.1\n".into()),
            control("U+000A")
        );
        let big = vec![b' '; ATTENDEE_MAX_BYTES + 1];
        assert!(matches!(
            parse_attendee(p, &big),
            Err(AttendeeError::TooLarge { .. })
        ));
    }

    #[test]
    fn mutated_files_never_panic() {
        let p = packs();
        let good = write_attendee(p, &attendee(12, &[("d2-q1", "in-place")])).into_bytes();
        let mut seed: u64 = 0x6d61_6d6f_7269;
        for _ in 0..2000 {
            let mut b = good.clone();
            for _ in 0..4 {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                let i = (seed >> 33) as usize % b.len();
                match seed % 3 {
                    0 => b[i] = (seed >> 8) as u8,
                    1 => {
                        b.remove(i);
                    }
                    _ => b.truncate(i),
                }
                if b.is_empty() {
                    break;
                }
            }
            let _ = parse_attendee(p, &b);
        }
    }

    #[test]
    fn the_class_view_counts_scores_and_finds_the_weakest() {
        let p = packs();
        // Totals: 20 done → 79, 10 done → 39, 24 done → 95, 0 done → −1.
        let class = [
            attendee(20, &[("d1-q1", "reviewed"), ("d5-q1", "not-started")]),
            attendee(10, &[("d1-q1", "partly"), ("d5-q1", "dont-know")]),
            attendee(24, &[]),
            attendee(0, &[]),
        ];
        let s = class_summary(p, &class);
        assert_eq!(s.attendees, 4);
        assert_eq!(s.totals, vec![-1, 39, 79, 95]);
        assert_eq!(s.median, 59.0);
        assert!((s.mean - 53.0).abs() < 1e-9);
        let band = |id: &str| s.bands.iter().find(|b| b.0 == id).unwrap().1;
        assert_eq!((band("partial"), band("critical")), (2, 2));
        assert_eq!(s.histogram.iter().map(|h| h.2).sum::<u32>(), 4);
        assert_eq!(s.histogram[0], (-25, -1, 1));
        // Question 25 is "don't know" for everyone (−1): the weakest.
        assert_eq!(s.weakest_questions[0], 25);
        let q25 = &s.questions[24];
        assert_eq!(q25.answers["dont_know"], 4);
        // d5 was answered by two attendees, both 0 %; d1 by two, 100 % and 33 %.
        assert_eq!(s.weakest_directions[0], "d5");
        let d1 = &s.directions[0];
        assert_eq!(d1.attendees, 2);
        assert!(d1.mean_percent > 0.0);
        assert!(class_summary(p, &[]).weakest_questions.is_empty());
    }
}
