//! `orgs list` and `orgs add`.

use clap::Subcommand;
use mamori_app::commands;
use mamori_app::dto::{CreateOrgReq, ListOrgsReq, OrgSummary};
use mamori_app::{AppCtx, AppError};
use mamori_i18n::Arg;

use crate::out::Out;
use crate::to_json;

#[derive(Debug, Subcommand)]
pub enum OrgsCommand {
    /// List organizations with their latest assessment, score and overdue actions.
    List {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
        /// Include archived organizations.
        #[arg(long)]
        all: bool,
        /// The date that decides what is overdue (YYYY-MM-DD; default: today, local time).
        #[arg(long, value_name = "DATE")]
        today: Option<String>,
    },
    /// Add an organization; prints its id.
    Add {
        /// Its name.
        #[arg(long)]
        name: String,
    },
}

pub fn run(ctx: &AppCtx, out: &Out<'_>, command: OrgsCommand) -> Result<(), AppError> {
    match command {
        OrgsCommand::List { json, all, today } => {
            let res = commands::list_orgs(
                ctx,
                ListOrgsReq {
                    include_archived: all,
                    today,
                },
            )?;
            if json {
                println!("{}", to_json(&res)?);
            } else if res.orgs.is_empty() {
                out.say("orgs-none", &[]);
            } else {
                let count = i64::try_from(res.orgs.len()).unwrap_or(i64::MAX);
                println!("{}", out.text("orgs-heading", &[("count", count.into())]));
                for o in &res.orgs {
                    print_summary(out, o);
                }
            }
            Ok(())
        }
        OrgsCommand::Add { name } => {
            let org = commands::create_org(
                ctx,
                CreateOrgReq {
                    name,
                    ..CreateOrgReq::default()
                },
            )?;
            out.say(
                "orgs-created",
                &[
                    ("name", org.name.as_str().into()),
                    ("id", org.id.as_str().into()),
                ],
            );
            println!("{}", org.id);
            Ok(())
        }
    }
}

fn print_summary(out: &Out<'_>, o: &OrgSummary) {
    let mut head = out.text(
        "orgs-line",
        &[
            ("name", o.name.as_str().into()),
            ("id", o.id.as_str().into()),
        ],
    );
    if o.archived {
        head.push(' ');
        head.push_str(&out.text("orgs-line.archived", &[]));
    }
    println!("{head}");
    let round = match &o.latest_round {
        Some(r) => {
            let args: [(&str, Arg); 4] = [
                (
                    "started",
                    r.started_at.get(..10).unwrap_or(&r.started_at).into(),
                ),
                (
                    "state",
                    if r.closed_at.is_some() {
                        "closed"
                    } else {
                        "open"
                    }
                    .into(),
                ),
                ("answered", i64::from(o.selfcheck_answered).into()),
                ("score", i64::from(o.selfcheck_score).into()),
            ];
            out.text("orgs-line.round", &args)
        }
        None => out.text("orgs-line.no-round", &[]),
    };
    println!("  {round}");
    println!(
        "  {}",
        out.text(
            "orgs-line.actions",
            &[
                ("open", i64::from(o.open_actions).into()),
                ("overdue", i64::from(o.overdue_actions).into()),
            ]
        )
    );
}
