// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli: line move, line remove and purchases on the real binary, over salesfixture.h's dataset.
#include "clitest.h"
#include "salesfixture.h"

#include "sales/documentlines.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace trato;
using test::Cli;
using test::S;
using test::SalesFixture;

namespace {
QStringList descriptions(test::TempDb &t, const QString &entity, const QString &id)
{
    t.reopen();
    QStringList out;
    for (const DocumentLine &l : SalesFixture::must(DocumentLines(t.db()).lines(entity, id)))
        out << QStringLiteral("%1:%2").arg(l.position).arg(l.description);
    t.close();
    return out;
}
} // namespace

TEST_CASE("trato-cli purchases shows an account's and a contact's history as text and JSON")
{
    test::TempDb t;
    SalesFixture f(t.db());
    t.close();
    Cli cli(t.path());

    const QJsonObject account = cli.jsonObject({S("purchases"), S("Talleres Ruiz"), S("--format"), S("json")});
    CHECK(account.value(S("entity")).toString() == S("account"));
    CHECK(account.value(S("last_purchase")).toString() == S("2026-02-01"));
    CHECK(account.value(S("invoiced")).toString() == S("562.64"));
    CHECK(account.value(S("credited")).toString() == S("27.23"));
    CHECK(account.value(S("net")).toString() == S("535.41"));
    const QJsonArray items = account.value(S("items")).toArray();
    REQUIRE(items.size() == 3);
    CHECK(items.at(0).toObject().value(S("code")).toString() == S("TOR-10"));
    CHECK(items.at(0).toObject().value(S("quantity")).toString() == S("110"));
    CHECK(items.at(0).toObject().value(S("amount")).toString() == S("252.50"));
    CHECK(items.at(0).toObject().value(S("last_date")).toString() == S("2026-02-01"));
    const QJsonArray years = account.value(S("years")).toArray();
    REQUIRE(years.size() == 2);
    CHECK(years.at(0).toObject().value(S("year")).toInt() == 2026);
    CHECK(years.at(0).toObject().value(S("net")).toString() == S("154.27"));
    CHECK(years.at(1).toObject().value(S("invoiced")).toString() == S("381.14"));
    REQUIRE(account.value(S("open_quotes")).toArray().size() == 1);
    CHECK(account.value(S("open_quotes")).toArray().at(0).toObject().value(S("total")).toString() == S("217.78"));
    const QJsonArray unpaid = account.value(S("unpaid_invoices")).toArray();
    REQUIRE(unpaid.size() == 1);
    CHECK(unpaid.at(0).toObject().value(S("number")).toString() == S("F-2026-0001"));
    CHECK(unpaid.at(0).toObject().value(S("balance_due")).toString() == S("131.50"));

    // A contact by name: only the documents naming Ana (invoice A and the credit note).
    const QJsonObject ana = cli.jsonObject({S("purchases"), S("Ana Ruiz"), S("--format"), S("json")});
    CHECK(ana.value(S("entity")).toString() == S("contact"));
    CHECK(ana.value(S("id")).toString() == f.ana);
    CHECK(ana.value(S("items")).toArray().at(0).toObject().value(S("quantity")).toString() == S("90"));
    CHECK(ana.value(S("unpaid_invoices")).toArray().isEmpty());

    // Text, by id.
    const QString text = cli.ok({S("purchases"), f.account});
    CHECK(text.contains(S("Talleres Ruiz")));
    CHECK(text.contains(S("TOR-10")));
    CHECK(text.contains(S("252.50")));
    CHECK(text.contains(S("F-2026-0001")));
    CHECK(text.contains(S("131.50")));

    auto unknown = cli({S("purchases"), S("Nadie")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(S("Nadie")));
    auto badFormat = cli({S("purchases"), f.account, S("--format"), S("csv")});
    CHECK(badFormat.exitCode == 1); // a usage error
}

TEST_CASE("trato-cli line move and line remove reorder a draft's lines and refuse closed documents without a change")
{
    test::TempDb t;
    SalesFixture f(t.db());
    DocumentLines dl(t.db());
    SalesFixture::must(dl.addItemByText(S("quote"), f.quote1, S("TOR-10")));
    SalesFixture::must(dl.addText(S("quote"), f.quote1, S("Nota")));
    t.close();
    Cli cli(t.path());

    cli.ok({S("line"), S("move"), S("quote"), f.quote1, S("3"), S("--up")});
    CHECK(descriptions(t, S("quote"), f.quote1) == QStringList{S("1:Taladro"), S("2:Nota"), S("3:Tornillo")});
    cli.ok({S("line"), S("move"), S("quote"), f.quote1, S("1"), S("--down")});
    CHECK(descriptions(t, S("quote"), f.quote1) == QStringList{S("1:Nota"), S("2:Taladro"), S("3:Tornillo")});
    cli.ok({S("line"), S("remove"), S("quote"), f.quote1, S("1")});
    CHECK(descriptions(t, S("quote"), f.quote1) == QStringList{S("1:Taladro"), S("2:Tornillo")});

    // Refusals: already first, no such line, both or neither direction, not a document, an issued
    // invoice. Each names the problem and leaves the database as it was.
    const QString before = test::dump(t.path());
    auto first = cli({S("line"), S("move"), S("quote"), f.quote1, S("1"), S("--up")});
    CHECK(first.exitCode == 2);
    CHECK(first.err.contains(S("first")));
    auto missing = cli({S("line"), S("remove"), S("quote"), f.quote1, S("7")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(S("no line 7")));
    auto both = cli({S("line"), S("move"), S("quote"), f.quote1, S("1"), S("--up"), S("--down")});
    CHECK(both.exitCode == 1); // usage
    auto neither = cli({S("line"), S("move"), S("quote"), f.quote1, S("1")});
    CHECK(neither.exitCode == 1);
    auto notDoc = cli({S("line"), S("remove"), S("account"), f.account, S("1")});
    CHECK(notDoc.exitCode == 2);
    CHECK(notDoc.err.contains(S("not a sales document")));
    auto issued = cli({S("line"), S("remove"), S("invoice"), f.invoiceB, S("1")});
    CHECK(issued.exitCode == 2);
    CHECK(issued.err.contains(S("F-2026-0001")));
    auto issuedMove = cli({S("line"), S("move"), S("invoice"), f.invoiceB, S("1"), S("--down")});
    CHECK(issuedMove.exitCode != 0);
    CHECK(test::dump(t.path()) == before);
}
