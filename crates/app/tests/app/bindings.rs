use std::path::PathBuf;

use mamori_app::bindings::{BINDINGS_PATH, render};

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The committed TypeScript bindings match the Rust types. Regenerate with
/// `MAMORI_UPDATE_BINDINGS=1 cargo test -p mamori-app bindings`.
#[test]
fn bindings_are_up_to_date() {
    let path = repo_root().join(BINDINGS_PATH);
    let fresh = render();
    if std::env::var_os("MAMORI_UPDATE_BINDINGS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &fresh).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "{BINDINGS_PATH} is stale: run `MAMORI_UPDATE_BINDINGS=1 cargo test -p mamori-app bindings`"
    );
}

#[test]
fn bindings_name_every_command_and_the_error_type() {
    let ts = render();
    for name in mamori_app::COMMAND_NAMES {
        assert!(
            ts.contains(&format!("  {name}: {{ req: ")),
            "{name} missing from Commands"
        );
    }
    assert!(ts.contains("export type AppError"));
    assert!(ts.contains("messageId: string"));
}

/// Real responses for the UI's tests with mocked IPC: the content view and the demo company's
/// journey on a fixed day, written by the same commands the app runs. Regenerated and checked
/// like the bindings.
#[test]
fn ui_fixtures_are_up_to_date() {
    use mamori_app::commands::{create_demo, get_content, open_org};
    use mamori_app::dto::{CreateDemoReq, GetContentReq, OpenOrgReq};

    let ctx = mamori_app::AppCtx::in_memory(None).unwrap();
    ctx.set_today(Some(time::macros::date!(2026 - 11 - 25)));
    let content = get_content(&ctx, GetContentReq {}).unwrap();
    let id = create_demo(
        &ctx,
        CreateDemoReq {
            today: Some("2026-11-25".into()),
        },
    )
    .unwrap()
    .id;
    let journey = open_org(&ctx, OpenOrgReq { org_id: id }).unwrap();
    let dir = repo_root().join("ui/src/test/fixtures");
    for (name, value) in [
        ("content.json", serde_json::to_value(&content).unwrap()),
        ("demo-journey.json", serde_json::to_value(&journey).unwrap()),
    ] {
        let path = dir.join(name);
        let fresh = serde_json::to_string_pretty(&value).unwrap() + "\n";
        if std::env::var_os("MAMORI_UPDATE_BINDINGS").is_some() {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &fresh).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == fresh,
            "ui/src/test/fixtures/{name} is stale: run `MAMORI_UPDATE_BINDINGS=1 cargo test -p mamori-app bindings`"
        );
    }
}
