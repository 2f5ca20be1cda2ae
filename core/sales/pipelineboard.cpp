// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelineboard.h"

#include "../store/database.h"
#include "../store/sqlite.h"

#include <QHash>

namespace trato {

Result<PipelineBoardData> PipelineBoard::load(Database &db, const PipelineBoardQuery &query)
{
    auto p = Pipelines::pipeline(db, query.pipeline);
    if (!p)
        return p.error();
    PipelineBoardData data;
    data.pipeline = p.value();
    QHash<QString, int> columnOf;
    for (const auto &s : data.pipeline.stages) {
        columnOf.insert(s.id, int(data.columns.size()));
        PipelineColumn c;
        c.stage = s;
        data.columns << c;
    }
    QSqlDatabase conn = db.connection();

    QString where = QStringLiteral("o.deleted = 0 AND o.pipeline = ?");
    QVariantList params{data.pipeline.id};
    if (!query.owner.isEmpty()) {
        where += QStringLiteral(" AND o.owner = ?");
        params << query.owner;
    }
    if (query.closeFrom.isValid()) {
        where += QStringLiteral(" AND o.expected_close >= ?");
        params << query.closeFrom.toString(Qt::ISODate);
    }
    if (query.closeTo.isValid()) {
        where += QStringLiteral(" AND o.expected_close <= ?");
        params << query.closeTo.toString(Qt::ISODate);
    }
    const QDate today = query.today.isValid() ? query.today : QDate::currentDate();
    const int limit = qMax(0, query.cardLimit);
    // One pass: the window sums give each stage's exact totals on every row; only the first `limit`
    // rows of each stage leave the query (plus one per empty-handed stage when limit is 0).
    const QString sql = QStringLiteral(
        "SELECT * FROM (SELECT o.stage, o.id, o.name, a.name, o.amount, o.weighted_amount, o.expected_close, o.owner, "
        "  count(*) OVER w, coalesce(sum(o.amount) OVER w, 0), coalesce(sum(o.weighted_amount) OVER w, 0), "
        "  row_number() OVER (PARTITION BY o.stage ORDER BY o.expected_close IS NULL, o.expected_close, o.rid) AS rn "
        "FROM opportunity o LEFT JOIN account a ON a.id = o.account "
        "WHERE %1 WINDOW w AS (PARTITION BY o.stage)) WHERE rn <= max(?, 1) ORDER BY 1, rn")
                            .arg(where);
    params << limit;
    auto q = Sql::exec(conn, sql, params);
    if (!q)
        return q.error();
    QStringList ids;
    while (q.value().next()) {
        const int c = columnOf.value(q.value().value(0).toString(), -1);
        if (c < 0)
            continue;
        PipelineColumn &column = data.columns[c];
        column.count = q.value().value(8).toLongLong();
        column.amount = q.value().value(9).toLongLong();
        column.weighted = q.value().value(10).toLongLong();
        if (q.value().value(11).toLongLong() > limit)
            continue;
        PipelineCard card;
        card.id = q.value().value(1).toString();
        card.name = q.value().value(2).toString();
        card.account = q.value().value(3).toString();
        card.hasAmount = !q.value().value(4).isNull();
        card.amount = q.value().value(4).toLongLong();
        card.weighted = q.value().value(5).toLongLong();
        card.expectedClose = QDate::fromString(q.value().value(6).toString(), Qt::ISODate);
        card.owner = q.value().value(7).toString();
        column.cards << card;
        ids << card.id;
    }
    // Stalled flags for the cards shown only (the activity probe is per card: at most limit x stages).
    if (!ids.isEmpty()) {
        QHash<QString, PipelineCard *> byId;
        for (auto &column : data.columns)
            for (auto &card : column.cards)
                byId.insert(card.id, &card);
        for (qsizetype start = 0; start < ids.size(); start += 500) {
            const QStringList chunk = ids.mid(start, 500);
            QStringList marks;
            QVariantList ps{today.toString(Qt::ISODate)};
            for (const QString &id : chunk) {
                marks << QStringLiteral("?");
                ps << id;
            }
            auto s = Sql::exec(conn, QStringLiteral("SELECT o.id FROM opportunity o WHERE %1 AND o.id IN (%2)")
                                         .arg(Pipelines::stalledCondition(QStringLiteral("o")), marks.join(QLatin1Char(','))),
                               ps);
            if (!s)
                return s.error();
            while (s.value().next())
                if (PipelineCard *card = byId.value(s.value().value(0).toString()))
                    card->stalled = true;
        }
    }
    for (const auto &column : std::as_const(data.columns)) {
        data.count += column.count;
        data.amount += column.amount;
        data.weighted += column.weighted;
    }
    auto owners = Sql::exec(conn, QStringLiteral("SELECT DISTINCT owner FROM opportunity WHERE pipeline = ? AND deleted = 0 AND owner IS NOT NULL ORDER BY owner"),
                            {data.pipeline.id});
    if (!owners)
        return owners.error();
    while (owners.value().next())
        data.owners << owners.value().value(0).toString();
    return data;
}

} // namespace trato
