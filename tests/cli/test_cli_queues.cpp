// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli ticket queue, ticket queues and support kpi on a real database file.
#include "clitest.h"

#include "activities/userprofiles.h"
#include "store/recordstore.h"
#include "store/sqlite.h"

#include <QDateTime>

#include <catch2/catch.hpp>

using namespace trato;
using test::Cli;
using test::S;

namespace {

QDateTime utc(const char *text)
{
    return QDateTime::fromString(S(text), Qt::ISODate);
}

QString ticket(Database &db, const char *subject, const char *owner, const char *status, QVariantMap extra)
{
    extra[S("subject")] = S(subject);
    extra[S("status")] = S(status);
    extra[S("owner")] = S(owner);
    if (qstrcmp(status, "resolved") == 0)
        extra[S("resolution")] = S("Hecho");
    auto id = RecordStore(db).create(S("ticket"), extra, RecordStore::Access::System);
    INFO((id.ok() ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    // The clock fields as this data set states them (the write rules derive their own from now).
    REQUIRE(test::pinTicketClock(db, id.value(), extra));
    return id.value();
}

// ana: A1 open (breached, due 12 March), A2 resolved (1 h to first response, 24 h to resolve,
// reopened once, due 4 March: met), A3 waiting on the customer (team n1, no due time);
// luis: L1 new at risk (team n1), L2 resolved 10 March in 48 h, due 9 March with a breach.
void seed(test::TempDb &t)
{
    Database &db = t.db();
    REQUIRE(UserProfiles(db).set(S("ana"), {std::nullopt, std::nullopt, S("n1")}).ok());
    ticket(db, "A1", "ana", "open", {{S("opened_at"), utc("2026-03-10T12:00:00Z")}, {S("resolution_due"), utc("2026-03-12T12:00:00Z")},
                                      {S("sla_state"), S("breached")}});
    ticket(db, "A2", "ana", "resolved", {{S("opened_at"), utc("2026-03-02T09:00:00Z")}, {S("first_response_at"), utc("2026-03-02T10:00:00Z")},
                                          {S("resolved_at"), utc("2026-03-03T09:00:00Z")}, {S("reopen_count"), 1},
                                          {S("resolution_due"), utc("2026-03-04T09:00:00Z")}, {S("sla_state"), S("met")}});
    ticket(db, "A3", "ana", "waiting_customer", {{S("opened_at"), utc("2026-03-11T08:00:00Z")}, {S("team"), S("n1")}});
    ticket(db, "L1", "luis", "new", {{S("opened_at"), utc("2026-03-20T08:00:00Z")}, {S("team"), S("n1")},
                                      {S("resolution_due"), utc("2026-04-20T08:00:00Z")}, {S("sla_state"), S("at_risk")}});
    const QString l2 = ticket(db, "L2", "luis", "resolved", {{S("opened_at"), utc("2026-03-08T10:00:00Z")},
                                                            {S("resolved_at"), utc("2026-03-10T10:00:00Z")},
                                                            {S("resolution_due"), utc("2026-03-09T10:00:00Z")}, {S("sla_state"), S("breached")}});
    auto b = RecordStore(db).create(S("sla_breach"), {{S("ticket"), l2}, {S("kind"), S("resolution")},
                                                      {S("breached_at"), utc("2026-03-09T10:00:00Z")}},
                                    RecordStore::Access::System);
    REQUIRE(b.ok());
}

QStringList subjectsOf(const QJsonArray &rows)
{
    QStringList out;
    for (const auto &r : rows)
        out << r.toObject().value(S("subject")).toString();
    return out;
}

} // namespace

TEST_CASE("cli ticket queue lists a queue's tickets and ticket queues counts every queue")
{
    test::TempDb t;
    seed(t);
    t.close();
    Cli cli(t.path());

    CHECK(subjectsOf(cli.jsonArray({S("ticket"), S("queue"), S("mine"), S("--user"), S("ana"), S("--format"), S("json")}))
          == QStringList{S("A3"), S("A1")}); // no due time first, then by due time
    CHECK(subjectsOf(cli.jsonArray({S("ticket"), S("queue"), S("team"), S("--user"), S("ana"), S("--format"), S("json")}))
          == QStringList{S("A3"), S("L1")});
    CHECK(subjectsOf(cli.jsonArray({S("ticket"), S("queue"), S("overdue"), S("--user"), S("ana"), S("--format"), S("json")}))
          == QStringList{S("A1")});
    CHECK(subjectsOf(cli.jsonArray({S("ticket"), S("queue"), S("at-risk"), S("--format"), S("json")})) == QStringList{S("L1")});
    CHECK(subjectsOf(cli.jsonArray({S("ticket"), S("queue"), S("waiting"), S("--format"), S("json")})) == QStringList{S("A3")});
    CHECK(cli.jsonArray({S("ticket"), S("queue"), S("unassigned"), S("--format"), S("json")}).isEmpty());
    const QString table = cli.ok({S("ticket"), S("queue"), S("mine"), S("--user"), S("luis")});
    CHECK(table.contains(S("L1")));
    CHECK_FALSE(table.contains(S("L2")));

    const QJsonArray counts = cli.jsonArray({S("ticket"), S("queues"), S("--user"), S("ana"), S("--format"), S("json")});
    REQUIRE(counts.size() == 6);
    QStringList got;
    for (const auto &c : counts)
        got << c.toObject().value(S("queue")).toString() + S("=") + QString::number(c.toObject().value(S("count")).toInt());
    CHECK(got == QStringList{S("mine=2"), S("team=2"), S("unassigned=0"), S("at-risk=1"), S("overdue=1"), S("waiting=1")});
    CHECK(cli.lines({S("ticket"), S("queues"), S("--user"), S("ana"), S("--format"), S("csv")}).value(1) == S("mine,Assigned to me,2"));

    const QString before = test::dump(t.path());
    auto bad = cli({S("ticket"), S("queue"), S("everything")});
    CHECK(bad.exitCode != 0);
    CHECK(bad.err.contains(S("unknown queue \"everything\"")));
    CHECK(test::dump(t.path()) == before);
}

TEST_CASE("cli support kpi per agent, per week and its errors")
{
    test::TempDb t;
    seed(t);
    t.close();
    Cli cli(t.path());
    const QStringList period{S("--from"), S("2026-03-01"), S("--to"), S("2026-03-31"), S("--now"), S("2026-04-10T00:00:00Z")};

    const QJsonObject doc = cli.jsonObject(QStringList{S("support"), S("kpi"), S("--format"), S("json")} + period);
    const QJsonArray rows = doc.value(S("rows")).toArray();
    REQUIRE(rows.size() == 2);
    const QJsonObject ana = rows.at(0).toObject();
    CHECK(ana.value(S("user")).toString() == S("ana"));
    CHECK(ana.value(S("opened")).toInt() == 3);
    CHECK(ana.value(S("resolved")).toInt() == 1);
    CHECK(ana.value(S("backlog")).toInt() == 2);
    CHECK(ana.value(S("first_response_avg_h")).toDouble() == Approx(1.0));
    CHECK(ana.value(S("resolution_median_h")).toDouble() == Approx(24.0));
    CHECK(ana.value(S("reopen_rate_pct")).toDouble() == Approx(100.0));
    CHECK(ana.value(S("sla_due")).toInt() == 2);   // A2 (met) and A1 (passed, unresolved)
    CHECK(ana.value(S("sla_met")).toInt() == 1);
    const QJsonObject luis = rows.at(1).toObject();
    CHECK(luis.value(S("resolution_avg_h")).toDouble() == Approx(48.0));
    CHECK(luis.value(S("sla_compliance_pct")).toDouble() == Approx(0.0));
    CHECK(luis.value(S("breaches")).toInt() == 1);
    CHECK(luis.value(S("first_response_avg_h")).isNull());
    const QJsonObject totals = doc.value(S("totals")).toObject();
    CHECK(totals.value(S("opened")).toInt() == 5);
    CHECK(totals.value(S("backlog")).toInt() == 3);
    CHECK(totals.value(S("sla_compliance_pct")).toDouble() == Approx(100.0 / 3.0).epsilon(0.01));

    const QStringList csv = cli.lines(QStringList{S("support"), S("kpi"), S("--by"), S("week"), S("--format"), S("csv")} + period);
    REQUIRE(csv.size() == 1 + 6 + 1); // header, weeks 9 to 14 (1 to 31 March), totals
    CHECK(csv.at(0).startsWith(S("period,opened,resolved,backlog,")));
    CHECK(csv.at(1).startsWith(S("2026-W09,0,0,0,")));
    CHECK(csv.at(2).startsWith(S("2026-W10,2,1,1,"))); // A2 opened and resolved, L2 opened; backlog L2
    CHECK(csv.last().startsWith(S("Total,5,2,3,")));

    auto bad = cli({S("support"), S("kpi"), S("--from"), S("2026-03-31"), S("--to"), S("2026-03-01")});
    CHECK(bad.exitCode != 0);
    CHECK(bad.err.contains(S("before it starts")));
    auto badBy = cli({S("support"), S("kpi"), S("--by"), S("year")});
    CHECK(badBy.exitCode != 0);
    CHECK(badBy.err.contains(S("--by")));
    auto badDay = cli({S("support"), S("kpi"), S("--from"), S("yesterday-ish")});
    CHECK(badDay.exitCode != 0);
    CHECK(badDay.err.contains(S("not a date")));
}
