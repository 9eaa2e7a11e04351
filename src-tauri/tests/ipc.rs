//! The shell's IPC as the webview sees it, without a display: commands answer through Tauri's
//! invoke path, errors arrive as `{code, messageId, args, detail}`, and the build-script manifest
//! lists exactly the commands of the table.

use mamori_app::AppCtx;
use mamori_desktop::{AppState, builder};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, get_ipc_response};
use tauri::webview::InvokeRequest;

fn request(cmd: &str, body: serde_json::Value) -> InvokeRequest {
    InvokeRequest {
        cmd: cmd.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        // Linux origin; the Windows one (http://tauri.localhost) would count as remote here.
        url: "tauri://localhost".parse().expect("valid url"),
        body: InvokeBody::Json(body),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    }
}

/// The app with the real context (so the real capabilities and ACL apply) on the mock runtime.
fn app(ctx: AppCtx) -> tauri::App<tauri::test::MockRuntime> {
    builder(tauri::test::mock_builder(), AppState { ctx })
        .build(tauri::generate_context!(test = true))
        .expect("mock app builds")
}

#[test]
fn get_startup_and_set_locale_round_trip_through_ipc() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = AppCtx::open(dir.path().join("mamori.db"), Some("ja_JP.UTF-8".into())).unwrap();
    let app = app(ctx);
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();

    let res = get_ipc_response(
        &webview,
        request("get_startup", serde_json::json!({"req": {}})),
    )
    .unwrap()
    .deserialize::<serde_json::Value>()
    .unwrap();
    assert_eq!(res["locale"], "ja");
    assert_eq!(res["localeSource"], "os");

    let res = get_ipc_response(
        &webview,
        request("set_locale", serde_json::json!({"req": {"locale": "en"}})),
    )
    .unwrap()
    .deserialize::<serde_json::Value>()
    .unwrap();
    assert_eq!(res["locale"], "en");

    let res = get_ipc_response(
        &webview,
        request("get_startup", serde_json::json!({"req": {}})),
    )
    .unwrap()
    .deserialize::<serde_json::Value>()
    .unwrap();
    assert_eq!(res["locale"], "en");
    assert_eq!(res["localeSource"], "saved");
}

#[test]
fn errors_cross_ipc_as_structured_objects() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("mamori.db");
    std::fs::write(&db, b"definitely not sqlite".repeat(64)).unwrap();
    let app = app(AppCtx::open(db, None).unwrap());
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();
    let err = get_ipc_response(
        &webview,
        request("list_orgs", serde_json::json!({"req": {}})),
    )
    .unwrap_err();
    assert_eq!(err["code"], "db-corrupt");
    assert_eq!(err["messageId"], "error-db-corrupt");
    assert!(err["args"]["path"].as_str().unwrap().ends_with("mamori.db"));
    assert!(err["detail"].is_string());
}

#[test]
fn build_manifest_lists_exactly_the_command_table() {
    let build_rs = include_str!("../build.rs");
    let start = build_rs.find("= &[").unwrap() + 4;
    let end = start + build_rs[start..].find(']').unwrap();
    let listed: Vec<&str> = build_rs[start..end]
        .split(',')
        .map(|s| s.trim().trim_matches('"'))
        .filter(|s| !s.is_empty())
        .collect();
    assert_eq!(listed, mamori_app::COMMAND_NAMES);
    let caps = include_str!("../capabilities/main.json");
    for name in mamori_app::COMMAND_NAMES {
        let perm = format!("\"allow-{}\"", name.replace('_', "-"));
        assert!(
            caps.contains(&perm),
            "capabilities/main.json does not grant {perm}"
        );
    }
}

#[test]
fn the_webview_gets_mamoris_commands_and_menu_events_only() {
    let caps: serde_json::Value =
        serde_json::from_str(include_str!("../capabilities/main.json")).unwrap();
    let granted: Vec<&str> = caps["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    let mut expected: Vec<String> = ["core:event:allow-listen", "core:event:allow-unlisten"]
        .map(String::from)
        .to_vec();
    expected.extend(
        mamori_app::COMMAND_NAMES
            .iter()
            .map(|n| format!("allow-{}", n.replace('_', "-"))),
    );
    assert_eq!(granted, expected, "docs/SECURITY.md reviews exactly these");
    assert_eq!(caps["windows"], serde_json::json!(["main"]));
}

/// docs/SECURITY.md has a row for every command the webview may call.
#[test]
fn the_security_review_covers_every_command() {
    let doc = include_str!("../../docs/SECURITY.md");
    let rows: Vec<&str> = doc.lines().filter(|l| l.starts_with("| `")).collect();
    for name in mamori_app::COMMAND_NAMES {
        let quoted = format!("`{name}`");
        assert!(
            rows.iter()
                .any(|r| r.split('|').nth(1).is_some_and(|c| c.contains(&quoted))),
            "docs/SECURITY.md, \"What the webview may call\", has no row for {name}"
        );
    }
}
