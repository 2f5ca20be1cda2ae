// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "store/recordstore.h"
#include "store/sqlite.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace trato;

TEST_CASE("a database at the first schema version is upgraded, backed up first, data intact")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        // Build a version-1 database as the first Trato release would have: migration 1 only.
        Database::Options v1;
        v1.migrateTo = 1;
        v1.generateSchema = false;
        auto db = Database::open(path, v1);
        REQUIRE(db.ok());
        CHECK(db.value()->schemaVersion() == 1);
        REQUIRE(Sql::exec(db.value()->connection(), QStringLiteral("INSERT INTO meta(key, value) VALUES ('marker', 'kept')")).ok());
        QSqlQuery q(db.value()->connection());
        CHECK(!q.exec(QStringLiteral("SELECT count(*) FROM bulk_operation"))); // not there yet
    }
    const QString backups = dir.filePath(QStringLiteral("backups"));
    Database::Options latest;
    latest.backupDir = backups;
    auto db = Database::open(path, latest);
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == Database::latestSchemaVersion());
    QSqlQuery q(db.value()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'marker'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("kept"));
    CHECK(q.exec(QStringLiteral("SELECT count(*) FROM bulk_operation")));
    // The backup copy exists, is a version-1 database and opens.
    const QString backup = db.value()->lastBackupPath();
    REQUIRE(!backup.isEmpty());
    CHECK(QFileInfo(backup).absolutePath() == QFileInfo(backups).absoluteFilePath());
    CHECK(QFileInfo::exists(backup));
    auto r = test::sqlite3(backup, QStringLiteral("PRAGMA user_version;"));
    CHECK(r.out.trimmed() == QStringLiteral("1"));
    // Entity tables were generated after the migrations and work.
    CHECK(RecordStore(*db.value()).create(QStringLiteral("account"), {{QStringLiteral("name"), QStringLiteral("Nueva")}}).ok());
}

TEST_CASE("opening an up-to-date database again changes nothing and takes no backup")
{
    test::TempDb t;
    const QString schemaBefore = test::sqlite3(t.path(), QStringLiteral(".schema")).out;
    t.reopen();
    CHECK(t.db().lastBackupPath().isEmpty());
    t.close();
    CHECK(test::sqlite3(t.path(), QStringLiteral(".schema")).out == schemaBefore);
    CHECK(QDir(t.dir()).entryList({QStringLiteral("*.bak")}).isEmpty());
}
