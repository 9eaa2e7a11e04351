//! `report`: PDF reports of one organization (`--org ID --out FILE`) or of every organization
//! (`--all-orgs --out-dir DIR`, with a progress line per organization on stderr); blank seminar
//! worksheets with `--kind worksheet --out FILE` and no `--org` (no organization, no database).
//! The report's language is the global `--lang`. Files are written atomically; the paths
//! written go to stdout.

use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use mamori_app::commands::{self, render_report};
use mamori_app::dto::{ExportReportReq, ListOrgsReq, ReportBranding, ReportKind};
use mamori_app::files::{read_error, write_atomically, write_error};
use mamori_app::{AppCtx, AppError};
use mamori_core::Locale;

use crate::out::Out;

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The organization's id (see `orgs list`). Without it, `--kind worksheet` writes blank
    /// worksheets for a seminar.
    #[arg(long, value_name = "ID")]
    org: Option<String>,
    /// Every organization (not archived ones), one file each, into --out-dir.
    #[arg(long, conflicts_with_all = ["org", "out"], requires = "out_dir")]
    all_orgs: bool,
    /// Which report.
    #[arg(long, value_enum)]
    kind: Kind,
    /// The file to write (with --org).
    #[arg(long, value_name = "FILE", required_unless_present = "all_orgs")]
    out: Option<PathBuf>,
    /// The folder to write into (with --all-orgs); created if missing.
    #[arg(long, value_name = "DIR")]
    out_dir: Option<PathBuf>,
    /// The report date (YYYY-MM-DD; default: today, local time); a fixed date gives the same files.
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
    /// The contractor's name, in the header of every page.
    #[arg(long, value_name = "NAME")]
    brand_name: Option<String>,
    /// A contact line under the contractor's name.
    #[arg(long, value_name = "TEXT")]
    brand_contact: Option<String>,
    /// The contractor's logo (PNG or JPEG).
    #[arg(long, value_name = "FILE")]
    brand_logo: Option<PathBuf>,
}

impl ReportArgs {
    /// Blank worksheets: `--kind worksheet` without `--org` (needs no database).
    pub fn blank_worksheet(&self) -> bool {
        self.org.is_none() && !self.all_orgs && matches!(self.kind, Kind::Worksheet)
    }
}

/// Writes blank worksheets (no organization: the company, person and date are left to be
/// filled in by hand).
pub fn blank(
    ctx: &AppCtx,
    out: &Out<'_>,
    locale: Locale,
    args: &ReportArgs,
) -> Result<(), AppError> {
    let Some(file) = args.out.as_deref() else {
        return Err(AppError::invalid("--out"));
    };
    let branding = branding(args)?;
    let (bytes, pages, _) = commands::render_blank_worksheet(
        ctx,
        &mamori_app::dto::BlankWorksheetReq {
            lang: locale,
            date: args.date.clone(),
            branding,
        },
    )?;
    write(out, file, &bytes, pages)
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Kind {
    Summary,
    Full,
    Policy,
    Incident,
    Worksheet,
}

impl From<Kind> for ReportKind {
    fn from(k: Kind) -> ReportKind {
        match k {
            Kind::Summary => ReportKind::Summary,
            Kind::Full => ReportKind::Full,
            Kind::Policy => ReportKind::Policy,
            Kind::Incident => ReportKind::Incident,
            Kind::Worksheet => ReportKind::Worksheet,
        }
    }
}

pub fn run(ctx: &AppCtx, out: &Out<'_>, locale: Locale, args: ReportArgs) -> Result<(), AppError> {
    let branding = branding(&args)?;
    let req = |org_id: String| ExportReportReq {
        org_id,
        kind: args.kind.into(),
        lang: locale,
        date: args.date.clone(),
        branding: branding.clone(),
    };
    if args.all_orgs {
        let dir = args.out_dir.as_deref().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(|e| write_error(dir, &e))?;
        let orgs = commands::list_orgs(
            ctx,
            ListOrgsReq {
                include_archived: false,
                today: args.date.clone(),
            },
        )?
        .orgs;
        let total = orgs.len();
        for (i, org) in orgs.into_iter().enumerate() {
            out.say(
                "report-progress",
                &[
                    ("done", ((i + 1) as i64).into()),
                    ("total", (total as i64).into()),
                    ("name", org.name.as_str().into()),
                ],
            );
            let (bytes, pages, name) = render_report(ctx, &req(org.id))?;
            write(out, &dir.join(name), &bytes, pages)?;
        }
        return Ok(());
    }
    if args.blank_worksheet() {
        return blank(ctx, out, locale, &args);
    }
    let (Some(org), Some(file)) = (args.org.clone(), args.out.as_deref()) else {
        return Err(AppError::invalid("--org and --out"));
    };
    let (bytes, pages, _) = render_report(ctx, &req(org))?;
    write(out, file, &bytes, pages)
}

fn branding(args: &ReportArgs) -> Result<Option<ReportBranding>, AppError> {
    if args.brand_name.is_none() && args.brand_contact.is_none() && args.brand_logo.is_none() {
        return Ok(None);
    }
    let logo = match &args.brand_logo {
        None => None,
        Some(p) => {
            use base64::Engine;
            let bytes = std::fs::read(p).map_err(|e| read_error(p, &e))?;
            Some(base64::engine::general_purpose::STANDARD.encode(bytes))
        }
    };
    Ok(Some(ReportBranding {
        contractor_name: args.brand_name.clone(),
        contact_line: args.brand_contact.clone(),
        logo_base64: logo,
    }))
}

fn write(out: &Out<'_>, file: &Path, bytes: &[u8], pages: u32) -> Result<(), AppError> {
    write_atomically(file, bytes).map_err(|e| write_error(file, &e))?;
    out.say(
        "report-written",
        &[
            ("path", file.display().to_string().into()),
            ("pages", i64::from(pages).into()),
        ],
    );
    println!("{}", file.display());
    Ok(())
}
