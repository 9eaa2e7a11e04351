//! Integration tests of the store: opening, migrating, refusing bad files, settings.

// Helpers outside `#[test]` functions are test code too.
#![allow(clippy::unwrap_used)]

mod bundle;
mod crash;
mod demo;
mod migrations;
mod open;
