//! Store benchmarks (not timed tests): `cargo bench -p mamori-store`.
//!
//! 1. Saving one self-check answer (one committed transaction, the real pragmas, a file in a
//!    temporary folder): p50/p95/p99 over 2,000 saves.
//! 2. Loading the portfolio summary of 1,000 organizations × 3 rounds (25 self-check answers,
//!    20 maturity answers and 10 steps per round, 8 actions and 3 partners per organization,
//!    150 logged events per organization).
//!
//! Figures and targets: docs/PERFORMANCE.md.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use mamori_store::{
    ActionInput, ActionItem, ActionSource, ActionStatus, ContentIds, Effort, ExportMeta,
    MaturityAnswer, MaturityRecord, OrgData, OrgInput, Organization, Partner, PartnerInput,
    PartnerRelation, Round, RoundData, SecurityActionLevel, SelfCheckAnswer, SelfCheckRecord,
    StepInput, StepProgress, StepStatus, Store, Timestamp, Uuid, YesNoUnknown, write_bundle,
};
use time::{Date, Duration as Days, macros::date};

const SAVES: usize = 2_000;
const ORGS: usize = 1_000;
const PORTFOLIO_RUNS: usize = 50;

type Rng = Box<dyn FnMut() -> u64>;

fn rng(mut seed: u64) -> Rng {
    Box::new(move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    })
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn report(name: &str, mut times: Vec<Duration>) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{name}: n={} p50={:.3} ms p95={:.3} ms p99={:.3} ms max={:.3} ms",
        times.len(),
        ms(percentile(&times, 0.50)),
        ms(percentile(&times, 0.95)),
        ms(percentile(&times, 0.99)),
        ms(times[times.len() - 1]),
    );
}

fn bench_save_answer() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let mut s = Store::open(&dir.path().join("mamori.db"))?;
    let org = s.create_org(&OrgInput {
        name: "Bench Co.".into(),
        ..OrgInput::default()
    })?;
    let round = s.start_round(org.id, "meti-csm@3.0", &BTreeMap::new())?;
    let answers = SelfCheckAnswer::ALL;
    let mut times = Vec::with_capacity(SAVES);
    for i in 0..SAVES {
        let q = (i % 25) as u32 + 1;
        let a = answers[i % answers.len()];
        let t = Instant::now();
        s.save_selfcheck(round.id, q, a, Some("メモ"))?;
        times.push(t.elapsed());
    }
    report(
        "save one self-check answer (file, WAL, synchronous=FULL)",
        times,
    );
    Ok(())
}

fn org_data(n: usize, today: Date, next: &mut Rng) -> OrgData {
    let at = |days: i64| Timestamp::at(today.saturating_sub(Days::days(days)), 0, 30);
    let org_id = Uuid::new_v4();
    let organization = Organization {
        id: org_id,
        name: format!("株式会社ベンチ{n:04}"),
        name_reading: Some(format!("べんち{n:04}")),
        industry: Some("製造業".into()),
        employee_band: None,
        contact_person: Some("総務".into()),
        notes: None,
        archived_at: None,
        created_at: at(400),
        updated_at: at(400),
    };
    let rounds: Vec<RoundData> = (0..3)
        .map(|k: i64| {
            let started = 360 - k * 120;
            let round = Round {
                id: Uuid::new_v4(),
                org_id,
                framework_version: "meti-csm@3.0".into(),
                content_versions: BTreeMap::from([("ipa-sme".into(), "3.1".into())]),
                started_at: at(started),
                closed_at: (k < 2).then(|| at(started - 60)),
            };
            RoundData {
                selfcheck: (1..=25)
                    .map(|q| SelfCheckRecord {
                        question: q,
                        answer: SelfCheckAnswer::ALL[(next() % 4) as usize],
                        note: None,
                        updated_at: at(started - 1),
                    })
                    .collect(),
                maturity: (1..=5)
                    .flat_map(|d| (1..=4).map(move |q| format!("d{d}-q{q}")))
                    .map(|id| MaturityRecord {
                        question_id: id,
                        answer: MaturityAnswer::Partly,
                        note: None,
                        updated_at: at(started - 2),
                    })
                    .collect(),
                steps: (1..=10)
                    .map(|d| StepProgress {
                        step_id: format!("csm/d{d}/s1"),
                        input: StepInput {
                            owner: Some("社長".into()),
                            ..StepInput::status(StepStatus::Doing)
                        },
                        updated_at: at(started - 3),
                    })
                    .collect(),
                round,
            }
        })
        .collect();
    // Stored rows come back sorted; keep the bundle in that order.
    let mut rounds = rounds;
    for r in &mut rounds {
        r.maturity.sort_by(|a, b| a.question_id.cmp(&b.question_id));
        r.steps.sort_by(|a, b| a.step_id.cmp(&b.step_id));
    }
    let current = rounds[2].round.id;
    let mut actions: Vec<ActionItem> = (0..8)
        .map(|i: i64| ActionItem {
            id: Uuid::new_v4(),
            org_id,
            input: ActionInput {
                round_id: Some(current),
                source: ActionSource::Gap,
                ref_id: Some(format!("selfcheck/{}", i + 1)),
                title: format!("対策 {i}"),
                owner: None,
                due_date: Some(today.saturating_add(Days::days((next() % 60) as i64 - 30))),
                status: [ActionStatus::Open, ActionStatus::Doing, ActionStatus::Done]
                    [(next() % 3) as usize],
                effort: Some(Effort::Quick),
            },
            created_at: at(100 - i),
            updated_at: at(100 - i),
        })
        .collect();
    actions.sort_by_key(|a| (a.created_at, a.id));
    let mut partners: Vec<Partner> = (0..3)
        .map(|i| Partner {
            id: Uuid::new_v4(),
            org_id,
            input: PartnerInput {
                name: format!("取引先{i}"),
                relation: PartnerRelation::BusinessPartner,
                handles: None,
                security_action_level: SecurityActionLevel::Unknown,
                contract_has_security_clause: YesNoUnknown::Unknown,
                last_checked: None,
                note: None,
            },
            created_at: at(300),
            updated_at: at(300),
        })
        .collect();
    partners.sort_by_key(|p| (p.created_at, p.id));
    OrgData {
        organization,
        rounds,
        actions,
        partners,
        documents: Vec::new(),
    }
}

fn bench_portfolio() -> Result<(), Box<dyn std::error::Error>> {
    let today = date!(2025 - 06 - 01);
    let dir = tempfile::tempdir()?;
    // MAMORI_BENCH_DB=path keeps the portfolio database for a look at query plans.
    let db = std::env::var_os("MAMORI_BENCH_DB")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| dir.path().join("mamori.db"));
    let mut s = Store::open(&db)?;
    let mut next = rng(0x2545_f491_4f6c_dd1d);
    let meta = ExportMeta {
        app_version: "bench".into(),
        exported_at: Timestamp::at(today, 0, 0),
        content_versions: BTreeMap::new(),
    };
    let content = ContentIds::builtin();
    let fill = Instant::now();
    for n in 0..ORGS {
        let data = org_data(n, today, &mut next);
        s.import_org(write_bundle(&data, &meta).as_bytes(), &content, false)?;
    }
    drop(s);
    // A history of writes: 150 logged events per organization.
    {
        let mut c = rusqlite::Connection::open(&db)?;
        let tx = c.transaction()?;
        tx.execute_batch(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 150)
             INSERT INTO event_log (at, org_id, entity, entity_id, action, summary)
             SELECT strftime('%Y-%m-%dT%H:%M:%fZ', '2025-05-01', '-' || (n.i * 2) || ' days'),
                    o.id, 'selfcheck', o.id, 'update', '{}'
             FROM organizations o, n",
        )?;
        tx.commit()?;
    }
    println!(
        "portfolio data: {ORGS} organizations x 3 rounds written in {:.1} s",
        fill.elapsed().as_secs_f64()
    );

    let s = Store::open(&db)?;
    let t = Instant::now();
    let first = s.portfolio(today, false)?;
    let first_time = t.elapsed();
    assert_eq!(first.len(), ORGS);
    let mut times = Vec::with_capacity(PORTFOLIO_RUNS);
    for _ in 0..PORTFOLIO_RUNS {
        let t = Instant::now();
        let p = s.portfolio(today, false)?;
        times.push(t.elapsed());
        assert_eq!(p.len(), ORGS);
    }
    println!(
        "portfolio summary, first call after open: {:.3} ms",
        first_time.as_secs_f64() * 1000.0
    );
    report("portfolio summary (1,000 organizations x 3 rounds)", times);
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing and expects a quick
    // check that the benchmark runs at all.
    let full = std::env::args().any(|a| a == "--bench");
    if !full {
        println!("store bench: run with `cargo bench -p mamori-store` for figures");
        return Ok(());
    }
    bench_save_answer()?;
    bench_portfolio()?;
    Ok(())
}
