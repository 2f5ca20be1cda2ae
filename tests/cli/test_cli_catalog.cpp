// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli: the catalog (issue 5): add product rules, price, product options, configure.
#include "clitest.h"

#include <catch2/catch.hpp>

using namespace trato;
using test::Cli;
using test::S;

TEST_CASE("add product normalizes the SKU and refuses duplicates and negative prices with exit 2, writing nothing")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    cli.ok({S("add"), S("product"), S("sku= tor-01"), S("name=Tornillo M6"), S("unit_price=0,12"), S("unit=box")});
    CHECK(cli.lines({S("list"), S("product"), S("--fields"), S("sku"), S("--format"), S("csv")}) == QStringList{S("sku"), S("TOR-01")});
    const QString before = test::dump(t.path());
    auto dup = cli({S("add"), S("product"), S("sku=Tor-01"), S("name=Otro")});
    CHECK(dup.exitCode == 2);
    CHECK(dup.err.contains(S("TOR-01")));
    CHECK(dup.err.contains(S("Tornillo M6")));
    auto negative = cli({S("add"), S("product"), S("sku=NEG"), S("name=Negativo"), S("cost=-1")});
    CHECK(negative.exitCode == 2);
    CHECK(negative.err.contains(S("Cost")));
    auto barcode = cli({S("add"), S("product"), S("sku=BAR"), S("name=Barras"), S("barcode=4006381333932")});
    CHECK(barcode.exitCode == 2);
    CHECK(barcode.err.contains(S("check digit")));
    CHECK(test::dump(t.path()) == before);
}

TEST_CASE("price shows list and price book prices, and configure validates options")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    cli.ok({S("add"), S("account"), S("name=Construcciones Alfa"), S("city=Madrid")});
    cli.ok({S("add"), S("product"), S("sku=CEM-25"), S("name=Cemento 25 kg"), S("unit_price=8.99")});
    const QString book = cli.ok({S("add"), S("price_book"), S("name=Alfa 2026"), S("account=Construcciones Alfa"), S("discount=10")}).trimmed();
    cli.ok({S("add"), S("price_book_entry"), S("price_book=") + book, S("product=Cemento 25 kg"), S("min_quantity=100"), S("price=7.50")});
    // 10 % off 8.99 = 8.091 -> 8.09; from 100 units the entry's 7.50.
    auto one = cli.jsonObject({S("price"), S("cem-25"), S("--account"), S("Construcciones Alfa"), S("--format"), S("json")});
    CHECK(one.value(S("unit_price")).toString() == S("8.09"));
    CHECK(one.value(S("source")).toString() == S("book_discount"));
    CHECK(one.value(S("price_book")).toString() == S("Alfa 2026"));
    auto many = cli.jsonObject({S("price"), S("CEM-25"), S("--account"), S("Construcciones Alfa"), S("--quantity"), S("150"), S("--format"), S("json")});
    CHECK(many.value(S("unit_price")).toString() == S("7.50"));
    CHECK(cli.ok({S("price"), S("CEM-25")}).contains(S("8.99")));
    auto unknown = cli({S("price"), S("NADA")});
    CHECK(unknown.exitCode != 0);
    CHECK(unknown.err.contains(S("NADA")));

    cli.ok({S("add"), S("product"), S("sku=CAR-GT"), S("name=Berlina GT"), S("unit_price=25000")});
    cli.ok({S("product"), S("option-group"), S("add"), S("CAR-GT"), S("Color")});
    cli.ok({S("product"), S("option-group"), S("add"), S("CAR-GT"), S("Interior")});
    cli.ok({S("product"), S("option-group"), S("add"), S("CAR-GT"), S("Gearbox"), S("--optional")});
    cli.ok({S("product"), S("option"), S("add"), S("CAR-GT"), S("Color"), S("Red"), S("--code"), S("R"), S("--price-delta"), S("450")});
    cli.ok({S("product"), S("option"), S("add"), S("CAR-GT"), S("Color"), S("White"), S("--code"), S("W"), S("--default")});
    cli.ok({S("product"), S("option"), S("add"), S("CAR-GT"), S("Interior"), S("Leather"), S("--code"), S("L"), S("--price-delta"), S("1800.50")});
    cli.ok({S("product"), S("option"), S("add"), S("CAR-GT"), S("Interior"), S("Fabric"), S("--code"), S("F")});
    cli.ok({S("product"), S("option"), S("add"), S("CAR-GT"), S("Gearbox"), S("Automatic"), S("--code"), S("A"), S("--price-delta"), S("1500")});
    cli.ok({S("product"), S("incompatible"), S("CAR-GT"), S("Red"), S("Leather")});
    const QString listed = cli.ok({S("product"), S("options"), S("CAR-GT")});
    CHECK(listed.contains(S("Leather")));
    CHECK(listed.contains(S("Incompatible: Red + Leather")));

    auto conf = cli.jsonObject({S("configure"), S("CAR-GT"), S("Interior=Leather"), S("Gearbox=Automatic"), S("--format"), S("json")});
    // 25 000 + 0 (White, default) + 1 800.50 + 1 500 = 28 300.50.
    CHECK(conf.value(S("price")).toString() == S("28300.50"));
    CHECK(conf.value(S("sku")).toString() == S("CAR-GT-W-L-A"));
    CHECK(conf.value(S("text")).toString() == S("Color: White; Interior: Leather; Gearbox: Automatic"));
    CHECK(cli.ok({S("configure"), S("CAR-GT"), S("Color=Red"), S("Interior=Fabric")}).contains(S("CAR-GT-R-F")));

    const QString before = test::dump(t.path());
    auto bad = cli({S("configure"), S("CAR-GT"), S("Color=Red"), S("Interior=Leather")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(S("Red")));
    CHECK(bad.err.contains(S("Leather")));
    auto missing = cli({S("configure"), S("CAR-GT"), S("Color=Red")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(S("Interior")));
    auto dupGroup = cli({S("product"), S("option-group"), S("add"), S("CAR-GT"), S("color")});
    CHECK(dupGroup.exitCode == 2);
    auto sameGroup = cli({S("product"), S("incompatible"), S("CAR-GT"), S("Red"), S("White")});
    CHECK(sameGroup.exitCode == 2);
    CHECK(test::dump(t.path()) == before);
}
