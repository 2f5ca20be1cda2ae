// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli: duplicates, merge, convert lead, and the duplicate warning of add/update.
#include "clitest.h"

#include <catch2/catch.hpp>

using namespace trato;
using test::Cli;
using test::S;

TEST_CASE("cli: add and update warn about likely duplicates on stderr, or refuse with --no-duplicates")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    const QString ana = cli.ok({S("add"), S("contact"), S("first_name=Ana"), S("last_name=Ruiz"),
                                S("email=ana@ruiz.es"), S("mobile=600 11 22 33")}).trimmed();

    auto warned = cli({S("--region"), S("ES"), S("add"), S("contact"), S("last_name=Otra"), S("email=ANA@ruiz.es")});
    CHECK(warned.exitCode == 0);
    CHECK(warned.out.trimmed().size() == 36);
    CHECK(warned.err.contains(S("likely duplicates")));
    CHECK(warned.err.contains(ana));
    CHECK(warned.err.contains(S("same email")));

    const QString before = test::dump(t.path());
    auto refused = cli({S("--region"), S("ES"), S("add"), S("contact"), S("last_name=Tercera"), S("phone=+34 600112233"),
                        S("--no-duplicates")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.out.isEmpty());
    CHECK(refused.err.contains(S("same phone")));
    CHECK(refused.err.contains(S("nothing was written")));
    CHECK(test::dump(t.path()) == before);

    // The same digits in another country are another number.
    auto otherCountry = cli({S("--region"), S("ES"), S("add"), S("contact"), S("last_name=Cuarta"), S("phone=+33 600112233"),
                             S("--no-duplicates")});
    CHECK(otherCountry.exitCode == 0);

    const QString luis = cli.ok({S("add"), S("contact"), S("last_name=Luis"), S("email=luis@x.es")}).trimmed();
    auto quiet = cli({S("update"), S("contact"), luis, S("city=Soria")});
    CHECK(quiet.exitCode == 0);
    CHECK(quiet.err.isEmpty());
    const QString beforeUpdate = test::dump(t.path());
    auto update = cli({S("update"), S("contact"), luis, S("email=ana@ruiz.es"), S("--no-duplicates")});
    CHECK(update.exitCode == 2);
    CHECK(test::dump(t.path()) == beforeUpdate);
    CHECK(cli({S("update"), S("contact"), luis, S("email=ana@ruiz.es")}).exitCode == 0);

    auto badRegion = cli({S("--region"), S("XX"), S("list"), S("contact")});
    CHECK(badRegion.exitCode == 1);
    CHECK(badRegion.err.contains(S("--region")));
}

TEST_CASE("cli: duplicates lists groups and the candidates of one record")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    const QString a = cli.ok({S("add"), S("account"), S("name=Hierros Ruiz S.L.")}).trimmed();
    const QString b = cli.ok({S("add"), S("account"), S("name=HIERROS RUIZ")}).trimmed();
    cli.ok({S("add"), S("account"), S("name=Otra")});
    const QString c1 = cli.ok({S("add"), S("contact"), S("last_name=Uno"), S("phone=976 11 22 33")}).trimmed();
    const QString c2 = cli.ok({S("add"), S("contact"), S("last_name=Dos"), S("mobile=0034976112233")}).trimmed();

    QJsonArray groups = cli.jsonArray({S("duplicates"), S("account"), S("--format"), S("json")});
    REQUIRE(groups.size() == 2);
    CHECK(groups.at(0).toObject().value(S("group")).toInt() == 1);
    CHECK(groups.at(0).toObject().value(S("id")).toString() == a);
    CHECK(groups.at(1).toObject().value(S("id")).toString() == b);
    CHECK(groups.at(0).toObject().value(S("reasons")).toArray().first().toString() == S("name"));

    QJsonArray phones = cli.jsonArray({S("--region"), S("ES"), S("duplicates"), S("contact"), S("--format"), S("json")});
    REQUIRE(phones.size() == 2);
    CHECK(phones.at(0).toObject().value(S("id")).toString() == c1);
    CHECK(phones.at(1).toObject().value(S("id")).toString() == c2);

    const QStringList table = cli.lines({S("duplicates"), S("account"), a});
    REQUIRE(table.size() == 3); // header, rule, one candidate
    CHECK(table.at(2).startsWith(b));

    auto unknown = cli({S("duplicates"), S("nope")});
    CHECK(unknown.exitCode == 2);
    auto missing = cli({S("duplicates"), S("account"), S("no-such-id")});
    CHECK(missing.exitCode == 2);
    CHECK(cli({S("duplicates")}).exitCode == 1);
    CHECK(cli({S("duplicates"), S("account"), S("--format"), S("xml")}).exitCode == 1);
}

TEST_CASE("cli: merge keeps one record, takes chosen fields, re-points related records, refusals write nothing")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    const QString keep = cli.ok({S("add"), S("account"), S("name=Hierros Ruiz S.L."), S("city=Zaragoza")}).trimmed();
    const QString other = cli.ok({S("add"), S("account"), S("name=HIERROS RUIZ"), S("phone=976 11 22 33")}).trimmed();
    const QString contact = cli.ok({S("add"), S("contact"), S("last_name=Uno"), S("account=") + other}).trimmed();

    const QString before = test::dump(t.path());
    CHECK(cli({S("merge"), S("account"), keep, keep}).exitCode == 2);
    CHECK(cli({S("merge"), S("account"), keep, contact}).exitCode == 2);
    CHECK(cli({S("merge"), S("account"), keep, other, S("--take"), S("nope=") + other}).exitCode == 2);
    CHECK(cli({S("merge"), S("account"), keep, other, S("--take"), S("phone")}).exitCode == 1);
    CHECK(cli({S("merge"), S("account"), keep}).exitCode == 1);
    CHECK(test::dump(t.path()) == before);

    auto merged = cli({S("merge"), S("account"), keep, other, S("--take"), S("phone=") + other});
    INFO(merged.err.toStdString());
    REQUIRE(merged.exitCode == 0);
    CHECK(merged.out.trimmed() == keep);
    CHECK(merged.err.contains(S("1 related records")));
    QJsonObject account = cli.jsonObject({S("show"), S("account"), keep, S("--format"), S("json")});
    CHECK(account.value(S("phone")).toString() == S("976 11 22 33"));
    CHECK(account.value(S("city")).toString() == S("Zaragoza"));
    CHECK(cli.jsonObject({S("show"), S("contact"), contact, S("--format"), S("json")}).value(S("account_id")).toString() == keep);
    QJsonArray trash = cli.jsonArray({S("trash"), S("account"), S("--format"), S("json")});
    REQUIRE(trash.size() == 1);
    QJsonArray history = cli.jsonArray({S("history"), S("account"), keep, S("--format"), S("json")});
    CHECK(history.last().toObject().value(S("op")).toString() == S("event"));
    CHECK(history.last().toObject().value(S("field")).toString() == S("merge"));
    CHECK(history.last().toObject().value(S("note")).toString().contains(other));
    // Merging a record in the Trash is refused.
    const QString third = cli.ok({S("add"), S("account"), S("name=Tercera")}).trimmed();
    CHECK(cli({S("merge"), S("account"), third, other}).exitCode == 2);
}

TEST_CASE("cli: convert lead creates or links account and contact, once, refusals write nothing")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    const QString lead = cli.ok({S("add"), S("lead"), S("first_name=Lucía"), S("last_name=Martín"),
                                 S("company=Frutas Martín S.L."), S("email=lucia@fm.es"), S("source=Event")}).trimmed();
    QJsonObject r = cli.jsonObject({S("convert"), S("lead"), lead, S("--format"), S("json")});
    CHECK(r.value(S("lead")).toString() == lead);
    CHECK(r.value(S("account_created")).toBool());
    CHECK(r.value(S("contact_created")).toBool());
    const QString contact = r.value(S("contact")).toString();
    QJsonObject c = cli.jsonObject({S("show"), S("contact"), contact, S("--format"), S("json")});
    CHECK(c.value(S("email")).toString() == S("lucia@fm.es"));
    CHECK(c.value(S("account")).toString() == S("Frutas Martín S.L."));
    QJsonObject l = cli.jsonObject({S("show"), S("lead"), lead, S("--format"), S("json")});
    CHECK(l.value(S("status")).toString() == S("converted"));
    CHECK(l.value(S("converted_contact_id")).toString() == contact);

    const QString before = test::dump(t.path());
    auto again = cli({S("convert"), S("lead"), lead});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(S("already converted")));
    const QString second = cli.ok({S("add"), S("lead"), S("last_name=Sanz"), S("company=Nueva")}).trimmed();
    const QString before2 = test::dump(t.path());
    CHECK(cli({S("convert"), S("lead"), second, S("--account"), S("no-such-account")}).exitCode == 2);
    CHECK(cli({S("convert"), S("lead"), second, S("--account"), S("x"), S("--no-account")}).exitCode == 1);
    CHECK(cli({S("convert"), S("contact"), second}).exitCode == 1);
    CHECK(test::dump(t.path()) == before2);
    (void)before;

    // Linking by name, and text output.
    const QString out = cli.ok({S("convert"), S("lead"), second, S("--account"), S("Frutas Martín S.L."), S("--contact"), contact});
    CHECK(out.contains(S("existing")));
    CHECK(out.contains(contact));
    const QString third = cli.ok({S("add"), S("lead"), S("last_name=Solo"), S("company=Particular")}).trimmed();
    QJsonObject none = cli.jsonObject({S("convert"), S("lead"), third, S("--no-account"), S("--format"), S("json")});
    CHECK(none.value(S("account")).isNull());
}
