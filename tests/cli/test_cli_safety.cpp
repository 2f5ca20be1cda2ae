// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli: bad input and bad database files get a clear message, the right exit code and no write.
#include "clitest.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>


using namespace trato;
using test::Cli;
using test::S;

namespace {
void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}
} // namespace

TEST_CASE("rejected commands exit 2 or 1 with a message naming what and where and write nothing")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    cli.ok({S("demo"), S("--size"), S("20")});
    const QString id = cli.ok({S("add"), S("contact"), S("last_name=Soler")}).trimmed();
    const QString backup = QDir(t.dir()).filePath(S("exists.sqlite"));
    writeFile(backup, "x");
    const QString before = test::dump(t.path());
    REQUIRE(before.contains(S("Soler")));

    struct Case { QStringList args; int code; const char *message; };
    const QList<Case> cases = {
        {{S("add"), S("company"), S("name=X")}, 2, "unknown entity \"company\""},
        {{S("list"), S("company")}, 2, "unknown entity \"company\""},
        {{S("add"), S("contact"), S("last_name=X"), S("nickname=Pepe")}, 2, "contact has no field \"nickname\""},
        {{S("add"), S("account"), S("name=X"), S("annual_revenue=abc")}, 2,
         "trato-cli: account: annual_revenue: \"abc\" is not an amount of money"},
        {{S("add"), S("contact"), S("last_name=X"), S("birthday=31/02/2025")}, 2, "contact: birthday: \"31/02/2025\""},
        {{S("add"), S("contact"), S("first_name=Ana")}, 2, "contact: Last name (last_name) is required"},
        {{S("add"), S("contact")}, 2, "(last_name) is required"},
        {{S("add"), S("contact"), S("last_name=X"), S("email=not-an-email")}, 2, "contact: email: \"not-an-email\""},
        {{S("add"), S("contact"), S("last_name=X"), S("account=Nadie S.L.")}, 2, "contact: account:"},
        {{S("add"), S("lead"), S("last_name=X"), S("status=maybe")}, 2, "lead: status: \"maybe\" is not one of"},
        {{S("update"), S("contact"), id, S("birthday=2025-13-01")}, 2, "contact: birthday:"},
        {{S("update"), S("contact"), id, S("created_at=2020-01-01")}, 2, "created_at"},
        {{S("update"), S("contact"), S("no-such-id"), S("city=Lugo")}, 2, "no-such-id"},
        {{S("list"), S("contact"), S("--where"), S("birthday=31/02/2025")}, 2, "contact: birthday:"},
        {{S("list"), S("contact"), S("--fields"), S("first_name,shoe_size")}, 2, "shoe_size"},
        {{S("list"), S("contact"), S("--sort"), S("shoe_size")}, 2, "shoe_size"},
        {{S("restore"), S("contact"), id}, 2, "not in the Trash"},
        {{S("purge"), S("contact"), id}, 2, "Trash"},
        {{S("delete"), S("contact"), S("no-such-id")}, 2, "no-such-id"},
        {{S("field"), S("add"), S("contact"), S("shoe_size"), S("--type"), S("shoe")}, 2, "unknown field type \"shoe\""},
        {{S("field"), S("add"), S("contact"), S("first_name"), S("--type"), S("text")}, 2, "first_name"},
        {{S("field"), S("add"), S("contact"), S("level"), S("--type"), S("picklist")}, 2, "picklist"},
        {{S("field"), S("add"), S("contact"), S("Bad Name"), S("--type"), S("text")}, 2, "Bad Name"},
        {{S("field"), S("remove"), S("contact"), S("last_name")}, 2, "last_name"},
        {{S("demo"), S("--size"), S("0")}, 2, "demo size"},
        {{S("backup"), backup}, 2, "already exists"},
        {{S("frobnicate")}, 1, "unknown command"},
        {{S("list"), S("contact"), S("--frob")}, 1, "unknown option"},
    };
    for (const Case &c : cases) {
        INFO("trato-cli " << c.args.join(QLatin1Char(' ')).toStdString());
        const auto r = cli(c.args);
        INFO("stderr: " << r.err.toStdString());
        CHECK(r.exitCode == c.code);
        CHECK(r.out.isEmpty());
        CHECK(r.err.startsWith(S("trato-cli: ")));
        CHECK(r.err.contains(S(c.message)));
        if (c.code == 2)
            CHECK(r.err.count(QLatin1Char('\n')) == 1);   // one line
        CHECK(test::dump(t.path()) == before);
    }
    CHECK(test::fileBytes(backup) == "x");
}

TEST_CASE("a file that is not a Trato database is refused and left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(S("notes.txt"));
    const QByteArray text = "Llamar a Marta el lunes.\nPresupuesto: 1.200 €\n";
    writeFile(path, text);
    Cli cli(path);
    for (const QStringList &args : {QStringList{S("init")}, QStringList{S("list"), S("contact")},
                                    QStringList{S("add"), S("contact"), S("last_name=X")}, QStringList{S("check")}}) {
        INFO("trato-cli " << args.join(QLatin1Char(' ')).toStdString());
        const auto r = cli(args);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(S("not a Trato database")));
        CHECK(r.err.contains(QFileInfo(path).absoluteFilePath()));
    }
    CHECK(test::fileBytes(path) == text);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{S("notes.txt")});   // no -wal, no -shm
}

TEST_CASE("a folder that cannot be created or written is refused")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(S("plain-file"));
    writeFile(file, "x");
    // A folder inside a regular file can never be created, whoever runs the test.
    auto r = Cli(file + S("/sub/trato.sqlite"))({S("init")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(S("Cannot create")));
    CHECK(test::fileBytes(file) == "x");

    // A folder without write permission (the core treats it as read-only even for root).
    const QString locked = dir.filePath(S("locked"));
    REQUIRE(QDir().mkpath(locked));
    REQUIRE(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
    r = Cli(locked + S("/trato.sqlite"))({S("init")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(S("not writable")));
    CHECK(QDir(locked).isEmpty());
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST_CASE("a database made by a newer Trato is refused and left untouched")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    cli.ok({S("add"), S("contact"), S("last_name=Vila")});
    REQUIRE(test::sqlite3(t.path(), S("PRAGMA user_version = 999;")).exitCode == 0);
    const QString before = test::dump(t.path());
    for (const QStringList &args : {QStringList{S("init")}, QStringList{S("list"), S("contact")},
                                    QStringList{S("add"), S("contact"), S("last_name=X")}}) {
        INFO("trato-cli " << args.join(QLatin1Char(' ')).toStdString());
        const auto r = cli(args);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(S("newer")));
        CHECK(r.err.contains(S("999")));
    }
    CHECK(test::dump(t.path()) == before);
    CHECK(before.contains(S("999")));
}

TEST_CASE("a damaged database is refused with a data error")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    cli.ok({S("demo"), S("--size"), S("10")});
    QByteArray bytes = test::fileBytes(t.path());
    REQUIRE(bytes.size() > 8192);
    // Page 1 holds the schema: garbage after the 100-byte file header.
    for (int i = 100; i < 4096; ++i)
        bytes[i] = char(0xA5);
    writeFile(t.path(), bytes);
    for (const QStringList &args : {QStringList{S("check")}, QStringList{S("list"), S("contact")}}) {
        INFO("trato-cli " << args.join(QLatin1Char(' ')).toStdString());
        const auto r = cli(args);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(S("damaged")));
    }
}
