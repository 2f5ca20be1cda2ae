// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace trato {

class Database;

struct PurchaseLine
{
    QString id;
    int position = 0;
    QString product;
    QString productName;
    QString sku;
    QString unit;
    QString description;
    qint64 quantity = 0;          // thousandths
    qint64 unitCost = 0;          // cents per whole unit
    qint64 received = 0;          // thousandths
    qint64 outstanding() const { return quantity > received ? quantity - received : 0; }
    qint64 total() const;         // quantity x unit cost, rounded half up to the cent
};

struct PurchaseOrderInfo
{
    QString id;
    QString number;               // empty while draft
    QString vendor;
    QString vendorName;
    QString warehouse;
    QString status;               // draft, ordered, partially_received, received, cancelled
    QDate orderDate;
    QDate expectedDate;
    qint64 total = 0;             // cents (derived, kept by triggers)
    QList<PurchaseLine> lines;
};

// Purchase orders (issue 5). Lifecycle: draft -> ordered (takes its number from the series
// "purchase_order", pattern PO-{YYYY}-{NNNN}) -> partially_received -> received; or cancelled while
// nothing has been received. A partially received order whose rest will not come is closed short
// (closeShort): it becomes "received" and its outstanding quantity stops counting as on order.
// Lines are edited only in draft (a rule on purchase_order_line refuses user edits otherwise, from
// any write path). The order's total and each product's on_order are derived, kept by SQL triggers.
//
// Rounding: a line total is quantity (thousandths) x unit cost (cents) / 1000, rounded half up to
// the cent; the order total is the sum of the rounded line totals.
class Purchasing
{
    Q_DECLARE_TR_FUNCTIONS(trato::Purchasing)
public:
    explicit Purchasing(Database &db) : m_db(db) {}

    static constexpr const char *kSeries = "purchase_order";
    static QString defaultPattern() { return QStringLiteral("PO-{YYYY}-{NNNN}"); }

    Result<QString> createOrder(const QString &vendor, const QString &warehouse = QString(),
                                const QDate &expected = QDate());
    // unitCost < 0: the product's cost. description empty: the product's name. Returns the line id.
    Result<QString> addLine(const QString &order, const QString &product, qint64 quantity, qint64 unitCost = -1,
                            const QString &description = QString());
    Status updateLine(const QString &line, qint64 quantity, qint64 unitCost, const QString &description);
    Status removeLine(const QString &line);

    // draft -> ordered; returns the number given.
    Result<QString> order(const QString &order, const QDate &date = QDate());
    // Receives quantities per line id (thousandths); empty = everything outstanding. One transaction:
    // receipt movements through the StockLedger at the line's cost, received quantities, status.
    Status receive(const QString &order, const QMap<QString, qint64> &quantities, const QDateTime &at = QDateTime());
    Status cancel(const QString &order);
    Status closeShort(const QString &order);

    Result<PurchaseOrderInfo> load(const QString &order) const;
    // An order by id or by number.
    Result<QString> resolve(const QString &idOrNumber) const;

    // The one place that says whether a quantity fits a product's unit (the catalog's units helper
    // replaces StockLedger::checkQuantity here when merged). Empty = fine, else why not.
    static QString checkLineQuantity(const QString &unit, qint64 milli);
    static qint64 lineTotal(qint64 quantityMilli, qint64 unitCostCents);
    static QString statusLabel(const QString &status);

    static void registerRules(); // derive rule and triggers (called once by RecordRules)
    static QStringList lineTriggerSql();
    static QStringList orderTriggerSql();
    // Rebuilds every order total and product on_order (after a bulk load).
    static Status recompute(Database &db);

private:
    Database &m_db;
};

} // namespace trato
