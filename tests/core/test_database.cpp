// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "store/recordstore.h"
#include "store/sqlite.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace trato;

TEST_CASE("a new database is created with WAL, foreign keys and the latest schema")
{
    test::TempDb t;
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    CHECK(t.db().schemaVersion() == Database::latestSchemaVersion());
    CHECK(t.db().siteId().size() == 8);
    CHECK(t.db().quickCheck().ok());
}

TEST_CASE("files that are not Trato databases are refused with a clear message")
{
    QTemporaryDir dir;
    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("this is not a database\n");
        f.close();
        auto r = Database::open(path);
        REQUIRE(!r.ok());
        CHECK(r.error().message.contains(QStringLiteral("not a Trato database")));
        f.open(QIODevice::ReadOnly);
        CHECK(f.readAll() == QByteArray("this is not a database\n")); // untouched
    }
    SECTION("a corrupt SQLite file")
    {
        const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
        {
            auto r = Database::open(path);
            REQUIRE(r.ok());
            RecordStore(*r.value()).create(QStringLiteral("account"), {{QStringLiteral("name"), QStringLiteral("A")}});
        }
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write(QByteArray(4000, '\xff')); // smash the schema page
        f.close();
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        auto r = Database::open(path);
        REQUIRE(!r.ok());
        CHECK(r.error().message.contains(QStringLiteral("damaged")));
    }
    SECTION("a newer Trato's database")
    {
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            auto r = Database::open(path);
            REQUIRE(r.ok());
            REQUIRE(Sql::exec(r.value()->connection(), QStringLiteral("PRAGMA user_version = 999")).ok());
        }
        auto r = Database::open(path);
        REQUIRE(!r.ok());
        CHECK(r.error().message.contains(QStringLiteral("newer version of Trato")));
        CHECK(r.error().message.contains(QStringLiteral("999")));
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        REQUIRE(test::sqlite3(path, QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES (1);")).exitCode == 0);
        auto r = Database::open(path);
        REQUIRE(!r.ok());
        CHECK(r.error().message.contains(QStringLiteral("not a Trato one")));
    }
    SECTION("a folder")
    {
        auto r = Database::open(dir.path());
        REQUIRE(!r.ok());
        CHECK(r.error().message.contains(QStringLiteral("folder")));
    }
}

TEST_CASE("read-only files and unwritable folders are refused, not crashed on")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
    {
        auto r = Database::open(path);
        REQUIRE(r.ok());
    }
    const QByteArray before = test::sqlite3(path, QStringLiteral(".dump")).out.toUtf8();
    // No write bit at all: read-only for everyone (root included, who would pass access()).
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser | QFileDevice::ReadGroup);
    auto r = Database::open(path);
    REQUIRE(!r.ok());
    CHECK(r.error().kind == Error::BadInput);
    CHECK(r.error().message.contains(QStringLiteral("read-only")));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    CHECK(test::sqlite3(path, QStringLiteral(".dump")).out.toUtf8() == before);

    const QString folder = dir.filePath(QStringLiteral("locked"));
    QDir().mkpath(folder);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    auto r2 = Database::open(folder + QStringLiteral("/new.sqlite"));
    REQUIRE(!r2.ok());
    CHECK(r2.error().message.contains(QStringLiteral("not writable")));
    CHECK(!QFileInfo::exists(folder + QStringLiteral("/new.sqlite")));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

TEST_CASE("the database path comes from --db, then TRATO_DB, then the setting, then the default")
{
    qputenv("TRATO_DB", "/tmp/from-env.sqlite");
    CHECK(Database::resolvePath(QStringLiteral("/tmp/cli.sqlite"), QStringLiteral("/tmp/saved.sqlite")) == QStringLiteral("/tmp/cli.sqlite"));
    CHECK(Database::resolvePath(QString(), QStringLiteral("/tmp/saved.sqlite")) == QStringLiteral("/tmp/from-env.sqlite"));
    qunsetenv("TRATO_DB");
    CHECK(Database::resolvePath(QString(), QStringLiteral("/tmp/saved.sqlite")) == QStringLiteral("/tmp/saved.sqlite"));
    CHECK(Database::resolvePath(QString()).endsWith(QStringLiteral("trato.sqlite")));
}

TEST_CASE("a database locked by another writer gets a clear busy message")
{
    test::TempDb t;
    // Hold a write lock on a second connection of another Database object.
    auto other = Database::open(t.path());
    REQUIRE(other.ok());
    REQUIRE(Sql::exec(other.value()->connection(), QStringLiteral("BEGIN IMMEDIATE")).ok());
    QSqlDatabase conn = t.db().connection();
    Sql::exec(conn, QStringLiteral("PRAGMA busy_timeout = 100"));
    RecordStore store(t.db());
    auto r = store.create(QStringLiteral("account"), {{QStringLiteral("name"), QStringLiteral("Blocked")}});
    REQUIRE(!r.ok());
    CHECK(r.error().message.contains(QStringLiteral("busy")));
    Sql::exec(other.value()->connection(), QStringLiteral("ROLLBACK"));
    CHECK(store.create(QStringLiteral("account"), {{QStringLiteral("name"), QStringLiteral("Free")}}).ok());
}

TEST_CASE("a backup is a consistent copy that opens, and never overwrites a file")
{
    test::TempDb t;
    RecordStore store(t.db());
    REQUIRE(store.create(QStringLiteral("account"), {{QStringLiteral("name"), QStringLiteral("Viveros Lugo")}}).ok());
    const QString folder = t.dir() + QStringLiteral("/backups");
    auto written = t.db().backupToFolder(folder);
    REQUIRE(written.ok());
    CHECK(QFileInfo(written.value()).absolutePath() == QFileInfo(folder).absoluteFilePath());
    auto copy = Database::open(written.value());
    REQUIRE(copy.ok());
    ListQuery q;
    q.entity = QStringLiteral("account");
    CHECK(RecordStore(*copy.value()).count(q).value() == 1);
    const Status again = t.db().backupTo(written.value());
    REQUIRE(!again.ok());
    CHECK(again.error().message.contains(QStringLiteral("already exists")));
    CHECK(!t.db().backupTo(t.dir() + QStringLiteral("/no/such/folder/x.sqlite")).ok());
}
