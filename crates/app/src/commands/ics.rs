//! `export_ics`: the due dates of open actions and steps as an iCalendar file (RFC 5545), so
//! an owner can put the plan into the calendar they already use.

use mamori_store::{ActionStatus, StepStatus, Timestamp, format_date_compact};

use super::input::parse_org_id;
use super::startup::ui_locale;
use crate::dto::{ExportIcsReq, ExportIcsRes};
use crate::{AppCtx, AppError};

/// Escapes TEXT values: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11).
fn escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => o.push_str("\\\\"),
            ';' => o.push_str("\\;"),
            ',' => o.push_str("\\,"),
            '\n' => o.push_str("\\n"),
            '\r' => {}
            c => o.push(c),
        }
    }
    o
}

/// Folds a content line at 75 octets without splitting a UTF-8 character, ending in CRLF.
fn push_line(out: &mut String, line: &str) {
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
}

fn event(out: &mut String, uid: &str, stamp: &str, date: time::Date, summary: &str, desc: &str) {
    let day = format_date_compact(date);
    let next = format_date_compact(date.next_day().unwrap_or(date));
    for l in [
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{uid}"),
        format!("DTSTAMP:{stamp}"),
        format!("DTSTART;VALUE=DATE:{day}"),
        format!("DTEND;VALUE=DATE:{next}"),
        format!("SUMMARY:{}", escape(summary)),
        format!("DESCRIPTION:{}", escape(desc)),
        "END:VEVENT".to_owned(),
    ] {
        push_line(out, &l);
    }
}

/// The calendar of an organization: one all-day event on the due date of every open action
/// and every unfinished step of the open round that has one.
pub fn export_ics(ctx: &AppCtx, req: ExportIcsReq) -> Result<ExportIcsRes, AppError> {
    let org_id = parse_org_id(&req.org_id)?;
    let s = ctx.store()?;
    let locale = ui_locale(ctx, &s);
    let l = ctx.localizer();
    let data = s.org_data(org_id)?;
    let org = &data.organization;
    let now = Timestamp::now().to_string();
    // 2026-11-25T01:02:03.456Z → 20261125T010203Z
    let stamp: String = now
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == 'T')
        .take(15)
        .chain(['Z'])
        .collect();

    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Mamori//Mamori//EN",
        "CALSCALE:GREGORIAN",
    ] {
        push_line(&mut out, line);
    }
    push_line(&mut out, &format!("X-WR-CALNAME:{}", escape(&org.name)));
    let mut events = 0u32;
    let prefix = l.format(locale, "ics-action-prefix", &[]);
    for a in &data.actions {
        let Some(due) = a.input.due_date else {
            continue;
        };
        if a.input.status == ActionStatus::Done {
            continue;
        }
        let owner = a.input.owner.clone().unwrap_or_default();
        event(
            &mut out,
            &format!("action-{}@mamori", a.id),
            &stamp,
            due,
            &format!("{prefix}{}", a.input.title),
            format!("{} {owner}", org.name).trim_end(),
        );
        events += 1;
    }
    if let Some(round) = data
        .rounds
        .iter()
        .rev()
        .find(|r| r.round.closed_at.is_none())
    {
        for st in &round.steps {
            let Some(due) = st.input.due_date else {
                continue;
            };
            if matches!(st.input.status, StepStatus::Done | StepStatus::Na) {
                continue;
            }
            // csm/d1/s1 → message csm-d1-s1
            let text = l.format(locale, &st.step_id.replace('/', "-"), &[]);
            let owner = st.input.owner.clone().unwrap_or_default();
            event(
                &mut out,
                &format!(
                    "step-{}-{}@mamori",
                    round.round.id,
                    st.step_id.replace('/', "-")
                ),
                &stamp,
                due,
                &format!("{prefix}{text}"),
                format!("{} {owner}", org.name).trim_end(),
            );
            events += 1;
        }
    }
    push_line(&mut out, "END:VCALENDAR");
    Ok(ExportIcsRes {
        file_name: mamori_core::filename::safe_file_name(&format!(
            "mamori-{}-plan.ics",
            mamori_core::filename::name_part(&org.name)
        )),
        content: out,
        events,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_lines_fold_between_characters() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let mut out = String::new();
        let long = format!("SUMMARY:{}", "情報".repeat(40));
        push_line(&mut out, &long);
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{l}");
        }
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, long);
    }
}
