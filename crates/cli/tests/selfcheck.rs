//! `mamori-cli selfcheck score` as a user runs it: real process, real answer files.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn cli() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_mamori-cli"));
    c.env_remove("MAMORI_DATA_DIR");
    c
}

/// Q1–5 done (20), Q6–18 partly (26), Q19–24 not done (0), Q25 don't know (−1): 45, critical.
fn known_answers() -> serde_json::Map<String, serde_json::Value> {
    (1..=25)
        .map(|n| {
            let a = match n {
                1..=5 => "done",
                6..=18 => "partly",
                19..=24 => "not_done",
                _ => "dont_know",
            };
            (n.to_string(), serde_json::Value::from(a))
        })
        .collect()
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write answers file");
    p
}

fn write_json(dir: &Path, name: &str, v: &serde_json::Value) -> PathBuf {
    write(dir, name, &v.to_string())
}

fn score(file: &Path, extra: &[&str]) -> Output {
    cli()
        .args(["selfcheck", "score", "--answers"])
        .arg(file)
        .args(extra)
        .output()
        .expect("run mamori-cli")
}

#[test]
fn json_output_is_exactly_the_score() {
    let dir = tempfile::tempdir().unwrap();
    let f = write_json(dir.path(), "a.json", &known_answers().into());
    let out = score(&f, &["--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v,
        serde_json::json!({
            "total": 45,
            "max": 100,
            "band": "critical",
            "dont_know": [25],
            "parts": [
                {"part": 1, "score": 20, "max": 20},
                {"part": 2, "score": 26, "max": 52},
                {"part": 3, "score": -1, "max": 28}
            ]
        })
    );
}

#[test]
fn all_done_scores_100_achieved() {
    let dir = tempfile::tempdir().unwrap();
    let all: serde_json::Map<_, _> = (1..=25)
        .map(|n| (n.to_string(), serde_json::Value::from("done")))
        .collect();
    let f = write_json(dir.path(), "a.json", &all.into());
    let v: serde_json::Value = serde_json::from_slice(&score(&f, &["--json"]).stdout).unwrap();
    assert_eq!(
        (v["total"].as_i64(), v["band"].as_str()),
        (Some(100), Some("achieved"))
    );
    assert_eq!(v["dont_know"], serde_json::json!([]));
}

#[test]
fn the_summary_is_localized() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = known_answers();
    // Q7 partly (2) becomes don't know (−1): 45 − 3 = 42.
    a.insert("7".into(), "dont_know".into());
    let f = write_json(dir.path(), "a.json", &a.into());
    let cases = [
        (
            "ja",
            [
                "自社診断の結果",
                "100 点満点中 42 点",
                "すぐに対策が必要です",
                "パート1",
                "「わからない」と回答した質問が 2 問あります",
                "質問 7：メールやFAXを送るとき、宛先を間違えないための対策をしていますか？",
                "（まもりによる要約）",
                "質問 25：",
                "あらためて回答してください",
            ],
        ),
        (
            "en",
            [
                "Self-check result",
                "Score: 42 out of 100 points",
                "Action needed now",
                "Part 3 (What the company decides): -1 / 28",
                "You answered “Don't know” to 2 questions",
                "Question 7: Do you take steps to avoid sending e-mail or faxes to the wrong recipient?",
                "(Mamori's summary)",
                "Question 25: ",
                "then answer again",
            ],
        ),
    ];
    for (lang, needles) in cases {
        let out = score(&f, &["--lang", lang]);
        assert!(out.status.success(), "{lang}");
        let text = String::from_utf8_lossy(&out.stdout);
        for n in needles {
            assert!(text.contains(n), "{lang}: {n:?} not in\n{text}");
        }
    }
}

#[test]
fn the_language_follows_the_os_locale_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let f = write_json(dir.path(), "a.json", &known_answers().into());
    let out = cli()
        .env("LANG", "ja_JP.UTF-8")
        .env("LC_ALL", "ja_JP.UTF-8")
        .args(["selfcheck", "score", "--answers"])
        .arg(&f)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("自社診断の結果"));
}

/// Runs with `--lang ja` and `--lang en`; both must exit 2 and print the expected message.
#[track_caller]
fn fails_with(file: &Path, ja: &str, en: &str) {
    for (lang, needle) in [("ja", ja), ("en", en)] {
        let out = score(file, &["--lang", lang, "--json"]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{lang}: {err}");
        assert!(out.stdout.is_empty(), "{lang}: nothing on stdout");
        assert!(err.contains(needle), "{lang}: {needle:?} not in {err:?}");
    }
}

#[test]
fn a_missing_answer_exits_2_naming_the_question() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = known_answers();
    a.remove("7");
    let f = write_json(dir.path(), "a.json", &a.into());
    fails_with(&f, "質問 7 の回答がありません", "question 7 has no answer");

    let mut a = known_answers();
    a.remove("2");
    a.remove("20");
    let f = write_json(dir.path(), "b.json", &a.into());
    fails_with(
        &f,
        "質問 2, 20 の回答がありません",
        "questions 2, 20 have no answer",
    );
}

#[test]
fn an_unknown_key_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    for key in ["26", "x"] {
        let mut a = known_answers();
        a.insert(key.into(), "done".into());
        let f = write_json(dir.path(), &format!("{key}.json"), &a.into());
        fails_with(
            &f,
            &format!("「{key}」は自社診断の質問番号ではありません"),
            &format!("“{key}” is not a question of the self-check"),
        );
    }
}

#[test]
fn an_unknown_value_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = known_answers();
    a.insert("3".into(), "yes".into());
    let f = write_json(dir.path(), "a.json", &a.into());
    fails_with(
        &f,
        "質問 3 の回答「yes」は使えません",
        "the answer “yes” to question 3 is not valid",
    );
    let mut a = known_answers();
    a.insert("4".into(), 4.into());
    let f = write_json(dir.path(), "b.json", &a.into());
    fails_with(&f, "質問 4 の回答「4」", "the answer “4” to question 4");
}

#[test]
fn a_malformed_or_unreadable_file_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "bad.json", "{\"1\": \"done\",\n \"2\": }");
    fails_with(
        &f,
        "正しい JSON ではありません（2 行目",
        "is not valid JSON (line 2",
    );
    let f = write(dir.path(), "array.json", "[\"done\"]");
    fails_with(&f, "JSON オブジェクト", "must hold one JSON object");
    let f = dir.path().join("nope.json");
    fails_with(&f, "が見つかりません", "does not exist");
    fails_with(dir.path(), "を読み込めませんでした", "could not be read");
}

#[test]
fn scoring_does_not_touch_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let f = write_json(dir.path(), "a.json", &known_answers().into());
    let out = cli()
        .env("MAMORI_DATA_DIR", &data)
        .args(["selfcheck", "score", "--json", "--answers"])
        .arg(&f)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(!data.exists());
}
