-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 6: the stock balances the ledger keeps. Movements (entity stock_movement) are the
-- truth; this table is their sum per product and warehouse, maintained by triggers on every
-- insert (StockLedger), so "how many do we have" is one primary-key read at any ledger size.
-- It is local and derived: StockLedger::recomputeBalances() rebuilds it from the movements.
CREATE TABLE stock_balance (
    product    TEXT NOT NULL,
    warehouse  TEXT NOT NULL,
    on_hand    INTEGER NOT NULL DEFAULT 0,  -- thousandths of the product's unit
    PRIMARY KEY (product, warehouse)
) WITHOUT ROWID;
