//! Export and import of organization bundles: byte-identical round trips, conflicts, and bad
//! files that change nothing.

use std::collections::BTreeMap;

use mamori_store::{
    ContentIds, DEMO_ORG_ID, Error, ExportMeta, OrgInput, Store, Timestamp, Uuid, parse_bundle,
};
use serde_json::{Value, json};
use time::macros::date;

fn meta() -> ExportMeta {
    ExportMeta {
        app_version: "0.1.0".into(),
        exported_at: Timestamp::parse("2025-06-01T03:00:00.000Z").unwrap(),
        content_versions: BTreeMap::from([("ipa-sme".to_owned(), "3.1".to_owned())]),
    }
}

fn demo_store() -> Store {
    let mut s = Store::open_in_memory().unwrap();
    s.create_demo(date!(2025 - 06 - 01)).unwrap();
    s
}

fn demo_bundle() -> String {
    demo_store().export_org(DEMO_ORG_ID, &meta()).unwrap()
}

/// Everything a failed import must leave as it was: every organization's export and the log.
fn snapshot(s: &Store) -> (Vec<String>, usize) {
    let orgs = s
        .orgs()
        .unwrap()
        .into_iter()
        .map(|o| s.export_org(o.id, &meta()).unwrap())
        .collect();
    (orgs, s.events(None, 100_000).unwrap().len())
}

#[test]
fn export_import_export_is_byte_identical() {
    let first = demo_bundle();
    let mut empty = Store::open_in_memory().unwrap();
    let outcome = empty
        .import_org(first.as_bytes(), &ContentIds::builtin(), false)
        .unwrap();
    assert_eq!(outcome.org_id, DEMO_ORG_ID);
    assert_eq!(outcome.name, "株式会社ミナト精工");
    assert!(!outcome.replaced);
    let second = empty.export_org(DEMO_ORG_ID, &meta()).unwrap();
    assert_eq!(first, second);
    assert_eq!(
        empty.org_data(DEMO_ORG_ID).unwrap(),
        demo_store().org_data(DEMO_ORG_ID).unwrap()
    );

    let v: Value = serde_json::from_str(&first).unwrap();
    assert_eq!(v["format"], "mamori-org-bundle");
    assert_eq!(v["formatVersion"], 1);
    assert_eq!(v["schemaVersion"], mamori_store::migrate::LATEST);
    assert_eq!(v["exportedAt"], "2025-06-01T03:00:00.000Z");
    assert_eq!(v["organization"]["id"], DEMO_ORG_ID.to_string());
    assert_eq!(v["rounds"].as_array().unwrap().len(), 2);
    // Absent values are written as null, so every bundle has every field.
    assert!(v["organization"]["archivedAt"].is_null());
}

#[test]
fn a_file_exported_from_a_fresh_org_round_trips_too() {
    let mut s = Store::open_in_memory().unwrap();
    let org = s
        .create_org(&OrgInput {
            name: "Empty Co.".into(),
            ..OrgInput::default()
        })
        .unwrap();
    let b = s.export_org(org.id, &meta()).unwrap();
    let mut t = Store::open_in_memory().unwrap();
    t.import_org(b.as_bytes(), &ContentIds::builtin(), false)
        .unwrap();
    assert_eq!(t.export_org(org.id, &meta()).unwrap(), b);
}

#[test]
fn an_existing_org_is_a_conflict_unless_replaced() {
    let bundle = demo_bundle();
    let mut s = demo_store();
    let before = snapshot(&s);
    match s.import_org(bundle.as_bytes(), &ContentIds::builtin(), false) {
        Err(Error::Conflict { entity, id }) => {
            assert_eq!(entity, "organization");
            assert_eq!(id, DEMO_ORG_ID.to_string());
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(snapshot(&s), before);

    let mut v: Value = serde_json::from_str(&bundle).unwrap();
    v["organization"]["name"] = json!("株式会社ミナト精工（取引先から受領）");
    v["partners"].as_array_mut().unwrap().pop();
    let changed = serde_json::to_string(&v).unwrap();
    let outcome = s
        .import_org(changed.as_bytes(), &ContentIds::builtin(), true)
        .unwrap();
    assert!(outcome.replaced);
    let data = s.org_data(DEMO_ORG_ID).unwrap();
    assert_eq!(
        data.organization.name,
        "株式会社ミナト精工（取引先から受領）"
    );
    assert_eq!(data.partners.len(), 2);
    assert_eq!(s.orgs().unwrap().len(), 1);
}

#[test]
fn ids_used_by_another_organization_are_a_conflict() {
    let bundle = demo_bundle();
    let mut s = demo_store();
    // The same rounds under a different organization id.
    let mut v: Value = serde_json::from_str(&bundle).unwrap();
    v["organization"]["id"] = json!(Uuid::new_v4().to_string());
    let before = snapshot(&s);
    let err = s
        .import_org(
            serde_json::to_string(&v).unwrap().as_bytes(),
            &ContentIds::builtin(),
            true,
        )
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Conflict {
                entity: "assessment round",
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(snapshot(&s), before);
}

/// An edit of a good bundle, the field path the error must name, and the problem kind.
type Case = (Box<dyn Fn(&mut Value)>, &'static str, &'static str);

fn set(path: &str, value: Value) -> impl Fn(&mut Value) {
    let path = path.to_owned();
    move |v: &mut Value| *v.pointer_mut(&path).unwrap() = value.clone()
}

#[test]
fn bad_bundles_name_the_field_and_change_nothing() {
    let good = demo_bundle();
    let base: Value = serde_json::from_str(&good).unwrap();
    let other_round = Uuid::new_v4().to_string();
    let cases: Vec<Case> = vec![
        (
            Box::new(set("/format", json!("something-else"))),
            "format",
            "not-a-bundle",
        ),
        (
            Box::new(set("/formatVersion", json!(2))),
            "formatVersion",
            "unsupported",
        ),
        (
            Box::new(set("/schemaVersion", json!(99))),
            "schemaVersion",
            "unsupported",
        ),
        (
            Box::new(set("/schemaVersion", json!("2"))),
            "schemaVersion",
            "wrong-type",
        ),
        (
            Box::new(set("/organization/name", json!(5))),
            "organization.name",
            "wrong-type",
        ),
        (
            Box::new(set("/organization/name", json!(" "))),
            "organization.name",
            "empty",
        ),
        (
            Box::new(|v: &mut Value| {
                v["organization"].as_object_mut().unwrap().remove("name");
            }),
            "organization.name",
            "missing",
        ),
        (
            Box::new(|v: &mut Value| v["rounds"][0]["colour"] = json!("red")),
            "rounds[0].colour",
            "unknown-field",
        ),
        (
            Box::new(set("/organization/id", json!("not-a-uuid"))),
            "organization.id",
            "bad-id",
        ),
        (
            Box::new(|v: &mut Value| v["documents"][0]["fields"]["colour"] = json!("red")),
            "documents[0].fields.colour",
            "unknown-field",
        ),
        (
            Box::new(|v: &mut Value| {
                let d = v["documents"][0].clone();
                v["documents"].as_array_mut().unwrap().push(d);
            }),
            "documents[2].kind",
            "duplicate",
        ),
        (
            Box::new(set("/documents/1/kind", json!("contract"))),
            "documents[1].kind",
            "unknown-value",
        ),
        (
            Box::new(set("/organization/employeeBand", json!("26-49"))),
            "organization.employeeBand",
            "unknown-value",
        ),
        (
            Box::new(set("/organization/createdAt", json!("2024-01-01"))),
            "organization.createdAt",
            "bad-date",
        ),
        (
            Box::new(set("/rounds/1/selfcheck/0/answer", json!("maybe"))),
            "rounds[1].selfcheck[0].answer",
            "unknown-value",
        ),
        (
            Box::new(set("/rounds/1/selfcheck/0/question", json!(26))),
            "rounds[1].selfcheck[0].question",
            "unknown-content-id",
        ),
        (
            Box::new(set("/rounds/1/selfcheck/0/question", json!(-1))),
            "rounds[1].selfcheck[0].question",
            "wrong-type",
        ),
        (
            Box::new(set("/rounds/1/selfcheck/0/question", json!(1.5))),
            "rounds[1].selfcheck[0].question",
            "wrong-type",
        ),
        (
            Box::new(set("/rounds/1/selfcheck/1/question", json!(1))),
            "rounds[1].selfcheck[1].question",
            "duplicate",
        ),
        (
            Box::new(set("/rounds/1/maturity/0/questionId", json!("d11-q1"))),
            "rounds[1].maturity[0].questionId",
            "unknown-content-id",
        ),
        (
            Box::new(set("/rounds/1/steps/0/stepId", json!("csm/d0/s1"))),
            "rounds[1].steps[0].stepId",
            "unknown-content-id",
        ),
        (
            Box::new(set("/rounds/1/steps/0/owner", json!("長".repeat(201)))),
            "rounds[1].steps[0].owner",
            "too-long",
        ),
        (
            Box::new(set("/rounds/0/closedAt", Value::Null)),
            "rounds[1].closedAt",
            "second-open-round",
        ),
        (
            Box::new(set("/rounds/0/closedAt", json!("2001-01-01T00:00:00.000Z"))),
            "rounds[0].closedAt",
            "closed-before-started",
        ),
        (
            Box::new(set("/actions/0/dueDate", json!("2101-01-01"))),
            "actions[0].dueDate",
            "bad-date",
        ),
        (
            Box::new(set("/actions/0/dueDate", json!("1999-12-31"))),
            "actions[0].dueDate",
            "bad-date",
        ),
        (
            Box::new(set("/actions/0/dueDate", json!("2025-02-30"))),
            "actions[0].dueDate",
            "bad-date",
        ),
        (
            Box::new(|v: &mut Value| v["actions"][1]["id"] = v["actions"][0]["id"].clone()),
            "actions[1].id",
            "duplicate",
        ),
        (
            Box::new(|v: &mut Value| v["actions"][1]["id"] = v["rounds"][0]["id"].clone()),
            "actions[1].id",
            "duplicate",
        ),
        (
            Box::new(set("/actions/1/roundId", json!(other_round))),
            "actions[1].roundId",
            "bad-reference",
        ),
        (
            Box::new(set("/actions/2/refId", json!("selfcheck/99"))),
            "actions[2].refId",
            "unknown-content-id",
        ),
        (
            Box::new(set("/actions/2/refId", Value::Null)),
            "actions[2].refId",
            "missing",
        ),
        (
            Box::new(set("/partners/0/note", json!("x".repeat(10_001)))),
            "partners[0].note",
            "too-long",
        ),
        (
            Box::new(set("/partners/0/relation", json!("friend"))),
            "partners[0].relation",
            "unknown-value",
        ),
        // Control characters: names, titles and one-line fields refuse them all; notes keep
        // line breaks and tabs only.
        (
            Box::new(set("/organization/name", json!("ミナト\t精工"))),
            "organization.name",
            "control-char",
        ),
        (
            Box::new(set("/actions/0/title", json!("Back up\u{1}"))),
            "actions[0].title",
            "control-char",
        ),
        (
            Box::new(|v: &mut Value| v["documents"][1]["fields"]["company"] = json!("A\nB")),
            "documents[1].fields.company",
            "control-char",
        ),
        (
            Box::new(set("/partners/0/note", json!("line 1\nline 2\u{7}"))),
            "partners[0].note",
            "control-char",
        ),
        (Box::new(set("/rounds", json!({}))), "rounds", "wrong-type"),
        (
            Box::new(|v: &mut Value| *v = json!([1, 2])),
            "",
            "not-a-bundle",
        ),
    ];

    let mut s = Store::open_in_memory().unwrap();
    s.create_org(&OrgInput {
        name: "既存の会社".into(),
        ..OrgInput::default()
    })
    .unwrap();
    let before = snapshot(&s);
    for (edit, field, kind) in &cases {
        let mut v = base.clone();
        edit(&mut v);
        let bytes = serde_json::to_vec_pretty(&v).unwrap();
        match s.import_org(&bytes, &ContentIds::builtin(), true) {
            Err(Error::BadBundle { field: f, problem }) => {
                assert_eq!((f.as_str(), problem.kind()), (*field, *kind), "{problem}");
            }
            other => panic!("{field}: expected {kind}, got {other:?}"),
        }
        assert_eq!(snapshot(&s), before, "{field} changed the database");
    }
}

#[test]
fn notes_keep_line_breaks_and_tabs_through_an_import() {
    let mut v: Value = serde_json::from_str(&demo_bundle()).unwrap();
    assert_eq!(v["documents"][0]["kind"], "incident-card");
    let note = "1.\tCall the IT company\r\n2.\tUnplug the LAN cable";
    v["partners"][0]["note"] = json!(note);
    v["documents"][0]["fields"]["notes"] = json!(note);
    let mut s = Store::open_in_memory().unwrap();
    s.import_org(
        &serde_json::to_vec(&v).unwrap(),
        &ContentIds::builtin(),
        false,
    )
    .unwrap();
    let data = s.org_data(DEMO_ORG_ID).unwrap();
    assert!(
        data.partners
            .iter()
            .any(|p| p.input.note.as_deref() == Some(note))
    );
    assert!(
        data.documents
            .iter()
            .any(|d| d.fields.get("notes").map(String::as_str) == Some(note))
    );
}

#[test]
fn broken_files_are_refused_as_such() {
    let good = demo_bundle();
    let content = ContentIds::builtin();
    let kind = |bytes: &[u8]| match parse_bundle(bytes, &content) {
        Err(Error::BadBundle { field, problem }) => (field, problem.kind()),
        other => panic!("{other:?}"),
    };
    assert_eq!(kind(b""), (String::new(), "syntax"));
    assert_eq!(
        kind(&good.as_bytes()[..good.len() / 2]),
        (String::new(), "syntax")
    );
    assert_eq!(kind(b"\xff\xfe{}"), (String::new(), "syntax"));
    assert_eq!(kind(b"PK\x03\x04 a zip file"), (String::new(), "syntax"));
    assert_eq!(kind(b"null"), (String::new(), "not-a-bundle"));
    let mut huge = good.clone().into_bytes();
    huge.resize(mamori_store::BUNDLE_MAX_BYTES + 1, b' ');
    assert_eq!(kind(&huge), (String::new(), "too-large"));
    // Exactly at the limit is fine.
    huge.truncate(mamori_store::BUNDLE_MAX_BYTES);
    assert!(parse_bundle(&huge, &content).is_ok());
}

#[test]
fn step_ids_can_be_limited_to_the_loaded_content() {
    let good = demo_bundle();
    let only_d1 = ContentIds {
        steps: Some(
            ["csm/d1/s1", "csm/d1/s2", "csm/d1/s3"]
                .map(str::to_owned)
                .into(),
        ),
        ..ContentIds::builtin()
    };
    match parse_bundle(good.as_bytes(), &only_d1) {
        Err(Error::BadBundle { field, problem }) => {
            assert_eq!(field, "rounds[1].steps[3].stepId");
            assert_eq!(problem.kind(), "unknown-content-id");
        }
        other => panic!("{other:?}"),
    }
}

/// A cheap stand-in for the fuzz target (crates/store/fuzz): thousands of mutated bundles must
/// each be accepted or refused with a bundle error, never panic.
#[test]
fn mutated_bundles_never_panic() {
    let good = demo_bundle().into_bytes();
    let content = ContentIds::builtin();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let specials: &[&[u8]] = &[
        b"\"",
        b"{",
        b"}",
        b"[",
        b"]",
        b",",
        b":",
        b"null",
        b"-1",
        b"1e999",
        b"\\u0000",
        "長".as_bytes(),
        b"\xff",
    ];
    let (mut ok, mut refused) = (0, 0);
    for _ in 0..3000 {
        let mut b = good.clone();
        for _ in 0..1 + next() % 4 {
            let at = (next() as usize) % b.len();
            match next() % 4 {
                0 => b[at] = next() as u8,
                1 => {
                    b.truncate(at);
                }
                2 => {
                    let s = specials[(next() as usize) % specials.len()];
                    b.splice(at..at, s.iter().copied());
                }
                _ => {
                    let end = (at + 1 + (next() as usize) % 64).min(b.len());
                    b.drain(at..end);
                }
            }
            if b.is_empty() {
                break;
            }
        }
        match parse_bundle(&b, &content) {
            Ok(_) => ok += 1,
            Err(Error::BadBundle { .. }) => refused += 1,
            Err(e) => panic!("not a bundle error: {e:?}"),
        }
    }
    assert!(refused > 2000, "ok {ok}, refused {refused}");
}
