//! What "today" is: the user's local date, the one rule every screen, report, file name and
//! the CLI use for "today", "overdue" and the demo's dates.
//!
//! Pure, like the rest of this crate: the moment and the user's offset from UTC come in as
//! arguments. Reading the clock and the time zone is the edge's job (`mamori_app::clock`).

use time::{Date, OffsetDateTime, UtcOffset};

/// The widest offset from UTC in use (UTC+14, Line Islands; UTC−12 is the other end).
pub const MAX_OFFSET_MINUTES: i32 = 14 * 60;

/// The user's date at the moment `now`, for a user whose clock is `offset` from UTC.
pub fn local_date(now: OffsetDateTime, offset: UtcOffset) -> Date {
    now.to_offset(offset).date()
}

/// An offset from UTC given in minutes east (JST: 540), clamped to ±14 hours.
pub fn offset_from_minutes(minutes: i32) -> UtcOffset {
    let minutes = minutes.clamp(-MAX_OFFSET_MINUTES, MAX_OFFSET_MINUTES);
    // Within ±14 h the offset is always valid; UTC is only a fallback that cannot happen.
    UtcOffset::from_whole_seconds(minutes * 60).unwrap_or(UtcOffset::UTC)
}

#[cfg(test)]
mod tests {
    use time::macros::{date, datetime, offset};

    use super::*;

    #[test]
    fn today_is_the_date_on_the_users_clock() {
        // 15:30 UTC on 24 November is already 25 November in Tokyo, still the 24th in Berlin
        // and New York.
        let now = datetime!(2026-11-24 15:30 UTC);
        assert_eq!(local_date(now, offset!(+9)), date!(2026 - 11 - 25));
        assert_eq!(local_date(now, offset!(+1)), date!(2026 - 11 - 24));
        assert_eq!(local_date(now, offset!(-5)), date!(2026 - 11 - 24));
        assert_eq!(local_date(now, UtcOffset::UTC), date!(2026 - 11 - 24));
        // The same instant given in another offset is the same "today".
        assert_eq!(
            local_date(now.to_offset(offset!(-8)), offset!(+9)),
            date!(2026 - 11 - 25)
        );
        // 00:30 JST on New Year's Day is still the old year in UTC.
        let now = datetime!(2026-12-31 15:30 UTC);
        assert_eq!(local_date(now, offset!(+9)), date!(2027 - 01 - 01));
    }

    #[test]
    fn offsets_in_minutes_are_clamped_to_the_widest_in_use() {
        assert_eq!(offset_from_minutes(540), offset!(+9));
        assert_eq!(offset_from_minutes(-150), offset!(-2:30));
        assert_eq!(offset_from_minutes(20 * 60), offset!(+14));
        assert_eq!(offset_from_minutes(i32::MIN), offset!(-14));
    }
}
