-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 8: team sync (core/sync, docs/SYNC.md). Nothing here is used until a team server
-- is configured; a database that never syncs only carries the empty tables.

-- Changes applied from the server are logged too (History shows who changed what elsewhere), but
-- marked remote so they are never pushed back.
ALTER TABLE change_log ADD COLUMN remote INTEGER NOT NULL DEFAULT 0;
-- Bulk loads (demo data, imports) write no per-record log: the sync uploads their range instead.
ALTER TABLE bulk_operation ADD COLUMN synced INTEGER NOT NULL DEFAULT 0;

-- Key/value bookkeeping: server address (no password), device code, how far the outbox was pushed
-- (pushed_seq) and the pull cursor (cursor_txid, cursor_seq), last sync and last error.
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;

-- A batch of local changes, numbered and committed here before it is sent; the payload is kept so
-- a retry sends exactly the same batch (the server answers a replay with the stored result).
CREATE TABLE sync_batch (
    batch_no   INTEGER PRIMARY KEY,
    last_seq   INTEGER NOT NULL,   -- the change_log rows up to here are in this batch
    rows       INTEGER NOT NULL,
    payload    BLOB NOT NULL,      -- COPY text rows (docs/SYNC.md, "Push")
    created_at TEXT NOT NULL
);

-- The server's per-field clocks of each record as last received: the "base" sent with the next
-- local edit, so the server can tell a follow-up edit from a concurrent one.
CREATE TABLE sync_record (
    entity TEXT NOT NULL,
    id     TEXT NOT NULL,
    clocks TEXT NOT NULL,          -- JSON object field -> HLC
    PRIMARY KEY (entity, id)
) WITHOUT ROWID;

-- Conflicts kept for review, as the server decided them (pulled), and their resolution here.
CREATE TABLE sync_conflict (
    id            TEXT PRIMARY KEY,
    entity        TEXT NOT NULL,
    record_id     TEXT NOT NULL,
    field         TEXT NOT NULL,
    reason        TEXT NOT NULL,   -- concurrent | denied | deleted
    winner_value  TEXT,            -- JSON
    winner_hlc    TEXT,
    winner_user   TEXT,
    loser_value   TEXT,            -- JSON
    loser_hlc     TEXT,
    loser_user    TEXT,
    at            TEXT NOT NULL,
    resolution    TEXT,            -- NULL open | kept | restored
    resolved_at   TEXT,
    resolved_by   TEXT,
    resolution_pushed INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX sync_conflict_open ON sync_conflict (resolution, at);

-- Records received from the server that could not be applied here (a local rule refused them);
-- retried at every sync and shown in the sync status until they go in.
CREATE TABLE sync_parked (
    entity TEXT NOT NULL,
    id     TEXT NOT NULL,
    data   TEXT NOT NULL,          -- JSON
    clocks TEXT NOT NULL,
    error  TEXT NOT NULL,
    at     TEXT NOT NULL,
    PRIMARY KEY (entity, id)
) WITHOUT ROWID;
