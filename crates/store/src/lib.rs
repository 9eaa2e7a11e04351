//! Mamori's local store: one SQLite file per installation (or per `--db` path), opened with WAL,
//! foreign keys and a busy timeout, migrated by SQL files under `migrations/`.
//!
//! Invariants:
//! - A file that is not a Mamori database, or whose schema is newer than this build, is refused
//!   and left byte-for-byte untouched.
//! - Before any migration of an existing database, a copy is written to `backups/` next to it
//!   (the newest [`migrate::BACKUPS_KEPT`] are kept).
//! - Each migration runs in its own transaction together with its `user_version` bump.
//! - Every write method commits before it returns (one immediate transaction per call), logs
//!   itself in `event_log`, and on error leaves nothing behind — unless it runs inside
//!   [`Store::transaction`], which makes several writes one: they commit together when the
//!   closure returns `Ok`, and none of them remains when it returns an error (each write is then
//!   a savepoint inside the one transaction).
//! - Queries live in one module per aggregate (`orgs`, `rounds`, `answers`, `progress`,
//!   `actions`, `partners`, `events`) plus whole-organization views (`bundle` for export and
//!   import, `demo`, `portfolio`); they return plain types of this crate, never SQLite rows.
//! - Which content ids exist is not the store's knowledge: callers pass a [`ContentIds`].
//!
//! Depends on `mamori-core` only; knows nothing of Tauri, the UI or messages.
#![deny(missing_docs)]

mod actions;
mod answers;
mod backups;
mod bundle;
mod content;
mod demo;
mod documents;
mod error;
mod events;
mod facts;
mod merge;
pub mod migrate;
mod orgs;
mod partners;
mod portfolio;
mod progress;
mod require;
mod rounds;
mod settings;
mod values;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

pub use actions::{ActionInput, ActionItem, ActionSource, ActionStatus, Effort};
pub use answers::{MaturityAnswer, MaturityRecord, SelfCheckAnswer, SelfCheckRecord};
pub use backups::{BackupInfo, DAILY_KEPT, Recovered, daily_dir, inspect_backup};
pub use bundle::{
    BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, BUNDLE_MAX_BYTES, ExportMeta, ImportOutcome, OrgData,
    RoundData, parse_bundle, write_bundle,
};
pub use content::ContentIds;
pub use demo::{DEMO_ORG_ID, demo_org_data};
pub use documents::{Document, DocumentKind, IncidentCard, PolicyDraft};
pub use error::{Error, Problem, Result};
pub use events::{Event, EventAction, EventEntity};
pub use merge::{ImportPreview, MergeChoices, Side, merge_org_data};
pub use orgs::{EmployeeBand, OrgInput, Organization};
pub use partners::{Partner, PartnerInput, PartnerRelation, SecurityActionLevel, YesNoUnknown};
pub use portfolio::{OrgSummary, RoundBrief};
pub use progress::{StepInput, StepProgress, StepStatus};
pub use rounds::Round;
pub use uuid::Uuid;
pub use values::{
    DATE_MAX, DATE_MIN, NAME_MAX, TEXT_MAX, TITLE_MAX, Timestamp, check_optional, format_date,
    format_date_compact, parse_date,
};

/// A failure inside a transaction: a SQLite error (classified with the file's path when the
/// transaction ends) or an already classified store error.
#[derive(Debug)]
pub(crate) enum Fail {
    Sql(rusqlite::Error),
    Store(Error),
}

impl Fail {
    /// A field that breaks a rule: `Error::Invalid`. Takes the `(field, problem)` pair the
    /// `check` methods of the input types return.
    pub(crate) fn invalid((field, problem): (&str, Problem)) -> Fail {
        Fail::Store(Error::Invalid {
            field: field.to_owned(),
            problem,
        })
    }
}

impl From<rusqlite::Error> for Fail {
    fn from(e: rusqlite::Error) -> Fail {
        Fail::Sql(e)
    }
}

impl From<Error> for Fail {
    fn from(e: Error) -> Fail {
        Fail::Store(e)
    }
}

/// An open, migrated Mamori database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    /// Inside [`Store::transaction`]: writes are savepoints of the open transaction.
    in_transaction: bool,
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
            in_transaction: false,
        };
        store.prepare(existed)?;
        Ok(store)
    }

    /// An in-memory database with the latest schema, for tests and throwaway runs.
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()
            .map_err(|e| Error::from_sqlite(Path::new(":memory:"), e))?;
        let mut store = Store {
            conn,
            path: None,
            in_transaction: false,
        };
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

    fn fail(&self, f: Fail) -> Error {
        match f {
            Fail::Sql(e) => self.err(e),
            Fail::Store(e) => e,
        }
    }

    /// Runs `f` in one write transaction (taken at once, so concurrent writers wait instead of
    /// failing half-way) and commits it: when this returns `Ok`, the change is on disk. On any
    /// error nothing of `f`'s work remains.
    /// Inside [`Store::transaction`] it runs in a savepoint instead, so that a failed write
    /// leaves nothing behind while the writes before it stay part of the one transaction.
    pub(crate) fn write<T>(
        &mut self,
        f: impl FnOnce(&Connection) -> std::result::Result<T, Fail>,
    ) -> Result<T> {
        let out = if self.in_transaction {
            match self.conn.savepoint() {
                Ok(sp) => f(&sp).and_then(|v| sp.commit().map(|()| v).map_err(Fail::from)),
                Err(e) => Err(Fail::Sql(e)),
            }
        } else {
            match self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)
            {
                Ok(tx) => f(&tx).and_then(|v| tx.commit().map(|()| v).map_err(Fail::from)),
                Err(e) => Err(Fail::Sql(e)),
            }
        };
        out.map_err(|e| self.fail(e))
    }

    /// Runs `f` as one transaction: every write it makes through this store commits together
    /// when it returns `Ok` (on disk when this returns), and none of them remains when it
    /// returns an error or a write fails to commit. This is how one user action that writes
    /// several times (an answer and the action plan it changes, a quick run and its plan)
    /// stays one change: a crash or a full disk in between leaves the state before it.
    /// Reads inside `f` see its own writes. Nested calls join the outer transaction.
    pub fn transaction<T, E: From<Error>>(
        &mut self,
        f: impl FnOnce(&mut Store) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        if self.in_transaction {
            return f(self);
        }
        self.conn
            .execute_batch("BEGIN IMMEDIATE")
            .map_err(|e| E::from(self.err(e)))?;
        self.in_transaction = true;
        let out = f(self);
        self.in_transaction = false;
        match out {
            Ok(v) => match self.conn.execute_batch("COMMIT") {
                Ok(()) => Ok(v),
                Err(e) => {
                    let err = self.err(e);
                    // A failed COMMIT may leave the transaction open; end it so that nothing
                    // of it remains and the connection can be used again.
                    if !self.conn.is_autocommit() {
                        let _ = self.conn.execute_batch("ROLLBACK");
                    }
                    Err(E::from(err))
                }
            },
            Err(e) => {
                if !self.conn.is_autocommit() {
                    let _ = self.conn.execute_batch("ROLLBACK");
                }
                Err(e)
            }
        }
    }

    /// Runs `f` in one read transaction, so it sees a single consistent state (inside
    /// [`Store::transaction`], the open transaction's state).
    pub(crate) fn read<T>(
        &self,
        f: impl FnOnce(&Connection) -> std::result::Result<T, Fail>,
    ) -> Result<T> {
        if self.in_transaction {
            return f(&self.conn).map_err(|e| self.fail(e));
        }
        let tx = self.conn.unchecked_transaction().map_err(|e| self.err(e))?;
        let out = f(&tx).map_err(|e| self.fail(e))?;
        // A read transaction has nothing to commit; ending it cannot lose data.
        tx.finish().map_err(|e| self.err(e))?;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A full disk, simulated with `max_page_count` (SQLite then fails with SQLITE_FULL exactly
    /// as on a full disk): the write is refused as `DiskFull`, nothing of it remains, what was
    /// saved before is intact, and writing works again once there is room.
    #[test]
    fn a_full_disk_is_reported_and_loses_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("mamori.db");
        let mut s = Store::open(&db).unwrap();
        let org = s
            .create_org(&OrgInput {
                name: "株式会社ミナト精工".into(),
                ..OrgInput::default()
            })
            .unwrap();
        let pages: u32 = s
            .conn
            .query_row("PRAGMA page_count", [], |r| r.get(0))
            .unwrap();
        s.conn.pragma_update(None, "max_page_count", pages).unwrap();
        let big = "あ".repeat(TEXT_MAX);
        let err = (0..50)
            .find_map(|i| {
                s.create_org(&OrgInput {
                    name: format!("org {i}"),
                    notes: Some(big.clone()),
                    ..OrgInput::default()
                })
                .err()
            })
            .expect("the page limit is reached");
        assert!(matches!(err, Error::DiskFull { .. }), "{err:?}");
        let names: Vec<String> = s.orgs().unwrap().into_iter().map(|o| o.name).collect();
        assert!(names.contains(&org.name));
        let before_failure = names.len();

        s.conn
            .pragma_update(None, "max_page_count", 1_000_000)
            .unwrap();
        s.create_org(&OrgInput {
            name: "after".into(),
            notes: Some(big),
            ..OrgInput::default()
        })
        .unwrap();
        drop(s);
        let s = Store::open(&db).unwrap();
        assert_eq!(s.orgs().unwrap().len(), before_failure + 1);
        let ok: String = s
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(ok, "ok");
    }
}
