// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli activity add / complete / list / delete-series, stalled, relationship refresh and
// salesloop on the real binary; the activity write rules through the generic add and import too.
#include "clitest.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace trato;
using test::Cli;
using test::S;

namespace {
struct Setup
{
    test::TempDb t;
    Cli cli{t.path()};
    QString ana, lead;

    Setup()
    {
        t.close();
        ana = cli.ok({S("add"), S("contact"), S("first_name=Ana"), S("last_name=Ruiz")}).trimmed();
        lead = cli.ok({S("add"), S("lead"), S("first_name=Luis"), S("last_name=Gil")}).trimmed();
    }
};
} // namespace

TEST_CASE("cli: activity add schedules an activity with its records, reminder and assignee")
{
    Setup s;
    const QString id = s.cli.ok({S("activity"), S("add"), S("call"), S("Llamar a Ana"), S("--at"), S("2030-05-04T10:00:00Z"),
                                 S("--end"), S("2030-05-04T10:30:00Z"), S("--for"), S("contact:Ana Ruiz"), S("--user"), S("marta"),
                                 S("--reminder"), S("15"), S("priority=high")}).trimmed();
    auto r = s.cli.jsonObject({S("show"), S("activity"), id, S("--format"), S("json")});
    CHECK(r.value(S("kind")).toString() == S("call"));
    CHECK(r.value(S("contact_id")).toString() == s.ana);
    CHECK(r.value(S("owner")).toString() == S("marta"));
    CHECK(r.value(S("priority")).toString() == S("high"));
    CHECK(r.value(S("remind_at")).toString() == S("2030-05-04T09:45:00Z"));
    auto contact = s.cli.jsonObject({S("show"), S("contact"), s.ana, S("--format"), S("json")});
    CHECK(contact.value(S("next_step_at")).toString() == S("2030-05-04T10:00:00Z"));

    // Usage and data errors; nothing written.
    const QString before = test::dump(s.t.path());
    CHECK(s.cli({S("activity"), S("add"), S("call"), S("Sin fecha")}).exitCode == 1);
    auto bad = s.cli({S("activity"), S("add"), S("call"), S("Al revés"), S("--at"), S("2030-05-04T10:00:00Z"), S("--end"), S("2030-05-04T09:00:00Z")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(S("end_at")));
    CHECK(s.cli({S("activity"), S("add"), S("call"), S("X"), S("--at"), S("2030-05-04T10:00:00Z"), S("--for"), S("campaign:x")}).exitCode == 2);
    CHECK(s.cli({S("activity"), S("add"), S("phone"), S("X"), S("--at"), S("2030-05-04T10:00:00Z")}).exitCode == 2);
    // The generic add obeys the same rules.
    auto generic = s.cli({S("add"), S("activity"), S("kind=meeting"), S("subject=Mal"), S("start_at=2030-05-04T10:00:00Z"), S("end_at=2030-05-01T10:00:00Z")});
    CHECK(generic.exitCode == 2);
    CHECK(generic.err.contains(S("start_at")));
    CHECK(test::dump(s.t.path()) == before);
}

TEST_CASE("cli: repeating activities expand through activity add and the generic add, refusals write nothing")
{
    Setup s;
    const QString first = s.cli.ok({S("add"), S("activity"), S("kind=meeting"), S("subject=Semanal"), S("start_at=2030-05-06T09:00:00Z"),
                                    S("repeat=weekly"), S("repeat_count=5")}).trimmed();
    auto list = s.cli.jsonArray({S("activity"), S("list"), S("--format"), S("json")});
    REQUIRE(list.size() == 5);
    for (const auto &v : list)
        CHECK(v.toObject().value(S("series")).toString() == first);

    const QString monthly = s.cli.ok({S("activity"), S("add"), S("task"), S("Facturas"), S("--at"), S("2031-01-31T12:00:00Z"),
                                      S("--repeat"), S("monthly"), S("--until"), S("2031-04-30")}).trimmed();
    auto months = s.cli.jsonArray({S("activity"), S("list"), S("--from"), S("2031-01-01"), S("--to"), S("2031-12-31"), S("--format"), S("json")});
    REQUIRE(months.size() == 4);
    CHECK(months.at(1).toObject().value(S("start_at")).toString().startsWith(S("2031-02-28")));
    CHECK(months.at(2).toObject().value(S("start_at")).toString().startsWith(S("2031-03-31")));
    Q_UNUSED(monthly);

    const QString before = test::dump(s.t.path());
    for (const QStringList &extra : QList<QStringList>{{S("--repeat"), S("daily")},
                                                       {S("--repeat"), S("daily"), S("--count"), S("0")},
                                                       {S("--repeat"), S("daily"), S("--count"), S("501")},
                                                       {S("--repeat"), S("daily"), S("--every"), S("100"), S("--count"), S("2")},
                                                       {S("--repeat"), S("daily"), S("--until"), S("2030-01-01")},
                                                       {S("--repeat"), S("daily"), S("--until"), S("2035-01-01")}}) {
        auto r = s.cli(QStringList{S("activity"), S("add"), S("task"), S("Mal"), S("--at"), S("2030-05-06T09:00:00Z")} + extra);
        INFO(extra.join(QLatin1Char(' ')).toStdString());
        CHECK(r.exitCode == 2);
    }
    CHECK(test::dump(s.t.path()) == before);

    // Delete the series from the third occurrence on.
    list = s.cli.jsonArray({S("activity"), S("list"), S("--to"), S("2030-12-31"), S("--format"), S("json")});
    const QString third = list.at(2).toObject().value(S("id")).toString();
    CHECK(s.cli.ok({S("activity"), S("delete-series"), third, S("--from-here")}).contains(S("3")));
    CHECK(s.cli.jsonArray({S("activity"), S("list"), S("--to"), S("2030-12-31"), S("--format"), S("json")}).size() == 2);
}

TEST_CASE("cli: activity complete follows the rule, takes a next step or closes the lead")
{
    Setup s;
    const QString call = s.cli.ok({S("activity"), S("add"), S("call"), S("Llamar"), S("--at"), S("2030-05-04T10:00:00Z"),
                                   S("--for"), S("contact:") + s.ana}).trimmed();
    auto done = s.cli.jsonObject({S("activity"), S("complete"), call, S("--outcome"), S("no_answer"), S("--notes"), S("Buzón"),
                                  S("--format"), S("json")});
    const QString next = done.value(S("next_id")).toString();
    REQUIRE_FALSE(next.isEmpty());
    CHECK(done.value(S("next_kind")).toString() == S("call"));
    CHECK(done.value(S("next_subject")).toString() == S("Call Ana Ruiz again"));
    auto shown = s.cli.jsonObject({S("show"), S("activity"), call, S("--format"), S("json")});
    CHECK(shown.value(S("status")).toString() == S("completed"));
    CHECK(shown.value(S("outcome_notes")).toString() == S("Buzón"));

    // Twice: refused, unchanged.
    const QString before = test::dump(s.t.path());
    auto twice = s.cli({S("activity"), S("complete"), call});
    CHECK(twice.exitCode == 2);
    CHECK(twice.err.contains(S("already completed")));
    CHECK(test::dump(s.t.path()) == before);
    // Conflicting choices are a usage error.
    CHECK(s.cli({S("activity"), S("complete"), next, S("--no-next"), S("--close"), S("no_budget")}).exitCode == 1);
    CHECK(s.cli({S("activity"), S("complete"), next, S("--next-in"), S("soon")}).exitCode == 1);

    const QDateTime started = QDateTime::currentDateTimeUtc();
    auto planned = s.cli.jsonObject({S("activity"), S("complete"), next, S("--outcome"), S("interested"), S("--next-in"), S("2d"),
                                     S("--next-kind"), S("visit"), S("--next-subject"), S("Visita"), S("--format"), S("json")});
    CHECK(planned.value(S("next_kind")).toString() == S("visit"));
    CHECK(planned.value(S("next_subject")).toString() == S("Visita"));
    const QDateTime at = QDateTime::fromString(planned.value(S("next_at")).toString(), Qt::ISODate);
    CHECK(qAbs(started.addDays(2).secsTo(at)) < 120);

    const QString leadCall = s.cli.ok({S("activity"), S("add"), S("call"), S("Llamar a Luis"), S("--at"), S("2030-05-04T10:00:00Z"),
                                       S("--for"), S("lead:") + s.lead}).trimmed();
    CHECK(s.cli.ok({S("activity"), S("complete"), leadCall, S("--close"), S("no_budget")}).contains(S("Closed")));
    auto lead = s.cli.jsonObject({S("show"), S("lead"), s.lead, S("--format"), S("json")});
    CHECK(lead.value(S("status")).toString() == S("disqualified"));
    CHECK(lead.value(S("disqualified_reason")).toString() == S("no_budget"));
}

TEST_CASE("cli: salesloop require refuses a completion without a next step")
{
    Setup s;
    CHECK(s.cli.ok({S("salesloop")}).trimmed() == S("suggest"));
    CHECK(s.cli({S("salesloop"), S("maybe")}).exitCode == 1);
    s.cli.ok({S("salesloop"), S("require")});
    CHECK(s.cli.ok({S("salesloop")}).trimmed() == S("require"));
    const QString call = s.cli.ok({S("activity"), S("add"), S("call"), S("Llamar"), S("--at"), S("2030-05-04T10:00:00Z"),
                                   S("--for"), S("contact:") + s.ana}).trimmed();
    const QString before = test::dump(s.t.path());
    auto refused = s.cli({S("activity"), S("complete"), call, S("--no-next")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(S("next step")));
    CHECK(test::dump(s.t.path()) == before);
    CHECK(s.cli.ok({S("activity"), S("complete"), call, S("--next-at"), S("2030-05-10T10:00")}).contains(S("Next step")));
}

TEST_CASE("cli: stalled lists records without a next step, relationship refresh, list filters")
{
    Setup s;
    const QString customer = s.cli.ok({S("add"), S("account"), S("name=Cliente SA"), S("type=customer")}).trimmed();
    auto stalled = s.cli.jsonArray({S("stalled"), S("--format"), S("json")});
    // The new lead (no next step) and the customer; Ana never had an activity.
    QStringList found;
    for (const auto &v : stalled)
        found << v.toObject().value(S("entity")).toString() + QLatin1Char(':') + v.toObject().value(S("id")).toString();
    CHECK(found.contains(S("lead:") + s.lead));
    CHECK(found.contains(S("account:") + customer));
    CHECK_FALSE(found.contains(S("contact:") + s.ana));
    s.cli.ok({S("activity"), S("add"), S("meeting"), S("Reunión"), S("--at"), S("2030-05-04T10:00:00Z"), S("--for"), S("lead:") + s.lead,
              S("--for"), S("account:") + customer, S("--user"), S("marta")});
    CHECK(s.cli.lines({S("stalled"), S("--entity"), S("lead"), S("--format"), S("csv")}).size() == 1); // the header alone
    CHECK(s.cli({S("stalled"), S("--entity"), S("campaign")}).exitCode == 1);
    CHECK(s.cli.ok({S("relationship"), S("refresh")}).contains(S("0")));

    CHECK(s.cli.jsonArray({S("activity"), S("list"), S("--user"), S("marta"), S("--format"), S("json")}).size() == 1);
    CHECK(s.cli.jsonArray({S("activity"), S("list"), S("--user"), S("nadie"), S("--format"), S("json")}).size() == 0);
    CHECK(s.cli.jsonArray({S("activity"), S("list"), S("--for"), S("lead:") + s.lead, S("--format"), S("json")}).size() == 1);
    CHECK(s.cli.jsonArray({S("activity"), S("list"), S("--status"), S("completed"), S("--format"), S("json")}).size() == 0);
    CHECK(s.cli.jsonArray({S("activity"), S("list"), S("--from"), S("2030-05-05"), S("--format"), S("json")}).size() == 0);
    CHECK(s.cli({S("activity"), S("list"), S("--from"), S("someday")}).exitCode == 2);
}

TEST_CASE("cli: a CSV import of activities obeys the activity rules")
{
    Setup s;
    QTemporaryDir dir;
    const QString file = dir.filePath(S("activities.csv"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("kind,subject,start_at,end_at,reminder\n"
            "call,Bien,2030-05-04T10:00:00Z,2030-05-04T10:30:00Z,15\n"
            "meeting,Mal,2030-05-04T10:00:00Z,2030-05-04T09:00:00Z,none\n");
    f.close();
    const QString before = test::dump(s.t.path());
    auto r = s.cli({S("import"), S("activity"), file});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(S("end_at")));
    CHECK(test::dump(s.t.path()) == before);
    s.cli.ok({S("import"), S("activity"), file, S("--partial")});
    auto list = s.cli.jsonArray({S("activity"), S("list"), S("--format"), S("json")});
    REQUIRE(list.size() == 1);
    auto shown = s.cli.jsonObject({S("show"), S("activity"), list.at(0).toObject().value(S("id")).toString(), S("--format"), S("json")});
    CHECK(shown.value(S("remind_at")).toString() == S("2030-05-04T09:45:00Z"));
}
