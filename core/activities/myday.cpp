// SPDX-License-Identifier: GPL-3.0-or-later
#include "myday.h"

#include "../metadata/registry.h"
#include "../store/database.h"
#include "../store/sqlite.h"

namespace trato {

namespace {

// The columns of one item; the regarding records are looked up by id (unique index).
QString selectSql(Database &db)
{
    const Registry *r = db.registry();
    return QStringLiteral(
               "SELECT a.id, a.kind, a.subject, a.status, a.priority, a.start_at, a.end_at, a.all_day, a.location, "
               "a.contact, a.lead, a.account, %1, %2, %3, "
               "coalesce(a.phone_number, c.phone, c.mobile, l.phone, l.mobile, ac.phone) "
               "FROM activity a "
               "LEFT JOIN contact c ON c.id = a.contact "
               "LEFT JOIN lead l ON l.id = a.lead "
               "LEFT JOIN account ac ON ac.id = a.account ")
        .arg(r->entity(QStringLiteral("contact"))->titleExpression(QStringLiteral("c")),
             r->entity(QStringLiteral("lead"))->titleExpression(QStringLiteral("l")),
             r->entity(QStringLiteral("account"))->titleExpression(QStringLiteral("ac")));
}

MyDayItem readItem(const QSqlQuery &q, const QDateTime &now)
{
    MyDayItem it;
    it.id = q.value(0).toString();
    it.kind = q.value(1).toString();
    it.subject = q.value(2).toString();
    it.status = q.value(3).toString();
    it.priority = q.value(4).toString();
    it.start = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    it.end = q.value(6).isNull() ? QDateTime() : QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    it.allDay = q.value(7).toInt() != 0;
    it.location = q.value(8).toString();
    static const char *const entities[] = {"contact", "lead", "account"};
    for (int i = 0; i < 3; ++i) {
        if (!q.value(9 + i).isNull()) {
            it.regardingEntity = QString::fromLatin1(entities[i]);
            it.regardingId = q.value(9 + i).toString();
            it.regardingName = q.value(12 + i).toString();
            break;
        }
    }
    it.phone = q.value(15).toString();
    it.overdue = it.isOpen() && it.start.isValid() && it.start < now;
    return it;
}

} // namespace

QString MyDay::dayStartUtc(const QDate &date)
{
    return QDateTime(date, QTime(0, 0)).toUTC().toString(Qt::ISODate);
}

QString MyDay::daySql(Database &db)
{
    // status IN (...) on the index's middle column: SQLite reads one range per status.
    return selectSql(db)
        + QStringLiteral("WHERE a.owner = ? AND a.status IN ('planned', 'in_progress', 'completed') "
                         "AND a.start_at >= ? AND a.start_at < ? AND +a.deleted = 0 ORDER BY a.start_at, a.rid");
}

QString MyDay::overdueCountSql()
{
    return QStringLiteral("SELECT count(*) FROM activity "
                          "WHERE owner = ? AND status IN ('planned', 'in_progress') AND start_at < ? AND +deleted = 0");
}

QString MyDay::overdueSql(Database &db)
{
    // The most recent ones when there are more than the limit, shown oldest first.
    return QStringLiteral("SELECT * FROM (") + selectSql(db)
        + QStringLiteral("WHERE a.owner = ? AND a.status IN ('planned', 'in_progress') AND a.start_at < ? "
                         "AND +a.deleted = 0 ORDER BY a.start_at DESC, a.rid DESC LIMIT ?) ORDER BY 6, 1");
}

Result<MyDayList> MyDay::load(Database &db, const QString &user, const QDate &date, const QDateTime &now, int overdueLimit)
{
    if (!date.isValid())
        return Error::badInput(tr("My day needs a valid date."));
    if (user.trimmed().isEmpty())
        return Error::badInput(tr("My day needs a user name."));
    MyDayList list;
    list.user = user;
    list.date = date;
    const QString from = dayStartUtc(date);
    const QString to = dayStartUtc(date.addDays(1));
    const QSqlDatabase conn = db.connection();

    if (date == now.toLocalTime().date()) {
        auto count = Sql::exec(conn, overdueCountSql(), {user, from});
        if (!count)
            return count.error();
        if (count.value().next())
            list.overdueTotal = count.value().value(0).toLongLong();
        if (list.overdueTotal > 0 && overdueLimit > 0) {
            auto q = Sql::exec(conn, overdueSql(db), {user, from, overdueLimit});
            if (!q)
                return q.error();
            while (q.value().next()) {
                MyDayItem it = readItem(q.value(), now);
                it.fromEarlierDay = true;
                list.items << it;
            }
        }
    }
    auto q = Sql::exec(conn, daySql(db), {user, from, to});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const MyDayItem it = readItem(q.value(), now);
        if (it.isOpen())
            ++list.openToday;
        else
            ++list.doneToday;
        list.items << it;
    }
    return list;
}

} // namespace trato
