//! Request and response types of every command, grouped by area. They cross IPC as camelCase
//! JSON and are exported to TypeScript (`ui/src/bindings/ipc.ts`, see [`crate::bindings`]).

mod content;
mod guide;
mod journey;
mod manage;
mod orgs;
mod report;
mod selfcheck;
mod seminar;
mod startup;

pub use content::{ContentSummary, ContentSummaryReq, RecheckFact};
pub use guide::*;
pub use journey::*;
pub use manage::*;
pub use orgs::{
    CreateDemoReq, CreateDemoRes, CreateOrgReq, EmployeeBand, ExportOrgReq, ExportOrgRes,
    ImportOrgReq, ImportOrgRes, ListOrgsReq, ListOrgsRes, Org, OrgSummary, RoundBrief, Stage,
};
pub use report::{
    ExportReportReq, ExportReportRes, Progress, ReportBranding, ReportKind, SaveReportReq,
    SaveReportsAllReq, SavedReports,
};
pub use selfcheck::{ScoreSelfcheckReq, SelfcheckPart, SelfcheckScore};
pub use seminar::*;
pub use startup::{
    GetStartupReq, LocaleSource, Preferences, SetLocaleReq, SetLocaleRes, SetPreferencesReq,
    StartView, Startup, UserRole,
};
