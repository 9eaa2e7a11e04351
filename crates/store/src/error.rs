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
