//! Commands that save or open a user file through the native dialogs: the plan as a calendar,
//! an organization's portable file. The user picks the place; the webview never sends a path.

use std::path::{Path, PathBuf};

use super::orgs::import_org_bytes;
use super::startup::ui_locale;
use super::{export_ics, export_org};
use crate::dto::{
    ExportIcsReq, ExportOrgReq, ImportOrgFileReq, ImportOrgFileRes, SaveFileReq, SavedFile,
};
use crate::files::{FileFilter, read_error, read_limited, write_atomically, write_error};
use crate::{AppCtx, AppError};

/// A dialog's title and filter name (message ids) in the UI language (English when the
/// database cannot be read).
fn dialog_texts(ctx: &AppCtx, title_id: &str, filter_id: &str) -> (String, String) {
    let locale = ctx
        .store()
        .map_or(mamori_core::Locale::En, |s| ui_locale(ctx, &s));
    let l = ctx.localizer();
    (
        l.format(locale, title_id, &[]),
        l.format(locale, filter_id, &[]),
    )
}

/// A dialog's title (message id) in the UI language.
pub(crate) fn dialog_title(ctx: &AppCtx, title_id: &str) -> String {
    dialog_texts(ctx, title_id, title_id).0
}

/// Asks where to save (suggesting `name`, made safe on every system by `mamori_filename`);
/// `None` if the user cancelled.
pub(crate) fn ask_save_path(
    ctx: &AppCtx,
    title_id: &str,
    filter_id: &str,
    extensions: &[&str],
    name: &str,
) -> Option<PathBuf> {
    let (title, filter_name) = dialog_texts(ctx, title_id, filter_id);
    let filter = FileFilter {
        name: &filter_name,
        extensions,
    };
    ctx.dialogs()
        .save_path(&title, &mamori_core::filename::safe_file_name(name), filter)
}

/// Asks which file to open; `None` if the user cancelled.
pub(crate) fn ask_open_path(
    ctx: &AppCtx,
    title_id: &str,
    filter_id: &str,
    extensions: &[&str],
) -> Option<PathBuf> {
    let (title, filter_name) = dialog_texts(ctx, title_id, filter_id);
    let filter = FileFilter {
        name: &filter_name,
        extensions,
    };
    ctx.dialogs().open_path(&title, filter)
}

/// Asks for one or more files to open; empty if the user cancelled.
pub(crate) fn ask_open_paths(
    ctx: &AppCtx,
    title_id: &str,
    filter_id: &str,
    extensions: &[&str],
) -> Vec<PathBuf> {
    let (title, filter_name) = dialog_texts(ctx, title_id, filter_id);
    let filter = FileFilter {
        name: &filter_name,
        extensions,
    };
    ctx.dialogs().open_paths(&title, filter)
}

/// What was saved where.
pub(crate) fn saved(path: &std::path::Path) -> SavedFile {
    SavedFile {
        saved: true,
        path: Some(path.display().to_string()),
        entries: None,
    }
}

/// Nothing saved: the dialog was cancelled.
pub(crate) fn not_saved() -> SavedFile {
    SavedFile {
        saved: false,
        path: None,
        entries: None,
    }
}

/// Asks where to save `bytes` (suggesting `name`), writes them atomically and shows the file.
pub(crate) fn save_with_dialog(
    ctx: &AppCtx,
    title_id: &str,
    filter_id: &str,
    extensions: &[&str],
    name: &str,
    bytes: &[u8],
) -> Result<SavedFile, AppError> {
    let Some(path) = ask_save_path(ctx, title_id, filter_id, extensions, name) else {
        return Ok(not_saved());
    };
    write_atomically(&path, bytes).map_err(|e| write_error(&path, &e))?;
    ctx.dialogs().reveal(&path);
    Ok(saved(&path))
}

/// Saves a PDF where the user chooses; the answer counts its pages when it was saved.
pub(crate) fn save_pdf(
    ctx: &AppCtx,
    name: &str,
    bytes: &[u8],
    pages: u32,
) -> Result<SavedFile, AppError> {
    let saved = save_with_dialog(
        ctx,
        "dialog-save-report",
        "filter-pdf",
        &["pdf"],
        name,
        bytes,
    )?;
    Ok(SavedFile {
        entries: saved.saved.then_some(pages),
        ..saved
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
    let Some(path) = ask_open_path(ctx, "dialog-open-org-file", "filter-org-file", &["json"])
    else {
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
