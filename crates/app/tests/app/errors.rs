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
