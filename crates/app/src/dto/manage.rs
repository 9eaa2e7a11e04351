//! Looking after many organizations: archive, delete with undo, client files compared section
//! by section, and backups of the whole database.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Request of `archive_org`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ArchiveOrgReq {
    /// The organization.
    pub org_id: String,
    /// True to archive (hide from the default list), false to bring it back.
    pub archived: bool,
}

/// Request of `delete_org`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeleteOrgReq {
    /// The organization.
    pub org_id: String,
}

/// Response of `delete_org`: what is needed to undo it.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeletedOrg {
    /// Its name.
    pub name: String,
    /// Everything it held, as a client file; `undo_delete_org` puts it back with the same ids
    /// (its change history is not kept).
    pub undo: String,
}

/// Request of `undo_delete_org`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UndoDeleteOrgReq {
    /// `DeletedOrg::undo`.
    pub undo: String,
}

/// Nothing to send.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NoReq {}

/// A section of an organization in a client file compared with the one here.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SectionDiff {
    /// `profile`, `rounds`, `actions`, `partners` or `documents`.
    pub section: String,
    /// Whether both sides are the same.
    pub same: bool,
    /// What is here now (absent for a new organization).
    pub local: Option<SectionBrief>,
    /// What is in the file.
    pub file: SectionBrief,
}

/// A short description of one side of a section.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SectionBrief {
    /// How many items (rounds, actions, partners, documents; 1 for the profile).
    pub items: u32,
    /// When something in it last changed (UTC), if known.
    pub updated_at: Option<String>,
    /// A detail to tell the sides apart: the name (profile), answers in the latest round
    /// (rounds), open items (actions).
    pub detail: Option<String>,
}

/// Response of `preview_org_file`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OrgFilePreview {
    /// False when the user cancelled the dialog (nothing else is set then).
    pub chosen: bool,
    /// The file's text, to send back with `apply_org_file`.
    pub bundle: Option<String>,
    /// The organization's name in the file.
    pub name: Option<String>,
    /// Whether this organization is already here.
    pub exists: bool,
    /// Section by section.
    pub sections: Vec<SectionDiff>,
}

/// Which side of each section to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum KeepSide {
    /// What is here now.
    Local,
    /// What is in the file.
    File,
}

/// The choice per section.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MergeChoicesDto {
    /// Profile.
    pub profile: KeepSide,
    /// Rounds with answers and step progress.
    pub rounds: KeepSide,
    /// Action plan.
    pub actions: KeepSide,
    /// Partners.
    pub partners: KeepSide,
    /// Policy draft and incident card.
    pub documents: KeepSide,
}

/// Request of `apply_org_file`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ApplyOrgFileReq {
    /// The file's text from `preview_org_file`.
    pub bundle: String,
    /// What to keep of each section (ignored for a new organization).
    pub choices: MergeChoicesDto,
}

/// Response of `restore_backup` and `recover_database`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RestoreRes {
    /// False when the user cancelled the dialog.
    pub restored: bool,
    /// Organizations in the restored database.
    pub organizations: u32,
    /// Where the database as it was before the restore was saved (for `recover_database`:
    /// where the damaged file was moved).
    pub safety_copy: Option<String>,
}

/// Response of `get_backups`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupsInfo {
    /// The folder of automatic daily backups.
    pub daily_dir: String,
    /// The daily backups there, newest first (file names).
    pub daily: Vec<String>,
    /// How many are kept.
    pub kept: u32,
}

/// The contractor's branding on reports.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Branding {
    /// The contractor's name.
    pub contractor_name: Option<String>,
    /// A contact line (phone, e-mail, web).
    pub contact_line: Option<String>,
    /// The logo as a `data:` URL (PNG or JPEG) for the preview, if one is set.
    pub logo_data_url: Option<String>,
}

/// Request of `set_branding`: the name and contact line (blank clears them).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SetBrandingReq {
    /// The contractor's name.
    #[serde(default)]
    pub contractor_name: Option<String>,
    /// A contact line.
    #[serde(default)]
    pub contact_line: Option<String>,
}
