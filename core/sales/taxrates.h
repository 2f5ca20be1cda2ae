// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace trato {

class Database;

struct TaxRateInfo
{
    QString id;
    QString name;
    QString code;
    QString taxClass;     // standard, reduced, super_reduced, exempt (product.tax_class)
    double rate = 0;      // percent as stored (21, 10, 4, 0)
    double surcharge = 0; // recargo de equivalencia that goes with it (5.2, 1.4, 0.5, 0)
    bool active = true;
};

// The tax rates of the sales documents (records of `tax_rate`, editable like any other). The Spanish
// defaults are created once per database when missing (IVA general 21 % + recargo 5.2 %, reducido
// 10 % + 1.4 %, superreducido 4 % + 0.5 %, exento 0 %); a TeamSettings flag remembers it, so a rate
// the team deleted is not created again.
class TaxRates
{
    Q_DECLARE_TR_FUNCTIONS(trato::TaxRates)
public:
    static constexpr const char *kDefaultsKey = "sales_tax_defaults"; // TeamSettings flag

    // Creates the defaults unless they were created before (nested in the caller's transaction).
    static Status ensureDefaults(Database &db);
    // Every rate, ordered by rate descending.
    static Result<QList<TaxRateInfo>> list(Database &db);
    // The active rate of a product tax class (empty class = standard); NotFound when none.
    static Result<TaxRateInfo> forClass(Database &db, const QString &taxClass);
    // The surcharge that goes with a tax rate (percent), from the active rate with that percentage;
    // 0 when none matches.
    static Result<double> surchargeFor(Database &db, double ratePercent);
};

} // namespace trato
