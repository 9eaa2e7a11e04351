//! `mamori-cli content check` as a user runs it.

use std::process::Command;

fn cli() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_mamori-cli"));
    c.env_remove("MAMORI_DATA_DIR");
    c
}

#[test]
fn content_check_prints_one_summary_line() {
    let dir = tempfile::tempdir().unwrap();
    let out = cli()
        .env("MAMORI_DATA_DIR", dir.path())
        .args(["content", "check"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        stdout,
        "content ok: 3 principles, 10 directions, 53 steps, 25 self-check questions, \
         40 maturity questions, 2 locales\n"
    );
    assert!(out.stderr.is_empty());
    assert!(
        std::fs::read_dir(dir.path()).unwrap().next().is_none(),
        "content check must not create a database"
    );
}

#[test]
fn content_check_json_has_the_counts() {
    let out = cli()
        .args(["content", "check", "--json", "--lang", "ja"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v,
        serde_json::json!({
            "ok": true,
            "principles": 3,
            "directions": 10,
            "steps": 53,
            "selfcheck_questions": 25,
            "maturity_questions": 40,
            "locales": 2
        })
    );
}
