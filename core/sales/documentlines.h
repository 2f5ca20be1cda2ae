// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentcalc.h"
#include "../util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace trato {

class Database;

// One sales_line of a document as the lines editor and the CLI show it.
struct DocumentLine
{
    QString id;
    int position = 0;
    QString kind;            // product | service | text
    QString product;         // id, or empty
    QString service;         // id, or empty
    QString itemCode;        // the product's SKU or the service's code
    QString itemName;        // the product's or service's name
    bool configurable = false; // a product with option groups (Configure… applies)
    QString description;
    QString configuration;   // Configuration's canonical JSON, or empty
    qint64 quantity = 1000;  // thousandths
    qint64 unitPrice = 0;    // cents
    int discountBp = 0;
    qint64 discountAmount = 0;
    int taxBp = 0;
    int surchargeBp = 0;

    CalcLine calc() const;
};

// What the totals of a document need from its header.
struct DocumentHeader
{
    QString entity;
    QString id;
    QString number;
    QString status;
    QString account;
    qint64 shipping = 0;
    int shippingTaxBp = 2100;
    int shippingSurchargeBp = 0; // the surcharge paired with the shipping's rate when the account is under recargo
    qint64 adjustment = 0;
    bool editable = true;
};

// A product or service offered by the editor's search field.
struct ItemMatch
{
    QString entity; // product | service
    QString id;
    QString code;   // SKU or service code
    QString name;
    QString label() const; // "CODE — Name"
};

// The operations of the lines editor of a quote, sales order, invoice or credit note (the GUI's
// Lines tab and `trato-cli line move|remove` share them). Every write goes through RecordStore in
// one transaction, so the sales_line rules (defaults, refusals, header totals) apply; a document
// that SalesDocs::editable() says is closed refuses every change. Totals come from DocumentCalc.
class DocumentLines
{
    Q_DECLARE_TR_FUNCTIONS(trato::DocumentLines)
public:
    explicit DocumentLines(Database &db) : m_db(db) {}

    Result<DocumentHeader> header(const QString &entity, const QString &id) const;
    // The document's lines by position (then creation), with their items' names.
    Result<QList<DocumentLine>> lines(const QString &entity, const QString &id) const;

    // Adds a product or service line at the end (position = last + 1): description = the item's
    // name (or the configuration's text), unit price from PriceResolver for the document's account
    // (or the configured price). Returns the new line's id.
    Result<QString> addItem(const QString &entity, const QString &id, const QString &itemEntity, const QString &itemId,
                            qint64 quantity = 1000, const QString &configurationJson = QString());
    // Finds the item by SKU, service code, id or exact name (PriceResolver::findItem) and adds it.
    Result<QString> addItemByText(const QString &entity, const QString &id, const QString &text, qint64 quantity = 1000);
    Result<QString> addText(const QString &entity, const QString &id, const QString &text);
    // Stores a configuration (validated by Configuration::fromJson) on a product line: the JSON, its
    // text as the description and its price as the unit price.
    Status configure(const QString &entity, const QString &id, const QString &line, const QString &json);
    // Swaps the line with its neighbour above (delta < 0) or below (delta > 0), in one transaction.
    Status move(const QString &entity, const QString &id, const QString &line, int delta);
    Status remove(const QString &entity, const QString &id, const QString &line);
    // A line of the document by its position number ("2") or id.
    Result<QString> resolveLine(const QString &entity, const QString &id, const QString &text) const;

    // Products and services whose SKU/code or name starts with (or, for names, contains) text; at most
    // limit. For the search field's completion, run off the GUI thread.
    Result<QList<ItemMatch>> findItems(const QString &text, int limit = 20) const;

    static Result<DocumentTotals> totals(Database &db, const QString &entity, const QString &id);
    static DocumentTotals totals(const DocumentHeader &header, const QList<DocumentLine> &lines);

private:
    Result<DocumentHeader> editableHeader(const QString &entity, const QString &id) const;
    Result<QString> lineOf(const QString &entity, const QString &id, const QString &line) const;

    Database &m_db;
};

} // namespace trato
