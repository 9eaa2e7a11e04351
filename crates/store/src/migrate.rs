//! Schema migrations: SQL files under `migrations/`, applied in order, one transaction each,
//! tracked in SQLite's `user_version` header field.
//!
//! A landed migration is never edited: `migrations/CHECKSUMS` pins the SHA-256 of every file and a
//! test fails when one changes. Add a new file instead (see docs/ARCHITECTURE.md).

use std::path::{Path, PathBuf};

use rusqlite::Connection;

use crate::{Error, Result};

/// One migration: its version (the `NNNN` of the file name), file name and SQL.
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    /// The schema version after this migration.
    pub version: u32,
    /// The file name under `migrations/`.
    pub name: &'static str,
    /// The SQL it runs.
    pub sql: &'static str,
}

/// Every migration, oldest first. Versions are 1, 2, 3, … without gaps.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "0001_init.sql",
        sql: include_str!("../migrations/0001_init.sql"),
    },
    Migration {
        version: 2,
        name: "0002_core.sql",
        sql: include_str!("../migrations/0002_core.sql"),
    },
    Migration {
        version: 3,
        name: "0003_documents.sql",
        sql: include_str!("../migrations/0003_documents.sql"),
    },
];

/// The schema version this build creates and understands.
pub const LATEST: u32 = MIGRATIONS.len() as u32;

/// How many pre-migration backups are kept next to the database.
pub const BACKUPS_KEPT: usize = 5;

/// The schema version recorded in the file (0 for a new, empty database).
pub fn schema_version(conn: &Connection) -> rusqlite::Result<u32> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

/// Whether a version-0 database already has tables (so it belongs to some other program).
pub(crate) fn has_foreign_tables(conn: &Connection) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%')",
        [],
        |r| r.get(0),
    )
}

/// Applies every migration newer than `from`, each in its own transaction.
pub(crate) fn apply_pending(conn: &mut Connection, from: u32) -> rusqlite::Result<()> {
    for m in MIGRATIONS.iter().filter(|m| m.version > from) {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute_batch(m.sql)?;
        tx.pragma_update(None, "user_version", m.version)?;
        tx.commit()?;
    }
    Ok(())
}

/// The folder that holds pre-migration backups of `db`.
pub fn backup_dir(db: &Path) -> PathBuf {
    db.parent().unwrap_or(Path::new(".")).join("backups")
}

/// Copies the database (consistently, through SQLite's backup API) to
/// `backups/<stem>-v<version>-<UTC timestamp>.db`, then keeps only the newest [`BACKUPS_KEPT`].
pub(crate) fn backup_before_migrating(
    conn: &Connection,
    db: &Path,
    version: u32,
) -> Result<PathBuf> {
    let dir = backup_dir(db);
    std::fs::create_dir_all(&dir).map_err(|e| Error::from_io(&dir, e))?;
    let stem = db.file_stem().and_then(|s| s.to_str()).unwrap_or("mamori");
    let stamp = time::OffsetDateTime::now_utc()
        .format(time::macros::format_description!(
            "[year][month][day]T[hour][minute][second][subsecond digits:3]Z"
        ))
        // Every component the description names is there, so formatting cannot fail.
        .unwrap_or_else(|_| "now".to_owned());
    let target = dir.join(format!("{stem}-v{version}-{stamp}.db"));
    conn.backup(rusqlite::MAIN_DB, &target, None)
        .map_err(|e| Error::from_sqlite(&target, e))?;
    prune_backups(&dir, stem)?;
    Ok(target)
}

fn prune_backups(dir: &Path, stem: &str) -> Result<()> {
    let prefix = format!("{stem}-v");
    let mut names: Vec<(String, PathBuf)> = std::fs::read_dir(dir)
        .map_err(|e| Error::from_io(dir, e))?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_str()?.to_owned();
            (name.starts_with(&prefix) && name.ends_with(".db")).then(|| (name, e.path()))
        })
        .collect();
    // Names end in a sortable UTC timestamp; sort by it, newest last.
    names.sort_by(|a, b| timestamp_of(&a.0).cmp(timestamp_of(&b.0)));
    let excess = names.len().saturating_sub(BACKUPS_KEPT);
    for (_, path) in names.into_iter().take(excess) {
        std::fs::remove_file(&path).map_err(|e| Error::from_io(&path, e))?;
    }
    Ok(())
}

fn timestamp_of(name: &str) -> &str {
    name.rsplit('-').next().unwrap_or(name)
}
