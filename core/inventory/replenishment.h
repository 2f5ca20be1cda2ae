// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace trato {

class Database;

struct LowStockItem
{
    QString product;
    QString sku;
    QString name;
    QString unit;
    QString vendor;       // id, empty when the product has none
    QString vendorName;
    qint64 onHand = 0;    // thousandths
    qint64 reserved = 0;
    qint64 onOrder = 0;
    qint64 projected = 0; // on_hand - reserved + on_order
    qint64 reorderLevel = 0;
    qint64 suggested = 0; // reorder_qty, or up to the level when none
};

struct DraftOrdersResult
{
    QStringList orders;                // ids of the purchase orders drafted
    int lines = 0;
    QStringList withoutVendor;         // names (sku) of low products that have no vendor
    QStringList alreadyOnDraft;        // names of low products already on an open draft
};

// Replenishment (issue 5): active products whose projected stock (on_hand - reserved + on_order)
// is at or below their reorder level. Suggested quantity: reorder_qty when set (> 0), else what
// brings the projection back up to the level (at least one unit; rounded up to a whole unit for
// products counted in whole units).
class Replenishment
{
    Q_DECLARE_TR_FUNCTIONS(trato::Replenishment)
public:
    explicit Replenishment(Database &db) : m_db(db) {}

    // Safe on a worker thread (reads on that thread's connection).
    Result<QList<LowStockItem>> lowStock(int limit = -1) const;
    // Drafts purchase orders for the low-stock list, one per vendor, in one transaction. A product
    // already on an open draft is skipped (reported), one without vendor is reported.
    Result<DraftOrdersResult> draftOrders();

    static QString lowStockSql(); // the query (also used by the benchmark)
    // The same test as the low-stock list, as a mark on the product list (called once by ListFlags).
    static void registerListFlags();

private:
    Database &m_db;
};

} // namespace trato
