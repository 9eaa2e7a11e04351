//! The class view: exact class figures with one rounding rule ([`Figure`]), "weakest" lists that
//! keep ties whole, and the summary of a class built from attendee files.

use std::collections::BTreeMap;

use super::attendee::AttendeeAnswers;
use crate::content::ContentPacks;
use crate::scoring::{SelfCheckAnswer, score_maturity, score_selfcheck};

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
