//! The portable client file: one organization with everything recorded for it, as a versioned
//! JSON bundle that another Mamori imports with the same ids.
//!
//! ```json
//! { "format": "mamori-org-bundle", "formatVersion": 1, "schemaVersion": 3,
//!   "appVersion": "0.1.0", "contentVersions": {…}, "exportedAt": "2025-…Z",
//!   "organization": {…}, "rounds": [{…, "selfcheck": […], "maturity": […], "steps": […]}],
//!   "actions": […], "partners": […], "documents": [{"kind": "policy", "fields": {…}, …}] }
//! ```
//!
//! `documents` came later within format 1: it may be absent (no documents) and is left out
//! when empty, so bundles of organizations without documents read in earlier builds.
//!
//! Invariants:
//! - Export is deterministic: the same data and [`ExportMeta`] give the same bytes (rows in a
//!   fixed order, every field written, `null` for absent values), so export → import into an
//!   empty database → export gives a byte-identical file.
//! - Import checks everything before writing anything ([`parse_bundle`] needs no database) and
//!   writes in one transaction: a bad file changes nothing, and every problem is reported with
//!   the path of the field (`rounds[0].selfcheck[3].answer`).

//!
//! Modules: `wire` (the JSON structs of format 1), `export` (data → wire), `checks` (wire →
//! checked data, no database), `db` (whole organizations read and written in a transaction).

mod checks;
mod db;
mod export;
mod wire;

use std::collections::BTreeMap;

use uuid::Uuid;

use crate::actions::ActionItem;
use crate::answers::{MaturityRecord, SelfCheckRecord};
use crate::documents::Document;
use crate::events::EventAction;
use crate::orgs::Organization;
use crate::partners::Partner;
use crate::progress::StepProgress;
use crate::rounds::Round;
use crate::values::Timestamp;
use crate::{ContentIds, Result, Store};

pub use checks::parse_bundle;
pub(crate) use db::{insert_org_data, read_org_data};
pub use export::write_bundle;

/// The `format` of every organization bundle.
pub const BUNDLE_FORMAT: &str = "mamori-org-bundle";
/// The bundle format version this build writes and reads.
pub const BUNDLE_FORMAT_VERSION: u64 = 1;
/// The largest bundle accepted for import (20 MiB).
pub const BUNDLE_MAX_BYTES: usize = 20 * 1024 * 1024;

/// One organization with everything recorded for it: what a bundle carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgData {
    /// The profile.
    pub organization: Organization,
    /// Every round, oldest first, with its answers and progress.
    pub rounds: Vec<RoundData>,
    /// Every action item, oldest first.
    pub actions: Vec<ActionItem>,
    /// Every partner, oldest first.
    pub partners: Vec<Partner>,
    /// The documents filled in (policy draft, incident card), by kind.
    pub documents: Vec<Document>,
}

/// A round with what was recorded in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundData {
    /// The round.
    pub round: Round,
    /// Self-check answers, by question.
    pub selfcheck: Vec<SelfCheckRecord>,
    /// Maturity answers, by question id.
    pub maturity: Vec<MaturityRecord>,
    /// Step progress, by step id.
    pub steps: Vec<StepProgress>,
}

/// What an export says about where it comes from. Passed in, so exports are reproducible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportMeta {
    /// The exporting app's version.
    pub app_version: String,
    /// When the export was made.
    pub exported_at: Timestamp,
    /// The content packs the app had loaded, by pack.
    pub content_versions: BTreeMap<String, String>,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportOutcome {
    /// The organization imported (the id in the bundle).
    pub org_id: Uuid,
    /// Its name.
    pub name: String,
    /// Whether an organization with this id was replaced.
    pub replaced: bool,
}

impl Store {
    /// An organization with everything recorded for it, read in one consistent snapshot.
    pub fn org_data(&self, org_id: Uuid) -> Result<OrgData> {
        self.read(|c| read_org_data(c, org_id))
    }

    /// Exports an organization as a bundle (see the module docs).
    pub fn export_org(&self, org_id: Uuid, meta: &ExportMeta) -> Result<String> {
        let data = self.org_data(org_id)?;
        Ok(write_bundle(&data, meta))
    }

    /// Imports a bundle: a new organization, or with `replace` the organization with the same
    /// id replaced by the bundle's. Everything is checked first ([`parse_bundle`]) and written
    /// in one transaction; on any error nothing changes. Committed when this returns.
    ///
    /// Replacing deletes the old organization with everything recorded for it, its event log
    /// included; the import itself is then its first logged event.
    pub fn import_org(
        &mut self,
        bytes: &[u8],
        content: &ContentIds,
        replace: bool,
    ) -> Result<ImportOutcome> {
        let data = parse_bundle(bytes, content)?;
        let now = Timestamp::now();
        let replaced = self.write(|tx| {
            insert_org_data(
                tx,
                &data,
                replace,
                now,
                EventAction::Import,
                serde_json::json!({
                    "rounds": data.rounds.len(),
                    "actions": data.actions.len(),
                    "partners": data.partners.len(),
                }),
            )
        })?;
        Ok(ImportOutcome {
            org_id: data.organization.id,
            name: data.organization.name,
            replaced,
        })
    }
}
