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
