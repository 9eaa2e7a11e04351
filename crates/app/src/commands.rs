//! One plain function per command, grouped by area. Each takes the context and its request DTO
//! and returns its response DTO or an [`crate::AppError`]; none panics. The Tauri shell and the
//! CLI call these.

mod branding;
mod content;
mod files;
mod guide;
mod ics;
mod input;
mod journey;
mod manage;
mod orgs;
mod read_model;
mod report;
mod selfcheck;
mod seminar;
mod startup;

pub use branding::{
    LOGO_MAX_BYTES, branding_parts, choose_brand_logo, clear_brand_logo, get_branding, set_branding,
};
pub use content::content_summary;
pub use files::{import_org_file, save_ics, save_org_file};
pub use guide::get_content;
pub use ics::export_ics;
pub use journey::{
    delete_action, delete_partner, open_org, save_action, save_document, save_maturity_answer,
    save_partner, save_selfcheck_answer, save_step, start_next_round, update_org,
};
pub use manage::{
    apply_org_file, archive_org, backup_now, delete_org, get_backups, preview_bytes,
    preview_org_file, recover_database, restore_backup, undo_delete_org,
};
pub use orgs::{
    IMPORT_MAX_BYTES, create_demo, create_org, export_org, import_org, import_org_bytes, list_orgs,
};
pub use report::{export_report, render_report, save_report, save_reports_all};
pub use selfcheck::{SELFCHECK_ERRORS, score_selfcheck};
pub use seminar::{
    attendee_file_name, class_view, load_class_files, quick_score, read_attendee_files,
    render_blank_worksheet, render_class_report, save_attendee_file, save_blank_worksheet,
    save_class_report, save_quick_run,
};
pub use startup::{get_startup, set_locale, set_preferences};
