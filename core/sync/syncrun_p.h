// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/sync: one run of SyncEngine::sync, split by phase over syncrun.cpp (connection,
// schema and clock checks, device, re-stamping, bookkeeping), syncpush.cpp (joining, numbered
// batches, acknowledgements) and syncpull.cpp (feed pages, applying records, conflicts).

#include "rawrows.h"
#include "syncengine.h"
#include "syncstate.h"

#include "../metadata/entity.h"
#include "../store/sqlite.h"
#include "../util/hlc.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <memory>

namespace trato {

class Database;

namespace SyncDetail {

// Stamps further in the future than this are refused (by the server too: trato.push).
inline constexpr qint64 kToleranceMs = 5 * 60 * 1000;

bool isSynced(const Entity *e);
// The fields that travel: what change capture logs (the record's own fields, its owner and its
// Trash flag; never derived values, which each copy computes) plus, for a new record, when and by
// whom it was created.
bool travels(const Field &f);
QStringList travellingFields(const Entity &e);
// The columns that may not be NULL (created_at, deleted): a record whose data lacks them keeps
// the column's default (a new one) or its value here; any other field it lacks is NULL.
bool hasDefaultWhenAbsent(QStringView field);
qint64 msOf(const QString &hlc);
QString isoFromMs(qint64 ms);
QString durationText(qint64 ms);
QString json(const QJsonObject &o);
QJsonObject parseObject(const QString &text);
bool sameValue(const QVariant &a, const QVariant &b);
// One field of COPY's text format back to its text.
QString copyUnescape(const QByteArray &field);

// PRAGMA foreign_keys cannot change inside a transaction, and applying the server's view must not
// be refused (or rewritten by ON DELETE SET NULL) because a related record is not visible here.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(QSqlDatabase conn) : m_conn(std::move(conn)) { Sql::exec(m_conn, QStringLiteral("PRAGMA foreign_keys = OFF")); }
    ~ForeignKeysOff() { Sql::exec(m_conn, QStringLiteral("PRAGMA foreign_keys = ON")); }

private:
    QSqlDatabase m_conn;
};

// A record as the server sent it. The JSON texts are kept as received: the fast path
// (syncfastapply.h) reads them with a small scanner and sync_record stores the clocks untouched;
// the one-by-one path parses them when it needs them.
// One row of the push's COPY payload; data, clocks and bases are JSON texts (bases null: none).
// `owner`: the owner written first in a new record's data (checked by the server: trato.owner_in).
void appendRawRow(QByteArray &out, int ord, const QString &entity, const QString &id, const char *op, bool isNew,
                  const QByteArray &data, const QByteArray &clocks, const QByteArray &bases, const QString &hlc,
                  const QByteArray &owner = {});
// Clocks of a new record: one default for every field ("*"), and the fields changed since it was
// made with their own.
QByteArray newRecordClocks(const QString &stamp, const QList<QPair<QString, QString>> &own = {});

struct RemoteRecord
{
    QString entity, id;
    QString data, clocks, authors; // JSON objects: field -> value, field -> HLC ("*": every field), field -> user
    bool purged = false;
};
struct FastRow; // syncfastapply.h: a record read for the fast path

} // namespace SyncDetail

class FastPull;
struct FastPullDeleter
{
    void operator()(FastPull *fast) const; // syncfastapply.cpp: FastPull stays out of this header
};

class SyncRun
{
    Q_DECLARE_TR_FUNCTIONS(trato::SyncEngine)
public:
    SyncRun(Database &db, const SyncEngine::Progress &progress, const std::atomic<bool> &cancel, int pageSize);

    Result<SyncReport> run(const ServerAddress &server, const PgConnection::FaultHook &fault);

private:
    Status connect(const ServerAddress &server, const PgConnection::FaultHook &fault);
    Status checkClock();
    Result<qint64> restamp(qint64 limitMs);
    Status registerDevice();
    Status join();
    Status push();
    struct BuiltBatch
    {
        qint64 number = 0; // 0: no batch was made
        qint64 rows = 0;
        QByteArray payload;
        QSet<QString> keys; // entity + '\x1f' + id of its records
    };
    Result<bool> buildBatch(BuiltBatch *out);
    Result<bool> nextTouches(const QSet<QString> &keys);
    Status sendPending();
    Status sendBatch(qint64 batchNo, const QByteArray &payload, qint64 rows);
    Result<QJsonObject> serverPush(qint64 batchNo, const QByteArray &payload);
    Status acknowledge(qint64 batchNo, qint64 rows, const QJsonObject &result, const QByteArray &payload);
    Status pull();
    Status pullConflicts();
    // fast: the records as FastEncoder read them (one per record), or null.
    Status applyPage(const QList<SyncDetail::RemoteRecord> &records, const QList<QPair<QString, QString>> &evicted,
                     const std::vector<SyncDetail::FastRow> *fast);
    Status applyRecords(const QList<SyncDetail::RemoteRecord> &records, const QList<QPair<QString, QString>> &evicted, bool oneByOne,
                        QHash<QString, QStringList> &touched, const std::vector<SyncDetail::FastRow> *fast = nullptr);
    Status applyOne(const SyncDetail::RemoteRecord &r, const QSet<QString> &pendingFields, bool pendingInsert);
    Status removeLocal(const QString &entity, const QString &id);
    Status retryParked();
    Status persistClock();
    Status setState(const QString &key, const QString &value);
    Error translated(const Error &e) const;
    bool cancelled() const { return m_cancel.load(); }
    void progress(SyncProgress::Phase phase, qint64 done, qint64 total)
    {
        if (m_progress)
            m_progress({phase, done, total});
    }
    QJsonObject basesOf(const QString &entity, const QString &id, bool *known);
    // The clocks this copy knows for a record, as stored (JSON text); null when it knows none.
    Result<QByteArray> knownClocks(const QString &entity, const QString &id);
    // Appends the JSON object of a record's travelling fields (travellingFields(e): the columns
    // from `first` of the current row of `st`), the owner first (trato.owner_in checks it there
    // without parsing); a non-null `ownerAs` replaces the owner. Returns the owner written (null: none).
    QByteArray appendData(QByteArray &out, const SyncDetail::RawStatement &st, int first, const Entity &e, const QByteArray &ownerAs = {});
    // Prepared once per sync and reused (pulling a hundred thousand records runs the same few
    // statements for each). A SELECT is finished by its caller, so no statement stays open.
    Result<QSqlQuery *> statement(const QString &sql, const QVariantList &params);

    // Records new to this copy, of kinds without code rules, go in with the bulk flag (no per-row
    // change-log and full-text triggers: FTS5 would flush at every statement) and are indexed and
    // entered in History per page (finishBulkInserts). Entity -> its largest rid before the page.
    QHash<QString, qint64> m_bulkFrom;
    QHash<QString, QSet<QString>> m_bulkAuthors;
    bool m_bulkOn = false;
    Status finishBulkInserts();
    // Records new to this copy go through FastPull (prepared sqlite3 statements, values read straight
    // from the JSON text) when it can take them; the History context (sync_context.user/hlc) of the
    // last one is written before anything that reads it.
    Result<bool> applyFast(const SyncDetail::RemoteRecord &r, const SyncDetail::FastRow &row);
    Status flushContext();
    std::unique_ptr<FastPull, FastPullDeleter> m_fast;
    QString m_contextUser, m_contextHlc;
    QString m_lastClock; // the largest clock of the last record applied fast, already merged into m_maxSeen
    // Records this run pushed as new and the server took as sent (entity + '\x1f' + id -> the clocks
    // text, which the server stores as it came): when they come back in this run's pull they are
    // the copy's own echo, told apart without reading them (echoesOf). Dropped from here as soon as
    // a later batch of the run changes what this copy knows of one.
    QHash<QString, QString> m_pushedNew;
    std::vector<bool> echoesOf(const QList<SyncDetail::RemoteRecord> &records);
    bool m_contextPending = false;

    Database &m_db;
    QHash<QString, QSqlQuery> m_statements;
    SyncDetail::RawStatements m_raw; // the push's hot path, through the C API
    // What the push needs of each kind of record, worked out once per sync.
    struct EntityRows
    {
        QStringList fields;        // travellingFields()
        QList<QByteArray> keys;    // `"field":` for each
        int owner = -1;            // the index of "owner" in fields (-1: none)
        QString selectById;        // SELECT <fields> FROM <entity> WHERE id = ?
    };
    const EntityRows &rowsOf(const Entity &e);
    QHash<QString, EntityRows> m_rowsOf;
    SyncState m_state;
    const SyncEngine::Progress &m_progress;
    const std::atomic<bool> &m_cancel;
    int m_pageSize;
    std::unique_ptr<PgConnection> m_pg;
    SyncReport m_report;
    QString m_device;
    QString m_user;
    QString m_team;
    qint64 m_serverMs = 0;
    HlcStamp m_maxSeen;
};

} // namespace trato
