// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace trato {

class Database;
class Transaction;

// One change of stock. Quantities are thousandths of the product's unit (FieldType::Quantity):
// positive in, negative out. Costs are cents per whole unit.
struct StockMove
{
    QString product;           // id
    QString warehouse;         // id; empty = the default warehouse
    QString kind;              // receipt, shipment, return, adjustment, transfer_out, transfer_in
    qint64 quantity = 0;       // signed thousandths
    qint64 unitCost = -1;      // cents; < 0 = none
    QString reason;            // required for adjustments
    QString purchaseOrder;     // id, for receipts from a purchase order
    QString document;          // "sales_order:<id>", "invoice:<id>" (Comercial)
    QString transfer;          // shared by the two movements of a transfer
    QDateTime at;              // invalid = now
};

struct StockLevel
{
    qint64 onHand = 0;         // thousandths
    qint64 reserved = 0;
    qint64 available() const { return onHand - reserved; }
};

// One line of a sales document for reservations and availability checks (Comercial).
struct StockLine
{
    QString product;           // id
    QString warehouse;         // id; empty = the default warehouse
    qint64 quantity = 0;       // thousandths, positive
};

// A line that the stock cannot cover: requested more than available (on hand - reserved).
struct StockShortfall
{
    QString product;
    QString warehouse;
    qint64 requested = 0;
    qint64 available = 0;
    qint64 missing() const { return requested - available; }
};

// What verify() found different from the movements.
struct StockDifference
{
    QString product;
    QString warehouse;         // empty for a product-level figure
    QString what;              // "balance", "on_hand", "reserved", "average_cost" (-1: none)
    qint64 recorded = 0;
    qint64 computed = 0;
};

// The stock ledger (issue 5): every change of stock is an insert-only stock_movement row; the
// balance per product and warehouse (table stock_balance) and the product's derived `on_hand` are
// kept by SQL triggers on those inserts, so no write path can change stock without a movement and
// no movement can be edited or deleted afterwards (a correction is another movement).
class StockLedger
{
    Q_DECLARE_TR_FUNCTIONS(trato::StockLedger)
public:
    explicit StockLedger(Database &db) : m_db(db) {}

    // Posts the movements in one transaction (nested in the caller's, so a document and the stock
    // it moves commit together). Every movement is checked first; any refusal writes nothing.
    // Returns the movement ids in order.
    Result<QStringList> post(const QList<StockMove> &moves);

    // The balance of a product in one warehouse, or in all of them (warehouse empty).
    Result<StockLevel> level(const QString &product, const QString &warehouse = QString()) const;

    // The default warehouse's id: the one marked default, else the oldest (marked now), else a new
    // "Main warehouse".
    Result<QString> defaultWarehouse();
    // Makes this warehouse the only default one (one transaction).
    Status setDefaultWarehouse(const QString &id);

    // Whether a quantity fits the unit: fractions only for units measured (kg, l, m, hours...).
    // Empty = fine; else the reason, for a message.
    static QString checkQuantity(const QString &unit, qint64 milli);
    static bool unitAllowsFractions(const QString &unit);

    // Rebuilds stock_balance, every product's on_hand and its average cost from the movements (after
    // a bulk load or to repair): set-based for the balances, one ordered pass for the averages.
    Status recomputeBalances();

    // --- Operations (each one transaction, nested in the caller's; a refusal writes nothing) ---

    // A counted correction: signed quantity, reason required. Refused when it would leave the
    // warehouse with less than nothing.
    Result<QString> adjust(const QString &product, const QString &warehouse, qint64 quantity, const QString &reason);
    // Two movements sharing a transfer id; refused when the source lacks the quantity.
    Result<QStringList> transfer(const QString &product, const QString &from, const QString &to, qint64 quantity);
    // Goods a customer sends back (positive quantity), with a reason and optionally the document.
    Result<QString> returnFromCustomer(const QString &product, const QString &warehouse, qint64 quantity,
                                       const QString &reason, const QString &document = QString());
    // Shipping an order or issuing an invoice (Comercial): quantity positive, the movement is its
    // negative. Consumes the document's reservation of that product in that warehouse. Shipping more
    // than on hand follows the oversell policy: "warn" ships and adds a line to *warnings, "block"
    // refuses.
    Result<QString> ship(const QString &product, const QString &warehouse, qint64 quantity, const QString &document,
                         QStringList *warnings = nullptr);

    // --- Reservations (table stock_reservation, migration 0006) ---

    // TeamSettings "stock_oversell": "warn" (default) or "block".
    QString oversellPolicy() const;
    static QString oversellKey() { return QStringLiteral("stock_oversell"); }
    // Lines whose quantity exceeds what is available (on hand - reserved by other documents than
    // `exceptDocument`). Lines for the same product and warehouse are summed.
    Result<QList<StockShortfall>> checkAvailability(const QList<StockLine> &lines, const QString &exceptDocument = QString()) const;
    // Replaces the document's reservations with these lines. Shortfalls: "block" refuses, "warn"
    // reserves anyway and returns one warning per shortfall.
    Result<QStringList> reserve(const QString &document, const QList<StockLine> &lines);
    Status release(const QString &document);
    Result<qint64> reserved(const QString &product, const QString &warehouse = QString()) const;
    // A human sentence for a shortfall ("Tornillo (TOR-01): 5 requested, 2 available in Main").
    QString describe(const StockShortfall &s) const;

    // --- Consistency ---

    // Recomputes balances, on_hand and reserved from movements and reservations; lists differences.
    Result<QList<StockDifference>> verify() const;

    static void registerRules(); // the triggers and bulk hook (called once by RecordRules)
    static QStringList triggerSql();

private:
    Result<QString> postOne(Transaction &tx, const StockMove &move);
    Result<QString> resolveWarehouse(const QString &warehouse);
    Status refreshReserved(const QStringList &products);
    Database &m_db;
};

} // namespace trato
