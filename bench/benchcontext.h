// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasetcache.h"

#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QSet>
#include <QStringList>

#include <memory>

namespace trato {
class Database;
}

namespace trato::bench {

struct Options
{
    QString dataDir;
    QList<qint64> sizes = {1000, 1000000};
    QStringList cases;   // empty: all
    int repeat = 5;
    quint64 seed = 1;
    bool regenerate = false;
    QString tratoPath;   // default: trato beside trato-bench
    QString minimalPath; // default: trato-bench-minimal beside trato-bench
    QString jsonPath;
    bool checkTargets = false;
};

// What every case gets: the options, the cached data sets, helpers to start child processes and
// the programs under test with the right environment.
class BenchContext
{
public:
    explicit BenchContext(Options options);

    const Options &options() const { return m_options; }
    const QList<qint64> &sizes() const { return m_options.sizes; }
    qint64 smallest() const;
    qint64 largest() const;
    int repeat() const { return m_options.repeat; }
    quint64 seed() const { return m_options.seed; }

    // The demo database of that many contacts (generated into the cache on first use).
    Result<QString> dataset(qint64 contacts);
    // The same, opened (in-process cases). path is the file, for the raw baseline on it.
    struct OpenDataset
    {
        QString path;
        std::shared_ptr<Database> db;
    };
    Result<OpenDataset> openDataset(qint64 contacts);
    DatasetCache &cache() { return m_cache; }
    const DatasetCache &cache() const { return m_cache; }
    // A directory for files that live only during this run.
    QString scratchDir() const;

    // "offscreen" unless a display is available (then the platform Qt picks).
    static QString platformName();
    // The environment for child processes: QT_QPA_PLATFORM, and a private XDG_CONFIG_HOME so the
    // programs under test neither read nor change the user's settings.
    QProcessEnvironment childEnvironment() const;
    // A program beside trato-bench (or the --trato / --minimal override); empty if not built.
    QString program(const QString &name) const;

    // Runs `trato-bench --child CASE ARGS...` and returns the JSON object it printed.
    Result<QJsonObject> runChild(const QString &caseName, const QStringList &args, int timeoutMs = 120000) const;

    // Progress for the person waiting (stderr; the report goes to stdout).
    static void say(const QString &message);

private:
    Options m_options;
    DatasetCache m_cache;
    QString m_scratch;
    QSet<qint64> m_regenerated;
};

// The marker before the JSON line a child prints.
inline constexpr char kChildResultPrefix[] = "trato-bench-child-result: ";

} // namespace trato::bench
