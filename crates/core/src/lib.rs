//! Mamori's domain: the languages the app speaks and (later) the guidance content and its
//! scoring rules.
//!
//! This crate is pure: no I/O, no database, no clock, no Tauri. Every other crate may depend on
//! it; it depends on no other Mamori crate.
#![deny(missing_docs)]

pub mod locale;

pub use locale::Locale;
