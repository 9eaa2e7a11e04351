use std::path::{Path, PathBuf};
use std::sync::Mutex;

use mamori_app::commands::{import_org_file, save_ics, save_org_file};
use mamori_app::dto::{ImportOrgFileReq, SaveFileReq};
use mamori_app::files::{Dialogs, FileFilter};
use mamori_app::{AppCtx, ErrorCode};

use crate::support::demo;

/// Answers every dialog with a fixed path (or cancels) and records what was asked.
#[derive(Debug, Default)]
struct FakeDialogs {
    path: Option<PathBuf>,
    asked: Mutex<Vec<String>>,
}

impl Dialogs for FakeDialogs {
    fn save_path(&self, title: &str, suggested: &str, filter: FileFilter<'_>) -> Option<PathBuf> {
        self.asked.lock().unwrap().push(format!(
            "save|{title}|{suggested}|{}|{:?}",
            filter.name, filter.extensions
        ));
        self.path.clone()
    }
    fn open_path(&self, title: &str, _filter: FileFilter<'_>) -> Option<PathBuf> {
        self.asked.lock().unwrap().push(format!("open|{title}"));
        self.path.clone()
    }
    fn reveal(&self, _: &Path) {}
}

fn ctx_with(path: Option<PathBuf>) -> AppCtx {
    AppCtx::in_memory(None)
        .unwrap()
        .with_dialogs(Box::new(FakeDialogs {
            path,
            ..FakeDialogs::default()
        }))
}

#[test]
fn the_calendar_and_the_org_file_go_where_the_user_chooses() {
    let dir = tempfile::tempdir().unwrap();
    let ics = dir.path().join("plan.ics");
    let c = ctx_with(Some(ics.clone()));
    let id = demo(&c);
    let saved = save_ics(&c, SaveFileReq { org_id: id.clone() }).unwrap();
    assert!(saved.saved);
    assert_eq!(saved.path.as_deref(), Some(ics.to_str().unwrap()));
    assert!(saved.entries.unwrap() >= 1);
    let text = std::fs::read_to_string(&ics).unwrap();
    assert!(text.contains("BEGIN:VEVENT"));

    let file = dir.path().join("client.json");
    let c2 = ctx_with(Some(file.clone()));
    let id2 = demo(&c2);
    assert!(
        save_org_file(&c2, SaveFileReq { org_id: id2 })
            .unwrap()
            .saved
    );
    // Import into a fresh database through the open dialog.
    let fresh = ctx_with(Some(file.clone()));
    let res = import_org_file(&fresh, ImportOrgFileReq { replace: false }).unwrap();
    assert_eq!(res.imported.unwrap().name, "株式会社ミナト精工");
    let e = import_org_file(&fresh, ImportOrgFileReq { replace: false }).unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict);
}

#[test]
fn cancelling_a_dialog_writes_and_imports_nothing() {
    let c = ctx_with(None);
    let id = demo(&c);
    let saved = save_ics(&c, SaveFileReq { org_id: id }).unwrap();
    assert!(!saved.saved && saved.path.is_none());
    assert!(
        import_org_file(&c, ImportOrgFileReq { replace: false })
            .unwrap()
            .imported
            .is_none()
    );
}

#[test]
fn a_folder_that_cannot_be_written_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let c = ctx_with(Some(dir.path().join("no-such-folder/plan.ics")));
    let id = demo(&c);
    let e = save_ics(&c, SaveFileReq { org_id: id }).unwrap_err();
    assert_eq!(e.code, ErrorCode::Storage);
    assert_eq!(e.message_id, "file-write-failed");
}

#[derive(Debug)]
struct Folder(PathBuf);

impl Dialogs for Folder {
    fn save_path(&self, _: &str, suggested: &str, _: FileFilter<'_>) -> Option<PathBuf> {
        Some(self.0.join(suggested))
    }
    fn open_path(&self, _: &str, _: FileFilter<'_>) -> Option<PathBuf> {
        None
    }
    fn pick_folder(&self, _: &str) -> Option<PathBuf> {
        Some(self.0.clone())
    }
    fn reveal(&self, _: &Path) {}
}

#[test]
fn reports_are_saved_one_or_all_with_progress() {
    use mamori_app::commands::{create_org, save_report, save_reports_all};
    use mamori_app::dto::{CreateOrgReq, ReportKind, SaveReportReq, SaveReportsAllReq};
    use std::sync::Arc;

    let dir = tempfile::tempdir().unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = seen.clone();
    let c = AppCtx::in_memory(None)
        .unwrap()
        .with_dialogs(Box::new(Folder(dir.path().to_owned())))
        .with_progress_hook(Box::new(move |p| {
            sink.lock().unwrap().push((p.done, p.total));
        }));
    let id = demo(&c);
    create_org(
        &c,
        CreateOrgReq {
            name: "二社目".into(),
            ..CreateOrgReq::default()
        },
    )
    .unwrap();
    let one = save_report(
        &c,
        SaveReportReq {
            org_id: id,
            kind: ReportKind::Summary,
            lang: mamori_core::Locale::Ja,
        },
    )
    .unwrap();
    assert!(one.saved && one.entries.unwrap() >= 1);
    let path = PathBuf::from(one.path.unwrap());
    assert!(std::fs::read(&path).unwrap().starts_with(b"%PDF-"));

    let all = save_reports_all(
        &c,
        SaveReportsAllReq {
            kind: ReportKind::Policy,
            lang: mamori_core::Locale::En,
        },
    )
    .unwrap();
    assert_eq!(all.written, 2);
    assert_eq!(*seen.lock().unwrap(), vec![(0, 2), (1, 2), (2, 2)]);
    let pdfs = std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "pdf")
        })
        .count();
    assert_eq!(pdfs, 3);
}
