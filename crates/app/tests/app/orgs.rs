use mamori_app::commands::{create_demo, create_org, export_org, import_org, list_orgs};
use mamori_app::dto::{
    CreateDemoReq, CreateOrgReq, EmployeeBand, ExportOrgReq, ImportOrgReq, ListOrgsReq,
};
use mamori_app::{AppCtx, ErrorCode};
use mamori_core::Locale;

fn ctx() -> AppCtx {
    AppCtx::in_memory(None).unwrap()
}

fn today() -> Option<String> {
    Some("2025-06-01".into())
}

#[test]
fn created_organizations_appear_in_the_list() {
    let ctx = ctx();
    let org = create_org(
        &ctx,
        CreateOrgReq {
            name: "  株式会社ミナト精工 ".into(),
            name_reading: Some("みなとせいこう".into()),
            employee_band: Some(EmployeeBand::From21To50),
            notes: Some("   ".into()),
            ..CreateOrgReq::default()
        },
    )
    .unwrap();
    assert_eq!(org.name, "株式会社ミナト精工", "trimmed");
    assert_eq!(org.notes, None, "blank becomes absent");
    let list = list_orgs(&ctx, ListOrgsReq::default()).unwrap();
    assert_eq!(list.orgs.len(), 1);
    assert_eq!(list.orgs[0].id, org.id);
    assert!(list.orgs[0].latest_round.is_none());
    let json = serde_json::to_value(&list).unwrap();
    let keys: Vec<&String> = json["orgs"][0].as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "archived",
            "id",
            "lastActivity",
            "latestRound",
            "name",
            "nameReading",
            "openActions",
            "overdueActions",
            "selfcheckAnswered",
            "selfcheckBand",
            "selfcheckDontKnow",
            "selfcheckScore",
            "stage",
            "stars",
        ]
    );
    assert_eq!(serde_json::to_value(&org).unwrap()["employeeBand"], "21-50");
}

#[test]
fn a_blank_name_is_refused_with_the_field_label() {
    let ctx = ctx();
    let e = create_org(
        &ctx,
        CreateOrgReq {
            name: " ".into(),
            ..CreateOrgReq::default()
        },
    )
    .unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidInput);
    assert_eq!(e.args["field"], "name");
    let ja = e.localized(ctx.localizer(), Locale::Ja);
    assert_eq!(ja, "「名称」を確認してください：入力が必要です。");
    let en = e.localized(ctx.localizer(), Locale::En);
    assert_eq!(en, "Please check “Name”: it must not be empty.");
    let e = list_orgs(
        &ctx,
        ListOrgsReq {
            today: Some("2025-13-01".into()),
            ..ListOrgsReq::default()
        },
    )
    .unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidInput);
}

#[test]
fn the_demo_shows_in_the_portfolio_and_resets() {
    let ctx = ctx();
    let id = create_demo(&ctx, CreateDemoReq { today: today() })
        .unwrap()
        .id;
    assert_eq!(
        create_demo(&ctx, CreateDemoReq { today: today() })
            .unwrap()
            .id,
        id
    );
    let list = list_orgs(
        &ctx,
        ListOrgsReq {
            today: today(),
            ..ListOrgsReq::default()
        },
    )
    .unwrap();
    assert_eq!(list.orgs.len(), 1);
    let demo = &list.orgs[0];
    assert_eq!(demo.name, "株式会社ミナト精工");
    assert_eq!(demo.selfcheck_answered, 15);
    assert_eq!(demo.selfcheck_score, 28);
    assert_eq!(demo.selfcheck_dont_know, 2);
    assert_eq!(demo.overdue_actions, 3);
    // The demo has not finished the five basics, has no complete self-check and no band.
    assert_eq!((demo.stage.as_str(), demo.stars), ("basics", 0));
    assert_eq!(demo.selfcheck_band, None);
    assert!(demo.latest_round.as_ref().unwrap().closed_at.is_none());
}

#[test]
fn export_then_import_elsewhere_keeps_ids_and_conflicts_are_explained() {
    let a = ctx();
    let id = create_demo(&a, CreateDemoReq { today: today() })
        .unwrap()
        .id;
    let exported = export_org(&a, ExportOrgReq { org_id: id.clone() }).unwrap();
    assert!(exported.file_name.starts_with("mamori-株式会社ミナト精工-"));
    assert!(exported.file_name.ends_with(".json"));

    let b = ctx();
    let res = import_org(
        &b,
        ImportOrgReq {
            bundle: exported.bundle.clone(),
            replace: false,
        },
    )
    .unwrap();
    assert_eq!((res.id.as_str(), res.replaced), (id.as_str(), false));
    let again = export_org(&b, ExportOrgReq { org_id: id.clone() }).unwrap();
    // Only the export time may differ.
    let strip = |s: &str| {
        let mut v: serde_json::Value = serde_json::from_str(s).unwrap();
        v["exportedAt"] = serde_json::Value::Null;
        v
    };
    assert_eq!(strip(&again.bundle), strip(&exported.bundle));

    let e = import_org(
        &b,
        ImportOrgReq {
            bundle: exported.bundle.clone(),
            replace: false,
        },
    )
    .unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict);
    assert_eq!(e.args["entity"], "organization");
    assert!(e.localized(b.localizer(), Locale::Ja).contains("置き換え"));
    let res = import_org(
        &b,
        ImportOrgReq {
            bundle: exported.bundle,
            replace: true,
        },
    )
    .unwrap();
    assert!(res.replaced);
}

#[test]
fn bad_files_and_ids_give_clear_errors() {
    let ctx = ctx();
    let e = import_org(
        &ctx,
        ImportOrgReq {
            bundle: "{\"format\": \"mamori-org-bundle\", \"formatVersion\": 1".into(),
            replace: false,
        },
    )
    .unwrap_err();
    assert_eq!(e.code, ErrorCode::BadBundle);
    assert_eq!(e.args["problem"], "syntax");
    let en = e.localized(ctx.localizer(), Locale::En);
    assert!(en.contains("cut off") && en.contains("line 1"), "{en}");

    let e = export_org(
        &ctx,
        ExportOrgReq {
            org_id: "nope".into(),
        },
    )
    .unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidInput);
    assert!(e.localized(ctx.localizer(), Locale::Ja).contains("組織ID"));
    let e = export_org(
        &ctx,
        ExportOrgReq {
            org_id: "6d616d6f-7269-4000-8000-000000000099".into(),
        },
    )
    .unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
    assert!(
        list_orgs(&ctx, ListOrgsReq::default())
            .unwrap()
            .orgs
            .is_empty()
    );
}

#[test]
fn exports_name_the_content_editions_and_imports_check_ids_against_the_content() {
    let a = ctx();
    let id = create_demo(&a, CreateDemoReq { today: today() })
        .unwrap()
        .id;
    let exported = export_org(&a, ExportOrgReq { org_id: id }).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&exported.bundle).unwrap();
    assert_eq!(v["contentVersions"]["meti-csm"], "3.0");
    assert_eq!(v["contentVersions"]["ipa-sme"], "3.1");
    assert_eq!(v["contentVersions"]["mamori-maturity"], "1.0");

    // A step the content does not have (direction 1 has fewer than 9 steps) is refused, though
    // its shape is valid.
    let step = v["rounds"][0]["steps"][0]["stepId"].clone();
    assert!(step.as_str().unwrap().starts_with("csm/d"), "{step}");
    v["rounds"][0]["steps"][0]["stepId"] = "csm/d1/s9".into();
    let e = import_org(
        &ctx(),
        ImportOrgReq {
            bundle: v.to_string(),
            replace: false,
        },
    )
    .unwrap_err();
    assert_eq!(e.code, ErrorCode::BadBundle, "{e:?}");
}

#[test]
fn content_ids_cover_every_step_of_the_directions_and_the_basics() {
    let packs = mamori_core::ContentPacks::load().unwrap();
    let ids = mamori_app::content_ids(&packs);
    assert_eq!(ids.selfcheck_questions.len(), 25);
    assert_eq!(ids.maturity_questions.len(), 40);
    assert!(ids.has_step("csm/d1/s1"));
    assert!(ids.has_step("sme/b1/s1"));
    assert!(!ids.has_step("csm/d11/s1"));
    let steps = ids.steps.as_ref().unwrap();
    let csm: usize = packs.csm.directions.iter().map(|d| d.steps.len()).sum();
    let sme: usize = packs.sme.basics.iter().map(|b| b.steps.len()).sum();
    assert_eq!(steps.len(), csm + sme);
}
