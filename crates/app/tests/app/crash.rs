//! One user action, one transaction: a process answering the self-check (each answer changes the
//! action plan) and keeping quick runs (an organization, its round, 25 answers and their plan) is
//! killed (SIGKILL) at random moments; afterwards every state in the database is one that
//! finished commands produce — every answer has exactly the plan it calls for, and every quick
//! run is there whole or not at all.
//!
//! The writer is this test executable itself, re-run with `--exact crash::crash_child_commands`
//! and [`CHILD_DB`] set.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::Duration;

use mamori_app::AppCtx;
use mamori_app::commands::{create_org, open_org, save_quick_run, save_selfcheck_answer};
use mamori_app::dto::{
    CreateOrgReq, OpenOrgReq, QuickAnswers, SaveQuickRunReq, SaveSelfcheckAnswerReq,
    SelfCheckAnswer,
};
use mamori_store::{ActionSource, Store};

const CHILD_DB: &str = "MAMORI_APP_CRASH_CHILD_DB";
const KILLS: usize = 12;
const CYCLE: [SelfCheckAnswer; 4] = [
    SelfCheckAnswer::Partly,
    SelfCheckAnswer::Done,
    SelfCheckAnswer::DontKnow,
    SelfCheckAnswer::NotDone,
];

/// The writer. Does nothing unless run by the crash test (with [`CHILD_DB`] set).
#[test]
fn crash_child_commands() {
    let Some(db) = std::env::var_os(CHILD_DB) else {
        return;
    };
    let ctx = AppCtx::open(db.into(), None).unwrap();
    let org = ctx.store().unwrap().orgs().unwrap()[0].id.to_string();
    let round = open_org(&ctx, OpenOrgReq { org_id: org }).unwrap().round.id;
    let mut out = std::io::stdout().lock();
    for n in 0u64.. {
        if n % 10 == 9 {
            let answers = QuickAnswers {
                selfcheck: (1..=25)
                    .map(|q| {
                        (
                            q.to_string(),
                            CYCLE[(q as usize + n as usize) % 4].as_str().into(),
                        )
                    })
                    .collect(),
                maturity: BTreeMap::new(),
                run: None,
            };
            save_quick_run(
                &ctx,
                SaveQuickRunReq {
                    name: format!("quick {n}"),
                    answers,
                },
            )
            .unwrap();
            writeln!(out, "ack quick {n} end").unwrap();
        } else {
            let q = u32::try_from(n % 25).unwrap() + 1;
            save_selfcheck_answer(
                &ctx,
                SaveSelfcheckAnswerReq {
                    round_id: round.clone(),
                    question: q,
                    answer: CYCLE[(n / 25 % 4) as usize],
                    note: None,
                },
            )
            .unwrap();
            writeln!(out, "ack answer {n} end").unwrap();
        }
        out.flush().unwrap();
    }
}

/// What the plan must hold for an answer: the kind of action, or none.
fn wanted(a: SelfCheckAnswer) -> Option<ActionSource> {
    match a {
        SelfCheckAnswer::Done => None,
        SelfCheckAnswer::DontKnow => Some(ActionSource::DontKnow),
        SelfCheckAnswer::Partly | SelfCheckAnswer::NotDone => Some(ActionSource::Gap),
    }
}

/// Every answer of every organization's round has exactly the plan it calls for.
fn assert_plans_match_answers(s: &Store) -> (usize, usize) {
    let mut answers_checked = 0;
    let mut quick_runs = 0;
    for org in s.orgs().unwrap() {
        let data = s.org_data(org.id).unwrap();
        let (Some(round), _) = data.current_rounds() else {
            panic!("{}: an organization without a round", org.name);
        };
        if org.name.starts_with("quick") {
            quick_runs += 1;
            assert_eq!(
                round.selfcheck.len(),
                25,
                "{}: a quick run in part",
                org.name
            );
        }
        for a in &round.selfcheck {
            let r = format!("selfcheck/{}", a.question);
            let plan: Vec<ActionSource> = data
                .actions
                .iter()
                .filter(|x| x.input.ref_id.as_deref() == Some(r.as_str()))
                .map(|x| x.input.source)
                .collect();
            assert_eq!(
                plan,
                wanted(a.answer).into_iter().collect::<Vec<_>>(),
                "{} question {}: answer {:?}",
                org.name,
                a.question,
                a.answer
            );
            answers_checked += 1;
        }
    }
    (answers_checked, quick_runs)
}

#[test]
fn killed_commands_leave_only_finished_states() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("mamori.db");
    {
        let ctx = AppCtx::open(db.clone(), None).unwrap();
        create_org(
            &ctx,
            CreateOrgReq {
                name: "crash".into(),
                ..CreateOrgReq::default()
            },
        )
        .unwrap();
    }
    let mut seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    eprintln!("app crash test seed {seed}");
    let mut rand = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let exe = std::env::current_exe().unwrap();
    let mut acks = 0usize;
    let mut quick_acks = 0usize;
    for _ in 0..KILLS {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "crash::crash_child_commands",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_DB, &db)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .collect::<Vec<String>>()
        });
        std::thread::sleep(Duration::from_millis(150 + rand() % 400));
        child.kill().unwrap();
        child.wait().unwrap();
        for line in reader.join().unwrap() {
            match line.split_whitespace().collect::<Vec<_>>()[..] {
                ["ack", "answer", _, "end"] => acks += 1,
                ["ack", "quick", _, "end"] => quick_acks += 1,
                _ => {}
            }
        }
        // After every kill, the database holds only finished commands' states.
        let s = Store::open(&db).unwrap();
        assert_plans_match_answers(&s);
    }
    assert!(acks >= 10, "the writer hardly wrote ({acks} answers)");
    let s = Store::open(&db).unwrap();
    let (answers, quick_runs) = assert_plans_match_answers(&s);
    assert!(
        quick_runs >= quick_acks,
        "acknowledged quick runs lost: {quick_runs} < {quick_acks}"
    );
    eprintln!(
        "app crash test: {KILLS} kills, {acks} answers and {quick_acks} quick runs acknowledged, \
         {answers} answers checked against their plan"
    );
}

/// A database where adding an action fails (a trigger stands in for a full disk or an I/O error
/// at that moment), with one organization.
fn failing_plan_db() -> (tempfile::TempDir, AppCtx, String) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("mamori.db");
    let ctx = AppCtx::open(db.clone(), None).unwrap();
    let org = create_org(
        &ctx,
        CreateOrgReq {
            name: "atomic".into(),
            ..CreateOrgReq::default()
        },
    )
    .unwrap()
    .id;
    let round = open_org(&ctx, OpenOrgReq { org_id: org }).unwrap().round.id;
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute_batch(
            "CREATE TRIGGER fail_actions BEFORE INSERT ON action_items
             BEGIN SELECT RAISE(ABORT, 'injected failure'); END;",
        )
        .unwrap();
    (dir, ctx, round)
}

#[test]
fn an_answer_whose_plan_cannot_be_saved_is_not_saved_either() {
    let (_dir, ctx, round) = failing_plan_db();
    // "Done" needs no action: it is saved.
    let ok = save_selfcheck_answer(
        &ctx,
        SaveSelfcheckAnswerReq {
            round_id: round.clone(),
            question: 1,
            answer: SelfCheckAnswer::Done,
            note: None,
        },
    );
    assert!(ok.is_ok(), "{ok:?}");
    // "Partly" needs an action, which fails: the answer stays "done".
    let err = save_selfcheck_answer(
        &ctx,
        SaveSelfcheckAnswerReq {
            round_id: round.clone(),
            question: 1,
            answer: SelfCheckAnswer::Partly,
            note: None,
        },
    );
    assert!(err.is_err());
    let s = ctx.store().unwrap();
    let answers = s.selfcheck_answers(round.parse().unwrap()).unwrap();
    assert_eq!(answers.len(), 1);
    assert_eq!(answers[0].answer, SelfCheckAnswer::Done);
    assert_plans_match_answers(&s);
}

#[test]
fn a_quick_run_whose_plan_cannot_be_saved_leaves_nothing() {
    let (_dir, ctx, _) = failing_plan_db();
    let before = ctx.store().unwrap().orgs().unwrap().len();
    let err = save_quick_run(
        &ctx,
        SaveQuickRunReq {
            name: "quick fail".into(),
            answers: QuickAnswers {
                selfcheck: (1..=25)
                    .map(|q| (q.to_string(), "not_done".to_owned()))
                    .collect(),
                maturity: BTreeMap::new(),
                run: None,
            },
        },
    );
    assert!(err.is_err());
    let s = ctx.store().unwrap();
    assert_eq!(
        s.orgs().unwrap().len(),
        before,
        "no organization is left behind"
    );
    // The store works on after the rolled-back transaction.
    drop(s);
    let ok = create_org(
        &ctx,
        CreateOrgReq {
            name: "after".into(),
            ..CreateOrgReq::default()
        },
    );
    assert!(ok.is_ok(), "{ok:?}");
}
