// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/reporttable.h"
#include "../util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace trato {

class Database;

// Inventario's reports (issue 5). Each is one read of the ledger's tables (product's derived
// fields, stock_balance, stock_movement) that returns typed rows plus totals; toTable() turns a
// result into text for printing, CSV and views. Quantities are thousandths, money is cents: the
// only division is value = on hand × average cost / 1000, rounded half away from zero to the cent.
// "today" is a parameter so tests and reruns are reproducible. Run them off the GUI thread.

struct StockReportOptions
{
    QString warehouse;          // id or name; empty = all warehouses together
    QString category;           // id or name (exact, case-insensitive); empty = all
    bool activeOnly = true;
    bool perWarehouse = false;  // one row per product and warehouse (implied by warehouse)
    QDate today;                // invalid = the current date
};

struct StockRow
{
    QString product, sku, name, unit;
    QString warehouse, warehouseName;   // per-warehouse rows only
    qint64 onHand = 0;                  // thousandths
    qint64 reserved = 0;                // product-wide; 0 on per-warehouse rows (reservations are per product)
    qint64 available = 0;
    qint64 averageCost = 0;             // cents per unit: product.average_cost, else product.cost, else 0
    qint64 value = 0;                   // cents
    qint64 reorderLevel = -1;           // thousandths; -1 = none
    bool belowReorder = false;          // available <= reorder level (product-wide)
};

struct StockReport
{
    StockReportOptions options;
    QString warehouseName, categoryName;
    QList<StockRow> rows;
    qint64 totalOnHand = 0, totalReserved = 0, totalAvailable = 0, totalValue = 0;
    int belowReorder = 0;
};

struct MovementRow
{
    QString id;
    QDateTime at;               // UTC
    QString kind;
    QString warehouseName;
    qint64 quantity = 0;        // signed thousandths
    qint64 unitCost = -1;       // cents; -1 = none
    QString reason;
    QString document;           // the purchase order's number, or the document reference
    QString who;
    qint64 balance = 0;         // running balance after this movement
};

struct MovementsReport
{
    QString product, sku, name, unit;
    QDate from, to;             // inclusive, UTC dates
    qint64 opening = 0, closing = 0, totalIn = 0, totalOut = 0;   // totalOut is positive
    QList<MovementRow> rows;
};

struct SlowMoverRow
{
    QString product, sku, name, unit;
    qint64 onHand = 0;
    qint64 shipped = 0;         // thousandths shipped in the window (positive)
    QDate lastShipment;         // invalid = never shipped
    int daysSinceLastShipment = -1;
    qint64 averageCost = 0;
    qint64 value = 0;           // tied up: on hand × average cost
};

struct SlowMoversReport
{
    int days = 90;
    qint64 maxShipped = 0;
    QDate today;
    QList<SlowMoverRow> rows;
    qint64 totalOnHand = 0, totalValue = 0;
};

class StockReports
{
    Q_DECLARE_TR_FUNCTIONS(trato::StockReports)
public:
    static Result<StockReport> stock(Database &db, const StockReportOptions &options);
    // product: id or SKU. from/to invalid: the 30 days up to today.
    static Result<MovementsReport> movements(Database &db, const QString &product, QDate from, QDate to,
                                             QDate today = QDate());
    // Products with stock whose shipments in the last `days` days (today included) add up to no
    // more than maxShipped thousandths (default: none at all), by value tied up, biggest first.
    static Result<SlowMoversReport> slowMovers(Database &db, int days = 90, qint64 maxShipped = 0, QDate today = QDate());

    static ReportTable toTable(const StockReport &report);
    static ReportTable toTable(const MovementsReport &report);
    static ReportTable toTable(const SlowMoversReport &report);

    // milli × cents / 1000 rounded half away from zero.
    static qint64 value(qint64 milli, qint64 cents);
    static QString formatCents(qint64 cents);   // "1234.50", "-0.05"
    static QString kindLabel(const QString &kind);
};

} // namespace trato
