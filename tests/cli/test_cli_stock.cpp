// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli stock, stock adjust|transfer|return|verify and warehouse default on the real binary.
#include "clitest.h"

#include "store/recordstore.h"
#include "store/sqlite.h"

#include <catch2/catch.hpp>

using namespace trato;
using test::Cli;
using test::S;

TEST_CASE("cli: stock adjust, transfer and return move stock, stock shows it per warehouse, and refusals change nothing")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    const QString product = cli.ok({S("add"), S("product"), S("sku=TOR-01"), S("name=Tornillo"), S("unit=unit")}).trimmed();
    const QStringList main = cli.ok({S("warehouse"), S("default")}).trimmed().split(QLatin1Char('\t'));
    REQUIRE(main.size() == 2);
    CHECK(main.at(0) == S("Main warehouse"));
    cli.ok({S("add"), S("warehouse"), S("name=Sevilla"), S("code=SEV")});

    CHECK(!cli.ok({S("stock"), S("adjust"), S("TOR-01"), S("10"), S("--reason"), S("Recuento inicial")}).trimmed().isEmpty());
    CHECK(cli.ok({S("stock"), S("transfer"), product, S("3"), S("--from"), S("Main warehouse"), S("--to"), S("SEV")})
              .trimmed().split(QLatin1Char('\n')).size() == 2);
    cli.ok({S("stock"), S("return"), S("TOR-01"), S("1"), S("--reason"), S("Devuelto"), S("--warehouse"), S("Sevilla")});

    const QJsonArray rows = cli.jsonArray({S("stock"), S("TOR-01"), S("--format"), S("json")});
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).toObject().value(S("warehouse")).toString() == S("Main warehouse"));
    CHECK(rows.at(0).toObject().value(S("on_hand")).toString() == S("7"));
    CHECK(rows.at(1).toObject().value(S("on_hand")).toString() == S("4"));
    CHECK(rows.at(2).toObject().value(S("on_hand")).toString() == S("11"));
    CHECK(rows.at(2).toObject().value(S("available")).toString() == S("11"));
    const QJsonArray sevilla = cli.jsonArray({S("stock"), S("TOR-01"), S("--warehouse"), S("SEV"), S("--format"), S("json")});
    REQUIRE(sevilla.size() == 1);
    CHECK(sevilla.at(0).toObject().value(S("on_hand")).toString() == S("4"));

    // The movements list like any entity.
    CHECK(cli.lines({S("list"), S("stock_movement"), S("--where"), S("product=") + product, S("--format"), S("csv")}).size() == 5);
    // Newest first, as a ledger reads: the return was posted last, the adjustment first.
    const QJsonArray ledger = cli.jsonArray({S("list"), S("stock_movement"), S("--where"), S("product=") + product, S("--format"), S("json")});
    REQUIRE(ledger.size() == 4);
    CHECK(ledger.first().toObject().value(S("kind")).toString() == S("return"));
    CHECK(ledger.last().toObject().value(S("kind")).toString() == S("adjustment"));

    const QString before = test::dump(t.path());
    auto refused = [&](const QStringList &args, int code, const char *message) {
        const auto r = cli(args);
        CHECK(r.exitCode == code);
        INFO(r.err.toStdString());
        CHECK(r.err.contains(S(message)));
        CHECK(test::dump(t.path()) == before);
    };
    refused({S("stock"), S("transfer"), S("TOR-01"), S("30"), S("--from"), S("Sevilla"), S("--to"), S("Main warehouse")}, 2, "which has only 4");
    refused({S("stock"), S("adjust"), S("TOR-01"), S("1.5"), S("--reason"), S("x")}, 2, "not a whole number");
    refused({S("stock"), S("adjust"), S("TOR-01"), S("2")}, 1, "--reason is required");
    refused({S("stock"), S("adjust"), S("TOR-01"), S("doce"), S("--reason"), S("x")}, 1, "not a quantity");
    refused({S("stock"), S("adjust"), S("NOPE"), S("2"), S("--reason"), S("x")}, 2, "no product");
    refused({S("stock"), S("return"), S("TOR-01"), S("1"), S("--reason"), S("x"), S("--warehouse"), S("Madrid")}, 2, "no warehouse");

    const auto verify = cli({S("stock"), S("verify")});
    CHECK(verify.exitCode == 0);
    CHECK(verify.err.contains(S("consistent")));

    CHECK(cli.ok({S("warehouse"), S("default"), S("Sevilla")}).startsWith(S("Sevilla\t")));
    CHECK(cli.lines({S("list"), S("warehouse"), S("--where"), S("is_default=1"), S("--format"), S("csv")}).size() == 2);
}

TEST_CASE("cli: stock verify finds a balance changed behind Trato's back and --repair rebuilds it")
{
    test::TempDb t;
    RecordStore store(t.db());
    auto p = store.create(S("product"), {{S("sku"), S("VER-01")}, {S("name"), S("Verificado")}});
    REQUIRE(p.ok());
    t.close();
    Cli cli(t.path());
    cli.ok({S("stock"), S("adjust"), S("VER-01"), S("4"), S("--reason"), S("Alta")});
    t.reopen();
    REQUIRE(Sql::exec(t.db().connection(), S("UPDATE stock_balance SET on_hand = 9000")).ok());
    t.close();
    const auto bad = cli({S("stock"), S("verify"), S("--format"), S("csv")});
    CHECK(bad.exitCode == 3);
    CHECK(bad.out.contains(S("balance")));
    CHECK(bad.out.contains(S("9")));
    CHECK(cli({S("stock"), S("verify"), S("--repair")}).exitCode == 0);
    CHECK(cli({S("stock"), S("verify")}).exitCode == 0);
}
