//! Facts carry their date: `checked = "YYYY-MM-DD"` records when a time-sensitive fact (a
//! source, a figure, a contact point, a programme, the deadlines of a pack) was last checked
//! against its source. The validator checks the date is real and not after the date it is
//! given; [`ContentPacks::to_recheck`] lists the facts whose check is older than
//! [`RECHECK_MONTHS`] months. "Today" is always a parameter: this crate has no clock.

use time::{Date, Month};

use super::{ContentPacks, file};

/// A check older than this many months is due again.
pub const RECHECK_MONTHS: u8 = 12;

/// One fact that records when it was checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedFact {
    /// Stable id: the message prefix of the fact (`src-ipa-security-action`,
    /// `inc-ipa-company-desk`, `intro-board-discussion`) or the pack prefix (`inc`) for a
    /// date on the whole pack. Also the id `content check --json` prints.
    pub id: String,
    /// The content file stem it lives in.
    pub file: &'static str,
    /// The `checked` value as written.
    pub checked: String,
}

/// Parses `checked`: exactly `YYYY-MM-DD`, a day that exists.
pub fn parse_checked(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        if !part.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        part.parse().ok()
    };
    let year = i32::try_from(num(0..4)?).ok()?;
    let month = Month::try_from(u8::try_from(num(5..7)?).ok()?).ok()?;
    let day = u8::try_from(num(8..10)?).ok()?;
    Date::from_calendar_date(year, month, day).ok()
}

/// The same day `months` months before `today` (the last day of that month when it is
/// shorter: 31 March minus one month is 28 or 29 February).
pub fn months_before(today: Date, months: u8) -> Date {
    let total = today.year() * 12 + i32::from(u8::from(today.month())) - 1 - i32::from(months);
    let year = total.div_euclid(12);
    let month = Month::try_from(u8::try_from(total.rem_euclid(12) + 1).unwrap_or(1))
        .unwrap_or(Month::January);
    let last = month.length(year);
    Date::from_calendar_date(year, month, today.day().min(last)).unwrap_or(today)
}

impl ContentPacks {
    /// Every fact that records a `checked` date, in file order.
    pub fn dated_facts(&self) -> Vec<DatedFact> {
        let mut out = Vec::new();
        let mut push = |file: &'static str, id: String, checked: &Option<String>| {
            if let Some(c) = checked {
                out.push(DatedFact {
                    id,
                    file,
                    checked: c.clone(),
                });
            }
        };
        let src = &self.sources.pack;
        for s in &self.sources.sources {
            push(file::SOURCES, format!("{src}-{}", s.id), &s.checked);
        }
        for r in &self.roles.roles {
            push(
                file::ROLES,
                format!("{}-{}", self.roles.pack, r.id),
                &r.checked,
            );
        }
        for e in &self.roles.efforts {
            push(file::ROLES, format!("effort-{}", e.id), &e.checked);
        }
        let sa = &self.security_action;
        push(file::SECURITY_ACTION, sa.pack.clone(), &sa.checked);
        for l in &sa.levels {
            push(
                file::SECURITY_ACTION,
                format!("{}-{}", sa.pack, l.id),
                &l.checked,
            );
        }
        let inc = &self.incident;
        push(file::INCIDENT, inc.pack.clone(), &inc.checked);
        for c in &inc.contacts {
            push(file::INCIDENT, format!("{}-{}", inc.pack, c.id), &c.checked);
        }
        for h in &inc.first_hour {
            push(file::INCIDENT, format!("{}-{}", inc.pack, h.id), &h.checked);
        }
        for f in &inc.fields {
            push(
                file::INCIDENT,
                format!("{}-field-{}", inc.pack, f.id),
                &f.checked,
            );
        }
        let intro = &self.intro;
        push(file::INTRO, intro.pack.clone(), &intro.checked);
        for s in &intro.sections {
            push(file::INTRO, format!("{}-{}", intro.pack, s.id), &s.checked);
        }
        for f in &intro.facts {
            push(file::INTRO, format!("{}-{}", intro.pack, f.id), &f.checked);
        }
        out
    }

    /// The facts whose check is older than [`RECHECK_MONTHS`] months on `today` (checked before
    /// the same day a year earlier), oldest first. A date that does not parse is a validation
    /// problem, not listed here.
    pub fn to_recheck(&self, today: Date) -> Vec<DatedFact> {
        let limit = months_before(today, RECHECK_MONTHS);
        let mut out: Vec<(Date, DatedFact)> = self
            .dated_facts()
            .into_iter()
            .filter_map(|f| parse_checked(&f.checked).map(|d| (d, f)))
            .filter(|(d, _)| *d < limit)
            .collect();
        out.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.id.cmp(&b.1.id)));
        out.into_iter().map(|(_, f)| f).collect()
    }

    /// The oldest and the newest `checked` date over all dated facts, or `None` when no fact
    /// records one. The oldest is the honest summary ("every dated fact was checked on or
    /// after"); the newest says when the content was last looked at.
    pub fn checked_range(&self) -> Option<(Date, Date)> {
        let dates: Vec<Date> = self
            .dated_facts()
            .iter()
            .filter_map(|f| parse_checked(&f.checked))
            .collect();
        Some((*dates.iter().min()?, *dates.iter().max()?))
    }
}
