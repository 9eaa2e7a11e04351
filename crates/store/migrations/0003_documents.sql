-- Documents an organization fills in: the basic security policy draft (SECURITY ACTION ★★)
-- and the incident card (its own contacts and backup location). One row per organization and
-- kind; the fields are a JSON object of text values whose keys the store checks per kind.
CREATE TABLE org_documents (
    org_id     TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('policy', 'incident-card')),
    fields     TEXT NOT NULL CHECK (json_valid(fields) AND json_type(fields) = 'object'),
    updated_at TEXT NOT NULL CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'),
    PRIMARY KEY (org_id, kind)
) STRICT;

-- The event log learns the new entity. SQLite cannot change a CHECK constraint in place, so
-- the table is rebuilt with the same rows, ids and index.
CREATE TABLE event_log_v3 (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'),
    org_id    TEXT REFERENCES organizations (id) ON DELETE CASCADE,
    entity    TEXT NOT NULL CHECK (entity IN ('organization', 'round', 'selfcheck', 'maturity', 'step', 'action', 'partner', 'document')),
    entity_id TEXT NOT NULL,
    action    TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'import', 'archive', 'restore', 'close')),
    summary   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(summary))
) STRICT;

INSERT INTO event_log_v3 (id, at, org_id, entity, entity_id, action, summary)
    SELECT id, at, org_id, entity, entity_id, action, summary FROM event_log;
DROP TABLE event_log;
ALTER TABLE event_log_v3 RENAME TO event_log;
CREATE INDEX event_log_by_org ON event_log (org_id, at);
