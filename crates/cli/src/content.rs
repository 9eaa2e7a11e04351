//! `mamori-cli content check`: validates the embedded content packs and their messages in every
//! language, and lists the dated facts that are due for a new check. Output is for developers
//! and CI, so it is English.

use std::process::ExitCode;

use clap::Subcommand;
use mamori_app::commands;
use mamori_app::dto::{ContentSummary, ContentSummaryReq};
use mamori_app::{AppCtx, AppError};
use mamori_core::Locale;

use crate::{fail, to_json};

/// `content` subcommands.
#[derive(Debug, Subcommand)]
pub enum ContentCmd {
    /// Validate every content pack and its messages in every language. Exit 0 and one summary
    /// line when sound; exit 1 and one line per problem otherwise. Facts checked more than 12
    /// months before the date are listed on stderr as "to re-check" (a warning: the exit code
    /// does not change).
    Check {
        /// Print JSON: {"ok", "principles", "directions", "steps", "selfcheck_questions",
        /// "maturity_questions", "locales", "to_recheck": [fact ids]} (plus "problems" when
        /// not ok).
        #[arg(long)]
        json: bool,
        /// The date the checks count from (YYYY-MM-DD; default: today in UTC), as for reports.
        #[arg(long)]
        date: Option<String>,
    },
}

/// Runs a `content` subcommand. Needs no database.
pub fn main(cmd: ContentCmd, locale: Locale) -> ExitCode {
    let ctx = match AppCtx::in_memory(None) {
        Ok(c) => c,
        Err(e) => return fail(None, locale, &e),
    };
    match run(&ctx, cmd) {
        Ok(code) => code,
        Err(e) => fail(Some(&ctx), locale, &e),
    }
}

fn run(ctx: &AppCtx, cmd: ContentCmd) -> Result<ExitCode, AppError> {
    let ContentCmd::Check { json, date } = cmd;
    if let Some(d) = date {
        let day = mamori_store::parse_date(&d).map_err(|problem| {
            AppError::from(mamori_store::Error::Invalid {
                field: "date".into(),
                problem,
            })
        })?;
        ctx.set_today(Some(day));
    }
    let s = commands::content_summary(ctx, ContentSummaryReq {})?;
    if json {
        println!("{}", to_json(&json_summary(&s))?);
    } else if s.ok {
        println!(
            "content ok: {} principles, {} directions, {} steps, {} self-check questions, \
             {} maturity questions, {} locales",
            s.principles,
            s.directions,
            s.steps,
            s.selfcheck_questions,
            s.maturity_questions,
            s.locales
        );
    } else {
        for p in &s.problems {
            eprintln!("{p}");
        }
        eprintln!("content check failed: {} problem(s)", s.problems.len());
    }
    if !json {
        for line in recheck_lines(&s) {
            eprintln!("{line}");
        }
    }
    Ok(if s.ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn json_summary(s: &ContentSummary) -> serde_json::Value {
    let mut v = serde_json::json!({
        "ok": s.ok,
        "principles": s.principles,
        "directions": s.directions,
        "steps": s.steps,
        "selfcheck_questions": s.selfcheck_questions,
        "maturity_questions": s.maturity_questions,
        "locales": s.locales,
        "to_recheck": s.to_recheck.iter().map(|f| f.id.as_str()).collect::<Vec<_>>(),
    });
    if !s.ok {
        v["problems"] = serde_json::json!(s.problems);
    }
    v
}

/// One warning line per fact due for a new check, oldest first.
fn recheck_lines(s: &ContentSummary) -> Vec<String> {
    s.to_recheck
        .iter()
        .map(|f| {
            format!(
                "to re-check: {} (content/{}.toml, checked {}, more than 12 months ago)",
                f.id, f.file, f.checked
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use mamori_app::dto::RecheckFact;

    fn summary(to_recheck: Vec<RecheckFact>) -> ContentSummary {
        ContentSummary {
            ok: true,
            principles: 3,
            directions: 10,
            steps: 53,
            selfcheck_questions: 25,
            maturity_questions: 40,
            locales: 2,
            problems: Vec::new(),
            to_recheck,
        }
    }

    #[test]
    fn facts_to_recheck_are_warning_lines_and_json_ids() {
        let s = summary(vec![
            RecheckFact {
                id: "intro-board-discussion".into(),
                file: "intro".into(),
                checked: "2024-02-29".into(),
            },
            RecheckFact {
                id: "src-ipa-security-action".into(),
                file: "sources".into(),
                checked: "2025-11-30".into(),
            },
        ]);
        assert_eq!(
            recheck_lines(&s),
            vec![
                "to re-check: intro-board-discussion (content/intro.toml, checked 2024-02-29, more than 12 months ago)",
                "to re-check: src-ipa-security-action (content/sources.toml, checked 2025-11-30, more than 12 months ago)",
            ]
        );
        let v = json_summary(&s);
        assert_eq!(
            v["to_recheck"],
            serde_json::json!(["intro-board-discussion", "src-ipa-security-action"])
        );
        assert!(v.get("problems").is_none());
    }

    #[test]
    fn nothing_to_recheck_prints_no_warning() {
        let s = summary(Vec::new());
        assert!(recheck_lines(&s).is_empty());
        assert_eq!(json_summary(&s)["to_recheck"], serde_json::json!([]));
    }
}
