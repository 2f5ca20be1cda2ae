// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarquery.h"

#include "../metadata/registry.h"
#include "../store/database.h"
#include "../store/sqlite.h"

#include <sqlite3.h>

namespace trato {

namespace {

QString iso(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODate);
}

QDateTime fromIso(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    if (dt.isValid())
        dt = dt.toUTC();
    return dt;
}

// "2026-06-10T08:00:00Z" (how DateTime fields are stored) without QDateTime::fromString, which
// costs microseconds a call: the month view reads thousands. Anything else falls back to it.
QDateTime parseStored(const char *t, int n)
{
    auto digits = [t](int at, int count) {
        int v = 0;
        for (int i = 0; i < count; ++i) {
            const char c = t[at + i];
            if (c < '0' || c > '9')
                return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    };
    if (n == 20 && t[4] == '-' && t[7] == '-' && t[10] == 'T' && t[13] == ':' && t[16] == ':' && t[19] == 'Z') {
        const QDate d(digits(0, 4), digits(5, 2), digits(8, 2));
        const QTime tm(digits(11, 2), digits(14, 2), digits(17, 2));
        if (d.isValid() && tm.isValid())
            return QDateTime(d, tm, Qt::UTC);
    }
    return fromIso(QString::fromUtf8(t, n));
}

QString text(sqlite3_stmt *st, int column)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(st, column)) : QString();
}

QString placeholders(qsizetype n)
{
    QStringList q;
    for (qsizetype i = 0; i < n; ++i)
        q << QStringLiteral("?");
    return q.join(QStringLiteral(", "));
}

} // namespace

QDate CalendarItem::firstDay() const
{
    return start.toLocalTime().date();
}

QDate CalendarItem::lastDay() const
{
    const QDate first = firstDay();
    if (!end.isValid() || end <= start)
        return first;
    const QDateTime localEnd = end.toLocalTime();
    // An end at midnight belongs to the day before (exclusive end, as iCalendar's DTEND).
    QDate last = localEnd.date();
    if (localEnd.time() == QTime(0, 0))
        last = last.addDays(-1);
    return last < first ? first : last;
}

Result<QList<CalendarItem>> CalendarQuery::items(const CalendarFilter &filter) const
{
    if (!filter.from.isValid() || !filter.to.isValid())
        return Error::badInput(tr("The calendar range needs a start and an end."));
    if (filter.to <= filter.from)
        return Error::badInput(tr("The calendar range ends before it starts (%1 to %2).")
                                   .arg(iso(filter.from), iso(filter.to)));
    const Registry *registry = m_db.registry();
    const Entity *activity = registry->entity(QStringLiteral("activity"));
    if (!activity)
        return Error::failure(tr("This database has no activities."));

    // Regarding: the contact, else the lead, else the account (the most precise one first).
    QStringList joins, titleParts, entityParts, idParts;
    int n = 0;
    for (const QString &target : {QStringLiteral("contact"), QStringLiteral("lead"), QStringLiteral("account")}) {
        const Entity *e = registry->entity(target);
        if (!e || !activity->field(target))
            continue;
        const QString alias = QStringLiteral("r%1").arg(n++);
        joins << QStringLiteral("LEFT JOIN %1 %2 ON %2.id = x.%3").arg(Sql::ident(target), alias, Sql::ident(target));
        titleParts << QStringLiteral("CASE WHEN %1.id IS NOT NULL THEN %2 END").arg(alias, e->titleExpression(alias));
        entityParts << QStringLiteral("WHEN %1.id IS NOT NULL THEN '%2'").arg(alias, target);
        idParts << QStringLiteral("%1.id").arg(alias);
    }
    QString regarding = QStringLiteral("NULL, NULL, NULL");
    if (!titleParts.isEmpty())
        regarding = QStringLiteral("COALESCE(%1), CASE %2 END, COALESCE(%3)")
                        .arg(titleParts.join(QStringLiteral(", ")), entityParts.join(QLatin1Char(' ')),
                             idParts.join(QStringLiteral(", ")));

    // The start_at index bounds the scan: [from - maxSpanDays, to). Items of no duration (tasks)
    // count when they start in the range; others when they end after its start.
    QString sql = QStringLiteral(
                      "SELECT x.id, x.subject, x.kind, x.status, x.priority, x.owner, x.location, x.start_at, "
                      "x.end_at, x.all_day, %1 FROM activity x %2 "
                      "WHERE x.deleted = 0 AND x.start_at >= ? AND x.start_at < ? "
                      "AND (x.start_at >= ? OR COALESCE(x.end_at, x.start_at) > ?)")
                      .arg(regarding, joins.join(QLatin1Char(' ')));
    QVariantList params{iso(filter.from.addDays(-qMax(0, filter.maxSpanDays))), iso(filter.to), iso(filter.from),
                        iso(filter.from)};
    auto inList = [&](const QString &column, const QStringList &values) {
        if (values.isEmpty())
            return;
        sql += QStringLiteral(" AND x.%1 IN (%2)").arg(column, placeholders(values.size()));
        for (const QString &v : values)
            params << v;
    };
    inList(QStringLiteral("owner"), filter.owners);
    inList(QStringLiteral("kind"), filter.kinds);
    inList(QStringLiteral("status"), filter.statuses);
    sql += QStringLiteral(" ORDER BY x.start_at, x.rid");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);

    // Straight through the sqlite3 C API: QSqlQuery's per-value QVariants cost more than the
    // query itself for a month of a busy team (see the calendar-month bench case).
    sqlite3 *h = Sql::handle(m_db.connection());
    if (!h)
        return Error::failure(tr("Could not read the calendar: no database connection."));
    sqlite3_stmt *st = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(h, utf8.constData(), int(utf8.size()), &st, nullptr) != SQLITE_OK)
        return Error::failure(tr("Could not read the calendar: %1").arg(QString::fromUtf8(sqlite3_errmsg(h))));
    for (int i = 0; i < params.size(); ++i) {
        const QByteArray v = params.at(i).toString().toUtf8();
        sqlite3_bind_text(st, i + 1, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    }
    QList<CalendarItem> out;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        CalendarItem item;
        item.id = text(st, 0);
        item.subject = text(st, 1);
        item.kind = text(st, 2);
        item.status = text(st, 3);
        item.priority = text(st, 4);
        item.owner = text(st, 5);
        item.location = text(st, 6);
        item.start = parseStored(reinterpret_cast<const char *>(sqlite3_column_text(st, 7)), sqlite3_column_bytes(st, 7));
        if (sqlite3_column_type(st, 8) == SQLITE_NULL)
            item.end = item.start;
        else
            item.end = parseStored(reinterpret_cast<const char *>(sqlite3_column_text(st, 8)), sqlite3_column_bytes(st, 8));
        if (!item.end.isValid() || item.end < item.start)
            item.end = item.start;
        item.allDay = sqlite3_column_int64(st, 9) != 0;
        item.regarding = text(st, 10);
        item.regardingEntity = text(st, 11);
        item.regardingId = text(st, 12);
        out << item;
    }
    const QString error = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(h));
    sqlite3_finalize(st);
    if (!error.isEmpty())
        return Error::failure(tr("Could not read the calendar: %1").arg(error));
    return out;
}

QDate CalendarQuery::firstDayOf(Span span, QDate anchor)
{
    switch (span) {
    case Span::Day:
        return anchor;
    case Span::Week:
        return anchor.addDays(1 - anchor.dayOfWeek());
    case Span::Month: {
        const QDate first(anchor.year(), anchor.month(), 1);
        return first.addDays(1 - first.dayOfWeek());
    }
    case Span::Agenda:
        return anchor;
    }
    return anchor;
}

QDate CalendarQuery::lastDayOf(Span span, QDate anchor)
{
    switch (span) {
    case Span::Day:
        return anchor;
    case Span::Week:
        return firstDayOf(Span::Week, anchor).addDays(6);
    case Span::Month: {
        const QDate last(anchor.year(), anchor.month(), anchor.daysInMonth());
        return last.addDays(7 - last.dayOfWeek());
    }
    case Span::Agenda:
        return anchor.addDays(29);
    }
    return anchor;
}

CalendarFilter CalendarQuery::rangeOf(Span span, QDate anchor)
{
    CalendarFilter f;
    f.from = QDateTime(firstDayOf(span, anchor), QTime(0, 0)).toUTC();
    f.to = QDateTime(lastDayOf(span, anchor).addDays(1), QTime(0, 0)).toUTC();
    return f;
}

} // namespace trato
