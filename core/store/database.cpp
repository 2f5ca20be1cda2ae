// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "customfields.h"
#include "schemabuilder.h"
#include "sqlite.h"
#include "transaction.h"
#include "../util/appinfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <sqlite3.h>

namespace trato {

namespace {

// Writable for us, and not marked read-only for everyone: root passes access() checks, but a file
// or folder without any write bit was made read-only on purpose and is treated as such.
bool writable(const QFileInfo &info)
{
    const auto anyWrite = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return info.isWritable() && (info.permissions() & anyWrite);
}

// The numbered migrations, embedded as resources. The schema version is their count.
QStringList migrationFiles()
{
    QStringList files = QDir(QStringLiteral(":/trato/migrations")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (auto &f : files)
        f.prepend(QStringLiteral(":/trato/migrations/"));
    return files;
}


} // namespace

Database::Database(QString path, Options options)
    : m_path(std::move(path))
    , m_options(std::move(options))
{
    m_user = m_options.user.isEmpty() ? osUserName() : m_options.user;
}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    const auto names = m_connectionNames;
    lock.unlock();
    // Connections of worker threads (thread pool threads keep theirs for reuse) are removed from
    // here too; removeDatabase() closes them. The caller makes sure no worker still runs a query
    // (QThreadPool::waitForDone() before the Database goes away).
    for (const QString &name : names)
        QSqlDatabase::removeDatabase(name);
}

QString Database::defaultPath()
{
    if (QCoreApplication::organizationName() != QLatin1String("Trato"))
        AppInfo::applyIdentity(); // the GUI, the CLI and tests must agree on this path
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.trato");
    return dir + QStringLiteral("/trato.sqlite");
}

QString Database::resolvePath(const QString &commandLinePath, const QString &savedPath)
{
    if (!commandLinePath.isEmpty())
        return commandLinePath;
    const QString env = qEnvironmentVariable("TRATO_DB");
    if (!env.isEmpty())
        return env;
    if (!savedPath.isEmpty())
        return savedPath;
    return defaultPath();
}

int Database::latestSchemaVersion()
{
    return int(migrationFiles().size());
}

QString Database::osUserName()
{
    QString name = qEnvironmentVariable("TRATO_USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    if (name.isEmpty())
        name = QStringLiteral("user");
    return name;
}

QString Database::user() const
{
    QMutexLocker lock(&m_mutex);
    return m_user;
}

void Database::setUser(const QString &user)
{
    QMutexLocker lock(&m_mutex);
    m_user = user;
}

HlcStamp Database::nextStamp()
{
    QMutexLocker lock(&m_mutex);
    return m_clock->now();
}

void Database::rewindClock(const HlcStamp &to)
{
    QMutexLocker lock(&m_mutex);
    HlcStamp stamp = to;
    stamp.site = m_siteId;
    m_clock->restore(stamp);
}

qint64 Database::wallClockMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_options.clockOffsetMs;
}

void Database::observeStamp(const HlcStamp &remote)
{
    QMutexLocker lock(&m_mutex);
    m_clock->observe(remote);
}

Result<std::shared_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    if (path.isEmpty())
        return Error::badInput(tr("No database file given."));
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (info.exists()) {
        if (info.isDir())
            return Error::badInput(tr("%1 is a folder, not a database file.").arg(absolute));
        QFile f(absolute);
        if (!f.open(QIODevice::ReadOnly))
            return Error::badInput(tr("Cannot read %1: %2").arg(absolute, f.errorString()));
        const QByteArray header = f.read(16);
        if (info.size() > 0 && header != QByteArrayLiteral("SQLite format 3\0"))
            return Error::badInput(tr("%1 is not a Trato database (it is not an SQLite file, or it is damaged).").arg(absolute));
        if (!writable(info))
            return Error::badInput(tr("%1 is read-only. Trato needs to write to its database: check the file's permissions.").arg(absolute));
        if (!writable(QFileInfo(info.absolutePath())))
            return Error::badInput(tr("The folder %1 is read-only. Trato keeps its journal beside the database and needs to write there.").arg(info.absolutePath()));
    } else {
        if (!options.create)
            return Error::notFound(tr("%1 does not exist.").arg(absolute));
        QDir dir = info.absoluteDir();
        if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
            return Error::badInput(tr("Cannot create the folder %1.").arg(dir.absolutePath()));
        if (!writable(QFileInfo(dir.absolutePath())))
            return Error::badInput(tr("Cannot create %1: the folder is not writable.").arg(absolute));
    }

    std::shared_ptr<Database> db(new Database(absolute, options));
    const Status s = db->initialize();
    if (!s)
        return s.error();
    return db;
}

Result<QSqlDatabase> Database::openConnection(const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error::failure(tr("Cannot open %1: %2").arg(m_path, why));
    }
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames.insert(name);
    }
    // WAL lets the GUI read while a worker writes; NORMAL sync is durable across app crashes (not
    // power loss of the last transaction) and 10x faster per commit than FULL in WAL mode.
    const char *pragmas[] = {
        "PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL",
        "PRAGMA secure_delete=FAST", "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-32768",
    };
    for (const char *p : pragmas) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(p))) {
            const QString why = q.lastError().text();
            if (why.contains(QLatin1String("locked")) || why.contains(QLatin1String("busy")))
                return Error::failure(tr("%1 is locked by another program. Close it and try again.").arg(m_path));
            if (why.contains(QLatin1String("not a database")) || why.contains(QLatin1String("malformed")))
                return Error::badInput(tr("%1 is damaged (%2). Restore a backup copy.").arg(m_path, why));
            if (why.contains(QLatin1String("readonly")))
                return Error::badInput(tr("%1 is read-only. Trato needs to write to its database: check the file's permissions.").arg(m_path));
            return Error::failure(tr("Cannot prepare %1: %2").arg(m_path, why));
        }
        if (qstrcmp(p, "PRAGMA journal_mode=WAL") == 0 && q.next()
            && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return Error::failure(tr("%1 is locked by another program. Close it and try again.").arg(m_path));
    }
    return db;
}

QSqlDatabase Database::connection()
{
    const QString name = QStringLiteral("trato-%1-%2")
                             .arg(quintptr(this), 0, 16)
                             .arg(quintptr(QThread::currentThreadId()), 0, 16);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    auto r = openConnection(name);
    if (!r) {
        qWarning("trato: %s", qUtf8Printable(r.error().message));
        return QSqlDatabase();
    }
    return r.value();
}

void Database::releaseThreadConnection()
{
    const QString name = QStringLiteral("trato-%1-%2")
                             .arg(quintptr(this), 0, 16)
                             .arg(quintptr(QThread::currentThreadId()), 0, 16);
    {
        QMutexLocker lock(&m_mutex);
        if (!m_connectionNames.remove(name))
            return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int Database::schemaVersion() const
{
    QSqlQuery q(const_cast<Database *>(this)->connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Database::initialize()
{
    const QString name = QStringLiteral("trato-%1-%2")
                             .arg(quintptr(this), 0, 16)
                             .arg(quintptr(QThread::currentThreadId()), 0, 16);
    auto conn = openConnection(name);
    if (!conn)
        return conn.error();
    QSqlDatabase db = conn.value();

    // Reading the schema is the cheap first integrity check: a damaged header or a truncated file
    // fails here with "malformed" before anything is written. The full PRAGMA quick_check scans
    // every page, so it runs on a worker after the window is up (and on `trato-cli check`).
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"))) {
            return Error::badInput(tr("%1 is damaged (%2). Restore a backup copy.")
                                       .arg(m_path, q.lastError().databaseText()));
        }
    }
    int version = schemaVersion();
    const int latest = m_options.migrateTo >= 0 ? m_options.migrateTo : latestSchemaVersion();
    if (version > latestSchemaVersion()) {
        return Error::badInput(tr("%1 was made by a newer version of Trato (database schema %2; this version "
                                  "understands up to %3). Update Trato to open it.")
                                   .arg(m_path).arg(version).arg(latestSchemaVersion()));
    }
    if (version > 0) {
        // A database of ours has our meta table; anything else with a user_version is foreign.
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name='meta'"));
        if (!q.next())
            return Error::badInput(tr("%1 is an SQLite database, but not a Trato one.").arg(m_path));
    } else {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        if (q.next() && q.value(0).toInt() > 0)
            return Error::badInput(tr("%1 is an SQLite database, but not a Trato one.").arg(m_path));
    }
    if (version < latest) {
        if (version > 0) {
            const Status b = backupBeforeMigration(version);
            if (!b)
                return b;
        }
        const Status m = migrate(latest);
        if (!m)
            return m;
    }

    // Site id and clock, persisted in meta.
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT value FROM meta WHERE key='site_id'"));
        if (q.next()) {
            m_siteId = q.value(0).toString();
        } else {
            m_siteId = QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
            auto r = Sql::exec(db, QStringLiteral("INSERT INTO meta(key, value) VALUES ('site_id', ?)"), {m_siteId});
            if (!r)
                return r.error();
        }
        const qint64 offset = m_options.clockOffsetMs;
        m_clock = std::make_unique<HybridLogicalClock>(
            m_siteId, offset == 0 ? HybridLogicalClock::WallClock()
                                  : HybridLogicalClock::WallClock([offset] {
                                        return static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch() + offset);
                                    }));
        QSqlQuery h(db);
        h.exec(QStringLiteral("SELECT value FROM meta WHERE key='hlc_last'"));
        HlcStamp last;
        if (h.next() && HlcStamp::parse(h.value(0).toString(), &last))
            m_clock->observe(last);
    }

    if (m_options.generateSchema && (m_options.migrateTo < 0 || m_options.migrateTo == latestSchemaVersion())) {
        const Status c = loadCustomFields();
        if (!c)
            return c;
        const Status g = SchemaBuilder(*this).syncAll();
        if (!g)
            return g;
    }
    return {};
}

Status Database::backupBeforeMigration(int fromVersion)
{
    const QFileInfo info(m_path);
    QString dir = m_options.backupDir.isEmpty() ? info.absolutePath() : m_options.backupDir;
    if (!QDir().mkpath(dir))
        return Error::failure(tr("Cannot create the backup folder %1.").arg(dir));
    const QString target = QStringLiteral("%1/%2.schema%3-%4.bak")
                               .arg(dir, info.completeBaseName())
                               .arg(fromVersion)
                               .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QFile::remove(target);
    // VACUUM INTO writes a consistent, compact copy even while in WAL mode.
    auto r = Sql::exec(connection(), QStringLiteral("VACUUM INTO ?"), {target});
    if (!r)
        return Error::failure(tr("Could not back up %1 before upgrading it: %2").arg(m_path, r.error().message));
    m_lastBackup = target;
    return {};
}

Status Database::migrate(int target)
{
    QSqlDatabase db = connection();
    const QStringList files = migrationFiles();
    for (int v = schemaVersion() + 1; v <= target && v <= files.size(); ++v) {
        QFile f(files.at(v - 1));
        if (!f.open(QIODevice::ReadOnly))
            return Error::failure(tr("Missing migration %1").arg(f.fileName()));
        const QString script = QString::fromUtf8(f.readAll());
        // Each step is one transaction; user_version moves with it, so a failed step leaves the
        // database at the previous version.
        Status s = Sql::execScript(db, QStringLiteral("BEGIN IMMEDIATE;\n") + script
                                           + QStringLiteral("\nPRAGMA user_version = %1;\nCOMMIT;").arg(v));
        if (!s) {
            Sql::execScript(db, QStringLiteral("ROLLBACK"));
            return Error::failure(tr("Upgrading the database to schema %1 failed: %2").arg(v).arg(s.error().message));
        }
    }
    return {};
}

Status Database::loadCustomFields()
{
    auto fields = CustomFields::load(connection());
    if (!fields)
        return fields.error();
    QList<Entity> entities = Registry::builtinEntities();
    for (const auto &[entityName, field] : fields.value()) {
        for (auto &e : entities) {
            if (e.name != entityName)
                continue;
            int at = 0;
            while (at < e.fields.size() && !e.fields.at(at).system)
                ++at;
            e.fields.insert(at, field);
        }
    }
    m_registry.setEntities(std::move(entities));
    return {};
}

Status Database::quickCheck()
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return Error::failure(tr("Integrity check of %1 failed: %2").arg(m_path, q.lastError().text()));
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!problems.isEmpty())
        return Error::failure(tr("%1 has damage: %2. Restore a backup copy or export what you can.")
                                  .arg(m_path, problems.mid(0, 5).join(QStringLiteral("; "))));
    return {};
}

} // namespace trato

namespace trato {

Status Database::backupTo(const QString &target)
{
    const QFileInfo info(target);
    if (info.exists())
        return Error::badInput(tr("%1 already exists; choose another name.").arg(info.absoluteFilePath()));
    if (!QFileInfo(info.absolutePath()).isDir() || !QFileInfo(info.absolutePath()).isWritable())
        return Error::badInput(tr("Cannot write a backup to %1: the folder does not exist or is not writable.").arg(info.absolutePath()));
    auto r = Sql::exec(connection(), QStringLiteral("VACUUM INTO ?"), {info.absoluteFilePath()});
    if (!r)
        return Error::failure(tr("The backup to %1 failed: %2").arg(info.absoluteFilePath(), r.error().message));
    return {};
}

Result<QString> Database::backupToFolder(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return Error::badInput(tr("Cannot create the backup folder %1.").arg(folder));
    const QString target = QDir(folder).filePath(QStringLiteral("trato-%1.sqlite")
                                                     .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    const Status s = backupTo(target);
    if (!s)
        return s.error();
    return target;
}

} // namespace trato
