// The app's own commands must be declared here so that capabilities can grant them; without a
// manifest, Tauri would allow every command to every window. The list is checked against the
// command table in mamori-app by a test (src/lib.rs).
const COMMANDS: &[&str] = &[
    "get_startup",
    "set_locale",
    "content_summary",
    "score_selfcheck",
    "list_orgs",
    "create_org",
    "create_demo",
    "export_org",
    "import_org",
    "set_preferences",
    "get_content",
    "open_org",
    "update_org",
    "start_next_round",
    "save_selfcheck_answer",
    "save_maturity_answer",
    "save_step",
    "save_document",
    "save_action",
    "delete_action",
    "save_partner",
    "delete_partner",
    "export_ics",
    "save_ics",
    "save_org_file",
    "import_org_file",
    "archive_org",
    "delete_org",
    "undo_delete_org",
    "preview_org_file",
    "apply_org_file",
    "backup_now",
    "restore_backup",
    "recover_database",
    "get_backups",
    "quick_score",
    "save_attendee_file",
    "save_quick_run",
    "load_class_files",
    "get_branding",
    "set_branding",
    "choose_brand_logo",
    "clear_brand_logo",
    "save_report",
    "save_reports_all",
    "save_class_report",
    "save_blank_worksheet",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build script failed");
}
