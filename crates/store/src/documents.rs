//! Documents an organization fills in, one of each kind: the basic security policy draft
//! (SECURITY ACTION ★★) and the incident card (its own contacts and backup location).
//!
//! Both are a few text fields; they are stored as a JSON object per organization and kind, and
//! the store checks the keys (per kind), the lengths and the dates. [`PolicyDraft`] and
//! [`IncidentCard`] are typed views for callers.

use std::collections::BTreeMap;

use rusqlite::{Connection, OptionalExtension, params};
use time::Date;
use uuid::Uuid;

use mamori_core::text::TextKind;

use crate::events::{EventAction, EventEntity, log_event};
use crate::orgs::Organization;
use crate::require::require;
use crate::values::{TEXT_MAX, Timestamp, check_optional, parse_date, text_enum};
use crate::{Fail, Problem, Result, Store};

text_enum! {
    /// Which document.
    pub enum DocumentKind {
        /// The basic security policy (情報セキュリティ基本方針) draft.
        Policy = "policy",
        /// The incident first-hour card.
        IncidentCard = "incident-card",
    }
}

/// Fields that hold a date (`YYYY-MM-DD`).
const DATE_FIELDS: &[&str] = &["date", "adoptedOn"];

impl DocumentKind {
    /// The field keys a document of this kind may have.
    pub fn fields(self) -> &'static [&'static str] {
        match self {
            DocumentKind::Policy => &[
                "company",
                "owner",
                "scope",
                "date",
                "adoptedOn",
                "publishedWhere",
            ],
            // The field ids of `content/incident.toml` (a test checks they match) and `notes`.
            // Keys are only ever added: a card saved before a field existed simply lacks it.
            DocumentKind::IncidentCard => &[
                "contractor",
                "insurance",
                "insurance-hotline",
                "police-desk",
                "backup-location",
                "spokesperson",
                "notes",
            ],
        }
    }

    /// Whether a field is one line (the policy's company, owner, dates and where it is
    /// published) or may hold line breaks (the policy's scope, every field of the incident
    /// card): the screens' text boxes.
    pub fn text_kind(self, key: &str) -> TextKind {
        match (self, key) {
            (DocumentKind::Policy, "scope") | (DocumentKind::IncidentCard, _) => {
                TextKind::MultiLine
            }
            (DocumentKind::Policy, _) => TextKind::SingleLine,
        }
    }

    /// Checks a document's fields: known keys, each value at most [`TEXT_MAX`] characters
    /// without control characters (see [`DocumentKind::text_kind`]), dates as `YYYY-MM-DD`. The error names the field (`fields.<key>`).
    pub fn check(
        self,
        fields: &BTreeMap<String, String>,
    ) -> std::result::Result<(), (String, Problem)> {
        for (k, v) in fields {
            if !self.fields().contains(&k.as_str()) {
                return Err((
                    format!("fields.{}", crate::values::shorten(k)),
                    Problem::UnknownField,
                ));
            }
            check_optional(Some(v), TEXT_MAX, self.text_kind(k))
                .map_err(|p| (format!("fields.{k}"), p))?;
            if DATE_FIELDS.contains(&k.as_str()) && !v.is_empty() {
                parse_date(v).map_err(|p| (format!("fields.{k}"), p))?;
            }
        }
        Ok(())
    }
}

/// A saved document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Which document.
    pub kind: DocumentKind,
    /// Its fields by key; a missing key is a blank.
    pub fields: BTreeMap<String, String>,
    /// When it was last saved.
    pub updated_at: Timestamp,
}

impl Document {
    fn text(&self, key: &str) -> Option<String> {
        self.fields
            .get(key)
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    }

    fn date(&self, key: &str) -> Option<Date> {
        self.fields.get(key).and_then(|v| parse_date(v).ok())
    }
}

/// The policy draft, typed. Blank fields are `None`. `company`, `owner`, `scope` and `date` are
/// the fields of the `basic-policy` template in `content/security-action.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PolicyDraft {
    /// The company name as it should appear on the policy.
    pub company: Option<String>,
    /// Who signs it (the representative's title and name).
    pub owner: Option<String>,
    /// What it covers (offices, people, information).
    pub scope: Option<String>,
    /// The date printed on it.
    pub date: Option<Date>,
    /// When the owner adopted it.
    pub adopted_on: Option<Date>,
    /// Where it is published (notice board, website, …).
    pub published_where: Option<String>,
}

impl From<&Document> for PolicyDraft {
    fn from(d: &Document) -> PolicyDraft {
        PolicyDraft {
            company: d.text("company"),
            owner: d.text("owner"),
            scope: d.text("scope"),
            date: d.date("date"),
            adopted_on: d.date("adoptedOn"),
            published_where: d.text("publishedWhere"),
        }
    }
}

/// The incident card's own entries, typed. Blank fields are `None`. The keys are the field ids
/// of `content/incident.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct IncidentCard {
    /// The IT contractor to call: company, person, a phone number that works after hours.
    pub contractor: Option<String>,
    /// Where the backups are and who can get to them.
    pub backup_location: Option<String>,
    /// Who speaks for the company during an incident (and a deputy).
    pub spokesperson: Option<String>,
    /// Anything else.
    pub notes: Option<String>,
}

impl From<&Document> for IncidentCard {
    fn from(d: &Document) -> IncidentCard {
        IncidentCard {
            contractor: d.text("contractor"),
            backup_location: d.text("backup-location"),
            spokesperson: d.text("spokesperson"),
            notes: d.text("notes"),
        }
    }
}

pub(crate) fn insert_document(c: &Connection, org_id: Uuid, d: &Document) -> rusqlite::Result<()> {
    let fields = serde_json::to_string(&d.fields)
        .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
    c.prepare_cached(
        "INSERT INTO org_documents (org_id, kind, fields, updated_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (org_id, kind) DO UPDATE SET fields = excluded.fields,
           updated_at = excluded.updated_at",
    )?
    .execute(params![org_id.to_string(), d.kind, fields, d.updated_at])?;
    Ok(())
}

pub(crate) fn documents_of(c: &Connection, org_id: Uuid) -> rusqlite::Result<Vec<Document>> {
    let mut st = c.prepare_cached(
        "SELECT kind, fields, updated_at FROM org_documents WHERE org_id = ?1 ORDER BY kind",
    )?;
    let rows = st.query_map([org_id.to_string()], |r| {
        let fields: String = r.get(1)?;
        Ok(Document {
            kind: r.get(0)?,
            fields: serde_json::from_str(&fields).map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(
                    1,
                    rusqlite::types::Type::Text,
                    Box::new(e),
                )
            })?,
            updated_at: r.get(2)?,
        })
    })?;
    rows.collect()
}

impl Store {
    /// Saves a document of an organization, replacing the earlier one of that kind. Empty
    /// values are dropped. Committed when this returns.
    pub fn save_document(
        &mut self,
        org_id: Uuid,
        kind: DocumentKind,
        fields: &BTreeMap<String, String>,
    ) -> Result<Document> {
        let now = Timestamp::now();
        let fields: BTreeMap<String, String> = fields
            .iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        self.write(|tx| {
            kind.check(&fields)
                .map_err(|(f, p)| Fail::invalid((f.as_str(), p)))?;
            require::<Organization>(tx, org_id)?;
            let existed = document_of(tx, org_id, kind)?.is_some();
            let d = Document {
                kind,
                fields,
                updated_at: now,
            };
            insert_document(tx, org_id, &d)?;
            log_event(
                tx,
                now,
                Some(org_id),
                EventEntity::Document,
                kind.as_str(),
                if existed {
                    EventAction::Update
                } else {
                    EventAction::Create
                },
                &serde_json::json!({}),
            )?;
            Ok(d)
        })
    }

    /// An organization's document of one kind, if it was ever saved.
    pub fn document(&self, org_id: Uuid, kind: DocumentKind) -> Result<Option<Document>> {
        self.read(|c| {
            require::<Organization>(c, org_id)?;
            Ok(document_of(c, org_id, kind)?)
        })
    }

    /// The policy draft (blank if never saved).
    pub fn policy(&self, org_id: Uuid) -> Result<PolicyDraft> {
        Ok(self
            .document(org_id, DocumentKind::Policy)?
            .as_ref()
            .map(PolicyDraft::from)
            .unwrap_or_default())
    }

    /// The incident card's entries (blank if never saved).
    pub fn incident_card(&self, org_id: Uuid) -> Result<IncidentCard> {
        Ok(self
            .document(org_id, DocumentKind::IncidentCard)?
            .as_ref()
            .map(IncidentCard::from)
            .unwrap_or_default())
    }
}

fn document_of(
    c: &Connection,
    org_id: Uuid,
    kind: DocumentKind,
) -> rusqlite::Result<Option<Document>> {
    c.prepare_cached(
        "SELECT fields, updated_at FROM org_documents WHERE org_id = ?1 AND kind = ?2",
    )?
    .query_row(params![org_id.to_string(), kind], |r| {
        let fields: String = r.get(0)?;
        Ok(Document {
            kind,
            fields: serde_json::from_str(&fields).map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(
                    0,
                    rusqlite::types::Type::Text,
                    Box::new(e),
                )
            })?,
            updated_at: r.get(1)?,
        })
    })
    .optional()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Error, OrgInput};

    fn org(s: &mut Store) -> Uuid {
        s.create_org(&OrgInput {
            name: "株式会社テスト".into(),
            ..OrgInput::default()
        })
        .unwrap()
        .id
    }

    #[test]
    fn a_policy_draft_is_saved_replaced_and_read_typed() {
        let mut s = Store::open_in_memory().unwrap();
        let id = org(&mut s);
        assert_eq!(s.policy(id).unwrap(), PolicyDraft::default());
        let mut f = BTreeMap::from([
            ("company".to_owned(), "株式会社テスト".to_owned()),
            ("owner".to_owned(), "代表取締役 山田太郎".to_owned()),
            ("date".to_owned(), "2026-04-01".to_owned()),
            ("scope".to_owned(), "  ".to_owned()),
        ]);
        s.save_document(id, DocumentKind::Policy, &f).unwrap();
        let p = s.policy(id).unwrap();
        assert_eq!(p.company.as_deref(), Some("株式会社テスト"));
        assert_eq!(p.date, Some(time::macros::date!(2026 - 04 - 01)));
        assert_eq!(p.scope, None);
        f.insert("owner".into(), "代表 山田".into());
        s.save_document(id, DocumentKind::Policy, &f).unwrap();
        assert_eq!(s.policy(id).unwrap().owner.as_deref(), Some("代表 山田"));
        let events = s.events(Some(id), 10).unwrap();
        assert_eq!(events[0].entity, EventEntity::Document);
        assert_eq!(events[0].action, EventAction::Update);
        assert_eq!(events[1].action, EventAction::Create);
        // The other kind is separate.
        assert_eq!(s.incident_card(id).unwrap(), IncidentCard::default());
    }

    #[test]
    fn unknown_keys_bad_dates_and_missing_orgs_are_refused() {
        let mut s = Store::open_in_memory().unwrap();
        let id = org(&mut s);
        let bad_key = BTreeMap::from([("backup-location".to_owned(), "NAS".to_owned())]);
        let e = s
            .save_document(id, DocumentKind::Policy, &bad_key)
            .unwrap_err();
        assert!(
            matches!(&e, Error::Invalid { field, problem: Problem::UnknownField } if field == "fields.backup-location"),
            "{e:?}"
        );
        let bad_date = BTreeMap::from([("adoptedOn".to_owned(), "2026-13-01".to_owned())]);
        let e = s
            .save_document(id, DocumentKind::Policy, &bad_date)
            .unwrap_err();
        assert!(
            matches!(&e, Error::Invalid { field, .. } if field == "fields.adoptedOn"),
            "{e:?}"
        );
        let e = s
            .save_document(Uuid::new_v4(), DocumentKind::IncidentCard, &BTreeMap::new())
            .unwrap_err();
        assert!(matches!(e, Error::NotFound { .. }), "{e:?}");
        assert_eq!(s.document(id, DocumentKind::Policy).unwrap(), None);
    }

    #[test]
    fn the_incident_card_accepts_exactly_the_content_fields_and_notes() {
        let packs = mamori_core::content::ContentPacks::embedded().unwrap();
        let mut expected: Vec<&str> = packs
            .incident
            .fields
            .iter()
            .map(|f| f.id.as_str())
            .collect();
        expected.push("notes");
        assert_eq!(DocumentKind::IncidentCard.fields(), expected.as_slice());
    }

    #[test]
    fn an_incident_card_saved_before_the_insurance_fields_still_reads_and_takes_them() {
        let mut s = Store::open_in_memory().unwrap();
        let id = org(&mut s);
        // A card as older versions saved it: only the first three fields and notes.
        let old = BTreeMap::from([
            ("contractor".to_owned(), "㈱サンプル".to_owned()),
            ("notes".to_owned(), "メモ".to_owned()),
        ]);
        s.save_document(id, DocumentKind::IncidentCard, &old)
            .unwrap();
        let mut doc = s.document(id, DocumentKind::IncidentCard).unwrap().unwrap();
        assert_eq!(doc.fields, old);
        doc.fields
            .insert("insurance".to_owned(), "サンプル損保 第123号".to_owned());
        doc.fields.insert(
            "police-desk".to_owned(),
            "県警 サイバー犯罪相談窓口".to_owned(),
        );
        s.save_document(id, DocumentKind::IncidentCard, &doc.fields)
            .unwrap();
        let doc = s.document(id, DocumentKind::IncidentCard).unwrap().unwrap();
        assert_eq!(
            doc.fields.get("insurance").map(String::as_str),
            Some("サンプル損保 第123号")
        );
        assert_eq!(
            s.incident_card(id).unwrap().contractor.as_deref(),
            Some("㈱サンプル")
        );
    }

    #[test]
    fn documents_go_with_their_organization() {
        let mut s = Store::open_in_memory().unwrap();
        let id = org(&mut s);
        let card = BTreeMap::from([("backup-location".to_owned(), "事務所の金庫".to_owned())]);
        s.save_document(id, DocumentKind::IncidentCard, &card)
            .unwrap();
        assert_eq!(
            s.incident_card(id).unwrap().backup_location.as_deref(),
            Some("事務所の金庫")
        );
        s.delete_org(id).unwrap();
        let n: i64 = s
            .conn()
            .query_row("SELECT count(*) FROM org_documents", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0);
    }
}
