//! Commands that save or open a user file through the native dialogs: the plan as a calendar,
//! an organization's portable file. The user picks the place; the webview never sends a path.

use std::path::Path;

use super::journey::ui_locale;
use super::orgs::import_org_bytes;
use super::{export_ics, export_org};
use crate::dto::{
    ExportIcsReq, ExportOrgReq, ImportOrgFileReq, ImportOrgFileRes, SaveFileReq, SavedFile,
};
use crate::files::{FileFilter, read_error, read_limited, write_atomically, write_error};
use crate::{AppCtx, AppError};

/// Asks where to save `bytes` (suggesting `name`), writes them atomically and shows the file.
pub(crate) fn save_with_dialog(
    ctx: &AppCtx,
    title_id: &str,
    filter_id: &str,
    extensions: &[&str],
    name: &str,
    bytes: &[u8],
) -> Result<SavedFile, AppError> {
    let locale = ctx
        .store()
        .map_or(mamori_core::Locale::En, |s| ui_locale(ctx, &s));
    let l = ctx.localizer();
    let title = l.format(locale, title_id, &[]);
    let filter_name = l.format(locale, filter_id, &[]);
    let filter = FileFilter {
        name: &filter_name,
        extensions,
    };
    let Some(path) = ctx.dialogs().save_path(&title, name, filter) else {
        return Ok(SavedFile {
            saved: false,
            path: None,
            entries: None,
        });
    };
    write_atomically(&path, bytes).map_err(|e| write_error(&path, &e))?;
    ctx.dialogs().reveal(&path);
    Ok(SavedFile {
        saved: true,
        path: Some(path.display().to_string()),
        entries: None,
    })
}

/// Saves the plan's due dates as a calendar file where the user chooses.
pub fn save_ics(ctx: &AppCtx, req: SaveFileReq) -> Result<SavedFile, AppError> {
    let ics = export_ics(ctx, ExportIcsReq { org_id: req.org_id })?;
    let saved = save_with_dialog(
        ctx,
        "dialog-save-ics",
        "filter-ics",
        &["ics"],
        &ics.file_name,
        ics.content.as_bytes(),
    )?;
    Ok(SavedFile {
        entries: saved.saved.then_some(ics.events),
        ..saved
    })
}

/// Saves an organization's portable file where the user chooses.
pub fn save_org_file(ctx: &AppCtx, req: SaveFileReq) -> Result<SavedFile, AppError> {
    let res = export_org(ctx, ExportOrgReq { org_id: req.org_id })?;
    save_with_dialog(
        ctx,
        "dialog-save-org-file",
        "filter-org-file",
        &["json"],
        &res.file_name,
        res.bundle.as_bytes(),
    )
}

/// Imports an organization's portable file the user picks (nothing happens if they cancel).
pub fn import_org_file(ctx: &AppCtx, req: ImportOrgFileReq) -> Result<ImportOrgFileRes, AppError> {
    let locale = ctx
        .store()
        .map_or(mamori_core::Locale::En, |s| ui_locale(ctx, &s));
    let l = ctx.localizer();
    let title = l.format(locale, "dialog-open-org-file", &[]);
    let filter_name = l.format(locale, "filter-org-file", &[]);
    let Some(path) = ctx.dialogs().open_path(
        &title,
        FileFilter {
            name: &filter_name,
            extensions: &["json"],
        },
    ) else {
        return Ok(ImportOrgFileRes { imported: None });
    };
    import_path(ctx, &path, req.replace)
}

fn import_path(ctx: &AppCtx, path: &Path, replace: bool) -> Result<ImportOrgFileRes, AppError> {
    let bytes = read_limited(path, super::IMPORT_MAX_BYTES).map_err(|e| read_error(path, &e))?;
    let res = import_org_bytes(ctx, &bytes, replace)?;
    Ok(ImportOrgFileRes {
        imported: Some(res),
    })
}
