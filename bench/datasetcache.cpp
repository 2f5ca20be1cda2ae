// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetcache.h"

#include "demo/demodata.h"
#include "metadata/registry.h"
#include "store/database.h"
#include "store/schemabuilder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>

#include <sqlite3.h>

#include <cstdio>

namespace trato::bench {

namespace {
// Bump when the way the bench prepares its files changes.
constexpr int kCacheFormat = 1;
} // namespace

DatasetCache::DatasetCache(QString dir, quint64 seed)
    : m_dir(std::move(dir))
    , m_seed(seed)
{
}

QString DatasetCache::schemaKey()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Entity &e : Registry::builtinEntities()) {
        const SchemaBuilder::Derived d = SchemaBuilder::derivedSql(e);
        hash.addData(SchemaBuilder::createTableSql(e).toUtf8());
        hash.addData(d.indexes.toUtf8());
        hash.addData(d.fts.toUtf8());
    }
    return QStringLiteral("v%1-%2-f%3")
        .arg(Database::latestSchemaVersion())
        .arg(QString::fromLatin1(hash.result().toHex().left(10)))
        .arg(kCacheFormat);
}

QString DatasetCache::pathFor(qint64 contacts) const
{
    return QDir(m_dir).filePath(
        QStringLiteral("contacts-%1-seed%2-%3.sqlite").arg(contacts).arg(m_seed).arg(schemaKey()));
}

Result<QString> DatasetCache::ensure(qint64 contacts, bool regenerate)
{
    if (!QDir().mkpath(m_dir))
        return Error::failure(QStringLiteral("cannot create the data directory %1").arg(m_dir));
    const QString path = pathFor(contacts);
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.lock())
        return Error::failure(QStringLiteral("cannot lock %1.lock").arg(path));
    if (QFile::exists(path) && !regenerate)
        return path;
    const QString tmp = path + QStringLiteral(".tmp");
    removeDatabaseFiles(tmp);
    if (const Status s = generate(contacts, tmp); !s)
        return s.error();
    removeDatabaseFiles(path);
    if (!QFile::rename(tmp, path))
        return Error::failure(QStringLiteral("cannot rename %1 to %2").arg(tmp, path));
    return path;
}

Status DatasetCache::generate(qint64 contacts, const QString &target)
{
    std::fprintf(stderr, "trato-bench: generating %lld demo contacts (seed %llu) into %s\n", contacts,
                 static_cast<unsigned long long>(m_seed), qUtf8Printable(target));
    QElapsedTimer timer;
    timer.start();
    {
        auto db = Database::open(target);
        if (!db)
            return db.error();
        DemoOptions options;
        options.contacts = contacts;
        options.seed = m_seed;
        int lastPercent = 0;
        options.progress = [&lastPercent](qint64 done, qint64 total) {
            const int percent = int(done * 100 / qMax<qint64>(1, total));
            if (percent >= lastPercent + 10) {
                lastPercent = percent - percent % 10;
                std::fprintf(stderr, "trato-bench:   %d %%\n", lastPercent);
            }
            return true;
        };
        auto r = DemoData::generate(*db.value(), options);
        if (!r)
            return r.error();
    }
    const Status s = checkpointAndClose(target);
    std::fprintf(stderr, "trato-bench: generated in %.1f s\n", double(timer.elapsed()) / 1000.0);
    return s;
}

void DatasetCache::adoptOrRemove(qint64 contacts, const QString &generatedFile)
{
    const QString path = pathFor(contacts);
    QLockFile lock(path + QStringLiteral(".lock"));
    if (lock.tryLock(0) && !QFile::exists(path) && checkpointAndClose(generatedFile)
        && QFile::rename(generatedFile, path))
        return;
    removeDatabaseFiles(generatedFile);
}

Status checkpointAndClose(const QString &file)
{
    sqlite3 *h = nullptr;
    if (sqlite3_open_v2(file.toUtf8().constData(), &h, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(h));
        sqlite3_close(h);
        return Error::failure(QStringLiteral("cannot open %1: %2").arg(file, why));
    }
    const int rc = sqlite3_exec(h, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    sqlite3_close(h); // the last connection to close deletes the -wal file
    if (rc != SQLITE_OK)
        return Error::failure(QStringLiteral("cannot checkpoint %1").arg(file));
    return {};
}

void removeDatabaseFiles(const QString &file)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(file + QLatin1String(suffix));
}

} // namespace trato::bench
