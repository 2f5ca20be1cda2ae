// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace trato {

class Database;

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

    // Whether a quantity fits the unit: fractions only for units measured (kg, l, m, hours...).
    // Empty = fine; else the reason, for a message.
    static QString checkQuantity(const QString &unit, qint64 milli);
    static bool unitAllowsFractions(const QString &unit);

    // Rebuilds stock_balance and every product's on_hand from the movements (after a bulk load or
    // to repair); one set-based pass.
    Status recomputeBalances();

    static void registerRules(); // the triggers and bulk hook (called once by RecordRules)
    static QStringList triggerSql();

private:
    Database &m_db;
};

} // namespace trato
