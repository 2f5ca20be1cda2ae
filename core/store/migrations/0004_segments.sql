-- SPDX-License-Identifier: GPL-3.0-or-later
-- Segments: saved filters of one entity (conditions, search text, sort), used as list views and as
-- sources of campaign members. Conditions are JSON: [{"field": "city", "op": "eq", "value": "Madrid"}]
-- with values in storage form; day operators keep the number of days, evaluated when the segment
-- runs. Names are unique whatever their case, so `trato-cli segment show NAME` finds one.
CREATE TABLE segment (
    id          TEXT PRIMARY KEY,
    entity      TEXT NOT NULL,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    conditions  TEXT NOT NULL DEFAULT '[]',
    search      TEXT NOT NULL DEFAULT '',
    sort_field  TEXT NOT NULL DEFAULT '',
    descending  INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    created_by  TEXT
) WITHOUT ROWID;
CREATE INDEX segment_entity ON segment (entity, name);
