//! Any bytes given to the bundle parser must be accepted or refused with a bundle error; it
//! must never panic, hang or run out of memory.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use mamori_store::{ContentIds, Error, parse_bundle};

static CONTENT: LazyLock<ContentIds> = LazyLock::new(ContentIds::builtin);

fuzz_target!(|data: &[u8]| {
    match parse_bundle(data, &CONTENT) {
        Ok(_) | Err(Error::BadBundle { .. }) => {}
        Err(e) => panic!("parse_bundle returned a non-bundle error: {e:?}"),
    }
});
