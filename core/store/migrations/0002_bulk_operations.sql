-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 2: bulk operations (demo data, imports). A bulk insert of a million rows writes one
-- row here naming the range of new records instead of a million 'insert' rows in change_log; the
-- records' History reads their creation from it.
CREATE TABLE bulk_operation (
    id        TEXT PRIMARY KEY,
    entity    TEXT NOT NULL,
    kind      TEXT NOT NULL,          -- 'demo' | 'import'
    first_rid INTEGER NOT NULL,
    last_rid  INTEGER NOT NULL,
    count     INTEGER NOT NULL,
    hlc       TEXT NOT NULL,
    user      TEXT,
    at        TEXT NOT NULL,
    note      TEXT
) WITHOUT ROWID;
CREATE INDEX bulk_operation_range ON bulk_operation (entity, first_rid);
