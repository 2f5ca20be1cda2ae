// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli dashboard on a real database file: the widgets' figures as JSON and table, the previous
// period, drill conditions that `list --where` accepts, and refusals that name what is wrong.
#include "clitest.h"

#include "sales/pipelines.h"
#include "store/recordstore.h"

#include <catch2/catch.hpp>

using namespace trato;
using test::Cli;
using test::S;

namespace {
// March 2026: an open opportunity in Proposal (1000.00 at 60 %) and a won one (500.00); February:
// a won one (200.00). Company target for March: 5000.00. Leads: two from the web in March.
void seed(test::TempDb &t)
{
    RecordStore store(t.db());
    auto p = Pipelines::pipeline(t.db());
    REQUIRE(p.ok());
    const QString proposal = p.value().stage(S("Proposal"))->id;
    const QString won = p.value().stage(S("Closed won"))->id;
    REQUIRE(store.create(S("opportunity"), {{S("name"), S("Reforma")}, {S("amount"), qint64(100000)}, {S("stage"), proposal}, {S("expected_close"), S("2026-03-15")}}).ok());
    REQUIRE(store.create(S("opportunity"), {{S("name"), S("Pedido")}, {S("amount"), qint64(50000)}, {S("stage"), won}, {S("expected_close"), S("2026-03-10")}}).ok());
    REQUIRE(store.create(S("opportunity"), {{S("name"), S("Anterior")}, {S("amount"), qint64(20000)}, {S("stage"), won}, {S("expected_close"), S("2026-02-10")}}).ok());
    REQUIRE(store.create(S("sales_target"), {{S("period_start"), S("2026-03-01")}, {S("period"), S("month")}, {S("amount"), qint64(500000)}}).ok());
}

QJsonObject widgetOf(const QJsonObject &doc, const char *type)
{
    for (const auto &w : doc.value(S("widgets")).toArray())
        if (w.toObject().value(S("type")).toString() == S(type))
            return w.toObject();
    FAIL("no widget " << type);
    return {};
}
} // namespace

TEST_CASE("trato-cli dashboard prints each widget's figures with the previous period")
{
    test::TempDb t;
    seed(t);
    Cli cli(t.path());
    const QJsonObject doc = cli.jsonObject({S("dashboard"), S("--period"), S("2026-03"), S("--compare"), S("--today"), S("2026-11-23"),
                                            S("--widget"), S("forecast_target,pipeline,funnel"), S("--format"), S("json")});
    CHECK(doc.value(S("from")).toString() == S("2026-03-01"));
    CHECK(doc.value(S("to")).toString() == S("2026-03-31"));
    CHECK(doc.value(S("previous_from")).toString() == S("2026-02-01"));
    CHECK(doc.value(S("widgets")).toArray().size() == 3);

    const QJsonObject f = widgetOf(doc, "forecast_target");
    CHECK(f.value(S("figure")).toString() == S("1100.00"));          // 600.00 weighted + 500.00 won
    CHECK(f.value(S("previous_figure")).toString() == S("200.00"));  // February's won one
    const QJsonObject march = f.value(S("points")).toArray().at(0).toObject();
    CHECK(march.value(S("key")).toString() == S("2026-03"));
    CHECK(march.value(S("values")).toArray() == QJsonArray{S("1100.00"), S("5000.00"), S("500.00")});
    CHECK(march.value(S("previous")).toString() == S("200.00"));

    // The drill conditions are `list --where` conditions: they list the two March opportunities.
    QStringList args{S("list"), S("opportunity"), S("--format"), S("json")};
    const QJsonObject drill = march.value(S("drill")).toObject();
    CHECK(drill.value(S("entity")).toString() == S("opportunity"));
    for (const auto &w : drill.value(S("where")).toArray())
        args << S("--where") << w.toString();
    const QJsonArray rows = cli.jsonArray(args);
    QStringList names;
    for (const auto &r : rows)
        names << r.toObject().value(S("name")).toString();
    names.sort();
    CHECK(names == QStringList{S("Pedido"), S("Reforma")});

    const QJsonObject pipeline = widgetOf(doc, "pipeline");
    CHECK(pipeline.value(S("figure")).toString() == S("1000.00"));
    CHECK(pipeline.value(S("points")).toArray().size() == 5);
    const QJsonObject funnel = widgetOf(doc, "funnel");
    CHECK(funnel.value(S("figure")).toInt() == 3); // one open + two won reached Prospecting

    // Table form: a section per widget with its headline figure and the change.
    const QString table = cli.ok({S("dashboard"), S("--period"), S("2026-03"), S("--compare"), S("--widget"), S("forecast_target")});
    CHECK(table.contains(S("Dashboard: 2026-03-01 to 2026-03-31 (compared with 2026-02-01 to 2026-02-28)")));
    CHECK(table.contains(S("== Forecast vs target ==")));
    CHECK(table.contains(S("Forecast; target 5000.00: 1100.00 (previous 200.00, +900.00 (+450.0 %))")));

    // Every widget runs on this database.
    const QJsonObject all = cli.jsonObject({S("dashboard"), S("--format"), S("json")});
    CHECK(all.value(S("widgets")).toArray().size() == 11);
}

TEST_CASE("trato-cli dashboard refuses bad periods, widgets and options without writing")
{
    test::TempDb t;
    seed(t);
    Cli cli(t.path());
    const QString before = test::dump(t.path());
    auto r = cli({S("dashboard"), S("--period"), S("next_century")});
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(S("next_century")));
    r = cli({S("dashboard"), S("--period"), S("2026-03-31..2026-03-01")});
    CHECK(r.exitCode != 0);
    r = cli({S("dashboard"), S("--widget"), S("pipeline,radar")});
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(S("radar")));
    r = cli({S("dashboard"), S("--top"), S("0")});
    CHECK(r.exitCode != 0);
    r = cli({S("dashboard"), S("--format"), S("csv")});
    CHECK(r.exitCode != 0);
    CHECK(test::dump(t.path()) == before);
}
