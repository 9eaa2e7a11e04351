use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use mamori_app::commands::{load_class_files, quick_score, save_attendee_file, save_quick_run};
use mamori_app::dto::{NoReq, QuickAnswers, SaveQuickRunReq};
use mamori_app::files::{Dialogs, FileFilter};
use mamori_app::{AppCtx, ErrorCode};

/// Saves go to the next path of a list; "open several" returns every file of a folder.
#[derive(Debug)]
struct Seminar {
    saves: Mutex<Vec<PathBuf>>,
    folder: PathBuf,
}

impl Dialogs for Seminar {
    fn save_path(&self, _: &str, _: &str, _: FileFilter<'_>) -> Option<PathBuf> {
        self.saves.lock().unwrap().pop()
    }
    fn open_path(&self, _: &str, _: FileFilter<'_>) -> Option<PathBuf> {
        None
    }
    fn open_paths(&self, _: &str, _: FileFilter<'_>) -> Vec<PathBuf> {
        let mut v: Vec<PathBuf> = std::fs::read_dir(&self.folder)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        v.sort();
        v
    }
    fn reveal(&self, _: &Path) {}
}

/// Attendee `i` of 10: questions 1..=2i+4 done, the rest not done, question 25 "don't know".
fn answers(i: u32) -> QuickAnswers {
    QuickAnswers {
        selfcheck: (1..=25)
            .map(|n| {
                let a = if n == 25 {
                    "dont_know"
                } else if n <= 2 * i + 4 {
                    "done"
                } else {
                    "not_done"
                };
                (n.to_string(), a.to_owned())
            })
            .collect(),
        maturity: BTreeMap::from([(
            "d1-q1".to_owned(),
            if i.is_multiple_of(2) {
                "reviewed"
            } else {
                "partly"
            }
            .to_owned(),
        )]),
    }
}

#[test]
fn ten_attendee_files_make_the_right_class_view_and_bad_files_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("class");
    std::fs::create_dir(&folder).unwrap();
    let saves: Vec<PathBuf> = (0..10)
        .map(|i| folder.join(format!("attendee-{i:02}.json")))
        .rev()
        .collect();
    let c = AppCtx::in_memory(None)
        .unwrap()
        .with_dialogs(Box::new(Seminar {
            saves: Mutex::new(saves),
            folder: folder.clone(),
        }));
    for i in 0..10 {
        let saved = save_attendee_file(&c, answers(i)).unwrap();
        assert!(saved.saved);
        let text = std::fs::read_to_string(saved.path.unwrap()).unwrap();
        assert!(!text.contains("株式会社"));
    }
    // Two files that are not attendee files.
    std::fs::write(folder.join("notes.json"), "{\"hello\": 1}").unwrap();
    std::fs::write(
        folder.join("broken.json"),
        "{\"format\": \"mamori-attendee\", ",
    )
    .unwrap();

    let v = load_class_files(&c, NoReq {}).unwrap();
    assert!(v.chosen);
    assert_eq!(v.attendees, 10);
    assert_eq!(v.skipped.len(), 2);
    assert!(
        v.skipped
            .iter()
            .all(|s| s.message_id == "seminar-skip-not-attendee")
    );
    // Totals: 4 × (2i + 4) − 1 for i in 0..10 → 15, 23, …, 87.
    let want: Vec<i32> = (0..10).map(|i| 4 * (2 * i + 4) - 1).collect();
    assert_eq!(v.totals, want);
    assert!((v.mean - 51.0).abs() < 1e-9, "{}", v.mean);
    assert!((v.median - 51.0).abs() < 1e-9, "{}", v.median);
    let band = |id: &str| v.bands.iter().find(|b| b.band == id).unwrap().count;
    // 15..47 critical (5), 55 and 63 weak (2), 71, 79, 87 partial (3).
    assert_eq!(
        (
            band("critical"),
            band("weak"),
            band("partial"),
            band("achieved")
        ),
        (5, 2, 3, 0)
    );
    assert_eq!(v.histogram.iter().map(|h| h.count).sum::<u32>(), 10);
    assert_eq!(v.weakest_questions[0], 25);
    assert_eq!(v.questions[24].answers["dont_know"], 10);
    assert_eq!(v.directions[0].attendees, 10);
    assert_eq!(v.weakest_directions, vec!["d1".to_owned()]);
    assert_eq!(c.class().unwrap().len(), 10);
}

#[test]
fn a_quick_run_saves_nothing_until_asked() {
    let c = AppCtx::in_memory(None).unwrap();
    let mut a = answers(3);
    a.selfcheck.remove("7");
    let s = quick_score(&c, a.clone()).unwrap();
    assert_eq!((s.answered, s.total), (24, 25));
    assert!(s.score.is_none());
    assert!(
        mamori_app::commands::list_orgs(&c, Default::default())
            .unwrap()
            .orgs
            .is_empty()
    );
    let e = save_attendee_file(&c, a.clone()).unwrap_err();
    assert_eq!(e.message_id, "seminar-error-incomplete");
    a.selfcheck.insert("7".into(), "partly".into());
    assert!(quick_score(&c, a.clone()).unwrap().score.is_some());
    let j = save_quick_run(
        &c,
        SaveQuickRunReq {
            name: "受講者A社".into(),
            answers: a,
        },
    )
    .unwrap();
    assert_eq!(j.selfcheck.answered, 25);
    assert_eq!(j.maturity.answered, 1);
    let bad = QuickAnswers {
        selfcheck: BTreeMap::from([("1".to_owned(), "yes".to_owned())]),
        maturity: BTreeMap::new(),
    };
    assert_eq!(
        quick_score(&c, bad).unwrap_err().code,
        ErrorCode::InvalidInput
    );
}
