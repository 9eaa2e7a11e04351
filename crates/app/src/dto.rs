//! Request and response types of every command, grouped by area. They cross IPC as camelCase
//! JSON and are exported to TypeScript (`ui/src/bindings/ipc.ts`, see [`crate::bindings`]).

mod content;
mod selfcheck;
mod startup;

pub use content::{ContentSummary, ContentSummaryReq};
pub use selfcheck::{ScoreSelfcheckReq, SelfcheckPart, SelfcheckScore};
pub use startup::{GetStartupReq, LocaleSource, SetLocaleReq, SetLocaleRes, Startup};
