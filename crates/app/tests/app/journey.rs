use std::collections::BTreeMap;

use mamori_app::commands::{
    create_demo, create_org, delete_action, export_ics, get_content, open_org, save_action,
    save_document, save_maturity_answer, save_selfcheck_answer, save_step, set_locale,
    start_next_round,
};
use mamori_app::dto::{
    ActionSource, ActionStatus, DocumentKind, Effort, MaturityAnswer, Screen, SelfCheckAnswer,
    StepStatus,
};
use mamori_app::dto::{
    CreateDemoReq, CreateOrgReq, DeleteActionReq, ExportIcsReq, GetContentReq, Journey, OpenOrgReq,
    SaveActionReq, SaveDocumentReq, SaveMaturityAnswerReq, SaveSelfcheckAnswerReq, SaveStepReq,
    SetLocaleReq, StartNextRoundReq,
};
use mamori_app::{AppCtx, ErrorCode};
use mamori_core::Locale;
use time::macros::date;

fn ctx() -> AppCtx {
    let c = AppCtx::in_memory(None).unwrap();
    c.set_today(Some(date!(2026 - 11 - 25)));
    c
}

fn new_org(ctx: &AppCtx) -> Journey {
    let org = create_org(
        ctx,
        CreateOrgReq {
            name: "株式会社テスト".into(),
            name_reading: None,
            industry: None,
            employee_band: None,
            contact_person: None,
            notes: None,
        },
    )
    .unwrap();
    open_org(ctx, OpenOrgReq { org_id: org.id }).unwrap()
}

fn answer(ctx: &AppCtx, j: &Journey, q: u32, a: &str) -> Journey {
    save_selfcheck_answer(
        ctx,
        SaveSelfcheckAnswerReq {
            round_id: j.round.id.clone(),
            question: q,
            answer: SelfCheckAnswer::parse(a).expect("an answer code"),
            note: None,
        },
    )
    .unwrap()
}

fn step(
    ctx: &AppCtx,
    j: &Journey,
    id: &str,
    status: &str,
) -> Result<Journey, mamori_app::AppError> {
    save_step(
        ctx,
        SaveStepReq {
            round_id: j.round.id.clone(),
            step_id: id.into(),
            status: StepStatus::parse(status).expect("a step status"),
            owner: None,
            due_date: None,
            note: None,
            evidence_note: None,
            done_date: None,
            na_reason: None,
        },
    )
}

#[test]
fn content_view_has_every_part_with_message_ids_that_exist_in_both_languages() {
    let c = ctx();
    let v = get_content(&c, GetContentReq {}).unwrap();
    assert_eq!(v.directions.len(), 10);
    assert_eq!(v.basics.len(), 5);
    assert_eq!(v.selfcheck.questions.len(), 25);
    assert_eq!(v.maturity.questions.len(), 40);
    assert!(v.security_action.policy.is_some());
    assert_eq!(v.directions[0].steps[0].id, "csm/d1/s1");
    assert_eq!(v.basics[0].steps[0].id, "sme/b1/s1");
    // Every message id the view names exists in both languages.
    let json = serde_json::to_value(&v).unwrap();
    let mut ids = Vec::new();
    collect_ids(&json, &mut ids);
    assert!(ids.len() > 400, "{}", ids.len());
    for id in &ids {
        for l in [Locale::Ja, Locale::En] {
            assert!(c.localizer().has(l, id), "{id} missing in {l:?}");
        }
    }
}

fn collect_ids(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, x) in m {
                if let Some(s) = x.as_str().filter(|_| k.ends_with("Id")) {
                    out.push(s.to_owned());
                }
                collect_ids(x, out);
            }
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect_ids(x, out)),
        _ => {}
    }
}

#[test]
fn answering_all_25_questions_gives_the_score_and_band_and_plans_the_gaps() {
    let c = ctx();
    let mut j = new_org(&c);
    assert_eq!(j.round.number, 1);
    assert_eq!(j.continue_at.screen, Screen::Basics);
    // 20 done (80), 3 partly (6), 1 not done (0), 1 don't know (−1) = 85.
    for q in 1..=25 {
        let a = match q {
            1..=20 => "done",
            21..=23 => "partly",
            24 => "not_done",
            _ => "dont_know",
        };
        j = answer(&c, &j, q, a);
        if q == 10 {
            assert_eq!(j.selfcheck.answered, 10);
            assert!(j.selfcheck.score.is_none());
            assert_eq!(j.continue_at.screen, Screen::Selfcheck);
            assert_eq!(j.continue_at.part, Some(2), "{:?}", j.continue_at);
        }
    }
    let score = j.selfcheck.score.clone().unwrap();
    assert_eq!(score.total, 85);
    // Every write moves the revision on, so the UI can drop an older answer that arrives late.
    let before = j.revision;
    let after = answer(&c, &j, 1, "done").revision;
    assert!(after > before, "{before} → {after}");
    assert_eq!(j.selfcheck.running_total, 85);
    assert_eq!(score.dont_know, vec![25]);
    // 3 partly + 1 not done are gaps, 1 don't know is a follow-up.
    let gaps: Vec<_> = j
        .actions
        .iter()
        .filter(|a| a.source == ActionSource::Gap)
        .collect();
    let follow: Vec<_> = j
        .actions
        .iter()
        .filter(|a| a.source == ActionSource::DontKnow)
        .collect();
    assert_eq!((gaps.len(), follow.len()), (4, 1));
    assert_eq!(follow[0].ref_id.as_deref(), Some("selfcheck/25"));
    // The OS locale is not Japanese here and nothing is saved: titles are in English.
    assert!(
        follow[0].title.starts_with("Find out: "),
        "{}",
        follow[0].title
    );
    // Answering "done" removes the untouched action again; answering twice adds none.
    j = answer(&c, &j, 24, "done");
    j = answer(&c, &j, 23, "not_done");
    assert_eq!(
        j.actions
            .iter()
            .filter(|a| a.source == ActionSource::Gap)
            .count(),
        3
    );
    // The self-check is complete, the policy is not adopted: continue at the policy.
    assert_eq!(j.continue_at.screen, Screen::Policy);
    let star2 = j
        .security_action
        .iter()
        .find(|l| l.level == "star2")
        .unwrap();
    let complete = star2
        .checks
        .iter()
        .find(|c| c.tag == "selfcheck-complete")
        .unwrap();
    assert!(complete.met && !star2.ready);
}

#[test]
fn policy_adopted_and_published_with_all_basics_gives_two_stars() {
    let c = ctx();
    let mut j = new_org(&c);
    let content = get_content(&c, GetContentReq {}).unwrap();
    for b in &content.basics {
        for s in &b.steps {
            j = step(&c, &j, &s.id, "done").unwrap();
        }
    }
    assert_eq!(j.stars, 1);
    assert_eq!(j.progress.basics_practised.len(), 5);
    for q in 1..=25 {
        j = answer(&c, &j, q, "done");
    }
    let fields = BTreeMap::from([
        ("company".to_owned(), "株式会社テスト".to_owned()),
        ("owner".to_owned(), "代表取締役 山田".to_owned()),
        ("adoptedOn".to_owned(), "2026-11-20".to_owned()),
        ("publishedWhere".to_owned(), "会社のウェブサイト".to_owned()),
    ]);
    j = save_document(
        &c,
        SaveDocumentReq {
            org_id: j.org.id.clone(),
            kind: DocumentKind::Policy,
            fields,
        },
    )
    .unwrap();
    assert_eq!(j.stars, 2);
    assert_eq!(j.policy["owner"], "代表取締役 山田");
}

#[test]
fn walking_direction_1_moves_progress_and_not_applicable_needs_a_reason() {
    let c = ctx();
    let mut j = new_org(&c);
    let before = j.progress.overall_percent;
    let content = get_content(&c, GetContentReq {}).unwrap();
    let d1 = &content.directions[0];
    for s in &d1.steps {
        j = step(&c, &j, &s.id, "done").unwrap();
    }
    let p = &j.progress.per_direction[0];
    assert_eq!(
        (p.done, p.total),
        (u32::try_from(d1.steps.len()).unwrap(), p.total)
    );
    assert!(j.progress.overall_percent > before);
    assert_eq!(
        j.steps["csm/d1/s1"].done_date.as_deref(),
        Some("2026-11-25")
    );
    // Continue leads to the next direction with something left.
    assert_eq!(j.continue_at.screen, Screen::Direction);
    assert_eq!(j.continue_at.direction.as_deref(), Some("d2"));

    let e = step(&c, &j, "csm/d2/s1", "na").unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidInput);
    assert_eq!(e.args["field"], "naReason");
    let e = step(&c, &j, "csm/d2/s99", "done").unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidInput);
    // A status outside the closed set cannot even be sent: the request does not deserialize.
    let bad = serde_json::json!({
        "roundId": j.round.id, "stepId": "csm/d2/s1", "status": "finished",
    });
    assert!(serde_json::from_value::<SaveStepReq>(bad.clone()).is_err());
    let mut good = bad;
    good["status"] = "done".into();
    assert!(serde_json::from_value::<SaveStepReq>(good).is_ok());
}

#[test]
fn manual_actions_are_added_edited_deleted_and_exported_as_a_calendar() {
    let c = ctx();
    let j = new_org(&c);
    let j = save_action(
        &c,
        SaveActionReq {
            org_id: j.org.id.clone(),
            id: None,
            title: "UTMの見積もりを取る, 比較する".into(),
            owner: Some("社長".into()),
            due_date: Some("2026-11-20".into()),
            status: ActionStatus::Open,
            effort: Some(Effort::HalfDay),
        },
    )
    .unwrap();
    assert_eq!(j.actions.len(), 1);
    let a = &j.actions[0];
    assert!(a.overdue);
    assert_eq!(j.overdue_actions, vec![a.id.clone()]);
    assert_eq!(j.next_actions, vec![a.id.clone()]);
    let ics = export_ics(
        &c,
        ExportIcsReq {
            org_id: j.org.id.clone(),
        },
    )
    .unwrap();
    assert_eq!(ics.events, 1);
    assert!(ics.content.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(ics.content.contains("DTSTART;VALUE=DATE:20261120\r\n"));
    assert!(ics.content.contains("UTMの見積もりを取る\\, 比較する"));
    assert!(ics.content.ends_with("END:VCALENDAR\r\n"));
    // Every line ends in CRLF, as RFC 5545 requires.
    assert_eq!(
        ics.content.matches('\n').count(),
        ics.content.matches("\r\n").count()
    );
    assert!(ics.file_name.ends_with("-plan.ics"), "{}", ics.file_name);

    let j = save_action(
        &c,
        SaveActionReq {
            org_id: j.org.id.clone(),
            id: Some(a.id.clone()),
            title: a.title.clone(),
            owner: None,
            due_date: None,
            status: ActionStatus::Done,
            effort: None,
        },
    )
    .unwrap();
    assert!(j.next_actions.is_empty() && j.overdue_actions.is_empty());
    let e = save_action(
        &c,
        SaveActionReq {
            org_id: j.org.id.clone(),
            id: None,
            title: "  ".into(),
            owner: None,
            due_date: None,
            status: ActionStatus::Open,
            effort: None,
        },
    )
    .unwrap_err();
    assert_eq!(e.args["field"], "title");
    let j = delete_action(
        &c,
        DeleteActionReq {
            org_id: j.org.id.clone(),
            id: a.id.clone(),
        },
    )
    .unwrap();
    assert!(j.actions.is_empty());
}

#[test]
fn a_new_round_keeps_steps_and_compares_with_the_last_one() {
    let c = ctx();
    let mut j = new_org(&c);
    set_locale(&c, SetLocaleReq { locale: Locale::Ja }).unwrap();
    for q in 1..=25 {
        j = answer(&c, &j, q, if q <= 10 { "done" } else { "not_done" });
    }
    // Japanese titles once Japanese is chosen.
    assert!(
        j.actions[0].title.starts_with("対策する："),
        "{}",
        j.actions[0].title
    );
    j = step(&c, &j, "csm/d1/s1", "done").unwrap();
    j = save_maturity_answer(
        &c,
        SaveMaturityAnswerReq {
            round_id: j.round.id.clone(),
            question_id: "d1-q1".into(),
            answer: MaturityAnswer::InPlace,
            note: None,
        },
    )
    .unwrap();
    assert!(j.maturity.directions[0].percent > 0);
    let first_round = j.round.id.clone();
    let j2 = start_next_round(
        &c,
        StartNextRoundReq {
            org_id: j.org.id.clone(),
        },
    )
    .unwrap();
    assert_eq!(j2.round.number, 2);
    assert_eq!(j2.previous_round.as_ref().unwrap().id, first_round);
    assert_eq!(j2.selfcheck.previous_total, Some(40));
    assert_eq!(j2.selfcheck.answered, 0);
    assert_eq!(j2.steps["csm/d1/s1"].status, StepStatus::Done);
    assert!(j2.maturity.previous.as_ref().unwrap()[0].percent > 0);
    // Saving into the closed round is refused.
    let e = save_selfcheck_answer(
        &c,
        SaveSelfcheckAnswerReq {
            round_id: first_round,
            question: 1,
            answer: SelfCheckAnswer::Done,
            note: None,
        },
    )
    .unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidInput, "{e:?}");
}

#[test]
fn the_demo_opens_with_progress_everywhere() {
    let c = ctx();
    let id = create_demo(
        &c,
        CreateDemoReq {
            today: Some("2026-11-25".into()),
        },
    )
    .unwrap()
    .id;
    let j = open_org(&c, OpenOrgReq { org_id: id }).unwrap();
    assert_eq!(j.round.number, 2);
    assert!(j.previous_round.is_some());
    assert_eq!(j.selfcheck.answered, 15);
    assert!(j.progress.directions.done > 0);
    assert!(j.progress.maturity.done > 0);
    assert!(!j.overdue_actions.is_empty());
    assert!(!j.partners.is_empty());
    assert!(j.incident_card.contains_key("contractor"));
    assert_eq!(j.stars, 0);
    assert!(j.next_actions.len() <= 5);
}

#[test]
fn bad_ids_are_clear_errors() {
    let c = ctx();
    let e = open_org(
        &c,
        OpenOrgReq {
            org_id: "nope".into(),
        },
    )
    .unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidInput);
    let e = open_org(
        &c,
        OpenOrgReq {
            org_id: "6d616d6f-7269-4000-8000-000000009999".into(),
        },
    )
    .unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
    let j = new_org(&c);
    let e = save_selfcheck_answer(
        &c,
        SaveSelfcheckAnswerReq {
            round_id: j.round.id.clone(),
            question: 26,
            answer: SelfCheckAnswer::Done,
            note: None,
        },
    )
    .unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidInput);
    // A document kind outside the closed set cannot even be sent.
    let bad = serde_json::json!({ "orgId": j.org.id, "kind": "contract", "fields": {} });
    assert!(serde_json::from_value::<SaveDocumentReq>(bad).is_err());
}
