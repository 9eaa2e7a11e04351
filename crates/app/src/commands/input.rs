//! Reading a command's input: ids, dates and optional text (closed sets are typed enums in the
//! requests, refused when the request is read), each turned into a
//! localized `invalid-input` error naming the field when it is not right. Every command module
//! uses these; they use nothing of the commands.

use mamori_store::{self as store, Problem, Uuid};
use time::Date;

use crate::AppError;

/// An `invalid-input` error for `field`.
pub(crate) fn invalid(field: &str, problem: Problem) -> AppError {
    AppError::from(store::Error::Invalid {
        field: field.to_owned(),
        problem,
    })
}

/// A record id (a UUID).
pub(crate) fn parse_id(field: &str, s: &str) -> Result<Uuid, AppError> {
    Uuid::try_parse(s.trim()).map_err(|_| {
        invalid(
            field,
            Problem::BadId {
                value: s.chars().take(60).collect(),
            },
        )
    })
}

/// An organization's id.
pub(crate) fn parse_org_id(s: &str) -> Result<Uuid, AppError> {
    parse_id("orgId", s)
}

/// An optional date (`YYYY-MM-DD`); blank is none.
pub(crate) fn parse_opt_date(field: &str, s: Option<&str>) -> Result<Option<Date>, AppError> {
    match s.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => store::parse_date(s)
            .map(Some)
            .map_err(|p| invalid(field, p)),
    }
}

/// Blank text is no text.
pub(crate) fn text(s: Option<String>) -> Option<String> {
    s.filter(|s| !s.trim().is_empty())
}
