// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli: --where conditions, segments and tags.
#include "clitest.h"

#include <catch2/catch.hpp>

using namespace trato;
using test::Cli;
using test::S;

namespace {

QStringList column(const Cli &cli, const QStringList &args)
{
    QStringList out = cli.lines(args + QStringList{S("--format"), S("csv")});
    if (!out.isEmpty())
        out.removeFirst();
    return out;
}

void seed(const Cli &cli)
{
    cli.ok({S("add"), S("account"), S("name=Alfa"), S("city=Madrid"), S("type=customer"), S("annual_revenue=150.000,00")});
    cli.ok({S("add"), S("account"), S("name=Beta"), S("city=Madrid"), S("type=prospect"), S("annual_revenue=200000")});
    cli.ok({S("add"), S("account"), S("name=Gamma 100%"), S("city=Sevilla"), S("type=customer"), S("annual_revenue=99999")});
}

} // namespace

TEST_CASE("list --where takes every operator and refuses bad conditions with exit 2 naming them")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    seed(cli);
    auto names = [&](const QStringList &where) {
        QStringList args = {S("list"), S("account"), S("--fields"), S("name")};
        for (const QString &w : where)
            args << S("--where") << w;
        return column(cli, args);
    };
    CHECK(names({S("city=Madrid"), S("annual_revenue>=100000")}) == QStringList{S("Alfa"), S("Beta")});
    CHECK(names({S("annual_revenue < 100000")}) == QStringList{S("Gamma 100%")});
    CHECK(names({S("annual_revenue>150000")}) == QStringList{S("Beta")});
    CHECK(names({S("annual_revenue<=150000"), S("type=customer")}) == QStringList{S("Alfa"), S("Gamma 100%")});
    CHECK(names({S("city!=Madrid")}) == QStringList{S("Gamma 100%")});
    CHECK(names({S("name~100%")}) == QStringList{S("Gamma 100%")});
    CHECK(names({S("name^=be")}) == QStringList{S("Beta")});
    CHECK(names({S("updated_at<1d")}).size() == 3);
    CHECK(names({S("updated_at>90d")}).isEmpty());
    CHECK(names({S("website=")}).size() == 3);
    CHECK(names({S("website!=")}).isEmpty());

    const QString before = test::dump(t.path());
    struct Case { const char *where; const char *message; };
    for (const Case &c : {Case{"annual_revenue>=lots", "annual_revenue>=lots"}, Case{"nosuch=1", "nosuch"},
                          Case{"type>customer", "does not apply"}, Case{"updated_at>ninety", "updated_at>ninety"},
                          Case{"city", "operator"}}) {
        const auto r = cli({S("list"), S("account"), S("--where"), S(c.where)});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(S(c.message)));
        CHECK(r.err.contains(S(c.where)));
        CHECK(r.out.isEmpty());
    }
    CHECK(test::dump(t.path()) == before);
}

TEST_CASE("segment add, list, show, delete and list --segment")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    seed(cli);
    const QString id = cli.ok({S("segment"), S("add"), S("account"), S("Madrid customers"), S("--where"), S("city=Madrid"),
                               S("--where"), S("type=customer")}).trimmed();
    CHECK(id.size() == 36);
    cli.ok({S("segment"), S("add"), S("account"), S("Quiet"), S("--where"), S("updated_at>90d"), S("--sort"), S("name:desc")});
    cli.ok({S("segment"), S("add"), S("account"), S("Big"), S("--where"), S("annual_revenue>=150000"), S("--sort"), S("name:desc")});

    CHECK(column(cli, {S("segment"), S("list")}) .size() == 3);
    const QJsonArray all = cli.jsonArray({S("segment"), S("list"), S("account"), S("--format"), S("json")});
    REQUIRE(all.size() == 3);
    CHECK(all.at(0).toObject().value(S("name")).toString() == S("Big"));
    CHECK(all.at(1).toObject().value(S("conditions")).toArray().at(0).toString() == S("city=Madrid"));

    const QString shown = cli.ok({S("segment"), S("show"), S("madrid customers")});
    CHECK(shown.contains(S("city=Madrid")));
    CHECK(shown.contains(S("type=customer")));
    CHECK(shown.contains(S("Records: 1")));
    CHECK(cli.jsonObject({S("segment"), S("show"), S("Big"), S("--format"), S("json")}).value(S("records")).toInt() == 2);

    CHECK(column(cli, {S("list"), S("account"), S("--segment"), S("Madrid customers"), S("--fields"), S("name")}) == QStringList{S("Alfa")});
    CHECK(column(cli, {S("list"), S("account"), S("--segment"), S("Big"), S("--fields"), S("name")}) == QStringList{S("Beta"), S("Alfa")});
    CHECK(column(cli, {S("list"), S("account"), S("--segment"), S("Big"), S("--where"), S("type=customer"), S("--fields"), S("name")})
          == QStringList{S("Alfa")});
    CHECK(column(cli, {S("list"), S("account"), S("--segment"), S("Quiet"), S("--fields"), S("name")}).isEmpty());

    // Refusals: exit 2, a message, nothing written.
    const QString before = test::dump(t.path());
    struct Case { QStringList args; int code; const char *message; };
    const QList<Case> cases = {
        {{S("segment"), S("add"), S("account"), S("big"), S("--where"), S("city=Madrid")}, 2, "already a segment"},
        {{S("segment"), S("add"), S("account"), S("X"), S("--where"), S("employees~3")}, 2, "employees~3"},
        {{S("segment"), S("add"), S("account"), S("X")}, 2, "--where"},
        {{S("segment"), S("add"), S("company"), S("X"), S("--where"), S("city=Madrid")}, 2, "unknown entity"},
        {{S("segment"), S("show"), S("Nope")}, 2, "no segment named \"Nope\""},
        {{S("segment"), S("delete"), S("Nope")}, 2, "no segment named \"Nope\""},
        {{S("list"), S("contact"), S("--segment"), S("Big")}, 2, "not contact"},
        {{S("list"), S("account"), S("--segment"), S("Nope")}, 2, "Nope"},
        {{S("segment")}, 1, "segment add"},
        {{S("segment"), S("rename")}, 1, "unknown command"},
    };
    for (const Case &c : cases) {
        const auto r = cli(c.args);
        INFO(c.args.join(QLatin1Char(' ')).toStdString());
        CHECK(r.exitCode == c.code);
        CHECK(r.err.contains(S(c.message)));
    }
    CHECK(test::dump(t.path()) == before);

    cli.ok({S("segment"), S("delete"), S("QUIET")});
    CHECK(column(cli, {S("segment"), S("list")}).size() == 2);
    CHECK(cli.ok({S("help"), S("segment")}).contains(S("segment delete NAME")));
}

TEST_CASE("tag, untag and tags")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    const QString ana = cli.ok({S("add"), S("contact"), S("last_name=Ruiz")}).trimmed();
    const QString luis = cli.ok({S("add"), S("contact"), S("last_name=Soler"), S("tags=vip")}).trimmed();
    cli.ok({S("tag"), S("contact"), ana, S("VIP"), S("Feria 2025")});
    cli.ok({S("tag"), S("contact"), luis, S("norte")});
    // One tag whatever its capitals: counted together.
    CHECK(column(cli, {S("tags"), S("contact")}).join(S("|")).toLower() == S("vip,2|feria 2025,1|norte,1"));
    CHECK(column(cli, {S("list"), S("contact"), S("--where"), S("tags=vip"), S("--fields"), S("last_name")})
          == QStringList{S("Ruiz"), S("Soler")});
    CHECK(column(cli, {S("list"), S("contact"), S("--where"), S("tags=feria 2025"), S("--fields"), S("last_name")})
          == QStringList{S("Ruiz")});
    CHECK(column(cli, {S("list"), S("contact"), S("--search"), S("feria"), S("--fields"), S("last_name")}) == QStringList{S("Ruiz")});
    const QJsonArray json = cli.jsonArray({S("list"), S("contact"), S("--where"), S("tags=norte"), S("--fields"), S("tags"),
                                           S("--format"), S("json")});
    REQUIRE(json.size() == 1);
    CHECK(json.at(0).toObject().value(S("tags")).toArray().size() == 2);
    cli.ok({S("untag"), S("contact"), ana, S("vip")});
    CHECK(column(cli, {S("tags"), S("contact")}) == QStringList{S("Feria 2025,1"), S("norte,1"), S("vip,1")});
    // History shows the change.
    CHECK(cli.ok({S("history"), S("contact"), ana}).contains(S("tags")));

    const QString before = test::dump(t.path());
    CHECK(cli({S("tag"), S("contact"), S("no-such-id"), S("x")}).exitCode == 2);
    CHECK(cli({S("tag"), S("campaign_member"), ana, S("x")}).err.contains(S("no tags field")));
    CHECK(cli({S("tag"), S("contact"), ana, S(";")}).exitCode == 2);
    CHECK(cli({S("tags"), S("company")}).exitCode == 2);
    CHECK(test::dump(t.path()) == before);
}
