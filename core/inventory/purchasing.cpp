// SPDX-License-Identifier: GPL-3.0-or-later
#include "purchasing.h"

#include "stockledger.h"
#include "../metadata/value.h"
#include "../store/database.h"
#include "../store/numberseries.h"
#include "../store/recordrules.h"
#include "../store/recordstore.h"
#include "../store/sqlite.h"
#include "../store/transaction.h"

#include <QSqlQuery>

namespace trato {

namespace {
const QString kOrder = QStringLiteral("purchase_order");
const QString kLine = QStringLiteral("purchase_order_line");

// SQL for one product's on_order: outstanding quantities over open (ordered or partially received)
// orders. %1 = the product id expression.
QString onOrderSql(const QString &product)
{
    return QStringLiteral("(SELECT coalesce(sum(max(l.quantity - coalesce(l.received_quantity, 0), 0)), 0) "
                          "FROM purchase_order_line l JOIN purchase_order o ON o.id = l.purchase_order "
                          "WHERE l.product = %1 AND l.deleted = 0 AND o.deleted = 0 "
                          "AND o.status IN ('ordered', 'partially_received'))")
        .arg(product);
}
// One order's total: the sum of the line totals, each rounded half up to the cent (quantities and
// costs are never negative: the rule refuses them, so integer division is a floor here).
QString totalSql(const QString &order)
{
    return QStringLiteral("(SELECT coalesce(sum((l.quantity * coalesce(l.unit_cost, 0) + 500) / 1000), 0) "
                          "FROM purchase_order_line l WHERE l.purchase_order = %1 AND l.deleted = 0)")
        .arg(order);
}
const QString kBulkOff = QStringLiteral("(SELECT bulk FROM sync_context WHERE id = 1) = 0");

Result<QString> orderStatus(const QSqlDatabase &conn, const QString &order, QString *number = nullptr)
{
    auto q = Sql::exec(conn, QStringLiteral("SELECT status, number FROM purchase_order WHERE id = ? AND deleted = 0"), {order});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(Purchasing::tr("There is no purchase order with the id %1.").arg(order));
    if (number)
        *number = q.value().value(1).toString();
    return q.value().value(0).toString();
}

QString orderName(const QString &number, const QString &id)
{
    return number.isEmpty() ? Purchasing::tr("the draft purchase order %1").arg(id) : number;
}
} // namespace

qint64 PurchaseLine::total() const
{
    return Purchasing::lineTotal(quantity, unitCost);
}

qint64 Purchasing::lineTotal(qint64 quantityMilli, qint64 unitCostCents)
{
    // Half up (away from zero for the negative case, which the rules never let through).
    const qint64 p = quantityMilli * unitCostCents;
    return p >= 0 ? (p + 500) / 1000 : -((-p + 500) / 1000);
}

QString Purchasing::checkLineQuantity(const QString &unit, qint64 milli)
{
    if (milli <= 0)
        return tr("A quantity must be greater than zero (not %1).").arg(Value::formatMilli(milli));
    return StockLedger::checkQuantity(unit, milli);
}

QString Purchasing::statusLabel(const QString &status)
{
    if (status == QLatin1String("draft"))
        return tr("Draft");
    if (status == QLatin1String("ordered"))
        return tr("Ordered");
    if (status == QLatin1String("partially_received"))
        return tr("Partially received");
    if (status == QLatin1String("received"))
        return tr("Received");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    return status;
}

Result<QString> Purchasing::createOrder(const QString &vendor, const QString &warehouse, const QDate &expected)
{
    QVariantMap values = {{QStringLiteral("vendor"), vendor}};
    if (!warehouse.isEmpty())
        values.insert(QStringLiteral("warehouse"), warehouse);
    if (expected.isValid())
        values.insert(QStringLiteral("expected_date"), expected.toString(Qt::ISODate));
    return RecordStore(m_db).create(kOrder, values);
}

Result<QString> Purchasing::addLine(const QString &order, const QString &product, qint64 quantity, qint64 unitCost,
                                    const QString &description)
{
    QVariantMap values = {{QStringLiteral("purchase_order"), order},
                          {QStringLiteral("product"), product},
                          {QStringLiteral("quantity"), qlonglong(quantity)}};
    if (unitCost >= 0)
        values.insert(QStringLiteral("unit_cost"), qlonglong(unitCost));
    if (!description.trimmed().isEmpty())
        values.insert(QStringLiteral("description"), description.trimmed());
    return RecordStore(m_db).create(kLine, values);
}

Status Purchasing::updateLine(const QString &line, qint64 quantity, qint64 unitCost, const QString &description)
{
    QVariantMap values = {{QStringLiteral("quantity"), qlonglong(quantity)}};
    if (unitCost >= 0)
        values.insert(QStringLiteral("unit_cost"), qlonglong(unitCost));
    values.insert(QStringLiteral("description"), description.trimmed().isEmpty() ? QVariant() : QVariant(description.trimmed()));
    return RecordStore(m_db).update(kLine, line, values);
}

Status Purchasing::removeLine(const QString &line)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto q = Sql::exec(tx.connection(), QStringLiteral("SELECT purchase_order FROM purchase_order_line WHERE id = ? AND deleted = 0"), {line});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("There is no purchase order line with the id %1.").arg(line));
    QString number;
    auto status = orderStatus(tx.connection(), q.value().value(0).toString(), &number);
    if (!status)
        return status.error();
    if (status.value() != QLatin1String("draft"))
        return Error::badInput(tr("Lines of %1 can be changed only while it is a draft.").arg(number));
    if (Status s = RecordStore(m_db).remove(kLine, line); !s)
        return s;
    return tx.commit();
}

Result<QString> Purchasing::order(const QString &order, const QDate &date)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlDatabase conn = tx.connection();
    QString number;
    auto status = orderStatus(conn, order, &number);
    if (!status)
        return status.error();
    if (status.value() != QLatin1String("draft"))
        return Error::badInput(tr("%1 is %2: only a draft can be ordered.").arg(orderName(number, order), statusLabel(status.value()).toLower()));
    auto lines = Sql::exec(conn, QStringLiteral("SELECT count(*) FROM purchase_order_line WHERE purchase_order = ? AND deleted = 0"), {order});
    if (!lines)
        return lines.error();
    if (!lines.value().next() || lines.value().value(0).toLongLong() == 0)
        return Error::badInput(tr("A purchase order needs at least one line before it is ordered."));
    const QDate day = date.isValid() ? date : QDate::currentDate();
    auto n = NumberSeries(m_db).next(QString::fromLatin1(kSeries), defaultPattern(), day);
    if (!n)
        return n.error();
    if (Status s = RecordStore(m_db).update(kOrder, order,
                                            {{QStringLiteral("status"), QStringLiteral("ordered")},
                                             {QStringLiteral("number"), n.value()},
                                             {QStringLiteral("order_date"), day.toString(Qt::ISODate)}},
                                            RecordStore::Access::System);
        !s)
        return s.error();
    tx.touched(QStringLiteral("product"));
    if (Status s = tx.commit(); !s)
        return s.error();
    return n.value();
}

Status Purchasing::receive(const QString &order, const QMap<QString, qint64> &quantities, const QDateTime &at)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlDatabase conn = tx.connection();
    auto info = load(order);
    if (!info)
        return info.error();
    const PurchaseOrderInfo &po = info.value();
    if (po.status != QLatin1String("ordered") && po.status != QLatin1String("partially_received"))
        return Error::badInput(tr("%1 is %2: only an ordered or partially received order can be received.")
                                   .arg(orderName(po.number, po.id), statusLabel(po.status).toLower()));
    QMap<QString, qint64> wanted = quantities;
    if (wanted.isEmpty()) {
        for (const PurchaseLine &l : po.lines)
            if (l.outstanding() > 0)
                wanted.insert(l.id, l.outstanding());
        if (wanted.isEmpty())
            return Error::badInput(tr("Nothing is outstanding on %1.").arg(po.number));
    }
    QList<StockMove> moves;
    QList<QPair<QString, qint64>> received;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const PurchaseLine *line = nullptr;
        for (const PurchaseLine &l : po.lines)
            if (l.id == it.key())
                line = &l;
        if (!line)
            return Error::badInput(tr("%1 has no line with the id %2.").arg(po.number, it.key()));
        const QString where = tr("Line %1 (%2): ").arg(line->position).arg(line->productName);
        if (const QString why = checkLineQuantity(line->unit, it.value()); !why.isEmpty())
            return Error::badInput(where + why);
        if (it.value() > line->outstanding())
            return Error::badInput(where + tr("%1 is more than the %2 still outstanding (ordered %3, received %4).")
                                               .arg(Value::formatMilli(it.value()), Value::formatMilli(line->outstanding()),
                                                    Value::formatMilli(line->quantity), Value::formatMilli(line->received)));
        StockMove m;
        m.product = line->product;
        m.warehouse = po.warehouse;
        m.kind = QStringLiteral("receipt");
        m.quantity = it.value();
        m.unitCost = line->unitCost;
        m.purchaseOrder = po.id;
        m.at = at;
        moves << m;
        received << qMakePair(line->id, line->received + it.value());
    }
    if (auto posted = StockLedger(m_db).post(moves); !posted)
        return posted.error();
    RecordStore store(m_db);
    for (const auto &r : received)
        if (Status s = store.update(kLine, r.first, {{QStringLiteral("received_quantity"), qlonglong(r.second)}}, RecordStore::Access::System); !s)
            return s;
    auto rest = Sql::exec(conn, QStringLiteral("SELECT count(*) FROM purchase_order_line WHERE purchase_order = ? AND deleted = 0 "
                                               "AND quantity > coalesce(received_quantity, 0)"), {order});
    if (!rest)
        return rest.error();
    rest.value().next();
    const QString status = rest.value().value(0).toLongLong() == 0 ? QStringLiteral("received") : QStringLiteral("partially_received");
    if (status != po.status)
        if (Status s = store.update(kOrder, order, {{QStringLiteral("status"), status}}, RecordStore::Access::System); !s)
            return s;
    tx.touched(QStringLiteral("product"));
    return tx.commit();
}

Status Purchasing::cancel(const QString &order)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QString number;
    auto status = orderStatus(tx.connection(), order, &number);
    if (!status)
        return status.error();
    if (status.value() == QLatin1String("partially_received"))
        return Error::badInput(tr("%1 is partially received and cannot be cancelled: close it short instead.").arg(number));
    if (status.value() != QLatin1String("draft") && status.value() != QLatin1String("ordered"))
        return Error::badInput(tr("%1 is %2 and cannot be cancelled.").arg(orderName(number, order), statusLabel(status.value()).toLower()));
    if (Status s = RecordStore(m_db).update(kOrder, order, {{QStringLiteral("status"), QStringLiteral("cancelled")}}, RecordStore::Access::System); !s)
        return s;
    tx.touched(QStringLiteral("product"));
    return tx.commit();
}

Status Purchasing::closeShort(const QString &order)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QString number;
    auto status = orderStatus(tx.connection(), order, &number);
    if (!status)
        return status.error();
    if (status.value() != QLatin1String("partially_received"))
        return Error::badInput(tr("%1 is %2: only a partially received order can be closed short.")
                                   .arg(orderName(number, order), statusLabel(status.value()).toLower()));
    if (Status s = RecordStore(m_db).update(kOrder, order, {{QStringLiteral("status"), QStringLiteral("received")}}, RecordStore::Access::System); !s)
        return s;
    tx.touched(QStringLiteral("product"));
    return tx.commit();
}

Result<QString> Purchasing::resolve(const QString &idOrNumber) const
{
    auto q = Sql::exec(m_db.connection(), QStringLiteral("SELECT id FROM purchase_order WHERE deleted = 0 AND (id = ? OR number = ?) LIMIT 1"),
                       {idOrNumber, idOrNumber});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("There is no purchase order \"%1\".").arg(idOrNumber));
    return q.value().value(0).toString();
}

Result<PurchaseOrderInfo> Purchasing::load(const QString &order) const
{
    QSqlDatabase conn = m_db.connection();
    auto q = Sql::exec(conn, QStringLiteral("SELECT o.id, o.number, o.vendor, v.name, o.warehouse, o.status, o.order_date, o.expected_date, "
                                            "coalesce(o.total, 0) FROM purchase_order o LEFT JOIN vendor v ON v.id = o.vendor "
                                            "WHERE o.id = ? AND o.deleted = 0"),
                       {order});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("There is no purchase order with the id %1.").arg(order));
    PurchaseOrderInfo po;
    QSqlQuery &h = q.value();
    po.id = h.value(0).toString();
    po.number = h.value(1).toString();
    po.vendor = h.value(2).toString();
    po.vendorName = h.value(3).toString();
    po.warehouse = h.value(4).toString();
    po.status = h.value(5).toString();
    po.orderDate = QDate::fromString(h.value(6).toString(), Qt::ISODate);
    po.expectedDate = QDate::fromString(h.value(7).toString(), Qt::ISODate);
    po.total = h.value(8).toLongLong();
    auto l = Sql::exec(conn, QStringLiteral("SELECT l.id, l.position, l.product, p.name, p.sku, p.unit, l.description, l.quantity, "
                                            "coalesce(l.unit_cost, 0), coalesce(l.received_quantity, 0) FROM purchase_order_line l "
                                            "LEFT JOIN product p ON p.id = l.product WHERE l.purchase_order = ? AND l.deleted = 0 "
                                            "ORDER BY l.position, l.rid"),
                       {order});
    if (!l)
        return l.error();
    while (l.value().next()) {
        QSqlQuery &r = l.value();
        PurchaseLine line;
        line.id = r.value(0).toString();
        line.position = r.value(1).toInt();
        line.product = r.value(2).toString();
        line.productName = r.value(3).toString();
        line.sku = r.value(4).toString();
        line.unit = r.value(5).toString();
        line.description = r.value(6).toString();
        line.quantity = r.value(7).toLongLong();
        line.unitCost = r.value(8).toLongLong();
        line.received = r.value(9).toLongLong();
        po.lines << line;
    }
    return po;
}

QStringList Purchasing::lineTriggerSql()
{
    QStringList out;
    const auto body = [](const QString &row) {
        return QStringLiteral("  UPDATE purchase_order SET total = %1 WHERE id = %2.purchase_order AND total IS NOT %1;\n"
                              "  UPDATE product SET on_order = %3 WHERE id = %2.product AND on_order IS NOT %3;\n")
            .arg(totalSql(row + QStringLiteral(".purchase_order")), row, onOrderSql(row + QStringLiteral(".product")));
    };
    out << QStringLiteral("CREATE TRIGGER purchase_order_line__derived_insert AFTER INSERT ON purchase_order_line WHEN %1 BEGIN\n%2END")
               .arg(kBulkOff, body(QStringLiteral("NEW")));
    out << QStringLiteral("CREATE TRIGGER purchase_order_line__derived_update AFTER UPDATE ON purchase_order_line WHEN %1 BEGIN\n%2%3END")
               .arg(kBulkOff, body(QStringLiteral("NEW")), body(QStringLiteral("OLD")));
    out << QStringLiteral("CREATE TRIGGER purchase_order_line__derived_delete AFTER DELETE ON purchase_order_line WHEN %1 BEGIN\n%2END")
               .arg(kBulkOff, body(QStringLiteral("OLD")));
    return out;
}

QStringList Purchasing::orderTriggerSql()
{
    return {QStringLiteral("CREATE TRIGGER purchase_order__on_order AFTER UPDATE OF status, deleted ON purchase_order WHEN %1 BEGIN\n"
                           "  UPDATE product SET on_order = %2 WHERE id IN (SELECT product FROM purchase_order_line WHERE purchase_order = NEW.id);\n"
                           "END")
                .arg(kBulkOff, onOrderSql(QStringLiteral("product.id")))};
}

Status Purchasing::recompute(Database &db)
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    for (const QString &sql : {QStringLiteral("UPDATE purchase_order SET total = %1 WHERE total IS NOT %1").arg(totalSql(QStringLiteral("purchase_order.id"))),
                               QStringLiteral("UPDATE product SET on_order = %1 WHERE coalesce(on_order, 0) IS NOT %1").arg(onOrderSql(QStringLiteral("product.id")))}) {
        if (auto r = Sql::exec(tx.connection(), sql); !r)
            return r.error();
    }
    tx.touched(QStringLiteral("product"));
    tx.touched(kOrder);
    return tx.commit();
}

void Purchasing::registerRules()
{
    RecordRules::addTriggers(kLine, &Purchasing::lineTriggerSql);
    RecordRules::addTriggers(kOrder, &Purchasing::orderTriggerSql);
    RecordRules::addAfterBulk(kLine, [](Database &db, qint64, qint64) -> Status { return Purchasing::recompute(db); });
    RecordRules::addDerive(kLine, [](RecordRules::Write &w) -> Status {
        QSqlDatabase conn = w.db.connection();
        const QString order = w.after(QStringLiteral("purchase_order")).toString();
        QString number;
        auto status = orderStatus(conn, order, &number);
        if (!status)
            return status.error();
        if (w.current && w.changes(QStringLiteral("purchase_order")))
            return Error::badInput(tr("A purchase order line cannot move to another order."));
        if (w.access == RecordStore::Access::User && status.value() != QLatin1String("draft"))
            return Error::badInput(tr("Lines of %1 can be changed only while it is a draft.").arg(orderName(number, order)));
        const QString product = w.after(QStringLiteral("product")).toString();
        auto p = Sql::exec(conn, QStringLiteral("SELECT name, unit, cost FROM product WHERE id = ? AND deleted = 0"), {product});
        if (!p)
            return p.error();
        if (!p.value().next())
            return Error::notFound(tr("There is no product with the id %1.").arg(product));
        const QString name = p.value().value(0).toString();
        const QString unit = p.value().value(1).toString();
        if (w.creating || w.changes(QStringLiteral("quantity")) || w.changes(QStringLiteral("product"))) {
            if (const QString why = checkLineQuantity(unit, w.after(QStringLiteral("quantity")).toLongLong()); !why.isEmpty())
                return Error::badInput(tr("Quantity of %1: ").arg(name) + why);
        }
        if (w.after(QStringLiteral("unit_cost")).isNull() && !p.value().value(2).isNull())
            w.values.insert(QStringLiteral("unit_cost"), p.value().value(2).toLongLong());
        if (w.after(QStringLiteral("unit_cost")).toLongLong() < 0)
            return Error::badInput(tr("The unit cost of %1 cannot be negative.").arg(name));
        if (w.after(QStringLiteral("description")).toString().trimmed().isEmpty())
            w.values.insert(QStringLiteral("description"), name);
        if (w.creating && w.after(QStringLiteral("position")).isNull()) {
            auto pos = Sql::exec(conn, QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM purchase_order_line WHERE purchase_order = ?"), {order});
            if (!pos)
                return pos.error();
            pos.value().next();
            w.values.insert(QStringLiteral("position"), pos.value().value(0).toLongLong());
        }
        if (w.after(QStringLiteral("received_quantity")).toLongLong() > w.after(QStringLiteral("quantity")).toLongLong())
            return Error::badInput(tr("%1: more would be received than was ordered.").arg(name));
        return {};
    });
}

} // namespace trato
