//! `mamori-cli content check`: validates the embedded content packs and their messages in every
//! language. Output is for developers and CI, so it is English.

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
    /// line when sound; exit 1 and one line per problem otherwise.
    Check {
        /// Print JSON: {"ok", "principles", "directions", "steps", "selfcheck_questions",
        /// "maturity_questions", "locales"} (plus "problems" when not ok).
        #[arg(long)]
        json: bool,
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
    let ContentCmd::Check { json } = cmd;
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
    });
    if !s.ok {
        v["problems"] = serde_json::json!(s.problems);
    }
    v
}
