//! The wire format of a bundle, version 1: the JSON as it is written and read (every field
//! written, unknown fields refused). Converting to and from the store's types is in `export`
//! and `checks`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(super) struct BundleV1 {
    pub(super) format: String,
    pub(super) format_version: u64,
    pub(super) schema_version: u64,
    pub(super) app_version: String,
    pub(super) content_versions: BTreeMap<String, String>,
    pub(super) exported_at: String,
    pub(super) organization: OrgV1,
    pub(super) rounds: Vec<RoundV1>,
    pub(super) actions: Vec<ActionV1>,
    pub(super) partners: Vec<PartnerV1>,
    /// Added after the first release of format 1; older bundles have none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(super) documents: Vec<DocumentV1>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(super) struct DocumentV1 {
    pub(super) kind: String,
    pub(super) fields: BTreeMap<String, String>,
    pub(super) updated_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(super) struct OrgV1 {
    pub(super) id: String,
    pub(super) name: String,
    pub(super) name_reading: Option<String>,
    pub(super) industry: Option<String>,
    pub(super) employee_band: Option<String>,
    pub(super) contact_person: Option<String>,
    pub(super) notes: Option<String>,
    pub(super) archived_at: Option<String>,
    pub(super) created_at: String,
    pub(super) updated_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(super) struct RoundV1 {
    pub(super) id: String,
    pub(super) framework_version: String,
    pub(super) content_versions: BTreeMap<String, String>,
    pub(super) started_at: String,
    pub(super) closed_at: Option<String>,
    pub(super) selfcheck: Vec<SelfCheckV1>,
    pub(super) maturity: Vec<MaturityV1>,
    pub(super) steps: Vec<StepV1>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(super) struct SelfCheckV1 {
    pub(super) question: u32,
    pub(super) answer: String,
    pub(super) note: Option<String>,
    pub(super) updated_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(super) struct MaturityV1 {
    pub(super) question_id: String,
    pub(super) answer: String,
    pub(super) note: Option<String>,
    pub(super) updated_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(super) struct StepV1 {
    pub(super) step_id: String,
    pub(super) status: String,
    pub(super) owner: Option<String>,
    pub(super) due_date: Option<String>,
    pub(super) note: Option<String>,
    pub(super) evidence_note: Option<String>,
    pub(super) done_date: Option<String>,
    pub(super) na_reason: Option<String>,
    pub(super) updated_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(super) struct ActionV1 {
    pub(super) id: String,
    pub(super) round_id: Option<String>,
    pub(super) source: String,
    pub(super) ref_id: Option<String>,
    pub(super) title: String,
    pub(super) owner: Option<String>,
    pub(super) due_date: Option<String>,
    pub(super) status: String,
    pub(super) effort: Option<String>,
    pub(super) created_at: String,
    pub(super) updated_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(super) struct PartnerV1 {
    pub(super) id: String,
    pub(super) name: String,
    pub(super) relation: String,
    pub(super) handles: Option<String>,
    pub(super) security_action_level: String,
    pub(super) contract_has_security_clause: String,
    pub(super) last_checked: Option<String>,
    pub(super) note: Option<String>,
    pub(super) created_at: String,
    pub(super) updated_at: String,
}
