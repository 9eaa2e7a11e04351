use std::collections::BTreeMap;
use std::path::Path;

use mamori_store::{Store, migrate};
use sha2::{Digest, Sha256};

fn migrations_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations"))
}

/// Landed migrations must never change. `migrations/CHECKSUMS` pins each file's SHA-256; a new
/// migration adds a line, an edited one fails here.
#[test]
fn landed_migrations_are_unchanged() {
    let pinned: BTreeMap<String, String> =
        std::fs::read_to_string(migrations_dir().join("CHECKSUMS"))
            .unwrap()
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| {
                let (name, sum) = l.split_once(char::is_whitespace).unwrap();
                (name.to_owned(), sum.trim().to_owned())
            })
            .collect();
    for m in migrate::MIGRATIONS {
        let sum = format!("{:x}", Sha256::digest(m.sql.as_bytes()));
        match pinned.get(m.name) {
            Some(p) => assert_eq!(
                p, &sum,
                "{} was edited after it landed; add a new migration",
                m.name
            ),
            None => panic!(
                "{} has no line in migrations/CHECKSUMS (add: `{} {sum}`)",
                m.name, m.name
            ),
        }
    }
    assert_eq!(
        pinned.len(),
        migrate::MIGRATIONS.len(),
        "CHECKSUMS lists a migration that is gone"
    );
}

#[test]
fn migration_files_and_table_agree() {
    let mut files: Vec<String> = std::fs::read_dir(migrations_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".sql"))
        .collect();
    files.sort();
    let listed: Vec<&str> = migrate::MIGRATIONS.iter().map(|m| m.name).collect();
    assert_eq!(files, listed);
    for (i, m) in migrate::MIGRATIONS.iter().enumerate() {
        assert_eq!(m.version as usize, i + 1);
        assert!(m.name.starts_with(&format!("{:04}_", m.version)));
    }
}

#[test]
fn a_new_database_reaches_the_latest_version() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("mamori.db");
    drop(Store::open(&db).unwrap());
    let c = rusqlite::Connection::open(&db).unwrap();
    let v: u32 = c
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v, migrate::LATEST);
    let mode: String = c
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let ok: String = c
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    assert!(
        !migrate::backup_dir(&db).exists(),
        "a new database needs no backup"
    );
}

#[test]
fn in_memory_store_has_the_latest_schema() {
    let s = Store::open_in_memory().unwrap();
    s.set_setting("k", "v").unwrap();
    assert_eq!(s.setting("k").unwrap().as_deref(), Some("v"));
}

/// Writes a schema-version-1 database by hand (what Mamori 0.1 created), with one setting.
fn make_v1_database(db: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = db.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(&p);
    }
    let c = rusqlite::Connection::open(db).unwrap();
    c.execute_batch(migrate::MIGRATIONS[0].sql).unwrap();
    c.execute(
        "INSERT INTO app_settings (key, value) VALUES ('locale', 'ja')",
        [],
    )
    .unwrap();
    c.pragma_update(None, "user_version", 1).unwrap();
}

fn backups(db: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(migrate::backup_dir(db))
        .map(|d| {
            d.map(|e| e.unwrap().file_name().into_string().unwrap())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn a_v1_database_is_backed_up_then_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("mamori.db");
    make_v1_database(&db);
    let s = Store::open(&db).unwrap();
    assert_eq!(s.setting("locale").unwrap().as_deref(), Some("ja"));
    drop(s);

    let c = rusqlite::Connection::open(&db).unwrap();
    let v: u32 = c
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v, migrate::LATEST);

    let names = backups(&db);
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(
        names[0].starts_with("mamori-v1-") && names[0].ends_with(".db"),
        "{names:?}"
    );
    let b = rusqlite::Connection::open(migrate::backup_dir(&db).join(&names[0])).unwrap();
    let v: u32 = b
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        v, 1,
        "the backup holds the database as it was before migrating"
    );
    let locale: String = b
        .query_row(
            "SELECT value FROM app_settings WHERE key = 'locale'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(locale, "ja");
    let has_orgs: bool = b
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE name = 'organizations')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(!has_orgs, "the backup was taken before migration 2");
    let ok: String = b
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
}

#[test]
fn only_the_newest_backups_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("mamori.db");
    let mut made = Vec::new();
    for _ in 0..migrate::BACKUPS_KEPT + 1 {
        make_v1_database(&db);
        let before = backups(&db);
        drop(Store::open(&db).unwrap());
        let after = backups(&db);
        let new: Vec<&String> = after.iter().filter(|n| !before.contains(n)).collect();
        assert_eq!(new.len(), 1, "one backup per migration: {after:?}");
        made.push(new[0].clone());
        // Backup names carry a millisecond timestamp; keep them apart.
        std::thread::sleep(std::time::Duration::from_millis(3));
    }
    let kept = backups(&db);
    assert_eq!(kept.len(), migrate::BACKUPS_KEPT, "{kept:?}");
    assert!(!kept.contains(&made[0]), "the oldest backup is pruned");
    assert_eq!(kept, made[1..].to_vec());
}

#[test]
fn every_table_is_strict_and_foreign_keys_hold() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("mamori.db");
    drop(Store::open(&db).unwrap());
    let c = rusqlite::Connection::open(&db).unwrap();
    let mut st = c
        .prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'")
        .unwrap();
    let tables: Vec<(String, bool)> = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(tables.len() >= 9, "{tables:?}");
    for (name, strict) in &tables {
        assert!(strict, "{name} is not STRICT");
    }
    let fk_errors: i64 = c
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(fk_errors, 0);
}
