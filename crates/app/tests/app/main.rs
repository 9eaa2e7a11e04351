//! Integration tests of the command surface: command flows, the JSON error contract, generated
//! bindings and message coverage.

mod bindings;
mod content;
mod errors;
mod selfcheck;
mod startup;
