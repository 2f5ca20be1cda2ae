// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli: myday, team, reminders, reminder snooze|dismiss.
#include "clitest.h"

#include "store/recordstore.h"

#include <QDateTime>

#include <catch2/catch.hpp>

using namespace trato;
using test::Cli;
using test::S;

namespace {

QString create(Database &db, const QString &entity, const QVariantMap &values)
{
    auto id = RecordStore(db).create(entity, values, RecordStore::Access::System);
    REQUIRE(id.ok());
    return id.value();
}

QDateTime future(int hour, int minute = 0)
{
    return QDateTime(QDate(2030, 1, 15), QTime(hour, minute));
}

struct Fixture
{
    test::TempDb t;
    QString ana, overdue, call, meeting, dueReminder, laterReminder;

    Fixture()
    {
        Database &db = t.db();
        ana = create(db, S("contact"), {{S("first_name"), S("Ana")}, {S("last_name"), S("Ruiz")}, {S("phone"), S("+34 600 111 222")}});
        const QDateTime now = QDateTime::currentDateTime();
        overdue = create(db, S("activity"), {{S("kind"), S("task")}, {S("subject"), S("Enviar presupuesto")},
                                             {S("start_at"), now.addDays(-3)}, {S("contact"), ana}});
        call = create(db, S("activity"), {{S("kind"), S("call")}, {S("subject"), S("Llamada a Ana")}, {S("start_at"), future(10)},
                                          {S("status"), S("completed")}, {S("outcome"), S("reached")},
                                          {S("completed_at"), future(10, 5)}, {S("contact"), ana}});
        meeting = create(db, S("activity"), {{S("kind"), S("meeting")}, {S("subject"), S("Reunión con Ana")},
                                             {S("start_at"), future(12)}, {S("end_at"), future(13)}, {S("contact"), ana},
                                             {S("remind_at"), future(11, 45)}});
        create(db, S("activity"), {{S("kind"), S("call")}, {S("subject"), S("Llamada de Lucía")}, {S("start_at"), future(11)},
                                   {S("status"), S("completed")}, {S("outcome"), S("interested")},
                                   {S("completed_at"), future(11, 10)}, {S("owner"), S("lucia")}});
        create(db, S("activity"), {{S("kind"), S("call")}, {S("subject"), S("Sin respuesta")}, {S("start_at"), future(11, 30)},
                                   {S("status"), S("completed")}, {S("outcome"), S("no_answer")},
                                   {S("completed_at"), future(11, 32)}, {S("owner"), S("lucia")}});
        dueReminder = create(db, S("activity"), {{S("kind"), S("call")}, {S("subject"), S("Recordatorio vencido")},
                                                 {S("start_at"), now.addSecs(600)}, {S("remind_at"), now.addSecs(-600)}});
        t.close();
    }
};

} // namespace

TEST_CASE("myday lists a day's items in time order with who and what number and overdue ones first today")
{
    Fixture f;
    Cli cli(f.t.path());
    const QJsonArray day = cli.jsonArray({S("myday"), S("--date"), S("2030-01-15"), S("--format"), S("json")});
    REQUIRE(day.size() == 2);
    CHECK(day[0].toObject()[S("subject")].toString() == S("Llamada a Ana"));
    CHECK(day[0].toObject()[S("time")].toString() == future(10).toUTC().toString(Qt::ISODate));
    CHECK(day[0].toObject()[S("regarding")].toString() == S("Ana Ruiz"));
    CHECK(day[0].toObject()[S("phone")].toString() == S("+34 600 111 222"));
    CHECK(day[0].toObject()[S("status")].toString() == S("completed"));
    CHECK(day[1].toObject()[S("subject")].toString() == S("Reunión con Ana"));
    CHECK(day[1].toObject()[S("overdue")].toBool() == false);

    // Today: the task from three days ago comes first, marked overdue.
    const QJsonArray today = cli.jsonArray({S("myday"), S("--format"), S("json")});
    REQUIRE(today.size() >= 1);
    CHECK(today[0].toObject()[S("id")].toString() == f.overdue);
    CHECK(today[0].toObject()[S("overdue")].toBool());
    const auto table = cli({S("myday")});
    CHECK(table.exitCode == 0);
    CHECK(table.out.contains(S("Enviar presupuesto")));
    CHECK(table.err.contains(S("overdue from earlier days")));

    const QJsonArray lucia = cli.jsonArray({S("myday"), S("--user"), S("lucia"), S("--date"), S("2030-01-15"), S("--format"), S("json")});
    CHECK(lucia.size() == 2);

    const auto bad = cli({S("myday"), S("--date"), S("el martes")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(S("--date")));
    CHECK(cli({S("myday"), S("--format"), S("xml")}).exitCode == 1);
}

TEST_CASE("team prints each user's counts for a period and a total row")
{
    Fixture f;
    Cli cli(f.t.path());
    const QJsonArray rows = cli.jsonArray({S("team"), S("--from"), S("2030-01-14"), S("--to"), S("2030-01-20"), S("--format"), S("json")});
    REQUIRE(rows.size() == 3);
    const QJsonObject lucia = rows[0].toObject();
    const QJsonObject me = rows[1].toObject();
    const QJsonObject total = rows[2].toObject();
    CHECK(lucia[S("user")].toString() == S("lucia"));
    CHECK(lucia[S("calls")].toInt() == 2);
    CHECK(lucia[S("reached")].toInt() == 1);
    CHECK(lucia[S("reached_pct")].toInt() == 50);
    CHECK(me[S("user")].toString() == S("tester"));
    CHECK(me[S("calls")].toInt() == 1);
    CHECK(me[S("reached")].toInt() == 1);
    CHECK(me[S("overdue")].toInt() == 1);
    CHECK(total[S("user")].isNull());
    CHECK(total[S("calls")].toInt() == 3);
    CHECK(total[S("reached")].toInt() == 2);
    CHECK(total[S("meetings")].toInt() == 0);
    // The period before: nothing done, the overdue task still counts.
    const QJsonArray before = cli.jsonArray({S("team"), S("--from"), S("2030-01-07"), S("--to"), S("2030-01-13"), S("--format"), S("json")});
    CHECK(before.last().toObject()[S("calls")].toInt() == 0);
    CHECK(before.last().toObject()[S("overdue")].toInt() == 1);
    const auto reversed = cli({S("team"), S("--from"), S("2030-01-20"), S("--to"), S("2030-01-14")});
    CHECK(reversed.exitCode == 2);
    CHECK(reversed.err.contains(S("2030-01-14")));
}

TEST_CASE("reminders lists due and upcoming and snooze or dismiss write remind_at while bad input changes nothing")
{
    Fixture f;
    Cli cli(f.t.path());
    QJsonArray list = cli.jsonArray({S("reminders"), S("--format"), S("json")});
    REQUIRE(list.size() == 2);
    CHECK(list[0].toObject()[S("state")].toString() == S("due"));
    CHECK(list[0].toObject()[S("id")].toString() == f.dueReminder);
    CHECK(list[1].toObject()[S("state")].toString() == S("upcoming"));
    CHECK(list[1].toObject()[S("id")].toString() == f.meeting);
    CHECK(list[1].toObject()[S("regarding")].toString() == S("Ana Ruiz"));

    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QString printed = cli.ok({S("reminder"), S("snooze"), f.dueReminder, S("15")}).trimmed();
    const QDateTime snoozedTo = QDateTime::fromString(printed, Qt::ISODate);
    REQUIRE(snoozedTo.isValid());
    CHECK(before.secsTo(snoozedTo) >= 15 * 60 - 1);
    CHECK(before.secsTo(snoozedTo) <= 15 * 60 + 60);
    list = cli.jsonArray({S("reminders"), S("--format"), S("json")});
    REQUIRE(list.size() == 2);
    CHECK(list[0].toObject()[S("state")].toString() == S("upcoming"));
    CHECK(list[0].toObject()[S("remind_at")].toString() == printed);
    // The snooze is in the activity's history like any change.
    CHECK(cli.ok({S("history"), S("activity"), f.dueReminder}).contains(S("remind_at")));

    cli.ok({S("reminder"), S("dismiss"), f.dueReminder});
    list = cli.jsonArray({S("reminders"), S("--format"), S("json")});
    REQUIRE(list.size() == 1);
    CHECK(list[0].toObject()[S("id")].toString() == f.meeting);

    const QString dump = test::dump(f.t.path());
    CHECK(cli({S("reminder"), S("snooze"), f.meeting, S("0")}).exitCode == 2);
    CHECK(cli({S("reminder"), S("snooze"), f.meeting, S("50000")}).exitCode == 2);
    const auto missing = cli({S("reminder"), S("snooze"), S("no-such-activity"), S("5")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(S("no-such-activity")));
    CHECK(cli({S("reminder"), S("snooze"), f.meeting, S("soon")}).exitCode == 1);
    CHECK(cli({S("reminder"), S("dismiss")}).exitCode == 1);
    CHECK(test::dump(f.t.path()) == dump);
}
