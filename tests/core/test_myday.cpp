// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "activities/myday.h"
#include "activities/supervisorstats.h"
#include "demo/demodata.h"
#include "store/recordstore.h"
#include "store/sqlite.h"

#include <QDateTime>

#include <catch2/catch.hpp>

using namespace trato;

namespace {

// Local time on a fixed Wednesday: the tests never depend on the real clock.
QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute));
}

QString create(Database &db, const QString &entity, const QVariantMap &values)
{
    auto id = RecordStore(db).create(entity, values, RecordStore::Access::System);
    INFO((id.ok() ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    return id.value();
}

QString activity(Database &db, const char *kind, const char *subject, const QDateTime &start, const char *status,
                 QVariantMap extra = {})
{
    extra[QStringLiteral("kind")] = QString::fromLatin1(kind);
    extra[QStringLiteral("subject")] = QString::fromUtf8(subject);
    extra[QStringLiteral("start_at")] = start;
    extra[QStringLiteral("status")] = QString::fromLatin1(status);
    if (!extra.contains(QStringLiteral("completed_at")) && qstrcmp(status, "completed") == 0)
        extra[QStringLiteral("completed_at")] = start.addSecs(600);
    return create(db, QStringLiteral("activity"), extra);
}

QStringList subjects(const MyDayList &list)
{
    QStringList s;
    for (const MyDayItem &it : list.items)
        s << it.subject;
    return s;
}

const MyDayItem &item(const MyDayList &list, const QString &subject)
{
    for (const MyDayItem &it : list.items)
        if (it.subject == subject)
            return it;
    FAIL("no item " << subject.toStdString());
    return list.items.first();
}

} // namespace

TEST_CASE("my day: today's items and overdue open ones, in time order, with who and what number")
{
    test::TempDb t;
    Database &db = t.db();
    const QString me = db.user();
    const QString ana = create(db, QStringLiteral("contact"), {{QStringLiteral("first_name"), QStringLiteral("Ana")},
                                                               {QStringLiteral("last_name"), QStringLiteral("Ruiz")},
                                                               {QStringLiteral("phone"), QStringLiteral("+34 600 111 222")}});
    const QString luis = create(db, QStringLiteral("lead"), {{QStringLiteral("first_name"), QStringLiteral("Luis")},
                                                             {QStringLiteral("last_name"), QStringLiteral("Gil")},
                                                             {QStringLiteral("mobile"), QStringLiteral("+34 699 000 111")}});
    const QString talleres = create(db, QStringLiteral("account"), {{QStringLiteral("name"), QStringLiteral("Talleres Gil S.L.")},
                                                                    {QStringLiteral("phone"), QStringLiteral("+34 976 000 000")}});
    const QVariantMap aboutAna = {{QStringLiteral("contact"), ana}};
    activity(db, "task", "Enviar presupuesto", at(9, 10), "planned", aboutAna);
    activity(db, "call", "Volver a llamar", at(10, 17), "in_progress", {{QStringLiteral("lead"), luis}});
    activity(db, "call", "Llamada ya hecha", at(8, 9), "completed", aboutAna);
    activity(db, "call", "Primera llamada", at(11, 9), "completed",
             {{QStringLiteral("contact"), ana}, {QStringLiteral("phone_number"), QStringLiteral("+34 911 222 333")}});
    activity(db, "meeting", "Reunión de las once", at(11, 11), "planned", {{QStringLiteral("account"), talleres}});
    activity(db, "visit", "Visita de la tarde", at(11, 15), "planned",
             {{QStringLiteral("account"), talleres}, {QStringLiteral("contact"), ana}});
    activity(db, "task", "Cancelada", at(11, 16), "cancelled");
    activity(db, "call", "Mañana", at(12, 10), "planned", aboutAna);
    activity(db, "call", "De otra persona", at(11, 10), "planned", {{QStringLiteral("owner"), QStringLiteral("lucia")}});
    const QString trashed = activity(db, "task", "En la papelera", at(11, 13), "planned");
    REQUIRE(RecordStore(db).remove(QStringLiteral("activity"), trashed).ok());

    const QDateTime now = at(11, 12);
    auto r = MyDay::load(db, me, now.date(), now);
    REQUIRE(r.ok());
    const MyDayList &day = r.value();
    CHECK(subjects(day) == QStringList{QStringLiteral("Enviar presupuesto"), QStringLiteral("Volver a llamar"),
                                       QStringLiteral("Primera llamada"), QString::fromUtf8("Reunión de las once"),
                                       QStringLiteral("Visita de la tarde")});
    CHECK(day.overdueTotal == 2);
    CHECK(day.openToday == 2);
    CHECK(day.doneToday == 1);
    CHECK(item(day, QStringLiteral("Enviar presupuesto")).fromEarlierDay);
    CHECK(item(day, QStringLiteral("Enviar presupuesto")).overdue);
    CHECK(item(day, QStringLiteral("Enviar presupuesto")).regardingName == QStringLiteral("Ana Ruiz"));
    CHECK(item(day, QStringLiteral("Enviar presupuesto")).phone == QStringLiteral("+34 600 111 222"));
    CHECK(item(day, QStringLiteral("Volver a llamar")).regardingEntity == QStringLiteral("lead"));
    CHECK(item(day, QStringLiteral("Volver a llamar")).phone == QStringLiteral("+34 699 000 111"));
    // The activity's own number wins over the record's.
    CHECK(item(day, QStringLiteral("Primera llamada")).phone == QStringLiteral("+34 911 222 333"));
    CHECK_FALSE(item(day, QStringLiteral("Primera llamada")).overdue);
    // Open and past its time today: overdue, but in its place in the day.
    CHECK(item(day, QString::fromUtf8("Reunión de las once")).overdue);
    CHECK_FALSE(item(day, QString::fromUtf8("Reunión de las once")).fromEarlierDay);
    CHECK(item(day, QString::fromUtf8("Reunión de las once")).regardingName == QStringLiteral("Talleres Gil S.L."));
    CHECK(item(day, QString::fromUtf8("Reunión de las once")).phone == QStringLiteral("+34 976 000 000"));
    // A contact is preferred to its account as what the activity is about.
    CHECK(item(day, QStringLiteral("Visita de la tarde")).regardingEntity == QStringLiteral("contact"));
    CHECK_FALSE(item(day, QStringLiteral("Visita de la tarde")).overdue);

    // A limit on overdue items keeps the most recent ones; the total still counts all.
    auto limited = MyDay::load(db, me, now.date(), now, 1);
    REQUIRE(limited.ok());
    CHECK(limited.value().overdueTotal == 2);
    CHECK(subjects(limited.value()).first() == QStringLiteral("Volver a llamar"));
    CHECK(limited.value().items.size() == 4);

    // Another day: only its own items, no overdue block.
    auto tomorrow = MyDay::load(db, me, now.date().addDays(1), now);
    REQUIRE(tomorrow.ok());
    CHECK(subjects(tomorrow.value()) == QStringList{QString::fromUtf8("Mañana")});
    CHECK(tomorrow.value().overdueTotal == 0);
    auto yesterday = MyDay::load(db, me, now.date().addDays(-1), now);
    REQUIRE(yesterday.ok());
    CHECK(subjects(yesterday.value()) == QStringList{QStringLiteral("Volver a llamar")});
    CHECK(yesterday.value().items.first().overdue);

    // Someone else's day.
    auto lucia = MyDay::load(db, QStringLiteral("lucia"), now.date(), now);
    REQUIRE(lucia.ok());
    CHECK(subjects(lucia.value()) == QStringList{QStringLiteral("De otra persona")});

    // Bad input is refused with a message.
    CHECK_FALSE(MyDay::load(db, me, QDate(), now).ok());
    CHECK_FALSE(MyDay::load(db, QStringLiteral("  "), now.date(), now).ok());
}

TEST_CASE("my day reads through the (owner, status, start_at) index")
{
    test::TempDb t;
    auto plan = Sql::exec(t.db().connection(), QStringLiteral("EXPLAIN QUERY PLAN ") + MyDay::daySql(t.db()),
                          {QStringLiteral("x"), QStringLiteral("a"), QStringLiteral("b")});
    REQUIRE(plan.ok());
    QString text;
    while (plan.value().next())
        text += plan.value().value(3).toString() + QLatin1Char('\n');
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("activity__ix_owner_status_start_at")));
    CHECK(text.contains(QStringLiteral("SEARCH a USING INDEX")));
    // A generated index like the others: listed in the schema under the entity's prefix.
    auto idx = Sql::exec(t.db().connection(), QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'activity__ix_owner_status_start_at'"));
    REQUIRE(idx.ok());
    REQUIRE(idx.value().next());
    CHECK(idx.value().value(0).toString().contains(QStringLiteral("\"owner\", \"status\", \"start_at\"")));
}

TEST_CASE("my day on demo data: the current user has a day")
{
    test::TempDb t;
    DemoOptions o;
    o.contacts = 300;
    o.now = at(11, 12, 30);
    REQUIRE(DemoData::generate(t.db(), o).ok());
    auto r = MyDay::load(t.db(), t.db().user(), o.now.date(), o.now);
    REQUIRE(r.ok());
    CHECK(r.value().items.size() >= 8);
    CHECK(r.value().overdueTotal >= 2);
    for (int i = 1; i < r.value().items.size(); ++i)
        CHECK(r.value().items[i - 1].start <= r.value().items[i].start);
}

TEST_CASE("supervisor stats: per user counts for a period, overdue now, totals")
{
    test::TempDb t;
    Database &db = t.db();
    const QString me = db.user();
    REQUIRE(Sql::exec(db.connection(), QStringLiteral("INSERT INTO user_profile(name, display_name, color, team, updated_at) VALUES "
                                                      "('lucia', 'Lucía Fernández', '#d97706', 'Ventas', '2026-01-01T00:00:00Z'), "
                                                      "('pablo', 'Pablo Navarro', '#7c3aed', 'Ventas', '2026-01-01T00:00:00Z')")).ok());
    const QVariantMap mine;
    const QVariantMap hers = {{QStringLiteral("owner"), QStringLiteral("lucia")}};
    auto call = [&](const QVariantMap &who, const char *outcome, const QDateTime &when, const char *status = "completed") {
        QVariantMap v = who;
        if (outcome)
            v[QStringLiteral("outcome")] = QString::fromLatin1(outcome);
        return activity(db, "call", "Llamada", when, status, v);
    };
    // Mine in the week of Monday 9 March: 4 calls (2 reached), a meeting, a visit, 2 tasks.
    call(mine, "reached", at(9, 10));
    call(mine, "no_answer", at(9, 11));
    call(mine, "sale", at(10, 10));
    call(mine, "busy", at(11, 9));
    activity(db, "meeting", "Reunión", at(10, 12), "completed", {{QStringLiteral("outcome"), QStringLiteral("done")}});
    activity(db, "visit", "Visita", at(11, 8), "completed", {{QStringLiteral("outcome"), QStringLiteral("done")}});
    activity(db, "task", "Tarea 1", at(9, 9), "completed");
    // Due the week before, done in this one: counted by when it was done.
    activity(db, "task", "Tarea 2", at(5, 9), "completed", {{QStringLiteral("completed_at"), at(9, 8)}});
    // Not counted: done the week before, cancelled, or still open.
    call(mine, "reached", at(6, 10));
    call(mine, nullptr, at(10, 16), "cancelled");
    // Overdue now (Wednesday 11 March, 12:00): two open items of mine whose time has passed.
    call(mine, nullptr, at(11, 10), "planned");
    activity(db, "task", "Atrasada", at(4, 10), "in_progress");
    activity(db, "task", "Futura", at(11, 18), "planned");
    // Lucía: 3 calls, 2 reached (interested, call back), 1 overdue.
    call(hers, "interested", at(12, 10));
    call(hers, "call_back", at(12, 11));
    call(hers, "wrong_number", at(13, 11));
    call(hers, nullptr, at(10, 10), "planned");

    const QDateTime now = at(11, 12);
    const auto week = SupervisorStats::range(SupervisorStats::Period::ThisWeek, now);
    CHECK(week.first == at(9, 0));
    CHECK(week.second == at(16, 0));
    const auto month = SupervisorStats::range(SupervisorStats::Period::ThisMonth, now);
    CHECK(month.first == QDateTime(QDate(2026, 3, 1), QTime(0, 0)));
    CHECK(month.second == QDateTime(QDate(2026, 4, 1), QTime(0, 0)));
    const auto today = SupervisorStats::range(SupervisorStats::Period::Today, now);
    CHECK(today.first == at(11, 0));
    CHECK(today.second == at(12, 0));

    auto r = SupervisorStats::compute(db, week.first, week.second, now);
    REQUIRE(r.ok());
    const TeamActivityStats &s = r.value();
    REQUIRE(s.users.size() == 3); // sorted by display name; Pablo has a profile and no activity
    const UserActivityCounts &lucia = s.users.at(0);
    const UserActivityCounts &pablo = s.users.at(1);
    const UserActivityCounts &mineRow = s.users.at(2);
    CHECK(lucia.user == QStringLiteral("lucia"));
    CHECK(lucia.displayName == QString::fromUtf8("Lucía Fernández"));
    CHECK(pablo.user == QStringLiteral("pablo"));
    CHECK(mineRow.user == me);
    CHECK(mineRow.callsMade == 4);
    CHECK(mineRow.callsReached == 2);
    CHECK(mineRow.reachedPercent() == 50);
    CHECK(mineRow.meetingsHeld == 1);
    CHECK(mineRow.visitsHeld == 1);
    CHECK(mineRow.tasksDone == 2);
    CHECK(mineRow.overdueNow == 2);
    CHECK(lucia.callsMade == 3);
    CHECK(lucia.callsReached == 2);
    CHECK(lucia.reachedPercent() == 67);
    CHECK(lucia.tasksDone == 0);
    CHECK(lucia.overdueNow == 1);
    CHECK(pablo.callsMade == 0);
    CHECK(pablo.reachedPercent() == -1);
    CHECK(s.total.callsMade == 7);
    CHECK(s.total.callsReached == 4);
    CHECK(s.total.meetingsHeld == 1);
    CHECK(s.total.visitsHeld == 1);
    CHECK(s.total.tasksDone == 2);
    CHECK(s.total.overdueNow == 3);

    // Today only: my Wednesday call (busy) and visit.
    auto d = SupervisorStats::compute(db, today.first, today.second, now);
    REQUIRE(d.ok());
    CHECK(d.value().total.callsMade == 1);
    CHECK(d.value().total.callsReached == 0);
    CHECK(d.value().total.visitsHeld == 1);
    CHECK(d.value().total.overdueNow == 3);

    // An empty or reversed period is refused, naming the dates.
    auto bad = SupervisorStats::compute(db, week.second, week.first, now);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().kind == Error::BadInput);
    CHECK(bad.error().message.contains(QStringLiteral("2026-03-09")));
}
