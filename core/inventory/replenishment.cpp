// SPDX-License-Identifier: GPL-3.0-or-later
#include "replenishment.h"

#include "../models/listflags.h"

#include "purchasing.h"
#include "stockledger.h"
#include "../store/database.h"
#include "../store/sqlite.h"
#include "../store/transaction.h"

#include <QHash>
#include <QSqlQuery>

namespace trato {

QString Replenishment::lowStockSql()
{
    // One pass over product; reorder_level IS NOT NULL cuts the rows that never reorder.
    return QStringLiteral(
        "SELECT p.id, p.sku, p.name, p.unit, p.vendor, v.name, coalesce(p.on_hand, 0), coalesce(p.reserved, 0), "
        "coalesce(p.on_order, 0), p.reorder_level, coalesce(p.reorder_qty, 0) "
        "FROM product p LEFT JOIN vendor v ON v.id = p.vendor AND v.deleted = 0 "
        "WHERE p.deleted = 0 AND p.active = 1 AND p.reorder_level IS NOT NULL "
        "AND coalesce(p.on_hand, 0) - coalesce(p.reserved, 0) + coalesce(p.on_order, 0) <= p.reorder_level "
        "ORDER BY v.name IS NULL, v.name, p.name");
}

void Replenishment::registerListFlags()
{
    // Projected stock (on hand - reserved + on order) at or below the reorder level, like lowStockSql().
    auto low = [](const std::function<QVariant(const QString &)> &value) {
        const QVariant level = value(QStringLiteral("reorder_level"));
        if (level.isNull() || value(QStringLiteral("active")).toLongLong() != 1)
            return false;
        const qint64 projected = value(QStringLiteral("on_hand")).toLongLong() - value(QStringLiteral("reserved")).toLongLong()
            + value(QStringLiteral("on_order")).toLongLong();
        return projected <= level.toLongLong();
    };
    ListFlag flag{QStringLiteral("product"), QStringLiteral("on_hand"),
                  {QStringLiteral("on_hand"), QStringLiteral("reserved"), QStringLiteral("on_order"), QStringLiteral("reorder_level"),
                   QStringLiteral("active")},
                  low, "trato::Replenishment", QT_TRANSLATE_NOOP("trato::Replenishment", "Reorder"),
                  QT_TRANSLATE_NOOP("trato::Replenishment", "At or below its reorder level: see Inventory → Reorder.")};
    flag.replacesValue = false;
    ListFlags::add(std::move(flag));
}

Result<QList<LowStockItem>> Replenishment::lowStock(int limit) const
{
    QString sql = lowStockSql();
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    auto q = Sql::exec(m_db.connection(), sql);
    if (!q)
        return q.error();
    QList<LowStockItem> out;
    while (q.value().next()) {
        QSqlQuery &r = q.value();
        LowStockItem i;
        i.product = r.value(0).toString();
        i.sku = r.value(1).toString();
        i.name = r.value(2).toString();
        i.unit = r.value(3).toString();
        i.vendor = r.value(5).isNull() ? QString() : r.value(4).toString();
        i.vendorName = r.value(5).toString();
        i.onHand = r.value(6).toLongLong();
        i.reserved = r.value(7).toLongLong();
        i.onOrder = r.value(8).toLongLong();
        i.projected = i.onHand - i.reserved + i.onOrder;
        i.reorderLevel = r.value(9).toLongLong();
        const qint64 qty = r.value(10).toLongLong();
        if (qty > 0) {
            i.suggested = qty;
        } else {
            i.suggested = qMax<qint64>(i.reorderLevel - i.projected, 1000);
            // Whole units round up (never order less than the shortfall).
            if (!StockLedger::unitAllowsFractions(i.unit) && i.suggested % 1000 != 0)
                i.suggested = (i.suggested / 1000 + 1) * 1000;
        }
        out << i;
    }
    return out;
}

Result<DraftOrdersResult> Replenishment::draftOrders()
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto low = lowStock();
    if (!low)
        return low.error();
    // Products already on an open draft: never put on a second one.
    auto d = Sql::exec(tx.connection(), QStringLiteral("SELECT DISTINCT l.product FROM purchase_order_line l JOIN purchase_order o ON o.id = l.purchase_order "
                                                       "WHERE l.deleted = 0 AND o.deleted = 0 AND o.status = 'draft'"));
    if (!d)
        return d.error();
    QSet<QString> onDraft;
    while (d.value().next())
        onDraft.insert(d.value().value(0).toString());
    DraftOrdersResult result;
    QHash<QString, QString> orderOfVendor;
    Purchasing purchasing(m_db);
    for (const LowStockItem &i : low.value()) {
        const QString label = i.sku.isEmpty() ? i.name : QStringLiteral("%1 (%2)").arg(i.name, i.sku);
        if (i.vendor.isEmpty()) {
            result.withoutVendor << label;
            continue;
        }
        if (onDraft.contains(i.product)) {
            result.alreadyOnDraft << label;
            continue;
        }
        QString order = orderOfVendor.value(i.vendor);
        if (order.isEmpty()) {
            auto created = purchasing.createOrder(i.vendor);
            if (!created)
                return created.error();
            order = created.value();
            orderOfVendor.insert(i.vendor, order);
            result.orders << order;
        }
        if (auto line = purchasing.addLine(order, i.product, i.suggested); !line)
            return Error{line.error().kind, label + QStringLiteral(": ") + line.error().message};
        ++result.lines;
        onDraft.insert(i.product);
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return result;
}

} // namespace trato
