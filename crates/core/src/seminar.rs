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
    /// The quick run's anonymous id (random, not derived from anything about the attendee):
    /// lets the class view recognise the same attendee's file twice. Absent in older files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    run: Option<String>,
}

/// Whether `id` is a run id: 8 to 32 lowercase hex digits.
pub fn is_run_id(id: &str) -> bool {
    (8..=32).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// What makes two attendee files the same attendee's: the same run id, or (files without
/// one) the same bytes. Two attendees who answered alike are still two.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AttendeeKey {
    /// The quick run's id.
    Run(String),
    /// The whole file, for files written before run ids.
    Bytes(Vec<u8>),
}

/// The key of a parsed attendee file (see [`AttendeeKey`]).
pub fn attendee_key(answers: &AttendeeAnswers, bytes: &[u8]) -> AttendeeKey {
    match &answers.run {
        Some(r) => AttendeeKey::Run(r.clone()),
        None => AttendeeKey::Bytes(bytes.to_vec()),
    }
}

/// One attendee's answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttendeeAnswers {
    /// All self-check answers, by question number.
    pub selfcheck: BTreeMap<u32, SelfCheckAnswer>,
    /// Maturity answers given (any number), by statement id → scale code.
    pub maturity: BTreeMap<String, String>,
    /// The quick run's anonymous id ([`is_run_id`]), when the file has one.
    pub run: Option<String>,
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
    /// The file ends too early (cut off while copying or saving).
    #[error("the file is cut off")]
    Truncated,
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
            .map(|(n, x)| (n.to_string(), x.as_str().to_owned()))
            .collect(),
        maturity: a.maturity.clone(),
        run: a.run.clone().filter(|r| is_run_id(r)),
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
    let v: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| {
        // A file cut off after its start says it is an attendee file: name that, not "another
        // kind of file".
        let text = String::from_utf8_lossy(bytes);
        if e.is_eof() && text.contains(ATTENDEE_FORMAT) {
            AttendeeError::Truncated
        } else {
            AttendeeError::Malformed {
                detail: e.to_string(),
            }
        }
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
    if let Some(r) = &w.run
        && !is_run_id(r)
    {
        return Err(AttendeeError::Malformed {
            detail: format!("run `{}` is not a run id", short(r)),
        });
    }
    let sc = &packs.sme.selfcheck;
    let mut selfcheck = BTreeMap::new();
    for (k, v) in &w.selfcheck {
        let q = sc
            .questions
            .iter()
            .find(|q| q.number.to_string() == *k)
            .ok_or_else(|| AttendeeError::UnknownQuestion { id: short(k) })?;
        let a = SelfCheckAnswer::parse(v).ok_or_else(|| AttendeeError::UnknownAnswer {
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
        run: w.run,
    })
}

/// A class figure as an exact fraction (a mean or a median of whole numbers), so that every
/// place that shows it rounds the same value the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Figure {
    /// Numerator.
    pub num: i64,
    /// Denominator (never 0; 1 for an empty class).
    pub den: i64,
}

impl Figure {
    /// `num / den`; a zero denominator gives 0.
    pub fn new(num: i64, den: i64) -> Self {
        if den == 0 {
            Self { num: 0, den: 1 }
        } else if den < 0 {
            Self {
                num: -num,
                den: -den,
            }
        } else {
            Self { num, den }
        }
    }

    /// The value as a float (for charts; never for text).
    pub fn value(self) -> f64 {
        self.num as f64 / self.den as f64
    }

    /// The one rounding rule for class figures: to `decimals` places, halves away from zero,
    /// on the exact fraction (0.25 → "0.3", 16.5 → "17", −0.25 → "-0.3"). Screens, PDFs and the
    /// CLI show this text and nothing else.
    pub fn text(self, decimals: u32) -> String {
        let scale = 10i64.pow(decimals);
        let n = i128::from(self.num) * i128::from(scale);
        let d = i128::from(self.den);
        let (q, r) = (n.abs() / d, n.abs() % d);
        let rounded = if 2 * r >= d { q + 1 } else { q };
        let negative = n < 0 && rounded != 0;
        let whole = rounded / i128::from(scale);
        let frac = rounded % i128::from(scale);
        let sign = if negative { "-" } else { "" };
        if decimals == 0 {
            format!("{sign}{whole}")
        } else {
            format!("{sign}{whole}.{frac:0w$}", w = decimals as usize)
        }
    }
}

impl PartialOrd for Figure {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Figure {
    /// Exact comparison (cross-multiplied), so equal means are ties and never differ by a
    /// float's last bit.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (i128::from(self.num) * i128::from(other.den))
            .cmp(&(i128::from(other.num) * i128::from(self.den)))
    }
}

/// Decimals of class figures: mean and median scores and mean points one place, percents none.
pub const SCORE_DECIMALS: u32 = 1;
/// Decimals of a direction's mean percent.
pub const PERCENT_DECIMALS: u32 = 0;

/// One entry of a "weakest" list with its rank; entries with the same figure share a rank
/// (1, 2, 2, 4 …) and the list runs past its length to keep a tie at the end whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ranked<T> {
    /// The question number or direction id.
    pub item: T,
    /// 1-based rank; equal figures share the rank.
    pub rank: u32,
    /// Whether another entry of the list has the same figure.
    pub tied: bool,
}

/// The `limit` weakest of `items` (ascending figure, then the given order), with ties at the cut
/// kept whole and marked.
pub fn weakest<T: Clone>(items: &[(T, Figure)], limit: usize) -> Vec<Ranked<T>> {
    let mut order: Vec<&(T, Figure)> = items.iter().collect();
    // A stable sort keeps the content order within a tie.
    order.sort_by_key(|x| x.1);
    let mut out: Vec<(T, Figure, u32)> = Vec::new();
    for (i, (item, fig)) in order.iter().enumerate() {
        let rank = match out.last() {
            Some((_, f, r)) if f == fig => *r,
            _ => u32::try_from(i + 1).unwrap_or(u32::MAX),
        };
        if i >= limit && out.last().is_none_or(|(_, f, _)| f != fig) {
            break;
        }
        out.push((item.clone(), *fig, rank));
    }
    out.iter()
        .map(|(item, fig, rank)| Ranked {
            item: item.clone(),
            rank: *rank,
            tied: out.iter().filter(|(_, f, _)| f == fig).count() > 1,
        })
        .collect()
}

/// How a class answered one self-check question.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionTally {
    /// Question number.
    pub number: u32,
    /// Attendees per answer code (`done`, `partly`, `not_done`, `dont_know`).
    pub answers: BTreeMap<String, u32>,
    /// Mean points (4, 2, 0, −1 scale).
    pub mean_points: Figure,
}

/// A direction's maturity across the class.
#[derive(Debug, Clone, PartialEq)]
pub struct DirectionTally {
    /// Direction id.
    pub direction: String,
    /// Attendees who answered at least one of its statements.
    pub attendees: u32,
    /// Mean percent over those attendees (0–100).
    pub mean_percent: Figure,
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
    pub mean: Figure,
    /// Median total.
    pub median: Figure,
    /// Every question, in order.
    pub questions: Vec<QuestionTally>,
    /// The questions with the lowest mean points (5, more when the fifth is tied), weakest
    /// first.
    pub weakest_questions: Vec<Ranked<u32>>,
    /// Every direction, in order.
    pub directions: Vec<DirectionTally>,
    /// The directions with the lowest mean maturity (3, more when the third is tied; only
    /// those answered), weakest first.
    pub weakest_directions: Vec<Ranked<String>>,
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
    let n64 = i64::try_from(n).unwrap_or(i64::MAX);
    let mean = Figure::new(totals.iter().map(|t| i64::from(*t)).sum(), n64);
    let median = match n {
        0 => Figure::new(0, 1),
        _ if n % 2 == 1 => Figure::new(i64::from(totals[n / 2]), 1),
        _ => Figure::new(i64::from(totals[n / 2 - 1]) + i64::from(totals[n / 2]), 2),
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

    let points = SelfCheckAnswer::points;
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
                    *answers.entry(x.as_str().to_owned()).or_default() += 1;
                    sum += points(x);
                    count += 1;
                }
            }
            QuestionTally {
                number: q.number,
                answers,
                mean_points: Figure::new(i64::from(sum), i64::from(count)),
            }
        })
        .collect();
    let weakest_questions = if attendees.is_empty() {
        Vec::new()
    } else {
        let figures: Vec<(u32, Figure)> = questions
            .iter()
            .map(|q| (q.number, q.mean_points))
            .collect();
        weakest(&figures, 5)
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
                mean_percent: Figure::new(i64::from(sum), i64::from(n)),
            }
        })
        .collect();
    let answered: Vec<(String, Figure)> = directions
        .iter()
        .filter(|d| d.attendees > 0)
        .map(|d| (d.direction.clone(), d.mean_percent))
        .collect();
    let weakest_directions = weakest(&answered, 3);

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
            run: None,
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
        assert_eq!(s.median.text(1), "59.0");
        assert_eq!(s.mean.text(1), "53.0");
        let band = |id: &str| s.bands.iter().find(|b| b.0 == id).unwrap().1;
        assert_eq!((band("partial"), band("critical")), (2, 2));
        assert_eq!(s.histogram.iter().map(|h| h.2).sum::<u32>(), 4);
        assert_eq!(s.histogram[0], (-25, -1, 1));
        // Question 25 is "don't know" for everyone (−1): the weakest.
        assert_eq!(s.weakest_questions[0].item, 25);
        let q25 = &s.questions[24];
        assert_eq!(q25.answers["dont_know"], 4);
        // d5 was answered by two attendees, both 0 %; d1 by two, 100 % and 33 %.
        assert_eq!(s.weakest_directions[0].item, "d5");
        let d1 = &s.directions[0];
        assert_eq!(d1.attendees, 2);
        assert!(d1.mean_percent > Figure::new(0, 1));
        assert!(class_summary(p, &[]).weakest_questions.is_empty());
    }

    #[test]
    fn one_rounding_rule_halves_away_from_zero_on_the_exact_value() {
        // Question 25 of the trial: mean 0.25 points; a direction at 16.5 %.
        assert_eq!(Figure::new(1, 4).text(SCORE_DECIMALS), "0.3");
        assert_eq!(Figure::new(33, 2).text(PERCENT_DECIMALS), "17");
        assert_eq!(Figure::new(-1, 4).text(1), "-0.3");
        assert_eq!(Figure::new(-1, 40).text(1), "0.0");
        assert_eq!(Figure::new(3, 20).text(1), "0.2"); // 0.15: a float would say 0.1
        assert_eq!(Figure::new(1, 3).text(1), "0.3");
        assert_eq!(Figure::new(2, 3).text(0), "1");
        assert_eq!(Figure::new(95, 1).text(1), "95.0");
        assert_eq!(Figure::new(199, 2).text(0), "100");
        assert_eq!(Figure::new(5, 0).text(1), "0.0");
        assert_eq!(Figure::new(1, -4), Figure::new(-1, 4));
        assert!(Figure::new(1, 3) < Figure::new(34, 100));
        assert_eq!(
            Figure::new(2, 4).cmp(&Figure::new(1, 2)),
            std::cmp::Ordering::Equal
        );
    }

    #[test]
    fn ties_are_kept_whole_and_marked() {
        let f = |n| Figure::new(n, 4);
        // Question 1 weakest, 2 and 3 tied second, 4, then 5, 6 and 7 tied fifth.
        let items: Vec<(u32, Figure)> = vec![
            (7, f(8)),
            (1, f(-1)),
            (2, f(2)),
            (3, f(2)),
            (4, f(5)),
            (5, f(8)),
            (6, f(8)),
            (8, f(9)),
        ];
        let w = weakest(&items, 5);
        let got: Vec<(u32, u32, bool)> = w.iter().map(|r| (r.item, r.rank, r.tied)).collect();
        assert_eq!(
            got,
            vec![
                (1, 1, false),
                (2, 2, true),
                (3, 2, true),
                (4, 4, false),
                (7, 5, true),
                (5, 5, true),
                (6, 5, true),
            ]
        );
        // No tie at the cut: exactly the limit.
        assert_eq!(weakest(&items[1..5], 3).len(), 3);
        assert!(weakest::<u32>(&[], 5).is_empty());
    }

    #[test]
    fn a_three_way_tie_for_fifth_shows_in_the_class() {
        let p = packs();
        // Everyone: 1–4 "not done" (0), 5–7 "partly" (2), the rest "done" (4).
        let person = |run: &str| {
            let mut a = attendee(25, &[]);
            for n in 1..=4 {
                a.selfcheck.insert(n, SelfCheckAnswer::NotDone);
            }
            for n in 5..=7 {
                a.selfcheck.insert(n, SelfCheckAnswer::Partly);
            }
            a.run = Some(run.to_owned());
            a
        };
        let s = class_summary(p, &[person("0123abcd"), person("4567abcd")]);
        let nums: Vec<u32> = s.weakest_questions.iter().map(|r| r.item).collect();
        assert_eq!(nums, vec![1, 2, 3, 4, 5, 6, 7]);
        assert!(
            s.weakest_questions[4..]
                .iter()
                .all(|r| r.rank == 5 && r.tied)
        );
    }

    #[test]
    fn the_same_attendee_twice_is_recognised() {
        let p = packs();
        let mut a = attendee(20, &[]);
        a.run = Some("00c0ffee00c0ffee".into());
        let text = write_attendee(p, &a);
        assert!(text.contains("00c0ffee00c0ffee"));
        let back = parse_attendee(p, text.as_bytes()).unwrap();
        assert_eq!(back, a);
        // The same run with a changed answer is still the same attendee.
        let mut changed = a.clone();
        changed.selfcheck.insert(1, SelfCheckAnswer::Partly);
        let t2 = write_attendee(p, &changed);
        assert_eq!(
            attendee_key(&back, text.as_bytes()),
            attendee_key(&parse_attendee(p, t2.as_bytes()).unwrap(), t2.as_bytes())
        );
        // Two attendees who answered alike are two.
        let mut other = a.clone();
        other.run = Some("11c0ffee".into());
        let t3 = write_attendee(p, &other);
        assert_ne!(
            attendee_key(&back, text.as_bytes()),
            attendee_key(&other, t3.as_bytes())
        );
        // Older files without a run id: the same bytes are the same file.
        let old = write_attendee(p, &attendee(20, &[]));
        let k = |t: &str| attendee_key(&parse_attendee(p, t.as_bytes()).unwrap(), t.as_bytes());
        assert_eq!(k(&old), k(&old.clone()));
        // A bad run id is refused.
        let bad = text.replace("00c0ffee00c0ffee", "Taro Yamada");
        assert!(matches!(
            parse_attendee(p, bad.as_bytes()),
            Err(AttendeeError::Malformed { .. })
        ));
    }

    #[test]
    fn a_cut_off_file_is_named_as_such() {
        let p = packs();
        let text = write_attendee(p, &attendee(20, &[]));
        assert_eq!(
            parse_attendee(p, &text.as_bytes()[..text.len() / 2]),
            Err(AttendeeError::Truncated)
        );
    }
}
