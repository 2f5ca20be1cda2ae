// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pgtestserver.h"

#include "store/database.h"
#include "sync/syncengine.h"

#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <mutex>
#include <random>
#include <vector>

namespace trato::test {

// A seeded simulation of a team working offline against one team server (issue 9, "Tests"):
// several clients, each its own SQLite file and its own PostgreSQL login, make random edits,
// soft deletes and restores, new records, stock movements and invoice issues while apart, then
// sync with the connection cut at seeded random points (including after the server's COMMIT,
// before the client heard the answer, and around COPY). Failed syncs are retried later. At the
// end everyone syncs until a full pass changes nothing, and verify() checks what the issue asks:
// every client equals the server's view for its user, every acknowledged write is final, beaten
// by a later clock or kept in conflicts, stock = initial + unique movements, invoice numbers
// unique and contiguous per series, no other team's records, empty outboxes, no clock going
// backwards. Everything real: PgTestServer, Database files, SyncEngine; nothing mocked.
class SyncSim
{
public:
    struct Options
    {
        int rounds = 3;        // offline work + sync, per round
        int opsPerRound = 5;   // operations per client per round
        int cutPercent = 55;   // chance that a sync attempt has a connection cut planned
        int settlePasses = 6;  // full passes allowed for the final convergence
    };

    struct User
    {
        QString name;
        QString role;
        QString team;
    };

    struct Client
    {
        User user;
        QString password;
        std::unique_ptr<QTemporaryDir> dir;
        std::shared_ptr<Database> db;
        ServerAddress address;
        QString lastHlc;        // meta hlc_last as last seen: must only grow
        qint64 lastPushedSeq = 0; // sync_state pushed_seq as last seen: must only grow
        bool needsSync = false; // a sync failed: retried later
    };

    // What happened, so a test can insist that the faults it wanted really happened.
    struct Stats
    {
        int operations = 0;
        int localRefusals = 0;   // operations the local rules refused (e.g. nothing to restore)
        int syncs = 0;
        int failedSyncs = 0;
        int conflicts = 0;       // conflicts open or resolved on all clients at the end
        int settlePasses = 0;
        QMap<QString, int> cuts; // fault point -> times the connection was cut there
        QMap<QString, int> ops;  // operation kind -> times done
        QStringList opErrors;    // unexpected local errors (should stay empty)
    };

    SyncSim(PgTestServer &pg, QString database, quint32 seed, Options options);
    SyncSim(PgTestServer &pg, QString database, quint32 seed) : SyncSim(pg, std::move(database), seed, Options()) {}
    ~SyncSim();

    // Fresh server database and schema, the users, the admin's starting data (accounts, contacts,
    // products with initial stock), and every client's first sync (joining).
    Status setUp();
    // One round: each client works offline, then each syncs (maybe cut, maybe retried).
    Status round(int number);
    // Everyone syncs, without faults, until a full pass pushes and applies nothing.
    Status settle();
    // The assertions; each failure names the seed, the client, the record and the field.
    QStringList verify();

    // setUp + rounds + settle + verify; failures prefixed with the seed.
    QStringList run();

    const Stats &stats() const { return m_stats; }
    quint32 seed() const { return m_seed; }
    QString rerunHint() const;
    static QList<User> teamUsers();  // the clients' users (two teams, mixed roles)
    static User adminUser();         // the admin: seeds the data, not a client in the rounds

private:
    struct ServerRecord
    {
        QJsonObject data;
        QJsonObject clocks;
        QString owner;
        QString team;
    };
    using ServerView = QMap<QString, QMap<QString, ServerRecord>>; // entity -> id -> record

    static QString templateFile();
    Result<std::shared_ptr<Database>> openClientDb(Client &c);
    Status seedStartingData(Client &admin);
    Status syncClient(Client &c, bool faults, SyncReport *report = nullptr);
    std::unique_ptr<SyncEngine> prepareSync(Client &c, bool faults);
    Status finishSync(Client &c, const Result<SyncReport> &r, SyncReport *report = nullptr);
    void syncTogether(const QList<Client *> &clients);
    PgConnection::FaultHook planFaults(Client &c);
    void operate(Client &c, int round, int index);
    void opEdit(Client &c, const QString &tag);
    void opDeleteOrRestore(Client &c);
    void opCreate(Client &c, const QString &tag);
    void opStock(Client &c);
    void opInvoice(Client &c, const QString &tag);
    void opResolve(Client &c);
    void checkClock(Client &c, const QString &when);
    QString pickRecord(Client &c, const QString &entity, const QString &where, const QString &orderBy);
    void opFailed(Client &c, const QString &what, const Error &error, bool expected);

    Result<ServerView> readServer(const ServerAddress &as, const QStringList &entities);
    QStringList syncedEntities(Client &c) const;
    Status readPolicy();
    void verifyClientEqualsServer(Client &c, QStringList &failures);
    void verifyWrites(QStringList &failures);
    void verifyStock(QStringList &failures);
    void verifyInvoices(QStringList &failures);
    void verifyClocks(QStringList &failures);
    QString where(const Client &c) const;

    PgTestServer &m_pg;
    QString m_database;
    quint32 m_seed;
    Options m_options;
    std::mt19937 m_rng;
    QList<Client *> m_clients;   // the team clients
    std::unique_ptr<Client> m_admin;
    std::vector<std::unique_ptr<Client>> m_owned;
    Stats m_stats;
    QStringList m_errors;        // invariant breaches seen during the run (clocks going back...)
    std::mutex m_hookMutex;
    QMap<QString, bool> m_policy; // synced entity -> shared (catalog) rather than a team's
    int m_round = 0;
    int m_nextName = 0;
    int rnd(int n) { return n <= 1 ? 0 : int(m_rng() % quint32(n)); }
    bool chance(int percent) { return rnd(100) < percent; }
};

} // namespace trato::test
