//! The CLI as a user runs it: real process, real files.

use std::process::Command;

fn cli() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_mamori-cli"));
    c.env_remove("MAMORI_DATA_DIR");
    c
}

#[test]
fn version_prints_the_crate_version() {
    let out = cli().arg("--version").output().unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        format!("mamori-cli {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn db_option_and_data_dir_env_choose_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x").join("client.db");
    let out = cli()
        .args(["info", "--json", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["dbPath"], db.display().to_string());
    assert!(db.exists());

    let data = dir.path().join("data");
    let out = cli()
        .env("MAMORI_DATA_DIR", &data)
        .args(["info", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["dbPath"], data.join("mamori.db").display().to_string());
}

#[test]
fn a_corrupt_database_gives_a_localized_error_and_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("bad.db");
    let junk = b"garbage".repeat(1000);
    std::fs::write(&db, &junk).unwrap();
    for (lang, needle) in [("ja", "壊れている"), ("en", "damaged")] {
        let out = cli()
            .args(["info", "--lang", lang, "--db"])
            .arg(&db)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(needle), "{lang}: {err}");
    }
    assert_eq!(std::fs::read(&db).unwrap(), junk);
}
