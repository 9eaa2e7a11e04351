//! The edge where Mamori reads the clock and the user's time zone. What "today" means is
//! decided once, by [`mamori_core::calendar::local_date`]; this module only feeds it.
//!
//! The time zone comes from chrono's `Local`, which on Unix reads `TZ` or `/etc/localtime`
//! with its own parser (and asks the system on Windows and macOS). `time`'s own
//! `UtcOffset::current_local_offset` is not used: on Unix it calls `localtime_r`, which is
//! unsound while other threads may change the environment, so `time` refuses it in any
//! process with more than one thread, which the desktop app always is. The desktop UI also
//! reports the offset the webview sees ([`crate::AppCtx::set_utc_offset_minutes`]); the CLI has
//! only this.

use time::{Date, OffsetDateTime, UtcOffset};

/// The current offset from UTC of the system's time zone (UTC if it cannot be read).
pub fn system_utc_offset() -> UtcOffset {
    let seconds = chrono::Local::now().offset().local_minus_utc();
    mamori_core::calendar::offset_from_minutes(seconds / 60)
}

/// Today on the system's clock, at `offset` from UTC.
pub fn today_at(offset: UtcOffset) -> Date {
    mamori_core::calendar::local_date(OffsetDateTime::now_utc(), offset)
}
