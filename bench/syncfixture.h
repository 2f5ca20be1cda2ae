// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the sync-push and sync-pull cases share: a PostgreSQL of their own (tests/support's
// PgTestServer), a server database initialised by ServerAdmin with bench users, client databases
// filled with N contacts through the change-capturing write path, one timed SyncEngine::sync with
// its phases, and the contact rows read back for the raw baselines.
#include "../tests/support/pgtestserver.h"

#include "sync/syncengine.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

struct sqlite3;

namespace trato {
class Database;
}

namespace trato::bench::syncbench {

// The sizes the sync cases run at: --sizes, each capped at 100,000 (the figure; a million
// contacts would take minutes per run on both sides), without duplicates.
QList<qint64> sizes(const QList<qint64> &requested);
// Runs per size: --repeat, at most 3 from 100,000 contacts on.
int repeatsFor(qint64 size, int requested);

inline const QString kPassword = QStringLiteral("bench-secret");
inline const QString kTeam = QStringLiteral("bench-team");

// A new, empty server database `name` (dropped first if it exists).
Status createServerDatabase(test::PgTestServer &pg, const QString &name);
// `trato-cli server init` on it (ServerAdmin::init) and these users (role sales, team kTeam,
// password kPassword).
Status initServer(test::PgTestServer &pg, const QString &name, const QStringList &users);
// Drops a server database (frees the disk between runs).
void dropServerDatabase(test::PgTestServer &pg, const QString &name);

// A new client database file (removed first) whose writes are made by `user`.
Result<std::shared_ptr<Database>> openClient(const QString &path, const QString &user);

// `count` new contacts written in one transaction through the change-capturing path (the
// sync_context is set, so every insert is logged for the next push), with deterministic values of
// the size real contacts have: names, email, two phones, job title, city, province, postal code,
// a note.
Status insertContacts(Database &db, qint64 count, quint64 seed);
qint64 contactCount(Database &db);

// One SyncEngine::sync, timed. The engine reports its phases only as they progress (Pulling after
// each page applied), so the push/pull boundary comes from the server statements instead, seen
// through the engine's fault hook (never cutting anything): the push ends when the transaction of
// its last COPY has committed, and the pull starts with the next BEGIN.
struct TimedSync
{
    SyncReport report;
    double totalMs = 0;
    double pullStartMs = -1; // the first BEGIN after the last push transaction; -1: none
    double phaseStartMs[SyncProgress::Done + 1] = {-1, -1, -1, -1, -1}; // first report of each phase; -1: never
    int statements = 0;      // server statements (COPY included)
    int copies = 0;          // COPY ... FROM STDIN: push batches
    // From the call to the pull's first BEGIN: connecting, joining, building and sending batches.
    double pushMs() const;
    // From the pull's first BEGIN to the return.
    double pullMs() const;
    // "connect+push 1234 ms (20 batches), pull 567 ms; 123 statements": where the time went.
    QString phases() const;
};
Result<TimedSync> timedSync(Database &db, const ServerAddress &server);

// The columns a contact syncs: id and every stored, non-derived field, in registry order, with
// their SQLite types.
struct Column
{
    QString name;
    QString sqlType; // INTEGER, REAL or TEXT
};
QList<Column> contactColumns(const Database &db);

// The rows of a SQLite table read through the C API into memory, compactly (only non-null cells),
// ready to be inserted again by insertRows().
class RowSet
{
public:
    QStringList columns;
    qint64 rows() const { return qint64(m_rowStart.size()); }

    static Result<RowSet> read(const QString &file, const QString &table, const QStringList &columns);
    // The rows as CSV for COPY ... (FORMAT csv): NULL as an unquoted empty field, text quoted.
    QByteArray toCsv() const;
    // Inserts every row with one prepared statement, one transaction: the pull baseline.
    // Returns milliseconds from BEGIN to COMMIT.
    Result<double> insertInto(sqlite3 *db, const QString &table) const;

private:
    struct Cell
    {
        int column;
        int type; // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT
        qint64 i;
        double d;
        qint64 offset;
        int size;
    };
    std::vector<Cell> m_cells;
    std::vector<qint64> m_rowStart; // index of each row's first cell
    QByteArray m_text;
};

// psql's \copy of a CSV file into `table` of the server database, as the superuser; returns the
// wall time of the psql process in ms.
Result<double> psqlCopy(const test::PgTestServer &pg, const QString &database, const QString &table, const QString &csvFile);

// Where the server's time goes, for finding what to optimise (perf is not available here): with
// TRATO_BENCH_SYNC_PROFILE=1 in the environment, the server logs every statement with its duration
// (log_min_duration_statement = 0, the user in each line), and summarize() adds up one user's
// statements logged after `fromOffset`, grouped by their first words:
// "server 812 ms in 45 statements: COPY sync_in… 530 ms ×20, SELECT trato_apply… 250 ms ×20, …".
namespace ServerProfile {
bool requested();
Status enable(test::PgTestServer &pg);
qsizetype logSize(const test::PgTestServer &pg);
QString summarize(const test::PgTestServer &pg, qsizetype fromOffset, const QString &user);
} // namespace ServerProfile

} // namespace trato::bench::syncbench
