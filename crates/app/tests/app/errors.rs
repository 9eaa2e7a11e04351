use mamori_app::{AppError, ErrorCode};
use mamori_core::Locale;
use mamori_i18n::{Catalog, Localizer};

/// The wire shape the UI relies on. Changing it breaks `ui/src/lib/errors.ts`.
#[test]
fn error_json_shape_is_pinned() {
    let e = AppError::new(
        ErrorCode::DbNewer,
        "database schema version 9 is newer than 2",
    )
    .arg("found", "9")
    .arg("supported", "2");
    let json = serde_json::to_value(&e).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "code": "db-newer",
            "messageId": "error-db-newer",
            "args": {"found": "9", "supported": "2"},
            "detail": "database schema version 9 is newer than 2"
        })
    );
    let back: AppError = serde_json::from_value(json).unwrap();
    assert_eq!(back, e);
}

#[test]
fn every_error_code_has_a_message_in_every_locale_with_its_arguments() {
    let l = Localizer::new().unwrap();
    let cat = Catalog::load().unwrap();
    for code in ErrorCode::ALL {
        let id = code.message_id();
        for locale in Locale::ALL {
            assert!(l.has(locale, &id), "{id} missing in {locale}");
            assert_eq!(
                cat.messages[&locale][&id].file, "errors.ftl",
                "{id} belongs in errors.ftl"
            );
        }
    }
    // Each code's arguments, as the store-error conversion fills them, are used by its message.
    let cases: [(ErrorCode, &[&str]); 3] = [
        (ErrorCode::DbNewer, &["found", "supported"]),
        (ErrorCode::DbCorrupt, &["path"]),
        (ErrorCode::DbReadonly, &["path"]),
    ];
    for (code, args) in cases {
        let vars = &cat.messages[&Locale::En][&code.message_id()].variables;
        for a in args {
            assert!(vars.contains(*a), "{} does not use ${a}", code.message_id());
        }
    }
}

#[test]
fn store_errors_map_to_codes() {
    let e: AppError = mamori_store::Error::NewerSchema {
        found: 7,
        supported: 1,
    }
    .into();
    assert_eq!(e.code, ErrorCode::DbNewer);
    assert_eq!(e.args["found"], "7");
    let e: AppError = mamori_store::Error::DiskFull { path: "x".into() }.into();
    assert_eq!(e.code, ErrorCode::DiskFull);
    let e: AppError = mamori_store::Error::ReadOnly { path: "/ro".into() }.into();
    assert_eq!(
        (e.code, e.args["path"].as_str()),
        (ErrorCode::DbReadonly, "/ro")
    );
}

fn every_problem() -> Vec<mamori_store::Problem> {
    use mamori_store::Problem as P;
    vec![
        P::Syntax { line: 3, column: 7 },
        P::TooLarge {
            max_bytes: mamori_store::BUNDLE_MAX_BYTES,
        },
        P::NotABundle,
        P::Unsupported { found: 2 },
        P::Missing,
        P::UnknownField,
        P::WrongType {
            detail: "invalid type: string, expected u32".into(),
        },
        P::UnknownValue {
            value: "maybe".into(),
        },
        P::UnknownContentId {
            value: "d11-q1".into(),
        },
        P::Duplicate { value: "7".into() },
        P::BadDate {
            value: "2101-01-01".into(),
        },
        P::TooLong { max_chars: 10_000 },
        P::Empty,
        P::ControlChar {
            value: "U+0009".into(),
        },
        P::BadId {
            value: "nope".into(),
        },
        P::BadReference {
            value: "6d616d6f-7269-4000-8000-000000000011".into(),
        },
        P::SecondOpenRound,
        P::ClosedBeforeStarted,
    ]
}

/// Each kind of problem in an imported file has its own sentence in every language, with every
/// value filled in (Fluent shows a missing variable as `{$name}`).
#[test]
fn every_bundle_problem_has_its_own_sentence() {
    let l = Localizer::new().unwrap();
    for locale in Locale::ALL {
        let mut seen = std::collections::BTreeSet::new();
        for problem in every_problem() {
            let e: AppError = mamori_store::Error::BadBundle {
                field: "rounds[1].selfcheck[0].answer".into(),
                problem,
            }
            .into();
            assert_eq!(e.code, ErrorCode::BadBundle);
            assert_eq!(e.message_id, "error-bad-bundle");
            let msg = e.localized(&l, locale);
            assert!(!msg.contains("{$") && !msg.contains("{ $"), "{msg}");
            assert!(
                seen.insert(msg.clone()),
                "{locale}: a second problem reads {msg}"
            );
        }
    }
    let e: AppError = mamori_store::Error::BadBundle {
        field: "rounds[1].selfcheck[0].answer".into(),
        problem: mamori_store::Problem::UnknownValue {
            value: "maybe".into(),
        },
    }
    .into();
    assert_eq!(
        serde_json::to_value(&e).unwrap()["args"],
        serde_json::json!({
            "field": "rounds[1].selfcheck[0].answer",
            "problem": "unknown-value",
            "value": "maybe"
        })
    );
    let ja = e.localized(&l, Locale::Ja);
    assert!(
        ja.contains("rounds[1].selfcheck[0].answer") && ja.contains("maybe"),
        "{ja}"
    );
}

#[test]
fn conflicts_and_invalid_fields_read_well_in_both_languages() {
    let l = Localizer::new().unwrap();
    let conflict: AppError = mamori_store::Error::Conflict {
        entity: "organization",
        id: "6d616d6f-7269-4000-8000-000000000001".into(),
    }
    .into();
    assert_eq!(conflict.code, ErrorCode::Conflict);
    let ja = conflict.localized(&l, Locale::Ja);
    assert!(ja.contains("すでに") && ja.contains("6d616d6f"), "{ja}");
    let en = conflict.localized(&l, Locale::En);
    assert!(en.contains("replace"), "{en}");

    let invalid: AppError = mamori_store::Error::Invalid {
        field: "name".into(),
        problem: mamori_store::Problem::TooLong { max_chars: 200 },
    }
    .into();
    assert_eq!(invalid.code, ErrorCode::InvalidInput);
    assert_eq!(invalid.message_id, "error-invalid-field");
    assert!(invalid.localized(&l, Locale::Ja).contains("200文字まで"));

    let closed: AppError = mamori_store::Error::RoundClosed { id: "x".into() }.into();
    assert_eq!(closed.code, ErrorCode::InvalidInput);
    assert!(closed.localized(&l, Locale::En).contains("closed"));
}

/// Every kind of record the store can report as missing has its own sentence in each language
/// (the message selects on it): the Japanese message never shows the English entity name.
#[test]
fn every_not_found_entity_has_its_own_message() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut entities = std::collections::BTreeSet::new();
    for dir in ["crates/store/src", "crates/app/src"] {
        for f in std::fs::read_dir(root.join(dir)).unwrap().chain(
            std::fs::read_dir(root.join(dir).join("commands"))
                .into_iter()
                .flatten(),
        ) {
            let path = f.unwrap().path();
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            for (i, _) in text.match_indices("NotFound {") {
                let rest = &text[i..text.len().min(i + 200)];
                if let Some(e) = rest
                    .split("entity: \"")
                    .nth(1)
                    .and_then(|r| r.split('"').next())
                {
                    entities.insert(e.to_owned());
                }
            }
            // Records looked up through the store's `require` name themselves this way.
            for (i, _) in text.match_indices("const ENTITY: &'static str = \"") {
                let rest = &text[i + "const ENTITY: &'static str = \"".len()..];
                if let Some(e) = rest.split('"').next() {
                    entities.insert(e.to_owned());
                }
            }
        }
    }
    assert!(entities.len() >= 4, "found {entities:?}");
    for e in ["organization", "assessment round", "action item", "partner"] {
        assert!(entities.contains(e), "{e} not found in {entities:?}");
    }
    let l = Localizer::new().unwrap();
    for entity in &entities {
        let e: AppError = mamori_store::Error::NotFound {
            entity: Box::leak(entity.clone().into_boxed_str()),
            id: "x".into(),
        }
        .into();
        let ja = e.localized(&l, Locale::Ja);
        assert!(
            !ja.chars().any(|c| c.is_ascii_alphabetic()),
            "{entity}: {ja}"
        );
        let other = AppError::new(ErrorCode::NotFound, "").arg("what", "no-such-thing");
        assert_ne!(
            e.localized(&l, Locale::En),
            other.localized(&l, Locale::En),
            "{entity} falls back to the general sentence"
        );
    }
}
