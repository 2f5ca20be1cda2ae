// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace trato {

class Database;

struct ForecastRow
{
    QString key;            // "2026-03" (by month) or the owner's user name (by owner)
    qint64 weighted = 0;    // open weighted amounts + won amounts (cents)
    qint64 bestCase = 0;    // open amounts + won amounts
    qint64 won = 0;         // won amounts
    qint64 count = 0;       // open and won opportunities
    qint64 openCount = 0;
    qint64 wonCount = 0;
};

struct ForecastQuery
{
    enum By { Month, Owner };
    By by = Month;
    QDate from;             // first month (any day in it); invalid: this month
    QDate to;               // last month, inclusive; invalid: five months after `from`
    QString pipeline;       // id or name; empty: every pipeline
    QString owner;          // empty: everyone
};

struct ForecastData
{
    QDate from;             // first day of the first month
    QDate to;               // last day of the last month
    QList<ForecastRow> rows; // by month: every month of the period, empty ones included; by owner: by name
    ForecastRow total;
};

// The forecast (docs/SALES.md "Pipeline and forecast"): the open and won opportunities whose
// expected close falls in the period, grouped by month of expected close or by owner. Lost ones
// and those without an expected close do not count. One grouped query, integer sums (exact).
class Forecast
{
    Q_DECLARE_TR_FUNCTIONS(trato::Forecast)
public:
    static Result<ForecastData> compute(Database &db, const ForecastQuery &query);
    // "2026-03" -> the first of that month; invalid when it is not YYYY-MM (or a full date).
    static QDate parseMonth(const QString &text);
};

} // namespace trato
