// SPDX-License-Identifier: GPL-3.0-or-later
// The calendar's read side (activities overlapping a range, filters, regarding names, view
// ranges) and user profiles (stored and derived colors, validation, atomic refusal).
#include "testsupport.h"

#include "activities/calendarquery.h"
#include "activities/userprofiles.h"
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

QString activity(Database &db, const char *subject, const char *kind, const char *start, const char *end,
                 const QVariantMap &more = {})
{
    QVariantMap v = more;
    v.insert(S("subject"), S(subject));
    v.insert(S("kind"), S(kind));
    v.insert(S("start_at"), utc(start));
    if (end)
        v.insert(S("end_at"), utc(end));
    auto id = RecordStore(db).create(S("activity"), v);
    REQUIRE(id.ok());
    return id.value();
}

QStringList subjects(const QList<CalendarItem> &items)
{
    QStringList out;
    for (const auto &i : items)
        out << i.subject;
    return out;
}

CalendarFilter range(const char *from, const char *to)
{
    CalendarFilter f;
    f.from = utc(from);
    f.to = utc(to);
    return f;
}
} // namespace

TEST_CASE("calendar query finds what overlaps the range, in start order", "[calendar]")
{
    test::TempDb t;
    Database &db = t.db();
    activity(db, "Before", "meeting", "2026-03-09T09:00:00Z", "2026-03-09T10:00:00Z");
    activity(db, "Overnight", "meeting", "2026-03-09T22:00:00Z", "2026-03-10T02:00:00Z");
    activity(db, "Call", "call", "2026-03-10T09:00:00Z", "2026-03-10T09:15:00Z");
    activity(db, "Due task", "task", "2026-03-10T17:00:00Z", nullptr);
    activity(db, "Ends at start", "meeting", "2026-03-09T23:00:00Z", "2026-03-10T00:00:00Z");
    activity(db, "Trip", "visit", "2026-03-01T08:00:00Z", "2026-03-20T18:00:00Z");
    activity(db, "Next day", "meeting", "2026-03-11T00:00:00Z", "2026-03-11T01:00:00Z");
    const QString gone = activity(db, "Deleted", "call", "2026-03-10T11:00:00Z", "2026-03-10T11:30:00Z");
    REQUIRE(RecordStore(db).remove(S("activity"), gone).ok());

    auto items = CalendarQuery(db).items(range("2026-03-10T00:00:00Z", "2026-03-11T00:00:00Z"));
    REQUIRE(items.ok());
    CHECK(subjects(items.value()) == QStringList{S("Trip"), S("Overnight"), S("Call"), S("Due task")});
    const CalendarItem &task = items.value().at(3);
    CHECK(task.kind == S("task"));
    CHECK(task.end == task.start);
    CHECK(task.isOverdue(utc("2026-03-10T18:00:00Z")));
    CHECK_FALSE(task.isOverdue(utc("2026-03-10T16:00:00Z")));

    SECTION("an event longer than the look-back is not found from a range after its start window")
    {
        CalendarFilter f = range("2026-03-15T00:00:00Z", "2026-03-16T00:00:00Z");
        f.maxSpanDays = 3;
        CHECK(subjects(CalendarQuery(db).items(f).value()).isEmpty());
        f.maxSpanDays = 92;
        CHECK(subjects(CalendarQuery(db).items(f).value()) == QStringList{S("Trip")});
    }
}

TEST_CASE("calendar query filters by owner, kind and status and names the regarding record", "[calendar]")
{
    test::TempDb t;
    Database &db = t.db();
    RecordStore store(db);
    auto contact = store.create(S("contact"), {{S("first_name"), S("Ana")}, {S("last_name"), S("Ruiz")}});
    REQUIRE(contact.ok());
    auto account = store.create(S("account"), {{S("name"), S("Acme SL")}});
    REQUIRE(account.ok());
    activity(db, "Ana call", "call", "2026-05-04T09:00:00Z", "2026-05-04T09:30:00Z",
             {{S("contact"), contact.value()}, {S("account"), account.value()}, {S("owner"), S("maria")}});
    activity(db, "Acme visit", "visit", "2026-05-05T09:00:00Z", "2026-05-05T12:00:00Z",
             {{S("account"), account.value()}, {S("owner"), S("pedro")}});
    activity(db, "Done task", "task", "2026-05-06T09:00:00Z", nullptr, {{S("status"), S("completed")}, {S("owner"), S("maria")}});

    CalendarFilter f = range("2026-05-04T00:00:00Z", "2026-05-11T00:00:00Z");
    auto all = CalendarQuery(db).items(f);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 3);
    CHECK(all->at(0).regarding == S("Ana Ruiz"));
    CHECK(all->at(0).regardingEntity == S("contact"));
    CHECK(all->at(0).regardingId == contact.value());
    CHECK(all->at(1).regarding == S("Acme SL"));
    CHECK(all->at(1).regardingEntity == S("account"));
    CHECK(all->at(2).regarding.isEmpty());

    f.owners = {S("maria")};
    CHECK(subjects(CalendarQuery(db).items(f).value()) == QStringList{S("Ana call"), S("Done task")});
    f.kinds = {S("task")};
    CHECK(subjects(CalendarQuery(db).items(f).value()) == QStringList{S("Done task")});
    f.kinds.clear();
    f.statuses = {S("planned")};
    CHECK(subjects(CalendarQuery(db).items(f).value()) == QStringList{S("Ana call")});
    // Text that looks like SQL is just a value.
    f.owners = {S("maria' OR 1=1 --")};
    CHECK(CalendarQuery(db).items(f).value().isEmpty());
}

TEST_CASE("calendar query refuses a range that ends before it starts", "[calendar]")
{
    test::TempDb t;
    auto r = CalendarQuery(t.db()).items(range("2026-05-04T00:00:00Z", "2026-05-01T00:00:00Z"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == Error::BadInput);
    CHECK(r.error().message.contains(S("ends before it starts")));
}

TEST_CASE("all-day items cover their days, view ranges are whole days and weeks", "[calendar]")
{
    CalendarItem item;
    item.allDay = true;
    item.start = QDateTime(QDate(2026, 7, 1), QTime(0, 0)).toUTC();
    item.end = QDateTime(QDate(2026, 7, 4), QTime(0, 0)).toUTC(); // exclusive, as iCalendar
    CHECK(item.firstDay() == QDate(2026, 7, 1));
    CHECK(item.lastDay() == QDate(2026, 7, 3));
    item.end = item.start;
    CHECK(item.lastDay() == QDate(2026, 7, 1));

    using Span = CalendarQuery::Span;
    // 2026-11-18 is a Wednesday.
    CHECK(CalendarQuery::firstDayOf(Span::Week, QDate(2026, 11, 18)) == QDate(2026, 11, 16));
    CHECK(CalendarQuery::lastDayOf(Span::Week, QDate(2026, 11, 18)) == QDate(2026, 11, 22));
    // November 2026 starts on a Sunday: the grid starts on Monday 26 October and ends on Sunday 6 December.
    CHECK(CalendarQuery::firstDayOf(Span::Month, QDate(2026, 11, 18)) == QDate(2026, 10, 26));
    CHECK(CalendarQuery::lastDayOf(Span::Month, QDate(2026, 11, 18)) == QDate(2026, 12, 6));
    const CalendarFilter day = CalendarQuery::rangeOf(Span::Day, QDate(2026, 11, 18));
    CHECK(day.from == QDateTime(QDate(2026, 11, 18), QTime(0, 0)).toUTC());
    CHECK(day.to == QDateTime(QDate(2026, 11, 19), QTime(0, 0)).toUTC());
}

TEST_CASE("user profiles: stored, derived and validated colors", "[calendar][users]")
{
    test::TempDb t;
    Database &db = t.db();
    UserProfiles users(db);

    // A user without a row: display name = name, a stable palette color.
    const UserProfile pedro = users.profile(S("pedro"));
    CHECK_FALSE(pedro.stored);
    CHECK(pedro.displayName == S("pedro"));
    CHECK(UserProfiles::palette().contains(pedro.color));
    CHECK(UserProfiles::derivedColor(S("pedro")) == pedro.color);
    CHECK(UserProfiles::derivedColor(S("pedro")) == UserProfiles::derivedColor(S("pedro")));
    QSet<QString> spread;
    for (const char *n : {"ana", "luis", "marta", "jorge", "sofia", "pablo", "lucia", "diego"})
        spread.insert(UserProfiles::derivedColor(S(n)));
    CHECK(spread.size() >= 4);

    UserProfiles::Changes c;
    c.displayName = S("María López");
    c.color = S("#3B7DD8");
    c.team = S("Ventas");
    REQUIRE(users.set(S("maria"), c).ok());
    UserProfile maria = users.profile(S("maria"));
    CHECK(maria.stored);
    CHECK(maria.displayName == S("María López"));
    CHECK(maria.color == S("#3b7dd8"));
    CHECK(maria.team == S("Ventas"));

    // Changing one field keeps the others.
    UserProfiles::Changes only;
    only.team = S("Norte");
    REQUIRE(users.set(S("maria"), only).ok());
    maria = users.profile(S("maria"));
    CHECK(maria.displayName == S("María López"));
    CHECK(maria.color == S("#3b7dd8"));
    CHECK(maria.team == S("Norte"));
    CHECK(UserProfiles::normalizeColor(S("#abc")).value() == S("#aabbcc"));

    // A bad color is refused and nothing changes.
    UserProfiles::Changes bad;
    bad.color = S("blue");
    bad.team = S("Sur");
    const Status s = users.set(S("maria"), bad);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind == Error::BadInput);
    CHECK(s.error().message.contains(S("blue")));
    CHECK(users.profile(S("maria")).team == S("Norte"));
    CHECK_FALSE(users.set(S("  "), c).ok());

    // The list has stored users and the owners of activities.
    activity(db, "Visit", "visit", "2026-05-05T09:00:00Z", "2026-05-05T12:00:00Z", {{S("owner"), S("pedro")}});
    auto list = users.list();
    REQUIRE(list.ok());
    QStringList names;
    for (const auto &p : list.value())
        names << p.name;
    CHECK(names.contains(S("maria")));
    CHECK(names.contains(S("pedro")));
}
