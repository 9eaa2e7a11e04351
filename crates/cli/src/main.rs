//! `mamori-cli`: drives the same command functions as the desktop app, for batch work, scripts
//! and tests. Messages come from the same Fluent files as the UI.

mod class;
mod content;
mod demo;
mod orgs;
mod out;
mod report;
mod selfcheck;
mod transfer;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use mamori_app::commands;
use mamori_app::dto::GetStartupReq;
use mamori_app::{AppCtx, AppError, DB_FILE_NAME, ErrorCode, default_data_dir};
use mamori_core::Locale;

use crate::out::Out;

#[derive(Debug, Parser)]
#[command(
    name = "mamori-cli",
    version,
    about = "Mamori (まもり) on the command line"
)]
struct Cli {
    /// Database file (default: mamori.db in $MAMORI_DATA_DIR or the platform's app-data folder).
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,
    /// Language of messages (default: from the OS locale).
    #[arg(long, global = true, value_enum)]
    lang: Option<Lang>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Lang {
    Ja,
    En,
}

impl From<Lang> for Locale {
    fn from(l: Lang) -> Locale {
        match l {
            Lang::Ja => Locale::Ja,
            Lang::En => Locale::En,
        }
    }
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Show where data lives, the app version and the saved language.
    Info {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Check the embedded guidance content and its messages.
    #[command(subcommand)]
    Content(content::ContentCmd),
    /// IPA's 25-question self-check.
    #[command(subcommand)]
    Selfcheck(selfcheck::SelfcheckCmd),
    /// List and add organizations.
    Orgs {
        #[command(subcommand)]
        command: orgs::OrgsCommand,
    },
    /// Create the demo company (株式会社ミナト精工), or reset it; prints its id.
    Demo {
        /// The date its dates count from (YYYY-MM-DD; default: today, local time).
        #[arg(long, value_name = "DATE")]
        today: Option<String>,
    },
    /// Export one organization with everything recorded for it to a file (JSON).
    Export {
        /// The organization's id (see `orgs list`).
        #[arg(long, value_name = "ID")]
        org: String,
        /// The file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Write a PDF report (in the --lang language) of one organization, or of all of them.
    Report(report::ReportArgs),
    /// Write the seminar class report (PDF, in the --lang language) from a folder of attendee
    /// files; files that are not attendee files are listed and skipped.
    Class {
        /// The folder of attendee files.
        #[arg(long = "in", value_name = "DIR")]
        input: PathBuf,
        /// The PDF to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// The seminar date (YYYY-MM-DD; default: today). A fixed date gives identical files.
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
    },
    /// Import an organization from a file written by `export`; prints its id.
    Import {
        /// The file to read.
        file: PathBuf,
        /// Replace the organization with the same id if there is one.
        #[arg(long)]
        replace: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let os_locale = sys_locale::get_locale();
    let locale = cli
        .lang
        .map(Locale::from)
        .unwrap_or_else(|| Locale::from_os_locale(os_locale.as_deref()));
    // These need no database: run them before one is opened (or created).
    match cli.command {
        Command::Content(cmd) => return content::main(cmd, locale),
        Command::Selfcheck(cmd) => return selfcheck::main(cmd, locale),
        // Blank worksheets need no organization: an in-memory context, no data folder.
        Command::Report(args) if args.blank_worksheet() => {
            let ctx = match AppCtx::in_memory(os_locale) {
                Ok(c) => c,
                Err(e) => return fail(None, locale, &e),
            };
            let out = Out::new(&ctx, locale);
            return match report::blank(&ctx, &out, locale, &args) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(Some(&ctx), locale, &e),
            };
        }
        // The class report is made from files alone: an in-memory context, no data folder.
        Command::Class {
            input,
            out: file,
            date,
        } => {
            let ctx = match AppCtx::in_memory(os_locale) {
                Ok(c) => c,
                Err(e) => return fail(None, locale, &e),
            };
            let out = Out::new(&ctx, locale);
            return match class::run(&ctx, &out, locale, &input, &file, date.as_deref()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(Some(&ctx), locale, &e),
            };
        }
        _ => {}
    }
    let db = match cli
        .db
        .clone()
        .or_else(|| default_data_dir().map(|d| d.join(DB_FILE_NAME)))
    {
        Some(p) => p,
        None => {
            eprintln!("mamori-cli: no data folder could be determined; pass --db PATH");
            return ExitCode::from(2);
        }
    };
    let ctx = match AppCtx::open(db, os_locale) {
        Ok(c) => c,
        Err(e) => return fail(None, locale, &e),
    };
    match run(&ctx, locale, cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(Some(&ctx), locale, &e),
    }
}

fn run(ctx: &AppCtx, locale: Locale, command: Command) -> Result<(), AppError> {
    let out = Out::new(ctx, locale);
    match command {
        Command::Info { json } => {
            let s = commands::get_startup(ctx, GetStartupReq::default())?;
            if let Some(e) = &s.db_error {
                return Err(e.clone());
            }
            if json {
                println!("{}", to_json(&s)?);
            } else {
                println!("mamori {}", s.version);
                println!("database: {}", s.db_path);
                println!("language: {}", s.locale);
            }
            Ok(())
        }
        Command::Orgs { command } => orgs::run(ctx, &out, command),
        Command::Demo { today } => demo::run(ctx, &out, today),
        Command::Export { org, out: file } => transfer::export(ctx, &out, org, &file),
        Command::Import { file, replace } => transfer::import(ctx, &out, &file, replace),
        Command::Report(args) => report::run(ctx, &out, locale, args),
        // Run from main() without a database.
        Command::Content(_) | Command::Selfcheck(_) | Command::Class { .. } => Ok(()),
    }
}

pub(crate) fn to_json<T: serde::Serialize>(v: &T) -> Result<String, AppError> {
    serde_json::to_string_pretty(v).map_err(|e| AppError::new(ErrorCode::Internal, e.to_string()))
}

fn fail(ctx: Option<&AppCtx>, locale: Locale, e: &AppError) -> ExitCode {
    let msg = match ctx {
        Some(c) => e.localized(c.localizer(), locale),
        None => e.detail.clone(),
    };
    eprintln!("mamori-cli: {msg}");
    ExitCode::from(if e.code == ErrorCode::InvalidInput {
        2
    } else {
        1
    })
}
