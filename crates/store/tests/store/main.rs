//! Integration tests of the store: opening, migrating, refusing bad files, settings.

mod migrations;
mod open;
