//! Files the user picks: native dialogs (provided by the shell) and safe reading and writing.
//!
//! Paths never come from the webview: a command that writes or reads a user file asks the
//! [`Dialogs`] the shell installed, so the user chooses the place in the system's own dialog.
//! The CLI and tests install their own [`Dialogs`].

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use crate::{AppError, ErrorCode};

/// A filter of a file dialog: a label and extensions without dots.
#[derive(Debug, Clone, Copy)]
pub struct FileFilter<'a> {
    /// What the files are (localized), e.g. "Calendar".
    pub name: &'a str,
    /// Extensions, e.g. `["ics"]`.
    pub extensions: &'a [&'a str],
}

/// Native file dialogs and the file manager. Implemented by the desktop shell.
pub trait Dialogs: Send + Sync + std::fmt::Debug {
    /// Asks where to save; `None` if the user cancelled.
    fn save_path(
        &self,
        title: &str,
        suggested_name: &str,
        filter: FileFilter<'_>,
    ) -> Option<PathBuf>;
    /// Asks which file to open; `None` if the user cancelled.
    fn open_path(&self, title: &str, filter: FileFilter<'_>) -> Option<PathBuf>;
    /// Asks for one or more files to open; empty if the user cancelled.
    fn open_paths(&self, title: &str, filter: FileFilter<'_>) -> Vec<PathBuf> {
        self.open_path(title, filter).into_iter().collect()
    }
    /// Asks for a folder; `None` if the user cancelled.
    fn pick_folder(&self, _title: &str) -> Option<PathBuf> {
        None
    }
    /// Shows the file in the system's file manager (best effort).
    fn reveal(&self, path: &Path);
}

/// No dialogs (CLI, headless tests): every question is cancelled.
#[derive(Debug, Default)]
pub struct NoDialogs;

impl Dialogs for NoDialogs {
    fn save_path(&self, _: &str, _: &str, _: FileFilter<'_>) -> Option<PathBuf> {
        None
    }
    fn open_path(&self, _: &str, _: FileFilter<'_>) -> Option<PathBuf> {
        None
    }
    fn reveal(&self, _: &Path) {}
}

/// Reads a file of at most `max` bytes; one byte more is read so that a larger file is
/// reported as too large without being read whole.
pub fn read_limited(file: &Path, max: usize) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    std::fs::File::open(file)?
        .take(max as u64 + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Writes to a temporary file next to `file`, flushes it to disk, then renames it over `file`:
/// an existing file is either left as it was or fully replaced, never half-written.
///
/// A read-only `file` is refused (`PermissionDenied`) and left alone on every system: Windows
/// refuses to rename over it anyway, but Linux and macOS would replace it, since a rename only
/// needs a writable folder.
pub fn write_atomically(file: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if std::fs::metadata(file).is_ok_and(|m| m.permissions().readonly()) {
        return Err(std::io::Error::new(
            std::io::ErrorKind::PermissionDenied,
            "the file is read-only",
        ));
    }
    let dir = file
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = file
        .file_name()
        .ok_or_else(|| std::io::Error::other("not a file name"))?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".{}.tmp", std::process::id()));
    let tmp = dir.join(tmp_name);
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, file)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// The error for a file that could not be written (disk full is told apart).
pub fn write_error(file: &Path, e: &std::io::Error) -> AppError {
    let code = if e.raw_os_error() == Some(28) || e.kind() == std::io::ErrorKind::StorageFull {
        ErrorCode::DiskFull
    } else {
        ErrorCode::Storage
    };
    let err = AppError::new(code, format!("{}: {e}", file.display()))
        .arg("path", file.display().to_string());
    if code == ErrorCode::DiskFull {
        err
    } else {
        err.message("file-write-failed")
    }
}

/// The error for a file that could not be read.
pub fn read_error(file: &Path, e: &std::io::Error) -> AppError {
    AppError::new(ErrorCode::InvalidInput, format!("{}: {e}", file.display()))
        .message("file-read-failed")
        .arg("path", file.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_writes_replace_whole_files_and_leave_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("plan.ics");
        write_atomically(&f, b"one").unwrap();
        write_atomically(&f, b"two").unwrap();
        assert_eq!(std::fs::read(&f).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        let e = write_atomically(&dir.path().join("missing/plan.ics"), b"x").unwrap_err();
        let err = write_error(&dir.path().join("missing/plan.ics"), &e);
        assert_eq!(err.message_id, "file-write-failed");
        assert_eq!(read_limited(&f, 2).unwrap(), b"two");
    }

    #[test]
    fn a_read_only_file_is_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("report.pdf");
        std::fs::write(&f, b"old").unwrap();
        let mut p = std::fs::metadata(&f).unwrap().permissions();
        p.set_readonly(true);
        std::fs::set_permissions(&f, p).unwrap();
        let e = write_atomically(&f, b"new").unwrap_err();
        assert_eq!(e.kind(), std::io::ErrorKind::PermissionDenied);
        assert_eq!(write_error(&f, &e).message_id, "file-write-failed");
        assert_eq!(std::fs::read(&f).unwrap(), b"old");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
