//! Integration tests of the command surface: command flows, the JSON error contract, generated
//! bindings and message coverage.

// Helpers outside `#[test]` functions are test code too.
#![allow(clippy::unwrap_used)]

mod bindings;
mod content;
mod errors;
mod files;
mod journey;
mod manage;
mod orgs;
mod report;
mod selfcheck;
mod seminar;
mod startup;
mod support;
mod text;
