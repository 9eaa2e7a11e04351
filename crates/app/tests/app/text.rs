//! Control characters: names, titles and one-line fields refuse them with a localized error
//! that says what to do, and nothing changes; notes keep line breaks and tabs.

use mamori_app::commands::{
    create_org, get_branding, import_org, list_orgs, open_org, save_action, save_document,
    save_partner, save_step, set_branding, update_org,
};
use mamori_app::dto::{ListOrgsReq, NoReq};
use mamori_app::{AppCtx, AppError, ErrorCode};
use mamori_core::Locale;
use serde_json::{Value, json};

use crate::support::demo;

/// A request from its JSON, as the UI sends it.
fn req<T: serde::de::DeserializeOwned>(v: Value) -> T {
    serde_json::from_value(v).unwrap()
}

/// The error names the field and the character, and reads as a sentence with a next step in
/// both languages.
fn assert_control_char(ctx: &AppCtx, e: &AppError, field: &str, code_point: &str) {
    assert_eq!(e.code, ErrorCode::InvalidInput, "{e:?}");
    assert_eq!(e.message_id, "error-invalid-field");
    assert_eq!(e.args["problem"], "control-char");
    assert_eq!(e.args["field"], field);
    assert_eq!(e.args["value"], code_point);
    let en = e.localized(ctx.localizer(), Locale::En);
    assert!(en.contains(code_point) && en.contains("Delete it"), "{en}");
    let ja = e.localized(ctx.localizer(), Locale::Ja);
    assert!(ja.contains(code_point) && ja.contains("制御文字"), "{ja}");
}

#[test]
fn names_titles_and_one_line_fields_refuse_control_characters() {
    let ctx = AppCtx::in_memory(None).unwrap();
    // The case from the review: a tab and U+0001 stored as an organization name.
    let e = create_org(&ctx, req(json!({ "name": "Minato\tSeiko\u{1}" }))).unwrap_err();
    assert_control_char(&ctx, &e, "name", "U+0009");
    assert!(
        list_orgs(&ctx, ListOrgsReq::default())
            .unwrap()
            .orgs
            .is_empty()
    );

    let org = demo(&ctx);
    let before = open_org(&ctx, req(json!({ "orgId": org }))).unwrap();
    let round = before.round.id.clone();
    let cases: Vec<(Result<_, AppError>, &str, &str)> = vec![
        (
            update_org(
                &ctx,
                req(json!({ "orgId": org, "name": "Minato", "contactPerson": "Sato\u{7}" })),
            ),
            "contactPerson",
            "U+0007",
        ),
        (
            save_action(
                &ctx,
                req(json!({ "orgId": org, "title": "Back up\u{1b}[31m", "status": "open" })),
            ),
            "title",
            "U+001B",
        ),
        (
            save_step(
                &ctx,
                req(json!({
                    "roundId": round, "stepId": "csm/d1/s1", "status": "doing",
                    "owner": "Sato\nTaro"
                })),
            ),
            "owner",
            "U+000A",
        ),
        (
            save_partner(
                &ctx,
                req(json!({
                    "orgId": org, "name": "IT\u{85}Co", "relation": "it-vendor",
                    "securityActionLevel": "unknown", "contractHasSecurityClause": "unknown"
                })),
            ),
            "name",
            "U+0085",
        ),
        (
            save_document(
                &ctx,
                req(json!({
                    "orgId": org, "kind": "policy",
                    "fields": { "company": "Minato\r\nSeiko" }
                })),
            ),
            "fields.company",
            "U+000D",
        ),
        (
            save_step(
                &ctx,
                req(json!({
                    "roundId": round, "stepId": "csm/d1/s1", "status": "doing",
                    "note": "line 1\nline 2\u{0}"
                })),
            ),
            "note",
            "U+0000",
        ),
    ];
    for (result, field, code_point) in cases {
        let e = result.expect_err(field);
        assert_control_char(&ctx, &e, field, code_point);
    }
    let after = open_org(&ctx, req(json!({ "orgId": org }))).unwrap();
    assert_eq!(
        serde_json::to_value(&after).unwrap(),
        serde_json::to_value(&before).unwrap(),
        "a refused edit changed the organization"
    );

    let e = set_branding(&ctx, req(json!({ "contractorName": "Sato IT\u{8}" }))).unwrap_err();
    assert_control_char(&ctx, &e, "contractorName", "U+0008");
    assert_eq!(get_branding(&ctx, NoReq {}).unwrap().contractor_name, None);
}

#[test]
fn notes_keep_line_breaks_and_tabs() {
    let ctx = AppCtx::in_memory(None).unwrap();
    let org = demo(&ctx);
    let round = open_org(&ctx, req(json!({ "orgId": org })))
        .unwrap()
        .round
        .id;
    let note = "1.\tCall the IT company\n2.\tUnplug the LAN cable";
    let j = save_step(
        &ctx,
        req(json!({
            "roundId": round, "stepId": "csm/d1/s1", "status": "doing", "note": note
        })),
    )
    .unwrap();
    assert_eq!(j.steps["csm/d1/s1"].note.as_deref(), Some(note));
    let j = save_document(
        &ctx,
        req(json!({ "orgId": org, "kind": "incident-card", "fields": { "notes": note } })),
    )
    .unwrap();
    assert_eq!(j.incident_card["notes"], note);
}

#[test]
fn an_imported_client_file_follows_the_same_rule() {
    let ctx = AppCtx::in_memory(None).unwrap();
    let org = demo(&ctx);
    let bundle = mamori_app::commands::export_org(&ctx, req(json!({ "orgId": org })))
        .unwrap()
        .bundle;
    let mut v: Value = serde_json::from_str(&bundle).unwrap();
    v["organization"]["name"] = json!("Minato\tSeiko");
    let e = import_org(
        &ctx,
        req(json!({ "bundle": v.to_string(), "replace": true })),
    )
    .unwrap_err();
    assert_eq!(e.code, ErrorCode::BadBundle);
    assert_eq!(
        (
            e.args["problem"].as_str(),
            e.args["field"].as_str(),
            e.args["value"].as_str()
        ),
        ("control-char", "organization.name", "U+0009")
    );
    for locale in Locale::ALL {
        let msg = e.localized(ctx.localizer(), locale);
        assert!(
            msg.contains("U+0009") && msg.contains("organization.name"),
            "{msg}"
        );
    }
    let orgs = list_orgs(&ctx, ListOrgsReq::default()).unwrap().orgs;
    assert_eq!(orgs.len(), 1);
    assert_ne!(orgs[0].name, "Minato\tSeiko");
}

#[test]
fn an_attendee_file_follows_the_same_rule() {
    use mamori_core::scoring::SelfCheckAnswer;
    use mamori_core::seminar::{AttendeeAnswers, write_attendee};
    let packs = mamori_core::ContentPacks::embedded().unwrap();
    let answers = AttendeeAnswers {
        selfcheck: (1..=25).map(|q| (q, SelfCheckAnswer::Done)).collect(),
        maturity: Default::default(),
    };
    let mut v: Value = serde_json::from_str(&write_attendee(packs, &answers)).unwrap();
    v["selfcheck"]["3"] = json!("done\u{1}");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("attendee.json");
    std::fs::write(&path, v.to_string()).unwrap();
    let (ok, skipped) = mamori_app::commands::read_attendee_files(packs, &[path]);
    assert!(ok.is_empty());
    assert_eq!(skipped[0].message_id, "seminar-skip-control-char");
    assert_eq!(skipped[0].args["value"], "U+0001");
    let ctx = AppCtx::in_memory(None).unwrap();
    for locale in Locale::ALL {
        let args: Vec<(&str, mamori_i18n::Arg)> = vec![("value", "U+0001".into())];
        let msg = ctx
            .localizer()
            .format(locale, "seminar-skip-control-char", &args);
        assert!(msg.contains("U+0001"), "{msg}");
    }
}
