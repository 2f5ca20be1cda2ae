// SPDX-License-Identifier: GPL-3.0-or-later
// analytics: printing — trato-cli print list and print record on a real database file: the PDF read
// back with pdftotext has the filtered rows only, the record's labels and values; refusals leave no
// file and name what is wrong.
#include "clitest.h"

#include "store/recordstore.h"

#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace trato;
using test::Cli;
using test::S;

namespace {
QString pdfText(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(S("pdftotext"));
    REQUIRE_FALSE(tool.isEmpty());
    auto text = test::run(tool, {S("-layout"), pdf, S("-")}, {}, {}, 30000);
    REQUIRE(text.exitCode == 0);
    return text.out;
}

struct Seeded
{
    test::TempDb t;
    QString contact;
    Seeded()
    {
        RecordStore store(t.db());
        auto account = store.create(S("account"), {{S("name"), S("Talleres Norte S.L.")}, {S("city"), S("Bilbao")}});
        REQUIRE(account.ok());
        const char *rows[][3] = {{"Ana", "Gil", "Madrid"}, {"Luis", "Pérez", "Sevilla"}, {"Marta", "Ruiz", "Madrid"},
                                 {"Pablo", "Abad", "Madrid"}, {"Sara", "Vidal", "Bilbao"}};
        for (const auto &r : rows) {
            auto c = store.create(S("contact"), {{S("first_name"), S(r[0])}, {S("last_name"), S(r[1])}, {S("city"), S(r[2])},
                                                 {S("account"), account.value()}, {S("title"), S("Gerente de compras")}});
            REQUIRE(c.ok());
            if (S(r[0]) == S("Marta"))
                contact = c.value();
        }
        t.close();
    }
};
} // namespace

TEST_CASE("print list writes the filtered rows only, sorted, with the filter line and page numbers")
{
    Seeded s;
    Cli cli(s.t.path());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(S("madrid.pdf"));
    auto r = cli({S("print"), S("list"), S("contact"), S("--where"), S("city=Madrid"), S("--sort"), S("last_name:desc"),
                  S("--columns"), S("first_name,last_name,city,account"), S("--today"), S("2026-03-02"), S("--pdf"), pdf});
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.contains(pdf));
    const QString text = pdfText(pdf);
    CHECK(text.contains(S("Contacts")));
    CHECK(text.contains(S("Date: 2026-03-02")));
    CHECK(text.contains(S("Sorted by Last name, descending")));
    CHECK(text.contains(S("Page 1 of 1")));
    CHECK(text.contains(S("Talleres Norte S.L.")));
    for (const char *name : {"Ruiz", "Gil", "Abad"})
        CHECK(text.contains(S(name)));
    for (const char *name : {"Pérez", "Vidal", "Sevilla", "Bilbao"})
        CHECK_FALSE(text.contains(S(name)));
    CHECK(text.indexOf(S("Ruiz")) < text.indexOf(S("Gil")));
    CHECK(text.indexOf(S("Gil")) < text.indexOf(S("Abad")));

    const QString searched = dir.filePath(S("search.pdf"));
    REQUIRE(cli({S("print"), S("list"), S("contact"), S("--search"), S("vidal"), S("--pdf"), searched}).exitCode == 0);
    const QString one = pdfText(searched);
    CHECK(one.contains(S("Vidal")));
    CHECK_FALSE(one.contains(S("Gil")));
}

TEST_CASE("print list and print record refuse an unwritable path, a removed field and a missing record, leaving no file")
{
    Seeded s;
    Cli cli(s.t.path());
    QTemporaryDir dir;
    const QString before = test::dump(s.t.path());
    const QString nowhere = dir.filePath(S("missing/folder/list.pdf"));
    auto unwritable = cli({S("print"), S("list"), S("contact"), S("--pdf"), nowhere});
    CHECK(unwritable.exitCode == 2);
    CHECK(unwritable.err.contains(nowhere));
    CHECK_FALSE(QFile::exists(nowhere));
    auto recordNowhere = cli({S("print"), S("record"), S("contact"), s.contact, S("--pdf"), nowhere});
    CHECK(recordNowhere.exitCode == 2);
    CHECK(recordNowhere.err.contains(nowhere));

    const QString x = dir.filePath(S("x.pdf"));
    auto badColumn = cli({S("print"), S("list"), S("contact"), S("--columns"), S("last_name,shoe_size"), S("--pdf"), x});
    CHECK(badColumn.exitCode == 2);
    CHECK(badColumn.err.contains(S("shoe_size")));
    auto badWhere = cli({S("print"), S("list"), S("contact"), S("--where"), S("shoe_size=42"), S("--pdf"), x});
    CHECK(badWhere.exitCode == 2);
    CHECK(badWhere.err.contains(S("shoe_size")));
    auto missing = cli({S("print"), S("record"), S("contact"), S("no-such-id"), S("--pdf"), x});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(S("no-such-id")));
    auto noPdf = cli({S("print"), S("list"), S("contact")});
    CHECK(noPdf.exitCode == 1);
    CHECK(noPdf.err.contains(S("--pdf")));
    CHECK_FALSE(QFile::exists(x));
    CHECK(test::dump(s.t.path()) == before);
}

TEST_CASE("print record writes the record's labels and values with the company name")
{
    Seeded s;
    Cli cli(s.t.path());
    REQUIRE(cli({S("company"), S("set"), S("name"), S("Automóviles Ejemplo S.A.")}).exitCode == 0);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(S("marta.pdf"));
    auto r = cli({S("print"), S("record"), S("contact"), s.contact, S("--today"), S("2026-03-02"), S("--pdf"), pdf});
    REQUIRE(r.exitCode == 0);
    const QString text = pdfText(pdf);
    CHECK(text.contains(S("Automóviles Ejemplo S.A.")));
    CHECK(text.contains(S("Contact: Marta Ruiz")));
    CHECK(text.contains(S("Printed 2026-03-02")));
    CHECK(text.contains(S("First name")));
    CHECK(text.contains(S("Marta")));
    CHECK(text.contains(S("Gerente de compras")));
    CHECK(text.contains(S("Talleres Norte S.L.")));
    CHECK(text.contains(S("Page 1 of 1")));
    CHECK_FALSE(text.contains(S("Contacts (Account)")));

    // The account with its related contacts: the first 2 and how many there are.
    const QString accountId = cli.lines({S("list"), S("account"), S("--fields"), S("id"), S("--format"), S("csv")}).value(1).trimmed();
    REQUIRE_FALSE(accountId.isEmpty());
    const QString withRelated = dir.filePath(S("account.pdf"));
    REQUIRE(cli({S("print"), S("record"), S("account"), accountId, S("--related"), S("2"), S("--pdf"), withRelated}).exitCode == 0);
    const QString related = pdfText(withRelated);
    CHECK(related.contains(S("Account: Talleres Norte S.L.")));
    CHECK(related.contains(S("Contacts (Account) · 5")));
    CHECK(related.contains(S("Pablo Abad")));
    CHECK(related.contains(S("… and 3 more")));
    CHECK_FALSE(related.contains(S("Vidal")));
}
