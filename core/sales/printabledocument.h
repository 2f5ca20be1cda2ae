// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "companyprofile.h"
#include "documentcalc.h"

#include "../util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QPair>
#include <QString>

namespace trato {

class Database;

// One line as printed: what it is, its figures, and what DocumentCalc made of them.
struct PrintableLine
{
    int position = 0;
    QString kind;           // product | service | text
    QString sku;            // a configured product: its configured SKU
    QString description;
    QString configuration;  // "Color: Red; Interior: Leather" (Configuration::fromJson(...).text)
    qint64 quantity = 0;    // thousandths
    qint64 unitPrice = 0;   // cents
    int discountBp = 0;
    qint64 discountAmount = 0;
    int taxBp = 0;
    int surchargeBp = 0;
    LineAmounts amounts;    // DocumentCalc::line
    // A text line with no price is a heading or a note: no amounts. A text line with a price is a
    // free-text item and counts like any other (as the document service prices it).
    bool priced() const { return kind != QLatin1String("text") || unitPrice != 0 || discountAmount != 0; }
};

// Everything a printed quote, sales order, invoice or credit note shows, read in one go (off the
// GUI thread) so painting never touches the database. Totals and the tax breakdown are computed
// here with DocumentCalc from the lines themselves, not copied from the stored header totals.
struct PrintableDocument
{
    Q_DECLARE_TR_FUNCTIONS(trato::PrintableDocument)
public:
    QString entity;            // quote | sales_order | invoice | credit_note
    QString id;
    QString title;             // "Invoice", translated
    QString number;            // empty while a draft has none
    bool draft = false;        // printed with a "DRAFT" mark
    QString status;            // translated label
    QList<QPair<QString, QString>> dates;  // (label, date) in the order printed; "Corrects invoice" too
    QString subject;
    QString currency = QStringLiteral("EUR");
    QString customerName;
    QString customerTaxId;
    QString billingAddress;
    QString shippingAddress;
    QString contactName;
    QList<PrintableLine> lines; // by position
    DocumentTotals totals;
    qint64 shipping = 0;
    qint64 adjustment = 0;
    QString paymentTerms;       // the document's, else the account's, else the company's
    QString terms;
    QString notes;
    CompanyProfile company;
    DocumentLayout layout;
    QLocale locale;

    // Loads a document by id or by its number. NotFound names what was looked for.
    static Result<PrintableDocument> load(Database &db, const QString &entity, const QString &idOrNumber,
                                          const QLocale &locale = QLocale());
    // A made-up invoice for the Settings page's preview, with this company and layout.
    static PrintableDocument sample(const CompanyProfile &company, const DocumentLayout &layout,
                                    const QLocale &locale = QLocale());

    // Figures as printed, in this document's locale: "1,234.50 €", "2.5", "21 %".
    QString money(qint64 cents) const;
    QString quantity(qint64 milli) const;
    QString percent(int basisPoints) const;
    // Recomputes totals (and each line's amounts) with DocumentCalc.
    void computeTotals(int shippingTaxBp, int shippingSurchargeBp);
};

} // namespace trato
