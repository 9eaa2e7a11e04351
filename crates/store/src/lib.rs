//! Mamori's local store: one SQLite file per installation (or per `--db` path), opened with WAL,
//! foreign keys and a busy timeout, migrated by SQL files under `migrations/`.
//!
//! Invariants:
//! - A file that is not a Mamori database, or whose schema is newer than this build, is refused
//!   and left byte-for-byte untouched.
//! - Before any migration of an existing database, a copy is written to `backups/` next to it
//!   (the newest [`migrate::BACKUPS_KEPT`] are kept).
//! - Each migration runs in its own transaction together with its `user_version` bump.
//! - Every write method commits before it returns.
//!
//! Depends on `mamori-core` only; knows nothing of Tauri, the UI or messages.
#![deny(missing_docs)]

mod error;
pub mod migrate;
mod settings;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

pub use error::{Error, Result};

/// An open, migrated Mamori database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
}

impl Store {
    /// Opens (creating if needed) the database at `path`, backing it up and migrating it to the
    /// latest schema. The folder is created if missing.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| Error::from_io(dir, e))?;
        }
        let existed = path.exists()
            && std::fs::metadata(path)
                .map(|m| m.len() > 0)
                .unwrap_or(false);
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| Error::from_sqlite(path, e))?;
        let mut store = Store {
            conn,
            path: Some(path.to_owned()),
        };
        store.prepare(existed)?;
        Ok(store)
    }

    /// An in-memory database with the latest schema, for tests and throwaway runs.
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()
            .map_err(|e| Error::from_sqlite(Path::new(":memory:"), e))?;
        let mut store = Store { conn, path: None };
        store.prepare(false)?;
        Ok(store)
    }

    /// The file this store lives in (`None` for in-memory stores).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    fn prepare(&mut self, existed: bool) -> Result<()> {
        let path = self
            .path
            .clone()
            .unwrap_or_else(|| PathBuf::from(":memory:"));
        let sql = |e| Error::from_sqlite(&path, e);
        self.conn
            .busy_timeout(std::time::Duration::from_secs(5))
            .map_err(sql)?;
        // Read the version before anything that could write to the file (such as switching the
        // journal mode), so that a foreign or newer file is refused untouched.
        let version = migrate::schema_version(&self.conn).map_err(sql)?;
        if version > migrate::LATEST {
            return Err(Error::NewerSchema {
                found: version,
                supported: migrate::LATEST,
            });
        }
        if existed && version == 0 && migrate::has_foreign_tables(&self.conn).map_err(sql)? {
            return Err(Error::NotMamori { path: path.clone() });
        }
        self.conn
            .pragma_update(None, "foreign_keys", true)
            .map_err(sql)?;
        if self.path.is_some() {
            let mode: String = self
                .conn
                .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
                .map_err(sql)?;
            if !mode.eq_ignore_ascii_case("wal") {
                return Err(Error::ReadOnly { path: path.clone() });
            }
            // FULL: a commit that returned is on disk even after a power cut, not only a crash.
            self.conn
                .pragma_update(None, "synchronous", "FULL")
                .map_err(sql)?;
        }
        if version < migrate::LATEST {
            if let Some(p) = self.path.as_ref().filter(|_| existed && version > 0) {
                migrate::backup_before_migrating(&self.conn, p, version)?;
            }
            migrate::apply_pending(&mut self.conn, version).map_err(sql)?;
        }
        Ok(())
    }

    /// The underlying connection, for the query modules of this crate.
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Maps a SQLite error from a query on this store to a store error.
    pub(crate) fn err(&self, e: rusqlite::Error) -> Error {
        Error::from_sqlite(self.path.as_deref().unwrap_or(Path::new(":memory:")), e)
    }
}
