//! The desktop shell: builds the Tauri app, opens the database in the data folder and exposes
//! the command table of `mamori-app` as Tauri commands. No logic lives here: every adapter is one
//! line that calls `mamori_app::commands::<name>`.

use std::path::PathBuf;

use mamori_app::{AppCtx, DB_FILE_NAME, default_data_dir};

pub mod commands;

/// Managed state: the one command context.
#[derive(Debug)]
pub struct AppState {
    /// The context every command runs in.
    pub ctx: AppCtx,
}

/// The database path for this run: `$MAMORI_DATA_DIR/mamori.db` or the platform's data folder.
pub fn db_path() -> anyhow::Result<PathBuf> {
    default_data_dir()
        .map(|d| d.join(DB_FILE_NAME))
        .ok_or_else(|| anyhow::anyhow!("no data folder: set MAMORI_DATA_DIR"))
}

/// Adds Mamori's state and commands to a Tauri builder (the real one in `run`, a mock one in
/// the IPC tests).
pub fn builder<R: tauri::Runtime>(base: tauri::Builder<R>, state: AppState) -> tauri::Builder<R> {
    base.manage(state).invoke_handler(commands::handler::<R>())
}

/// Starts the desktop app.
pub fn run() {
    let state = db_path()
        .and_then(|p| AppCtx::open(p, sys_locale::get_locale()).map_err(anyhow::Error::from))
        .map(|ctx| AppState { ctx })
        .expect("Mamori could not start: its messages failed to load");
    builder(tauri::Builder::default(), state)
        .run(tauri::generate_context!())
        .expect("error while running the Mamori window");
}
