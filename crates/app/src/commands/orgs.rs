//! Organization commands: the portfolio list, creating organizations and the demo company,
//! exporting and importing organization files. Files are read and written by the caller (the
//! UI's dialogs, the CLI); these commands take and return the file's text.

use mamori_core::content::ContentPacks;
use mamori_core::progress;
use mamori_store as store;
use mamori_store::{OrgInput, Timestamp};

use super::input::parse_org_id;
use crate::dto::{
    CreateDemoReq, CreateDemoRes, CreateOrgReq, ExportOrgReq, ExportOrgRes, ImportOrgReq,
    ImportOrgRes, ListOrgsReq, ListOrgsRes, Org, OrgSummary, RoundBrief,
};
use crate::{AppCtx, AppError, VERSION};

/// The portfolio: one summary per organization.
pub fn list_orgs(ctx: &AppCtx, req: ListOrgsReq) -> Result<ListOrgsRes, AppError> {
    let today = ctx.date_or_today(req.today.as_deref(), "today")?;
    let orgs = ctx.store()?.portfolio(today, req.include_archived)?;
    let p = super::content::packs()?;
    Ok(ListOrgsRes {
        orgs: orgs.into_iter().map(|o| summary(p, o)).collect(),
    })
}

/// Creates an organization. Returns once it is committed.
pub fn create_org(ctx: &AppCtx, req: CreateOrgReq) -> Result<Org, AppError> {
    let org = ctx.store()?.create_org(&org_input(req))?;
    Ok(org_dto(org))
}

/// A new organization's profile from the request, trimmed.
pub(crate) fn org_input(req: CreateOrgReq) -> OrgInput {
    let trim = |s: Option<String>| s.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
    OrgInput {
        name: req.name.trim().to_owned(),
        name_reading: trim(req.name_reading),
        industry: trim(req.industry),
        employee_band: req.employee_band,
        contact_person: trim(req.contact_person),
        notes: trim(req.notes),
    }
}

/// Creates the demo company (株式会社ミナト精工), or resets it to its initial state. Returns
/// once it is committed.
pub fn create_demo(ctx: &AppCtx, req: CreateDemoReq) -> Result<CreateDemoRes, AppError> {
    let today = ctx.date_or_today(req.today.as_deref(), "today")?;
    let mut s = ctx.store()?;
    let id = s.create_demo(today)?;
    Ok(CreateDemoRes {
        id: id.to_string(),
        name: s.org(id)?.name,
    })
}

/// Exports an organization with everything recorded for it as an organization file (JSON).
pub fn export_org(ctx: &AppCtx, req: ExportOrgReq) -> Result<ExportOrgRes, AppError> {
    let id = parse_org_id(&req.org_id)?;
    let meta = store::ExportMeta {
        app_version: VERSION.to_owned(),
        exported_at: Timestamp::now(),
        content_versions: ctx.content_ids().versions.clone(),
    };
    let s = ctx.store()?;
    let name = s.org(id)?.name;
    let bundle = s.export_org(id, &meta)?;
    Ok(ExportOrgRes {
        bundle,
        file_name: mamori_core::filename::safe_file_name(&format!(
            "mamori-{}-{}.json",
            mamori_core::filename::name_part(&name),
            store::format_date_compact(ctx.today())
        )),
    })
}

/// Imports an organization file: a new organization, or with `replace` the one with the same
/// id replaced. All or nothing: a bad file changes nothing. Returns once it is committed.
pub fn import_org(ctx: &AppCtx, req: ImportOrgReq) -> Result<ImportOrgRes, AppError> {
    import_org_bytes(ctx, req.bundle.as_bytes(), req.replace)
}

/// The largest organization file [`import_org`] accepts, in bytes (callers reading a file need
/// not read more than one byte past it).
pub const IMPORT_MAX_BYTES: usize = store::BUNDLE_MAX_BYTES;

/// [`import_org`] for a file's raw bytes (the CLI), so that a file that is not UTF-8 is
/// reported like any other broken file.
pub fn import_org_bytes(
    ctx: &AppCtx,
    bytes: &[u8],
    replace: bool,
) -> Result<ImportOrgRes, AppError> {
    let outcome = ctx.store()?.import_org(bytes, ctx.content_ids(), replace)?;
    Ok(ImportOrgRes {
        id: outcome.org_id.to_string(),
        name: outcome.name,
        replaced: outcome.replaced,
    })
}

pub(crate) fn org_dto(o: store::Organization) -> Org {
    Org {
        id: o.id.to_string(),
        name: o.name,
        name_reading: o.name_reading,
        industry: o.industry,
        employee_band: o.employee_band,
        contact_person: o.contact_person,
        notes: o.notes,
        archived_at: o.archived_at.map(|t| t.to_string()),
        created_at: o.created_at.to_string(),
        updated_at: o.updated_at.to_string(),
    }
}

fn summary(p: &ContentPacks, o: store::OrgSummary) -> OrgSummary {
    let status = progress::evaluate(p, &o.facts());
    OrgSummary {
        id: o.id.to_string(),
        name: o.name,
        name_reading: o.name_reading,
        archived: o.archived,
        latest_round: o.latest_round.map(|r| RoundBrief {
            id: r.id.to_string(),
            framework_version: r.framework_version,
            started_at: r.started_at.to_string(),
            closed_at: r.closed_at.map(|t| t.to_string()),
        }),
        selfcheck_answered: status.selfcheck.answered(),
        selfcheck_score: status.selfcheck.points(),
        selfcheck_dont_know: status.selfcheck.dont_know,
        overdue_actions: o.overdue_actions,
        open_actions: o.open_actions,
        last_activity: o.last_activity.map(|t| t.to_string()),
        selfcheck_band: status.selfcheck_band,
        stage: status.stage,
        stars: status.stars,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_cross_the_wire_as_the_store_writes_them() {
        for b in store::EmployeeBand::ALL {
            let json = serde_json::to_value(b).unwrap();
            assert_eq!(json, b.as_str());
            assert_eq!(
                serde_json::from_value::<store::EmployeeBand>(json).unwrap(),
                *b
            );
        }
    }
}
