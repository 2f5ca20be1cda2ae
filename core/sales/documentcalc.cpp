// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentcalc.h"

#include <QMap>

#include <cmath>

namespace trato {

int DocumentCalc::basisPoints(double percent)
{
    // Stored rates have at most two decimals, so x100 is within 1e-9 of an integer: llround is exact.
    return int(std::llround(percent * 100.0));
}

qint64 DocumentCalc::mulDiv(qint64 a, qint64 b, qint64 d)
{
    Q_ASSERT(d > 0);
    const __int128 p = __int128(a) * __int128(b);
    const __int128 half = d / 2;
    const __int128 q = p >= 0 ? (p + half) / d : -((-p + half) / d);
    // Half away from zero: with an odd d "half" is d/2 rounded down, which is exact because no
    // integer remainder can equal d/2 then; with an even d, remainder == d/2 rounds away from zero.
    return qint64(q);
}

LineAmounts DocumentCalc::line(const CalcLine &l)
{
    LineAmounts a;
    a.gross = mulDiv(l.quantity, l.unitPrice, 1000);
    a.discount = mulDiv(a.gross, l.discountBp, 10000) + l.discountAmount;
    a.net = a.gross - a.discount;
    return a;
}

DocumentTotals DocumentCalc::totals(const QList<CalcLine> &lines, qint64 shipping, int shippingTaxBp,
                                    int shippingSurchargeBp, qint64 adjustment)
{
    DocumentTotals t;
    // Key sorts by tax rate descending, then surcharge descending.
    QMap<QPair<int, int>, qint64> bases;
    for (const CalcLine &l : lines) {
        const LineAmounts a = line(l);
        t.lines << a;
        t.subtotal += a.gross;
        t.discountTotal += a.discount;
        t.netTotal += a.net;
        bases[{-l.taxBp, -l.surchargeBp}] += a.net;
    }
    if (shipping != 0)
        bases[{-shippingTaxBp, -shippingSurchargeBp}] += shipping;
    t.shipping = shipping;
    t.adjustment = adjustment;
    for (auto it = bases.cbegin(); it != bases.cend(); ++it) {
        if (it.value() == 0)
            continue; // text lines and zero-priced items add no rate to the breakdown
        TaxBucket b;
        b.taxBp = -it.key().first;
        b.surchargeBp = -it.key().second;
        b.base = it.value();
        b.tax = mulDiv(b.base, b.taxBp, 10000);
        b.surcharge = mulDiv(b.base, b.surchargeBp, 10000);
        t.taxTotal += b.tax + b.surcharge;
        t.breakdown << b;
    }
    t.total = t.netTotal + shipping + t.taxTotal + adjustment;
    return t;
}

QString DocumentCalc::checkLine(const CalcLine &l, bool allowNegativePrice)
{
    if (l.discountBp > 10000)
        return tr("a discount cannot be more than 100 %");
    if (l.discountBp < 0)
        return tr("a discount cannot be negative");
    if (l.discountAmount < 0)
        return tr("a discount amount cannot be negative");
    if (!allowNegativePrice && l.unitPrice < 0)
        return tr("the unit price cannot be negative");
    if (l.taxBp < 0 || l.surchargeBp < 0)
        return tr("a tax rate cannot be negative");
    const LineAmounts a = line(l);
    if (l.discountAmount != 0 && a.gross >= 0 && a.discount > a.gross)
        return tr("the discounts are larger than the line amount");
    return QString();
}

} // namespace trato
