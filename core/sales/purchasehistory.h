// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace trato {

class Database;

// What a customer bought (seed 001: "histórico de compras"), for an account or a contact.
//
// Counted: invoices that are issued, partially paid, paid or overdue, minus issued credit notes.
// An account's history is the documents whose account is that account; a contact's, the documents
// whose contact is that contact. Amounts are cents, net of line discounts and before tax for the
// products; the per-year figures are document totals (taxes included), all from DocumentCalc.
struct PurchasedItem
{
    QString entity;       // product | service
    QString id;
    QString code;         // SKU or service code
    QString name;
    qint64 quantity = 0;  // thousandths, invoiced minus credited
    qint64 amount = 0;    // cents, net amounts invoiced minus credited
    QDate lastDate;       // the last invoice that had it
};

struct PurchaseYear
{
    int year = 0;
    int invoices = 0;
    qint64 invoiced = 0;  // totals of the counted invoices
    qint64 credited = 0;  // totals of the issued credit notes
    qint64 net() const { return invoiced - credited; }
};

// An open quote (draft or sent) or an unpaid invoice (balance due > 0): each opens its record.
struct OpenDocument
{
    QString entity;       // quote | invoice
    QString id;
    QString number;
    QString subject;
    QString status;
    QDate date;
    qint64 total = 0;     // cents
    qint64 balanceDue = 0; // invoices: what is still owed
};

struct PurchaseHistory
{
    QString entity;       // account | contact
    QString id;
    QString name;
    QList<PurchasedItem> items;    // by amount, largest first
    QList<PurchaseYear> years;     // newest first
    QDate lastPurchase;            // the latest counted invoice's date
    qint64 invoicedTotal = 0;      // all years
    qint64 creditedTotal = 0;
    QList<OpenDocument> openQuotes;    // newest first
    QList<OpenDocument> unpaidInvoices; // oldest first
};

class PurchaseHistoryService
{
    Q_DECLARE_TR_FUNCTIONS(trato::PurchaseHistoryService)
public:
    explicit PurchaseHistoryService(Database &db) : m_db(db) {}

    // entity: account or contact. Reads through the documents' account/contact indexes and the
    // lines' document indexes; in the GUI it runs on a worker (runInBackground).
    Result<PurchaseHistory> load(const QString &entity, const QString &id) const;
    // An account or contact by id or exact name (accounts first); (entity, id).
    Result<QPair<QString, QString>> resolve(const QString &text) const;

    // Statuses whose invoices count as bought.
    static QStringList countedInvoiceStatuses();

private:
    Database &m_db;
};

} // namespace trato
