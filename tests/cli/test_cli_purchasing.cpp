// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli: purchase orders (po add/line/order/receive/cancel/close/show) and reorder.
#include "clitest.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace trato;
using test::Cli;
using test::S;

TEST_CASE("trato-cli drafts, orders and receives a purchase order and refusals change nothing")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    cli.ok({S("add"), S("vendor"), S("name=Suministros Acme")});
    cli.ok({S("add"), S("product"), S("sku=TOR-01"), S("name=Tornillo"), S("unit=unit"), S("cost=1.25"), S("vendor=Suministros Acme"),
            S("reorder_level=10"), S("reorder_qty=50")});
    cli.ok({S("add"), S("product"), S("sku=HAR-25"), S("name=Harina"), S("unit=kg"), S("cost=3.33")});

    const QString po = cli.ok({S("po"), S("add"), S("Suministros Acme"), S("--expected"), S("2026-12-01")}).trimmed();
    REQUIRE(po.size() == 36);
    REQUIRE(cli.ok({S("po"), S("line"), po, S("TOR-01"), S("100")}).trimmed().size() == 36);
    REQUIRE(cli.ok({S("po"), S("line"), po, S("HAR-25"), S("2.5"), S("--cost"), S("4.01"), S("--description"), S("Harina de fuerza")}).trimmed().size() == 36);

    // A fractional quantity of a product counted in units: refused, nothing written.
    QString before = test::dump(t.path());
    auto bad = cli({S("po"), S("line"), po, S("TOR-01"), S("1.5")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(S("not a whole number")));
    CHECK(test::dump(t.path()) == before);

    // Reorder before ordering: TOR-01 is low (0 <= 10), suggested 50.
    const QJsonArray low = cli.jsonArray({S("reorder"), S("--format"), S("json")});
    REQUIRE(low.size() == 1);
    CHECK(low.at(0).toObject().value(S("sku")).toString() == S("TOR-01"));
    CHECK(low.at(0).toObject().value(S("suggested")).toString() == S("50"));

    const QString number = cli.ok({S("po"), S("order"), po}).trimmed();
    CHECK(number.startsWith(S("PO-")));
    CHECK(number.endsWith(S("-0001")));
    // Ordered: 100 on order, no longer low.
    CHECK(cli.jsonArray({S("reorder"), S("--format"), S("json")}).isEmpty());

    // Too much, a line that does not exist, a bad quantity: refused, database unchanged.
    before = test::dump(t.path());
    auto tooMuch = cli({S("po"), S("receive"), number, S("--line"), S("1=101")});
    CHECK(tooMuch.exitCode == 2);
    CHECK(tooMuch.err.contains(S("more than the 100 still outstanding")));
    auto noLine = cli({S("po"), S("receive"), number, S("--line"), S("7=1")});
    CHECK(noLine.exitCode == 2);
    CHECK(noLine.err.contains(S("no line 7")));
    auto zero = cli({S("po"), S("receive"), number, S("--line"), S("1=0"), S("--line"), S("2=1")});
    CHECK(zero.exitCode == 2);
    CHECK(zero.err.contains(S("greater than zero")));
    CHECK(test::dump(t.path()) == before);

    CHECK(cli.ok({S("po"), S("receive"), number, S("--line"), S("1=30"), S("--date"), S("2026-11-24")}).trimmed() == S("partially_received"));
    auto cancel = cli({S("po"), S("cancel"), number});
    CHECK(cancel.exitCode == 2);
    CHECK(cancel.err.contains(S("close it short")));
    CHECK(cli.ok({S("po"), S("receive"), number}).trimmed() == S("received"));

    const QJsonObject shown = cli.jsonObject({S("po"), S("show"), number, S("--format"), S("json")});
    CHECK(shown.value(S("status")).toString() == S("received"));
    CHECK(shown.value(S("total")).toString() == S("135.03")); // 125.00 + 2.5 x 4.01 = 10.025 -> 10.03
    const QJsonArray lines = shown.value(S("lines")).toArray();
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).toObject().value(S("received")).toString() == S("100"));
    CHECK(lines.at(1).toObject().value(S("description")).toString() == S("Harina de fuerza"));
    const QString text = cli.ok({S("po"), S("show"), number});
    CHECK(text.contains(S("Received")));
    CHECK(text.contains(S("10.03")));

    // Stock came in at the line's cost through the ledger.
    CHECK(test::sqlite3(t.path(), S("SELECT sku, on_hand, on_order FROM product ORDER BY sku;")).out == S("HAR-25|2500|0\nTOR-01|100000|0\n"));
    auto movements = test::sqlite3(t.path(), S("SELECT kind, quantity, unit_cost FROM stock_movement ORDER BY rid;"));
    CHECK(movements.out == S("receipt|30000|125\nreceipt|70000|125\nreceipt|2500|401\n"));
}

TEST_CASE("trato-cli reorder --draft drafts one order per vendor and never twice")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    cli.ok({S("add"), S("vendor"), S("name=Acme")});
    cli.ok({S("add"), S("vendor"), S("name=Beta")});
    cli.ok({S("add"), S("product"), S("sku=A"), S("name=Alfa"), S("vendor=Acme"), S("reorder_level=5"), S("cost=2")});
    cli.ok({S("add"), S("product"), S("sku=B"), S("name=Bravo"), S("vendor=Acme"), S("reorder_level=5"), S("reorder_qty=12")});
    cli.ok({S("add"), S("product"), S("sku=C"), S("name=Charlie"), S("vendor=Beta"), S("reorder_level=1")});
    cli.ok({S("add"), S("product"), S("sku=D"), S("name=Delta"), S("reorder_level=1")});
    auto r = cli({S("reorder"), S("--draft")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.trimmed().split(QLatin1Char('\n')).size() == 2);
    CHECK(r.err.contains(S("Delta (D)")));
    auto again = cli({S("reorder"), S("--draft"), S("--format"), S("json")});
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(S("\"orders\": []")));
    auto lines = test::sqlite3(t.path(), S("SELECT p.sku, l.quantity, l.unit_cost FROM purchase_order_line l JOIN product p ON p.id = l.product ORDER BY p.sku;"));
    CHECK(lines.out == S("A|5000|200\nB|12000|\nC|1000|\n"));
}
