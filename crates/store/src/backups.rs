//! Backups of the whole database: on request (to a file the user chooses), automatically once a
//! day (`backups/daily/`, the last [`DAILY_KEPT`] kept), and restoring one — which first backs up
//! the current database, so a restore can itself be undone.
//!
//! Every copy is made with SQLite's online backup API: consistent even while the app runs, and
//! never a half-written file at the destination (it is written to a temporary name and renamed).

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};
use time::Date;

use crate::migrate;
use crate::{Error, Result, Store};

/// How many daily backups are kept.
pub const DAILY_KEPT: usize = 7;

/// The folder of daily backups next to `db`.
pub fn daily_dir(db: &Path) -> PathBuf {
    migrate::backup_dir(db).join("daily")
}

/// Copies `conn` to `target` through a temporary file in the same folder.
fn copy_to(conn: &Connection, target: &Path) -> Result<()> {
    let dir = target
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| Error::from_io(dir, e))?;
    let name = target
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("mamori.db");
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = conn
        .backup(rusqlite::MAIN_DB, &tmp, None)
        .map_err(|e| Error::from_sqlite(&tmp, e))
        .and_then(|()| std::fs::rename(&tmp, target).map_err(|e| Error::from_io(target, e)));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// What a backup file holds, checked before it is restored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupInfo {
    /// Its schema version.
    pub schema_version: u32,
    /// Organizations in it.
    pub organizations: u32,
}

/// Opens a backup read-only and checks that it is an intact Mamori database this build can
/// read: not newer, not foreign, `integrity_check` ok.
pub fn inspect_backup(path: &Path) -> Result<BackupInfo> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| Error::from_sqlite(path, e))?;
    let sql = |e| Error::from_sqlite(path, e);
    let version = migrate::schema_version(&conn).map_err(sql)?;
    if version > migrate::LATEST {
        return Err(Error::NewerSchema {
            found: version,
            supported: migrate::LATEST,
        });
    }
    if version == 0 {
        return Err(Error::NotMamori {
            path: path.to_owned(),
        });
    }
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(sql)?;
    if ok != "ok" {
        return Err(Error::Corrupt {
            path: path.to_owned(),
            source: rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
                Some(ok),
            ),
        });
    }
    let organizations: u32 = conn
        .query_row("SELECT count(*) FROM organizations", [], |r| r.get(0))
        .map_err(sql)?;
    Ok(BackupInfo {
        schema_version: version,
        organizations,
    })
}

/// What [`Store::open_from_backup`] did.
#[derive(Debug)]
pub struct Recovered {
    /// The database, now holding the backup's data (migrated to the current schema).
    pub store: Store,
    /// What the backup held.
    pub info: BackupInfo,
    /// Where the damaged file was moved to (it is kept, never deleted).
    pub damaged_copy: PathBuf,
}

impl Store {
    /// Puts the backup at `backup` in place of a database file that cannot be opened (damaged,
    /// or not a Mamori file) and opens it. The backup is checked first ([`inspect_backup`]); the
    /// damaged file (with its `-wal` and `-shm` companions) is moved, not deleted, to
    /// `backups/damaged-<stamp>.db`. If the backup cannot be used, nothing is changed; if the
    /// copy fails after the move, the damaged file is moved back.
    pub fn open_from_backup(db: &Path, backup: &Path, stamp: &str) -> Result<Recovered> {
        let info = inspect_backup(backup)?;
        let dir = migrate::backup_dir(db);
        std::fs::create_dir_all(&dir).map_err(|e| Error::from_io(&dir, e))?;
        let damaged = dir.join(format!("damaged-{stamp}.db"));
        let companions = |base: &Path| -> [PathBuf; 3] {
            let with = |suffix: &str| {
                let mut s = base.as_os_str().to_owned();
                s.push(suffix);
                PathBuf::from(s)
            };
            [base.to_owned(), with("-wal"), with("-shm")]
        };
        let (from, to) = (companions(db), companions(&damaged));
        let mut moved = Vec::new();
        let undo = |moved: &[usize]| {
            for &i in moved {
                let _ = std::fs::rename(&to[i], &from[i]);
            }
        };
        for i in 0..3 {
            if !from[i].exists() {
                continue;
            }
            if let Err(e) = std::fs::rename(&from[i], &to[i]) {
                undo(&moved);
                return Err(Error::from_io(&from[i], e));
            }
            moved.push(i);
        }
        let copied = Connection::open_with_flags(backup, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|e| Error::from_sqlite(backup, e))
            .and_then(|src| copy_to(&src, db))
            .and_then(|()| Store::open(db));
        match copied {
            Ok(store) => Ok(Recovered {
                store,
                info,
                damaged_copy: damaged,
            }),
            Err(e) => {
                let _ = std::fs::remove_file(db);
                undo(&moved);
                Err(e)
            }
        }
    }

    /// Writes a consistent copy of the whole database to `target`.
    pub fn backup_to(&self, target: &Path) -> Result<()> {
        copy_to(&self.conn, target)
    }

    /// Makes today's automatic backup if there is none yet (`backups/daily/<stem>-YYYY-MM-DD.db`)
    /// and keeps the newest [`DAILY_KEPT`]. Returns the file written, if any. Does nothing for
    /// in-memory stores.
    pub fn daily_backup(&self, today: Date) -> Result<Option<PathBuf>> {
        let Some(db) = self.path.as_deref() else {
            return Ok(None);
        };
        let dir = daily_dir(db);
        let stem = db.file_stem().and_then(|s| s.to_str()).unwrap_or("mamori");
        let target = dir.join(format!("{stem}-{}.db", crate::format_date(today)));
        if target.exists() {
            return Ok(None);
        }
        copy_to(&self.conn, &target)?;
        let prefix = format!("{stem}-");
        let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map_err(|e| Error::from_io(&dir, e))?
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(&prefix) && n.ends_with(".db"))
            })
            .collect();
        // Names end in the date: sorting by name is sorting by date.
        names.sort();
        let excess = names.len().saturating_sub(DAILY_KEPT);
        for p in names.into_iter().take(excess) {
            std::fs::remove_file(&p).map_err(|e| Error::from_io(&p, e))?;
        }
        Ok(Some(target))
    }

    /// Replaces the whole database with the backup at `source` after checking it
    /// ([`inspect_backup`]) and saving the current database to `safety_copy`. An older backup is
    /// migrated to the current schema. On any failure before the copy, nothing changed.
    pub fn restore_from(&mut self, source: &Path, safety_copy: &Path) -> Result<BackupInfo> {
        let info = inspect_backup(source)?;
        copy_to(&self.conn, safety_copy)?;
        let src = Connection::open_with_flags(source, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|e| Error::from_sqlite(source, e))?;
        let own = self
            .path
            .clone()
            .unwrap_or_else(|| PathBuf::from(":memory:"));
        {
            let backup = rusqlite::backup::Backup::new(&src, &mut self.conn)
                .map_err(|e| Error::from_sqlite(&own, e))?;
            backup
                .run_to_completion(256, std::time::Duration::ZERO, None)
                .map_err(|e| Error::from_sqlite(source, e))?;
        }
        // The copy brought the backup's schema version; bring it up to date.
        let version = migrate::schema_version(&self.conn).map_err(|e| self.err(e))?;
        if version < migrate::LATEST {
            migrate::apply_pending(&mut self.conn, version).map_err(|e| self.err(e))?;
        }
        self.conn
            .pragma_update(None, "foreign_keys", true)
            .map_err(|e| self.err(e))?;
        Ok(info)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::OrgInput;

    fn org(s: &mut Store, name: &str) {
        s.create_org(&OrgInput {
            name: name.into(),
            ..OrgInput::default()
        })
        .unwrap();
    }

    #[test]
    fn a_backup_restores_the_state_it_was_taken_in_and_the_restore_can_be_undone() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("mamori.db");
        let mut s = Store::open(&db).unwrap();
        org(&mut s, "A");
        let backup = dir.path().join("copy/backup.db");
        s.backup_to(&backup).unwrap();
        org(&mut s, "B");
        assert_eq!(s.orgs().unwrap().len(), 2);

        let safety = dir.path().join("before-restore.db");
        let info = s.restore_from(&backup, &safety).unwrap();
        assert_eq!(info.organizations, 1);
        let names: Vec<String> = s.orgs().unwrap().into_iter().map(|o| o.name).collect();
        assert_eq!(names, ["A"]);
        // The safety copy holds the state before the restore.
        assert_eq!(inspect_backup(&safety).unwrap().organizations, 2);
        s.restore_from(&safety, &dir.path().join("again.db"))
            .unwrap();
        assert_eq!(s.orgs().unwrap().len(), 2);
        // Still a working database afterwards.
        org(&mut s, "C");
        drop(s);
        assert_eq!(Store::open(&db).unwrap().orgs().unwrap().len(), 3);
    }

    #[test]
    fn a_file_that_is_not_a_mamori_backup_is_refused_and_nothing_changes() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("mamori.db");
        let mut s = Store::open(&db).unwrap();
        org(&mut s, "A");
        let junk = dir.path().join("junk.db");
        std::fs::write(&junk, b"this is not sqlite at all, just text").unwrap();
        let safety = dir.path().join("safety.db");
        assert!(s.restore_from(&junk, &safety).is_err());
        assert!(!safety.exists());
        let foreign = dir.path().join("foreign.db");
        Connection::open(&foreign)
            .unwrap()
            .execute_batch("CREATE TABLE t (x)")
            .unwrap();
        assert!(matches!(
            s.restore_from(&foreign, &safety),
            Err(Error::NotMamori { .. })
        ));
        assert_eq!(s.orgs().unwrap().len(), 1);
    }

    #[test]
    fn a_damaged_database_is_replaced_by_a_backup_and_kept_aside() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("mamori.db");
        let backup = dir.path().join("good.db");
        {
            let mut s = Store::open(&db).unwrap();
            org(&mut s, "A");
            s.backup_to(&backup).unwrap();
        }
        // Damage the file: the header survives, the pages after it do not.
        let mut bytes = std::fs::read(&db).unwrap();
        for b in bytes.iter_mut().skip(100) {
            *b = 0xA5;
        }
        std::fs::write(&db, &bytes).unwrap();
        assert!(matches!(Store::open(&db), Err(Error::Corrupt { .. })));

        // A backup that is not a Mamori database: refused, the damaged file stays where it is.
        let junk = dir.path().join("junk.db");
        std::fs::write(&junk, b"not a database").unwrap();
        assert!(Store::open_from_backup(&db, &junk, "1").is_err());
        assert_eq!(std::fs::read(&db).unwrap(), bytes);
        assert!(!migrate::backup_dir(&db).join("damaged-1.db").exists());

        let r = Store::open_from_backup(&db, &backup, "2").unwrap();
        assert_eq!(r.info.organizations, 1);
        assert_eq!(
            r.damaged_copy,
            migrate::backup_dir(&db).join("damaged-2.db")
        );
        assert_eq!(std::fs::read(&r.damaged_copy).unwrap(), bytes);
        let mut s = r.store;
        assert_eq!(s.orgs().unwrap()[0].name, "A");
        org(&mut s, "B");
        drop(s);
        assert_eq!(Store::open(&db).unwrap().orgs().unwrap().len(), 2);
    }

    #[test]
    fn daily_backups_are_made_once_a_day_and_the_last_seven_kept() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("mamori.db");
        let s = Store::open(&db).unwrap();
        let day = time::macros::date!(2026 - 11 - 01);
        for i in 0..10 {
            let d = day + time::Duration::days(i);
            assert!(s.daily_backup(d).unwrap().is_some());
            assert!(s.daily_backup(d).unwrap().is_none(), "once a day");
        }
        let mut files: Vec<String> = std::fs::read_dir(daily_dir(&db))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        files.sort();
        assert_eq!(files.len(), DAILY_KEPT);
        assert_eq!(files[0], "mamori-2026-11-04.db");
        assert_eq!(files[6], "mamori-2026-11-10.db");
        assert!(
            Store::open_in_memory()
                .unwrap()
                .daily_backup(day)
                .unwrap()
                .is_none()
        );
    }
}
