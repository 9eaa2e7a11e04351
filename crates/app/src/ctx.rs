//! The context every command runs in: the database, the messages, where data lives.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use std::collections::{BTreeMap, BTreeSet};

use mamori_core::ContentPacks;
use mamori_i18n::Localizer;
use mamori_store::{ContentIds, Store};

use crate::error::{AppError, ErrorCode};
use crate::files::{Dialogs, NoDialogs};

/// Environment variable that overrides the data folder (for the app and the CLI; tests use it).
pub const DATA_DIR_ENV: &str = "MAMORI_DATA_DIR";

/// `AppCtx::utc_offset_minutes` before the UI reported one.
const NOT_REPORTED: i32 = i32::MIN;

/// The database's file name inside the data folder.
pub const DB_FILE_NAME: &str = "mamori.db";

/// The data folder: `$MAMORI_DATA_DIR` if set and not empty, else the platform's app-data folder
/// (`~/.local/share/mamori` on Linux, `%APPDATA%\mamori\Mamori\data` on Windows,
/// `~/Library/Application Support/jp.mamori.Mamori` on macOS).
pub fn default_data_dir() -> Option<PathBuf> {
    match std::env::var_os(DATA_DIR_ENV) {
        Some(d) if !d.is_empty() => Some(PathBuf::from(d)),
        _ => directories::ProjectDirs::from("jp", "mamori", "Mamori")
            .map(|p| p.data_dir().to_owned()),
    }
}

/// The content ids and pack versions of the given packs: what the store accepts on import and
/// writes into exports. Step ids are `csm/<direction>/<step>` for the ten directions and
/// `sme/<basic>/<step>` for the five basics.
pub fn content_ids(packs: &ContentPacks) -> ContentIds {
    let direction_steps = packs.csm.directions.iter().flat_map(|d| {
        d.steps
            .iter()
            .map(move |s| format!("{}/{}/{}", packs.csm.pack, d.id, s.id))
    });
    let basic_steps = packs.sme.basics.iter().flat_map(|b| {
        b.steps
            .iter()
            .map(move |s| format!("{}/{}/{}", packs.sme.pack, b.id, s.id))
    });
    ContentIds {
        selfcheck_questions: packs
            .sme
            .selfcheck
            .questions
            .iter()
            .map(|q| q.number)
            .collect(),
        maturity_questions: packs
            .maturity
            .questions
            .iter()
            .map(|q| q.id.clone())
            .collect(),
        steps: Some(direction_steps.chain(basic_steps).collect::<BTreeSet<_>>()),
        versions: BTreeMap::from([
            (packs.csm.framework.clone(), packs.csm.version.clone()),
            (packs.sme.framework.clone(), packs.sme.version.clone()),
            (MATURITY_FRAMEWORK.to_owned(), MATURITY_VERSION.to_owned()),
        ]),
    }
}

/// The maturity check is Mamori's own; its pack file carries no version field, the file name
/// does (`mamori-maturity-1-0.toml`).
const MATURITY_FRAMEWORK: &str = "mamori-maturity";
const MATURITY_VERSION: &str = "1.0";

fn embedded_content_ids() -> Result<ContentIds, AppError> {
    ContentPacks::embedded()
        .map(content_ids)
        .map_err(|e| AppError::new(ErrorCode::Internal, e.to_string()))
}

/// Shared state for all commands. One per process; `Send + Sync`.
pub struct AppCtx {
    /// The database; an empty in-memory one while `db_error` says why the file did not open.
    db: Mutex<Store>,
    /// Why the database file could not be opened, if it could not; cleared by a recovery.
    db_error: Mutex<Option<AppError>>,
    localizer: Arc<Localizer>,
    db_path: PathBuf,
    os_locale: Option<String>,
    content_ids: ContentIds,
    /// The user's offset from UTC in minutes, as the UI reports it at start-up
    /// ([`NOT_REPORTED`] until then: the system's time zone is used).
    utc_offset_minutes: AtomicI32,
    /// A fixed "today", for tests and reproducible runs.
    today_override: Mutex<Option<time::Date>>,
    /// Native file dialogs (the shell's; none in the CLI and tests).
    dialogs: Box<dyn Dialogs>,
    /// Called after the UI language changed (the shell rebuilds its menu).
    locale_hook: Option<LocaleHook>,
    /// Called with the progress of long tasks (the shell sends it to the UI).
    progress_hook: Option<ProgressHook>,
    /// The seminar class loaded last (attendee answers), for its report.
    class: Mutex<Option<Vec<mamori_core::seminar::AttendeeAnswers>>>,
    /// The files of that class that were not counted, for its report.
    class_skipped: Mutex<Vec<crate::dto::SkippedFile>>,
}

fn poisoned() -> AppError {
    AppError::new(ErrorCode::Internal, "database lock poisoned by a panic")
}

/// A function called with the progress of a long task.
pub type ProgressHook = Box<dyn Fn(&crate::dto::Progress) + Send + Sync>;

/// A function called with the messages and the new language after the UI language changed.
pub type LocaleHook = Box<dyn Fn(&Localizer, mamori_core::Locale) + Send + Sync>;

impl std::fmt::Debug for AppCtx {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppCtx")
            .field("db_path", &self.db_path)
            .field("db_error", &self.db_error())
            .field("os_locale", &self.os_locale)
            .field("dialogs", &self.dialogs)
            .field("locale_hook", &self.locale_hook.is_some())
            .finish_non_exhaustive()
    }
}

impl AppCtx {
    /// Opens the database at `db_path`. A database that cannot be opened does not make this
    /// fail: the error is kept and returned by every command that needs the database (and shown
    /// by the UI at start-up), so the user always sees a localized explanation.
    pub fn open(db_path: PathBuf, os_locale: Option<String>) -> Result<AppCtx, AppError> {
        let localizer = Arc::new(Localizer::new()?);
        let content_ids = embedded_content_ids()?;
        let (db, db_error) = match Store::open(&db_path) {
            Ok(db) => (db, None),
            // Commands that need the database return the error; the stand-in is never read.
            Err(e) => (Store::open_in_memory()?, Some(AppError::from(e))),
        };
        Ok(AppCtx {
            db: Mutex::new(db),
            db_error: Mutex::new(db_error),
            localizer,
            db_path,
            os_locale,
            content_ids,
            utc_offset_minutes: AtomicI32::new(NOT_REPORTED),
            today_override: Mutex::new(None),
            dialogs: Box::new(NoDialogs),
            locale_hook: None,
            class: Mutex::new(None),
            class_skipped: Mutex::new(Vec::new()),
            progress_hook: None,
        })
    }

    /// A context over an in-memory database, for tests.
    pub fn in_memory(os_locale: Option<String>) -> Result<AppCtx, AppError> {
        let localizer = Arc::new(Localizer::new()?);
        let content_ids = embedded_content_ids()?;
        Ok(AppCtx {
            db: Mutex::new(Store::open_in_memory()?),
            db_error: Mutex::new(None),
            localizer,
            db_path: PathBuf::from(":memory:"),
            os_locale,
            content_ids,
            utc_offset_minutes: AtomicI32::new(NOT_REPORTED),
            today_override: Mutex::new(None),
            dialogs: Box::new(NoDialogs),
            locale_hook: None,
            class: Mutex::new(None),
            class_skipped: Mutex::new(Vec::new()),
            progress_hook: None,
        })
    }

    /// The database, or the error that kept it from opening.
    pub fn store(&self) -> Result<MutexGuard<'_, Store>, AppError> {
        let db = self.db.lock().map_err(|_| poisoned())?;
        match self.db_error() {
            Some(e) => Err(e),
            None => Ok(db),
        }
    }

    /// The error that kept the database from opening, if any.
    pub fn db_error(&self) -> Option<AppError> {
        self.db_error
            .lock()
            .map_or_else(|_| Some(poisoned()), |e| e.clone())
    }

    /// Puts the backup at `backup` in place of a database file that could not be opened
    /// because it is damaged or not a Mamori file, and uses it from now on. The damaged file is
    /// kept in the backups folder; its new path is returned with what the backup holds.
    pub fn recover_from(
        &self,
        backup: &Path,
        stamp: &str,
    ) -> Result<(mamori_store::BackupInfo, PathBuf), AppError> {
        let mut db = self.db.lock().map_err(|_| poisoned())?;
        let mut error = self.db_error.lock().map_err(|_| poisoned())?;
        if !matches!(&*error, Some(e) if e.code == ErrorCode::DbCorrupt) {
            return Err(AppError::new(
                ErrorCode::InvalidInput,
                "the database is not damaged; restore a backup from the settings instead",
            )
            .message("error-not-damaged"));
        }
        let r = Store::open_from_backup(&self.db_path, backup, stamp)?;
        *db = r.store;
        *error = None;
        Ok((r.info, r.damaged_copy))
    }

    /// The messages.
    pub fn localizer(&self) -> &Localizer {
        &self.localizer
    }

    /// The database file.
    pub fn db_path(&self) -> &Path {
        &self.db_path
    }

    /// The content ids imports are checked against, from the embedded content packs.
    pub fn content_ids(&self) -> &ContentIds {
        &self.content_ids
    }

    /// Makes today's automatic backup of the database if there is none yet (the desktop app
    /// calls this at start-up). Returns the file written, if any.
    pub fn daily_backup(&self) -> Result<Option<PathBuf>, AppError> {
        Ok(self.store()?.daily_backup(self.today())?)
    }

    /// Installs the function that receives the progress of long tasks.
    #[must_use]
    pub fn with_progress_hook(mut self, hook: ProgressHook) -> AppCtx {
        self.progress_hook = Some(hook);
        self
    }

    /// Reports progress of a long task.
    pub(crate) fn progress(&self, p: crate::dto::Progress) {
        if let Some(h) = &self.progress_hook {
            h(&p);
        }
    }

    /// Keeps the class loaded last (seminar mode).
    pub(crate) fn set_class(
        &self,
        class: Option<Vec<mamori_core::seminar::AttendeeAnswers>>,
        skipped: Vec<crate::dto::SkippedFile>,
    ) {
        if let Ok(mut g) = self.class.lock() {
            *g = class;
        }
        if let Ok(mut g) = self.class_skipped.lock() {
            *g = skipped;
        }
    }

    /// The files of the class loaded last that were not counted.
    pub fn class_skipped(&self) -> Vec<crate::dto::SkippedFile> {
        self.class_skipped
            .lock()
            .map(|g| g.clone())
            .unwrap_or_default()
    }

    /// The class loaded last, if any.
    pub fn class(&self) -> Option<Vec<mamori_core::seminar::AttendeeAnswers>> {
        self.class.lock().ok().and_then(|g| g.clone())
    }

    /// Installs the native file dialogs (the desktop shell does this at start-up).
    #[must_use]
    pub fn with_dialogs(mut self, dialogs: Box<dyn Dialogs>) -> AppCtx {
        self.dialogs = dialogs;
        self
    }

    /// Installs the function called after the UI language changed.
    #[must_use]
    pub fn with_locale_hook(mut self, hook: LocaleHook) -> AppCtx {
        self.locale_hook = Some(hook);
        self
    }

    /// Tells the shell the UI language changed.
    pub(crate) fn locale_changed(&self, locale: mamori_core::Locale) {
        if let Some(h) = &self.locale_hook {
            h(&self.localizer, locale);
        }
    }

    /// The file dialogs.
    pub fn dialogs(&self) -> &dyn Dialogs {
        self.dialogs.as_ref()
    }

    /// The user's local date: what "today" and "overdue" mean, for every command, report, file
    /// name and the CLI. A fixed date set with [`AppCtx::set_today`] wins; else the clock's
    /// moment in the offset the UI reported, or in the system's time zone before that (the
    /// CLI, tests), by [`mamori_core::calendar::local_date`].
    pub fn today(&self) -> time::Date {
        if let Some(d) = self.today_override.lock().ok().and_then(|g| *g) {
            return d;
        }
        let offset = match self.utc_offset_minutes.load(Ordering::Relaxed) {
            NOT_REPORTED => crate::clock::system_utc_offset(),
            minutes => mamori_core::calendar::offset_from_minutes(minutes),
        };
        crate::clock::today_at(offset)
    }

    /// The date given (`YYYY-MM-DD`), else [`AppCtx::today`]: how a command or the CLI takes a
    /// `date`/`today` option. A bad date names `field`.
    pub fn date_or_today(&self, given: Option<&str>, field: &str) -> Result<time::Date, AppError> {
        match given {
            Some(s) => mamori_store::parse_date(s).map_err(|problem| {
                AppError::from(mamori_store::Error::Invalid {
                    field: field.to_owned(),
                    problem,
                })
            }),
            None => Ok(self.today()),
        }
    }

    /// Fixes "today" (tests, reproducible CLI runs); `None` goes back to the clock.
    pub fn set_today(&self, today: Option<time::Date>) {
        if let Ok(mut g) = self.today_override.lock() {
            *g = today;
        }
    }

    /// Records the user's offset from UTC (minutes east), clamped to ±14 h.
    pub fn set_utc_offset_minutes(&self, minutes: i32) {
        let max = mamori_core::calendar::MAX_OFFSET_MINUTES;
        self.utc_offset_minutes
            .store(minutes.clamp(-max, max), Ordering::Relaxed);
    }

    /// The operating system's locale string as given at start-up (e.g. `ja_JP.UTF-8`).
    pub fn os_locale(&self) -> Option<&str> {
        self.os_locale.as_deref()
    }
}
