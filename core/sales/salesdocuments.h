// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentcalc.h"
#include "../util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace trato {

class Database;

// One line of a document as the workflow and the CLI show it.
struct SalesLineInfo
{
    QString id;
    int position = 0;
    QString kind;              // product, service, text
    QString item;              // product or service id
    QString itemCode;          // SKU or service code
    QString description;
    QString configuration;     // canonical JSON or empty
    qint64 quantity = 0;       // thousandths
    qint64 unitPrice = 0;      // cents
    double discountPercent = 0;
    qint64 discountAmount = 0; // cents
    double taxRate = 0;
    double surchargeRate = 0;
    QString warehouse;
    qint64 net = 0;            // cents (derived)
};

struct SalesDocumentInfo
{
    QString entity;            // quote, sales_order, invoice, credit_note
    QString id;
    QString number;            // empty for a draft invoice or credit note
    QString status;
    QString account;
    QString accountName;
    QString currency;
    QDate date;                // quote_date, order_date, invoice_date or credit_date
    QDate dueDate;             // invoices
    QString warehouse;
    QList<SalesLineInfo> lines;
    DocumentTotals totals;     // recomputed from the lines (DocumentCalc), with the tax breakdown
    qint64 amountPaid = 0;     // invoices
    qint64 credited = 0;       // invoices: totals of their issued credit notes
    qint64 balanceDue = 0;     // invoices
};

struct CreditNoteRequest
{
    QString invoice;           // id
    QString reason;            // required
    bool restock = false;      // credited products go back into stock (StockLedger::returnFromCustomer)
    QString warehouse;         // where they go back (empty: the invoice's, else the default)
    // Line position on the invoice -> quantity to credit (thousandths). Empty: every line in full.
    QMap<int, qint64> quantities;
    QDate date;                // invalid = today
};

// The sales document workflow of Comercial (docs/SALES.md, "Documents and workflow"). Every
// operation is one transaction (nested in the caller's); a refusal writes nothing. The rules that
// every write path obeys (lines only on editable documents, line defaults and checks, derived
// totals, issued invoices never edited, one currency per chain of documents, payments) are
// RecordRules registered by registerRules(), so forms, trato-cli add/update, import and this
// service all go through them.
//
// Numbers come from NumberSeries: quotes QUO-{YYYY}-{NNNN} and sales orders SO-{YYYY}-{NNNN} when
// created; invoices INV-{YYYY}-{NNNNN} and credit notes CN-{YYYY}-{NNNN} only when issued (a draft
// has none, and a failed issue rolls its counter back: no gaps).
class SalesDocuments
{
    Q_DECLARE_TR_FUNCTIONS(trato::SalesDocuments)
public:
    explicit SalesDocuments(Database &db) : m_db(db) {}

    // Series keys and their default patterns.
    static QString seriesPattern(const QString &entity);

    // A document by id or number (NotFound names what was looked for).
    Result<QString> resolve(const QString &entity, const QString &idOrNumber) const;
    Result<SalesDocumentInfo> load(const QString &entity, const QString &id) const;

    // quote -> sales_order | invoice, sales_order -> invoice: copies the header and the lines
    // forward and links the source. The quote becomes accepted. Refused for a rejected or expired
    // quote and for a cancelled order. Returns the new document's id.
    Result<QString> convert(const QString &entity, const QString &id, const QString &target);

    // An open order: its product lines leave the stock (StockLedger::ship, consuming the order's
    // reservation); the order becomes shipped. Returns the ledger's warnings (oversell "warn").
    Result<QStringList> ship(const QString &order);
    // An open order: its reservation is released and it becomes cancelled.
    Status cancel(const QString &order);

    // A draft invoice gets its number, date (today when empty), due date (from the payment terms)
    // and becomes issued; its product lines leave the stock unless it came from an order that
    // already shipped (an open source order is then marked shipped and its reservation released).
    // Returns the number.
    Result<QString> issue(const QString &invoice, QStringList *warnings = nullptr);

    // A payment of an issued invoice (amount in cents > 0, at most the balance due). Returns the
    // payment's id.
    Result<QString> pay(const QString &invoice, qint64 amount, const QDate &date = QDate(),
                        const QString &method = QString(), const QString &reference = QString());

    // Builds and issues a credit note for an issued invoice. Returns its id.
    Result<QString> creditNote(const CreditNoteRequest &request);
    // Issues a draft credit note (its number; restock when asked; the invoice's balance drops).
    Result<QString> issueCreditNote(const QString &creditNote);

    // Issued or partially paid invoices with a balance after their due date become overdue (and
    // overdue ones paid or moved become what they are); draft or sent quotes past valid_until
    // expire. Returns how many changed.
    Result<int> refreshOverdue(const QDate &today = QDate());

    // Recomputes a document's line nets and derived totals (invoice: paid, balance due, status)
    // from its lines, shipping, adjustment and payments, in the caller's transaction.
    static Status recalculate(Database &db, const QString &entity, const QString &id);

    // "30 days", "30 días", "net 30", "30" -> 30; -1 when the terms name no number of days.
    static int termsDays(const QString &terms);
    static QString dateField(const QString &entity);
    static QString statusLabel(const QString &entity, const QString &status);

    static void registerRules(); // line, header and payment rules (called once by RecordRules)

private:
    Database &m_db;
};

} // namespace trato
