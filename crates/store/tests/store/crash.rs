//! Crash safety: a writer process is killed (SIGKILL on Unix) at random moments while it saves
//! as fast as it can; every write it acknowledged (printed after its commit returned) must be
//! there afterwards, and the file must pass SQLite's integrity check.
//!
//! The writer is this test executable itself, re-run with `--exact crash::crash_child_writer`
//! and [`CHILD_DB`] set.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use mamori_store::{
    ActionInput, ActionSource, ActionStatus, OrgInput, SelfCheckAnswer, Store, Uuid,
};

const CHILD_DB: &str = "MAMORI_CRASH_CHILD_DB";
const CHILD_START: &str = "MAMORI_CRASH_CHILD_START";
const KILLS: usize = 20;

fn manual(title: String) -> ActionInput {
    ActionInput {
        round_id: None,
        source: ActionSource::Manual,
        ref_id: None,
        title,
        owner: None,
        due_date: None,
        status: ActionStatus::Open,
        effort: None,
    }
}

/// The writer. Does nothing unless run by the crash test (with [`CHILD_DB`] set).
#[test]
fn crash_child_writer() {
    let Some(db) = std::env::var_os(CHILD_DB) else {
        return;
    };
    let mut counter: u64 = std::env::var(CHILD_START).unwrap().parse().unwrap();
    let mut s = Store::open(Path::new(&db)).unwrap();
    let org = s.orgs().unwrap()[0].id;
    let round = s.rounds(org).unwrap()[0].id;
    let mut out = std::io::stdout().lock();
    loop {
        counter += 1;
        if counter.is_multiple_of(2) {
            let q = u32::try_from(counter / 2 % 25).unwrap() + 1;
            let note = counter.to_string();
            s.save_selfcheck(round, q, SelfCheckAnswer::Partly, Some(&note))
                .unwrap();
            writeln!(out, "ack answer {q} {counter} end").unwrap();
        } else {
            let a = s
                .add_action(org, &manual(format!("item {counter}")))
                .unwrap();
            writeln!(out, "ack action {} {counter} end", a.id).unwrap();
        }
        out.flush().unwrap();
    }
}

#[test]
fn killed_writers_lose_no_acknowledged_write() {
    let started = Instant::now();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("mamori.db");
    let org = {
        let mut s = Store::open(&db).unwrap();
        let org = s
            .create_org(&OrgInput {
                name: "crash".into(),
                ..OrgInput::default()
            })
            .unwrap();
        s.start_round(org.id, "meti-csm@3.0", &BTreeMap::new())
            .unwrap();
        org.id
    };

    let mut seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    eprintln!("crash test seed {seed}");
    let mut rand = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };

    let exe = std::env::current_exe().unwrap();
    let mut last_answer: BTreeMap<u32, u64> = BTreeMap::new();
    let mut actions: Vec<Uuid> = Vec::new();
    let mut answer_acks = 0usize;
    let mut next_start = 0u64;
    for _ in 0..KILLS {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "crash::crash_child_writer",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_DB, &db)
            .env(CHILD_START, next_start.to_string())
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
        std::thread::sleep(Duration::from_millis(50 + rand() % 251));
        child.kill().unwrap();
        child.wait().unwrap();
        let mut max_seen = next_start;
        for line in reader.join().unwrap() {
            let parts: Vec<&str> = line.split_whitespace().collect();
            // Only complete lines count as acknowledged.
            if let ["ack", kind, key, n, "end"] = parts[..] {
                let n: u64 = n.parse().unwrap();
                max_seen = max_seen.max(n);
                match kind {
                    "answer" => {
                        answer_acks += 1;
                        last_answer.insert(key.parse().unwrap(), n);
                    }
                    "action" => actions.push(key.parse().unwrap()),
                    _ => panic!("{line}"),
                }
            }
        }
        // Leave room for a write that committed but was not acknowledged.
        next_start = max_seen + 10;
    }

    let acked = answer_acks + actions.len();
    assert!(
        acked >= 25,
        "the writer hardly wrote ({acked} acknowledged)"
    );
    let s = Store::open(&db).unwrap();
    let round = s.rounds(org).unwrap()[0].id;
    let answers: BTreeMap<u32, u64> = s
        .selfcheck_answers(round)
        .unwrap()
        .into_iter()
        .map(|a| (a.question, a.note.unwrap().parse().unwrap()))
        .collect();
    for (q, n) in &last_answer {
        let stored = answers.get(q).copied().unwrap_or(0);
        assert!(
            stored >= *n,
            "question {q}: acknowledged {n}, stored {stored}"
        );
    }
    let stored: std::collections::BTreeSet<Uuid> =
        s.actions(org).unwrap().into_iter().map(|a| a.id).collect();
    for id in &actions {
        assert!(stored.contains(id), "acknowledged action {id} lost");
    }
    drop(s);
    let c = rusqlite::Connection::open(&db).unwrap();
    let ok: String = c
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    eprintln!(
        "crash test: {KILLS} kills, {} answers and {} actions acknowledged, {:?}",
        answer_acks,
        actions.len(),
        started.elapsed()
    );
}
