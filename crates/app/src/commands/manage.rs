//! Looking after many organizations: archive, delete with undo, a client file compared section
//! by section before anything changes, and backups of the whole database.

use mamori_store::{
    self as store, ActionStatus, ExportMeta, ImportPreview, MergeChoices, OrgData, Side, Timestamp,
};

use super::files::{ask_open_path, ask_save_path, not_saved, saved};
use super::input::parse_org_id;
use crate::dto::{
    ApplyOrgFileReq, ArchiveOrgReq, BackupsInfo, DeleteOrgReq, DeletedOrg, ImportOrgRes, KeepSide,
    NoReq, OrgFilePreview, RestoreRes, SavedFile, SectionBrief, SectionDiff, UndoDeleteOrgReq,
};
use crate::files::{read_error, read_limited};
use crate::{AppCtx, AppError, VERSION};

/// Archives an organization (hidden from the default list) or brings it back.
pub fn archive_org(ctx: &AppCtx, req: ArchiveOrgReq) -> Result<NoReq, AppError> {
    let id = parse_org_id(&req.org_id)?;
    ctx.store()?.set_org_archived(id, req.archived)?;
    Ok(NoReq {})
}

fn export_meta(ctx: &AppCtx) -> ExportMeta {
    ExportMeta {
        app_version: VERSION.to_owned(),
        exported_at: Timestamp::now(),
        content_versions: ctx.content_ids().versions.clone(),
    }
}

/// Deletes an organization with everything recorded for it. The answer holds what `undo_delete_org`
/// needs to put it back (the UI offers that for a few seconds).
pub fn delete_org(ctx: &AppCtx, req: DeleteOrgReq) -> Result<DeletedOrg, AppError> {
    let id = parse_org_id(&req.org_id)?;
    let mut s = ctx.store()?;
    let undo = s.export_org(id, &export_meta(ctx))?;
    let name = s.org(id)?.name;
    s.delete_org(id)?;
    Ok(DeletedOrg { name, undo })
}

/// Puts a deleted organization back (same ids, same data).
pub fn undo_delete_org(ctx: &AppCtx, req: UndoDeleteOrgReq) -> Result<ImportOrgRes, AppError> {
    super::orgs::import_org_bytes(ctx, req.undo.as_bytes(), false)
}

fn side(k: KeepSide) -> Side {
    match k {
        KeepSide::Local => Side::Local,
        KeepSide::File => Side::File,
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn briefs(d: &OrgData) -> [(&'static str, SectionBrief); 5] {
    let max = |it: &mut dyn Iterator<Item = Timestamp>| it.max().map(|t| t.to_string());
    let latest = d.rounds.last();
    [
        (
            "profile",
            SectionBrief {
                items: 1,
                updated_at: Some(d.organization.updated_at.to_string()),
                detail: Some(d.organization.name.clone()),
            },
        ),
        (
            "rounds",
            SectionBrief {
                items: count(d.rounds.len()),
                updated_at: max(&mut d.rounds.iter().flat_map(|r| {
                    r.selfcheck
                        .iter()
                        .map(|a| a.updated_at)
                        .chain(r.maturity.iter().map(|a| a.updated_at))
                        .chain(r.steps.iter().map(|a| a.updated_at))
                        .chain([r.round.started_at])
                })),
                detail: latest.map(|r| {
                    format!(
                        "{}/{}/{}",
                        r.selfcheck.len(),
                        r.maturity.len(),
                        r.steps.len()
                    )
                }),
            },
        ),
        (
            "actions",
            SectionBrief {
                items: count(d.actions.len()),
                updated_at: max(&mut d.actions.iter().map(|a| a.updated_at)),
                detail: Some(
                    d.actions
                        .iter()
                        .filter(|a| a.input.status != ActionStatus::Done)
                        .count()
                        .to_string(),
                ),
            },
        ),
        (
            "partners",
            SectionBrief {
                items: count(d.partners.len()),
                updated_at: max(&mut d.partners.iter().map(|p| p.updated_at)),
                detail: None,
            },
        ),
        (
            "documents",
            SectionBrief {
                items: count(d.documents.len()),
                updated_at: max(&mut d.documents.iter().map(|x| x.updated_at)),
                detail: None,
            },
        ),
    ]
}

fn preview_dto(p: &ImportPreview, bundle: String) -> OrgFilePreview {
    let local = p.local.as_ref().map(briefs);
    let sections = briefs(&p.file)
        .into_iter()
        .enumerate()
        .map(|(i, (section, file))| SectionDiff {
            section: section.to_owned(),
            same: p.same(section),
            local: local.as_ref().map(|l| l[i].1.clone()),
            file,
        })
        .collect();
    OrgFilePreview {
        chosen: true,
        bundle: Some(bundle),
        name: Some(p.file.organization.name.clone()),
        exists: p.local.is_some(),
        sections,
    }
}

/// Asks for a client file and shows what it would change, section by section. Changes nothing.
pub fn preview_org_file(ctx: &AppCtx, _req: NoReq) -> Result<OrgFilePreview, AppError> {
    let Some(path) = ask_open_path(ctx, "dialog-open-org-file", "filter-org-file", &["json"])
    else {
        return Ok(OrgFilePreview {
            chosen: false,
            bundle: None,
            name: None,
            exists: false,
            sections: Vec::new(),
        });
    };
    let bytes = read_limited(&path, super::IMPORT_MAX_BYTES).map_err(|e| read_error(&path, &e))?;
    preview_bytes(ctx, &bytes)
}

/// [`preview_org_file`] for bytes already read (the CLI, tests).
pub fn preview_bytes(ctx: &AppCtx, bytes: &[u8]) -> Result<OrgFilePreview, AppError> {
    let text = String::from_utf8_lossy(bytes).into_owned();
    let p = ctx.store()?.preview_import(bytes, ctx.content_ids())?;
    Ok(preview_dto(&p, text))
}

/// Imports a previewed client file, keeping the chosen side of each section.
pub fn apply_org_file(ctx: &AppCtx, req: ApplyOrgFileReq) -> Result<ImportOrgRes, AppError> {
    let c = &req.choices;
    let choices = MergeChoices {
        profile: side(c.profile),
        rounds: side(c.rounds),
        actions: side(c.actions),
        partners: side(c.partners),
        documents: side(c.documents),
    };
    let out = ctx
        .store()?
        .import_merged(req.bundle.as_bytes(), ctx.content_ids(), choices)?;
    Ok(ImportOrgRes {
        id: out.org_id.to_string(),
        name: out.name,
        replaced: out.replaced,
    })
}

/// Saves a copy of the whole database where the user chooses (SQLite's backup API writes it
/// straight there, through a temporary name), and shows it.
pub fn backup_now(ctx: &AppCtx, _req: NoReq) -> Result<SavedFile, AppError> {
    let name = mamori_core::filename::safe_file_name(&format!(
        "mamori-backup-{}.db",
        store::format_date(ctx.today())
    ));
    let Some(path) = ask_save_path(ctx, "dialog-save-backup", "filter-backup", &["db"], &name)
    else {
        return Ok(not_saved());
    };
    ctx.store()?.backup_to(&path)?;
    ctx.dialogs().reveal(&path);
    Ok(saved(&path))
}

/// Asks for a backup and restores it, after saving the current database in `backups/`.
pub fn restore_backup(ctx: &AppCtx, _req: NoReq) -> Result<RestoreRes, AppError> {
    let Some(source) = ask_backup(ctx) else {
        return Ok(RestoreRes::cancelled());
    };
    let safety = store::migrate::backup_dir(ctx.db_path()).join(
        mamori_core::filename::safe_file_name(&format!("before-restore-{}.db", stamp())),
    );
    let info = ctx.store()?.restore_from(&source, &safety)?;
    Ok(RestoreRes::restored(&info, &safety))
}

/// Asks which backup to use; `None` if the user cancelled.
fn ask_backup(ctx: &AppCtx) -> Option<std::path::PathBuf> {
    ask_open_path(ctx, "dialog-open-backup", "filter-backup", &["db"])
}

impl RestoreRes {
    fn cancelled() -> RestoreRes {
        RestoreRes {
            restored: false,
            organizations: 0,
            safety_copy: None,
        }
    }

    fn restored(info: &store::BackupInfo, kept: &std::path::Path) -> RestoreRes {
        RestoreRes {
            restored: true,
            organizations: info.organizations,
            safety_copy: Some(kept.display().to_string()),
        }
    }
}

/// The current time as digits only (`20261126014500123…`), for file names.
fn stamp() -> String {
    Timestamp::now()
        .to_string()
        .chars()
        .filter(char::is_ascii_digit)
        .collect()
}

/// When the database could not be opened because it is damaged (or not a Mamori file): asks
/// for a backup (one of the daily ones, or a copy the user made) and puts it in place. The
/// damaged file is moved to the backups folder, never deleted; `safetyCopy` says where.
pub fn recover_database(ctx: &AppCtx, _req: NoReq) -> Result<RestoreRes, AppError> {
    let Some(source) = ask_backup(ctx) else {
        return Ok(RestoreRes::cancelled());
    };
    let (info, damaged) = ctx.recover_from(&source, &stamp())?;
    Ok(RestoreRes::restored(&info, &damaged))
}

/// Where the automatic daily backups are and which exist.
pub fn get_backups(ctx: &AppCtx, _req: NoReq) -> Result<BackupsInfo, AppError> {
    let dir = store::daily_dir(ctx.db_path());
    let mut daily: Vec<String> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter_map(|e| e.file_name().into_string().ok())
                .filter(|n| n.ends_with(".db") && !n.starts_with('.'))
                .collect()
        })
        .unwrap_or_default();
    daily.sort_unstable_by(|a, b| b.cmp(a));
    Ok(BackupsInfo {
        daily_dir: dir.display().to_string(),
        daily,
        kept: count(store::DAILY_KEPT),
    })
}
