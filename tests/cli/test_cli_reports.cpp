// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli report import/list/show/run/rename/duplicate/delete on a real database file: the CSV
// compared with the expected text, the PDF read back with pdftotext.
#include "clitest.h"

#include "store/customfields.h"
#include "store/recordstore.h"

#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace trato;
using test::Cli;
using test::S;

namespace {

const QStringList kAna{S("TRATO_USER=ana")};
const QStringList kLuis{S("TRATO_USER=luis")};

// Alfa SL and Gamma in Madrid, Beta SA in Sevilla; O1 Alfa 1000.00 (2026-03-10), O2 Beta 250.50
// (2026-02-01), O3 Gamma 99.99 (2026-03-31), O4 Alfa 10.00 (2025-12-31).
void seed(test::TempDb &t)
{
    RecordStore store(t.db());
    auto account = [&](const char *name, const char *city) {
        auto id = store.create(S("account"), {{S("name"), S(name)}, {S("city"), S(city)}});
        REQUIRE(id.ok());
        return id.value();
    };
    const QString alfa = account("Alfa SL", "Madrid"), beta = account("Beta SA", "Sevilla"), gamma = account("Gamma", "Madrid");
    auto opp = [&](const char *name, const QString &acc, qint64 cents, const char *close) {
        REQUIRE(store.create(S("opportunity"), {{S("name"), S(name)}, {S("account"), acc}, {S("amount"), cents}, {S("expected_close"), S(close)}})
                    .ok());
    };
    opp("O1", alfa, 100000, "2026-03-10");
    opp("O2", beta, 25050, "2026-02-01");
    opp("O3", gamma, 9999, "2026-03-31");
    opp("O4", alfa, 1000, "2025-12-31");
}

void writeFile(const QString &path, const char *text)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
}

const char *kByCity = R"({"name": "Por ciudad", "shared": true, "entity": "opportunity",
  "columns": [{"field": "name"}, {"field": "account"}, {"field": "account.city"}, {"field": "amount", "aggregate": "sum"}],
  "filters": [{"field": "expected_close", "op": "period", "value": "this_quarter"}],
  "groups": [{"field": "account.city"}], "sort": [{"field": "amount", "descending": true}], "chart": "bar"})";

} // namespace

TEST_CASE("report import, list and run as a table, CSV and PDF")
{
    test::TempDb t;
    seed(t);
    t.close();
    Cli cli(t.path());
    QTemporaryDir dir;
    const QString json = dir.filePath(S("por-ciudad.json"));
    writeFile(json, kByCity);
    auto imported = cli({S("report"), S("import"), json}, kAna);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);

    auto list = cli({S("report"), S("list"), S("--format"), S("csv")}, kAna);
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(S("Por ciudad,opportunity,yes,ana")));

    const QString csv = dir.filePath(S("out.csv"));
    auto run = cli({S("report"), S("run"), S("Por ciudad"), S("--today"), S("2026-03-15"), S("--csv"), csv}, kLuis);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(QString::fromUtf8(test::fileBytes(csv))
          == S("Opportunity name,Account,Account › City,Amount\r\n"
               "Account › City: Madrid,,,\r\n"
               "O1,Alfa SL,Madrid,1000.00\r\n"
               "O3,Gamma,Madrid,99.99\r\n"
               "Subtotal Madrid (2 rows),,,1099.99\r\n"
               "Account › City: Sevilla,,,\r\n"
               "O2,Beta SA,Sevilla,250.50\r\n"
               "Subtotal Sevilla (1 rows),,,250.50\r\n"
               "Total (3 rows),,,1350.49\r\n"));

    // --period replaces the saved period; stdout gets the table.
    auto table = cli({S("report"), S("run"), S("Por ciudad"), S("--period"), S("2025-Q4")}, kAna);
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(S("O4")));
    CHECK_FALSE(table.out.contains(S("O1")));
    CHECK(table.out.contains(S("Total (1 rows)")));
    auto badPeriod = cli({S("report"), S("run"), S("Por ciudad"), S("--period"), S("someday")}, kAna);
    CHECK(badPeriod.exitCode == 2);
    CHECK(badPeriod.err.contains(S("someday")));

    QTemporaryDir pdfDir;
    const QString pdf = pdfDir.filePath(S("r.pdf"));
    if (!Cli::bare({S("help"), S("report"), S("run")}).out.contains(S("--pdf")))
        return;
    auto printed = cli({S("report"), S("run"), S("Por ciudad"), S("--today"), S("2026-03-15"), S("--pdf"), pdf}, kAna);
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    CHECK(test::fileBytes(pdf).startsWith("%PDF"));
    const QString tool = QStandardPaths::findExecutable(S("pdftotext"));
    if (!tool.isEmpty()) {
        auto text = test::run(tool, {S("-layout"), pdf, S("-")}, {}, {}, 30000);
        REQUIRE(text.exitCode == 0);
        CHECK(text.out.contains(S("Por ciudad")));
        CHECK(text.out.contains(S("Account › City: Madrid")));
        CHECK(text.out.contains(S("Subtotal Madrid (2 rows)")));
        CHECK(text.out.contains(S("1,350.49")));
    }
    // A PDF path that cannot be written: exit 1, the path named, nothing written, database unchanged.
    const QString before = test::dump(t.path());
    const QString badPath = pdfDir.filePath(S("no/such/dir/r.pdf"));
    auto bad = cli({S("report"), S("run"), S("Por ciudad"), S("--pdf"), badPath}, kAna);
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(badPath));
    CHECK_FALSE(QFile::exists(badPath));
    CHECK(test::dump(t.path()) == before);
}

TEST_CASE("report: private reports, rename, duplicate, delete, bad definitions refused")
{
    test::TempDb t;
    seed(t);
    t.close();
    Cli cli(t.path());
    QTemporaryDir dir;
    const QString json = dir.filePath(S("r.json"));
    writeFile(json, kByCity);
    REQUIRE(cli({S("report"), S("import"), json, S("--name"), S("Privado")}, kAna).exitCode == 0);
    REQUIRE(cli({S("report"), S("import"), json, S("--name"), S("Privado"), S("--shared")}, kAna).exitCode == 2); // name taken

    // Privado was imported with "shared": true from the file; a file without it stays private.
    writeFile(json, R"({"entity": "account", "columns": [{"field": "name"}, {"field": "city"}]})");
    REQUIRE(cli({S("report"), S("import"), json, S("--name"), S("Cuentas de Ana")}, kAna).exitCode == 0);
    CHECK(cli({S("report"), S("list"), S("--format"), S("csv")}, kLuis).out.count(QLatin1Char('\n')) == 2); // header + Privado
    CHECK(cli({S("report"), S("run"), S("Cuentas de Ana")}, kLuis).exitCode == 2);
    CHECK(cli({S("report"), S("delete"), S("Privado")}, kLuis).exitCode == 2);
    CHECK(cli({S("report"), S("duplicate"), S("Privado"), S("Copia")}, kLuis).exitCode == 0);
    CHECK(cli({S("report"), S("rename"), S("Copia"), S("Copia de Luis")}, kLuis).exitCode == 0);
    auto shown = cli({S("report"), S("show"), S("Copia de Luis")}, kLuis);
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains(S("\"account.city\"")));
    CHECK(cli({S("report"), S("delete"), S("Copia de Luis")}, kLuis).exitCode == 0);

    // Unknown fields are refused naming them; nothing is written.
    const QString before = test::dump(t.path());
    writeFile(json, R"({"entity": "account", "columns": [{"field": "name"}, {"field": "parent.regio'n"}]})");
    auto refused = cli({S("report"), S("import"), json, S("--name"), S("Mal")}, kAna);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(S("account.parent.regio'n")));
    CHECK(test::dump(t.path()) == before);
}

TEST_CASE("report list flags a report whose field was removed and run explains it")
{
    test::TempDb t;
    seed(t);
    Field region;
    region.label = S("Región");
    region.type = FieldType::Text;
    region.show = Field::InForm | Field::InList | Field::InImport;
    REQUIRE(CustomFields::add(t.db(), S("account"), region).ok());
    t.close();
    Cli cli(t.path());
    QTemporaryDir dir;
    const QString json = dir.filePath(S("r.json"));
    writeFile(json, R"({"name": "Regiones", "entity": "account", "columns": [{"field": "name"}, {"field": "region", "label": "Región"}]})");
    REQUIRE(cli({S("report"), S("import"), json}, kAna).exitCode == 0);
    REQUIRE(cli({S("field"), S("remove"), S("account"), S("region")}, kAna).exitCode == 0);
    auto list = cli({S("report"), S("list")}, kAna);
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(S("⚠")));
    auto run = cli({S("report"), S("run"), S("Regiones")}, kAna);
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(S("Column 'Región' refers to the field account.region, which no longer exists.")));
    auto dropped = cli({S("report"), S("run"), S("Regiones"), S("--drop-broken"), S("--format"), S("csv")}, kAna);
    REQUIRE(dropped.exitCode == 0);
    CHECK(dropped.out.startsWith(S("Account name\n")));
    CHECK(dropped.out.contains(S("Beta SA")));
    // Still saved, still flagged.
    CHECK(cli({S("report"), S("show"), S("Regiones")}, kAna).out.contains(S("\"region\"")));
}
