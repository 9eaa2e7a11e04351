//! Reports: renders an organization's PDF report with `mamori-report`. The PDF is returned as
//! base64; the caller (the shell after a save dialog, or the CLI) writes the file.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use mamori_report as report;
use mamori_store::Uuid;

use crate::dto::{ExportReportReq, ExportReportRes, ReportKind};
use crate::{AppCtx, AppError, ErrorCode};

/// Renders a report of one organization.
pub fn export_report(ctx: &AppCtx, req: ExportReportReq) -> Result<ExportReportRes, AppError> {
    let (bytes, pages, file_name) = render_report(ctx, &req)?;
    Ok(ExportReportRes {
        file_name,
        bytes_base64: STANDARD.encode(bytes),
        pages,
    })
}

/// [`export_report`] without base64: the PDF bytes, the page count and a file name (for the
/// CLI, which writes files itself).
pub fn render_report(
    ctx: &AppCtx,
    req: &ExportReportReq,
) -> Result<(Vec<u8>, u32, String), AppError> {
    let id = Uuid::try_parse(req.org_id.trim()).map_err(|_| {
        AppError::from(mamori_store::Error::Invalid {
            field: "orgId".into(),
            problem: mamori_store::Problem::BadId {
                value: req.org_id.clone(),
            },
        })
    })?;
    let date = ctx.date_or_today(req.date.as_deref(), "date")?;
    let branding = branding(req.branding.as_ref())?;
    let data = ctx.store()?.org_data(id)?;
    let kind = kind_to_report(req.kind);
    let input = report::ReportInput {
        data: &data,
        localizer: ctx.localizer(),
        locale: req.lang,
        date,
        branding: &branding,
    };
    let pdf = report::render(kind, &input).map_err(report_error)?;
    let file_name = report::file_name(kind, &data.organization.name, date, req.lang);
    Ok((
        pdf.bytes,
        u32::try_from(pdf.pages).unwrap_or(u32::MAX),
        file_name,
    ))
}

/// The request's branding for `mamori-report` (the logo decoded from base64).
pub(crate) fn branding(
    b: Option<&crate::dto::ReportBranding>,
) -> Result<report::Branding, AppError> {
    Ok(match b {
        None => report::Branding::default(),
        Some(b) => report::Branding {
            contractor_name: trimmed(&b.contractor_name),
            contact_line: trimmed(&b.contact_line),
            logo: match &b.logo_base64 {
                None => None,
                Some(s) => Some(STANDARD.decode(s.trim()).map_err(|e| {
                    AppError::new(ErrorCode::InvalidInput, format!("logo: {e}"))
                        .message("report-error-bad-logo")
                })?),
            },
        },
    })
}

fn trimmed(s: &Option<String>) -> Option<String> {
    s.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

fn kind_to_report(k: ReportKind) -> report::ReportKind {
    match k {
        ReportKind::Summary => report::ReportKind::Summary,
        ReportKind::Full => report::ReportKind::Full,
        ReportKind::Policy => report::ReportKind::Policy,
        ReportKind::Incident => report::ReportKind::Incident,
        ReportKind::Worksheet => report::ReportKind::Worksheet,
    }
}

pub(crate) fn report_error(e: report::ReportError) -> AppError {
    let detail = crate::error::error_chain(&e);
    match e {
        report::ReportError::BadLogo(_) => {
            AppError::new(ErrorCode::InvalidInput, detail).message("report-error-bad-logo")
        }
        report::ReportError::Font
        | report::ReportError::Content(_)
        | report::ReportError::Write(_) => AppError::new(ErrorCode::Internal, detail),
    }
}

/// The stored branding (Settings) as the report request's branding.
pub(crate) fn stored_branding(
    ctx: &AppCtx,
) -> Result<Option<crate::dto::ReportBranding>, AppError> {
    let s = ctx.store()?;
    let (contractor_name, contact_line, logo) = super::branding::branding_parts(&s);
    Ok(Some(crate::dto::ReportBranding {
        contractor_name,
        contact_line,
        logo_base64: logo.map(|b| STANDARD.encode(b)),
    }))
}

/// Saves one organization's report where the user chooses, and shows it in its folder.
pub fn save_report(
    ctx: &AppCtx,
    req: crate::dto::SaveReportReq,
) -> Result<crate::dto::SavedFile, AppError> {
    let full = ExportReportReq {
        org_id: req.org_id,
        kind: req.kind,
        lang: req.lang,
        date: Some(mamori_store::format_date(ctx.today())),
        branding: stored_branding(ctx)?,
    };
    let (bytes, pages, name) = render_report(ctx, &full)?;
    super::files::save_pdf(ctx, &name, &bytes, pages)
}

/// Saves one report per organization (archived ones left out) into a folder the user
/// chooses, reporting progress after each. A file of the same name is replaced.
pub fn save_reports_all(
    ctx: &AppCtx,
    req: crate::dto::SaveReportsAllReq,
) -> Result<crate::dto::SavedReports, AppError> {
    let title = super::files::dialog_title(ctx, "dialog-pick-report-folder");
    let Some(folder) = ctx.dialogs().pick_folder(&title) else {
        return Ok(crate::dto::SavedReports {
            chosen: false,
            folder: None,
            written: 0,
        });
    };
    let orgs = ctx.store()?.orgs()?;
    let orgs: Vec<_> = orgs
        .into_iter()
        .filter(|o| o.archived_at.is_none())
        .collect();
    let total = u32::try_from(orgs.len()).unwrap_or(u32::MAX);
    let branding = stored_branding(ctx)?;
    let date = mamori_store::format_date(ctx.today());
    let mut written = 0u32;
    for (i, o) in orgs.iter().enumerate() {
        ctx.progress(crate::dto::Progress {
            done: u32::try_from(i).unwrap_or(u32::MAX),
            total,
            item: o.name.clone(),
        });
        let full = ExportReportReq {
            org_id: o.id.to_string(),
            kind: req.kind,
            lang: req.lang,
            date: Some(date.clone()),
            branding: branding.clone(),
        };
        let (bytes, _, name) = render_report(ctx, &full)?;
        let path = folder.join(name);
        crate::files::write_atomically(&path, &bytes)
            .map_err(|e| crate::files::write_error(&path, &e))?;
        written += 1;
    }
    ctx.progress(crate::dto::Progress {
        done: total,
        total,
        item: String::new(),
    });
    ctx.dialogs().reveal(&folder);
    Ok(crate::dto::SavedReports {
        chosen: true,
        folder: Some(folder.display().to_string()),
        written,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_maps_to_the_report_kind_of_the_same_name() {
        for (dto, name) in [
            (ReportKind::Summary, "summary"),
            (ReportKind::Full, "full"),
            (ReportKind::Policy, "policy"),
            (ReportKind::Incident, "incident"),
            (ReportKind::Worksheet, "worksheet"),
        ] {
            assert_eq!(kind_to_report(dto).as_str(), name);
            assert_eq!(serde_json::to_value(dto).unwrap(), name);
        }
    }
}
