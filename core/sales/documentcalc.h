// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace trato {

// The arithmetic of a sales document (quote, sales order, invoice, credit note), exact: money in
// integer cents, quantities in integer thousandths, rates in integer basis points (hundredths of a
// percent: 21 % = 2100, 5.2 % = 520). No binary floating point touches an amount.
//
// Rounding rule (docs/SALES.md): every division rounds half away from zero to the cent, at these
// points and no others:
//   1. line gross     = quantity x unit price            (thousandths -> cents)
//   2. line discount  = gross x discount %  + discount amount
//      line net       = gross - discount
//   3. per tax bucket (tax rate, surcharge rate): base = sum of the nets (and shipping) at that rate,
//      tax = base x rate, surcharge = base x surcharge rate — one rounding per rate, as Spanish
//      invoices show "base imponible / tipo / cuota" per rate (not a sum of rounded line taxes).
//   total = sum of nets + shipping + taxes + surcharges + adjustment.
struct CalcLine
{
    qint64 quantity = 1000;     // thousandths (1000 = 1 unit)
    qint64 unitPrice = 0;       // cents
    int discountBp = 0;         // basis points of a percent off the gross
    qint64 discountAmount = 0;  // cents off the line, after the percentage
    int taxBp = 2100;
    int surchargeBp = 0;        // recargo de equivalencia
};

struct LineAmounts
{
    qint64 gross = 0;
    qint64 discount = 0;
    qint64 net = 0;
};

struct TaxBucket
{
    int taxBp = 0;
    int surchargeBp = 0;
    qint64 base = 0;
    qint64 tax = 0;
    qint64 surcharge = 0;
};

struct DocumentTotals
{
    QList<LineAmounts> lines;   // in the order given
    qint64 subtotal = 0;        // sum of gross amounts
    qint64 discountTotal = 0;   // sum of line discounts
    qint64 netTotal = 0;        // sum of nets (subtotal - discounts)
    qint64 shipping = 0;
    qint64 taxTotal = 0;        // taxes + surcharges, all buckets
    qint64 adjustment = 0;
    qint64 total = 0;
    QList<TaxBucket> breakdown; // one per (tax, surcharge) pair with a base, by rate descending
};

class DocumentCalc
{
    Q_DECLARE_TR_FUNCTIONS(trato::DocumentCalc)
public:
    // A stored percentage (REAL with at most two decimals) as basis points: 21 -> 2100, 5.2 -> 520.
    static int basisPoints(double percent);
    // a x b / d rounded half away from zero (d > 0), without overflow for any cents x thousandths.
    static qint64 mulDiv(qint64 a, qint64 b, qint64 d);

    static LineAmounts line(const CalcLine &l);
    // shippingSurchargeBp: the surcharge that goes with the shipping's tax rate (0 when the
    // customer is not under recargo de equivalencia).
    static DocumentTotals totals(const QList<CalcLine> &lines, qint64 shipping = 0, int shippingTaxBp = 2100,
                                 int shippingSurchargeBp = 0, qint64 adjustment = 0);

    // Why a line cannot be priced, or empty: a discount above 100 % or below 0, a discount amount
    // larger than the line, a negative unit price (unless allowed), a negative tax rate.
    static QString checkLine(const CalcLine &l, bool allowNegativePrice = false);
};

} // namespace trato
