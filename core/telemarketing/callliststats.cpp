// SPDX-License-Identifier: GPL-3.0-or-later
// CallListService: the figures per operator, computed from the completed call activities.
#include "calllistservice.h"

#include "../store/database.h"
#include "../store/sqlite.h"

#include <QSqlQuery>

namespace trato {

namespace {

QString iso(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODate);
}

} // namespace

Result<CallStats> CallListService::stats(const QString &listId, const QDateTime &from, const QDateTime &to) const
{
    QString sql = QStringLiteral(
        "SELECT coalesce(owner, ''), count(*), "
        "coalesce(sum(outcome IN ('reached', 'call_back', 'interested', 'not_interested', 'sale')), 0), "
        "coalesce(sum(outcome = 'interested'), 0), coalesce(sum(outcome = 'sale'), 0), "
        "coalesce(sum(outcome = 'no_answer'), 0), coalesce(sum(outcome = 'busy'), 0), "
        "coalesce(sum(CASE WHEN end_at IS NOT NULL THEN CAST(round((julianday(end_at) - julianday(start_at)) * 86400) AS INTEGER) END), 0), "
        "coalesce(sum(end_at IS NOT NULL), 0) "
        "FROM activity WHERE +status = 'completed' ");
    QVariantList params;
    if (!listId.isEmpty()) {
        auto l = Sql::exec(m_db.connection(), QStringLiteral("SELECT 1 FROM call_list WHERE id = ?"), {listId});
        if (!l)
            return l.error();
        if (!l.value().next())
            return Error::notFound(tr("There is no call list with id %1.").arg(listId));
        // Through the list's index; without a list, through the kind index.
        sql += QStringLiteral("AND call_list = ? AND +kind = 'call' AND +deleted = 0 ");
        params << listId;
    } else {
        sql += QStringLiteral("AND kind = 'call' AND deleted = 0 ");
    }
    if (from.isValid() && to.isValid() && to <= from)
        return Error::badInput(tr("The period ends before it starts."));
    if (from.isValid()) {
        sql += QStringLiteral("AND +start_at >= ? ");
        params << iso(from);
    }
    if (to.isValid()) {
        sql += QStringLiteral("AND +start_at < ? ");
        params << iso(to);
    }
    sql += QStringLiteral("GROUP BY 1 ORDER BY 1");
    auto q = Sql::exec(m_db.connection(), sql, params);
    if (!q)
        return q.error();
    CallStats out;
    qint64 timedTotal = 0;
    auto finish = [](OperatorStats &s, qint64 timed) {
        if (timed > 0)
            s.averageSeconds = double(s.totalSeconds) / double(timed);
        if (s.reached > 0)
            s.conversionPercent = 100.0 * double(s.sales) / double(s.reached);
    };
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        OperatorStats s;
        s.operatorName = r.value(0).toString();
        s.calls = r.value(1).toLongLong();
        s.reached = r.value(2).toLongLong();
        s.interested = r.value(3).toLongLong();
        s.sales = r.value(4).toLongLong();
        s.noAnswer = r.value(5).toLongLong();
        s.busy = r.value(6).toLongLong();
        s.totalSeconds = r.value(7).toLongLong();
        const qint64 timed = r.value(8).toLongLong();
        finish(s, timed);
        out.total.calls += s.calls;
        out.total.reached += s.reached;
        out.total.interested += s.interested;
        out.total.sales += s.sales;
        out.total.noAnswer += s.noAnswer;
        out.total.busy += s.busy;
        out.total.totalSeconds += s.totalSeconds;
        timedTotal += timed;
        out.operators << s;
    }
    finish(out.total, timedTotal);
    return out;
}

} // namespace trato
