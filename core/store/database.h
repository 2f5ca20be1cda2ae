// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../metadata/registry.h"
#include "../util/hlc.h"
#include "../util/result.h"

#include <QMutex>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>

#include <memory>

namespace trato {

// One Trato database file: opening it safely (checks, pragmas, migrations with a backup first,
// schema generation from metadata), one QSqlDatabase connection per thread, the metadata registry
// and the hybrid logical clock of this site.
class Database : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool create = true;          // create the file if it does not exist
        int migrateTo = -1;          // tests: stop at this schema version (-1 = latest)
        bool generateSchema = true;  // tests: skip entity table generation
        QString backupDir;           // where pre-migration copies go (default: beside the file)
        QString user;                // who writes (default: the OS user name)
        qint64 clockOffsetMs = 0;    // tests: this computer's clock is that far off (a laptop a day ahead)
    };

    static Result<std::shared_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::shared_ptr<Database>> open(const QString &path) { return open(path, Options()); }
    ~Database() override;

    // The file used when neither --db nor TRATO_DB says otherwise.
    static QString defaultPath();
    // --db beats TRATO_DB beats the saved setting beats defaultPath().
    static QString resolvePath(const QString &commandLinePath, const QString &savedPath = QString());
    static int latestSchemaVersion();
    static QString osUserName();

    QString path() const { return m_path; }
    int schemaVersion() const;
    Registry *registry() { return &m_registry; }
    const Registry *registry() const { return &m_registry; }

    // This thread's connection, opened on first use with the same pragmas as the main one.
    QSqlDatabase connection();
    // Call at the end of a worker thread that used connection().
    void releaseThreadConnection();

    QString user() const;
    void setUser(const QString &user);
    QString siteId() const { return m_siteId; }
    // A fresh HLC stamp (thread-safe); persisted by the write transaction that uses it.
    HlcStamp nextStamp();
    // Merges a clock seen elsewhere (the team server's records), so every later stamp is after it.
    // The next write transaction persists it (meta hlc_last).
    void observeStamp(const HlcStamp &remote);
    // Sets the clock back to `to` (team sync only: after this computer's date was wrong, the
    // stamps it made in the future were never accepted by the server and are given again).
    void rewindClock(const HlcStamp &to);
    // This computer's wall clock in ms since the epoch (the HLC's physical part; Options::clockOffsetMs).
    qint64 wallClockMs() const;

    // PRAGMA quick_check on a connection of the calling thread (run it off the GUI thread).
    Status quickCheck();
    QString lastBackupPath() const { return m_lastBackup; }
    // A consistent copy of the whole database (VACUUM INTO), safe while others read and write.
    // Refuses to overwrite an existing file. Run it off the GUI thread: it reads every page.
    Status backupTo(const QString &target);
    // backupTo() into a folder, named trato-YYYYMMDD-HHMMSS.sqlite; returns the file written.
    Result<QString> backupToFolder(const QString &folder);

Q_SIGNALS:
    // Emitted (on the writer's thread) after a transaction that changed records of an entity commits.
    void recordsChanged(const QString &entity);

public:
    void notifyChanged(const QString &entity) { Q_EMIT recordsChanged(entity); }

private:
    Database(QString path, Options options);
    Status initialize();
    Status migrate(int target);
    Status backupBeforeMigration(int fromVersion);
    Status loadCustomFields();
    Result<QSqlDatabase> openConnection(const QString &name);

    QString m_path;
    Options m_options;
    Registry m_registry;
    QString m_siteId;
    QString m_lastBackup;
    QString m_user;
    mutable QMutex m_mutex;
    QSet<QString> m_connectionNames;
    std::unique_ptr<HybridLogicalClock> m_clock;
};

} // namespace trato
