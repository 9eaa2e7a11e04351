//! `mamori-cli`: drives the same command functions as the desktop app, for batch work, scripts
//! and tests. Messages come from the same Fluent files as the UI.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use mamori_app::commands;
use mamori_app::dto::GetStartupReq;
use mamori_app::{AppCtx, AppError, DB_FILE_NAME, ErrorCode, default_data_dir};
use mamori_core::Locale;

mod content;
mod selfcheck;

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
    match run(&ctx, cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(Some(&ctx), locale, &e),
    }
}

fn run(ctx: &AppCtx, command: Command) -> Result<(), AppError> {
    match command {
        Command::Info { json } => {
            let s = commands::get_startup(ctx, GetStartupReq {})?;
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
        // Run from main() without a database.
        Command::Content(_) | Command::Selfcheck(_) => Ok(()),
    }
}

fn to_json<T: serde::Serialize>(v: &T) -> Result<String, AppError> {
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
