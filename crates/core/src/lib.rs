//! Mamori's domain: the languages the app speaks, the guidance content (embedded from
//! `content/*.toml` at compile time, see [`content`]) and every rule: scoring ([`scoring`]) and
//! how far an organization is ([`progress`]: stages, SECURITY ACTION readiness, where to
//! continue).
//!
//! This crate is pure: no I/O, no database, no clock (what "today" is, [`calendar`], takes the
//! moment as an argument), no Tauri. Every other crate may depend on it; it depends on no other
//! Mamori crate.
#![deny(missing_docs)]

pub mod calendar;
pub mod content;
pub mod filename;
pub mod locale;
pub mod progress;
pub mod scoring;
pub mod seminar;
pub mod text;

pub use content::ContentPacks;
pub use locale::Locale;
