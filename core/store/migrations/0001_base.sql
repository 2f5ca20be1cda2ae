-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 1: the system tables every Trato database has. Entity tables (account, contact,
-- ...) are not here: they are generated from the metadata by SchemaBuilder after the migrations.

-- Key/value facts about this database: site_id (HLC site), hlc_last (last clock handed out).
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;

-- Every field change of every record, written by triggers so that no write path escapes capture.
-- op: 'insert' (one row per new record; the values are the record's), 'update' (one row per changed
-- field), 'purge' (the record was removed for good). Soft deletes are updates of the 'deleted' field.
CREATE TABLE change_log (
    seq       INTEGER PRIMARY KEY,
    entity    TEXT NOT NULL,
    record_id TEXT NOT NULL,
    op        TEXT NOT NULL CHECK (op IN ('insert', 'update', 'purge')),
    field     TEXT,
    old_value ANY,
    new_value ANY,
    hlc       TEXT NOT NULL,
    user      TEXT,
    at        TEXT NOT NULL
);
CREATE INDEX change_log_record ON change_log (entity, record_id, seq);

-- One row, set by the core at the start of each write transaction and cleared before COMMIT, that
-- tells the triggers who is writing and with which clock. A writer outside Trato (sqlite3 shell,
-- a script) finds it empty: its changes are still logged, with a clock made from the wall time and
-- no user.
CREATE TABLE sync_context (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    user            TEXT,
    hlc             TEXT,
    bulk            INTEGER NOT NULL DEFAULT 0,
    applying_remote INTEGER NOT NULL DEFAULT 0
);
INSERT INTO sync_context (id) VALUES (1);

-- Fields users added in Settings -> Fields. The registry merges them into the entity descriptions.
CREATE TABLE custom_field (
    entity     TEXT NOT NULL,
    name       TEXT NOT NULL,
    type       TEXT NOT NULL,
    label      TEXT NOT NULL,
    required   INTEGER NOT NULL DEFAULT 0,
    options    TEXT,             -- picklists: JSON array of {"value","label"}
    target     TEXT,             -- relations: the target entity
    show       INTEGER NOT NULL,
    position   INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    PRIMARY KEY (entity, name)
) WITHOUT ROWID;

-- What the schema builder last generated for each entity (triggers, full-text index, indexes), so
-- they are rebuilt only when the description changed.
CREATE TABLE entity_schema (
    entity    TEXT PRIMARY KEY,
    signature TEXT NOT NULL
) WITHOUT ROWID;
