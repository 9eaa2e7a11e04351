//! Start-up and settings DTOs.

use mamori_core::Locale;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::AppError;

/// Request of `get_startup`: nothing.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GetStartupReq {}

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
