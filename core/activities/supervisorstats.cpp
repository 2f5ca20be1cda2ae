// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervisorstats.h"

#include "../store/database.h"
#include "../store/sqlite.h"

#include <QCollator>
#include <QHash>

#include <algorithm>

namespace trato {

namespace {
QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}
} // namespace

QPair<QDateTime, QDateTime> SupervisorStats::range(Period period, const QDateTime &now)
{
    const QDate today = now.toLocalTime().date();
    QDate first = today, last = today;
    switch (period) {
    case Period::Today:
        break;
    case Period::ThisWeek:
        first = today.addDays(1 - today.dayOfWeek());
        last = first.addDays(6);
        break;
    case Period::ThisMonth:
        first = QDate(today.year(), today.month(), 1);
        last = first.addMonths(1).addDays(-1);
        break;
    }
    return {QDateTime(first, QTime(0, 0)), QDateTime(last.addDays(1), QTime(0, 0))};
}

Result<QList<TeamMember>> SupervisorStats::team(Database &db)
{
    auto q = Sql::exec(db.connection(), QStringLiteral("SELECT name, display_name, color FROM user_profile"));
    if (!q)
        return q.error();
    QList<TeamMember> members;
    while (q.value().next()) {
        TeamMember m{q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString()};
        if (m.displayName.trimmed().isEmpty())
            m.displayName = m.name;
        members << m;
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(members.begin(), members.end(),
              [&](const TeamMember &a, const TeamMember &b) { return collator.compare(a.displayName, b.displayName) < 0; });
    return members;
}

Result<TeamActivityStats> SupervisorStats::compute(Database &db, const QDateTime &from, const QDateTime &to, const QDateTime &now)
{
    if (!from.isValid() || !to.isValid() || !now.isValid())
        return Error::badInput(tr("The period needs a valid start and end."));
    if (to <= from)
        return Error::badInput(tr("The period ends (%1) before it starts (%2).")
                                   .arg(to.toLocalTime().toString(Qt::ISODate), from.toLocalTime().toString(Qt::ISODate)));
    TeamActivityStats stats;
    stats.from = from;
    stats.to = to;
    auto members = team(db);
    if (!members)
        return members.error();
    QHash<QString, UserActivityCounts> byUser;
    QStringList order;
    auto entry = [&](const QString &user) -> UserActivityCounts & {
        auto it = byUser.find(user);
        if (it == byUser.end()) {
            UserActivityCounts c;
            c.user = user;
            c.displayName = user.isEmpty() ? tr("(unassigned)") : user;
            it = byUser.insert(user, c);
            order << user;
        }
        return it.value();
    };
    for (const TeamMember &m : members.value())
        entry(m.name).displayName = m.displayName;

    const QSqlDatabase conn = db.connection();
    // Completed in the period, walked on the completed_at index.
    auto done = Sql::exec(conn, QStringLiteral(
        "SELECT owner, kind, outcome IN ('reached', 'interested', 'not_interested', 'sale', 'call_back'), count(*) "
        "FROM activity WHERE deleted = 0 AND completed_at >= ? AND completed_at < ? AND status = 'completed' "
        "GROUP BY 1, 2, 3"), {iso(from), iso(to)});
    if (!done)
        return done.error();
    while (done.value().next()) {
        const QSqlQuery &q = done.value();
        UserActivityCounts &c = entry(q.value(0).toString());
        const QString kind = q.value(1).toString();
        const qint64 n = q.value(3).toLongLong();
        if (kind == QLatin1String("call")) {
            c.callsMade += n;
            if (q.value(2).toInt() == 1)
                c.callsReached += n;
        } else if (kind == QLatin1String("meeting")) {
            c.meetingsHeld += n;
        } else if (kind == QLatin1String("visit")) {
            c.visitsHeld += n;
        } else if (kind == QLatin1String("task")) {
            c.tasksDone += n;
        }
    }
    // Overdue now: open items due before now, per owner (the My day index, one range per status).
    auto overdue = Sql::exec(conn, QStringLiteral(
        "SELECT owner, count(*) FROM activity WHERE status IN ('planned', 'in_progress') AND start_at < ? AND +deleted = 0 "
        "GROUP BY owner"), {iso(now)});
    if (!overdue)
        return overdue.error();
    while (overdue.value().next())
        entry(overdue.value().value(0).toString()).overdueNow += overdue.value().value(1).toLongLong();

    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (const QString &user : order)
        stats.users << byUser.value(user);
    std::sort(stats.users.begin(), stats.users.end(), [&](const UserActivityCounts &a, const UserActivityCounts &b) {
        return collator.compare(a.displayName, b.displayName) < 0;
    });
    stats.total.displayName = tr("Total");
    for (const UserActivityCounts &c : stats.users) {
        stats.total.callsMade += c.callsMade;
        stats.total.callsReached += c.callsReached;
        stats.total.meetingsHeld += c.meetingsHeld;
        stats.total.visitsHeld += c.visitsHeld;
        stats.total.tasksDone += c.tasksDone;
        stats.total.overdueNow += c.overdueNow;
    }
    return stats;
}

} // namespace trato
