//! The CLI as a user runs it: real process, real files.

// Helpers outside `#[test]` functions are test code too.
#![allow(clippy::unwrap_used)]

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

fn run(db: &std::path::Path, lang: &str, args: &[&str]) -> std::process::Output {
    cli()
        .args(["--lang", lang, "--db"])
        .arg(db)
        .args(args)
        .output()
        .unwrap()
}

fn stdout(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn orgs_add_and_list() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("m.db");
    let out = run(&db, "ja", &["orgs", "list"]);
    assert!(out.status.success());
    assert!(
        stderr(&out).contains("まだ登録されていません"),
        "{}",
        stderr(&out)
    );

    let out = run(&db, "en", &["orgs", "add", "--name", "株式会社ミナト精工"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let id = stdout(&out).trim().to_owned();
    assert_eq!(id.len(), 36, "prints the new id");

    let out = run(&db, "en", &["orgs", "list", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["orgs"][0]["id"], id);
    assert_eq!(v["orgs"][0]["name"], "株式会社ミナト精工");

    let out = run(&db, "ja", &["orgs", "add", "--name", " "]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("「名称」を確認してください"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn control_characters_are_refused_in_names_and_client_files() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("m.db");
    for (lang, needle) in [
        ("ja", "制御文字（U+0009）"),
        ("en", "control character (U+0009)"),
    ] {
        let out = run(&db, lang, &["orgs", "add", "--name", "Minato\tSeiko"]);
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(stderr(&out).contains(needle), "{lang}: {}", stderr(&out));
    }
    let out = run(&db, "en", &["orgs", "add", "--name", "Minato\u{1}"]);
    assert!(stderr(&out).contains("U+0001"), "{}", stderr(&out));

    // A client file with a tab in the organization's name.
    let other = dir.path().join("other.db");
    let file = dir.path().join("minato.json");
    let id = stdout(&run(&other, "en", &["demo"])).trim().to_owned();
    let out = run(
        &other,
        "en",
        &["export", "--org", &id, "--out", file.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let mut v: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    v["organization"]["name"] = serde_json::json!("Minato\tSeiko");
    std::fs::write(&file, v.to_string()).unwrap();
    for (lang, needle) in [
        ("ja", "制御文字（U+0009"),
        ("en", "control character (U+0009)"),
    ] {
        let out = run(&db, lang, &["import", file.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert!(stderr(&out).contains(needle), "{lang}: {}", stderr(&out));
    }
    let out = run(&db, "en", &["orgs", "list", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["orgs"], serde_json::json!([]), "nothing was stored");
}

#[test]
fn demo_prints_its_id_and_lists_overdue_actions() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("m.db");
    let first = run(&db, "ja", &["demo", "--today", "2025-06-01"]);
    assert!(first.status.success(), "{}", stderr(&first));
    let again = run(&db, "ja", &["demo", "--today", "2025-06-01"]);
    assert_eq!(stdout(&first), stdout(&again), "a reset keeps the id");
    assert_eq!(
        stdout(&first).trim(),
        "6d616d6f-7269-4000-8000-000000000001"
    );

    let out = run(&db, "ja", &["orgs", "list", "--today", "2025-06-01"]);
    let text = stdout(&out);
    assert!(text.contains("株式会社ミナト精工"), "{text}");
    assert!(text.contains("うち期限切れ：3件"), "{text}");
    let out = run(&db, "en", &["orgs", "list", "--today", "2025-06-01"]);
    assert!(stdout(&out).contains("overdue: 3"), "{}", stdout(&out));
}

#[test]
fn export_then_import_into_another_database() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.db");
    let b = dir.path().join("b.db");
    let file = dir.path().join("minato.json");
    let id = stdout(&run(&a, "en", &["demo"])).trim().to_owned();

    let out = run(
        &a,
        "en",
        &["export", "--org", &id, "--out", file.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(v["format"], "mamori-org-bundle");

    let out = run(&b, "en", &["import", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), id);

    // Again: a conflict, explained in both languages, with the way to replace.
    for (lang, needle) in [("ja", "すでにまもりに登録"), ("en", "already in Mamori")] {
        let out = run(&b, lang, &["import", file.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1));
        assert!(stderr(&out).contains(needle), "{lang}: {}", stderr(&out));
        assert!(stderr(&out).contains("--replace"), "{}", stderr(&out));
    }
    let out = run(&b, "en", &["import", file.to_str().unwrap(), "--replace"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("Replaced"), "{}", stderr(&out));
}

#[test]
fn broken_and_missing_files_are_refused_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("m.db");
    let file = dir.path().join("bad.json");
    std::fs::write(&file, b"{\"format\": \"mamori-org-bundle\", \"formatVer").unwrap();
    for (lang, needle) in [("ja", "途中で切れています"), ("en", "cut off")] {
        let out = run(&db, lang, &["import", file.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1));
        assert!(stderr(&out).contains(needle), "{lang}: {}", stderr(&out));
    }
    let out = run(&db, "en", &["import", "/no/such/file.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("could not be read"),
        "{}",
        stderr(&out)
    );
    let out = run(&db, "en", &["orgs", "list", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["orgs"], serde_json::json!([]));

    let out = run(
        &db,
        "ja",
        &[
            "export",
            "--org",
            "6d616d6f-7269-4000-8000-000000000001",
            "--out",
            "x.json",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("この組織はまもりに見つかりません"),
        "{}",
        stderr(&out)
    );
}

/// Today in UTC moved by `hours` (as `YYYYMMDD`), what the CLI should call today there.
fn today_at(hours: i64) -> String {
    let d = (time::OffsetDateTime::now_utc() + time::Duration::hours(hours)).date();
    format!("{:04}{:02}{:02}", d.year(), u8::from(d.month()), d.day())
}

#[test]
fn without_a_date_the_cli_uses_today_in_the_local_time_zone() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.db");
    assert!(
        run(&db, "en", &["orgs", "add", "--name", "Sakura"])
            .status
            .success()
    );
    // UTC+14 and UTC−12 are 26 hours apart: their dates always differ, and at most one of
    // them is the UTC date.
    for (tz, hours) in [("UTC-14", 14), ("UTC+12", -12)] {
        let out_dir = dir.path().join(tz);
        let before = today_at(hours);
        let out = cli()
            .env("TZ", tz)
            .args(["--lang", "en", "--db"])
            .arg(&db)
            .args(["report", "--all-orgs", "--kind", "incident", "--out-dir"])
            .arg(&out_dir)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        let after = today_at(hours);
        let names: Vec<String> = std::fs::read_dir(&out_dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
        assert!(
            names[0].contains(&before) || names[0].contains(&after),
            "TZ={tz}: {names:?}, expected {before}"
        );
    }
}

#[test]
fn report_writes_reproducible_pdfs_for_one_or_all_organizations() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.db");
    let demo = run(&db, "ja", &["demo", "--today", "2026-11-25"]);
    let id = stdout(&demo).trim().to_owned();
    let a = dir.path().join("a.pdf");
    let b = dir.path().join("b.pdf");
    for file in [&a, &b] {
        let out = cli()
            .args(["--lang", "ja", "--db"])
            .arg(&db)
            .args([
                "report",
                "--org",
                &id,
                "--kind",
                "incident",
                "--date",
                "2026-11-25",
            ])
            .arg("--out")
            .arg(file)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(stdout(&out).trim(), file.display().to_string());
        assert!(stderr(&out).contains("（1ページ）"), "{}", stderr(&out));
    }
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());

    run(&db, "en", &["orgs", "add", "--name", "Sakura Trading"]);
    let out_dir = dir.path().join("batch");
    let out = cli()
        .args(["--lang", "en", "--db"])
        .arg(&db)
        .args([
            "report",
            "--all-orgs",
            "--kind",
            "summary",
            "--date",
            "2026-11-25",
        ])
        .arg("--out-dir")
        .arg(&out_dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("[1/2]") && stderr(&out).contains("[2/2]"));
    let mut files: Vec<String> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(
        files,
        [
            "mamori-summary-Sakura_Trading-20261125-en.pdf",
            "mamori-summary-株式会社ミナト精工-20261125-en.pdf"
        ]
    );

    // A logo that is not an image is refused with a localized message; nothing is written.
    let bad = dir.path().join("c.pdf");
    let out = cli()
        .args(["--lang", "en", "--db"])
        .arg(&db)
        .args(["report", "--org", &id, "--kind", "summary", "--brand-logo"])
        .arg(&a)
        .arg("--out")
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("PNG or JPEG"), "{}", stderr(&out));
    assert!(!bad.exists());
}

#[test]
fn class_builds_the_seminar_report_from_a_folder_and_skips_bad_files() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("m.db");
    let class = dir.path().join("class");
    std::fs::create_dir(&class).unwrap();
    for i in 0..10u32 {
        let selfcheck: serde_json::Map<String, serde_json::Value> = (1..=25u32)
            .map(|n| {
                let a = if n <= 2 * i + 4 { "done" } else { "not_done" };
                (n.to_string(), a.into())
            })
            .collect();
        let file = serde_json::json!({
            "format": "mamori-attendee", "formatVersion": 1,
            "contentVersions": {"ipa-sme": "3.1"},
            "selfcheck": selfcheck,
            "maturity": {"d1-q1": "partly"}
        });
        std::fs::write(class.join(format!("a{i:02}.json")), file.to_string()).unwrap();
    }
    std::fs::write(class.join("zz-notes.txt"), "not an attendee file").unwrap();
    // The same attendee's file a second time (copied under another name): counted once.
    std::fs::copy(class.join("a03.json"), class.join("a99-again.json")).unwrap();
    let pdf = dir.path().join("class.pdf");
    let o = run(
        &db,
        "en",
        &[
            "class",
            "--in",
            class.to_str().unwrap(),
            "--out",
            pdf.to_str().unwrap(),
            "--date",
            "2026-11-25",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("Skipped zz-notes.txt: This is not a Mamori attendee file."),
        "{}",
        stderr(&o)
    );
    assert!(
        stderr(&o).contains("Skipped a99-again.json: The same attendee as a03.json: counted once."),
        "{}",
        stderr(&o)
    );
    assert!(
        stderr(&o).contains("Class report of 10 attendees")
            && stderr(&o).contains("(2 files skipped)"),
        "{}",
        stderr(&o)
    );
    // The class report is made from files alone: no database is created.
    assert!(!db.exists(), "class created {}", db.display());
    let text = std::process::Command::new("pdftotext")
        .args(["-layout", pdf.to_str().unwrap(), "-"])
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("Seminar class results"), "{text}");
    assert!(text.contains("Attendees"));
    // Mean of 4 × (2i + 4) for i in 0..10 = 52.
    assert!(text.contains("52.0"), "{text}");
    // The files not counted are listed with the reason.
    assert!(text.contains("Files not counted"), "{text}");
    assert!(
        text.contains("zz-notes.txt") && text.contains("a99-again.json"),
        "{text}"
    );
    // The same date gives the same bytes.
    let again = dir.path().join("again.pdf");
    let o = run(
        &db,
        "en",
        &[
            "class",
            "--in",
            class.to_str().unwrap(),
            "--out",
            again.to_str().unwrap(),
            "--date",
            "2026-11-25",
        ],
    );
    assert!(o.status.success());
    assert_eq!(std::fs::read(&pdf).unwrap(), std::fs::read(&again).unwrap());
}

#[test]
fn blank_worksheets_need_no_organization_and_carry_the_scoring_key() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("m.db");
    for (lang, key, band, company) in [
        ("ja", "自社診断の採点", "-25〜49", "会社名"),
        ("en", "Scoring the self-check", "-25 to 49", "Company"),
    ] {
        let pdf = dir.path().join(format!("ws-{lang}.pdf"));
        let o = run(
            &db,
            lang,
            &[
                "report",
                "--kind",
                "worksheet",
                "--out",
                pdf.to_str().unwrap(),
                "--date",
                "2026-12-05",
            ],
        );
        assert!(o.status.success(), "{lang}: {}", stderr(&o));
        let text = std::process::Command::new("pdftotext")
            .args(["-layout", pdf.to_str().unwrap(), "-"])
            .output()
            .unwrap();
        let text = String::from_utf8(text.stdout).unwrap();
        assert!(text.contains(key), "{lang}: {text}");
        assert!(text.contains(band), "{lang}: the band table");
        assert!(text.contains(company), "{lang}: a line for the company");
        // The scoring key: 4 / 2 / 0 / -1 points, one per answer, in that order.
        let points: Vec<&str> = text
            .lines()
            .skip_while(|l| !l.contains(key))
            .filter_map(|l| l.split_whitespace().last())
            .filter(|w| ["4", "2", "0", "-1"].contains(w))
            .take(4)
            .collect();
        assert_eq!(points, ["4", "2", "0", "-1"], "{lang}: {text}");
        // No organization anywhere, not even the practice company.
        assert!(!text.contains("ミナト"), "{lang}");
        let pages = text.matches('\u{c}').count() + 1;
        assert!(pages <= 8, "{lang}: {pages} pages");
    }
    // Made without a database.
    assert!(!db.exists());
    // Other kinds still need an organization.
    let o = run(
        &db,
        "en",
        &["report", "--kind", "summary", "--out", "x.pdf"],
    );
    assert!(!o.status.success());
}
