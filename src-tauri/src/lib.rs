//! The desktop shell: builds the Tauri app, opens the database in the data folder and exposes
//! the command table of `mamori-app` as Tauri commands. No logic lives here: every adapter is one
//! line that calls `mamori_app::commands::<name>`; native dialogs and the menu are handed to
//! the app context as hooks (`shell`).

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use mamori_app::dto::GetStartupReq;
use mamori_app::{AppCtx, DB_FILE_NAME, default_data_dir};
use tauri::Manager;

pub mod commands;
pub mod shell;

/// Managed state: the one command context.
#[derive(Debug)]
pub struct AppState {
    /// The context every command runs in.
    pub ctx: AppCtx,
}

/// The database path for this run: `--data-dir DIR` on the command line (tests, portable
/// use), else `$MAMORI_DATA_DIR`, else the platform's data folder; the file is `mamori.db`.
pub fn db_path() -> anyhow::Result<PathBuf> {
    data_dir_arg(std::env::args_os().skip(1))
        .or_else(default_data_dir)
        .map(|d| d.join(DB_FILE_NAME))
        .ok_or_else(|| anyhow::anyhow!("no data folder: set MAMORI_DATA_DIR"))
}

/// The folder named by the last `--data-dir DIR` among `args` (the program's name left out), if
/// any: this start's, and a second start's that the single-instance plugin hands over.
pub fn data_dir_arg<S: AsRef<std::ffi::OsStr>>(
    args: impl IntoIterator<Item = S>,
) -> Option<PathBuf> {
    let mut args = args.into_iter();
    let mut dir = None;
    while let Some(a) = args.next() {
        if a.as_ref() == "--data-dir" {
            dir = args.next().map(|d| PathBuf::from(d.as_ref()));
        }
    }
    dir
}

/// Adds Mamori's state and commands to a Tauri builder (the real one in `run`, a mock one in
/// the IPC tests).
pub fn builder<R: tauri::Runtime>(base: tauri::Builder<R>, state: AppState) -> tauri::Builder<R> {
    base.manage(state).invoke_handler(commands::handler::<R>())
}

/// The native dialogs; in debug builds, a test folder instead when `MAMORI_TEST_DIALOGS` is set
/// (end-to-end tests).
fn dialogs(handle: shell::HandleCell<tauri::Wry>) -> Box<dyn mamori_app::files::Dialogs> {
    #[cfg(debug_assertions)]
    if let Some(d) = shell::FolderDialogs::from_env() {
        return Box::new(d);
    }
    Box::new(shell::NativeDialogs::new(handle))
}

/// Starts the desktop app.
pub fn run() {
    let handle: shell::HandleCell<tauri::Wry> = Arc::new(OnceLock::new());
    let menu_handle = handle.clone();
    let progress_handle = handle.clone();
    let state = db_path()
        .and_then(|p| AppCtx::open(p, sys_locale::get_locale()).map_err(anyhow::Error::from))
        .map(|ctx| {
            ctx.with_dialogs(dialogs(handle.clone()))
                .with_locale_hook(Box::new(move |l, locale| {
                    if let Some(app) = menu_handle.get() {
                        let _ = shell::install_menu(app, l, locale);
                    }
                }))
                .with_progress_hook(Box::new(move |p| {
                    if let Some(app) = progress_handle.get() {
                        let _ = tauri::Emitter::emit(app, "progress", p);
                    }
                }))
        })
        .map(|ctx| AppState { ctx })
        .expect("Mamori could not start: its messages failed to load");
    let base = tauri::Builder::default()
        // First, so that a second start ends before anything else is set up: it brings this
        // window to the front instead of opening a second one on the same data (shell.rs).
        .plugin(tauri_plugin_single_instance::init(shell::second_start))
        .plugin(tauri_plugin_dialog::init())
        // Window size and position are remembered between runs.
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .setup(move |app| {
            let _ = handle.set(app.handle().clone());
            let ctx = &app.state::<AppState>().ctx;
            // A failed automatic backup (disk full, read-only folder) must not stop the app; the
            // database itself is untouched by it.
            let _ = ctx.daily_backup();
            let locale = mamori_app::commands::get_startup(ctx, GetStartupReq::default())
                .map(|s| s.locale)
                .unwrap_or(mamori_core::Locale::En);
            shell::install_menu(app.handle(), ctx.localizer(), locale)?;
            shell::forward_menu_events(app.handle());
            Ok(())
        });
    builder(base, state)
        .run(tauri::generate_context!())
        .expect("error while running the Mamori window");
}
