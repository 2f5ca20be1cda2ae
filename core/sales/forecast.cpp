// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast.h"

#include "pipelines.h"

#include "../store/database.h"
#include "../store/sqlite.h"

#include <QMap>

namespace trato {

QDate Forecast::parseMonth(const QString &text)
{
    const QString t = text.trimmed();
    QDate d = QDate::fromString(t + QStringLiteral("-01"), Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(t, Qt::ISODate);
    return d.isValid() ? QDate(d.year(), d.month(), 1) : QDate();
}

Result<ForecastData> Forecast::compute(Database &db, const ForecastQuery &query)
{
    ForecastData data;
    const QDate today = QDate::currentDate();
    data.from = query.from.isValid() ? QDate(query.from.year(), query.from.month(), 1) : QDate(today.year(), today.month(), 1);
    const QDate lastMonth = query.to.isValid() ? QDate(query.to.year(), query.to.month(), 1) : data.from.addMonths(5);
    if (lastMonth < data.from)
        return Error::badInput(tr("The forecast period ends (%1) before it starts (%2).")
                                   .arg(lastMonth.toString(QStringLiteral("yyyy-MM")), data.from.toString(QStringLiteral("yyyy-MM"))));
    if (data.from.addMonths(120) <= lastMonth)
        return Error::badInput(tr("The forecast period can span at most 120 months."));
    data.to = lastMonth.addMonths(1).addDays(-1);

    QString where = QStringLiteral("deleted = 0 AND status IN ('open', 'won') AND expected_close BETWEEN ? AND ?");
    QVariantList params{data.from.toString(Qt::ISODate), data.to.toString(Qt::ISODate)};
    if (!query.pipeline.isEmpty()) {
        auto p = Pipelines::pipeline(db, query.pipeline);
        if (!p)
            return p.error();
        where += QStringLiteral(" AND pipeline = ?");
        params << p.value().id;
    }
    if (!query.owner.isEmpty()) {
        where += QStringLiteral(" AND owner = ?");
        params << query.owner;
    }
    const QString key = query.by == ForecastQuery::Month ? QStringLiteral("substr(expected_close, 1, 7)") : QStringLiteral("coalesce(owner, '')");
    const QString sql = QStringLiteral(
        "SELECT %1 AS k, "
        "  coalesce(sum(CASE WHEN status = 'open' THEN coalesce(weighted_amount, 0) ELSE coalesce(amount, 0) END), 0), "
        "  coalesce(sum(coalesce(amount, 0)), 0), "
        "  coalesce(sum(CASE WHEN status = 'won' THEN coalesce(amount, 0) ELSE 0 END), 0), "
        "  count(*), count(CASE WHEN status = 'open' THEN 1 END), count(CASE WHEN status = 'won' THEN 1 END) "
        "FROM opportunity WHERE %2 GROUP BY k ORDER BY k").arg(key, where);
    auto q = Sql::exec(db.connection(), sql, params);
    if (!q)
        return q.error();
    QMap<QString, ForecastRow> rows;
    while (q.value().next()) {
        ForecastRow r;
        r.key = q.value().value(0).toString();
        r.weighted = q.value().value(1).toLongLong();
        r.bestCase = q.value().value(2).toLongLong();
        r.won = q.value().value(3).toLongLong();
        r.count = q.value().value(4).toLongLong();
        r.openCount = q.value().value(5).toLongLong();
        r.wonCount = q.value().value(6).toLongLong();
        rows.insert(r.key, r);
    }
    if (query.by == ForecastQuery::Month) {
        for (QDate m = data.from; m <= lastMonth; m = m.addMonths(1)) {
            const QString k = m.toString(QStringLiteral("yyyy-MM"));
            ForecastRow r = rows.value(k);
            r.key = k;
            data.rows << r;
        }
    } else {
        data.rows = rows.values();
    }
    data.total.key = tr("Total");
    for (const auto &r : std::as_const(data.rows)) {
        data.total.weighted += r.weighted;
        data.total.bestCase += r.bestCase;
        data.total.won += r.won;
        data.total.count += r.count;
        data.total.openCount += r.openCount;
        data.total.wonCount += r.wonCount;
    }
    return data;
}

} // namespace trato
