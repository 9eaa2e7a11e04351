//! Arbitrary bytes into the seminar attendee-file parser: every input is accepted or refused
//! with an `AttendeeError`, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mamori_core::ContentPacks;
use mamori_core::seminar::parse_attendee;

fuzz_target!(|data: &[u8]| {
    if let Ok(packs) = ContentPacks::embedded() {
        let _ = parse_attendee(packs, data);
    }
});
