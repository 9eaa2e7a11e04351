//! The value types the aggregates share: timestamps, dates, ids, enumerations stored as text,
//! and the rules every text and date must follow (the same for a form and for an imported
//! bundle).

use mamori_core::text::{TextKind, check_text};
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use time::format_description::BorrowedFormatItem;
use time::macros::format_description;
use time::{Date, OffsetDateTime, PrimitiveDateTime, UtcOffset};
use uuid::Uuid;

use crate::Problem;

/// Longest name-like text (organization, person, partner, owner), in characters.
pub const NAME_MAX: usize = 200;
/// Longest title (of an action item), in characters.
pub const TITLE_MAX: usize = 500;
/// Longest free text (notes, evidence, reasons), in characters.
pub const TEXT_MAX: usize = 10_000;

/// Earliest date Mamori accepts.
pub const DATE_MIN: Date = time::macros::date!(2000 - 01 - 01);
/// Latest date Mamori accepts.
pub const DATE_MAX: Date = time::macros::date!(2100 - 12 - 31);

/// How dates are stored and exported: `YYYY-MM-DD`.
const DATE_FORMAT: &[BorrowedFormatItem<'_>] = format_description!("[year]-[month]-[day]");
/// `YYYYMMDD`, for file names.
const COMPACT_DATE_FORMAT: &[BorrowedFormatItem<'_>] = format_description!("[year][month][day]");
/// How moments are stored and exported: `YYYY-MM-DDTHH:MM:SS.sssZ`, always UTC.
const TIMESTAMP_FORMAT: &[BorrowedFormatItem<'_>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z");

/// A moment in UTC with millisecond precision, stored and exported as
/// `YYYY-MM-DDTHH:MM:SS.sssZ` (which sorts correctly as text).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(OffsetDateTime);

impl Timestamp {
    /// Now, truncated to the millisecond.
    pub fn now() -> Timestamp {
        Timestamp::from_datetime(OffsetDateTime::now_utc())
    }

    /// A timestamp for `date` at `hour:minute` UTC.
    pub fn at(date: Date, hour: u8, minute: u8) -> Timestamp {
        let t =
            time::Time::from_hms(hour.min(23), minute.min(59), 0).unwrap_or(time::Time::MIDNIGHT);
        Timestamp(date.with_time(t).assume_utc())
    }

    /// Converts, truncating to the millisecond and moving to UTC.
    pub fn from_datetime(t: OffsetDateTime) -> Timestamp {
        let t = t.to_offset(UtcOffset::UTC);
        let ms = t.millisecond();
        Timestamp(t.replace_millisecond(ms).unwrap_or(t))
    }

    /// Parses the canonical form `YYYY-MM-DDTHH:MM:SS.sssZ` within 2000-01-01..2100-12-31.
    pub fn parse(s: &str) -> Result<Timestamp, Problem> {
        let bad = || Problem::BadDate { value: shorten(s) };
        if has_sign(s) {
            return Err(bad());
        }
        let t = PrimitiveDateTime::parse(s, TIMESTAMP_FORMAT).map_err(|_| bad())?;
        check_date(t.date()).map_err(|_| bad())?;
        Ok(Timestamp(t.assume_utc()))
    }

    /// This moment plus `ms` milliseconds.
    pub fn plus_millis(self, ms: i64) -> Timestamp {
        Timestamp(self.0.saturating_add(time::Duration::milliseconds(ms)))
    }

    /// The UTC date of this moment.
    pub fn date(self) -> Date {
        self.0.date()
    }

    /// The underlying date-time (UTC).
    pub fn datetime(self) -> OffsetDateTime {
        self.0
    }
}

impl std::fmt::Display for Timestamp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = self
            .0
            .format(TIMESTAMP_FORMAT)
            .map_err(|_| std::fmt::Error)?;
        f.write_str(&text)
    }
}

impl ToSql for Timestamp {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.to_string()))
    }
}

impl FromSql for Timestamp {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let s = value.as_str()?;
        Timestamp::parse(s).map_err(|p| FromSqlError::Other(p.to_string().into()))
    }
}

/// Parses `YYYY-MM-DD` within 2000-01-01..2100-12-31.
pub fn parse_date(s: &str) -> Result<Date, Problem> {
    let bad = || Problem::BadDate { value: shorten(s) };
    if has_sign(s) {
        return Err(bad());
    }
    let date = Date::parse(s, DATE_FORMAT).map_err(|_| bad())?;
    check_date(date).map_err(|_| bad())?;
    Ok(date)
}

/// `[year]` also takes a signed year ("+2024"); a date Mamori writes never has a sign.
fn has_sign(s: &str) -> bool {
    s.starts_with(['+', '-'])
}

/// Formats a date as `YYYY-MM-DD`.
pub fn format_date(d: Date) -> String {
    format_with(d, DATE_FORMAT)
}

/// Formats a date as `YYYYMMDD`, for file names and calendar files.
pub fn format_date_compact(d: Date) -> String {
    format_with(d, COMPACT_DATE_FORMAT)
}

fn format_with(d: Date, format: &[BorrowedFormatItem<'_>]) -> String {
    // A date-only description has every component a `Date` has, so this cannot fail; the
    // plain rendering below is never used.
    d.format(format).unwrap_or_else(|_| d.to_string())
}

/// Checks a date against 2000-01-01..2100-12-31.
pub fn check_date(d: Date) -> Result<(), Problem> {
    if (DATE_MIN..=DATE_MAX).contains(&d) {
        Ok(())
    } else {
        Err(Problem::BadDate {
            value: format_date(d),
        })
    }
}

/// Parses a UUID in its hyphenated form (as Mamori writes them).
pub fn parse_id(s: &str) -> Result<Uuid, Problem> {
    if s.len() != 36 {
        return Err(Problem::BadId { value: shorten(s) });
    }
    Uuid::try_parse(s).map_err(|_| Problem::BadId { value: shorten(s) })
}

/// Checks required single-line text (a name, a title, an id): not blank, at most `max`
/// characters, no control characters.
pub fn check_required(s: &str, max: usize) -> Result<(), Problem> {
    if s.trim().is_empty() {
        return Err(Problem::Empty);
    }
    check_len(s, max)?;
    check_chars(s, TextKind::SingleLine)
}

/// Checks optional text: at most `max` characters, no control characters (a
/// [`TextKind::MultiLine`] note keeps line breaks and tabs).
pub fn check_optional(s: Option<&str>, max: usize, kind: TextKind) -> Result<(), Problem> {
    s.map_or(Ok(()), |s| {
        check_len(s, max)?;
        check_chars(s, kind)
    })
}

/// Mamori's one rule for characters ([`mamori_core::text`]) as a [`Problem`].
fn check_chars(s: &str, kind: TextKind) -> Result<(), Problem> {
    check_text(s, kind).map_err(|c| Problem::ControlChar {
        value: c.code_point(),
    })
}

fn check_len(s: &str, max: usize) -> Result<(), Problem> {
    // Cheap test first: a string of at most `max` bytes has at most `max` characters.
    if s.len() > max && s.chars().count() > max {
        Err(Problem::TooLong { max_chars: max })
    } else {
        Ok(())
    }
}

/// A value for an error message: at most 60 characters.
pub(crate) fn shorten(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() <= MAX {
        s.to_owned()
    } else {
        let mut out: String = s.chars().take(MAX).collect();
        out.push('…');
        out
    }
}

/// Reads a column holding the code of a closed set defined in `mamori-core` (a self-check
/// answer, a step status), with that type's parser.
pub(crate) fn col_code<T>(
    r: &rusqlite::Row<'_>,
    i: usize,
    parse: fn(&str) -> Option<T>,
) -> rusqlite::Result<T> {
    let s: String = r.get(i)?;
    parse(&s).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            i,
            rusqlite::types::Type::Text,
            format!("unknown code {s:?}").into(),
        )
    })
}

/// Reads a UUID column.
pub(crate) fn col_id(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Uuid> {
    let s: String = r.get(i)?;
    Uuid::try_parse(&s).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// Reads an optional UUID column.
pub(crate) fn col_opt_id(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Option<Uuid>> {
    let s: Option<String> = r.get(i)?;
    s.map(|s| {
        Uuid::try_parse(&s).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
        })
    })
    .transpose()
}

/// Reads an optional date column (`YYYY-MM-DD`).
pub(crate) fn col_opt_date(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Option<Date>> {
    let s: Option<String> = r.get(i)?;
    s.map(|s| {
        parse_date(&s).map_err(|p| {
            rusqlite::Error::FromSqlConversionFailure(
                i,
                rusqlite::types::Type::Text,
                p.to_string().into(),
            )
        })
    })
    .transpose()
}

/// An optional date as a SQL value.
pub(crate) fn sql_date(d: Option<Date>) -> Option<String> {
    d.map(format_date)
}

/// Declares an enumeration stored and exported as fixed text, with `as_str`, `parse`, `ALL`,
/// `Display` and SQL conversions.
macro_rules! text_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal, )+
        }
    ) => {
        $(#[$meta])*
        ///
        /// Crosses the IPC and client files as its text (`as_str`), typed on both sides.
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize, ts_rs::TS,
        )]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $text)] $variant, )+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The text stored in the database and written to bundles.
            pub fn as_str(self) -> &'static str {
                match self {
                    $( $name::$variant => $text, )+
                }
            }

            /// The value for its text, if it is one.
            pub fn parse(s: &str) -> Option<$name> {
                match s {
                    $( $text => Some($name::$variant), )+
                    _ => None,
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl rusqlite::types::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(rusqlite::types::ToSqlOutput::from(self.as_str()))
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(
                value: rusqlite::types::ValueRef<'_>,
            ) -> rusqlite::types::FromSqlResult<Self> {
                let s = value.as_str()?;
                $name::parse(s).ok_or_else(|| {
                    rusqlite::types::FromSqlError::Other(
                        format!("unknown {} {s:?}", stringify!($name)).into(),
                    )
                })
            }
        }
    };
}
pub(crate) use text_enum;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_round_trip_in_canonical_form() {
        let s = "2024-04-01T09:30:05.123Z";
        let t = Timestamp::parse(s).unwrap();
        assert_eq!(t.to_string(), s);
        for bad in [
            "2024-04-01T09:30:05Z",
            "2024-04-01 09:30:05.123Z",
            "2024-04-01T09:30:05.123+09:00",
            "2024-02-30T09:30:05.123Z",
            "1999-12-31T23:59:59.999Z",
            "2101-01-01T00:00:00.000Z",
            "2024-04-01T24:00:00.000Z",
            "2024-04-01T09:30:05.12xZ",
            "２０２４-04-01T09:30:05.123Z",
            "+2024-04-01T09:30:05.123Z",
            "2024-04-01T09:30:05.1234Z",
            "2024-04-01T09:30:05.123z",
        ] {
            assert!(Timestamp::parse(bad).is_err(), "{bad}");
        }
        let now = Timestamp::now();
        assert_eq!(Timestamp::parse(&now.to_string()).unwrap(), now);
    }

    #[test]
    fn dates_are_checked_for_shape_calendar_and_range() {
        assert_eq!(format_date(parse_date("2000-01-01").unwrap()), "2000-01-01");
        assert_eq!(
            format_date_compact(parse_date("2026-03-09").unwrap()),
            "20260309"
        );
        assert!(parse_date("2100-12-31").is_ok());
        assert!(parse_date("2024-02-29").is_ok());
        for bad in [
            "2023-02-29",
            "1999-12-31",
            "2101-01-01",
            "2024-1-01",
            "20240101",
            "",
            "+024-01-01",
            "+2024-01-01",
            "-2024-01-01",
            "2024-01-01 ",
            "2024-01-01T00:00:00.000Z",
            "２０２４-01-01",
        ] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn names_refuse_control_characters_and_notes_keep_line_breaks() {
        let control = |v: &str| Err(Problem::ControlChar { value: v.into() });
        assert_eq!(check_required("Minato\tSeiko", NAME_MAX), control("U+0009"));
        assert_eq!(check_required("Minato\u{1}", NAME_MAX), control("U+0001"));
        assert_eq!(
            check_optional(Some("a\nb"), NAME_MAX, TextKind::SingleLine),
            control("U+000A")
        );
        assert_eq!(
            check_optional(Some("1.\ta\r\n2.\tb"), TEXT_MAX, TextKind::MultiLine),
            Ok(())
        );
        assert_eq!(
            check_optional(Some("a\n\u{7f}"), TEXT_MAX, TextKind::MultiLine),
            control("U+007F")
        );
        // Length is checked first: a too-long value with a control character says "too long".
        assert_eq!(
            check_required("abc\u{1}", 3),
            Err(Problem::TooLong { max_chars: 3 })
        );
    }

    #[test]
    fn text_limits_count_characters() {
        assert!(check_required("  ", 10).is_err());
        assert!(check_required("株式会社", 4).is_ok());
        assert_eq!(
            check_required("株式会社ミ", 4),
            Err(Problem::TooLong { max_chars: 4 })
        );
        assert!(check_optional(None, 0, TextKind::SingleLine).is_ok());
        assert!(parse_id("00000000-0000-4000-8000-00000000000g").is_err());
        assert!(
            parse_id("0000000000004000800000000000000a").is_err(),
            "simple form"
        );
    }
}
