//! Start-up and settings DTOs.

use mamori_core::Locale;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::AppError;

/// Request of `get_startup`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GetStartupReq {
    /// The user's offset from UTC in minutes east (JST: 540), which decides what "today" is.
    #[serde(default)]
    pub utc_offset_minutes: Option<i32>,
}

/// Who uses Mamori; sets sensible defaults (an owner starts with their own company, a
/// contractor with the client list, a trainer with the demo company).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum UserRole {
    /// The owner of a small business.
    Owner,
    /// An IT contractor serving several clients.
    Contractor,
    /// A trainer running seminars.
    Trainer,
}

impl UserRole {
    /// The saved text.
    pub fn as_str(self) -> &'static str {
        match self {
            UserRole::Owner => "owner",
            UserRole::Contractor => "contractor",
            UserRole::Trainer => "trainer",
        }
    }

    /// The role for its saved text.
    pub fn parse(s: &str) -> Option<UserRole> {
        [UserRole::Owner, UserRole::Contractor, UserRole::Trainer]
            .into_iter()
            .find(|r| r.as_str() == s)
    }
}

/// What Mamori shows when it starts (a trainer with clients in the portfolio must not have a
/// client appear on the projector before anything can be switched).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum StartView {
    /// The organization opened last (the default).
    #[default]
    LastOrg,
    /// The practice company (or the seminar tools when there is none yet).
    Practice,
    /// The organization list, with nothing opened.
    OrgList,
}

impl StartView {
    /// The saved text.
    pub fn as_str(self) -> &'static str {
        match self {
            StartView::LastOrg => "last-org",
            StartView::Practice => "practice",
            StartView::OrgList => "org-list",
        }
    }

    /// The choice for its saved text.
    pub fn parse(s: &str) -> Option<StartView> {
        [StartView::LastOrg, StartView::Practice, StartView::OrgList]
            .into_iter()
            .find(|r| r.as_str() == s)
    }
}

/// The user's preferences.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Preferences {
    /// Who uses Mamori; `None` until chosen on the first start.
    pub role: Option<UserRole>,
    /// Text size in percent (80–200; default 100).
    pub text_scale: u32,
    /// The organization opened last, to come back to it.
    pub last_org_id: Option<String>,
    /// What to show at start-up.
    pub start_view: StartView,
    /// Whether the presentation view was on when Mamori was last used: it starts in it again,
    /// on the seminar tools with no organization open.
    pub presentation: bool,
}

/// Request of `set_preferences`: the values to change (absent ones stay).
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SetPreferencesReq {
    /// Who uses Mamori.
    #[serde(default)]
    pub role: Option<UserRole>,
    /// Text size in percent (80–200).
    #[serde(default)]
    pub text_scale: Option<u32>,
    /// The organization opened last (empty text clears it).
    #[serde(default)]
    pub last_org_id: Option<String>,
    /// What to show at start-up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub start_view: Option<StartView>,
    /// The presentation view, remembered for the next start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub presentation: Option<bool>,
}

/// Where the current UI language came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum LocaleSource {
    /// The user chose it; it is saved in the database.
    Saved,
    /// Nothing saved yet: derived from the operating system's locale.
    Os,
}

/// What the UI needs to draw its first screen.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Startup {
    /// The language to show.
    pub locale: Locale,
    /// Whether the user chose it or it follows the OS.
    pub locale_source: LocaleSource,
    /// The database file.
    pub db_path: String,
    /// The app's version.
    pub version: String,
    /// Set when the database could not be opened: the UI shows this instead of losing data.
    pub db_error: Option<AppError>,
    /// The user's preferences (defaults when the database could not be opened).
    pub preferences: Preferences,
}

/// Request of `set_locale`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SetLocaleReq {
    /// The language to use from now on.
    pub locale: Locale,
}

/// Response of `set_locale`: the saved language.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SetLocaleRes {
    /// The language now saved.
    pub locale: Locale,
}
