//! The error every command returns, and its wire shape.
//!
//! Over IPC an error is always an object `{code, messageId, args, detail}`: `code` is a small
//! closed enum the UI may branch on, `messageId` names the Fluent message the UI shows, `args`
//! fills it in, and `detail` is the English error chain for logs and bug reports.

use std::collections::BTreeMap;

use mamori_core::Locale;
use mamori_i18n::{Arg, Localizer};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What kind of failure happened. Add a variant only when the UI must act differently on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    /// The request was malformed or a value is out of range.
    InvalidInput,
    /// A referenced record does not exist.
    NotFound,
    /// The database could not be read or written.
    Storage,
    /// The database comes from a newer Mamori.
    DbNewer,
    /// The database file is damaged or not a Mamori file.
    DbCorrupt,
    /// The data folder or file cannot be written.
    DbReadonly,
    /// The disk is full.
    DiskFull,
    /// A record with the same id already exists (e.g. importing a client file of an
    /// organization that is already there, without asking to replace it).
    Conflict,
    /// A client file (organization bundle) is damaged, of another kind, or from a newer Mamori.
    BadBundle,
    /// A bug: something that should not happen.
    Internal,
}

impl ErrorCode {
    /// Every code, for the message-coverage test.
    pub const ALL: [ErrorCode; 10] = [
        ErrorCode::InvalidInput,
        ErrorCode::NotFound,
        ErrorCode::Storage,
        ErrorCode::DbNewer,
        ErrorCode::DbCorrupt,
        ErrorCode::DbReadonly,
        ErrorCode::DiskFull,
        ErrorCode::Conflict,
        ErrorCode::BadBundle,
        ErrorCode::Internal,
    ];

    /// The kebab-case name, as on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidInput => "invalid-input",
            ErrorCode::NotFound => "not-found",
            ErrorCode::Storage => "storage",
            ErrorCode::DbNewer => "db-newer",
            ErrorCode::DbCorrupt => "db-corrupt",
            ErrorCode::DbReadonly => "db-readonly",
            ErrorCode::DiskFull => "disk-full",
            ErrorCode::Conflict => "conflict",
            ErrorCode::BadBundle => "bad-bundle",
            ErrorCode::Internal => "internal",
        }
    }

    /// The default Fluent message for this code: `error-<code>`.
    pub fn message_id(self) -> String {
        format!("error-{}", self.as_str())
    }
}

/// A command's failure, as the UI and the CLI receive it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, thiserror::Error)]
#[serde(rename_all = "camelCase")]
#[error("{detail}")]
pub struct AppError {
    /// The kind of failure.
    pub code: ErrorCode,
    /// The Fluent message to show, usually `error-<code>`.
    pub message_id: String,
    /// Values for the message's variables.
    pub args: BTreeMap<String, String>,
    /// The technical detail (English), for logs and bug reports; never shown as the message.
    pub detail: String,
}

impl AppError {
    /// An error with the default message for `code`.
    pub fn new(code: ErrorCode, detail: impl Into<String>) -> AppError {
        AppError {
            code,
            message_id: code.message_id(),
            args: BTreeMap::new(),
            detail: detail.into(),
        }
    }

    /// Shows `message_id` instead of the code's default message (e.g. `selfcheck-error-missing`
    /// for one kind of invalid input); add its arguments with [`AppError::arg`].
    pub fn with_message(mut self, message_id: impl Into<String>) -> AppError {
        self.message_id = message_id.into();
        self
    }

    /// Adds a message argument.
    pub fn arg(mut self, key: &str, value: impl Into<String>) -> AppError {
        self.args.insert(key.to_owned(), value.into());
        self
    }

    /// The same error with another message (of the same code's family).
    pub fn message(mut self, message_id: &str) -> AppError {
        message_id.clone_into(&mut self.message_id);
        self
    }

    /// Invalid input, with a reason (already localized by the caller, or a field name).
    pub fn invalid(reason: impl Into<String>) -> AppError {
        let reason = reason.into();
        AppError::new(ErrorCode::InvalidInput, reason.clone()).arg("reason", reason)
    }

    /// The localized message, as the CLI prints it. A `field` argument that names a form field
    /// with a label (`field-<name>`, e.g. `field-name`) is shown as that label.
    pub fn localized(&self, l: &Localizer, locale: Locale) -> String {
        let args: Vec<(&str, Arg)> = self
            .args
            .iter()
            .map(|(k, v)| {
                let label = format!("field-{v}");
                let v = if k == "field" && l.has(locale, &label) {
                    l.format(locale, &label, &[])
                } else {
                    v.clone()
                };
                (k.as_str(), Arg::Str(v))
            })
            .collect();
        l.format(locale, &self.message_id, &args)
    }
}

impl From<mamori_store::Error> for AppError {
    fn from(e: mamori_store::Error) -> AppError {
        use mamori_store::Error as S;
        let detail = error_chain(&e);
        match &e {
            S::NewerSchema { found, supported } => AppError::new(ErrorCode::DbNewer, detail)
                .arg("found", found.to_string())
                .arg("supported", supported.to_string()),
            S::Corrupt { path, .. } | S::NotMamori { path } => {
                AppError::new(ErrorCode::DbCorrupt, detail).arg("path", path.display().to_string())
            }
            S::ReadOnly { path } => {
                AppError::new(ErrorCode::DbReadonly, detail).arg("path", path.display().to_string())
            }
            S::DiskFull { .. } => AppError::new(ErrorCode::DiskFull, detail),
            S::NotFound { entity, .. } => {
                // The message selects on it: "action item" → action-item.
                AppError::new(ErrorCode::NotFound, detail).arg("what", entity.replace(' ', "-"))
            }
            S::Invalid { field, problem } => {
                with_problem(AppError::new(ErrorCode::InvalidInput, detail), problem)
                    .message("error-invalid-field")
                    .arg("field", field.clone())
            }
            S::BadBundle { field, problem } => {
                with_problem(AppError::new(ErrorCode::BadBundle, detail), problem)
                    .arg("field", field.clone())
            }
            S::Conflict { entity, id } => {
                let what = match *entity {
                    "organization" => "organization",
                    "open assessment round" => "open-round",
                    _ => "record",
                };
                AppError::new(ErrorCode::Conflict, detail)
                    .arg("entity", what)
                    .arg("id", id.clone())
            }
            S::RoundClosed { .. } => {
                AppError::new(ErrorCode::InvalidInput, detail).message("error-round-closed")
            }
            S::Io { .. } | S::Sqlite { .. } => AppError::new(ErrorCode::Storage, detail),
        }
    }
}

/// Adds `problem` (the kind, for the message's selector) and the problem's values as arguments.
fn with_problem(e: AppError, problem: &mamori_store::Problem) -> AppError {
    problem
        .args()
        .into_iter()
        .fold(e.arg("problem", problem.kind()), |e, (k, v)| e.arg(k, v))
}

impl From<mamori_i18n::Error> for AppError {
    fn from(e: mamori_i18n::Error) -> AppError {
        AppError::new(ErrorCode::Internal, error_chain(&e))
    }
}

/// The error and all its sources, joined with `: `.
pub fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        s.push_str(": ");
        s.push_str(&c.to_string());
        cur = c.source();
    }
    s
}
