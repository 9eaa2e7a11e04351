//! `mamori-cli selfcheck score`: scores IPA's 25-question self-check from a JSON file of answers
//! (`{"1": "done", …, "25": "dont_know"}`) through the app's `score_selfcheck` command, and
//! prints the result as JSON or as a localized summary.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;
use mamori_app::commands;
use mamori_app::dto::{ScoreSelfcheckReq, SelfcheckScore};
use mamori_app::{AppCtx, AppError, ErrorCode};
use mamori_core::{ContentPacks, Locale};
use mamori_i18n::{Arg, Localizer};
use serde::Serialize;

use crate::{fail, to_json};

/// `selfcheck` subcommands.
#[derive(Debug, Subcommand)]
pub enum SelfcheckCmd {
    /// Score a filled-in self-check.
    Score {
        /// JSON file with one answer per question: {"1": "done", "2": "partly", …, "25":
        /// "dont_know"}; answers are done, partly, not_done or dont_know.
        #[arg(long, value_name = "FILE")]
        answers: PathBuf,
        /// Print JSON: {"total", "max", "band", "dont_know", "parts"}.
        #[arg(long)]
        json: bool,
    },
}

/// Runs a `selfcheck` subcommand. Needs no database. Bad input exits 2 with a localized
/// message.
pub fn main(cmd: SelfcheckCmd, locale: Locale) -> ExitCode {
    let ctx = match AppCtx::in_memory(None) {
        Ok(c) => c,
        Err(e) => return fail(None, locale, &e),
    };
    match run(&ctx, locale, cmd) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(Some(&ctx), locale, &e),
    }
}

fn run(ctx: &AppCtx, locale: Locale, cmd: SelfcheckCmd) -> Result<(), AppError> {
    let SelfcheckCmd::Score { answers, json } = cmd;
    let req = read_answers(&answers)?;
    let score = commands::score_selfcheck(ctx, req)?;
    if json {
        println!("{}", to_json(&JsonScore::from(&score))?);
    } else {
        print!("{}", summary(ctx.localizer(), locale, &score)?);
    }
    Ok(())
}

fn file_error(message_id: &str, path: &Path, detail: String) -> AppError {
    AppError::new(ErrorCode::InvalidInput, detail)
        .with_message(message_id)
        .arg("path", path.display().to_string())
}

/// Reads `{"<question>": "<answer>", …}`. A value that is not a string is passed on as its JSON
/// text, so the command reports it as an unknown answer.
fn read_answers(path: &Path) -> Result<ScoreSelfcheckReq, AppError> {
    let bytes = std::fs::read(path).map_err(|e| {
        let detail = format!("{}: {e}", path.display());
        let id = if e.kind() == std::io::ErrorKind::NotFound {
            "selfcheck-error-file-not-found"
        } else {
            "selfcheck-error-file-unreadable"
        };
        file_error(id, path, detail)
    })?;
    let value: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| {
        file_error(
            "selfcheck-error-file-malformed",
            path,
            format!("{}: {e}", path.display()),
        )
        .arg("line", e.line().to_string())
        .arg("column", e.column().to_string())
    })?;
    let serde_json::Value::Object(map) = value else {
        return Err(file_error(
            "selfcheck-error-not-object",
            path,
            format!("{}: not a JSON object", path.display()),
        ));
    };
    let answers = map
        .into_iter()
        .map(|(k, v)| match v {
            serde_json::Value::String(s) => (k, s),
            other => (k, other.to_string()),
        })
        .collect();
    Ok(ScoreSelfcheckReq { answers })
}

/// The `--json` output: exactly these keys.
#[derive(Debug, Serialize)]
struct JsonScore {
    total: i32,
    max: i32,
    band: String,
    dont_know: Vec<u32>,
    parts: Vec<JsonPart>,
}

#[derive(Debug, Serialize)]
struct JsonPart {
    part: u32,
    score: i32,
    max: i32,
}

impl From<&SelfcheckScore> for JsonScore {
    fn from(s: &SelfcheckScore) -> JsonScore {
        JsonScore {
            total: s.total,
            max: s.max,
            band: s.band.clone(),
            dont_know: s.dont_know.clone(),
            parts: s
                .parts
                .iter()
                .map(|p| JsonPart {
                    part: p.part,
                    score: p.score,
                    max: p.max,
                })
                .collect(),
        }
    }
}

fn s(v: impl ToString) -> Arg {
    Arg::Str(v.to_string())
}

/// The localized summary: score, band title and advice, per-part scores, and the "don't know"
/// questions with what to do about them.
fn summary(l: &Localizer, locale: Locale, score: &SelfcheckScore) -> Result<String, AppError> {
    let sme = &ContentPacks::embedded()
        .map_err(|e| AppError::new(ErrorCode::Internal, e.to_string()))?
        .sme;
    let f = |id: &str, args: &[(&str, Arg)]| l.format(locale, id, args);
    let mut out = String::new();
    let mut line = |text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    line(f("selfcheck-result-heading", &[]));
    line(f(
        "selfcheck-result-score",
        &[("total", s(score.total)), ("max", s(score.max))],
    ));
    line(f(&score.band_title_id, &[]));
    line(f(&score.band_advice_id, &[]));
    line(String::new());
    for p in &score.parts {
        let title = f(&sme.part_title_id(p.part), &[]);
        line(f(
            "selfcheck-result-part",
            &[
                ("part", s(p.part)),
                ("title", Arg::Str(title)),
                ("score", s(p.score)),
                ("max", s(p.max)),
            ],
        ));
    }
    if !score.dont_know.is_empty() {
        line(String::new());
        let count = i64::try_from(score.dont_know.len()).unwrap_or(i64::MAX);
        line(f(
            "selfcheck-result-dont-know",
            &[("count", Arg::from(count))],
        ));
        for &q in &score.dont_know {
            let text = f(&sme.question_message_id(q, "text"), &[]);
            let item = f(
                "selfcheck-result-question",
                &[("question", s(q)), ("text", Arg::Str(text))],
            );
            line(format!("  {item}"));
        }
        line(f(&sme.selfcheck_message_id("dont-know-followup"), &[]));
    }
    Ok(out)
}
