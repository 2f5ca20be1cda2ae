// SPDX-License-Identifier: GPL-3.0-or-later
#include "stockledger.h"

#include "units.h"

#include "../metadata/value.h"
#include "../store/database.h"
#include "../store/recordrules.h"
#include "../store/recordstore.h"
#include "../store/sqlite.h"
#include "../store/transaction.h"

#include <QSqlQuery>

namespace trato {

namespace {
const QString kMovement = QStringLiteral("stock_movement");

bool isIn(const QString &kind)
{
    return kind == QLatin1String("receipt") || kind == QLatin1String("return") || kind == QLatin1String("transfer_in");
}
bool isOut(const QString &kind)
{
    return kind == QLatin1String("shipment") || kind == QLatin1String("transfer_out");
}
} // namespace

bool StockLedger::unitAllowsFractions(const QString &unit)
{
    return Units::allowsFractions(unit);
}

QString StockLedger::checkQuantity(const QString &unit, qint64 milli)
{
    return Units::checkQuantity(unit, milli);
}

Result<QString> StockLedger::defaultWarehouse()
{
    QSqlDatabase conn = m_db.connection();
    auto q = Sql::exec(conn, QStringLiteral("SELECT id, is_default FROM warehouse WHERE deleted = 0 ORDER BY is_default DESC, rid LIMIT 1"));
    if (!q)
        return q.error();
    if (q.value().next()) {
        const QString id = q.value().value(0).toString();
        // Warehouses but none marked default: the oldest becomes the default.
        if (!q.value().value(1).toBool()) {
            if (Status s = RecordStore(m_db).update(QStringLiteral("warehouse"), id, {{QStringLiteral("is_default"), true}},
                                                    RecordStore::Access::System);
                !s)
                return s.error();
        }
        return id;
    }
    auto id = RecordStore(m_db).create(QStringLiteral("warehouse"), {{QStringLiteral("name"), tr("Main warehouse")},
                                                                      {QStringLiteral("is_default"), true}},
                                       RecordStore::Access::System);
    if (!id)
        return id.error();
    return id.value();
}

Result<QStringList> StockLedger::post(const QList<StockMove> &moves)
{
    if (moves.isEmpty())
        return Error::badInput(tr("There is no stock movement to post."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlDatabase conn = tx.connection();
    RecordStore store(m_db);
    QStringList ids;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (int i = 0; i < moves.size(); ++i) {
        const StockMove &m = moves.at(i);
        const QString where = moves.size() > 1 ? tr("Movement %1: ").arg(i + 1) : QString();
        auto product = Sql::exec(conn, QStringLiteral("SELECT name, unit FROM product WHERE id = ? AND deleted = 0"), {m.product});
        if (!product)
            return product.error();
        if (!product.value().next())
            return Error::notFound(where + tr("There is no product with the id %1.").arg(m.product));
        const QString name = product.value().value(0).toString();
        const QString unit = product.value().value(1).toString();
        if (!isIn(m.kind) && !isOut(m.kind) && m.kind != QLatin1String("adjustment"))
            return Error::badInput(where + tr("Unknown kind of stock movement \"%1\".").arg(m.kind));
        if (m.quantity == 0)
            return Error::badInput(where + tr("A stock movement of %1 needs a quantity other than zero.").arg(name));
        if (isIn(m.kind) && m.quantity < 0)
            return Error::badInput(where + tr("A %1 adds stock: its quantity must be positive.").arg(m.kind));
        if (isOut(m.kind) && m.quantity > 0)
            return Error::badInput(where + tr("A %1 takes stock out: its quantity must be negative.").arg(m.kind));
        if (const QString why = checkQuantity(unit, m.quantity); !why.isEmpty())
            return Error::badInput(where + name + QStringLiteral(": ") + why);
        if (m.kind == QLatin1String("adjustment") && m.reason.trimmed().isEmpty())
            return Error::badInput(where + tr("An adjustment of %1 needs a reason.").arg(name));
        if (m.unitCost < -1)
            return Error::badInput(where + tr("A unit cost cannot be negative."));
        QString warehouse = m.warehouse;
        if (warehouse.isEmpty()) {
            auto w = defaultWarehouse();
            if (!w)
                return w.error();
            warehouse = w.value();
        } else {
            auto w = Sql::exec(conn, QStringLiteral("SELECT 1 FROM warehouse WHERE id = ? AND deleted = 0"), {warehouse});
            if (!w)
                return w.error();
            if (!w.value().next())
                return Error::notFound(where + tr("There is no warehouse with the id %1.").arg(warehouse));
        }
        QVariantMap values = {{QStringLiteral("product"), m.product},
                              {QStringLiteral("warehouse"), warehouse},
                              {QStringLiteral("kind"), m.kind},
                              {QStringLiteral("quantity"), qlonglong(m.quantity)},
                              {QStringLiteral("occurred_at"), m.at.isValid() ? m.at.toUTC().toString(Qt::ISODate) : now}};
        if (m.unitCost >= 0)
            values.insert(QStringLiteral("unit_cost"), qlonglong(m.unitCost));
        if (!m.reason.trimmed().isEmpty())
            values.insert(QStringLiteral("reason"), m.reason.trimmed());
        if (!m.purchaseOrder.isEmpty())
            values.insert(QStringLiteral("purchase_order"), m.purchaseOrder);
        if (!m.document.isEmpty())
            values.insert(QStringLiteral("document"), m.document);
        if (!m.transfer.isEmpty())
            values.insert(QStringLiteral("transfer"), m.transfer);
        auto id = store.create(kMovement, values, RecordStore::Access::System);
        if (!id)
            return Error{id.error().kind, where + id.error().message};
        ids << id.value();
    }
    tx.touched(QStringLiteral("product"));
    if (Status s = tx.commit(); !s)
        return s.error();
    return ids;
}

Result<StockLevel> StockLedger::level(const QString &product, const QString &warehouse) const
{
    QSqlDatabase conn = m_db.connection();
    auto q = warehouse.isEmpty()
        ? Sql::exec(conn, QStringLiteral("SELECT coalesce(sum(on_hand), 0) FROM stock_balance WHERE product = ?"), {product})
        : Sql::exec(conn, QStringLiteral("SELECT coalesce(sum(on_hand), 0) FROM stock_balance WHERE product = ? AND warehouse = ?"),
                    {product, warehouse});
    if (!q)
        return q.error();
    StockLevel level;
    if (q.value().next())
        level.onHand = q.value().value(0).toLongLong();
    return level;
}

QStringList StockLedger::triggerSql()
{
    // Bulk loads (the benchmark's million movements) stand the insert trigger down and rebuild the
    // balances once afterwards (recomputeBalances, through RecordRules' after-bulk hook).
    const QString bulkOff = QStringLiteral("(SELECT bulk FROM sync_context WHERE id = 1) = 0");
    return {
        QStringLiteral("CREATE TRIGGER stock_movement__balance AFTER INSERT ON stock_movement WHEN %1 BEGIN\n"
                       "  INSERT INTO stock_balance (product, warehouse, on_hand) VALUES (NEW.product, NEW.warehouse, NEW.quantity)\n"
                       "    ON CONFLICT (product, warehouse) DO UPDATE SET on_hand = on_hand + excluded.on_hand;\n"
                       "  UPDATE product SET on_hand = (SELECT coalesce(sum(on_hand), 0) FROM stock_balance WHERE product = NEW.product)\n"
                       "    WHERE id = NEW.product;\n"
                       "END")
            .arg(bulkOff),
        // The ledger is insert-only: a correction is another movement. Only purging the product a
        // movement belongs to could change one, and products with movements cannot be purged.
        QStringLiteral("CREATE TRIGGER stock_movement__no_update BEFORE UPDATE ON stock_movement BEGIN\n"
                       "  SELECT RAISE(ABORT, 'Stock movements are never changed: post a correcting movement instead.');\n"
                       "END"),
        QStringLiteral("CREATE TRIGGER stock_movement__no_delete BEFORE DELETE ON stock_movement BEGIN\n"
                       "  SELECT RAISE(ABORT, 'Stock movements are never deleted: post a correcting movement instead.');\n"
                       "END"),
    };
}

Status StockLedger::recomputeBalances()
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlDatabase conn = tx.connection();
    for (const QString &sql :
         {QStringLiteral("DELETE FROM stock_balance"),
          QStringLiteral("INSERT INTO stock_balance (product, warehouse, on_hand) SELECT product, warehouse, sum(quantity) "
                         "FROM stock_movement WHERE deleted = 0 GROUP BY product, warehouse"),
          QStringLiteral("UPDATE product SET on_hand = (SELECT sum(on_hand) FROM stock_balance b WHERE b.product = product.id) "
                         "WHERE on_hand IS NOT (SELECT sum(on_hand) FROM stock_balance b WHERE b.product = product.id)")}) {
        auto r = Sql::exec(conn, sql);
        if (!r)
            return r.error();
    }
    tx.touched(QStringLiteral("product"));
    return tx.commit();
}

void StockLedger::registerRules()
{
    RecordRules::addTriggers(kMovement, &StockLedger::triggerSql);
    RecordRules::addAfterBulk(kMovement, [](Database &db, qint64, qint64) -> Status { return StockLedger(db).recomputeBalances(); });
}

} // namespace trato
