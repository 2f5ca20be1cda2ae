// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalendar.h"
#include "icalscan.h"

#include "../store/database.h"
#include "../store/recordstore.h"
#include "../store/transaction.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

extern "C" {
#include <libical/ical.h>
}

#include <memory>

namespace trato {

namespace {

const QStringList &kinds()
{
    static const QStringList k{QStringLiteral("call"), QStringLiteral("meeting"), QStringLiteral("visit"),
                               QStringLiteral("task")};
    return k;
}

const QStringList &statuses()
{
    static const QStringList s{QStringLiteral("planned"), QStringLiteral("in_progress"), QStringLiteral("completed"),
                               QStringLiteral("cancelled")};
    return s;
}

struct ComponentDeleter
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

QString text(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

icaltimetype utcTime(const QDateTime &dt)
{
    return icaltime_from_timet_with_zone(time_t(dt.toSecsSinceEpoch()), 0, icaltimezone_get_utc_timezone());
}

icaltimetype dateOnly(QDate d)
{
    icaltimetype t = icaltime_null_date();
    t.year = d.year();
    t.month = d.month();
    t.day = d.day();
    t.is_date = 1;
    return t;
}

icalproperty *xProperty(const char *name, const QString &value)
{
    icalproperty *p = icalproperty_new_x(utf8(value).constData());
    icalproperty_set_x_name(p, name);
    return p;
}

QString xValue(icalcomponent *c, const char *name)
{
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_X_PROPERTY))
        if (qstricmp(icalproperty_get_x_name(p), name) == 0)
            return text(icalproperty_get_x(p)).trimmed();
    return {};
}

// ---- times ------------------------------------------------------------------------------------

struct Moment
{
    QDateTime utc;
    bool isDate = false;
    QDate date;
    icaltimezone *zone = nullptr; // for recurrence expansion
    icaltimetype raw = icaltime_null_time();
};

// A DATE-TIME or DATE property resolved to UTC: UTC as written, TZID through the file's
// VTIMEZONE or libical's zone database, floating times as this machine's local time.
Result<Moment> momentOf(icalproperty *p, icalcomponent *calendar, const QString &where)
{
    Moment m;
    icalvalue *value = icalproperty_get_value(p);
    const icalvalue_kind kind = value ? icalvalue_isa(value) : ICAL_NO_VALUE;
    if (kind == ICAL_DATETIME_VALUE || kind == ICAL_DATE_VALUE)
        m.raw = icalvalue_get_datetime(value);
    if (icalproperty_get_first_parameter(p, ICAL_XLICERRORTYPE_PARAMETER) || icaltime_is_null_time(m.raw)
        || !icaltime_is_valid_time(m.raw) || !QDate(m.raw.year, m.raw.month, m.raw.day).isValid())
        return Error::badInput(where + ICalendar::tr("%1 is not a valid date or time").arg(text(icalproperty_get_property_name(p))));
    if (m.raw.is_date) {
        m.isDate = true;
        m.date = QDate(m.raw.year, m.raw.month, m.raw.day);
        m.utc = QDateTime(m.date, QTime(0, 0)).toUTC();
        return m;
    }
    if (icaltime_is_utc(m.raw)) {
        m.zone = icaltimezone_get_utc_timezone();
    } else if (icalparameter *tzp = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER)) {
        const char *tzid = icalparameter_get_tzid(tzp);
        icaltimezone *zone = calendar ? icalcomponent_get_timezone(calendar, tzid) : nullptr;
        if (!zone)
            zone = icaltimezone_get_builtin_timezone(tzid);
        if (!zone)
            zone = icaltimezone_get_builtin_timezone_from_tzid(tzid);
        if (!zone)
            return Error::badInput(where + ICalendar::tr("unknown time zone \"%1\" (no VTIMEZONE block and not in the zone database)").arg(text(tzid)));
        m.zone = zone;
    }
    if (!QTime(m.raw.hour, m.raw.minute, m.raw.second).isValid())
        return Error::badInput(where + ICalendar::tr("%1 is not a valid date or time").arg(text(icalproperty_get_property_name(p))));
    if (m.zone) {
        m.utc = QDateTime::fromSecsSinceEpoch(qint64(icaltime_as_timet_with_zone(m.raw, m.zone)), Qt::UTC);
    } else {
        const QDateTime local(QDate(m.raw.year, m.raw.month, m.raw.day), QTime(m.raw.hour, m.raw.minute, m.raw.second));
        m.utc = local.toUTC();
    }
    return m;
}

QDateTime occurrenceUtc(const icaltimetype &t, const Moment &start)
{
    if (t.is_date)
        return QDateTime(QDate(t.year, t.month, t.day), QTime(0, 0)).toUTC();
    if (start.zone)
        return QDateTime::fromSecsSinceEpoch(qint64(icaltime_as_timet_with_zone(t, start.zone)), Qt::UTC);
    return QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second)).toUTC();
}

QString isoKey(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

// ---- one item read from the file ---------------------------------------------------------------

struct Item
{
    QString uid;
    QVariantMap values;
    QDateTime start, end;
    bool allDay = false;
};

} // namespace

// ===== export ===================================================================================

Result<ICalendar::ExportResult> ICalendar::exportActivities(Database &db, const ExportFilter &filter, const QDateTime &now)
{
    QString sql = QStringLiteral("SELECT id, kind, subject, start_at, end_at, all_day, status, priority, location, "
                                 "description, completed_at, ical_uid FROM activity WHERE deleted = 0");
    QVariantList params;
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND COALESCE(end_at, start_at) >= ?");
        params << filter.from.toUTC().toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND start_at < ?");
        params << filter.to.toUTC().toString(Qt::ISODate);
    }
    auto inList = [&](const QString &column, const QStringList &values) {
        if (values.isEmpty())
            return;
        QStringList marks;
        for (const QString &v : values) {
            marks << QStringLiteral("?");
            params << v;
        }
        sql += QStringLiteral(" AND %1 IN (%2)").arg(column, marks.join(QStringLiteral(", ")));
    };
    inList(QStringLiteral("owner"), filter.owners);
    inList(QStringLiteral("kind"), filter.kinds);
    sql += QStringLiteral(" ORDER BY start_at, rid");
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Error::failure(tr("Could not read the activities: %1").arg(q.lastError().text()));
    for (const QVariant &p : std::as_const(params))
        q.addBindValue(p);
    if (!q.exec())
        return Error::failure(tr("Could not read the activities: %1").arg(q.lastError().text()));

    icalerror_set_errors_are_fatal(0);
    ComponentPtr cal(icalcomponent_vanew(ICAL_VCALENDAR_COMPONENT, icalproperty_new_version("2.0"),
                                         icalproperty_new_prodid("-//Trato//Trato CRM//EN"),
                                         icalproperty_new_calscale("GREGORIAN"), nullptr));
    ExportResult out;
    const icaltimetype stamp = utcTime(now);
    while (q.next()) {
        const QString id = q.value(0).toString();
        const QString kind = q.value(1).toString();
        const bool todo = kind == QLatin1String("task");
        const QDateTime start = QDateTime::fromString(q.value(3).toString(), Qt::ISODate).toUTC();
        QDateTime end = q.value(4).isNull() ? QDateTime() : QDateTime::fromString(q.value(4).toString(), Qt::ISODate).toUTC();
        const bool allDay = q.value(5).toLongLong() != 0;
        const QString status = q.value(6).toString();
        const QString priority = q.value(7).toString();
        if (!start.isValid())
            continue;
        icalcomponent *c = icalcomponent_new(todo ? ICAL_VTODO_COMPONENT : ICAL_VEVENT_COMPONENT);
        const QString uid = q.value(11).toString().isEmpty() ? id : q.value(11).toString();
        icalcomponent_add_property(c, icalproperty_new_uid(utf8(uid).constData()));
        icalcomponent_add_property(c, icalproperty_new_dtstamp(stamp));
        icalcomponent_add_property(c, icalproperty_new_summary(utf8(q.value(2).toString()).constData()));
        if (allDay) {
            const QDate first = start.toLocalTime().date();
            QDate last = first;
            if (end.isValid() && end > start) {
                const QDateTime le = end.toLocalTime();
                last = le.time() == QTime(0, 0) ? le.date().addDays(-1) : le.date();
                if (last < first)
                    last = first;
            }
            if (todo) {
                icalcomponent_add_property(c, icalproperty_new_due(dateOnly(first)));
            } else {
                icalcomponent_add_property(c, icalproperty_new_dtstart(dateOnly(first)));
                icalcomponent_add_property(c, icalproperty_new_dtend(dateOnly(last.addDays(1))));
            }
        } else if (todo) {
            icalcomponent_add_property(c, icalproperty_new_due(utcTime(start)));
        } else {
            icalcomponent_add_property(c, icalproperty_new_dtstart(utcTime(start)));
            icalcomponent_add_property(c, icalproperty_new_dtend(utcTime(end.isValid() && end >= start ? end : start)));
        }
        if (!q.value(8).toString().isEmpty())
            icalcomponent_add_property(c, icalproperty_new_location(utf8(q.value(8).toString()).constData()));
        if (!q.value(9).toString().isEmpty())
            icalcomponent_add_property(c, icalproperty_new_description(utf8(q.value(9).toString()).constData()));
        if (todo) {
            icalproperty_status s = ICAL_STATUS_NEEDSACTION;
            if (status == QLatin1String("in_progress"))
                s = ICAL_STATUS_INPROCESS;
            else if (status == QLatin1String("completed"))
                s = ICAL_STATUS_COMPLETED;
            else if (status == QLatin1String("cancelled"))
                s = ICAL_STATUS_CANCELLED;
            icalcomponent_add_property(c, icalproperty_new_status(s));
            const QDateTime done = QDateTime::fromString(q.value(10).toString(), Qt::ISODate);
            if (done.isValid())
                icalcomponent_add_property(c, icalproperty_new_completed(utcTime(done)));
            ++out.todos;
        } else {
            icalcomponent_add_property(c, icalproperty_new_status(status == QLatin1String("cancelled") ? ICAL_STATUS_CANCELLED
                                                                                                     : ICAL_STATUS_CONFIRMED));
            ++out.events;
        }
        // RFC 5545 PRIORITY: 1 highest, 5 normal, 9 lowest.
        icalcomponent_add_property(c, icalproperty_new_priority(priority == QLatin1String("high") ? 1
                                                                : priority == QLatin1String("low") ? 9 : 5));
        icalcomponent_add_property(c, xProperty("X-TRATO-KIND", kind));
        icalcomponent_add_property(c, xProperty("X-TRATO-STATUS", status));
        icalcomponent_add_component(cal.get(), c);
    }
    char *s = icalcomponent_as_ical_string_r(cal.get()); // folds lines at 75 octets, CRLF
    out.text = QByteArray(s);
    icalmemory_free_buffer(s);
    return out;
}

Result<ICalendar::ExportResult> ICalendar::exportToFile(Database &db, const QString &path, const ExportFilter &filter,
                                                        const QDateTime &now)
{
    auto r = exportActivities(db, filter, now);
    if (!r)
        return r;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(r->text) != r->text.size() || !f.commit())
        return Error::failure(tr("Could not write %1: %2").arg(path, f.errorString()));
    return r;
}

// ===== import ===================================================================================

Result<ICalendar::ImportReport> ICalendar::importFile(Database &db, const QString &path, ImportOptions options)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::badInput(tr("Could not read %1: %2").arg(path, f.errorString()));
    if (options.fileName.isEmpty())
        options.fileName = path;
    return importData(db, f.readAll(), options);
}

Result<ICalendar::ImportReport> ICalendar::importData(Database &db, const QByteArray &data, const ImportOptions &options)
{
    const QString file = options.fileName.isEmpty() ? QStringLiteral("ics") : options.fileName;
    auto scan = IcsScan::scan(data, file, options.skipUnknown);
    if (!scan)
        return scan.error();
    icalerror_set_errors_are_fatal(0);
    ComponentPtr root(icalparser_parse_string(data.constData()));
    if (!root)
        return Error::badInput(tr("%1: libical could not read the file").arg(file));

    // The calendars in the file (one, or several under an XROOT).
    QList<icalcomponent *> calendars;
    if (icalcomponent_isa(root.get()) == ICAL_VCALENDAR_COMPONENT) {
        calendars << root.get();
    } else {
        for (icalcomponent *c = icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT); c;
             c = icalcomponent_get_next_component(root.get(), ICAL_VCALENDAR_COMPONENT))
            calendars << c;
    }

    ImportReport report;
    report.notes = scan->notes;
    QList<Item> items;
    QList<Item> overrides; // RECURRENCE-ID items: applied after the series they change
    int index = 0;
    for (icalcomponent *cal : std::as_const(calendars)) {
        for (icalcomponent *c = icalcomponent_get_first_component(cal, ICAL_ANY_COMPONENT); c;
             c = icalcomponent_get_next_component(cal, ICAL_ANY_COMPONENT)) {
            const icalcomponent_kind kind = icalcomponent_isa(c);
            if (kind != ICAL_VEVENT_COMPONENT && kind != ICAL_VTODO_COMPONENT)
                continue;
            const bool todo = kind == ICAL_VTODO_COMPONENT;
            const int line = scan->itemLines.value(index++, 0);
            const QString where = QStringLiteral("%1:%2: ").arg(file).arg(line);
            todo ? ++report.todos : ++report.events;
            if (icalproperty *err = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY))
                return Error::badInput(where + tr("%1 refused: %2").arg(todo ? QStringLiteral("VTODO") : QStringLiteral("VEVENT"),
                                                                        text(icalproperty_get_xlicerror(err))));
            Item item;
            item.uid = text(icalcomponent_get_uid(c)).trimmed();
            if (item.uid.isEmpty())
                return Error::badInput(where + tr("the %1 has no UID").arg(todo ? QStringLiteral("VTODO") : QStringLiteral("VEVENT")));
            QString summary = text(icalcomponent_get_summary(c)).trimmed();
            if (summary.isEmpty())
                summary = tr("(no title)");

            icalproperty *startProp = icalcomponent_get_first_property(c, todo ? ICAL_DUE_PROPERTY : ICAL_DTSTART_PROPERTY);
            if (!startProp && todo)
                startProp = icalcomponent_get_first_property(c, ICAL_DTSTART_PROPERTY);
            if (!startProp) {
                if (todo) {
                    report.notes << where + tr("skipped the task \"%1\": it has no due date").arg(summary);
                    continue;
                }
                return Error::badInput(where + tr("the VEVENT \"%1\" has no DTSTART").arg(summary));
            }
            auto start = momentOf(startProp, cal, where);
            if (!start)
                return start.error();
            QDateTime end = start->utc;
            if (!todo) {
                if (icalproperty *e = icalcomponent_get_first_property(c, ICAL_DTEND_PROPERTY)) {
                    auto m = momentOf(e, cal, where);
                    if (!m)
                        return m.error();
                    end = m->utc;
                } else if (icalproperty *d = icalcomponent_get_first_property(c, ICAL_DURATION_PROPERTY)) {
                    end = start->utc.addSecs(icaldurationtype_as_int(icalproperty_get_duration(d)));
                } else if (start->isDate) {
                    end = QDateTime(start->date.addDays(1), QTime(0, 0)).toUTC();
                }
                if (end < start->utc)
                    return Error::badInput(where + tr("the VEVENT \"%1\" ends before it starts").arg(summary));
            } else if (start->isDate) {
                end = QDateTime(start->date.addDays(1), QTime(0, 0)).toUTC();
            }
            item.start = start->utc;
            item.end = end;
            item.allDay = start->isDate;

            QString k = xValue(c, "X-TRATO-KIND").toLower();
            if (!kinds().contains(k) || (todo != (k == QLatin1String("task"))))
                k = todo ? QStringLiteral("task") : QStringLiteral("meeting");
            QString status = QStringLiteral("planned");
            switch (icalcomponent_get_status(c)) {
            case ICAL_STATUS_CANCELLED: status = QStringLiteral("cancelled"); break;
            case ICAL_STATUS_COMPLETED: status = QStringLiteral("completed"); break;
            case ICAL_STATUS_INPROCESS: status = QStringLiteral("in_progress"); break;
            default: break;
            }
            const QString xs = xValue(c, "X-TRATO-STATUS").toLower();
            if (statuses().contains(xs))
                status = xs;
            QString priority = QStringLiteral("normal");
            if (icalproperty *p = icalcomponent_get_first_property(c, ICAL_PRIORITY_PROPERTY)) {
                const int v = icalproperty_get_priority(p);
                priority = v >= 1 && v <= 4 ? QStringLiteral("high") : v >= 6 ? QStringLiteral("low") : QStringLiteral("normal");
            }
            QVariantMap &values = item.values;
            values.insert(QStringLiteral("kind"), k);
            values.insert(QStringLiteral("subject"), summary);
            values.insert(QStringLiteral("status"), status);
            values.insert(QStringLiteral("priority"), priority);
            values.insert(QStringLiteral("all_day"), item.allDay);
            values.insert(QStringLiteral("location"), text(icalcomponent_get_location(c)).trimmed());
            values.insert(QStringLiteral("description"), text(icalcomponent_get_description(c)).trimmed());
            if (status == QLatin1String("completed")) {
                QDateTime done = item.end;
                if (icalproperty *p = icalcomponent_get_first_property(c, ICAL_COMPLETED_PROPERTY)) {
                    auto m = momentOf(p, cal, where);
                    if (!m)
                        return m.error();
                    done = m->utc;
                }
                values.insert(QStringLiteral("completed_at"), done);
            }

            // An override of one occurrence of a series.
            if (icalproperty *rid = icalcomponent_get_first_property(c, ICAL_RECURRENCEID_PROPERTY)) {
                auto m = momentOf(rid, cal, where);
                if (!m)
                    return m.error();
                item.uid += QLatin1Char('/') + isoKey(m->utc);
                overrides << item;
                continue;
            }

            icalproperty *rrule = icalcomponent_get_first_property(c, ICAL_RRULE_PROPERTY);
            if (!rrule) {
                items << item;
                continue;
            }
            // RRULE: one activity per occurrence, the first keeps the UID, the others UID/start.
            QSet<qint64> excluded;
            for (icalproperty *x = icalcomponent_get_first_property(c, ICAL_EXDATE_PROPERTY); x;
                 x = icalcomponent_get_next_property(c, ICAL_EXDATE_PROPERTY)) {
                auto m = momentOf(x, cal, where);
                if (!m)
                    return m.error();
                excluded.insert(m->utc.toSecsSinceEpoch());
            }
            const struct icalrecurrencetype recur = icalproperty_get_rrule(rrule);
            icaltimetype first = start->raw;
            if (start->zone && !start->isDate)
                first = icaltime_set_timezone(&first, start->zone);
            icalrecur_iterator *it = icalrecur_iterator_new(recur, first);
            if (!it)
                return Error::badInput(where + tr("the RRULE of \"%1\" cannot be expanded").arg(summary));
            const qint64 duration = item.start.secsTo(item.end);
            int made = 0;
            bool capped = false;
            for (icaltimetype t = icalrecur_iterator_next(it); !icaltime_is_null_time(t); t = icalrecur_iterator_next(it)) {
                if (made >= options.maxOccurrences) {
                    capped = true;
                    break;
                }
                const QDateTime at = occurrenceUtc(t, *start);
                if (excluded.contains(at.toSecsSinceEpoch()))
                    continue;
                Item occurrence = item;
                occurrence.start = at;
                occurrence.end = at.addSecs(duration);
                if (made > 0)
                    occurrence.uid = item.uid + QLatin1Char('/') + isoKey(at);
                occurrence.values.insert(QStringLiteral("repeat_series_uid"), item.uid); // marker, removed below
                items << occurrence;
                ++made;
            }
            icalrecur_iterator_free(it);
            report.occurrences += qMax(0, made - 1);
            if (capped)
                report.notes << where + tr("\"%1\" repeats more than %2 times: only the first %2 were imported")
                                            .arg(summary).arg(options.maxOccurrences);
        }
    }
    // The first occurrence of a series is also addressed as UID/start by overrides.
    QHash<QString, QString> firstOccurrenceKey;
    for (const Item &i : std::as_const(items))
        if (i.values.contains(QStringLiteral("repeat_series_uid")) && i.uid == i.values.value(QStringLiteral("repeat_series_uid")).toString())
            firstOccurrenceKey.insert(i.uid + QLatin1Char('/') + isoKey(i.start), i.uid);
    for (Item o : std::as_const(overrides)) {
        o.uid = firstOccurrenceKey.value(o.uid, o.uid);
        items << o;
    }

    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    RecordStore store(db);
    QSqlQuery find(tx.connection());
    find.prepare(QStringLiteral("SELECT id FROM activity WHERE deleted = 0 AND (ical_uid = ? OR (ical_uid IS NULL AND id = ?)) LIMIT 1"));
    QHash<QString, QString> seriesFirst; // series UID -> id of its first occurrence
    for (int n = 0; n < items.size(); ++n) {
        Item &item = items[n];
        if (options.progress && n % 50 == 0 && !options.progress(n, int(items.size())))
            return Error::badInput(tr("Import cancelled: nothing was imported."));
        const QString seriesUid = item.values.take(QStringLiteral("repeat_series_uid")).toString();
        item.values.insert(QStringLiteral("start_at"), item.start);
        item.values.insert(QStringLiteral("end_at"), item.end);
        item.values.insert(QStringLiteral("ical_uid"), item.uid);
        if (!seriesUid.isEmpty() && seriesFirst.contains(seriesUid))
            item.values.insert(QStringLiteral("series"), seriesFirst.value(seriesUid));
        find.addBindValue(item.uid);
        find.addBindValue(item.uid);
        if (!find.exec())
            return Error::failure(tr("Could not look up %1: %2").arg(item.uid, find.lastError().text()));
        QString id;
        if (find.next()) {
            id = find.value(0).toString();
            find.finish();
            // An item Trato exported keeps its id as UID: do not give it an ical_uid it never had.
            if (id == item.uid)
                item.values.remove(QStringLiteral("ical_uid"));
            Status s = store.update(QStringLiteral("activity"), id, item.values, RecordStore::Access::System);
            if (!s)
                return Error{s.error().kind, tr("%1: \"%2\" (UID %3): %4").arg(file, item.values.value(QStringLiteral("subject")).toString(), item.uid, s.error().message)};
            ++report.updated;
        } else {
            find.finish();
            auto created = store.create(QStringLiteral("activity"), item.values, RecordStore::Access::System);
            if (!created)
                return Error{created.error().kind, tr("%1: \"%2\" (UID %3): %4").arg(file, item.values.value(QStringLiteral("subject")).toString(), item.uid, created.error().message)};
            id = created.value();
            ++report.created;
        }
        if (!seriesUid.isEmpty() && !seriesFirst.contains(seriesUid))
            seriesFirst.insert(seriesUid, id);
    }
    if (options.progress)
        options.progress(int(items.size()), int(items.size()));
    if (options.dryRun) {
        tx.rollback();
        return report;
    }
    Status c = tx.commit();
    if (!c)
        return c.error();
    return report;
}

} // namespace trato
