// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli company, layout and print on a real database file: the PDF read back with pdftotext,
// refusals that leave the database unchanged.
#include "clitest.h"

#include "store/recordstore.h"

#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace trato;
using test::Cli;
using test::S;

namespace {
QString squash(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KC))
        if (!c.isSpace())
            out.append(c);
    return out;
}

struct Seeded
{
    test::TempDb t;
    QString invoice;
    Seeded()
    {
        RecordStore store(t.db());
        auto account = store.create(S("account"), {{S("name"), S("Talleres Norte S.L.")}, {S("tax_id"), S("B12345674")}});
        REQUIRE(account.ok());
        auto inv = store.create(S("invoice"), {{S("account"), account.value()}, {S("invoice_date"), S("2026-03-02")}});
        REQUIRE(inv.ok());
        invoice = inv.value();
        REQUIRE(store.create(S("sales_line"), {{S("invoice"), invoice}, {S("position"), 1}, {S("kind"), S("text")},
                                               {S("description"), S("Instalación de taller")}, {S("quantity"), qlonglong(2000)},
                                               {S("unit_price"), qlonglong(45000)}, {S("tax_rate"), 21.0}})
                    .ok());
        // Issued as the document service would: status and number.
        REQUIRE(store.update(S("invoice"), invoice, {{S("status"), S("issued")}, {S("number"), S("F-2026-0100")}},
                             RecordStore::Access::System).ok());
        t.close();
    }
};
} // namespace

TEST_CASE("company set, show and logo through trato-cli, refusals change nothing")
{
    Seeded s;
    Cli cli(s.t.path());
    REQUIRE(cli({S("company"), S("set"), S("name"), S("Automóviles"), S("Ejemplo"), S("S.A.")}).exitCode == 0);
    REQUIRE(cli({S("company"), S("set"), S("iban"), S("ES91 2100 0418 4502 0005 1332")}).exitCode == 0);
    const QString shown = cli.ok({S("company"), S("show")});
    CHECK(shown.contains(S("name: Automóviles Ejemplo S.A.")));
    CHECK(shown.contains(S("iban: ES91 2100 0418 4502 0005 1332")));
    CHECK(shown.contains(S("logo: (none)")));

    const QString before = test::dump(s.t.path());
    auto badIban = cli({S("company"), S("set"), S("iban"), S("ES91 2100 0418 4502 0005 1333")});
    CHECK(badIban.exitCode == 2);
    CHECK(badIban.err.contains(S("check digits")));
    auto badTax = cli({S("company"), S("set"), S("tax_id"), S("B12345675")});
    CHECK(badTax.exitCode == 2);
    CHECK(badTax.err.contains(S("tax id")));
    auto badField = cli({S("company"), S("set"), S("colour"), S("red")});
    CHECK(badField.exitCode == 2);
    QTemporaryDir dir;
    const QString notImage = dir.filePath(S("logo.png"));
    {
        QFile f(notImage);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("plain text, not a picture");
    }
    auto badLogo = cli({S("company"), S("logo"), notImage});
    CHECK(badLogo.exitCode == 2);
    CHECK(badLogo.err.contains(S("PNG, JPEG or SVG")));
    CHECK(test::dump(s.t.path()) == before);

    const QString svg = dir.filePath(S("logo.svg"));
    {
        QFile f(svg);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"><rect width=\"40\" height=\"20\" fill=\"#c00\"/></svg>");
    }
    REQUIRE(cli({S("company"), S("logo"), svg}).exitCode == 0);
    CHECK(cli.ok({S("company"), S("show")}).contains(S("logo: svg,")));
    REQUIRE(cli({S("company"), S("logo"), S("--clear")}).exitCode == 0);
    CHECK(cli.ok({S("company"), S("show")}).contains(S("logo: (none)")));
}

TEST_CASE("layout set and show through trato-cli, bad values refused")
{
    Seeded s;
    Cli cli(s.t.path());
    REQUIRE(cli({S("layout"), S("set"), S("show_discount"), S("no")}).exitCode == 0);
    REQUIRE(cli({S("layout"), S("set"), S("footer"), S("Registro"), S("Mercantil"), S("de"), S("Madrid")}).exitCode == 0);
    const QString shown = cli.ok({S("layout"), S("show")});
    CHECK(shown.contains(S("show_discount: no")));
    CHECK(shown.contains(S("show_sku: yes")));
    CHECK(shown.contains(S("footer: Registro Mercantil de Madrid")));
    CHECK(shown.contains(S("paper: A4")));
    const QString before = test::dump(s.t.path());
    CHECK(cli({S("layout"), S("set"), S("paper"), S("A3")}).exitCode == 2);
    CHECK(cli({S("layout"), S("set"), S("accent_color"), S("blue")}).exitCode == 2);
    CHECK(cli({S("layout"), S("set"), S("show_net"), S("perhaps")}).exitCode == 2);
    CHECK(test::dump(s.t.path()) == before);
}

TEST_CASE("print invoice writes the PDF by number or id, and an unwritable path is a clear error")
{
    Seeded s;
    Cli cli(s.t.path());
    REQUIRE(cli({S("company"), S("set"), S("name"), S("Automóviles Ejemplo S.A.")}).exitCode == 0);
    REQUIRE(cli({S("layout"), S("set"), S("footer"), S("Gracias por su confianza")}).exitCode == 0);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(S("f.pdf"));
    auto r = cli({S("print"), S("invoice"), S("F-2026-0100"), S("--pdf"), pdf});
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.contains(pdf));
    const QString tool = QStandardPaths::findExecutable(S("pdftotext"));
    REQUIRE_FALSE(tool.isEmpty());
    auto text = test::run(tool, {pdf, S("-")}, {}, {}, 30000);
    REQUIRE(text.exitCode == 0);
    const QString t = squash(text.out);
    CHECK(t.contains(squash(S("Automóviles Ejemplo S.A."))));
    CHECK(t.contains(squash(S("Talleres Norte S.L."))));
    CHECK(t.contains(squash(S("F-2026-0100"))));
    CHECK(t.contains(squash(S("Instalación de taller"))));
    CHECK(t.contains(squash(S("Gracias por su confianza"))));
    CHECK(t.contains(squash(S("Page 1 of 1"))));
    // 2 x 450.00 = 900.00 at 21 %: tax 189.00, total 1,089.00 (C locale: no grouping below 10,000).
    CHECK(t.contains(squash(S("189.00"))));
    CHECK((t.contains(S("1089.00")) || t.contains(S("1,089.00"))));

    const QString byId = dir.filePath(S("by-id.pdf"));
    REQUIRE(cli({S("print"), S("invoice"), s.invoice, S("--pdf"), byId}).exitCode == 0);
    CHECK(QFile::exists(byId));

    auto unwritable = cli({S("print"), S("invoice"), S("F-2026-0100"), S("--pdf"), dir.filePath(S("missing/folder/f.pdf"))});
    CHECK(unwritable.exitCode == 2);
    CHECK(unwritable.err.contains(S("missing/folder/f.pdf")));
    auto missing = cli({S("print"), S("invoice"), S("F-9999"), S("--pdf"), dir.filePath(S("x.pdf"))});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(S("F-9999")));
    CHECK_FALSE(QFile::exists(dir.filePath(S("x.pdf"))));
    auto notDocument = cli({S("print"), S("account"), S("x"), S("--pdf"), dir.filePath(S("y.pdf"))});
    CHECK(notDocument.exitCode == 1);
    auto noPdf = cli({S("print"), S("invoice"), S("F-2026-0100")});
    CHECK(noPdf.exitCode == 1);
    CHECK(noPdf.err.contains(S("--pdf")));
}
