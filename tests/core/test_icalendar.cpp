// SPDX-License-Identifier: GPL-3.0-or-later
// iCalendar export and import: Google- and Outlook-style files with VTIMEZONE blocks, TZID times
// across the DST change, all-day events, RRULE expansion with a cap and EXDATE, re-import by UID,
// round trips, and bad files that are refused with their line and leave the database unchanged.
#include "testsupport.h"

#include "activities/icalendar.h"
#include "store/recordstore.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace trato;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(S(iso), Qt::ISODate).toUTC();
}

QByteArray crlf(const char *text)
{
    QByteArray b(text);
    b.replace("\n", "\r\n");
    return b;
}

qint64 activityCount(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(S("SELECT count(*) FROM activity"));
    q.next();
    return q.value(0).toLongLong();
}

Record byUid(Database &db, const QString &uid)
{
    QSqlQuery q(db.connection());
    q.prepare(S("SELECT id FROM activity WHERE ical_uid = ? AND deleted = 0"));
    q.addBindValue(uid);
    q.exec();
    if (!q.next())
        return {};
    return RecordStore(db).get(S("activity"), q.value(0).toString()).value();
}

QDateTime startOf(const Record &r)
{
    return QDateTime::fromString(r.value(S("start_at")).toString(), Qt::ISODate).toUTC();
}
QDateTime endOf(const Record &r)
{
    return QDateTime::fromString(r.value(S("end_at")).toString(), Qt::ISODate).toUTC();
}

const char *kMadridVTimezone = R"(BEGIN:VTIMEZONE
TZID:Europe/Madrid
X-LIC-LOCATION:Europe/Madrid
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
)";

// As Google Calendar exports it.
QByteArray googleFile()
{
    QByteArray b("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
                 "METHOD:PUBLISH\nX-WR-CALNAME:Ventas\nX-WR-TIMEZONE:Europe/Madrid\n");
    b += kMadridVTimezone;
    b += R"(BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260327T100000
DTEND;TZID=Europe/Madrid:20260327T110000
DTSTAMP:20260301T120000Z
UID:before-dst@google.com
SUMMARY:Reunión antes del cambio de hora
LOCATION:Calle Mayor 1\, Madrid
DESCRIPTION:Primera línea\nSegunda línea con un texto largo que obliga a plegar la l
 ínea a 75 octetos según la RFC 5545
STATUS:CONFIRMED
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260330T100000
DTEND;TZID=Europe/Madrid:20260330T113000
DTSTAMP:20260301T120000Z
UID:after-dst@google.com
SUMMARY:Reunión después del cambio de hora
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Aviso
TRIGGER:-PT10M
END:VALARM
END:VEVENT
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260406
DTEND;VALUE=DATE:20260408
DTSTAMP:20260301T120000Z
UID:allday@google.com
SUMMARY:Feria
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260323T090000
DTEND;TZID=Europe/Madrid:20260323T093000
RRULE:FREQ=WEEKLY;COUNT=4
EXDATE;TZID=Europe/Madrid:20260406T090000
DTSTAMP:20260301T120000Z
UID:weekly@google.com
SUMMARY:Revisión semanal
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260331T120000
DTEND;TZID=Europe/Madrid:20260331T123000
RECURRENCE-ID;TZID=Europe/Madrid:20260330T090000
DTSTAMP:20260301T120000Z
UID:weekly@google.com
SUMMARY:Revisión semanal (movida)
END:VEVENT
BEGIN:VTODO
DTSTAMP:20260301T120000Z
UID:todo-1@google.com
SUMMARY:Enviar presupuesto
DUE;TZID=Europe/Madrid:20261026T100000
PRIORITY:1
STATUS:NEEDS-ACTION
END:VTODO
END:VCALENDAR
)";
    b.replace("\n", "\r\n");
    return b;
}

// As Outlook exports it: Windows zone names defined by the file's own VTIMEZONE.
QByteArray outlookFile()
{
    return crlf(R"(BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261001T080000Z
DTEND;TZID="Romance Standard Time":20261024T100000
DTSTAMP:20261001T080000Z
DTSTART;TZID="Romance Standard Time":20261024T090000
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es:Visita Acme (sábado)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
DTEND;TZID="Romance Standard Time":20261026T100000
DTSTAMP:20261001T080000Z
DTSTART;TZID="Romance Standard Time":20261026T090000
SUMMARY:Visita Acme (lunes)
UID:040000008200E00074C5B7101A82E00800000001
END:VEVENT
END:VCALENDAR
)");
}
} // namespace

TEST_CASE("import a Google export: TZID across DST, all-day, RRULE with EXDATE and an override, VTODO", "[icalendar]")
{
    test::TempDb t;
    Database &db = t.db();
    ICalendar::ImportOptions options;
    options.fileName = S("google.ics");
    auto r = ICalendar::importData(db, googleFile(), options);
    REQUIRE(r.ok());
    CHECK(r->events == 5);
    CHECK(r->todos == 1);
    // 3 single items + 3 weekly occurrences (4 minus the EXDATE) + the override updates one.
    CHECK(r->created == 7);
    CHECK(r->updated == 1);
    CHECK(activityCount(db) == 7);

    // 27 March is CET (UTC+1), 30 March CEST (UTC+2).
    const Record before = byUid(db, S("before-dst@google.com"));
    CHECK(startOf(before) == utc("2026-03-27T09:00:00Z"));
    CHECK(endOf(before) == utc("2026-03-27T10:00:00Z"));
    CHECK(before.value(S("location")).toString() == S("Calle Mayor 1, Madrid"));
    CHECK(before.value(S("description")).toString().contains(S("plegar la línea a 75 octetos")));
    CHECK(before.value(S("kind")).toString() == S("meeting"));
    const Record after = byUid(db, S("after-dst@google.com"));
    CHECK(startOf(after) == utc("2026-03-30T08:00:00Z"));
    CHECK(endOf(after) == utc("2026-03-30T09:30:00Z"));

    const Record allDay = byUid(db, S("allday@google.com"));
    CHECK(allDay.value(S("all_day")).toInt() == 1);
    CHECK(startOf(allDay) == QDateTime(QDate(2026, 4, 6), QTime(0, 0)).toUTC());
    CHECK(endOf(allDay) == QDateTime(QDate(2026, 4, 7), QTime(23, 59, 59)).toUTC()); // the last whole day, as the activity rules store it

    // Weekly at 09:00 Madrid: 23 March (CET), 30 March (CEST, moved by the override), 6 April
    // excluded, 13 April (CEST).
    const Record first = byUid(db, S("weekly@google.com"));
    CHECK(startOf(first) == utc("2026-03-23T08:00:00Z"));
    const Record moved = byUid(db, S("weekly@google.com/20260330T070000Z"));
    REQUIRE_FALSE(moved.isEmpty());
    CHECK(moved.value(S("subject")).toString() == S("Revisión semanal (movida)"));
    CHECK(startOf(moved) == utc("2026-03-31T10:00:00Z"));
    CHECK(moved.value(S("series")).toString() == first.value(S("id")).toString());
    CHECK(byUid(db, S("weekly@google.com/20260406T070000Z")).isEmpty());
    const Record last = byUid(db, S("weekly@google.com/20260413T070000Z"));
    CHECK(startOf(last) == utc("2026-04-13T07:00:00Z"));

    // 26 October is after the change back to CET.
    const Record todo = byUid(db, S("todo-1@google.com"));
    CHECK(todo.value(S("kind")).toString() == S("task"));
    CHECK(startOf(todo) == utc("2026-10-26T09:00:00Z"));
    CHECK(todo.value(S("priority")).toString() == S("high"));
    CHECK(todo.value(S("status")).toString() == S("planned"));

    SECTION("importing again updates by UID instead of duplicating")
    {
        auto again = ICalendar::importData(db, googleFile(), options);
        REQUIRE(again.ok());
        CHECK(again->created == 0);
        CHECK(again->updated == 8);
        CHECK(activityCount(db) == 7);
    }
    SECTION("a dry run counts and writes nothing")
    {
        test::TempDb fresh;
        ICalendar::ImportOptions dry = options;
        dry.dryRun = true;
        auto d = ICalendar::importData(fresh.db(), googleFile(), dry);
        REQUIRE(d.ok());
        CHECK(d->created == 7);
        CHECK(activityCount(fresh.db()) == 0);
    }
}

TEST_CASE("import an Outlook export whose zones are defined by its own VTIMEZONE", "[icalendar]")
{
    test::TempDb t;
    Database &db = t.db();
    auto r = ICalendar::importData(db, outlookFile(), {});
    REQUIRE(r.ok());
    CHECK(r->created == 2);
    // Saturday 24 October 2026 is still CEST; Monday 26 October is CET.
    CHECK(startOf(byUid(db, S("040000008200E00074C5B7101A82E00800000000"))) == utc("2026-10-24T07:00:00Z"));
    CHECK(startOf(byUid(db, S("040000008200E00074C5B7101A82E00800000001"))) == utc("2026-10-26T08:00:00Z"));
    CHECK(byUid(db, S("040000008200E00074C5B7101A82E00800000000")).value(S("subject")).toString() == S("Visita Acme (sábado)"));
}

TEST_CASE("an unbounded RRULE is capped and the cap is reported", "[icalendar]")
{
    test::TempDb t;
    ICalendar::ImportOptions options;
    options.maxOccurrences = 10;
    options.fileName = S("daily.ics");
    auto r = ICalendar::importData(t.db(), crlf(R"(BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:daily-1
DTSTART:20260101T080000Z
DTEND:20260101T081500Z
RRULE:FREQ=DAILY
SUMMARY:Stand-up
END:VEVENT
END:VCALENDAR
)"), options);
    REQUIRE(r.ok());
    CHECK(r->created == 10);
    CHECK(r->occurrences == 9);
    REQUIRE(r->notes.size() == 1);
    CHECK(r->notes.first().contains(S("daily.ics:3:")));
    CHECK(r->notes.first().contains(S("10")));
    CHECK(activityCount(t.db()) == 10);
}

TEST_CASE("bad iCalendar files are refused with file and line, and nothing is written", "[icalendar]")
{
    test::TempDb t;
    Database &db = t.db();
    REQUIRE(RecordStore(db).create(S("activity"), {{S("subject"), S("Existing")}, {S("kind"), S("call")},
                                                    {S("start_at"), utc("2026-01-01T10:00:00Z")}}).ok());
    const QString before = test::sqlite3(t.path(), S(".dump")).out;
    ICalendar::ImportOptions options;
    options.fileName = S("bad.ics");
    auto refuse = [&](const char *file, const char *expected) {
        auto r = ICalendar::importData(db, crlf(file), options);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == Error::BadInput);
        INFO(r.error().message.toStdString());
        CHECK(r.error().message.contains(S(expected)));
        CHECK(activityCount(db) == 1);
    };
    // A good event first in each file: it must not survive the refusal.
    SECTION("missing END")
    {
        refuse("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART:20260101T100000Z\nSUMMARY:A\nEND:VEVENT\n"
               "BEGIN:VEVENT\nUID:b\nDTSTART:20260101T100000Z\nSUMMARY:B\nEND:VCALENDAR\n",
               "bad.ics:11: END:VCALENDAR where END:VEVENT was expected (BEGIN:VEVENT at line 7)");
        refuse("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART:20260101T100000Z\nSUMMARY:A\nEND:VEVENT\n",
               "missing END:VCALENDAR for BEGIN:VCALENDAR at line 1");
    }
    SECTION("broken line")
    {
        refuse("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART:20260101T100000Z\nSUMMARY:A\nEND:VEVENT\n"
               "BEGIN:VEVENT\nUID:b\nthis line has no colon\nEND:VEVENT\nEND:VCALENDAR\n",
               "bad.ics:9: broken line");
    }
    SECTION("unknown component, unless asked to skip it")
    {
        const char *file = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART:20260101T100000Z\nSUMMARY:A\nEND:VEVENT\n"
                           "BEGIN:VJOURNAL\nUID:j\nSUMMARY:Diary\nEND:VJOURNAL\nEND:VCALENDAR\n";
        refuse(file, "bad.ics:7: unknown component VJOURNAL");
        ICalendar::ImportOptions skip = options;
        skip.skipUnknown = true;
        auto r = ICalendar::importData(db, crlf(file), skip);
        REQUIRE(r.ok());
        CHECK(r->created == 1);
        REQUIRE(r->notes.size() == 1);
        CHECK(r->notes.first().contains(S("bad.ics:7: skipped the unknown component VJOURNAL")));
        return; // this section writes on purpose
    }
    SECTION("not a calendar, bad date, unknown zone, end before start")
    {
        refuse("Subject,Start\nLunch,2026-01-01\n", "bad.ics:1: this is not an iCalendar file");
        refuse("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART:20260101T100000Z\nSUMMARY:A\nEND:VEVENT\n"
               "BEGIN:VEVENT\nUID:b\nDTSTART:2026-13-45\nSUMMARY:B\nEND:VEVENT\nEND:VCALENDAR\n",
               "bad.ics:7:");
        refuse("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:b\nDTSTART;TZID=Mars/Olympus:20260101T100000\nSUMMARY:B\nEND:VEVENT\nEND:VCALENDAR\n",
               "bad.ics:2: unknown time zone \"Mars/Olympus\"");
        refuse("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:b\nDTSTART:20260101T100000Z\nDTEND:20260101T090000Z\nSUMMARY:Backwards\nEND:VEVENT\nEND:VCALENDAR\n",
               "bad.ics:2: the VEVENT \"Backwards\" ends before it starts");
        refuse("", "bad.ics: the file is empty");
    }
    t.close();
    CHECK(test::sqlite3(t.path(), S(".dump")).out == before);
}

TEST_CASE("export writes RFC 5545 (VEVENT, VTODO, folding, all-day) and round-trips", "[icalendar]")
{
    test::TempDb t;
    Database &db = t.db();
    RecordStore store(db);
    const QString longText = S("Hablar del presupuesto de la feria de otoño, las tarifas del catálogo y la visita a la fábrica de Zaragoza");
    auto meeting = store.create(S("activity"), {{S("subject"), S("Reunión con Acme")}, {S("kind"), S("meeting")},
                                                 {S("start_at"), utc("2026-06-10T08:00:00Z")}, {S("end_at"), utc("2026-06-10T09:30:00Z")},
                                                 {S("location"), S("Zaragoza")}, {S("description"), longText},
                                                 {S("priority"), S("high")}, {S("owner"), S("maria")}});
    REQUIRE(meeting.ok());
    auto task = store.create(S("activity"), {{S("subject"), S("Enviar oferta")}, {S("kind"), S("task")},
                                              {S("start_at"), utc("2026-06-11T15:00:00Z")}, {S("priority"), S("low")},
                                              {S("owner"), S("pedro")}});
    REQUIRE(task.ok());
    REQUIRE(store.update(S("activity"), task.value(), {{S("status"), S("completed")}, {S("completed_at"), utc("2026-06-11T14:00:00Z")}},
                         RecordStore::Access::System).ok());
    auto allDay = store.create(S("activity"), {{S("subject"), S("Feria")}, {S("kind"), S("visit")}, {S("all_day"), true},
                                                {S("start_at"), QDateTime(QDate(2026, 6, 15), QTime(0, 0)).toUTC()},
                                                {S("end_at"), QDateTime(QDate(2026, 6, 17), QTime(0, 0)).toUTC()}, {S("owner"), S("maria")}});
    REQUIRE(allDay.ok());
    auto outside = store.create(S("activity"), {{S("subject"), S("Julio")}, {S("kind"), S("call")},
                                                 {S("start_at"), utc("2026-07-10T08:00:00Z")}});
    REQUIRE(outside.ok());

    ICalendar::ExportFilter filter;
    filter.from = utc("2026-06-01T00:00:00Z");
    filter.to = utc("2026-07-01T00:00:00Z");
    auto out = ICalendar::exportActivities(db, filter, utc("2026-06-01T12:00:00Z"));
    REQUIRE(out.ok());
    CHECK(out->events == 2);
    CHECK(out->todos == 1);
    const QByteArray &ics = out->text;
    const QString text = QString::fromUtf8(ics);
    CHECK(text.startsWith(S("BEGIN:VCALENDAR\r\n")));
    CHECK(text.contains(S("\r\nBEGIN:VEVENT\r\n")));
    CHECK(text.contains(S("\r\nBEGIN:VTODO\r\n")));
    CHECK(text.contains(S("UID:") + meeting.value()));
    CHECK(text.contains(S("DTSTART:20260610T080000Z")));
    CHECK(text.contains(S("DTEND:20260610T093000Z")));
    CHECK(text.contains(S("DUE:20260611T150000Z")));
    CHECK(text.contains(S("STATUS:COMPLETED")));
    CHECK(text.contains(S("COMPLETED:20260611T140000Z")));
    CHECK(text.contains(S("PRIORITY:1")));
    CHECK(text.contains(S("PRIORITY:9")));
    CHECK(text.contains(S("DTSTART;VALUE=DATE:20260615")));
    CHECK(text.contains(S("DTEND;VALUE=DATE:20260617")));
    CHECK(text.contains(S("DTSTAMP:20260601T120000Z")));
    CHECK_FALSE(text.contains(S("Julio")));
    // Every physical line is at most 75 octets; the long description was folded.
    for (const QByteArray &line : ics.split('\n'))
        CHECK(line.size() <= 76); // 75 + the '\r'
    CHECK(text.contains(S("\r\n ")));

    SECTION("by owner and kind")
    {
        ICalendar::ExportFilter f = filter;
        f.owners = {S("pedro")};
        CHECK(ICalendar::exportActivities(db, f, QDateTime::currentDateTimeUtc())->todos == 1);
        CHECK(ICalendar::exportActivities(db, f, QDateTime::currentDateTimeUtc())->events == 0);
        f.owners.clear();
        f.kinds = {S("visit")};
        CHECK(ICalendar::exportActivities(db, f, QDateTime::currentDateTimeUtc())->events == 1);
    }
    SECTION("into another database: the same activities")
    {
        test::TempDb other;
        auto r = ICalendar::importData(other.db(), ics, {});
        REQUIRE(r.ok());
        CHECK(r->created == 3);
        const Record m = byUid(other.db(), meeting.value());
        CHECK(m.value(S("subject")).toString() == S("Reunión con Acme"));
        CHECK(m.value(S("description")).toString() == longText);
        CHECK(m.value(S("priority")).toString() == S("high"));
        CHECK(startOf(m) == utc("2026-06-10T08:00:00Z"));
        CHECK(endOf(m) == utc("2026-06-10T09:30:00Z"));
        const Record k = byUid(other.db(), task.value());
        CHECK(k.value(S("kind")).toString() == S("task"));
        CHECK(k.value(S("status")).toString() == S("completed"));
        CHECK(QDateTime::fromString(k.value(S("completed_at")).toString(), Qt::ISODate) == utc("2026-06-11T14:00:00Z"));
        const Record a = byUid(other.db(), allDay.value());
        CHECK(a.value(S("kind")).toString() == S("visit"));
        CHECK(a.value(S("all_day")).toInt() == 1);
        CHECK(startOf(a) == QDateTime(QDate(2026, 6, 15), QTime(0, 0)).toUTC());
        CHECK(endOf(a) == QDateTime(QDate(2026, 6, 16), QTime(23, 59, 59)).toUTC());
    }
    SECTION("back into the same database: updated, not duplicated")
    {
        REQUIRE(store.update(S("activity"), meeting.value(), {{S("subject"), S("Changed here")}}).ok());
        auto r = ICalendar::importData(db, ics, {});
        REQUIRE(r.ok());
        CHECK(r->created == 0);
        CHECK(r->updated == 3);
        CHECK(activityCount(db) == 4);
        const Record m = store.get(S("activity"), meeting.value()).value();
        CHECK(m.value(S("subject")).toString() == S("Reunión con Acme"));
        CHECK(m.value(S("ical_uid")).isNull());
    }
}
