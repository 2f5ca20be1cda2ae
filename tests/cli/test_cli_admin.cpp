// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli: demo data, custom fields, integrity check and backup.
#include "clitest.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

#include <QFileInfo>

using namespace trato;
using test::Cli;
using test::S;

TEST_CASE("demo data is deterministic with the same seed giving the same people")
{
    test::TempDb a, b, c;
    a.close();
    b.close();
    c.close();
    const QStringList demo = {S("demo"), S("--size"), S("40"), S("--seed"), S("7")};
    const QString summary = Cli(a.path()).ok(demo);
    CHECK(summary.contains(S("40 contacts")));
    Cli(b.path()).ok(demo);
    Cli(c.path()).ok({S("demo"), S("--size"), S("40"), S("--seed"), S("8")});

    const QStringList listArgs = {S("list"), S("contact"), S("--fields"), S("first_name,last_name,email,city"),
                                  S("--format"), S("csv")};
    const QString first = Cli(a.path()).ok(listArgs);
    CHECK(first.count(QLatin1Char('\n')) == 41);   // header + 40
    CHECK(Cli(b.path()).ok(listArgs) == first);
    CHECK(Cli(c.path()).ok(listArgs) != first);
    const QStringList accounts = {S("list"), S("account"), S("--fields"), S("name,city,annual_revenue"), S("--format"), S("csv")};
    CHECK(Cli(a.path()).ok(accounts) == Cli(b.path()).ok(accounts));

    const QJsonArray entities = Cli(a.path()).jsonArray({S("entities"), S("--format"), S("json")});
    QMap<QString, int> counts;
    for (const auto &e : entities)
        counts.insert(e.toObject().value(S("name")).toString(), e.toObject().value(S("records")).toInt());
    CHECK(counts.value(S("contact")) == 40);
    CHECK(counts.value(S("account")) == 5);
    CHECK(counts.value(S("lead")) == 10 + 30); // and the sales history's 30 (demohistory.cpp)

    // Progress goes to stderr (every 10% when it is not a terminal), never into the results.
    const auto r = Cli(a.path())({S("demo"), S("--size"), S("20000")});
    CHECK(r.exitCode == 0);
    CHECK(r.err.contains(S("%")));
    CHECK(!r.out.contains(S("%")));
}

TEST_CASE("a custom field shows in fields and is accepted by add and listed and removed")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    cli.ok({S("field"), S("add"), S("contact"), S("loyalty"), S("--type"), S("picklist"), S("--label"), S("Loyalty level"),
            S("--option"), S("gold=Gold"), S("--option"), S("silver"), S("--list")});
    cli.ok({S("field"), S("add"), S("contact"), S("budget"), S("--type"), S("money"), S("--search")});

    QJsonObject loyalty, budget;
    for (const auto &f : cli.jsonArray({S("fields"), S("contact"), S("--format"), S("json")})) {
        if (f.toObject().value(S("name")).toString() == S("loyalty"))
            loyalty = f.toObject();
        if (f.toObject().value(S("name")).toString() == S("budget"))
            budget = f.toObject();
    }
    CHECK(loyalty.value(S("type")).toString() == S("picklist"));
    CHECK(loyalty.value(S("label")).toString() == S("Loyalty level"));
    CHECK(loyalty.value(S("custom")).toBool());
    CHECK(loyalty.value(S("list")).toBool());
    CHECK(loyalty.value(S("options")).toArray().size() == 2);
    CHECK(budget.value(S("type")).toString() == S("money"));
    CHECK(cli.ok({S("fields"), S("contact")}).contains(S("Loyalty level")));

    const QString id = cli.ok({S("add"), S("contact"), S("last_name=Ferrer"), S("loyalty=Gold"), S("budget=1234.5")}).trimmed();
    const QJsonArray rows = cli.jsonArray({S("list"), S("contact"), S("--format"), S("json")});
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).toObject().value(S("loyalty")).toString() == S("gold"));
    CHECK(rows.at(0).toObject().value(S("budget")).toString() == S("1234.50"));
    CHECK(cli.ok({S("list"), S("contact")}).contains(S("loyalty")));     // a list field: in the table
    CHECK(cli.ok({S("show"), S("contact"), id}).contains(QRegularExpression(S("Loyalty level:\\s+Gold\n"))));
    CHECK(cli({S("add"), S("contact"), S("last_name=X"), S("loyalty=bronze")}).exitCode == 2);

    cli.ok({S("field"), S("remove"), S("contact"), S("loyalty")});
    CHECK(!cli.ok({S("fields"), S("contact")}).contains(S("loyalty")));
    const auto r = cli({S("add"), S("contact"), S("last_name=Y"), S("loyalty=gold")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(S("loyalty")));
    CHECK(!cli.ok({S("list"), S("contact"), S("--format"), S("json")}).contains(S("loyalty")));
    CHECK(cli.jsonArray({S("list"), S("contact"), S("--format"), S("json")}).at(0).toObject().value(S("budget")).toString()
          == S("1234.50"));
}

TEST_CASE("check passes on a good database and backup writes a copy that opens")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    cli.ok({S("demo"), S("--size"), S("25")});
    CHECK(cli.ok({S("check")}).contains(S("no problems")));

    const QString copy = t.dir() + S("/copy.sqlite");
    const QString written = cli.ok({S("backup"), copy}).trimmed();
    CHECK(written == QFileInfo(copy).absoluteFilePath());
    REQUIRE(QFileInfo::exists(copy));
    const QStringList listArgs = {S("list"), S("contact"), S("--format"), S("csv")};
    CHECK(Cli(copy).ok(listArgs) == cli.ok(listArgs));
    CHECK(Cli(copy).ok({S("check")}).contains(S("no problems")));
    CHECK(cli({S("backup"), copy}).exitCode == 2);   // never overwrites
}
