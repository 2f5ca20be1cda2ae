// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace trato {

// A span of whole days, both ends included (a month: the 1st to the last day). Every figure of
// Análisis is computed over one: dashboards, KPIs, report filters with relative dates.
struct DateRange
{
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    qint64 days() const { return isValid() ? from.daysTo(to) + 1 : 0; }
    bool contains(const QDate &d) const { return isValid() && d >= from && d <= to; }
    // The same kind of span just before this one: the previous month for a calendar month, the
    // previous quarter or year likewise, otherwise the same number of days ending the day before.
    DateRange previous() const;
    // Bounds as UTC ISO timestamps for DateTime columns: [from 00:00:00Z, to+1 00:00:00Z).
    QString startIso() const;
    QString endIsoExclusive() const;
    bool operator==(const DateRange &o) const { return from == o.from && to == o.to; }
};

// Relative periods by a stable key ("this_month", "last_quarter"), so that a saved report or
// dashboard means "the last quarter" whenever it is run. Also "YYYY-MM-DD..YYYY-MM-DD" for a fixed
// range, and "YYYY", "YYYY-MM", "YYYY-Qn" for a calendar year, month or quarter.
class Period
{
    Q_DECLARE_TR_FUNCTIONS(trato::Period)
public:
    // The keys in the order a period picker offers them.
    static QStringList keys();
    static QString label(const QString &key); // translated ("This month")
    // The range `key` means on `today`. Unknown keys and malformed ranges are refused, naming them.
    static Result<DateRange> resolve(const QString &key, const QDate &today);
    // A readable label for any range ("1 Mar 2026 – 31 Mar 2026"), in the current locale.
    static QString describe(const DateRange &range);
};

} // namespace trato
