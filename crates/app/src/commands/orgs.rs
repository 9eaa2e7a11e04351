//! Organization commands: the portfolio list, creating organizations and the demo company,
//! exporting and importing organization files. Files are read and written by the caller (the
//! UI's dialogs, the CLI); these commands take and return the file's text.

use std::collections::{BTreeMap, BTreeSet};

use mamori_core::content::ContentPacks;
use mamori_core::scoring::SelfCheckAnswer as CoreAnswer;
use mamori_store as store;
use mamori_store::{OrgInput, Timestamp, Uuid};
use time::Date;

use super::journey::{basics_practised, readiness};
use crate::dto::{
    CreateDemoReq, CreateDemoRes, CreateOrgReq, EmployeeBand, ExportOrgReq, ExportOrgRes,
    ImportOrgReq, ImportOrgRes, ListOrgsReq, ListOrgsRes, Org, OrgSummary, RoundBrief,
};
use crate::{AppCtx, AppError, VERSION};

/// The portfolio: one summary per organization.
pub fn list_orgs(ctx: &AppCtx, req: ListOrgsReq) -> Result<ListOrgsRes, AppError> {
    let today = today(req.today.as_deref())?;
    let orgs = ctx.store()?.portfolio(today, req.include_archived)?;
    let p = super::content::packs()?;
    Ok(ListOrgsRes {
        orgs: orgs.into_iter().map(|o| summary(p, o)).collect(),
    })
}

/// Creates an organization. Returns once it is committed.
pub fn create_org(ctx: &AppCtx, req: CreateOrgReq) -> Result<Org, AppError> {
    let trim = |s: Option<String>| s.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
    let input = OrgInput {
        name: req.name.trim().to_owned(),
        name_reading: trim(req.name_reading),
        industry: trim(req.industry),
        employee_band: req.employee_band.map(band_to_store),
        contact_person: trim(req.contact_person),
        notes: trim(req.notes),
    };
    let org = ctx.store()?.create_org(&input)?;
    Ok(org_dto(org))
}

/// Creates the demo company (株式会社ミナト精工), or resets it to its initial state. Returns
/// once it is committed.
pub fn create_demo(ctx: &AppCtx, req: CreateDemoReq) -> Result<CreateDemoRes, AppError> {
    let today = today(req.today.as_deref())?;
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
    let d = meta.exported_at.date();
    Ok(ExportOrgRes {
        bundle,
        file_name: mamori_filename::safe_file_name(&format!(
            "mamori-{}-{:04}{:02}{:02}.json",
            mamori_filename::name_part(&name),
            d.year(),
            u8::from(d.month()),
            d.day()
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

/// The date given (`YYYY-MM-DD`), or today in UTC.
fn today(given: Option<&str>) -> Result<Date, AppError> {
    match given {
        Some(s) => store::parse_date(s).map_err(|problem| {
            AppError::from(store::Error::Invalid {
                field: "today".into(),
                problem,
            })
        }),
        None => Ok(Timestamp::now().date()),
    }
}

pub(crate) fn parse_org_id(s: &str) -> Result<Uuid, AppError> {
    super::journey::parse_id("orgId", s)
}

pub(crate) fn band_to_store(b: EmployeeBand) -> store::EmployeeBand {
    match b {
        EmployeeBand::From1To5 => store::EmployeeBand::From1To5,
        EmployeeBand::From6To20 => store::EmployeeBand::From6To20,
        EmployeeBand::From21To50 => store::EmployeeBand::From21To50,
        EmployeeBand::From51To100 => store::EmployeeBand::From51To100,
        EmployeeBand::From101To300 => store::EmployeeBand::From101To300,
        EmployeeBand::Over300 => store::EmployeeBand::Over300,
    }
}

fn band_from_store(b: store::EmployeeBand) -> EmployeeBand {
    match b {
        store::EmployeeBand::From1To5 => EmployeeBand::From1To5,
        store::EmployeeBand::From6To20 => EmployeeBand::From6To20,
        store::EmployeeBand::From21To50 => EmployeeBand::From21To50,
        store::EmployeeBand::From51To100 => EmployeeBand::From51To100,
        store::EmployeeBand::From101To300 => EmployeeBand::From101To300,
        store::EmployeeBand::Over300 => EmployeeBand::Over300,
    }
}

pub(crate) fn org_dto(o: store::Organization) -> Org {
    Org {
        id: o.id.to_string(),
        name: o.name,
        name_reading: o.name_reading,
        industry: o.industry,
        employee_band: o.employee_band.map(band_from_store),
        contact_person: o.contact_person,
        notes: o.notes,
        archived_at: o.archived_at.map(|t| t.to_string()),
        created_at: o.created_at.to_string(),
        updated_at: o.updated_at.to_string(),
    }
}

fn summary(p: &ContentPacks, o: store::OrgSummary) -> OrgSummary {
    let sc = &p.sme.selfcheck;
    let total = u32::try_from(sc.questions.len()).unwrap_or(u32::MAX);
    let complete = o.selfcheck.answered() >= total;
    let score = o.selfcheck.score();
    let selfcheck_band = complete
        .then(|| sc.bands.iter().find(|b| score >= b.min && score <= b.max))
        .flatten()
        .map(|b| b.id.clone());
    let finished: BTreeSet<String> = o.finished_steps.iter().cloned().collect();
    let practised = basics_practised(p, &finished);
    // Only whether the self-check is complete matters for readiness.
    let answers: BTreeMap<u32, CoreAnswer> = if complete {
        sc.questions
            .iter()
            .map(|q| (q.number, CoreAnswer::DontKnow))
            .collect()
    } else {
        BTreeMap::new()
    };
    let basics_done = practised.len() == p.sme.basics.len();
    let (_, stars) = readiness(p, practised, answers, &o.policy);
    let directions_done = p.csm.directions.iter().all(|d| {
        d.steps
            .iter()
            .all(|s| finished.contains(&format!("{}/{}/{}", p.csm.pack, d.id, s.id)))
    });
    let maturity_done = o.maturity_answered as usize >= p.maturity.questions.len();
    let stage = if !basics_done {
        "basics"
    } else if !complete {
        "selfcheck"
    } else if stars < 2 {
        "policy"
    } else if !directions_done {
        "directions"
    } else if !maturity_done {
        "maturity"
    } else {
        "done"
    };
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
        selfcheck_answered: o.selfcheck.answered(),
        selfcheck_score: o.selfcheck.score(),
        selfcheck_dont_know: o.selfcheck.dont_know,
        overdue_actions: o.overdue_actions,
        open_actions: o.open_actions,
        last_activity: o.last_activity.map(|t| t.to_string()),
        selfcheck_band,
        stage: stage.to_owned(),
        stars,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_band_maps_both_ways() {
        for b in store::EmployeeBand::ALL {
            assert_eq!(band_to_store(band_from_store(*b)), *b);
            // The wire names match the store's.
            let json = serde_json::to_value(band_from_store(*b)).unwrap();
            assert_eq!(json, b.as_str());
        }
    }
}
