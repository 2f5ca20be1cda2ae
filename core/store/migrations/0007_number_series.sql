-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 7: document number series (NumberSeries). One row per series: the pattern its
-- numbers follow ("PO-{YYYY}-{NNNN}") and the next value to hand out. The counter is updated in
-- the transaction of the document that takes the number, so a rollback gives the number back and
-- the series stays gapless.
CREATE TABLE number_series (
    key         TEXT PRIMARY KEY,
    pattern     TEXT NOT NULL,
    next_value  INTEGER NOT NULL DEFAULT 1 CHECK (next_value >= 1)
) WITHOUT ROWID;
