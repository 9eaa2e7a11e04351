//! `mamori-cli content check` as a user runs it.

use std::process::Command;

use mamori_core::ContentPacks;
use mamori_core::content::parse_checked;

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
    // Only warnings about facts to re-check may go to stderr (none until a check is a year old).
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.lines().all(|l| l.starts_with("to re-check: ")),
        "{stderr}"
    );
    assert!(
        std::fs::read_dir(dir.path()).unwrap().next().is_none(),
        "content check must not create a database"
    );
}

#[test]
fn content_check_json_has_the_counts() {
    let date = newest_check();
    let out = cli()
        .args([
            "content", "check", "--json", "--lang", "ja", "--date", &date,
        ])
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
            "locales": 2,
            "to_recheck": recheck_ids(&date),
        })
    );
}

fn packs() -> ContentPacks {
    ContentPacks::load().expect("embedded content loads")
}

/// The newest `checked` date of the shipped content (or a fixed day when none is dated), so
/// that no check is in the future.
fn newest_check() -> String {
    packs()
        .checked_range()
        .map(|(_, newest)| newest.to_string())
        .unwrap_or_else(|| "2026-12-05".to_owned())
}

/// The ids core lists as due on `date`, oldest first.
fn recheck_ids(date: &str) -> Vec<String> {
    packs()
        .to_recheck(parse_checked(date).expect("a YYYY-MM-DD date"))
        .into_iter()
        .map(|f| f.id)
        .collect()
}

#[test]
fn content_check_lists_facts_to_recheck_as_a_warning_with_exit_0() {
    // By the end of 2099 every dated fact is due: each is one warning line, the exit code stays 0.
    let out = cli()
        .args(["content", "check", "--date", "2099-12-31"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("content ok: "));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let due: Vec<&str> = stderr
        .lines()
        .map(|l| {
            l.strip_prefix("to re-check: ")
                .and_then(|r| r.split(' ').next())
                .unwrap_or_else(|| panic!("not a re-check line: {l}"))
        })
        .collect();
    assert_eq!(due, recheck_ids("2099-12-31"));
    assert_eq!(
        due.len(),
        packs().dated_facts().len(),
        "every dated fact is due by 2099"
    );

    let out = cli()
        .args(["content", "check", "--json", "--date", "2099-12-31"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["ok"], true);
    assert_eq!(
        v["to_recheck"],
        serde_json::json!(recheck_ids("2099-12-31"))
    );
}

#[test]
fn content_check_rejects_a_date_that_is_not_one() {
    let out = cli()
        .args(["content", "check", "--date", "2026-02-30", "--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.starts_with("mamori-cli: "), "{stderr}");
    assert!(out.stdout.is_empty());
}
