// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "period.h"

#include "../util/reporttable.h"
#include "../util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace trato {

class Database;

// What a KPI's value is measured in. Percent: 100 × numerator / denominator. Money: cents (a sum,
// or numerator / denominator rounded half away from zero to the cent). Days and Hours: numerator
// seconds / denominator cases (an average), or a median (no numerator).
enum class KpiUnit { Percent, Money, Days, Hours };

// One KPI over one period. `hasData` false means "no data" (an empty denominator): never 0 %.
struct KpiValue
{
    bool hasData = false;
    double value = 0;                   // in the unit (percent 0-100, cents, days, hours), unrounded
    std::optional<qint64> numerator;    // counts, cents or seconds
    std::optional<qint64> denominator;  // counts (records, customers, cases)
};

struct KpiFigure
{
    QString key;                        // "win_rate"
    KpiUnit unit = KpiUnit::Percent;
    KpiValue current;
    KpiValue previous;                  // the same KPI over DateRange::previous()
};

struct KpiOptions
{
    DateRange range;                    // whole days, both ends included (UTC)
    QString owner;                      // a user name: only that owner's records; empty: everyone
    QString currency = QStringLiteral("EUR"); // money KPIs count documents in this currency only
    QDateTime now;                      // decides which SLA due times have passed; invalid: now
};

struct KpiReport
{
    KpiOptions options;
    DateRange previousRange;
    QList<KpiFigure> figures;           // in Kpis::keys() order
    QList<QPair<QString, qint64>> revenueByMonth; // "2026-03" -> net revenue in cents, every month of the range
    qint64 otherCurrencyDocuments = 0;  // won opportunities, invoices and credit notes in the range left out (currency)

    const KpiFigure *figure(const QString &key) const;
};

// The seed-004 indicators, defined precisely in docs/KPIS.md, computed in SQL over the sales,
// marketing and support records (support times through SupportKpis). Counts and money are exact
// integers; a rate or average is divided once, and rounded only for display.
class Kpis
{
    Q_DECLARE_TR_FUNCTIONS(trato::Kpis)
public:
    static QStringList keys();
    static QString label(const QString &key);        // translated
    static QString definition(const QString &key);   // translated one-paragraph definition (tooltips)
    static KpiUnit unit(const QString &key);
    static QString unitKey(KpiUnit unit);            // "percent", "money", "days", "hours"
    // A rate of money (cross-sell share): numerator and denominator are cents, not counts.
    static bool isMoneyRatio(const QString &key);

    // Refused (BadInput): an invalid range (from after to).
    static Result<KpiReport> compute(Database &db, const KpiOptions &options);

    // Display text: "66.7 %", "1234.50 EUR", "12.5 days", "3.2 h"; "no data" without data.
    static QString text(const KpiFigure &figure, const KpiValue &value, const QString &currency);
    // The value rounded as displayed (1 decimal; money: cents), for JSON and CSV.
    static QString plain(const KpiFigure &figure, const KpiValue &value);
    // current - previous in the unit; nullopt when either has no data.
    static std::optional<double> delta(const KpiFigure &figure);

    // KPI, value, previous, change: the table the GUI shows and prints and the CLI writes.
    static ReportTable toTable(const KpiReport &report);
};

} // namespace trato
