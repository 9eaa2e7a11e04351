use std::fs;

use mamori_store::{Error, Store, migrate};

#[test]
fn settings_survive_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("sub").join("mamori.db");
    {
        let s = Store::open(&db).unwrap();
        assert_eq!(s.setting("locale").unwrap(), None);
        s.set_setting("locale", "en").unwrap();
        s.set_setting("locale", "ja").unwrap();
    }
    let s = Store::open(&db).unwrap();
    assert_eq!(s.setting("locale").unwrap().as_deref(), Some("ja"));
}

#[test]
fn a_newer_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("mamori.db");
    {
        let c = rusqlite::Connection::open(&db).unwrap();
        c.execute_batch(&format!(
            "CREATE TABLE t(x); PRAGMA user_version = {};",
            migrate::LATEST + 1
        ))
        .unwrap();
    }
    let before = fs::read(&db).unwrap();
    match Store::open(&db) {
        Err(Error::NewerSchema { found, supported }) => {
            assert_eq!(found, migrate::LATEST + 1);
            assert_eq!(supported, migrate::LATEST);
        }
        other => panic!("expected NewerSchema, got {other:?}"),
    }
    assert_eq!(
        fs::read(&db).unwrap(),
        before,
        "the newer database was modified"
    );
    assert!(!migrate::backup_dir(&db).exists());
}

#[test]
fn a_non_sqlite_file_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("mamori.db");
    let junk = b"this is a spreadsheet, not a database\n".repeat(200);
    fs::write(&db, &junk).unwrap();
    let err = Store::open(&db).unwrap_err();
    assert!(matches!(err, Error::Corrupt { .. }), "{err:?}");
    assert_eq!(fs::read(&db).unwrap(), junk);
}

#[test]
fn another_programs_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("other.db");
    {
        let c = rusqlite::Connection::open(&db).unwrap();
        c.execute_batch("CREATE TABLE invoices(id INTEGER PRIMARY KEY, total INTEGER);")
            .unwrap();
    }
    let before = fs::read(&db).unwrap();
    let err = Store::open(&db).unwrap_err();
    assert!(matches!(err, Error::NotMamori { .. }), "{err:?}");
    assert_eq!(fs::read(&db).unwrap(), before);
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_gives_a_read_only_error() {
    use std::os::unix::fs::PermissionsExt;
    if is_root() {
        // Root ignores permission bits; a read-only bind mount would be needed instead.
        eprintln!("skipped: running as root, permission bits are not enforced");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let ro = dir.path().join("ro");
    fs::create_dir(&ro).unwrap();
    fs::set_permissions(&ro, fs::Permissions::from_mode(0o555)).unwrap();
    let err = Store::open(&ro.join("mamori.db")).unwrap_err();
    fs::set_permissions(&ro, fs::Permissions::from_mode(0o755)).unwrap();
    assert!(matches!(err, Error::ReadOnly { .. }), "{err:?}");
}

#[cfg(unix)]
fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .map(|l| l.split_whitespace().nth(1) == Some("0"))
        })
        .unwrap_or(false)
}

/// A Mamori database damaged after it was written (here: its last pages overwritten) is
/// reported as corrupt, at open or at the first read, and the file is not touched further.
#[test]
fn a_damaged_mamori_database_is_reported_as_corrupt_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("mamori.db");
    {
        let mut s = Store::open(&db).unwrap();
        s.create_demo(time::macros::date!(2025 - 06 - 01)).unwrap();
    }
    let mut bytes = fs::read(&db).unwrap();
    let len = bytes.len();
    assert!(len > 8 * 4096, "the demo spans several pages");
    for b in &mut bytes[len / 2..] {
        *b = 0xA5;
    }
    fs::write(&db, &bytes).unwrap();
    let result = Store::open(&db).and_then(|s| {
        s.org_data(mamori_store::DEMO_ORG_ID)?;
        s.portfolio(time::macros::date!(2025 - 06 - 01), true)
    });
    match result {
        Err(Error::Corrupt { .. }) => {}
        other => panic!("expected Corrupt, got {other:?}"),
    }
    assert_eq!(
        fs::read(&db).unwrap(),
        bytes,
        "the damaged file was modified"
    );
}
