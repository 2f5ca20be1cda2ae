// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli: the life of a record, output formats, list filters, search.
#include "clitest.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace trato;
using test::Cli;
using test::S;

TEST_CASE("a record is added shown updated deleted restored and purged with its history")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());

    const QString account = cli.ok({S("add"), S("account"), S("name=Talleres Ruiz S.L."), S("annual_revenue=1234.5"),
                                    S("type=Customer")}).trimmed();
    REQUIRE(account.size() == 36);
    // stdout is the id and nothing else, so `id=$(trato-cli add ...)` works.
    const QString id = cli.ok({S("add"), S("contact"), S("first_name=José"), S("last_name=Núñez"),
                               S("account=talleres ruiz s.l."), S("birthday=1980-12-31"), S("city=Sevilla")}).trimmed();
    REQUIRE(id.size() == 36);

    const QString text = cli.ok({S("show"), S("contact"), id});
    // Labels are padded to the longest one, so match "Label:<spaces>value" per line.
    auto line = [&text](const QString &label, const QString &value) {
        return text.contains(QRegularExpression(QRegularExpression::escape(label) + S(":\\s+") +
                                                QRegularExpression::escape(value) + S("\n")));
    };
    CHECK(line(S("First name"), S("José")));
    CHECK(line(S("Account"), S("Talleres Ruiz S.L. (") + account + S(")")));
    CHECK(line(S("Do not call"), S("No")));

    QJsonObject json = cli.jsonObject({S("show"), S("contact"), id, S("--format"), S("json")});
    CHECK(json.value(S("id")).toString() == id);
    CHECK(json.value(S("first_name")).toString() == S("José"));
    CHECK(json.value(S("account")).toString() == S("Talleres Ruiz S.L."));
    CHECK(json.value(S("account_id")).toString() == account);
    CHECK(json.value(S("birthday")).toString() == S("1980-12-31"));
    CHECK(json.value(S("email")).isNull());
    CHECK(json.value(S("do_not_call")).isBool());
    CHECK(json.value(S("owner")).toString() == S("tester"));
    const QJsonObject acc = cli.jsonObject({S("show"), S("account"), account, S("--format"), S("json")});
    CHECK(acc.value(S("annual_revenue")) == QJsonValue(S("1234.50")));   // exact, a string
    CHECK(acc.value(S("type")).toString() == S("customer"));              // picklist by label -> key
    CHECK(acc.value(S("parent")).isNull());
    CHECK(acc.value(S("parent_id")).isNull());

    // update prints nothing; the history has who, which field, from what to what.
    CHECK(cli.ok({S("update"), S("contact"), id, S("city=Córdoba"), S("email=jose@ruiz.es")}).isEmpty());
    const auto history = cli({S("history"), S("contact"), id}, {S("TRATO_USER=marta")});
    REQUIRE(history.exitCode == 0);
    CHECK(history.out.contains(S("Sevilla → Córdoba")));
    CHECK(history.out.contains(S("created")));
    const QJsonArray changes = cli.jsonArray({S("history"), S("contact"), id, S("--format"), S("json")});
    bool sawCity = false;
    for (const auto &c : changes) {
        const QJsonObject o = c.toObject();
        if (o.value(S("field")).toString() == S("city")) {
            sawCity = true;
            CHECK(o.value(S("op")).toString() == S("update"));
            CHECK(o.value(S("old")).toString() == S("Sevilla"));
            CHECK(o.value(S("new")).toString() == S("Córdoba"));
            CHECK(o.value(S("user")).toString() == S("tester"));
            CHECK(!o.value(S("clock")).toString().isEmpty());
        }
    }
    CHECK(sawCity);

    // A change made outside Trato shows up as such.
    REQUIRE(test::sqlite3(t.path(), S("UPDATE contact SET title = 'Jefe' WHERE id = '%1';").arg(id)).exitCode == 0);
    CHECK(cli.ok({S("history"), S("contact"), id}).contains(S("outside Trato")));

    // Delete: gone from the list, in the Trash, back with restore.
    auto listIds = [&](QStringList extra = {}) {
        QStringList ids = cli.lines(QStringList{S("list"), S("contact"), S("--fields"), S("id"), S("--format"), S("csv")} + extra);
        ids.removeFirst(); // header
        return ids;
    };
    CHECK(listIds() == QStringList{id});
    CHECK(cli.ok({S("delete"), S("contact"), id}).isEmpty());
    CHECK(listIds().isEmpty());
    CHECK(listIds({S("--deleted")}) == QStringList{id});
    const QJsonArray trash = cli.jsonArray({S("trash"), S("--format"), S("json")});
    REQUIRE(trash.size() == 1);
    CHECK(trash.at(0).toObject().value(S("entity")).toString() == S("contact"));
    CHECK(trash.at(0).toObject().value(S("id")).toString() == id);
    CHECK(trash.at(0).toObject().value(S("name")).toString() == S("José Núñez"));
    CHECK(cli({S("delete"), S("contact"), id}).exitCode == 2);   // already in the Trash
    CHECK(cli.ok({S("history"), S("contact"), id}).contains(S("moved to the Trash")));
    CHECK(cli.ok({S("restore"), S("contact"), id}).isEmpty());
    CHECK(listIds() == QStringList{id});
    CHECK(cli.jsonArray({S("trash"), S("--format"), S("json")}).isEmpty());

    // Purge only from the Trash; afterwards the record is gone but its history stays.
    CHECK(cli({S("purge"), S("contact"), id}).exitCode == 2);
    CHECK(cli.ok({S("delete"), S("contact"), id}).isEmpty());
    CHECK(cli.ok({S("purge"), S("contact"), id}).isEmpty());
    const auto gone = cli({S("show"), S("contact"), id});
    CHECK(gone.exitCode == 2);
    CHECK(gone.err.contains(id));
    CHECK(cli.ok({S("history"), S("contact"), id}).contains(S("purged")));
    CHECK(cli({S("history"), S("contact"), S("no-such-id")}).exitCode == 2);
}

TEST_CASE("csv output quotes commas quotes and line breaks and ends lines with LF")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    cli.ok({S("add"), S("contact"), S("last_name=Ruiz, \"El Gato\""), S("description=línea 1\nlínea 2"), S("first_name=Ana")});
    const QString out = cli.ok({S("list"), S("contact"), S("--fields"), S("first_name,last_name,description"),
                                S("--format"), S("csv")});
    CHECK(out == S("first_name,last_name,description\nAna,\"Ruiz, \"\"El Gato\"\"\",\"línea 1\nlínea 2\"\n"));
    // What a script does: take an id from the CSV and use it as is.
    const QString ids = cli.ok({S("list"), S("contact"), S("--fields"), S("id"), S("--format"), S("csv")});
    const QString id = ids.split(QLatin1Char('\n'), Qt::SkipEmptyParts).last();
    CHECK(cli({S("show"), S("contact"), id}).exitCode == 0);
    // The table keeps one line per record.
    const QStringList table = cli.lines({S("list"), S("contact"), S("--fields"), S("last_name,description")});
    REQUIRE(table.size() == 3);
    CHECK(table.at(2).contains(S("línea 1 línea 2")));
}

TEST_CASE("list search ignores accents and matches prefixes and list filters sort and page")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    const QString acc = cli.ok({S("add"), S("account"), S("name=Gómez Hermanos")}).trimmed();
    cli.ok({S("add"), S("contact"), S("first_name=José"), S("last_name=García"), S("city=Madrid"), S("account=") + acc});
    cli.ok({S("add"), S("contact"), S("first_name=Josefa"), S("last_name=López"), S("city=Sevilla")});
    cli.ok({S("add"), S("contact"), S("first_name=Ana"), S("last_name=Gómez"), S("city=Madrid"), S("do_not_call=yes")});
    cli.ok({S("add"), S("contact"), S("first_name=Luis"), S("last_name=Pérez"), S("city=Madrid")});

    auto firstNames = [&](const QStringList &extra) {
        QStringList names = cli.lines(QStringList{S("list"), S("contact"), S("--fields"), S("first_name"), S("--format"), S("csv")} + extra);
        names.removeFirst();
        return names;
    };
    // Default sort: last name.
    CHECK(firstNames({}) == QStringList{S("José"), S("Ana"), S("Josefa"), S("Luis")});
    CHECK(firstNames({S("--search"), S("jose")}) == QStringList{S("José"), S("Josefa")});
    CHECK(firstNames({S("--search"), S("JOSÉ GAR")}) == QStringList{S("José")});
    CHECK(firstNames({S("--search"), S("gome")}) == QStringList{S("Ana")});
    CHECK(firstNames({S("--where"), S("city=Madrid")}) == QStringList{S("José"), S("Ana"), S("Luis")});
    CHECK(firstNames({S("--where"), S("city=Madrid"), S("--where"), S("do_not_call=sí")}) == QStringList{S("Ana")});
    CHECK(firstNames({S("--where"), S("account=gómez hermanos")}) == QStringList{S("José")});   // relation by name
    CHECK(firstNames({S("--where"), S("account=") + acc}) == QStringList{S("José")});            // ... or id
    CHECK(firstNames({S("--where"), S("account=")}) == QStringList{S("Ana"), S("Josefa"), S("Luis")}); // empty
    CHECK(firstNames({S("--sort"), S("last_name:desc")}) == QStringList{S("Luis"), S("Josefa"), S("Ana"), S("José")});
    CHECK(firstNames({S("--sort"), S("last_name:desc"), S("--limit"), S("2")}) == QStringList{S("Luis"), S("Josefa")});
    CHECK(firstNames({S("--sort"), S("city:desc"), S("--limit"), S("1")}) == QStringList{S("Josefa")});
    CHECK(firstNames({S("--sort"), S("last_name"), S("--limit"), S("2"), S("--offset"), S("1")})
          == QStringList{S("Ana"), S("Josefa")});
    CHECK(firstNames({S("--limit"), S("0")}).isEmpty());

    // json: an array of objects; relations give the name and FIELD_id.
    const QJsonArray rows = cli.jsonArray({S("list"), S("contact"), S("--where"), S("city=Madrid"), S("--format"), S("json"),
                                           S("--fields"), S("first_name,account")});
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).toObject().keys() == QStringList{S("account"), S("account_id"), S("first_name")});
    CHECK(rows.at(0).toObject().value(S("account")).toString() == S("Gómez Hermanos"));
    CHECK(rows.at(0).toObject().value(S("account_id")).toString() == acc);
    CHECK(rows.at(1).toObject().value(S("account")).isNull());

    // The table: a header, a rule and one line per record, id and the list fields by default.
    const QStringList table = cli.lines({S("list"), S("contact"), S("--search"), S("luis")});
    REQUIRE(table.size() == 3);
    CHECK(table.at(0).startsWith(S("id ")));
    CHECK(table.at(0).contains(S("last_name")));
    CHECK(table.at(1).startsWith(S("---")));
    CHECK(table.at(2).contains(S("Pérez")));
    CHECK(cli.jsonArray({S("list"), S("contact"), S("--search"), S("nadie"), S("--format"), S("json")}).isEmpty());

    // Global search over every entity.
    const QJsonArray hits = cli.jsonArray({S("search"), S("gomez"), S("--format"), S("json")});
    QStringList found;
    for (const auto &h : hits)
        found << h.toObject().value(S("entity")).toString() + QLatin1Char(':') + h.toObject().value(S("name")).toString();
    found.sort();
    CHECK(found == QStringList{S("account:Gómez Hermanos"), S("contact:Ana Gómez")});
    CHECK(cli.ok({S("search"), S("josé")}).contains(S("Josefa López")));
    CHECK(cli.jsonArray({S("search"), S("jose"), S("--limit"), S("1"), S("--format"), S("json")}).size() == 1);
}

TEST_CASE("entities and fields describe the metadata")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    cli.ok({S("add"), S("lead"), S("last_name=Marín")});
    const QJsonArray entities = cli.jsonArray({S("entities"), S("--format"), S("json")});
    QStringList names;
    for (const auto &e : entities) {
        names << e.toObject().value(S("name")).toString();
        if (e.toObject().value(S("name")).toString() == S("lead"))
            CHECK(e.toObject().value(S("records")).toInt() == 1);
    }
    CHECK(names == QStringList{S("account"), S("contact"), S("lead"), S("campaign"), S("campaign_member"), S("activity"), S("note"),
                               S("call_script"), S("call_list"), S("call_list_entry"),
                               S("product"), S("service"), S("product_category"), S("price_book"), S("price_book_entry"),
                               S("product_option_group"), S("product_option"), S("option_incompatibility"), S("vendor"),
                               S("warehouse"), S("purchase_order"), S("purchase_order_line"), S("stock_movement"),
                              S("opportunity"), S("quote"), S("sales_order"), S("invoice"), S("credit_note"), S("sales_line"),
                              S("payment"), S("pipeline"), S("pipeline_stage"), S("tax_rate"),
                              S("ticket"), S("kb_article"), S("service_contract"), S("sla_policy"), S("business_calendar"),
                              S("sla_breach"), S("ticket_message"), S("ticket_article"), S("sales_target"), S("report"), S("dashboard")});

    const QJsonArray fields = cli.jsonArray({S("fields"), S("lead"), S("--format"), S("json")});
    bool sawStatus = false;
    for (const auto &f : fields) {
        const QJsonObject o = f.toObject();
        if (o.value(S("name")).toString() != S("status"))
            continue;
        sawStatus = true;
        CHECK(o.value(S("type")).toString() == S("picklist"));
        CHECK(o.value(S("list")).toBool());
        CHECK(o.value(S("default")).toString() == S("new"));
        CHECK(o.value(S("options")).toArray().at(0).toObject().value(S("value")).toString() == S("new"));
    }
    CHECK(sawStatus);
    const QString table = cli.ok({S("fields"), S("contact")});
    CHECK(table.contains(S("account")));
    CHECK(table.contains(S("relation")));
}
