// SPDX-License-Identifier: GPL-3.0-or-later
#include "demostock.h"

#include "../inventory/stockledger.h"
#include "../store/database.h"
#include "../store/transaction.h"

#include <QCoreApplication>
#include <QDateTime>

namespace trato {

Result<int> generateDemoStock(Database &db, const QStringList &productIds)
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    StockLedger ledger(db);
    auto warehouse = ledger.defaultWarehouse();
    if (!warehouse)
        return warehouse.error();
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-60);
    int posted = 0;
    for (int i = 0; i < productIds.size(); ++i) {
        const QString &p = productIds.at(i);
        // Whole units everywhere, so every unit of measure accepts them.
        const qint64 first = qint64(20 + (i * 7) % 80) * 1000;
        StockMove receipt;
        receipt.product = p;
        receipt.warehouse = warehouse.value();
        receipt.kind = QStringLiteral("receipt");
        receipt.quantity = first;
        receipt.unitCost = 150 + (i * 37) % 4000;
        receipt.at = start.addDays(i % 5);
        QList<StockMove> moves = {receipt};
        if (i % 4 != 3) {
            StockMove again = receipt;
            again.quantity = qint64(10 + (i * 3) % 30) * 1000;
            again.unitCost = receipt.unitCost + 10 + (i % 7) * 5;
            again.at = start.addDays(20 + i % 5);
            moves << again;
        }
        auto ids = ledger.post(moves);
        if (!ids)
            return ids.error();
        posted += int(ids.value().size());
        if (i % 3 == 0) {
            auto shipped = ledger.ship(p, warehouse.value(), qint64(1 + i % 9) * 1000, QStringLiteral("demo:order-%1").arg(i + 1));
            if (!shipped)
                return shipped.error();
            ++posted;
        }
        // A few products sold down below their reorder level, so the Reorder page has work to show.
        if (i % 6 == 4) {
            auto level = ledger.level(p, warehouse.value());
            if (!level)
                return level.error();
            const qint64 keep = qint64(2 + i % 5) * 1000;
            if (level.value().onHand > keep) {
                auto sold = ledger.ship(p, warehouse.value(), level.value().onHand - keep, QStringLiteral("demo:order-%1").arg(i + 1001));
                if (!sold)
                    return sold.error();
                ++posted;
            }
        }
        if (i % 10 == 5) {
            auto adjusted = ledger.adjust(p, warehouse.value(), -1000, QCoreApplication::translate("trato::DemoStock", "Damaged in the warehouse (stock count)"));
            if (!adjusted)
                return adjusted.error();
            ++posted;
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return posted;
}

} // namespace trato
