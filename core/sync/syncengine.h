// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pgconnection.h"

#include <QCoreApplication>
#include <QDateTime>

#include <atomic>
#include <functional>

namespace trato {

class Database;

// The team server this database syncs with and the local bookkeeping (table sync_state,
// migration 0008). The password is not stored here: the GUI keeps it in the OS keychain.
struct SyncSettings
{
    ServerAddress server;   // password always empty
    bool enabled = false;   // a server is configured
    int intervalMinutes = 5; // automatic sync in the GUI (0 = only on demand, at start and at exit)

    static SyncSettings load(Database &db);
    Status save(Database &db) const;
    // Forgets the server (the data stays; pending changes stay pending).
    static Status forget(Database &db);
};

struct SyncStatus
{
    bool configured = false;
    ServerAddress server;      // password empty
    QString device;            // the code the server gave this database ("D3"), empty before joining
    qint64 pendingChanges = 0; // local changes not yet acknowledged by the server
    qint64 openConflicts = 0;
    qint64 parked = 0;         // pulled records that could not be applied here (see lastError)
    QDateTime lastSync;        // last complete sync (UTC), invalid when never
    QDateTime lastAttempt;
    QString lastError;         // empty when the last attempt succeeded
};

struct SyncReport
{
    qint64 pushed = 0;     // changes sent and acknowledged
    qint64 batches = 0;
    qint64 pulled = 0;     // records received
    qint64 applied = 0;    // records changed here
    qint64 evicted = 0;    // records no longer visible to this user, removed here
    qint64 conflicts = 0;  // new conflicts
    qint64 denied = 0;     // changes the server refused (no rights): kept in conflicts
    bool joined = false;   // this sync uploaded the existing database
    QString warning;       // e.g. clock skew
};

// Phases reported to the progress callback.
struct SyncProgress
{
    enum Phase { Connecting, Uploading, Pushing, Pulling, Done } phase = Connecting;
    qint64 done = 0;
    qint64 total = 0; // 0 = unknown
};

// One sync with the team server: push every pending local change in numbered, idempotent batches,
// then pull everything new until caught up. Blocking: run it on a worker thread (the GUI's
// SyncController does; trato-cli runs it directly). Uses the calling thread's connection of `db`.
// Safe to retry after any failure: nothing is lost, the outbox is kept for the next try.
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(trato::SyncEngine)
public:
    explicit SyncEngine(Database &db);

    using Progress = std::function<void(const SyncProgress &)>;
    // `server.password` is used when not empty (else PGPASSWORD / ~/.pgpass).
    Result<SyncReport> sync(const ServerAddress &server, const Progress &progress = {});
    void cancel() { m_cancel = true; } // from any thread: stops between pages

    SyncStatus status() const;
    static int clientSchemaVersion(); // the server schema version this client speaks

    // Tests: cut the connection at chosen points (see PgConnection::FaultHook).
    void setFaultHook(PgConnection::FaultHook hook) { m_fault = std::move(hook); }
    // Tests and benchmarks: records per push batch and per pull page.
    void setPageSize(int rows) { m_pageSize = rows; }

private:
    Database &m_db;
    PgConnection::FaultHook m_fault;
    std::atomic<bool> m_cancel{false};
    int m_pageSize = 5000;
};

// Conflicts kept for review (table sync_conflict): a field that two people changed while apart,
// or a change the server refused. The winner is what everybody has now; the loser is kept here.
struct SyncConflict
{
    QString id;
    QString entity;
    QString recordId;
    QString recordTitle;   // the record's display name here, when it is here
    QString field;
    QString reason;        // concurrent | denied | deleted
    QString winnerValue, winnerUser, winnerHlc;
    QString loserValue, loserUser, loserHlc;
    QDateTime at;          // when the server decided
    QString resolution;    // "" open, "kept", "restored"
};

class SyncConflicts
{
    Q_DECLARE_TR_FUNCTIONS(trato::SyncConflicts)
public:
    explicit SyncConflicts(Database &db) : m_db(db) {}
    Result<QList<SyncConflict>> list(bool includeResolved = false) const;
    Result<SyncConflict> get(const QString &id) const;
    qint64 openCount() const;
    // Keep the winner: the conflict is closed (on the server too, at the next sync).
    Status keep(const QString &id);
    // Restore the loser: it is written again as a new local change (a newer clock, so it wins
    // at the next sync) and the conflict is closed.
    Status restore(const QString &id);

private:
    Database &m_db;
};

} // namespace trato
