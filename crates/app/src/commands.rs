//! One plain function per command, grouped by area. Each takes the context and its request DTO
//! and returns its response DTO or an [`crate::AppError`]; none panics. The Tauri shell and the
//! CLI call these.

mod content;
mod orgs;
mod report;
mod selfcheck;
mod startup;

pub use content::content_summary;
pub use orgs::{
    IMPORT_MAX_BYTES, create_demo, create_org, export_org, import_org, import_org_bytes, list_orgs,
};
pub use report::{export_report, render_report};
pub use selfcheck::{SELFCHECK_ERRORS, score_selfcheck};
pub use startup::{get_startup, set_locale};
