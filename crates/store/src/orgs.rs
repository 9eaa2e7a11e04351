//! Organizations: the client firms (or the user's own firm) whose security plan Mamori keeps.

use rusqlite::{Connection, OptionalExtension, Row, params};
use uuid::Uuid;

use mamori_core::text::TextKind;

use crate::events::{EventAction, EventEntity, log_event};
use crate::require::{Record, require};
use crate::values::{
    NAME_MAX, TEXT_MAX, Timestamp, check_optional, check_required, col_id, text_enum,
};
use crate::{Fail, Problem, Result, Store};

text_enum! {
    /// Head-count band, as Japanese SME statistics group firms.
    pub enum EmployeeBand {
        /// 1–5 people.
        From1To5 = "1-5",
        /// 6–20 people.
        From6To20 = "6-20",
        /// 21–50 people.
        From21To50 = "21-50",
        /// 51–100 people.
        From51To100 = "51-100",
        /// 101–300 people.
        From101To300 = "101-300",
        /// More than 300 people.
        Over300 = "301+",
    }
}

/// An organization as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organization {
    /// Stable id (kept across export and import).
    pub id: Uuid,
    /// Name, e.g. 株式会社ミナト精工.
    pub name: String,
    /// Reading of the name in kana, for sorting (みなとせいこう).
    pub name_reading: Option<String>,
    /// Industry, free text.
    pub industry: Option<String>,
    /// Head-count band.
    pub employee_band: Option<EmployeeBand>,
    /// Who to talk to there.
    pub contact_person: Option<String>,
    /// Free notes.
    pub notes: Option<String>,
    /// When it was archived (hidden from the default portfolio), if it was.
    pub archived_at: Option<Timestamp>,
    /// When it was created.
    pub created_at: Timestamp,
    /// When its profile last changed.
    pub updated_at: Timestamp,
}

/// The editable profile of an organization.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrgInput {
    /// Name (required, at most [`NAME_MAX`] characters).
    pub name: String,
    /// Reading of the name in kana.
    pub name_reading: Option<String>,
    /// Industry.
    pub industry: Option<String>,
    /// Head-count band.
    pub employee_band: Option<EmployeeBand>,
    /// Who to talk to there.
    pub contact_person: Option<String>,
    /// Free notes (at most [`TEXT_MAX`] characters).
    pub notes: Option<String>,
}

impl OrgInput {
    /// Checks the rules of every field; the error names the field as in bundles (camelCase).
    pub fn check(&self) -> std::result::Result<(), (&'static str, Problem)> {
        check_required(&self.name, NAME_MAX).map_err(|p| ("name", p))?;
        check_optional(self.name_reading.as_deref(), NAME_MAX, TextKind::SingleLine)
            .map_err(|p| ("nameReading", p))?;
        check_optional(self.industry.as_deref(), NAME_MAX, TextKind::SingleLine)
            .map_err(|p| ("industry", p))?;
        check_optional(
            self.contact_person.as_deref(),
            NAME_MAX,
            TextKind::SingleLine,
        )
        .map_err(|p| ("contactPerson", p))?;
        check_optional(self.notes.as_deref(), TEXT_MAX, TextKind::MultiLine)
            .map_err(|p| ("notes", p))?;
        Ok(())
    }
}

pub(crate) const ORG_COLUMNS: &str = "id, name, name_reading, industry, employee_band, \
     contact_person, notes, archived_at, created_at, updated_at";

pub(crate) fn org_from_row(r: &Row<'_>) -> rusqlite::Result<Organization> {
    Ok(Organization {
        id: col_id(r, 0)?,
        name: r.get(1)?,
        name_reading: r.get(2)?,
        industry: r.get(3)?,
        employee_band: r.get(4)?,
        contact_person: r.get(5)?,
        notes: r.get(6)?,
        archived_at: r.get(7)?,
        created_at: r.get(8)?,
        updated_at: r.get(9)?,
    })
}

pub(crate) fn insert_org(c: &Connection, o: &Organization) -> rusqlite::Result<()> {
    c.prepare_cached(&format!(
        "INSERT INTO organizations ({ORG_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
    ))?
    .execute(params![
        o.id.to_string(),
        o.name,
        o.name_reading,
        o.industry,
        o.employee_band,
        o.contact_person,
        o.notes,
        o.archived_at,
        o.created_at,
        o.updated_at,
    ])?;
    Ok(())
}

pub(crate) fn get_org(c: &Connection, id: Uuid) -> rusqlite::Result<Option<Organization>> {
    c.prepare_cached(&format!(
        "SELECT {ORG_COLUMNS} FROM organizations WHERE id = ?1"
    ))?
    .query_row([id.to_string()], org_from_row)
    .optional()
}

impl Record for Organization {
    const ENTITY: &'static str = "organization";

    fn get(c: &Connection, id: Uuid) -> rusqlite::Result<Option<Organization>> {
        get_org(c, id)
    }
}

impl Store {
    /// Creates an organization with a new id. Committed when this returns.
    pub fn create_org(&mut self, input: &OrgInput) -> Result<Organization> {
        let now = Timestamp::now();
        let org = Organization {
            id: Uuid::new_v4(),
            name: input.name.clone(),
            name_reading: input.name_reading.clone(),
            industry: input.industry.clone(),
            employee_band: input.employee_band,
            contact_person: input.contact_person.clone(),
            notes: input.notes.clone(),
            archived_at: None,
            created_at: now,
            updated_at: now,
        };
        self.write(|tx| {
            input.check().map_err(Fail::invalid)?;
            insert_org(tx, &org)?;
            log_event(
                tx,
                now,
                Some(org.id),
                EventEntity::Organization,
                &org.id.to_string(),
                EventAction::Create,
                &serde_json::json!({}),
            )?;
            Ok(org.clone())
        })
    }

    /// Replaces the profile of an organization. Committed when this returns.
    pub fn update_org(&mut self, id: Uuid, input: &OrgInput) -> Result<Organization> {
        let now = Timestamp::now();
        self.write(|tx| {
            input.check().map_err(Fail::invalid)?;
            require::<Organization>(tx, id)?;
            tx.execute(
                "UPDATE organizations SET name = ?2, name_reading = ?3, industry = ?4,
                   employee_band = ?5, contact_person = ?6, notes = ?7, updated_at = ?8
                 WHERE id = ?1",
                params![
                    id.to_string(),
                    input.name,
                    input.name_reading,
                    input.industry,
                    input.employee_band,
                    input.contact_person,
                    input.notes,
                    now,
                ],
            )?;
            log_event(
                tx,
                now,
                Some(id),
                EventEntity::Organization,
                &id.to_string(),
                EventAction::Update,
                &serde_json::json!({}),
            )?;
            require::<Organization>(tx, id)
        })
    }

    /// Archives (hides from the default portfolio) or restores an organization. Committed when
    /// this returns.
    pub fn set_org_archived(&mut self, id: Uuid, archived: bool) -> Result<Organization> {
        let now = Timestamp::now();
        self.write(|tx| {
            require::<Organization>(tx, id)?;
            tx.execute(
                "UPDATE organizations SET archived_at = ?2, updated_at = ?3 WHERE id = ?1",
                params![id.to_string(), archived.then_some(now), now],
            )?;
            let action = if archived {
                EventAction::Archive
            } else {
                EventAction::Restore
            };
            log_event(
                tx,
                now,
                Some(id),
                EventEntity::Organization,
                &id.to_string(),
                action,
                &serde_json::json!({}),
            )?;
            require::<Organization>(tx, id)
        })
    }

    /// Deletes an organization with everything recorded for it (rounds, answers, progress,
    /// actions, partners, its log). The deletion itself is logged without the organization.
    /// Committed when this returns.
    pub fn delete_org(&mut self, id: Uuid) -> Result<()> {
        let now = Timestamp::now();
        self.write(|tx| {
            require::<Organization>(tx, id)?;
            tx.execute("DELETE FROM organizations WHERE id = ?1", [id.to_string()])?;
            log_event(
                tx,
                now,
                None,
                EventEntity::Organization,
                &id.to_string(),
                EventAction::Delete,
                &serde_json::json!({}),
            )?;
            Ok(())
        })
    }

    /// One organization, or `NotFound`.
    pub fn org(&self, id: Uuid) -> Result<Organization> {
        self.read(|c| require::<Organization>(c, id))
    }

    /// Every organization (archived ones too), by name reading then name.
    pub fn orgs(&self) -> Result<Vec<Organization>> {
        self.read(|c| {
            let mut st = c.prepare_cached(&format!(
                "SELECT {ORG_COLUMNS} FROM organizations
                 ORDER BY coalesce(name_reading, name), name, id"
            ))?;
            let rows = st.query_map([], org_from_row)?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Error;

    fn input(name: &str) -> OrgInput {
        OrgInput {
            name: name.into(),
            ..OrgInput::default()
        }
    }

    #[test]
    fn create_read_update_archive_delete() {
        let mut s = Store::open_in_memory().unwrap();
        let a = s
            .create_org(&OrgInput {
                name: "株式会社ミナト精工".into(),
                name_reading: Some("みなとせいこう".into()),
                employee_band: Some(EmployeeBand::From21To50),
                ..OrgInput::default()
            })
            .unwrap();
        let b = s.create_org(&input("Acme")).unwrap();
        assert_eq!(s.org(a.id).unwrap(), a);
        let names: Vec<String> = s.orgs().unwrap().into_iter().map(|o| o.name).collect();
        assert_eq!(names, ["Acme", "株式会社ミナト精工"]);

        let a2 = s.update_org(a.id, &input("ミナト精工")).unwrap();
        assert_eq!(a2.name, "ミナト精工");
        assert_eq!(a2.employee_band, None);
        assert_eq!(a2.created_at, a.created_at);
        assert!(a2.updated_at >= a.updated_at);

        let archived = s.set_org_archived(a.id, true).unwrap();
        assert!(archived.archived_at.is_some());
        assert!(
            s.set_org_archived(a.id, false)
                .unwrap()
                .archived_at
                .is_none()
        );

        s.delete_org(b.id).unwrap();
        assert!(matches!(s.org(b.id), Err(Error::NotFound { .. })));
        assert!(matches!(s.delete_org(b.id), Err(Error::NotFound { .. })));
    }

    #[test]
    fn invalid_input_is_refused_and_nothing_is_written() {
        let mut s = Store::open_in_memory().unwrap();
        for (bad, field) in [
            (input(" "), "name"),
            (input(&"長".repeat(NAME_MAX + 1)), "name"),
            (
                OrgInput {
                    notes: Some("x".repeat(TEXT_MAX + 1)),
                    ..input("ok")
                },
                "notes",
            ),
        ] {
            match s.create_org(&bad) {
                Err(Error::Invalid { field: f, .. }) => assert_eq!(f, field),
                other => panic!("{other:?}"),
            }
        }
        assert!(s.orgs().unwrap().is_empty());
        assert!(s.events(None, 10).unwrap().is_empty());
    }
}
