// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli: pipeline, pipeline list, pipeline add, opportunity move, forecast (issue 6).
#include "clitest.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace trato;
using test::Cli;
using test::S;

TEST_CASE("trato-cli pipelines: list, add, board totals, moves and refusals that change nothing")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());

    // The default pipeline appears on first use.
    const QJsonArray pipelines = cli.jsonArray({S("pipeline"), S("list"), S("--format"), S("json")});
    REQUIRE(pipelines.size() == 1);
    CHECK(pipelines.at(0).toObject().value(S("name")).toString() == S("Sales"));
    CHECK(pipelines.at(0).toObject().value(S("default")).toBool());
    const QJsonArray stages = pipelines.at(0).toObject().value(S("stages")).toArray();
    REQUIRE(stages.size() == 7);
    CHECK(stages.at(3).toObject().value(S("name")).toString() == S("Proposal"));
    CHECK(stages.at(3).toObject().value(S("probability")).toString() == S("60"));
    CHECK(stages.at(6).toObject().value(S("outcome")).toString() == S("lost"));

    cli.ok({S("add"), S("account"), S("name=Talleres Ruiz")});
    const QString a = cli.ok({S("add"), S("opportunity"), S("name=Renovación"), S("account=Talleres Ruiz"), S("amount=1000.05"),
                              S("expected_close=2026-03-10"), S("currency=usd")}).trimmed();
    const QString b = cli.ok({S("add"), S("opportunity"), S("name=Ampliación"), S("amount=2500.50"), S("expected_close=2026-03-31")}).trimmed();
    REQUIRE(a.size() == 36);
    QJsonObject shown = cli.jsonObject({S("show"), S("opportunity"), a, S("--format"), S("json")});
    CHECK(shown.value(S("status")).toString() == S("open"));
    CHECK(shown.value(S("currency")).toString() == S("USD"));
    CHECK(shown.value(S("weighted_amount")).toString() == S("100.01"));

    auto moved = cli({S("opportunity"), S("move"), b, S("Proposal")});
    REQUIRE(moved.exitCode == 0);
    CHECK(moved.err.contains(S("1500.30")));

    // Refusals: lost without a reason, unknown stage, bad reason, a currency that is no code.
    const QString before = test::dump(t.path());
    auto lost = cli({S("opportunity"), S("move"), a, S("Closed lost")});
    CHECK(lost.exitCode == 2);
    CHECK(lost.err.contains(S("lost_reason")));
    auto nowhere = cli({S("opportunity"), S("move"), a, S("Nowhere")});
    CHECK(nowhere.exitCode == 2);
    CHECK(nowhere.err.contains(S("Nowhere")));
    CHECK(cli({S("opportunity"), S("move"), a, S("Closed lost"), S("--lost-reason"), S("because")}).exitCode == 2);
    CHECK(cli({S("update"), S("opportunity"), a, S("currency=EURO")}).exitCode == 2);
    CHECK(cli({S("update"), S("opportunity"), a, S("status=won")}).exitCode == 2);
    CHECK(cli({S("pipeline"), S("add"), S("Mal"), S("--stage"), S("A:10"), S("--stage"), S("a:20")}).exitCode == 2);
    CHECK(cli({S("pipeline"), S("add"), S("Mal"), S("--stage"), S("A")}).exitCode == 1);
    CHECK(cli({S("pipeline"), S("add"), S("Mal")}).exitCode == 1);
    CHECK(test::dump(t.path()) == before);

    REQUIRE(cli({S("opportunity"), S("move"), a, S("closed won")}).exitCode == 0);

    // The board: per stage count, amount, weighted; totals.
    QJsonObject board = cli.jsonObject({S("pipeline"), S("--format"), S("json"), S("--cards"), S("5")});
    CHECK(board.value(S("pipeline")).toString() == S("Sales"));
    const QJsonArray columns = board.value(S("columns")).toArray();
    REQUIRE(columns.size() == 7);
    CHECK(columns.at(3).toObject().value(S("count")).toInt() == 1);
    CHECK(columns.at(3).toObject().value(S("amount")).toString() == S("2500.50"));
    CHECK(columns.at(3).toObject().value(S("weighted_amount")).toString() == S("1500.30"));
    CHECK(columns.at(3).toObject().value(S("cards")).toArray().at(0).toObject().value(S("name")).toString() == S("Ampliación"));
    CHECK(columns.at(5).toObject().value(S("amount")).toString() == S("1000.05"));
    CHECK(board.value(S("totals")).toObject().value(S("amount")).toString() == S("3500.55"));
    CHECK(board.value(S("totals")).toObject().value(S("weighted_amount")).toString() == S("2500.35"));
    CHECK(board.value(S("totals")).toObject().value(S("count")).toInt() == 2);
    const QString table = cli.ok({S("pipeline")});
    CHECK(table.contains(S("Proposal")));
    CHECK(table.contains(S("3500.55")));

    // Another pipeline, chosen by name.
    const QString renewals = cli.ok({S("pipeline"), S("add"), S("Renovaciones"), S("--stage"), S("Contactado:30"), S("--stage"),
                                     S("Renovado:100:won"), S("--stage"), S("Baja:0:lost")}).trimmed();
    REQUIRE(renewals.size() == 36);
    board = cli.jsonObject({S("pipeline"), S("--pipeline"), S("Renovaciones"), S("--format"), S("json")});
    CHECK(board.value(S("columns")).toArray().size() == 3);
    CHECK(board.value(S("totals")).toObject().value(S("count")).toInt() == 0);
    CHECK(cli({S("pipeline"), S("--pipeline"), S("Nada")}).exitCode == 2);

    // Forecast for March 2026: weighted 1500.30 + won 1000.05.
    QJsonObject f = cli.jsonObject({S("forecast"), S("--from"), S("2026-03"), S("--to"), S("2026-04"), S("--format"), S("json")});
    const QJsonArray rows = f.value(S("rows")).toArray();
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).toObject().value(S("month")).toString() == S("2026-03"));
    CHECK(rows.at(0).toObject().value(S("weighted")).toString() == S("2500.35"));
    CHECK(rows.at(0).toObject().value(S("best_case")).toString() == S("3500.55"));
    CHECK(rows.at(0).toObject().value(S("won")).toString() == S("1000.05"));
    CHECK(rows.at(0).toObject().value(S("count")).toInt() == 2);
    CHECK(rows.at(1).toObject().value(S("count")).toInt() == 0);
    CHECK(f.value(S("totals")).toObject().value(S("weighted")).toString() == S("2500.35"));
    f = cli.jsonObject({S("forecast"), S("--from"), S("2026-03"), S("--to"), S("2026-03"), S("--by"), S("owner"), S("--format"), S("json")});
    CHECK(f.value(S("rows")).toArray().size() == 1);
    CHECK(cli({S("forecast"), S("--from"), S("2026-13")}).exitCode == 1);
    CHECK(cli({S("forecast"), S("--by"), S("week")}).exitCode == 1);
    CHECK(cli({S("forecast"), S("--from"), S("2026-05"), S("--to"), S("2026-03")}).exitCode == 2);
    CHECK(cli.lines({S("forecast"), S("--from"), S("2026-03"), S("--to"), S("2026-04"), S("--format"), S("csv")}).size() == 4);
}

TEST_CASE("trato-cli convert reports the opportunity the lead became")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    const QString lead = cli.ok({S("add"), S("lead"), S("first_name=Marta"), S("last_name=Ruiz"), S("company=Talleres Ruiz"),
                                 S("estimated_value=12500")}).trimmed();
    const QJsonObject c = cli.jsonObject({S("convert"), S("lead"), lead, S("--format"), S("json")});
    const QString opp = c.value(S("opportunity")).toString();
    REQUIRE(opp.size() == 36);
    const QJsonObject o = cli.jsonObject({S("show"), S("opportunity"), opp, S("--format"), S("json")});
    CHECK(o.value(S("name")).toString() == S("Talleres Ruiz"));
    CHECK(o.value(S("amount")).toString() == S("12500.00"));
    CHECK(o.value(S("weighted_amount")).toString() == S("1250.00"));
}
