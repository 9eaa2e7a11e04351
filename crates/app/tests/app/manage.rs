use std::path::{Path, PathBuf};

use mamori_app::commands::{
    apply_org_file, archive_org, backup_now, delete_org, list_orgs, open_org, preview_bytes,
    recover_database, restore_backup, save_step, undo_delete_org,
};
use mamori_app::dto::StepStatus;
use mamori_app::dto::{
    ApplyOrgFileReq, ArchiveOrgReq, DeleteOrgReq, KeepSide, ListOrgsReq, MergeChoicesDto, NoReq,
    OpenOrgReq, SaveStepReq, UndoDeleteOrgReq,
};
use mamori_app::files::{Dialogs, FileFilter};
use mamori_app::{AppCtx, ErrorCode};

use crate::support::demo;

#[derive(Debug)]
struct At(PathBuf);

impl Dialogs for At {
    fn save_path(&self, _: &str, _: &str, _: FileFilter<'_>) -> Option<PathBuf> {
        Some(self.0.clone())
    }
    fn open_path(&self, _: &str, _: FileFilter<'_>) -> Option<PathBuf> {
        Some(self.0.clone())
    }
    fn reveal(&self, _: &Path) {}
}

#[test]
fn archive_delete_and_undo() {
    let c = AppCtx::in_memory(None).unwrap();
    let id = demo(&c);
    archive_org(
        &c,
        ArchiveOrgReq {
            org_id: id.clone(),
            archived: true,
        },
    )
    .unwrap();
    assert!(
        list_orgs(&c, ListOrgsReq::default())
            .unwrap()
            .orgs
            .is_empty()
    );
    let all = list_orgs(
        &c,
        ListOrgsReq {
            include_archived: true,
            today: None,
        },
    )
    .unwrap();
    assert!(all.orgs[0].archived);
    archive_org(
        &c,
        ArchiveOrgReq {
            org_id: id.clone(),
            archived: false,
        },
    )
    .unwrap();

    let before = open_org(&c, OpenOrgReq { org_id: id.clone() }).unwrap();
    let deleted = delete_org(&c, DeleteOrgReq { org_id: id.clone() }).unwrap();
    assert_eq!(deleted.name, "株式会社ミナト精工");
    assert!(
        list_orgs(&c, ListOrgsReq::default())
            .unwrap()
            .orgs
            .is_empty()
    );
    assert_eq!(
        open_org(&c, OpenOrgReq { org_id: id.clone() })
            .unwrap_err()
            .code,
        ErrorCode::NotFound
    );
    undo_delete_org(&c, UndoDeleteOrgReq { undo: deleted.undo }).unwrap();
    let after = open_org(&c, OpenOrgReq { org_id: id }).unwrap();
    assert_eq!(
        after.selfcheck.answers.len(),
        before.selfcheck.answers.len()
    );
    assert_eq!(after.actions.len(), before.actions.len());
    assert_eq!(after.steps.len(), before.steps.len());
}

#[test]
fn a_client_file_is_compared_and_merged_section_by_section() {
    // The contractor's copy and the client's copy of the same organization.
    let contractor = AppCtx::in_memory(None).unwrap();
    let id = demo(&contractor);
    let client = AppCtx::in_memory(None).unwrap();
    demo(&client);
    let j = open_org(&client, OpenOrgReq { org_id: id.clone() }).unwrap();
    save_step(
        &client,
        SaveStepReq {
            round_id: j.round.id.clone(),
            step_id: "csm/d3/s1".into(),
            status: StepStatus::Done,
            owner: None,
            due_date: None,
            note: None,
            evidence_note: None,
            done_date: None,
            na_reason: None,
        },
    )
    .unwrap();
    let file = mamori_app::commands::export_org(
        &client,
        mamori_app::dto::ExportOrgReq { org_id: id.clone() },
    )
    .unwrap()
    .bundle;

    let p = preview_bytes(&contractor, file.as_bytes()).unwrap();
    assert!(p.exists);
    let rounds = p.sections.iter().find(|s| s.section == "rounds").unwrap();
    assert!(!rounds.same);
    assert!(
        p.sections
            .iter()
            .find(|s| s.section == "partners")
            .unwrap()
            .same
    );

    let keep = |rounds| MergeChoicesDto {
        profile: KeepSide::Local,
        rounds,
        actions: KeepSide::Local,
        partners: KeepSide::Local,
        documents: KeepSide::Local,
    };
    // Keeping the local rounds: the client's step is not taken.
    apply_org_file(
        &contractor,
        ApplyOrgFileReq {
            bundle: file.clone(),
            choices: keep(KeepSide::Local),
        },
    )
    .unwrap();
    let mine = open_org(&contractor, OpenOrgReq { org_id: id.clone() }).unwrap();
    assert!(
        mine.steps
            .get("csm/d3/s1")
            .is_none_or(|s| s.status != StepStatus::Done)
    );
    // Taking the file's rounds: it is.
    apply_org_file(
        &contractor,
        ApplyOrgFileReq {
            bundle: file,
            choices: keep(KeepSide::File),
        },
    )
    .unwrap();
    let theirs = open_org(&contractor, OpenOrgReq { org_id: id }).unwrap();
    assert_eq!(theirs.steps["csm/d3/s1"].status, StepStatus::Done);
}

#[test]
fn a_backup_can_be_restored_and_the_restore_keeps_a_safety_copy() {
    let dir = tempfile::tempdir().unwrap();
    let backup = dir.path().join("saved.db");
    let c = AppCtx::open(dir.path().join("data/mamori.db"), None)
        .unwrap()
        .with_dialogs(Box::new(At(backup.clone())));
    let id = demo(&c);
    assert!(backup_now(&c, NoReq {}).unwrap().saved);
    delete_org(&c, DeleteOrgReq { org_id: id.clone() }).unwrap();
    assert!(
        list_orgs(&c, ListOrgsReq::default())
            .unwrap()
            .orgs
            .is_empty()
    );
    let r = restore_backup(&c, NoReq {}).unwrap();
    assert!(r.restored);
    assert_eq!(r.organizations, 1);
    assert!(Path::new(r.safety_copy.as_deref().unwrap()).exists());
    assert_eq!(
        list_orgs(&c, ListOrgsReq::default()).unwrap().orgs[0].id,
        id
    );
    // A daily backup is made once.
    assert!(c.daily_backup().unwrap().is_some());
    assert!(c.daily_backup().unwrap().is_none());
}

#[test]
fn a_damaged_database_is_replaced_by_a_chosen_backup_and_kept_aside() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("mamori.db");
    let backup = dir.path().join("usb/backup.db");
    {
        let c = AppCtx::open(db.clone(), None)
            .unwrap()
            .with_dialogs(Box::new(At(backup.clone())));
        demo(&c);
        assert!(backup_now(&c, NoReq {}).unwrap().saved);
        // Recovering is only for a database that did not open.
        let e = recover_database(&c, NoReq {}).unwrap_err();
        assert_eq!(e.message_id, "error-not-damaged");
    }
    let damaged = b"this was a database once".repeat(200);
    std::fs::write(&db, &damaged).unwrap();
    let _ = std::fs::remove_file(dir.path().join("mamori.db-wal"));

    let c = AppCtx::open(db.clone(), None)
        .unwrap()
        .with_dialogs(Box::new(At(backup)));
    assert_eq!(
        list_orgs(&c, ListOrgsReq::default()).unwrap_err().code,
        ErrorCode::DbCorrupt
    );
    let r = recover_database(&c, NoReq {}).unwrap();
    assert!(r.restored);
    assert_eq!(r.organizations, 1);
    let kept = PathBuf::from(r.safety_copy.unwrap());
    assert_eq!(std::fs::read(&kept).unwrap(), damaged);
    assert!(c.db_error().is_none());
    // The same context now works, and so does the next start.
    assert_eq!(list_orgs(&c, ListOrgsReq::default()).unwrap().orgs.len(), 1);
    drop(c);
    let c = AppCtx::open(db, None).unwrap();
    assert_eq!(list_orgs(&c, ListOrgsReq::default()).unwrap().orgs.len(), 1);
}

#[test]
fn recovering_with_a_file_that_is_not_a_backup_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("mamori.db");
    let damaged = b"garbage".repeat(500);
    std::fs::write(&db, &damaged).unwrap();
    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, b"also garbage").unwrap();
    let c = AppCtx::open(db.clone(), None)
        .unwrap()
        .with_dialogs(Box::new(At(junk)));
    let e = recover_database(&c, NoReq {}).unwrap_err();
    assert_eq!(e.code, ErrorCode::DbCorrupt);
    assert_eq!(std::fs::read(&db).unwrap(), damaged);
    assert_eq!(c.db_error().map(|e| e.code), Some(ErrorCode::DbCorrupt));
}
