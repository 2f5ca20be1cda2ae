// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodashboards.h"

#include "../sales/forecast.h"
#include "../store/database.h"
#include "../store/recordstore.h"
#include "../store/sqlite.h"

namespace trato {

Result<int> generateDemoDashboards(Database &db, const QDate &today)
{
    auto existing = Sql::exec(db.connection(), QStringLiteral("SELECT count(*) FROM sales_target"));
    if (!existing)
        return existing.error();
    if (existing.value().next() && existing.value().value(0).toLongLong() > 0)
        return 0;
    const QDate day = today.isValid() ? today : QDate::currentDate();
    const QDate first = QDate(day.year(), day.month(), 1).addMonths(-5);
    ForecastQuery q;
    q.from = first;
    q.to = first.addMonths(11);
    auto f = Forecast::compute(db, q);
    if (!f)
        return f.error();
    const qint64 months = f.value().rows.size();
    const qint64 average = months > 0 ? f.value().total.weighted / months : 0;
    // 110 % of the average, rounded up to 100.00 (10000 cents); at least 10,000.00.
    const qint64 target = qMax<qint64>(1000000, ((average * 11 / 10) + 9999) / 10000 * 10000);
    RecordStore store(db);
    int made = 0;
    for (int i = 0; i < 12; ++i) {
        auto id = store.create(QStringLiteral("sales_target"),
                               {{QStringLiteral("period_start"), first.addMonths(i).toString(Qt::ISODate)},
                                {QStringLiteral("period"), QStringLiteral("month")},
                                {QStringLiteral("amount"), target},
                                {QStringLiteral("notes"), QStringLiteral("Objetivo mensual de la empresa (demo)")}});
        if (!id)
            return id.error();
        ++made;
    }
    return made;
}

} // namespace trato
