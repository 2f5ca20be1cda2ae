// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QString>

namespace trato::bench {

// Demo databases for the cases, generated once and kept in the data directory. A file's name
// carries what decides its content: contact count, seed and a key of the schema (migration
// version plus a hash of the DDL generated from the built-in metadata), so a schema change makes
// new files instead of benchmarking stale ones. Files are generated under a temporary name and
// renamed when complete; a lock file keeps two benchmark runs from generating the same one.
class DatasetCache
{
public:
    DatasetCache(QString dir, quint64 seed);

    QString dir() const { return m_dir; }
    quint64 seed() const { return m_seed; }
    static QString schemaKey();
    QString pathFor(qint64 contacts) const;

    // The cached database of that size, generated first if missing (or if regenerate).
    Result<QString> ensure(qint64 contacts, bool regenerate);
    // Takes a database that DemoData just generated with this seed as the cached one if there is
    // none yet (saves generating a million contacts twice); otherwise removes it.
    void adoptOrRemove(qint64 contacts, const QString &generatedFile);

private:
    Status generate(qint64 contacts, const QString &target);

    QString m_dir;
    quint64 m_seed;
};

// Folds the WAL into the main file and deletes it, so a database file can be moved or evicted alone.
Status checkpointAndClose(const QString &file);
void removeDatabaseFiles(const QString &file);

} // namespace trato::bench
