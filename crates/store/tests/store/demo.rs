//! The demo company and the portfolio summary.

use mamori_store::{
    ActionInput, ActionSource, ActionStatus, ContentIds, DEMO_ORG_ID, ExportMeta, OrgInput,
    SelfCheckAnswer, StepStatus, Store, Timestamp, demo_org_data, parse_bundle, write_bundle,
};
use time::macros::date;

#[test]
fn the_demo_is_the_same_for_the_same_day_and_resets_cleanly() {
    let today = date!(2025 - 06 - 01);
    assert_eq!(demo_org_data(today), demo_org_data(today));
    assert_ne!(demo_org_data(today), demo_org_data(date!(2025 - 06 - 02)));

    let mut s = Store::open_in_memory().unwrap();
    assert_eq!(s.create_demo(today).unwrap(), DEMO_ORG_ID);
    let first = s.org_data(DEMO_ORG_ID).unwrap();
    assert_eq!(first, demo_org_data(today));
    // Change something, then reset: the same state again.
    let r = first.rounds[1].round.id;
    s.save_selfcheck(r, 20, SelfCheckAnswer::Done, None)
        .unwrap();
    assert_eq!(s.create_demo(today).unwrap(), DEMO_ORG_ID);
    assert_eq!(s.org_data(DEMO_ORG_ID).unwrap(), first);
    assert_eq!(s.orgs().unwrap().len(), 1);
}

#[test]
fn the_demo_has_progress_in_every_stage_and_is_a_valid_bundle() {
    let today = date!(2025 - 06 - 01);
    let d = demo_org_data(today);
    assert_eq!(d.organization.name, "株式会社ミナト精工");
    let [last_year, current] = &d.rounds[..] else {
        panic!("two rounds")
    };
    assert!(last_year.round.closed_at.is_some() && current.round.closed_at.is_none());
    assert!(last_year.round.started_at.date() < date!(2024 - 06 - 01));
    assert_eq!(last_year.selfcheck.len(), 25);
    let dont_know = current
        .selfcheck
        .iter()
        .filter(|a| a.answer == SelfCheckAnswer::DontKnow)
        .count();
    assert_eq!(dont_know, 2);
    assert!(current.selfcheck.len() > 5 && current.selfcheck.len() < 25);
    assert!(!current.maturity.is_empty());
    for dir in ["csm/d1/", "csm/d5/", "csm/d9/"] {
        assert!(
            current
                .steps
                .iter()
                .any(|s| s.step_id.starts_with(dir) && s.input.owner.is_some()),
            "{dir}"
        );
    }
    let owners: std::collections::BTreeSet<&str> = current
        .steps
        .iter()
        .filter_map(|s| s.input.owner.as_deref())
        .collect();
    assert!(owners.contains("港 社長") && owners.contains("総務 佐藤さん"));
    assert!(owners.contains("㈱サンプルITサポート"));
    assert!(
        current
            .steps
            .iter()
            .any(|s| s.input.status == StepStatus::Na)
    );
    let overdue = d.actions.iter().filter(|a| a.is_overdue(today)).count();
    assert_eq!(overdue, 3);
    assert!(
        d.actions
            .iter()
            .any(|a| a.input.status == ActionStatus::Done)
    );
    assert_eq!(d.partners.len(), 3);

    let meta = ExportMeta {
        app_version: "0.1.0".into(),
        exported_at: Timestamp::at(today, 1, 0),
        content_versions: Default::default(),
    };
    let parsed = parse_bundle(write_bundle(&d, &meta).as_bytes(), &ContentIds::builtin()).unwrap();
    assert_eq!(parsed, d);
}

#[test]
fn the_portfolio_summarizes_each_organization() {
    let today = date!(2025 - 06 - 01);
    let mut s = Store::open_in_memory().unwrap();
    s.create_demo(today).unwrap();
    let empty = s
        .create_org(&OrgInput {
            name: "Acme".into(),
            ..OrgInput::default()
        })
        .unwrap();
    let gone = s
        .create_org(&OrgInput {
            name: "Archived Co.".into(),
            ..OrgInput::default()
        })
        .unwrap();
    s.set_org_archived(gone.id, true).unwrap();
    s.add_action(
        empty.id,
        &ActionInput {
            round_id: None,
            source: ActionSource::Manual,
            ref_id: None,
            title: "due today is not overdue".into(),
            owner: None,
            due_date: Some(today),
            status: ActionStatus::Open,
            effort: None,
        },
    )
    .unwrap();

    let p = s.portfolio(today, false).unwrap();
    let names: Vec<&str> = p.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["Acme", "株式会社ミナト精工"]);
    let acme = &p[0];
    assert!(acme.latest_round.is_none());
    assert_eq!(acme.selfcheck.len(), 0);
    assert_eq!((acme.overdue_actions, acme.open_actions), (0, 1));
    assert!(acme.last_activity.is_some());

    let demo = &p[1];
    let current = &demo_org_data(today).rounds[1];
    assert_eq!(demo.latest_round.as_ref().unwrap().id, current.round.id);
    assert_eq!(demo.selfcheck.len(), 15);
    let score: i32 = current.selfcheck.iter().map(|a| a.answer.points()).sum();
    assert_eq!(
        mamori_core::scoring::SelfCheckTally::of(demo.selfcheck.values()).points(),
        score
    );
    assert_eq!(score, 28);
    assert_eq!(demo.overdue_actions, 3);
    assert_eq!(demo.open_actions, 5);
    assert_eq!(
        demo.last_activity.unwrap().to_string(),
        "2025-05-31T00:30:00.000Z"
    );

    assert_eq!(s.portfolio(today, true).unwrap().len(), 3);
    // A week later, the item due today is overdue too.
    let later = s.portfolio(date!(2025 - 06 - 08), false).unwrap();
    assert_eq!(later[0].overdue_actions, 1);
}
