-- The core of Mamori: client organizations, their assessment rounds and everything recorded in a
-- round (self-check and maturity answers, step progress), action items, supply-chain partners,
-- and a log of changes.
--
-- Conventions:
-- - Ids are UUIDs as lowercase text (36 chars), made by the app, stable across export/import.
-- - Timestamps are UTC text 'YYYY-MM-DDTHH:MM:SS.sssZ' (what strftime('%Y-%m-%dT%H:%M:%fZ')
--   writes), dates are 'YYYY-MM-DD'; both sort correctly as text.
-- - Enumerations are CHECKed here; which content ids exist (question numbers, step ids) is the
--   content packs' business and is checked by the app, so a new content edition needs no
--   migration.
-- - A child that cannot outlive its parent is deleted with it (ON DELETE CASCADE).

CREATE TABLE organizations (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    name           TEXT NOT NULL CHECK (length(name) > 0),
    name_reading   TEXT,
    industry       TEXT,
    employee_band  TEXT CHECK (employee_band IN ('1-5', '6-20', '21-50', '51-100', '101-300', '301+')),
    contact_person TEXT,
    notes          TEXT,
    archived_at    TEXT CHECK (archived_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'),
    created_at     TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'),
    updated_at     TEXT NOT NULL CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z')
) STRICT;

CREATE INDEX organizations_by_name ON organizations (name);

-- One assessment of one organization against one edition of the guidance.
CREATE TABLE assessment_rounds (
    id                TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    org_id            TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    -- e.g. 'meti-csm@3.0'
    framework_version TEXT NOT NULL CHECK (framework_version GLOB '?*@?*'),
    -- JSON object: content pack → version, e.g. {"ipa-sme":"3.1","mamori-maturity":"1.0"}
    content_versions  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(content_versions) AND json_type(content_versions) = 'object'),
    started_at        TEXT NOT NULL CHECK (started_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'),
    closed_at         TEXT CHECK (closed_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'),
    CHECK (closed_at IS NULL OR closed_at >= started_at)
) STRICT;

-- The portfolio asks for each organization's latest round (by start, then id): index only.
CREATE INDEX assessment_rounds_by_org ON assessment_rounds (org_id, started_at, id);
-- At most one open round per organization.
CREATE UNIQUE INDEX assessment_rounds_one_open ON assessment_rounds (org_id) WHERE closed_at IS NULL;

-- IPA's 25-question self-check (5分でできる！情報セキュリティ自社診断).
CREATE TABLE selfcheck_answers (
    round_id   TEXT NOT NULL REFERENCES assessment_rounds (id) ON DELETE CASCADE,
    question   INTEGER NOT NULL CHECK (question >= 1),
    answer     TEXT NOT NULL CHECK (answer IN ('done', 'partly', 'not_done', 'dont_know')),
    note       TEXT,
    updated_at TEXT NOT NULL CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'),
    PRIMARY KEY (round_id, question)
) STRICT, WITHOUT ROWID;

-- Mamori's own maturity check, four questions per direction ('d1-q1' … 'd10-q4').
CREATE TABLE maturity_answers (
    round_id    TEXT NOT NULL REFERENCES assessment_rounds (id) ON DELETE CASCADE,
    question_id TEXT NOT NULL CHECK (length(question_id) > 0),
    answer      TEXT NOT NULL CHECK (answer IN ('not-started', 'partly', 'in-place', 'reviewed', 'dont-know')),
    note        TEXT,
    updated_at  TEXT NOT NULL CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'),
    PRIMARY KEY (round_id, question_id)
) STRICT, WITHOUT ROWID;

-- Progress on the guideline's steps ('csm/d1/s1').
CREATE TABLE step_progress (
    round_id      TEXT NOT NULL REFERENCES assessment_rounds (id) ON DELETE CASCADE,
    step_id       TEXT NOT NULL CHECK (length(step_id) > 0),
    status        TEXT NOT NULL CHECK (status IN ('todo', 'doing', 'done', 'na')),
    owner         TEXT,
    due_date      TEXT CHECK (due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    note          TEXT,
    evidence_note TEXT,
    done_date     TEXT CHECK (done_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    na_reason     TEXT,
    updated_at    TEXT NOT NULL CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'),
    PRIMARY KEY (round_id, step_id)
) STRICT, WITHOUT ROWID;

-- Things to do, from a gap, a "don't know" answer, or added by hand. An action outlives the
-- round it came from (the round may be deleted; the work remains).
CREATE TABLE action_items (
    id         TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    org_id     TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    round_id   TEXT REFERENCES assessment_rounds (id) ON DELETE SET NULL,
    source     TEXT NOT NULL CHECK (source IN ('gap', 'dont-know', 'manual')),
    -- what it came from: 'selfcheck/7', 'd3-q2', 'csm/d1/s1'; NULL for manual items
    ref_id     TEXT,
    title      TEXT NOT NULL CHECK (length(title) > 0),
    owner      TEXT,
    due_date   TEXT CHECK (due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    status     TEXT NOT NULL CHECK (status IN ('open', 'doing', 'done')),
    effort     TEXT CHECK (effort IN ('quick', 'half-day', 'project')),
    created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'),
    updated_at TEXT NOT NULL CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'),
    CHECK ((source = 'manual') = (ref_id IS NULL))
) STRICT;

CREATE INDEX action_items_by_org ON action_items (org_id, created_at);
CREATE INDEX action_items_by_round ON action_items (round_id);
-- The portfolio counts overdue actions: open ones past their due date.
CREATE INDEX action_items_open_by_due ON action_items (org_id, due_date) WHERE status <> 'done';

-- Supply-chain partners (subsidiaries, business partners, contractors, IT vendors).
CREATE TABLE partners (
    id                           TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    org_id                       TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name                         TEXT NOT NULL CHECK (length(name) > 0),
    relation                     TEXT NOT NULL CHECK (relation IN ('subsidiary', 'group-company', 'business-partner', 'contractor', 'it-vendor')),
    -- what they handle for the organization (data, systems, parts)
    handles                      TEXT,
    security_action_level        TEXT NOT NULL CHECK (security_action_level IN ('none', 'star1', 'star2', 'unknown')),
    contract_has_security_clause TEXT NOT NULL CHECK (contract_has_security_clause IN ('yes', 'no', 'unknown')),
    last_checked                 TEXT CHECK (last_checked GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    note                         TEXT,
    created_at                   TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'),
    updated_at                   TEXT NOT NULL CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z')
) STRICT;

CREATE INDEX partners_by_org ON partners (org_id, created_at);

-- What changed, when: one row per write. An organization's rows go with it when it is deleted
-- (its clients' data leaves no trace); the deletion itself is logged without an org_id.
CREATE TABLE event_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'),
    org_id    TEXT REFERENCES organizations (id) ON DELETE CASCADE,
    entity    TEXT NOT NULL CHECK (entity IN ('organization', 'round', 'selfcheck', 'maturity', 'step', 'action', 'partner')),
    entity_id TEXT NOT NULL,
    action    TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'import', 'archive', 'restore', 'close')),
    summary   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(summary))
) STRICT;

-- The portfolio asks for each organization's last activity.
CREATE INDEX event_log_by_org ON event_log (org_id, at);
