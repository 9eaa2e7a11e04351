//! Store errors, classified so the app can tell the user what happened and what to do next.

use std::path::{Path, PathBuf};

use rusqlite::ErrorCode;

/// The store's result type.
pub type Result<T> = std::result::Result<T, Error>;

/// What went wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The database was written by a newer Mamori; it was not touched.
    #[error("database schema version {found} is newer than this build supports ({supported})")]
    NewerSchema {
        /// `user_version` found in the file.
        found: u32,
        /// Latest version this build knows.
        supported: u32,
    },
    /// The file is not a SQLite database, or it is damaged.
    #[error("{path}: not a Mamori database or damaged")]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// SQLite's error.
        #[source]
        source: rusqlite::Error,
    },
    /// The file is a SQLite database, but of some other program.
    #[error("{path}: a SQLite database of another program")]
    NotMamori {
        /// The file.
        path: PathBuf,
    },
    /// The file or its folder cannot be written.
    #[error("{path}: read-only or not writable")]
    ReadOnly {
        /// The file or folder.
        path: PathBuf,
    },
    /// The disk is full.
    #[error("disk full while writing {path}")]
    DiskFull {
        /// The file.
        path: PathBuf,
    },
    /// A row that was asked for does not exist.
    #[error("{entity} {id} not found")]
    NotFound {
        /// What kind of row.
        entity: &'static str,
        /// Its id.
        id: String,
    },
    /// A value given to a write method breaks a rule; nothing was written.
    #[error("{field}: {problem}")]
    Invalid {
        /// The field, e.g. `name`.
        field: String,
        /// What is wrong with it.
        problem: Problem,
    },
    /// An organization bundle cannot be imported; nothing was written.
    #[error("bundle: {field}: {problem}")]
    BadBundle {
        /// Where in the bundle, as a path like `rounds[0].selfcheck[3].answer` (empty for the
        /// whole file).
        field: String,
        /// What is wrong there.
        problem: Problem,
    },
    /// A row with this id already exists (e.g. importing an organization that is already there
    /// without asking to replace it); nothing was written.
    #[error("{entity} {id} already exists")]
    Conflict {
        /// What kind of row.
        entity: &'static str,
        /// Its id.
        id: String,
    },
    /// The assessment round is closed; its answers and progress are history and stay as they
    /// are.
    #[error("assessment round {id} is closed")]
    RoundClosed {
        /// The round.
        id: String,
    },
    /// A file-system error outside SQLite (creating the folder, writing a backup).
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
    /// Any other SQLite error.
    #[error("{path}: {source}")]
    Sqlite {
        /// The database file.
        path: PathBuf,
        /// SQLite's error.
        #[source]
        source: rusqlite::Error,
    },
}

/// What is wrong with a value (in a write method's input or in an imported bundle).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Not valid JSON, or cut off (`line`/`column` of the first error, 1-based).
    Syntax {
        /// Line of the error.
        line: usize,
        /// Column of the error.
        column: usize,
    },
    /// The file is larger than the limit.
    TooLarge {
        /// The limit in bytes.
        max_bytes: usize,
    },
    /// The JSON is not a Mamori organization bundle (`format` is missing or different).
    NotABundle,
    /// The bundle was written by a newer Mamori (its format or schema version is higher).
    Unsupported {
        /// The version found.
        found: u64,
    },
    /// A required field is missing.
    Missing,
    /// A field this format does not have.
    UnknownField,
    /// The value has the wrong JSON type (text for a number, …).
    WrongType {
        /// serde's description, in English.
        detail: String,
    },
    /// Not one of the allowed values of an enumeration.
    UnknownValue {
        /// The value found (shortened).
        value: String,
    },
    /// A question or step id the content does not have.
    UnknownContentId {
        /// The id found (shortened).
        value: String,
    },
    /// The same id twice.
    Duplicate {
        /// The repeated id (shortened).
        value: String,
    },
    /// Not a date (`YYYY-MM-DD`) or timestamp (`YYYY-MM-DDTHH:MM:SS.sssZ`), or outside
    /// 2000-01-01..2100-12-31.
    BadDate {
        /// The value found (shortened).
        value: String,
    },
    /// Longer than allowed.
    TooLong {
        /// The limit in characters.
        max_chars: usize,
    },
    /// Empty where text is required.
    Empty,
    /// A control character (invisible, e.g. a tab in a name): see [`mamori_core::text`].
    ControlChar {
        /// The first such character, as `U+XXXX`.
        value: String,
    },
    /// Not a UUID.
    BadId {
        /// The value found (shortened).
        value: String,
    },
    /// Refers to something that is not there (e.g. an action's round that is not in the
    /// bundle).
    BadReference {
        /// The id referred to (shortened).
        value: String,
    },
    /// More than one open assessment round for the organization.
    SecondOpenRound,
    /// A round that closes before it starts.
    ClosedBeforeStarted,
}

impl Problem {
    /// A short kebab-case name of the kind of problem, used in message ids
    /// (`error-bad-bundle-<kind>`).
    pub fn kind(&self) -> &'static str {
        match self {
            Problem::Syntax { .. } => "syntax",
            Problem::TooLarge { .. } => "too-large",
            Problem::NotABundle => "not-a-bundle",
            Problem::Unsupported { .. } => "unsupported",
            Problem::Missing => "missing",
            Problem::UnknownField => "unknown-field",
            Problem::WrongType { .. } => "wrong-type",
            Problem::UnknownValue { .. } => "unknown-value",
            Problem::UnknownContentId { .. } => "unknown-content-id",
            Problem::Duplicate { .. } => "duplicate",
            Problem::BadDate { .. } => "bad-date",
            Problem::TooLong { .. } => "too-long",
            Problem::Empty => "empty",
            Problem::ControlChar { .. } => "control-char",
            Problem::BadId { .. } => "bad-id",
            Problem::BadReference { .. } => "bad-reference",
            Problem::SecondOpenRound => "second-open-round",
            Problem::ClosedBeforeStarted => "closed-before-started",
        }
    }

    /// The values a message about this problem may show, by name (`value`, `max`, `line`, …).
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            Problem::Syntax { line, column } => {
                vec![("line", line.to_string()), ("column", column.to_string())]
            }
            Problem::TooLarge { max_bytes } => {
                vec![("max", (max_bytes / (1024 * 1024)).to_string())]
            }
            Problem::Unsupported { found } => vec![("found", found.to_string())],
            Problem::TooLong { max_chars } => vec![("max", max_chars.to_string())],
            Problem::WrongType { .. }
            | Problem::NotABundle
            | Problem::Missing
            | Problem::UnknownField
            | Problem::Empty
            | Problem::SecondOpenRound
            | Problem::ClosedBeforeStarted => Vec::new(),
            Problem::UnknownValue { value }
            | Problem::UnknownContentId { value }
            | Problem::Duplicate { value }
            | Problem::BadDate { value }
            | Problem::ControlChar { value }
            | Problem::BadId { value }
            | Problem::BadReference { value } => vec![("value", value.clone())],
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Syntax { line, column } => {
                write!(
                    f,
                    "not valid JSON or cut off (line {line}, column {column})"
                )
            }
            Problem::TooLarge { max_bytes } => write!(f, "larger than {max_bytes} bytes"),
            Problem::NotABundle => f.write_str("not a Mamori organization bundle"),
            Problem::Unsupported { found } => {
                write!(f, "version {found} is newer than this build supports")
            }
            Problem::Missing => f.write_str("missing"),
            Problem::UnknownField => f.write_str("unknown field"),
            Problem::WrongType { detail } => write!(f, "wrong type: {detail}"),
            Problem::UnknownValue { value } => write!(f, "unknown value {value:?}"),
            Problem::UnknownContentId { value } => write!(f, "unknown content id {value:?}"),
            Problem::Duplicate { value } => write!(f, "duplicate {value:?}"),
            Problem::BadDate { value } => {
                write!(f, "not a date in 2000-01-01..2100-12-31: {value:?}")
            }
            Problem::TooLong { max_chars } => write!(f, "longer than {max_chars} characters"),
            Problem::Empty => f.write_str("empty"),
            Problem::ControlChar { value } => write!(f, "contains the control character {value}"),
            Problem::BadId { value } => write!(f, "not a UUID: {value:?}"),
            Problem::BadReference { value } => write!(f, "refers to missing {value:?}"),
            Problem::SecondOpenRound => f.write_str("a second open assessment round"),
            Problem::ClosedBeforeStarted => f.write_str("closed before it started"),
        }
    }
}

impl Error {
    /// Classifies a SQLite error by its primary result code.
    pub fn from_sqlite(path: &Path, e: rusqlite::Error) -> Error {
        let path = path.to_owned();
        match e.sqlite_error_code() {
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => {
                Error::Corrupt { path, source: e }
            }
            Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => {
                Error::ReadOnly { path }
            }
            Some(ErrorCode::DiskFull) => Error::DiskFull { path },
            _ => Error::Sqlite { path, source: e },
        }
    }

    /// Classifies an I/O error (permission denied → read-only, no space → disk full).
    pub fn from_io(path: &Path, e: std::io::Error) -> Error {
        let path = path.to_owned();
        match e.kind() {
            std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
                Error::ReadOnly { path }
            }
            std::io::ErrorKind::StorageFull => Error::DiskFull { path },
            _ => Error::Io { path, source: e },
        }
    }
}
