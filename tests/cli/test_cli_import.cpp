// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli import, imports, import --revert and export on the real binary.
#include "clitest.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace trato;
using test::Cli;
using test::S;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

QString importId(const QString &out)
{
    const auto m = QRegularExpression(S("Import id: (\\S+)")).match(out);
    REQUIRE(m.hasMatch());
    return m.captured(1);
}

} // namespace

TEST_CASE("cli: import prints the counts and the import id, imports lists it, --revert undoes it")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    QTemporaryDir dir;
    cli.ok({S("add"), S("contact"), S("first_name=Ana"), S("last_name=Ruiz"), S("email=ana@ruiz.es"), S("city=Huesca")});
    const QString file = writeFile(dir, S("contactos.csv"),
                                   "Nombre;Apellidos;Correo electr\xF3nico;Ciudad\r\n"
                                   "Ana;Ruiz;ana@ruiz.es;Zaragoza\r\n"
                                   "Luis;Gil;luis@gil.es;Teruel\r\n");
    const QString before = test::dump(t.path());
    const QString dry = cli.ok({S("import"), S("contact"), file, S("--dry-run")});
    CHECK(dry.contains(S("Created: 1")));
    CHECK(dry.contains(S("Skipped: 1")));
    CHECK(dry.contains(S("Dry run")));
    CHECK(test::dump(t.path()) == before);

    const QString out = cli.ok({S("import"), S("contact"), file, S("--on-duplicate"), S("update")});
    CHECK(out.contains(S("Created: 1")));
    CHECK(out.contains(S("Updated: 1")));
    const QString id = importId(out);
    CHECK(cli.lines({S("list"), S("contact"), S("--where"), S("city=Zaragoza"), S("--format"), S("csv")}).size() == 2);

    const QJsonArray log = cli.jsonArray({S("imports"), S("--format"), S("json")});
    REQUIRE(log.size() == 1);
    CHECK(log.at(0).toObject().value(S("id")).toString() == id);
    CHECK(log.at(0).toObject().value(S("file")).toString() == S("contactos.csv"));
    CHECK(log.at(0).toObject().value(S("created")).toInt() == 1);
    CHECK(log.at(0).toObject().value(S("status")).toString() == S("done"));

    const QString reverted = cli.ok({S("import"), S("--revert"), id});
    CHECK(reverted.contains(S("1 records deleted, 1 restored")));
    CHECK(cli.lines({S("list"), S("contact"), S("--where"), S("city=Huesca"), S("--format"), S("csv")}).size() == 2);
    CHECK(cli.lines({S("list"), S("contact"), S("--format"), S("csv")}).size() == 2);
    const auto again = cli({S("import"), S("--revert"), id});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(S("already reverted")));
}

TEST_CASE("cli: a file with bad rows exits 2 naming file, line and column, and writes nothing")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    cli.ok({S("init")});
    QTemporaryDir dir;
    const QString file = writeFile(dir, S("bad.csv"),
                                   "First Name,Last Name,E-mail Address\n"
                                   "Ana,Ruiz,ana@ruiz.es\n"
                                   "Luis,,luis@gil.es\n"
                                   "Eva,Sanz,eva@@sanz\n");
    const QString before = test::dump(t.path());
    const auto r = cli({S("import"), S("contact"), file});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(S("bad.csv: line 3, column 2 \"Last Name\" (last_name): ")));
    CHECK(r.err.contains(S("bad.csv: line 4, column 3 \"E-mail Address\" (email): ")));
    CHECK(r.err.contains(S("nothing was imported")));
    CHECK(r.out.isEmpty());
    CHECK(test::dump(t.path()) == before);

    const QString partial = cli.ok({S("import"), S("contact"), file, S("--partial")});
    CHECK(partial.contains(S("Created: 1")));
    CHECK(partial.contains(S("Failed: 2")));

    const QString broken = writeFile(dir, S("broken.csv"), "last_name,email\nRuiz,\"ana@ruiz.es\nGil,x@y.es\n");
    const QString before2 = test::dump(t.path());
    const auto b = cli({S("import"), S("contact"), broken});
    CHECK(b.exitCode == 2);
    CHECK(b.err.contains(S("broken.csv: line 2, column 6")));
    CHECK(test::dump(t.path()) == before2);

    const auto usage = cli({S("import"), S("contact")});
    CHECK(usage.exitCode == 1);
    const auto map = cli({S("import"), S("contact"), file, S("--map"), S("Nope=first_name")});
    CHECK(map.exitCode == 2);
    CHECK(map.err.contains(S("no column \"Nope\"")));
}

TEST_CASE("cli: --map, --delimiter, --encoding and vCard files")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    cli.ok({S("init")});
    QTemporaryDir dir;
    const QString file = writeFile(dir, S("pipes.txt"), "Apodo|Surname|Town\nPepe|Garc\xED" "a|Le\xF3n\n");
    const QString out = cli.ok({S("import"), S("contact"), file, S("--delimiter"), S("|"), S("--encoding"), S("windows-1252"),
                                S("--map"), S("Apodo=first_name"), S("--map"), S("Town=city")});
    CHECK(out.contains(S("Created: 1")));
    const QJsonArray rows = cli.jsonArray({S("list"), S("contact"), S("--format"), S("json")});
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).toObject().value(S("last_name")).toString() == S("García"));
    CHECK(rows.at(0).toObject().value(S("city")).toString() == S("León"));

    const QString vcf = writeFile(dir, S("cards.vcf"),
                                  "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Ruiz;Ana\r\nTEL;CELL:600111222\r\nEND:VCARD\r\n");
    CHECK(cli.ok({S("import"), S("contact"), vcf}).contains(S("Created: 1")));
}

TEST_CASE("cli: export writes CSV and vCard that import back")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    cli.ok({S("add"), S("account"), S("name=Peña S.L.")});
    cli.ok({S("add"), S("contact"), S("first_name=José"), S("last_name=Núñez"), S("account=Peña S.L."), S("city=León")});
    cli.ok({S("add"), S("contact"), S("first_name=Ana"), S("last_name=Ruiz"), S("city=Soria")});
    QTemporaryDir dir;
    const QString csv = dir.filePath(S("out.csv"));
    CHECK(cli.ok({S("export"), S("contact"), csv, S("--where"), S("city=León")}).contains(S("Exported 1 records")));
    const QByteArray bytes = test::fileBytes(csv);
    CHECK(bytes.startsWith("\xEF\xBB\xBF" "salutation,first_name,last_name,account,"));
    CHECK(bytes.contains("Jos\xC3\xA9,N\xC3\xBA\xC3\xB1" "ez,Pe\xC3\xB1" "a S.L.,"));
    CHECK(!bytes.contains("Ruiz"));
    CHECK(bytes.endsWith("\r\n"));

    const QString cp = dir.filePath(S("cp.csv"));
    cli.ok({S("export"), S("contact"), cp, S("--search"), S("nunez"), S("--encoding"), S("windows-1252"), S("--delimiter"), S(";"),
            S("--labels")});
    CHECK(test::fileBytes(cp).contains("Jos\xE9;N\xFA\xF1" "ez;Pe\xF1" "a S.L.;"));

    const QString vcf = dir.filePath(S("out.vcf"));
    cli.ok({S("export"), S("contact"), vcf, S("--format"), S("vcard")});
    CHECK(test::fileBytes(vcf).count("BEGIN:VCARD") == 2);

    test::TempDb other;
    other.close();
    Cli cli2(other.path());
    cli2.ok({S("add"), S("account"), S("name=Peña S.L.")});
    CHECK(cli2.ok({S("import"), S("contact"), csv}).contains(S("Created: 1")));
    CHECK(cli2.ok({S("import"), S("contact"), vcf}).contains(S("Created: 1"))); // José is a duplicate now
    const auto bad = cli({S("export"), S("contact"), dir.filePath(S("x.csv")), S("--where"), S("nope=1")});
    CHECK(bad.exitCode == 2);
}

TEST_CASE("cli: contacts naming unknown companies are refused, or create the accounts once with --create-missing")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    QTemporaryDir dir;
    const QString file = writeFile(dir, S("c.csv"),
                                   "Nombre;Apellidos;Empresa\r\n"
                                   "Jos\xE9;N\xFA\xF1\x65z;Talleres Ruiz S.L.\r\n"
                                   "Ana;Gil;Talleres Ruiz S.L.\r\n");
    const QString before = test::dump(t.path());
    auto refused = cli({S("import"), S("contact"), file});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(S("line 2, column 3 \"Empresa\" (account)")));
    CHECK(test::dump(t.path()) == before);

    // A dry run with --create-missing reports what it would create and writes nothing.
    const QString dry = cli.ok({S("import"), S("contact"), file, S("--create-missing"), S("--dry-run")});
    CHECK(dry.contains(S("Created: 2")));
    CHECK(dry.contains(S("Related records created: 1")));
    CHECK(test::dump(t.path()) == before);

    const QString out = cli.ok({S("import"), S("contact"), file, S("--create-missing")});
    CHECK(out.contains(S("Related records created: 1")));
    CHECK(cli.lines({S("list"), S("account"), S("--format"), S("csv")}).size() == 2); // header + one account
    CHECK(cli.lines({S("list"), S("contact"), S("--where"), S("account=Talleres Ruiz S.L."), S("--format"), S("csv")}).size() == 3);
}

TEST_CASE("cli: import errors name the line and column in Spanish too")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    QTemporaryDir dir;
    const QString file = writeFile(dir, S("malo.csv"), "Nombre;Apellidos;Correo\r\nAna;;ana@x\r\n");
    auto r = cli({S("--lang"), S("es"), S("import"), S("contact"), file});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(S("malo.csv: línea 2, columna 3 «Correo» (email)")));
    CHECK(r.err.contains(S("línea 2, columna 2 «Apellidos» (last_name)")));
}
