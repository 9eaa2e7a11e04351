//! Mamori's command surface, without Tauri.
//!
//! Every operation the UI (or the CLI) can ask for is one plain function in [`commands`], taking
//! an [`AppCtx`] and a request DTO and returning a response DTO or an [`AppError`]. The list of
//! commands lives in one table, [`with_commands!`]; the Tauri shell generates its adapters and
//! handler list from it, and [`bindings`] generates the TypeScript types from it, so a command
//! cannot be declared without being registered and typed.
//!
//! Depends on `mamori-core`, `mamori-i18n` and `mamori-store`; never on Tauri.
#![deny(missing_docs)]

pub mod bindings;
pub mod clock;
pub mod commands;
mod ctx;
pub mod dto;
mod error;
pub mod files;

pub use ctx::{
    AppCtx, DATA_DIR_ENV, DB_FILE_NAME, LocaleHook, ProgressHook, content_ids, default_data_dir,
};
pub use error::{AppError, ErrorCode};

/// The app's version, as shown in About and written into exports.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The command table: `name(Request) -> Response;` per command. Calls `$callback!` with the
/// list, so each consumer (Tauri adapters, handler list, TS bindings, tests) expands the same
/// table. Add a command here and in [`commands`]; everything else follows.
#[macro_export]
macro_rules! with_commands {
    ($callback:ident) => {
        $callback! {
            get_startup($crate::dto::GetStartupReq) -> $crate::dto::Startup;
            set_locale($crate::dto::SetLocaleReq) -> $crate::dto::SetLocaleRes;
            content_summary($crate::dto::ContentSummaryReq) -> $crate::dto::ContentSummary;
            score_selfcheck($crate::dto::ScoreSelfcheckReq) -> $crate::dto::SelfcheckScore;
            list_orgs($crate::dto::ListOrgsReq) -> $crate::dto::ListOrgsRes;
            create_org($crate::dto::CreateOrgReq) -> $crate::dto::Org;
            create_demo($crate::dto::CreateDemoReq) -> $crate::dto::CreateDemoRes;
            export_org($crate::dto::ExportOrgReq) -> $crate::dto::ExportOrgRes;
            import_org($crate::dto::ImportOrgReq) -> $crate::dto::ImportOrgRes;
            set_preferences($crate::dto::SetPreferencesReq) -> $crate::dto::Preferences;
            get_content($crate::dto::GetContentReq) -> $crate::dto::ContentView;
            open_org($crate::dto::OpenOrgReq) -> $crate::dto::Journey;
            update_org($crate::dto::UpdateOrgReq) -> $crate::dto::Journey;
            start_next_round($crate::dto::StartNextRoundReq) -> $crate::dto::Journey;
            save_selfcheck_answer($crate::dto::SaveSelfcheckAnswerReq) -> $crate::dto::Journey;
            save_maturity_answer($crate::dto::SaveMaturityAnswerReq) -> $crate::dto::Journey;
            save_step($crate::dto::SaveStepReq) -> $crate::dto::Journey;
            save_document($crate::dto::SaveDocumentReq) -> $crate::dto::Journey;
            save_action($crate::dto::SaveActionReq) -> $crate::dto::Journey;
            delete_action($crate::dto::DeleteActionReq) -> $crate::dto::Journey;
            save_partner($crate::dto::SavePartnerReq) -> $crate::dto::Journey;
            delete_partner($crate::dto::DeletePartnerReq) -> $crate::dto::Journey;
            export_ics($crate::dto::ExportIcsReq) -> $crate::dto::ExportIcsRes;
            save_ics($crate::dto::SaveFileReq) -> $crate::dto::SavedFile;
            save_org_file($crate::dto::SaveFileReq) -> $crate::dto::SavedFile;
            import_org_file($crate::dto::ImportOrgFileReq) -> $crate::dto::ImportOrgFileRes;
            archive_org($crate::dto::ArchiveOrgReq) -> $crate::dto::NoReq;
            delete_org($crate::dto::DeleteOrgReq) -> $crate::dto::DeletedOrg;
            undo_delete_org($crate::dto::UndoDeleteOrgReq) -> $crate::dto::ImportOrgRes;
            preview_org_file($crate::dto::NoReq) -> $crate::dto::OrgFilePreview;
            apply_org_file($crate::dto::ApplyOrgFileReq) -> $crate::dto::ImportOrgRes;
            backup_now($crate::dto::NoReq) -> $crate::dto::SavedFile;
            restore_backup($crate::dto::NoReq) -> $crate::dto::RestoreRes;
            recover_database($crate::dto::NoReq) -> $crate::dto::RestoreRes;
            get_backups($crate::dto::NoReq) -> $crate::dto::BackupsInfo;
            quick_score($crate::dto::QuickAnswers) -> $crate::dto::QuickScore;
            save_attendee_file($crate::dto::QuickAnswers) -> $crate::dto::SavedFile;
            save_quick_run($crate::dto::SaveQuickRunReq) -> $crate::dto::Journey;
            load_class_files($crate::dto::NoReq) -> $crate::dto::ClassView;
            get_branding($crate::dto::NoReq) -> $crate::dto::Branding;
            set_branding($crate::dto::SetBrandingReq) -> $crate::dto::Branding;
            choose_brand_logo($crate::dto::NoReq) -> $crate::dto::Branding;
            clear_brand_logo($crate::dto::NoReq) -> $crate::dto::Branding;
            save_report($crate::dto::SaveReportReq) -> $crate::dto::SavedFile;
            save_reports_all($crate::dto::SaveReportsAllReq) -> $crate::dto::SavedReports;
            save_class_report($crate::dto::SaveClassReportReq) -> $crate::dto::SavedFile;
            save_blank_worksheet($crate::dto::SaveBlankWorksheetReq) -> $crate::dto::SavedFile;
        }
    };
}

macro_rules! command_names {
    ($($name:ident($req:ty) -> $res:ty;)*) => {
        /// Every command name in the table, in table order.
        pub const COMMAND_NAMES: &[&str] = &[$(stringify!($name)),*];
    };
}
with_commands!(command_names);
