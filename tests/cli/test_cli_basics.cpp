// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli: version, help, init and usage errors.
#include "clitest.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace trato;
using test::Cli;
using test::S;

TEST_CASE("version and help need no database")
{
    auto r = Cli::bare({QStringLiteral("--version")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("trato-cli " TRATO_VERSION)));
    CHECK(r.err.isEmpty());

    r = Cli::bare({QStringLiteral("--help")});
    CHECK(r.exitCode == 0);
    for (const char *command : {"init", "demo", "entities", "fields", "field add", "field remove", "list", "show",
                                "add", "update", "delete", "restore", "purge", "trash", "history", "search",
                                "check", "backup"})
        CHECK(r.out.contains(QStringLiteral("  ") + QString::fromLatin1(command) + QLatin1Char(' ')));
    CHECK(r.out.contains(QStringLiteral("TRATO_DB")));

    r = Cli::bare({QStringLiteral("help"), QStringLiteral("list")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("--where CONDITION")));
    CHECK(r.out.startsWith(QStringLiteral("Usage: trato-cli list ENTITY")));

    r = Cli::bare({QStringLiteral("show"), QStringLiteral("--help")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("Usage: trato-cli show ENTITY ID")));

    r = Cli::bare({QStringLiteral("help"), QStringLiteral("field")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("field remove")));

    r = Cli::bare({});
    CHECK(r.exitCode == 1);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(QStringLiteral("Usage: trato-cli")));
}

TEST_CASE("init creates the database and its folder and says where and which schema")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/trato.sqlite"));
    Cli cli(path);
    auto r = cli({QStringLiteral("init")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(QFileInfo::exists(path));
    CHECK(r.out.contains(QFileInfo(path).absoluteFilePath()));
    CHECK(r.out.contains(QStringLiteral("Schema version: %1").arg(Database::latestSchemaVersion())));
    // Again: nothing to do, same answer.
    r = cli({QStringLiteral("init")});
    CHECK(r.exitCode == 0);

    // TRATO_DB when there is no --db.
    const QString other = dir.filePath(QStringLiteral("env.sqlite"));
    r = Cli::bare({QStringLiteral("init")}, {QStringLiteral("TRATO_DB=") + other});
    CHECK(r.exitCode == 0);
    CHECK(QFileInfo::exists(other));
}

TEST_CASE("reading commands do not create a missing database")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    auto r = Cli(path)({QStringLiteral("list"), QStringLiteral("contact")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("does not exist")));
    CHECK(r.err.contains(QStringLiteral("trato-cli init")));
    CHECK(!QFileInfo::exists(path));
    // Usage errors are found before the database is even looked at.
    r = Cli(path)({QStringLiteral("list"), QStringLiteral("company"), QStringLiteral("--limit"), QStringLiteral("x")});
    CHECK(r.exitCode == 1);
    r = Cli(path)({QStringLiteral("add"), QStringLiteral("contact"), QStringLiteral("last_name=X"), QStringLiteral("--format=json")});
    CHECK(r.exitCode == 1);
    CHECK(!QFileInfo::exists(path));
}

TEST_CASE("usage errors exit 1 with a hint on stderr and nothing on stdout")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    const QList<QStringList> cases = {
        {QStringLiteral("frobnicate")},
        {QStringLiteral("list"), QStringLiteral("contact"), QStringLiteral("--frob")},
        {QStringLiteral("list"), QStringLiteral("contact"), QStringLiteral("--limit")},
        {QStringLiteral("list"), QStringLiteral("contact"), QStringLiteral("--limit"), QStringLiteral("many")},
        {QStringLiteral("list"), QStringLiteral("contact"), QStringLiteral("--format"), QStringLiteral("xml")},
        {QStringLiteral("list"), QStringLiteral("company"), QStringLiteral("--format"), QStringLiteral("xml")},
        {QStringLiteral("show"), QStringLiteral("contact"), QStringLiteral("x"), QStringLiteral("--format"), QStringLiteral("csv")},
        {QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("-5")},
        {QStringLiteral("list"), QStringLiteral("contact"), QStringLiteral("--sort"), QStringLiteral("last_name:up")},
        {QStringLiteral("list")},
        {QStringLiteral("show"), QStringLiteral("contact")},
        {QStringLiteral("show"), QStringLiteral("contact"), QStringLiteral("x"), QStringLiteral("y")},
        {QStringLiteral("add"), QStringLiteral("contact"), QStringLiteral("last_name")},
        {QStringLiteral("update"), QStringLiteral("contact"), QStringLiteral("some-id")},
        {QStringLiteral("field")},
        {QStringLiteral("field"), QStringLiteral("rename"), QStringLiteral("contact"), QStringLiteral("x")},
        {QStringLiteral("field"), QStringLiteral("add"), QStringLiteral("contact"), QStringLiteral("x")},
        {QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("entities")},
        {QStringLiteral("entities"), QStringLiteral("--db")},
    };
    for (const QStringList &args : cases) {
        INFO("trato-cli " << args.join(QLatin1Char(' ')).toStdString());
        const auto r = cli(args);
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.err.startsWith(QStringLiteral("trato-cli: ")));
        const bool hint = r.err.contains(QStringLiteral("trato-cli help")) || r.err.contains(QStringLiteral("Usage:"))
            || r.err.contains(QStringLiteral("trato-cli --help"));
        CHECK(hint);
    }
}

TEST_CASE("the Spanish language option and a Spanish LANG switch number formats")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    // "1.234,50" is 1234.50 in Spanish; the day-first date is read as such.
    const QString id = cli.ok({QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("add"), QStringLiteral("account"),
                               QStringLiteral("name=Bodegas Rial"), QStringLiteral("annual_revenue=1.234,50")}).trimmed();
    auto json = cli.jsonObject({QStringLiteral("show"), QStringLiteral("account"), id, QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(json.value(QStringLiteral("annual_revenue")).toString() == QStringLiteral("1234.50"));
    const auto r = cli({QStringLiteral("show"), QStringLiteral("account"), id},
                       {QStringLiteral("LC_ALL="), QStringLiteral("LANG=es_ES.UTF-8")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("1234,50")));
}

TEST_CASE("messages follow a Spanish LANG and the Spanish language option")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    auto r = cli({QStringLiteral("list"), QStringLiteral("company")}, {QStringLiteral("LC_ALL="), QStringLiteral("LANG=es_ES.UTF-8")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QString::fromUtf8("entidad desconocida «company»")));
    r = Cli::bare({QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("--help")});
    CHECK(r.out.startsWith(QStringLiteral("Uso: trato-cli")));
}
