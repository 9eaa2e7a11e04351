//! Seminars: the small anonymous result file an attendee hands to the trainer, and the class
//! view the trainer builds from many of them.
//!
//! An attendee file holds only answers (self-check and maturity) and the content editions:
//! no names, no company, no notes, no times of day.
//!
//! ```json
//! { "format": "mamori-attendee", "formatVersion": 1,
//!   "contentVersions": { "ipa-sme": "3.1", "mamori-maturity": "1.0" },
//!   "selfcheck": { "1": "done", …, "25": "dont_know" },
//!   "maturity": { "d1-q1": "partly", … } }
//! ```
//!
//! Parsing is strict and bounded ([`ATTENDEE_MAX_BYTES`], unknown fields refused, every id and
//! answer checked against the content): a malformed file is reported and skipped, never fatal.

mod attendee;
mod class;
#[cfg(test)]
mod tests;

pub use attendee::*;
pub use class::*;
