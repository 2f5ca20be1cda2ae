-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 3: the import log (what each import created and updated, so it can be reverted)
-- and the column mappings people chose, offered again for files with the same headers.

-- One row per import that wrote something. status: 'done' | 'reverted'. log_seq is the last
-- change_log row when the import committed: any later row about one of its records means the
-- record was changed since (revert refuses unless forced).
CREATE TABLE import_batch (
    id          TEXT PRIMARY KEY,
    entity      TEXT NOT NULL,
    file        TEXT NOT NULL,
    format      TEXT NOT NULL,          -- 'csv' | 'vcard'
    at          TEXT NOT NULL,
    user        TEXT,
    policy      TEXT NOT NULL,          -- 'skip' | 'update' | 'create'
    partial     INTEGER NOT NULL DEFAULT 0,
    created     INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    failed      INTEGER NOT NULL DEFAULT 0,
    hlc         TEXT NOT NULL,
    log_seq     INTEGER NOT NULL DEFAULT 0,
    status      TEXT NOT NULL DEFAULT 'done',
    reverted_at TEXT
) WITHOUT ROWID;
CREATE INDEX import_batch_at ON import_batch (at);

-- The records an import created: one contiguous rid range per entity (the import holds the write
-- lock, so nothing else inserts in between). A million created records are one row here.
CREATE TABLE import_created (
    batch_id  TEXT NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    entity    TEXT NOT NULL,
    first_rid INTEGER NOT NULL,
    last_rid  INTEGER NOT NULL,
    count     INTEGER NOT NULL,
    PRIMARY KEY (batch_id, entity)
) WITHOUT ROWID;

-- The records an import updated, with the previous values of the fields it changed (JSON object).
CREATE TABLE import_updated (
    batch_id  TEXT NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    entity    TEXT NOT NULL,
    record_id TEXT NOT NULL,
    previous  TEXT NOT NULL,
    PRIMARY KEY (batch_id, entity, record_id)
) WITHOUT ROWID;

-- Column mappings people chose: header_key is the entity's normalized header set; mapping is a JSON
-- object header -> field ("" = ignored).
CREATE TABLE import_mapping (
    entity     TEXT NOT NULL,
    header_key TEXT NOT NULL,
    mapping    TEXT NOT NULL,
    used_at    TEXT NOT NULL,
    PRIMARY KEY (entity, header_key)
) WITHOUT ROWID;
