//! Importing a client file for an organization that is already here: compare section by
//! section, let the user keep either side of each, and write the result in one transaction.
//!
//! Sections: the profile, the assessment rounds (with their answers and step progress), the
//! action plan, the partners and the documents. A section is taken whole from one side. An
//! action that refers to a round the merged result does not have keeps its place in the plan
//! without the reference (`round_id` becomes `None`).

use std::collections::BTreeSet;

use uuid::Uuid;

use crate::bundle::{OrgData, insert_org_data, parse_bundle, read_org_data};
use crate::events::EventAction;
use crate::orgs::get_org;
use crate::values::Timestamp;
use crate::{ContentIds, ImportOutcome, Result, Store};

/// Which side of a section to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Side {
    /// What is in this database now.
    Local,
    /// What is in the file.
    #[default]
    File,
}

/// The user's choice for every section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MergeChoices {
    /// Name, reading, industry, size, contact, notes.
    pub profile: Side,
    /// Rounds with answers and step progress.
    pub rounds: Side,
    /// The action plan.
    pub actions: Side,
    /// The supply-chain register.
    pub partners: Side,
    /// Policy draft and incident card.
    pub documents: Side,
}

/// Merges `local` and `file` (the same organization) by `choices`.
pub fn merge_org_data(local: &OrgData, file: &OrgData, choices: MergeChoices) -> OrgData {
    let pick = |side: Side| if side == Side::Local { local } else { file };
    let mut out = OrgData {
        organization: pick(choices.profile).organization.clone(),
        rounds: pick(choices.rounds).rounds.clone(),
        actions: pick(choices.actions).actions.clone(),
        partners: pick(choices.partners).partners.clone(),
        documents: pick(choices.documents).documents.clone(),
    };
    let rounds: BTreeSet<Uuid> = out.rounds.iter().map(|r| r.round.id).collect();
    for a in &mut out.actions {
        if a.input.round_id.is_some_and(|r| !rounds.contains(&r)) {
            a.input.round_id = None;
        }
    }
    out
}

/// What a client file would change, section by section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportPreview {
    /// The file's organization, checked.
    pub file: OrgData,
    /// The same organization as it is here now, if it exists.
    pub local: Option<OrgData>,
}

impl ImportPreview {
    /// Whether a section is the same on both sides (always false when there is no local side).
    pub fn same(&self, section: &str) -> bool {
        let Some(l) = &self.local else { return false };
        let f = &self.file;
        match section {
            "profile" => l.organization == f.organization,
            "rounds" => l.rounds == f.rounds,
            "actions" => l.actions == f.actions,
            "partners" => l.partners == f.partners,
            "documents" => l.documents == f.documents,
            _ => false,
        }
    }
}

impl Store {
    /// Checks a client file and reads what it would replace; changes nothing.
    pub fn preview_import(&self, bytes: &[u8], content: &ContentIds) -> Result<ImportPreview> {
        let file = parse_bundle(bytes, content)?;
        let id = file.organization.id;
        let local = self.read(|c| {
            Ok(match get_org(c, id)? {
                Some(_) => Some(read_org_data(c, id)?),
                None => None,
            })
        })?;
        Ok(ImportPreview { file, local })
    }

    /// Imports a client file keeping, for an organization that exists, the chosen side of each
    /// section. One transaction: on any error nothing changes. Committed when this returns.
    pub fn import_merged(
        &mut self,
        bytes: &[u8],
        content: &ContentIds,
        choices: MergeChoices,
    ) -> Result<ImportOutcome> {
        let file = parse_bundle(bytes, content)?;
        let now = Timestamp::now();
        let id = file.organization.id;
        let (data, replaced) = self.write(|tx| {
            let data = match get_org(tx, id)? {
                Some(_) => merge_org_data(&read_org_data(tx, id)?, &file, choices),
                None => file.clone(),
            };
            let replaced = insert_org_data(
                tx,
                &data,
                true,
                now,
                EventAction::Import,
                serde_json::json!({ "merged": true }),
            )?;
            Ok((data, replaced))
        })?;
        Ok(ImportOutcome {
            org_id: id,
            name: data.organization.name,
            replaced,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        ActionStatus, ExportMeta, PartnerInput, PartnerRelation, SecurityActionLevel, YesNoUnknown,
    };
    use time::macros::date;

    fn meta() -> ExportMeta {
        ExportMeta {
            app_version: "test".into(),
            exported_at: Timestamp::at(date!(2026 - 11 - 25), 0, 0),
            content_versions: Default::default(),
        }
    }

    /// The demo exported from one database, then changed differently in two places.
    fn two_sides() -> (Store, Vec<u8>, Uuid) {
        let mut here = Store::open_in_memory().unwrap();
        let id = here.create_demo(date!(2026 - 11 - 25)).unwrap();
        let mut there = Store::open_in_memory().unwrap();
        there.create_demo(date!(2026 - 11 - 25)).unwrap();
        // There: the client renamed the company and finished an action.
        let mut org = there.org(id).unwrap();
        org.name = "株式会社ミナト精工（新社名）".into();
        there
            .update_org(
                id,
                &crate::OrgInput {
                    name: org.name.clone(),
                    name_reading: org.name_reading.clone(),
                    industry: org.industry.clone(),
                    employee_band: org.employee_band,
                    contact_person: org.contact_person.clone(),
                    notes: org.notes.clone(),
                },
            )
            .unwrap();
        let a = there
            .actions(id)
            .unwrap()
            .into_iter()
            .find(|a| a.input.status != ActionStatus::Done)
            .unwrap();
        let mut input = a.input.clone();
        input.status = ActionStatus::Done;
        there.update_action(a.id, &input).unwrap();
        let file = there.export_org(id, &meta()).unwrap().into_bytes();
        // Here: the contractor added a partner.
        here.add_partner(
            id,
            &PartnerInput {
                name: "新しい運送会社".into(),
                relation: PartnerRelation::BusinessPartner,
                handles: None,
                security_action_level: SecurityActionLevel::Unknown,
                contract_has_security_clause: YesNoUnknown::Unknown,
                last_checked: None,
                note: None,
            },
        )
        .unwrap();
        (here, file, id)
    }

    #[test]
    fn the_preview_names_what_differs_and_changes_nothing() {
        let (here, file, id) = two_sides();
        let before = here.org_data(id).unwrap();
        let p = here.preview_import(&file, &ContentIds::builtin()).unwrap();
        assert!(p.local.is_some());
        assert!(!p.same("profile"));
        assert!(!p.same("actions"));
        assert!(!p.same("partners"));
        assert!(p.same("rounds"));
        assert!(p.same("documents"));
        assert_eq!(here.org_data(id).unwrap(), before);
    }

    #[test]
    fn each_section_keeps_the_chosen_side() {
        let (mut here, file, id) = two_sides();
        let local = here.org_data(id).unwrap();
        let choices = MergeChoices {
            profile: Side::File,
            actions: Side::File,
            partners: Side::Local,
            rounds: Side::Local,
            documents: Side::Local,
        };
        let out = here
            .import_merged(&file, &ContentIds::builtin(), choices)
            .unwrap();
        assert!(out.replaced);
        let merged = here.org_data(id).unwrap();
        assert_eq!(merged.organization.name, "株式会社ミナト精工（新社名）");
        assert_eq!(merged.partners, local.partners, "the local partner stays");
        assert_ne!(
            merged.actions, local.actions,
            "the file's finished action is taken"
        );
        assert_eq!(merged.rounds, local.rounds);
        // Keeping everything local changes nothing but the log.
        let all_local = MergeChoices {
            profile: Side::Local,
            rounds: Side::Local,
            actions: Side::Local,
            partners: Side::Local,
            documents: Side::Local,
        };
        here.import_merged(&file, &ContentIds::builtin(), all_local)
            .unwrap();
        assert_eq!(here.org_data(id).unwrap(), merged);
    }

    #[test]
    fn actions_keep_their_place_when_their_round_is_not_kept() {
        let mut here = Store::open_in_memory().unwrap();
        let id = here.create_demo(date!(2026 - 11 - 25)).unwrap();
        let local = here.org_data(id).unwrap();
        let mut file = local.clone();
        // The file's rounds are different ones (new ids).
        for r in &mut file.rounds {
            r.round.id = Uuid::new_v4();
        }
        let merged = merge_org_data(
            &local,
            &file,
            MergeChoices {
                rounds: Side::File,
                actions: Side::Local,
                ..MergeChoices::default()
            },
        );
        assert_eq!(merged.actions.len(), local.actions.len());
        assert!(merged.actions.iter().all(|a| a.input.round_id.is_none()));
        let _ = here.org_data(id).unwrap();
    }

    #[test]
    fn a_new_organization_is_simply_imported() {
        let (_, file, id) = two_sides();
        let mut empty = Store::open_in_memory().unwrap();
        let p = empty.preview_import(&file, &ContentIds::builtin()).unwrap();
        assert!(p.local.is_none() && !p.same("profile"));
        let out = empty
            .import_merged(&file, &ContentIds::builtin(), MergeChoices::default())
            .unwrap();
        assert!(!out.replaced);
        assert_eq!(out.org_id, id);
    }
}
