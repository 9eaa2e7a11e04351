//! What only a desktop shell can do, handed to `mamori-app` through small hooks: native file
//! dialogs, showing a saved file in the file manager, and the app menu in the user's language.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use mamori_app::files::{Dialogs, FileFilter};
use mamori_core::Locale;
use tauri::menu::{Menu, MenuItem, PredefinedMenuItem, Submenu};
use tauri::{AppHandle, Emitter, Runtime};
use tauri_plugin_dialog::DialogExt;

/// The app handle, known once the app is set up; dialogs asked before then are cancelled.
pub type HandleCell<R> = Arc<OnceLock<AppHandle<R>>>;

/// Native dialogs through `tauri-plugin-dialog` (from Rust only: the webview has no dialog
/// permission and never sends a path).
pub struct NativeDialogs<R: Runtime> {
    handle: HandleCell<R>,
}

impl<R: Runtime> NativeDialogs<R> {
    /// Dialogs that use the app once `handle` is filled in.
    pub fn new(handle: HandleCell<R>) -> NativeDialogs<R> {
        NativeDialogs { handle }
    }
}

impl<R: Runtime> std::fmt::Debug for NativeDialogs<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NativeDialogs")
    }
}

impl<R: Runtime> Dialogs for NativeDialogs<R> {
    fn save_path(&self, title: &str, suggested: &str, filter: FileFilter<'_>) -> Option<PathBuf> {
        let app = self.handle.get()?;
        app.dialog()
            .file()
            .set_title(title)
            .set_file_name(suggested)
            .add_filter(filter.name, filter.extensions)
            .blocking_save_file()
            .and_then(|p| p.into_path().ok())
    }

    fn open_path(&self, title: &str, filter: FileFilter<'_>) -> Option<PathBuf> {
        let app = self.handle.get()?;
        app.dialog()
            .file()
            .set_title(title)
            .add_filter(filter.name, filter.extensions)
            .blocking_pick_file()
            .and_then(|p| p.into_path().ok())
    }

    fn open_paths(&self, title: &str, filter: FileFilter<'_>) -> Vec<PathBuf> {
        let Some(app) = self.handle.get() else {
            return Vec::new();
        };
        app.dialog()
            .file()
            .set_title(title)
            .add_filter(filter.name, filter.extensions)
            .blocking_pick_files()
            .unwrap_or_default()
            .into_iter()
            .filter_map(|p| p.into_path().ok())
            .collect()
    }

    fn pick_folder(&self, title: &str) -> Option<PathBuf> {
        let app = self.handle.get()?;
        app.dialog()
            .file()
            .set_title(title)
            .blocking_pick_folder()
            .and_then(|p| p.into_path().ok())
    }

    fn reveal(&self, path: &Path) {
        // Best effort: a desktop without a file manager simply shows nothing.
        let _ = tauri_plugin_opener::reveal_item_in_dir(path);
    }
}

/// Menu item ids; a click is sent to the webview as the event `menu` with the id.
pub const MENU_IDS: [&str; 9] = [
    "orgs",
    "export-org-file",
    "import-org-file",
    "dashboard",
    "actions",
    "text-larger",
    "text-smaller",
    "text-reset",
    "about",
];

/// Builds and installs the app menu (File, View, Help) in `locale`.
pub fn install_menu<R: Runtime>(
    app: &AppHandle<R>,
    l: &mamori_i18n::Localizer,
    locale: Locale,
) -> tauri::Result<()> {
    let text = |id: &str| l.format(locale, id, &[]);
    let item = |id: &str, accel: Option<&str>| {
        MenuItem::with_id(app, id, text(&format!("menu-{id}")), true, accel)
    };
    let file = Submenu::with_items(
        app,
        text("menu-file"),
        true,
        &[
            &item("orgs", None)?,
            &PredefinedMenuItem::separator(app)?,
            &item("export-org-file", None)?,
            &item("import-org-file", None)?,
            &PredefinedMenuItem::separator(app)?,
            &PredefinedMenuItem::quit(app, Some(&text("menu-quit")))?,
        ],
    )?;
    let view = Submenu::with_items(
        app,
        text("menu-view"),
        true,
        &[
            &item("dashboard", None)?,
            &item("actions", None)?,
            &PredefinedMenuItem::separator(app)?,
            &item("text-larger", Some("CmdOrCtrl+Plus"))?,
            &item("text-smaller", Some("CmdOrCtrl+-"))?,
            &item("text-reset", Some("CmdOrCtrl+0"))?,
        ],
    )?;
    let help = Submenu::with_items(app, text("menu-help"), true, &[&item("about", None)?])?;
    let menu = Menu::with_items(app, &[&file, &view, &help])?;
    app.set_menu(menu)?;
    Ok(())
}

/// Sends menu clicks to the webview.
pub fn forward_menu_events<R: Runtime>(app: &AppHandle<R>) {
    app.on_menu_event(|app, event| {
        let id = event.id().as_ref();
        if MENU_IDS.contains(&id) {
            let _ = app.emit("menu", id.to_owned());
        }
    });
}

/// Dialogs that answer from a folder without asking, for the end-to-end tests of the real
/// window (native dialogs cannot be driven through WebDriver). Only in debug builds, and only
/// when `MAMORI_TEST_DIALOGS` names a folder: release builds always ask the user.
#[cfg(debug_assertions)]
#[derive(Debug)]
pub struct FolderDialogs(pub PathBuf);

#[cfg(debug_assertions)]
impl FolderDialogs {
    /// The test folder, if the environment names one.
    pub fn from_env() -> Option<FolderDialogs> {
        std::env::var_os("MAMORI_TEST_DIALOGS")
            .filter(|v| !v.is_empty())
            .map(|v| FolderDialogs(PathBuf::from(v)))
    }

    fn matching(&self, filter: FileFilter<'_>) -> Vec<PathBuf> {
        let mut v: Vec<PathBuf> = std::fs::read_dir(&self.0)
            .map(|rd| {
                rd.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| {
                        p.extension()
                            .and_then(|x| x.to_str())
                            .is_some_and(|x| filter.extensions.contains(&x))
                    })
                    .collect()
            })
            .unwrap_or_default();
        v.sort();
        v
    }
}

#[cfg(debug_assertions)]
impl Dialogs for FolderDialogs {
    fn save_path(&self, _: &str, suggested: &str, _: FileFilter<'_>) -> Option<PathBuf> {
        Some(self.0.join(suggested))
    }
    /// The newest matching file.
    fn open_path(&self, _: &str, filter: FileFilter<'_>) -> Option<PathBuf> {
        self.matching(filter)
            .into_iter()
            .max_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok())
    }
    fn open_paths(&self, _: &str, filter: FileFilter<'_>) -> Vec<PathBuf> {
        self.matching(filter)
    }
    fn pick_folder(&self, _: &str) -> Option<PathBuf> {
        Some(self.0.clone())
    }
    fn reveal(&self, _: &Path) {}
}

/// What a second start of Mamori asked for, sent to the running window as `already-open`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct AlreadyOpen {
    /// The data folder this window works on.
    pub open: String,
    /// The data folder the second start asked for.
    pub asked: String,
}

/// Mamori was started again while this window runs (the single-instance plugin ended the second
/// process and passed its arguments and working folder): bring this window to the front, and
/// when the second start asked for another data folder with `--data-dir`, tell the user that
/// this one is open and the other was not. One Mamori runs at a time, whichever folder it uses.
pub fn second_start<R: Runtime>(app: &AppHandle<R>, argv: Vec<String>, cwd: String) {
    use tauri::Manager;
    if let Some(w) = app.get_webview_window("main") {
        let _ = w.unminimize();
        let _ = w.show();
        let _ = w.set_focus();
    }
    let Some(state) = app.try_state::<crate::AppState>() else {
        return;
    };
    let db = state.ctx.db_path();
    let open = db.parent().unwrap_or(db);
    if let Some(asked) = asked_data_dir(&argv, Path::new(&cwd))
        && !same_folder(open, &asked)
    {
        let _ = app.emit(
            "already-open",
            AlreadyOpen {
                open: open.display().to_string(),
                asked: asked.display().to_string(),
            },
        );
    }
}

/// The `--data-dir` of a second start's arguments (the first is the program), resolved against
/// its working folder. `None` when it named none: it would have used the same default folder
/// as this window (or its own `$MAMORI_DATA_DIR`, which is not passed on).
pub fn asked_data_dir(argv: &[String], cwd: &Path) -> Option<PathBuf> {
    crate::data_dir_arg(argv.iter().skip(1)).map(|d| cwd.join(d))
}

fn same_folder(a: &Path, b: &Path) -> bool {
    let canon = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_owned());
    canon(a) == canon(b)
}
