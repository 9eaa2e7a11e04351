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
