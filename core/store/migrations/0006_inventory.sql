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

-- Reservations of open sales documents (StockLedger::reserve/release, Comercial): what a document
-- holds of a product in a warehouse. Available = on hand - reserved. product.reserved is their sum,
-- kept by StockLedger in the same transaction.
CREATE TABLE stock_reservation (
    document   TEXT NOT NULL,               -- "sales_order:<id>"
    product    TEXT NOT NULL,
    warehouse  TEXT NOT NULL,
    quantity   INTEGER NOT NULL CHECK (quantity > 0),  -- thousandths
    created_at TEXT NOT NULL,
    PRIMARY KEY (document, product, warehouse)
) WITHOUT ROWID;
CREATE INDEX stock_reservation_product ON stock_reservation (product, warehouse);
