//! The context every command runs in: the database, the messages, where data lives.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use mamori_i18n::Localizer;
use mamori_store::{ContentIds, Store};

use crate::error::{AppError, ErrorCode};

/// Environment variable that overrides the data folder (for the app and the CLI; tests use it).
pub const DATA_DIR_ENV: &str = "MAMORI_DATA_DIR";

/// The database's file name inside the data folder.
pub const DB_FILE_NAME: &str = "mamori.db";

/// The data folder: `$MAMORI_DATA_DIR` if set and not empty, else the platform's app-data folder
/// (`~/.local/share/mamori` on Linux, `%APPDATA%\mamori\Mamori\data` on Windows,
/// `~/Library/Application Support/jp.mamori.Mamori` on macOS).
pub fn default_data_dir() -> Option<PathBuf> {
    match std::env::var_os(DATA_DIR_ENV) {
        Some(d) if !d.is_empty() => Some(PathBuf::from(d)),
        _ => directories::ProjectDirs::from("jp", "mamori", "Mamori")
            .map(|p| p.data_dir().to_owned()),
    }
}

/// Shared state for all commands. One per process; `Send + Sync`.
#[derive(Debug)]
pub struct AppCtx {
    db: Result<Mutex<Store>, AppError>,
    localizer: Arc<Localizer>,
    db_path: PathBuf,
    os_locale: Option<String>,
    content_ids: ContentIds,
}

impl AppCtx {
    /// Opens the database at `db_path`. A database that cannot be opened does not make this
    /// fail: the error is kept and returned by every command that needs the database (and shown
    /// by the UI at start-up), so the user always sees a localized explanation.
    pub fn open(db_path: PathBuf, os_locale: Option<String>) -> Result<AppCtx, AppError> {
        let localizer = Arc::new(Localizer::new()?);
        let db = Store::open(&db_path)
            .map(Mutex::new)
            .map_err(AppError::from);
        Ok(AppCtx {
            db,
            localizer,
            db_path,
            os_locale,
            content_ids: ContentIds::builtin(),
        })
    }

    /// A context over an in-memory database, for tests.
    pub fn in_memory(os_locale: Option<String>) -> Result<AppCtx, AppError> {
        let localizer = Arc::new(Localizer::new()?);
        let db = Store::open_in_memory()
            .map(Mutex::new)
            .map_err(AppError::from);
        Ok(AppCtx {
            db,
            localizer,
            db_path: PathBuf::from(":memory:"),
            os_locale,
            content_ids: ContentIds::builtin(),
        })
    }

    /// The database, or the error that kept it from opening.
    pub fn store(&self) -> Result<MutexGuard<'_, Store>, AppError> {
        let m = self.db.as_ref().map_err(Clone::clone)?;
        m.lock()
            .map_err(|_| AppError::new(ErrorCode::Internal, "database lock poisoned by a panic"))
    }

    /// The error that kept the database from opening, if any.
    pub fn db_error(&self) -> Option<&AppError> {
        self.db.as_ref().err()
    }

    /// The messages.
    pub fn localizer(&self) -> &Localizer {
        &self.localizer
    }

    /// The database file.
    pub fn db_path(&self) -> &Path {
        &self.db_path
    }

    /// The content ids imports are checked against (from the built-in shapes until the
    /// content packs are loaded here).
    pub fn content_ids(&self) -> &ContentIds {
        &self.content_ids
    }

    /// The operating system's locale string as given at start-up (e.g. `ja_JP.UTF-8`).
    pub fn os_locale(&self) -> Option<&str> {
        self.os_locale.as_deref()
    }
}
