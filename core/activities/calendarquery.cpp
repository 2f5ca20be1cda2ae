// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarquery.h"

#include "../metadata/registry.h"
#include "../store/database.h"
#include "../store/sqlite.h"

#include <QSqlError>
#include <QSqlQuery>

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

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Error::failure(tr("Could not read the calendar: %1").arg(q.lastError().text()));
    for (const QVariant &p : std::as_const(params))
        q.addBindValue(p);
    if (!q.exec())
        return Error::failure(tr("Could not read the calendar: %1").arg(q.lastError().text()));
    QList<CalendarItem> out;
    while (q.next()) {
        CalendarItem item;
        item.id = q.value(0).toString();
        item.subject = q.value(1).toString();
        item.kind = q.value(2).toString();
        item.status = q.value(3).toString();
        item.priority = q.value(4).toString();
        item.owner = q.value(5).toString();
        item.location = q.value(6).toString();
        item.start = fromIso(q.value(7).toString());
        item.end = q.value(8).isNull() ? item.start : fromIso(q.value(8).toString());
        if (!item.end.isValid() || item.end < item.start)
            item.end = item.start;
        item.allDay = q.value(9).toLongLong() != 0;
        item.regarding = q.value(10).toString();
        item.regardingEntity = q.value(11).toString();
        item.regardingId = q.value(12).toString();
        out << item;
    }
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
