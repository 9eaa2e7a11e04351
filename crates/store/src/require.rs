//! The guards a write (and some reads) start with: the record with this id, or `NotFound`; a
//! round one may still write to, or `RoundClosed`. One place for "what is missing is reported
//! how", so every entity's `NotFound` carries the name the app's messages select on
//! (`error-not-found`, tested for every entity).
//!
//! This module depends on no aggregate: each one says how it is looked up by implementing
//! [`Record`] next to its columns, and calls [`require`] for the records it needs (an action
//! needs its organization, a step its open round).

use rusqlite::Connection;
use uuid::Uuid;

use crate::{Error, Fail};

/// A record the store looks up by id.
pub(crate) trait Record: Sized {
    /// Its name in `NotFound` ("organization", "assessment round", "action item", "partner").
    const ENTITY: &'static str;

    /// The record with this id, if there is one.
    fn get(c: &Connection, id: Uuid) -> rusqlite::Result<Option<Self>>;
}

/// A record that can be closed, after which it is history: an assessment round.
pub(crate) trait Closable: Record {
    /// Whether it is closed.
    fn is_closed(&self) -> bool;
}

/// The record, or `NotFound`.
pub(crate) fn require<T: Record>(c: &Connection, id: Uuid) -> Result<T, Fail> {
    T::get(c, id)?.ok_or_else(|| {
        Fail::Store(Error::NotFound {
            entity: T::ENTITY,
            id: id.to_string(),
        })
    })
}

/// The record if it may still be written to: `NotFound`, or `RoundClosed` once it is closed.
pub(crate) fn require_open<T: Closable>(c: &Connection, id: Uuid) -> Result<T, Fail> {
    let r = require::<T>(c, id)?;
    if r.is_closed() {
        return Err(Fail::Store(Error::RoundClosed { id: id.to_string() }));
    }
    Ok(r)
}
