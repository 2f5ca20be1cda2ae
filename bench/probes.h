// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QString>
#include <QVariantList>

#include <functional>

struct sqlite3;

namespace trato::bench {

// Resident set size of this process in KiB (VmRSS in /proc/self/status); -1 where unknown.
qint64 rssKiB();

// Drops the file's clean pages from the OS page cache (posix_fadvise DONTNEED), so the next open
// reads it from disk. Harmless to other processes; a no-op where unsupported.
void evictFromPageCache(const QString &file);

// Runs the event loop until done() holds or the time is up; false on timeout. Use it to wait for
// queued results (the model's background count) without spinning the CPU.
bool spinUntil(const std::function<bool()> &done, int timeoutMs);

// The raw baselines: the same SQL as Trato's model through the sqlite3 C API on a read-only
// connection of its own, with Trato's page cache size. The schema is read when it opens (Trato's
// connection has read it too by the time a model runs a query), so a measurement is what the
// statement costs: prepare, bind, step, finalize.
class RawSqlite
{
public:
    explicit RawSqlite(const QString &file);
    ~RawSqlite();
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    const QString &error() const { return m_error; }
    // Steps `rows` rows (as many as QSqlQueryModel fetches for its first page), reading every
    // column as text as the model does. Returns milliseconds.
    Result<double> firstPageMs(const QString &sql, const QVariantList &params, int rows);

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
};

// Rows QSqlQueryModel fetches when a query is set (QSQL_PREFETCH 255 + 1).
constexpr int kModelFirstFetch = 256;

} // namespace trato::bench
