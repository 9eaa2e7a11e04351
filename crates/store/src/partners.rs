//! Supply-chain partners of an organization: who they are, what they handle, and how far their
//! own security can be relied on.

use rusqlite::{Connection, OptionalExtension, Row, params};
use time::Date;
use uuid::Uuid;

use mamori_core::text::TextKind;

use crate::events::{EventAction, EventEntity, log_event};
use crate::orgs::Organization;
use crate::require::{Record, require};
use crate::values::{
    NAME_MAX, TEXT_MAX, Timestamp, check_date, check_optional, check_required, col_id,
    col_opt_date, sql_date, text_enum,
};
use crate::{Fail, Problem, Result, Store};

text_enum! {
    /// How a partner is related to the organization.
    pub enum PartnerRelation {
        /// A subsidiary.
        Subsidiary = "subsidiary",
        /// Another company of the same group.
        GroupCompany = "group-company",
        /// A customer or supplier.
        BusinessPartner = "business-partner",
        /// A contractor doing work for the organization.
        Contractor = "contractor",
        /// An IT vendor or managed-service provider.
        ItVendor = "it-vendor",
    }
}

text_enum! {
    /// The partner's SECURITY ACTION self-declaration.
    pub enum SecurityActionLevel {
        /// None declared.
        None = "none",
        /// ★ (one star).
        Star1 = "star1",
        /// ★★ (two stars).
        Star2 = "star2",
        /// Not known.
        Unknown = "unknown",
    }
}

text_enum! {
    /// Yes, no, or not known.
    pub enum YesNoUnknown {
        /// Yes.
        Yes = "yes",
        /// No.
        No = "no",
        /// Not known.
        Unknown = "unknown",
    }
}

/// The editable part of a partner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerInput {
    /// Name.
    pub name: String,
    /// Relation to the organization.
    pub relation: PartnerRelation,
    /// What they handle (data, systems, parts).
    pub handles: Option<String>,
    /// Their SECURITY ACTION level.
    pub security_action_level: SecurityActionLevel,
    /// Whether the contract has a security clause.
    pub contract_has_security_clause: YesNoUnknown,
    /// When this was last checked.
    pub last_checked: Option<Date>,
    /// A note.
    pub note: Option<String>,
}

impl PartnerInput {
    /// Checks every field; the error names the field as in bundles (camelCase).
    pub fn check(&self) -> std::result::Result<(), (&'static str, Problem)> {
        check_required(&self.name, NAME_MAX).map_err(|p| ("name", p))?;
        check_optional(self.handles.as_deref(), TEXT_MAX, TextKind::MultiLine)
            .map_err(|p| ("handles", p))?;
        check_optional(self.note.as_deref(), TEXT_MAX, TextKind::MultiLine)
            .map_err(|p| ("note", p))?;
        self.last_checked
            .map_or(Ok(()), check_date)
            .map_err(|p| ("lastChecked", p))?;
        Ok(())
    }
}

/// A partner as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Partner {
    /// Stable id.
    pub id: Uuid,
    /// The organization whose partner it is.
    pub org_id: Uuid,
    /// Name, relation, level, …
    pub input: PartnerInput,
    /// When it was added.
    pub created_at: Timestamp,
    /// When it last changed.
    pub updated_at: Timestamp,
}

const PARTNER_COLUMNS: &str = "id, org_id, name, relation, handles, security_action_level, \
     contract_has_security_clause, last_checked, note, created_at, updated_at";

fn partner_from_row(r: &Row<'_>) -> rusqlite::Result<Partner> {
    Ok(Partner {
        id: col_id(r, 0)?,
        org_id: col_id(r, 1)?,
        input: PartnerInput {
            name: r.get(2)?,
            relation: r.get(3)?,
            handles: r.get(4)?,
            security_action_level: r.get(5)?,
            contract_has_security_clause: r.get(6)?,
            last_checked: col_opt_date(r, 7)?,
            note: r.get(8)?,
        },
        created_at: r.get(9)?,
        updated_at: r.get(10)?,
    })
}

pub(crate) fn insert_partner(c: &Connection, p: &Partner) -> rusqlite::Result<()> {
    let i = &p.input;
    c.prepare_cached(&format!(
        "INSERT INTO partners ({PARTNER_COLUMNS})
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
    ))?
    .execute(params![
        p.id.to_string(),
        p.org_id.to_string(),
        i.name,
        i.relation,
        i.handles,
        i.security_action_level,
        i.contract_has_security_clause,
        sql_date(i.last_checked),
        i.note,
        p.created_at,
        p.updated_at,
    ])?;
    Ok(())
}

pub(crate) fn partners_of(c: &Connection, org_id: Uuid) -> rusqlite::Result<Vec<Partner>> {
    let mut st = c.prepare_cached(&format!(
        "SELECT {PARTNER_COLUMNS} FROM partners WHERE org_id = ?1 ORDER BY created_at, id"
    ))?;
    let rows = st.query_map([org_id.to_string()], partner_from_row)?;
    rows.collect()
}

impl Record for Partner {
    const ENTITY: &'static str = "partner";

    fn get(c: &Connection, id: Uuid) -> rusqlite::Result<Option<Partner>> {
        c.prepare_cached(&format!(
            "SELECT {PARTNER_COLUMNS} FROM partners WHERE id = ?1"
        ))?
        .query_row([id.to_string()], partner_from_row)
        .optional()
    }
}

impl Store {
    /// Adds a partner to an organization. Committed when this returns.
    pub fn add_partner(&mut self, org_id: Uuid, input: &PartnerInput) -> Result<Partner> {
        let now = Timestamp::now();
        let p = Partner {
            id: Uuid::new_v4(),
            org_id,
            input: input.clone(),
            created_at: now,
            updated_at: now,
        };
        self.write(|tx| {
            input.check().map_err(Fail::invalid)?;
            require::<Organization>(tx, org_id)?;
            insert_partner(tx, &p)?;
            log_event(
                tx,
                now,
                Some(org_id),
                EventEntity::Partner,
                &p.id.to_string(),
                EventAction::Create,
                &serde_json::json!({}),
            )?;
            Ok(p.clone())
        })
    }

    /// Replaces the editable part of a partner. Committed when this returns.
    pub fn update_partner(&mut self, id: Uuid, input: &PartnerInput) -> Result<Partner> {
        let now = Timestamp::now();
        self.write(|tx| {
            input.check().map_err(Fail::invalid)?;
            let old = require::<Partner>(tx, id)?;
            tx.execute("DELETE FROM partners WHERE id = ?1", [id.to_string()])?;
            let p = Partner {
                input: input.clone(),
                updated_at: now,
                ..old
            };
            insert_partner(tx, &p)?;
            log_event(
                tx,
                now,
                Some(p.org_id),
                EventEntity::Partner,
                &id.to_string(),
                EventAction::Update,
                &serde_json::json!({}),
            )?;
            Ok(p)
        })
    }

    /// Deletes a partner. Committed when this returns.
    pub fn delete_partner(&mut self, id: Uuid) -> Result<()> {
        let now = Timestamp::now();
        self.write(|tx| {
            let old = require::<Partner>(tx, id)?;
            tx.execute("DELETE FROM partners WHERE id = ?1", [id.to_string()])?;
            log_event(
                tx,
                now,
                Some(old.org_id),
                EventEntity::Partner,
                &id.to_string(),
                EventAction::Delete,
                &serde_json::json!({}),
            )?;
            Ok(())
        })
    }

    /// The partners of an organization, oldest first.
    pub fn partners(&self, org_id: Uuid) -> Result<Vec<Partner>> {
        self.read(|c| {
            require::<Organization>(c, org_id)?;
            Ok(partners_of(c, org_id)?)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Error;
    use crate::OrgInput;

    #[test]
    fn partners_are_added_updated_and_deleted() {
        let mut s = Store::open_in_memory().unwrap();
        let org = s
            .create_org(&OrgInput {
                name: "A".into(),
                ..OrgInput::default()
            })
            .unwrap();
        let input = PartnerInput {
            name: "㈱サンプルITサポート".into(),
            relation: PartnerRelation::ItVendor,
            handles: Some("社内ネットワーク・PC保守".into()),
            security_action_level: SecurityActionLevel::Star1,
            contract_has_security_clause: YesNoUnknown::Unknown,
            last_checked: None,
            note: None,
        };
        let p = s.add_partner(org.id, &input).unwrap();
        let p2 = s
            .update_partner(
                p.id,
                &PartnerInput {
                    security_action_level: SecurityActionLevel::Star2,
                    ..input.clone()
                },
            )
            .unwrap();
        assert_eq!(s.partners(org.id).unwrap(), vec![p2]);
        assert!(matches!(
            s.add_partner(
                org.id,
                &PartnerInput {
                    name: String::new(),
                    ..input
                }
            ),
            Err(Error::Invalid { .. })
        ));
        s.delete_partner(p.id).unwrap();
        assert!(s.partners(org.id).unwrap().is_empty());
    }
}
