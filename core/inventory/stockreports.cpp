// SPDX-License-Identifier: GPL-3.0-or-later
#include "stockreports.h"

#include "../metadata/value.h"
#include "../store/database.h"
#include "../store/sqlite.h"

#include <QSqlQuery>

#include <algorithm>

namespace trato {

namespace {

QString dayStart(QDate d)
{
    // occurred_at is stored as UTC ISO text ("2026-03-01T10:00:00Z"): text order is time order.
    return d.toString(Qt::ISODate) + QStringLiteral("T00:00:00Z");
}

QDate orToday(QDate d)
{
    return d.isValid() ? d : QDateTime::currentDateTimeUtc().date();
}

// id or name (case-insensitive, exact) of a live record; NotFound names what was asked for.
Result<QPair<QString, QString>> resolve(const QSqlDatabase &conn, const QString &table, const QString &text,
                                        const QString &what)
{
    auto q = Sql::exec(conn, QStringLiteral("SELECT id, name FROM %1 WHERE deleted = 0 AND (id = ? OR lower(name) = lower(?)) "
                                            "ORDER BY id = ? DESC LIMIT 1")
                                 .arg(Sql::ident(table)),
                       {text, text.trimmed(), text});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(what);
    return qMakePair(q.value().value(0).toString(), q.value().value(1).toString());
}

QString milli(qint64 m)
{
    return Value::formatMilli(m);
}

} // namespace

qint64 StockReports::value(qint64 milli, qint64 cents)
{
    const qint64 p = milli * cents;
    return p >= 0 ? (p + 500) / 1000 : -((-p + 500) / 1000);
}

QString StockReports::formatCents(qint64 cents)
{
    const qint64 a = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3").arg(cents < 0 ? QStringLiteral("-") : QString()).arg(a / 100).arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString StockReports::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("receipt"))
        return tr("Receipt");
    if (kind == QLatin1String("shipment"))
        return tr("Shipment");
    if (kind == QLatin1String("return"))
        return tr("Return");
    if (kind == QLatin1String("adjustment"))
        return tr("Adjustment");
    if (kind == QLatin1String("transfer_out"))
        return tr("Transfer out");
    if (kind == QLatin1String("transfer_in"))
        return tr("Transfer in");
    return kind;
}

Result<StockReport> StockReports::stock(Database &db, const StockReportOptions &options)
{
    QSqlDatabase conn = db.connection();
    StockReport report;
    report.options = options;
    report.options.today = orToday(options.today);
    QString where = QStringLiteral("p.deleted = 0");
    QVariantList params;
    if (options.activeOnly)
        where += QStringLiteral(" AND p.active = 1");
    if (!options.category.trimmed().isEmpty()) {
        auto c = resolve(conn, QStringLiteral("product_category"), options.category,
                         tr("There is no product category \"%1\".").arg(options.category));
        if (!c)
            return c.error();
        report.categoryName = c.value().second;
        where += QStringLiteral(" AND p.category = ?");
        params << c.value().first;
    }
    const bool perWarehouse = options.perWarehouse || !options.warehouse.trimmed().isEmpty();
    report.options.perWarehouse = perWarehouse;
    QString sql;
    const QString columns = QStringLiteral("p.id, p.sku, p.name, p.unit, coalesce(p.on_hand, 0), coalesce(p.reserved, 0), "
                                           "coalesce(p.average_cost, p.cost, 0), p.reorder_level");
    if (perWarehouse) {
        QString warehouseWhere;
        if (!options.warehouse.trimmed().isEmpty()) {
            auto w = resolve(conn, QStringLiteral("warehouse"), options.warehouse,
                             tr("There is no warehouse \"%1\".").arg(options.warehouse));
            if (!w)
                return w.error();
            report.warehouseName = w.value().second;
            warehouseWhere = QStringLiteral(" AND b.warehouse = ?");
            params << w.value().first;
        }
        sql = QStringLiteral("SELECT %1, w.id, w.name, b.on_hand FROM product p JOIN stock_balance b ON b.product = p.id "
                             "JOIN warehouse w ON w.id = b.warehouse WHERE %2%3 ORDER BY p.sku, p.id, w.name, w.id")
                  .arg(columns, where, warehouseWhere);
    } else {
        sql = QStringLiteral("SELECT %1 FROM product p WHERE %2 ORDER BY p.sku, p.id").arg(columns, where);
    }
    auto q = Sql::exec(conn, sql, params);
    if (!q)
        return q.error();
    QSqlQuery &rows = q.value();
    while (rows.next()) {
        StockRow r;
        r.product = rows.value(0).toString();
        r.sku = rows.value(1).toString();
        r.name = rows.value(2).toString();
        r.unit = rows.value(3).toString();
        const qint64 productOnHand = rows.value(4).toLongLong();
        const qint64 productReserved = rows.value(5).toLongLong();
        r.averageCost = rows.value(6).toLongLong();
        if (!rows.value(7).isNull())
            r.reorderLevel = rows.value(7).toLongLong();
        if (perWarehouse) {
            r.warehouse = rows.value(8).toString();
            r.warehouseName = rows.value(9).toString();
            r.onHand = rows.value(10).toLongLong();
        } else {
            r.onHand = productOnHand;
            r.reserved = productReserved;
        }
        r.available = r.onHand - r.reserved;
        r.value = value(r.onHand, r.averageCost);
        // Reorder is decided on the product as a whole: available everywhere at or below the level.
        r.belowReorder = r.reorderLevel >= 0 && productOnHand - productReserved <= r.reorderLevel;
        report.totalOnHand += r.onHand;
        report.totalReserved += r.reserved;
        report.totalAvailable += r.available;
        report.totalValue += r.value;
        if (r.belowReorder)
            ++report.belowReorder;
        report.rows << r;
    }
    return report;
}

Result<MovementsReport> StockReports::movements(Database &db, const QString &product, QDate from, QDate to, QDate today)
{
    QSqlDatabase conn = db.connection();
    today = orToday(today);
    MovementsReport report;
    report.to = to.isValid() ? to : today;
    report.from = from.isValid() ? from : report.to.addDays(-30);
    if (report.from > report.to)
        return Error::badInput(tr("The period starts (%1) after it ends (%2).")
                                   .arg(report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate)));
    auto p = Sql::exec(conn, QStringLiteral("SELECT id, sku, name, unit FROM product WHERE deleted = 0 AND (id = ? OR sku = ?) "
                                            "ORDER BY id = ? DESC LIMIT 1"),
                       {product, product.trimmed(), product});
    if (!p)
        return p.error();
    if (!p.value().next())
        return Error::notFound(tr("There is no product with the id or SKU \"%1\".").arg(product));
    report.product = p.value().value(0).toString();
    report.sku = p.value().value(1).toString();
    report.name = p.value().value(2).toString();
    report.unit = p.value().value(3).toString();
    const QString start = dayStart(report.from), end = dayStart(report.to.addDays(1));
    auto o = Sql::exec(conn, QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_movement WHERE product = ? AND deleted = 0 "
                                            "AND occurred_at < ?"),
                       {report.product, start});
    if (!o)
        return o.error();
    if (o.value().next())
        report.opening = o.value().value(0).toLongLong();
    auto q = Sql::exec(conn,
                       QStringLiteral("SELECT m.id, m.occurred_at, m.kind, w.name, m.quantity, m.unit_cost, m.reason, "
                                      "coalesce(po.number, m.document), m.created_by FROM stock_movement m "
                                      "LEFT JOIN warehouse w ON w.id = m.warehouse LEFT JOIN purchase_order po ON po.id = m.purchase_order "
                                      "WHERE m.product = ? AND m.deleted = 0 AND m.occurred_at >= ? AND m.occurred_at < ? "
                                      "ORDER BY m.occurred_at, m.rid"),
                       {report.product, start, end});
    if (!q)
        return q.error();
    qint64 balance = report.opening;
    QSqlQuery &rows = q.value();
    while (rows.next()) {
        MovementRow r;
        r.id = rows.value(0).toString();
        r.at = QDateTime::fromString(rows.value(1).toString(), Qt::ISODate).toUTC();
        r.kind = rows.value(2).toString();
        r.warehouseName = rows.value(3).toString();
        r.quantity = rows.value(4).toLongLong();
        r.unitCost = rows.value(5).isNull() ? -1 : rows.value(5).toLongLong();
        r.reason = rows.value(6).toString();
        r.document = rows.value(7).toString();
        r.who = rows.value(8).toString();
        balance += r.quantity;
        r.balance = balance;
        if (r.quantity > 0)
            report.totalIn += r.quantity;
        else
            report.totalOut -= r.quantity;
        report.rows << r;
    }
    report.closing = balance;
    return report;
}

Result<SlowMoversReport> StockReports::slowMovers(Database &db, int days, qint64 maxShipped, QDate today)
{
    if (days < 1 || days > 36500)
        return Error::badInput(tr("The number of days must be between 1 and 36500 (was %1).").arg(days));
    if (maxShipped < 0)
        return Error::badInput(tr("The shipped quantity threshold cannot be negative."));
    QSqlDatabase conn = db.connection();
    SlowMoversReport report;
    report.days = days;
    report.maxShipped = maxShipped;
    report.today = orToday(today);
    // The window: shipments from `days` days before today up to the end of today.
    const QString start = dayStart(report.today.addDays(-days)), end = dayStart(report.today.addDays(1));
    auto q = Sql::exec(conn,
                       QStringLiteral("SELECT p.id, p.sku, p.name, p.unit, p.on_hand, coalesce(p.average_cost, p.cost, 0), "
                                      "(SELECT coalesce(-sum(m.quantity), 0) FROM stock_movement m WHERE m.product = p.id "
                                      "   AND m.kind = 'shipment' AND m.deleted = 0 AND m.occurred_at >= ? AND m.occurred_at < ?), "
                                      "(SELECT max(m.occurred_at) FROM stock_movement m WHERE m.product = p.id "
                                      "   AND m.kind = 'shipment' AND m.deleted = 0 AND m.occurred_at < ?) "
                                      "FROM product p WHERE p.deleted = 0 AND p.on_hand > 0"),
                       {start, end, end});
    if (!q)
        return q.error();
    QSqlQuery &rows = q.value();
    while (rows.next()) {
        SlowMoverRow r;
        r.shipped = rows.value(6).toLongLong();
        if (r.shipped > maxShipped)
            continue;
        r.product = rows.value(0).toString();
        r.sku = rows.value(1).toString();
        r.name = rows.value(2).toString();
        r.unit = rows.value(3).toString();
        r.onHand = rows.value(4).toLongLong();
        r.averageCost = rows.value(5).toLongLong();
        r.value = value(r.onHand, r.averageCost);
        if (!rows.value(7).isNull()) {
            r.lastShipment = QDateTime::fromString(rows.value(7).toString(), Qt::ISODate).toUTC().date();
            r.daysSinceLastShipment = int(r.lastShipment.daysTo(report.today));
        }
        report.totalOnHand += r.onHand;
        report.totalValue += r.value;
        report.rows << r;
    }
    std::sort(report.rows.begin(), report.rows.end(), [](const SlowMoverRow &a, const SlowMoverRow &b) {
        if (a.value != b.value)
            return a.value > b.value;
        return a.sku < b.sku;
    });
    return report;
}

ReportTable StockReports::toTable(const StockReport &report)
{
    ReportTable t;
    t.title = tr("Stock on hand and valuation");
    t.date = report.options.today;
    QStringList filters;
    filters << (report.warehouseName.isEmpty() ? (report.options.perWarehouse ? tr("All warehouses, one row each") : tr("All warehouses"))
                                               : tr("Warehouse: %1").arg(report.warehouseName));
    if (!report.categoryName.isEmpty())
        filters << tr("Category: %1").arg(report.categoryName);
    filters << (report.options.activeOnly ? tr("Active products only") : tr("Active and inactive products"));
    t.filters = filters.join(QStringLiteral(" · "));
    const bool perWarehouse = report.options.perWarehouse;
    t.headers << tr("SKU") << tr("Product");
    t.numeric << false << false;
    if (perWarehouse) {
        t.headers << tr("Warehouse");
        t.numeric << false;
    }
    t.headers << tr("Unit") << tr("On hand") << tr("Reserved") << tr("Available") << tr("Average cost") << tr("Value") << tr("Reorder");
    t.numeric << false << true << true << true << true << true << false;
    for (const StockRow &r : report.rows) {
        QStringList cells{r.sku, r.name};
        if (perWarehouse)
            cells << r.warehouseName;
        cells << r.unit << milli(r.onHand) << milli(r.reserved) << milli(r.available) << formatCents(r.averageCost)
              << formatCents(r.value) << (r.belowReorder ? tr("Below level") : QString());
        t.rows << cells;
        t.rowEntities << QStringLiteral("product");
        t.rowIds << r.product;
    }
    t.totals << tr("Total") << tr("%n product(s)", nullptr, int(report.rows.size()));
    if (perWarehouse)
        t.totals << QString();
    t.totals << QString() << milli(report.totalOnHand) << milli(report.totalReserved) << milli(report.totalAvailable) << QString()
             << formatCents(report.totalValue) << (report.belowReorder ? tr("%n below", nullptr, report.belowReorder) : QString());
    return t;
}

ReportTable StockReports::toTable(const MovementsReport &report)
{
    ReportTable t;
    t.title = tr("Movements of %1 %2").arg(report.sku, report.name);
    t.date = report.to;
    t.filters = tr("From %1 to %2 · Unit: %3").arg(report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate), report.unit);
    t.headers << tr("Date") << tr("Kind") << tr("Warehouse") << tr("Quantity") << tr("Unit cost") << tr("Reason") << tr("Document")
              << tr("Who") << tr("Balance");
    t.numeric << false << false << false << true << true << false << false << false << true;
    t.rows << QStringList{report.from.toString(Qt::ISODate), tr("Opening balance"), QString(), QString(), QString(), QString(),
                          QString(), QString(), milli(report.opening)};
    t.rowEntities << QString();
    t.rowIds << QString();
    for (const MovementRow &r : report.rows) {
        t.rows << QStringList{r.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                              kindLabel(r.kind),
                              r.warehouseName,
                              milli(r.quantity),
                              r.unitCost >= 0 ? formatCents(r.unitCost) : QString(),
                              r.reason,
                              r.document,
                              r.who,
                              milli(r.balance)};
        t.rowEntities << QStringLiteral("stock_movement");
        t.rowIds << r.id;
    }
    t.totals << tr("Closing balance") << tr("In %1").arg(milli(report.totalIn)) << tr("Out %1").arg(milli(report.totalOut)) << QString()
             << QString() << QString() << QString() << QString() << milli(report.closing);
    return t;
}

ReportTable StockReports::toTable(const SlowMoversReport &report)
{
    ReportTable t;
    t.title = tr("Slow movers");
    t.date = report.today;
    t.filters = report.maxShipped == 0 ? tr("No shipment in the last %n day(s)", nullptr, report.days)
                                       : tr("At most %1 shipped in the last %n day(s)", nullptr, report.days).arg(milli(report.maxShipped));
    t.headers << tr("SKU") << tr("Product") << tr("Unit") << tr("On hand") << tr("Shipped") << tr("Last shipment") << tr("Days since")
              << tr("Average cost") << tr("Value");
    t.numeric << false << false << false << true << true << false << true << true << true;
    for (const SlowMoverRow &r : report.rows) {
        t.rows << QStringList{r.sku,
                              r.name,
                              r.unit,
                              milli(r.onHand),
                              milli(r.shipped),
                              r.lastShipment.isValid() ? r.lastShipment.toString(Qt::ISODate) : tr("never"),
                              r.daysSinceLastShipment >= 0 ? QString::number(r.daysSinceLastShipment) : QString(),
                              formatCents(r.averageCost),
                              formatCents(r.value)};
        t.rowEntities << QStringLiteral("product");
        t.rowIds << r.product;
    }
    t.totals << tr("Total") << tr("%n product(s)", nullptr, int(report.rows.size())) << QString() << milli(report.totalOnHand) << QString()
             << QString() << QString() << QString() << formatCents(report.totalValue);
    return t;
}

} // namespace trato
