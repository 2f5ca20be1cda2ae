-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 5: what the activities module needs beside its entities (which are generated
-- from the metadata like every entity).

-- Policies a team shares, as key/value text: the sales loop's strictness ("suggest"/"require"),
-- follow-up rules (JSON), relationship thresholds. Read and written through TeamSettings.
CREATE TABLE team_setting (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT
) WITHOUT ROWID;

-- The people who own and are assigned records, by the user name stored in `owner`: how they are
-- shown (display name, the color of their activities in the calendar) and which team they are in.
-- A user without a row is shown by user name, with a color derived from it.
CREATE TABLE user_profile (
    name          TEXT PRIMARY KEY,
    display_name  TEXT NOT NULL DEFAULT '',
    color         TEXT NOT NULL DEFAULT '',
    team          TEXT NOT NULL DEFAULT '',
    updated_at    TEXT NOT NULL
) WITHOUT ROWID;
