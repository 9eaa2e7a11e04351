//! Integration tests of the command surface: command flows, the JSON error contract, generated
//! bindings and message coverage.

mod bindings;
mod errors;
mod startup;
