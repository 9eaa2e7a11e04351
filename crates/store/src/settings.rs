//! Application settings: small text values by key.

use rusqlite::OptionalExtension;

use crate::{Result, Store};

impl Store {
    /// The value stored for `key`, if any.
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        self.conn()
            .query_row(
                "SELECT value FROM app_settings WHERE key = ?1",
                [key],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Stores `value` for `key`, replacing any earlier value. Committed when this returns.
    pub fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        self.conn()
            .execute(
                "INSERT INTO app_settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value,
                   updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
                [key, value],
            )
            .map(|_| ())
            .map_err(|e| self.err(e))
    }
}
