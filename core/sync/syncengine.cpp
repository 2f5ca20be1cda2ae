// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncengine.h"
#include "serverschema.h"
#include "syncstate.h"
#include "valuecodec.h"

#include "../metadata/registry.h"
#include "../metadata/value.h"
#include "../store/database.h"
#include "../store/recordrules.h"
#include "../store/schemabuilder.h"
#include "../store/sqlite.h"
#include "../store/transaction.h"

#include <QHash>
#include <QMap>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace trato {

namespace {

// Stamps further in the future than this are refused (by the server too: trato.push).
constexpr qint64 kToleranceMs = 5 * 60 * 1000;

const QString kStageDdl = QStringLiteral(
    "CREATE TEMP TABLE IF NOT EXISTS trato_push (ord int NOT NULL, entity text NOT NULL, id text NOT NULL, "
    "op text NOT NULL, is_new boolean NOT NULL, data jsonb NOT NULL, clocks jsonb NOT NULL, bases jsonb, hlc text) "
    "ON COMMIT DELETE ROWS");
const QString kCopy = QStringLiteral("COPY trato_push (ord, entity, id, op, is_new, data, clocks, bases, hlc) FROM STDIN");

bool isSynced(const Entity *e)
{
    return e && e->sharing != Entity::Sharing::Local;
}

// The fields that travel: what change capture logs (the record's own fields, its owner and its
// Trash flag; never derived values, which each copy computes) plus, for a new record, when and by
// whom it was created.
bool travels(const Field &f)
{
    if (f.derived)
        return false;
    if (!f.system)
        return true;
    return f.name == QLatin1String("owner") || f.name == QLatin1String("deleted") || f.name == QLatin1String("created_at")
        || f.name == QLatin1String("created_by");
}

QStringList travellingFields(const Entity &e)
{
    QStringList out;
    for (const auto &f : e.fields)
        if (travels(f) && f.name != QLatin1String("id"))
            out << f.name;
    return out;
}

qint64 msOf(const QString &hlc)
{
    bool ok = false;
    const qint64 ms = hlc.left(12).toLongLong(&ok, 16);
    return ok ? ms : 0;
}

QString isoFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString durationText(qint64 ms)
{
    const qint64 minutes = qAbs(ms) / 60000;
    if (minutes >= 120)
        return SyncEngine::tr("%n hour(s)", nullptr, int(minutes / 60));
    return SyncEngine::tr("%n minute(s)", nullptr, int(qMax<qint64>(1, minutes)));
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return ValueCodec::toText(a) == ValueCodec::toText(b);
}

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

struct PushRow
{
    QString entity, id, op;
    bool isNew = false;
    QJsonObject data, clocks, bases;
    QString hlc;
};

void appendRow(QByteArray &out, int ord, const PushRow &r)
{
    out += QByteArray::number(ord);
    out += '\t';
    PgConnection::appendCopyField(out, r.entity);
    out += '\t';
    PgConnection::appendCopyField(out, r.id);
    out += '\t';
    PgConnection::appendCopyField(out, r.op);
    out += '\t';
    out += r.isNew ? "t" : "f";
    out += '\t';
    PgConnection::appendCopyField(out, json(r.data));
    out += '\t';
    PgConnection::appendCopyField(out, json(r.clocks));
    out += '\t';
    PgConnection::appendCopyField(out, json(r.bases), r.bases.isEmpty());
    out += '\t';
    PgConnection::appendCopyField(out, r.hlc, r.hlc.isEmpty());
    out += '\n';
}

struct RemoteRecord
{
    QString entity, id;
    QJsonObject data, clocks, authors;
    bool purged = false;
};

} // namespace

// --- One sync ------------------------------------------------------------------------------------

class SyncRun
{
    Q_DECLARE_TR_FUNCTIONS(trato::SyncEngine)
public:
    SyncRun(Database &db, const SyncEngine::Progress &progress, const std::atomic<bool> &cancel, int pageSize)
        : m_db(db), m_state(db), m_progress(progress), m_cancel(cancel), m_pageSize(qMax(1, pageSize))
    {
    }

    Result<SyncReport> run(const ServerAddress &server, const PgConnection::FaultHook &fault);

private:
    Status connect(const ServerAddress &server, const PgConnection::FaultHook &fault);
    Status checkClock();
    Result<qint64> restamp(qint64 limitMs);
    Status registerDevice();
    Status join();
    Status push();
    Result<bool> buildBatch();
    Status sendPending();
    Status sendBatch(qint64 batchNo, const QByteArray &payload, qint64 rows);
    Status acknowledge(qint64 batchNo, qint64 rows, const QJsonObject &result, const QByteArray &payload);
    Status pull();
    Status pullConflicts();
    Status applyPage(const QList<RemoteRecord> &records, const QList<QPair<QString, QString>> &evicted);
    Status applyRecords(const QList<RemoteRecord> &records, const QList<QPair<QString, QString>> &evicted, bool oneByOne,
                        QHash<QString, QStringList> &touched);
    Status applyOne(const RemoteRecord &r, const QSet<QString> &pendingFields, bool pendingInsert);
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
    // Prepared once per sync and reused (pulling a hundred thousand records runs the same few
    // statements for each). A SELECT is finished by its caller, so no statement stays open.
    Result<QSqlQuery *> statement(const QString &sql, const QVariantList &params);

    Database &m_db;
    QHash<QString, QSqlQuery> m_statements;
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

Result<QSqlQuery *> SyncRun::statement(const QString &sql, const QVariantList &params)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return Error::failure(QStringLiteral("%1 (%2)").arg(q.lastError().text(), sql));
        it = m_statements.insert(sql, q);
    }
    QSqlQuery &q = it.value();
    for (int i = 0; i < params.size(); ++i)
        q.bindValue(i, params.at(i));
    if (!q.exec())
        return Error::failure(QStringLiteral("%1 (%2)").arg(q.lastError().text(), sql));
    return &q;
}

Status SyncRun::setState(const QString &key, const QString &value)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status s = m_state.set(key, value); !s)
        return s;
    return tx.commit();
}

Error SyncRun::translated(const Error &e) const
{
    if (!m_pg)
        return e;
    const QString state = m_pg->lastSqlState();
    if (state == QLatin1String("TRCLK"))
        return Error::badInput(tr("The team server refused changes stamped by a clock that is ahead of its own: this "
                                  "computer's date and time are (or were when you made them) wrong. Correct the clock; your "
                                  "changes are kept and are sent once the server's time reaches theirs."));
    if (state == QLatin1String("42501"))
        return Error::badInput(tr("User %1 may not do this on the team server: %2").arg(m_user, e.message));
    return e;
}

Result<SyncReport> SyncRun::run(const ServerAddress &server, const PgConnection::FaultHook &fault)
{
    progress(SyncProgress::Connecting, 0, 0);
    if (Status s = connect(server, fault); !s)
        return s.error();
    if (Status s = checkClock(); !s)
        return s.error();
    if (Status s = registerDevice(); !s)
        return s.error();
    // Batches numbered before a cut are sent first, exactly as they were.
    if (Status s = sendPending(); !s)
        return s.error();
    if (m_state.value(QStringLiteral("joined")) != QLatin1String("1")) {
        if (Status s = join(); !s)
            return s.error();
        m_report.joined = true;
    }
    if (Status s = push(); !s)
        return s.error();
    if (Status s = retryParked(); !s)
        return s.error();
    if (Status s = pull(); !s)
        return s.error();
    if (Status s = pullConflicts(); !s)
        return s.error();
    if (Status s = persistClock(); !s)
        return s.error();
    progress(SyncProgress::Done, 1, 1);
    return m_report;
}

Status SyncRun::connect(const ServerAddress &server, const PgConnection::FaultHook &fault)
{
    auto c = PgConnection::connect(server, 15);
    if (!c)
        return c.error();
    m_pg = std::move(c.value());
    m_pg->setFaultHook(fault);
    auto exists = m_pg->exec(QStringLiteral("SELECT to_regclass('trato.meta') IS NOT NULL"));
    if (!exists)
        return exists.error();
    if (exists->scalar() != QLatin1String("t"))
        return Error::badInput(tr("%1 is not a Trato team server: an administrator must run `trato-cli server init` on it first")
                                   .arg(server.display()));
    auto v = m_pg->exec(QStringLiteral("SELECT value FROM trato.meta WHERE key = 'schema_version'"));
    if (!v)
        return v.error();
    const int version = v->scalar().toInt();
    if (version > SyncEngine::clientSchemaVersion())
        return Error::badInput(tr("The team server was upgraded (schema version %1) and this Trato only knows up to %2: "
                                  "update Trato. Your changes are kept for the next sync.")
                                   .arg(version)
                                   .arg(SyncEngine::clientSchemaVersion()));
    if (version < SyncEngine::clientSchemaVersion())
        return Error::badInput(tr("The team server has an older schema (version %1; this Trato needs %2): an administrator must "
                                  "run `trato-cli server init` on it. Your changes are kept for the next sync.")
                                   .arg(version)
                                   .arg(SyncEngine::clientSchemaVersion()));
    if (auto hello = m_pg->exec(QStringLiteral("SELECT trato.hello($1)"), {SyncEngine::clientSchemaVersion()}); !hello)
        return Error::badInput(hello.error().message);
    auto me = m_pg->exec(QStringLiteral("SELECT current_user, role, team FROM trato.app_user WHERE name = current_user AND active"));
    if (!me)
        return me.error();
    if (me->count() == 0)
        return Error::badInput(tr("User %1 is not a member of the team server %2 (or was removed). Your changes are kept for the next sync.")
                                   .arg(server.user, server.display()));
    m_user = me->value(0, 0);
    m_team = me->value(0, 2);
    return {};
}

Status SyncRun::checkClock()
{
    auto now = m_pg->exec(QStringLiteral("SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint"));
    if (!now)
        return now.error();
    m_serverMs = now->scalar().toLongLong();
    const qint64 skew = m_db.wallClockMs() - m_serverMs;
    if (skew > kToleranceMs)
        return Error::badInput(tr("This computer's clock is %1 ahead of the team server's. Correct the date and time, then sync "
                                  "again; your changes are kept.")
                                   .arg(durationText(skew)));
    if (skew < -kToleranceMs)
        m_report.warning = tr("This computer's clock is %1 behind the team server's: changes made here can lose against "
                              "others made at the same time. Correct the date and time.")
                               .arg(durationText(skew));
    // The clock is right now, but it was ahead earlier (the laptop's date was wrong): the stamps
    // made then are in the future, in changes not yet sent and in this database's clock. The
    // server never accepted any of them, so they are given the current time again instead of
    // waiting for the server's time to reach theirs.
    const qint64 limit = m_serverMs + kToleranceMs;
    if (qint64(m_db.nextStamp().ms) > limit) {
        auto n = restamp(limit);
        if (!n)
            return n.error();
        if (n.value() > 0)
            m_report.warning = tr("This computer's clock was ahead earlier: %n change(s) made then now carry the current time.",
                                  nullptr, int(n.value()));
    }
    return {};
}

namespace {

QString copyUnescape(const QByteArray &field)
{
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        const char c = field.at(i);
        if (c != '\\' || i + 1 >= field.size()) {
            out += c;
            continue;
        }
        const char n = field.at(++i);
        out += n == 'n' ? '\n' : n == 'r' ? '\r' : n == 't' ? '\t' : n;
    }
    return QString::fromUtf8(out);
}

} // namespace

// Gives every pending change (and every batch not yet acknowledged) stamped after limitMs a new
// stamp from the clock set back to now, keeping their order. Returns how many stamps changed.
Result<qint64> SyncRun::restamp(qint64 limitMs)
{
    HlcStamp now;
    now.ms = std::uint64_t(std::max(m_db.wallClockMs(), m_serverMs));
    m_db.rewindClock(now);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlDatabase conn = tx.connection();
    const qint64 pushedSeq = m_state.number(QStringLiteral("pushed_seq"));
    QMap<QString, QString> renamed; // old stamp -> new stamp, in clock order
    auto fresh = [&](const QString &old) {
        auto it = renamed.find(old);
        if (it == renamed.end())
            it = renamed.insert(old, QString());
        return it;
    };
    {
        auto q = Sql::exec(conn, QStringLiteral("SELECT DISTINCT hlc FROM change_log WHERE seq > ? AND remote = 0"), {pushedSeq});
        if (!q)
            return q.error();
        while (q.value().next())
            if (msOf(q.value().value(0).toString()) > limitMs)
                fresh(q.value().value(0).toString());
    }
    QList<QPair<qint64, QByteArray>> batches;
    {
        auto q = Sql::exec(conn, QStringLiteral("SELECT batch_no, payload FROM sync_batch ORDER BY batch_no"));
        if (!q)
            return q.error();
        while (q.value().next())
            batches << qMakePair(q.value().value(0).toLongLong(), q.value().value(1).toByteArray());
    }
    // COPY rows: ord, entity, id, op, is_new, data, clocks, bases, hlc.
    for (const auto &b : batches)
        for (const QByteArray &line : b.second.split('\n')) {
            const QList<QByteArray> cols = line.split('\t');
            if (cols.size() < 9)
                continue;
            const QJsonObject clocks = parseObject(copyUnescape(cols.at(6)));
            for (auto it = clocks.constBegin(); it != clocks.constEnd(); ++it)
                if (msOf(it.value().toString()) > limitMs)
                    fresh(it.value().toString());
        }
    for (auto it = renamed.begin(); it != renamed.end(); ++it)
        it.value() = m_db.nextStamp().toString();
    for (auto it = renamed.cbegin(); it != renamed.cend(); ++it)
        if (auto u = Sql::exec(conn, QStringLiteral("UPDATE change_log SET hlc = ? WHERE hlc = ? AND seq > ? AND remote = 0"),
                               {it.value(), it.key(), pushedSeq});
            !u)
            return u.error();
    for (const auto &b : batches) {
        QByteArray payload;
        for (const QByteArray &line : b.second.split('\n')) {
            QList<QByteArray> cols = line.split('\t');
            if (cols.size() < 9)
                continue;
            QJsonObject clocks = parseObject(copyUnescape(cols.at(6)));
            QString top;
            for (auto it = clocks.begin(); it != clocks.end(); ++it) {
                const QString stamp = renamed.value(it.value().toString(), it.value().toString());
                it.value() = stamp;
                top = qMax(top, stamp);
            }
            QByteArray field;
            PgConnection::appendCopyField(field, json(clocks));
            cols[6] = field;
            if (cols.at(8) != "\\N") {
                field.clear();
                PgConnection::appendCopyField(field, top.isEmpty() ? copyUnescape(cols.at(8)) : top);
                cols[8] = field;
            }
            payload += cols.join('\t');
            payload += '\n';
        }
        if (auto u = Sql::exec(conn, QStringLiteral("UPDATE sync_batch SET payload = ? WHERE batch_no = ?"), {payload, b.first}); !u)
            return u.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return qint64(renamed.size());
}

Status SyncRun::registerDevice()
{
    auto code = m_pg->exec(QStringLiteral("SELECT trato.register_device($1)"), {m_db.siteId()});
    if (!code)
        return translated(code.error());
    m_device = code->scalar();
    if (m_state.value(QStringLiteral("device")) != m_device || m_state.value(QStringLiteral("server_user")) != m_user) {
        Transaction tx(m_db);
        if (!tx.isActive())
            return tx.error();
        if (Status s = m_state.set(QStringLiteral("device"), m_device); !s)
            return s;
        if (Status s = m_state.set(QStringLiteral("server_user"), m_user); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    // Local writes from now on carry the server's name for this person.
    if (m_db.user() != m_user)
        m_db.setUser(m_user);
    return {};
}

QJsonObject SyncRun::basesOf(const QString &entity, const QString &id, bool *known)
{
    auto q = statement(QStringLiteral("SELECT clocks FROM sync_record WHERE entity = ? AND id = ?"), {entity, id});
    *known = false;
    QJsonObject clocks;
    if (q && q.value()->next()) {
        *known = true;
        clocks = parseObject(q.value()->value(0).toString());
    }
    if (q)
        q.value()->finish();
    return clocks;
}

// Joining: every record of this database goes up once, as new records of this user (records
// whose owner is not a user of the server become the joining user's), each field stamped with
// one clock kept for the whole join so an interrupted join repeats itself harmlessly.
Status SyncRun::join()
{
    QSet<QString> serverUsers;
    {
        auto users = m_pg->exec(QStringLiteral("SELECT name FROM trato.app_user"));
        if (!users)
            return users.error();
        for (int i = 0; i < users->count(); ++i)
            serverUsers.insert(users->value(i, 0));
    }
    qint64 joinSeq = 0;
    {
        auto q = Sql::exec(m_db.connection(), QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log"));
        if (!q)
            return q.error();
        q.value().next();
        joinSeq = q.value().value(0).toLongLong();
    }
    QString stamp = m_state.value(QStringLiteral("join_hlc"));
    if (stamp.isEmpty()) {
        stamp = m_db.nextStamp().toString();
        if (Status s = setState(QStringLiteral("join_hlc"), stamp); !s)
            return s;
    }
    qint64 total = 0, done = 0;
    for (const Entity *e : m_db.registry()->entities()) {
        if (!isSynced(e))
            continue;
        auto c = Sql::exec(m_db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(Sql::ident(e->name)));
        if (c && c.value().next())
            total += c.value().value(0).toLongLong();
    }
    for (const Entity *e : m_db.registry()->entities()) {
        if (!isSynced(e))
            continue;
        const QStringList fields = travellingFields(*e);
        QStringList columns;
        for (const QString &f : fields)
            columns << Sql::ident(f);
        qint64 lastRid = 0;
        for (;;) {
            if (cancelled())
                return Error::failure(tr("Sync cancelled; nothing was lost"));
            QByteArray payload;
            int rows = 0;
            {
                auto q = Sql::exec(m_db.connection(),
                                   QStringLiteral("SELECT rid, id, %1 FROM %2 WHERE rid > ? ORDER BY rid LIMIT ?")
                                       .arg(columns.join(QStringLiteral(", ")), Sql::ident(e->name)),
                                   {lastRid, m_pageSize});
                if (!q)
                    return q.error();
                QSqlQuery &query = q.value();
                while (query.next()) {
                    lastRid = query.value(0).toLongLong();
                    PushRow row;
                    row.entity = e->name;
                    row.id = query.value(1).toString();
                    row.op = QStringLiteral("upsert");
                    row.isNew = true;
                    row.hlc = stamp;
                    for (int i = 0; i < fields.size(); ++i) {
                        QVariant value = query.value(2 + i);
                        if (fields.at(i) == QLatin1String("owner") && !value.isNull() && !serverUsers.contains(value.toString()))
                            value = m_user;
                        row.data.insert(fields.at(i), ValueCodec::toJson(value));
                        row.clocks.insert(fields.at(i), stamp);
                    }
                    appendRow(payload, rows++, row);
                }
            }
            if (rows == 0)
                break;
            // Numbered and kept before it is sent, like any batch.
            qint64 batchNo = 0;
            {
                Transaction tx(m_db);
                if (!tx.isActive())
                    return tx.error();
                batchNo = m_state.number(QStringLiteral("batch_no")) + 1;
                auto ins = Sql::exec(tx.connection(),
                                     QStringLiteral("INSERT INTO sync_batch (batch_no, last_seq, rows, payload, created_at) VALUES (?, ?, ?, ?, ?)"),
                                     {batchNo, -1, rows, payload, isoFromMs(m_db.wallClockMs())});
                if (!ins)
                    return ins.error();
                if (Status s = m_state.set(QStringLiteral("batch_no"), QString::number(batchNo)); !s)
                    return s;
                if (Status s = tx.commit(); !s)
                    return s;
            }
            if (Status s = sendBatch(batchNo, payload, rows); !s)
                return s;
            done += rows;
            progress(SyncProgress::Uploading, done, total);
        }
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status s = m_state.set(QStringLiteral("pushed_seq"), QString::number(qMax(joinSeq, m_state.number(QStringLiteral("pushed_seq"))))); !s)
        return s;
    if (auto q = Sql::exec(tx.connection(), QStringLiteral("UPDATE bulk_operation SET synced = 1")); !q)
        return q.error();
    if (Status s = m_state.set(QStringLiteral("joined"), QStringLiteral("1")); !s)
        return s;
    if (Status s = m_state.remove(QStringLiteral("join_hlc")); !s)
        return s;
    return tx.commit();
}

Status SyncRun::sendPending()
{
    for (;;) {
        if (cancelled())
            return Error::failure(tr("Sync cancelled; nothing was lost"));
        qint64 batchNo = 0, rows = 0;
        QByteArray payload;
        {
            auto q = Sql::exec(m_db.connection(), QStringLiteral("SELECT batch_no, rows, payload FROM sync_batch ORDER BY batch_no LIMIT 1"));
            if (!q)
                return q.error();
            if (!q.value().next())
                return {};
            batchNo = q.value().value(0).toLongLong();
            rows = q.value().value(1).toLongLong();
            payload = q.value().value(2).toByteArray();
        }
        if (Status s = sendBatch(batchNo, payload, rows); !s)
            return s;
    }
}

Status SyncRun::push()
{
    for (;;) {
        if (cancelled())
            return Error::failure(tr("Sync cancelled; nothing was lost"));
        auto built = buildBatch();
        if (!built)
            return built.error();
        if (!built.value())
            return {};
        if (Status s = sendPending(); !s)
            return s;
    }
}

// Numbers the next batch of pending changes and commits it here before anything is sent: the
// payload is kept, so a retry after a cut sends exactly the same batch. False when nothing is left.
Result<bool> SyncRun::buildBatch()
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlDatabase conn = tx.connection();
    const qint64 pushedSeq = m_state.number(QStringLiteral("pushed_seq"));
    QByteArray payload;
    int rows = 0;
    bool consumed = false;

    // Conflicts resolved here.
    QStringList resolved;
    {
        auto q = Sql::exec(conn, QStringLiteral("SELECT id, resolution FROM sync_conflict WHERE resolution_pushed = 0 AND resolution IS NOT NULL"));
        if (!q)
            return q.error();
        while (q.value().next()) {
            PushRow row;
            row.entity = QStringLiteral("-");
            row.id = q.value().value(0).toString();
            row.op = QStringLiteral("resolve");
            row.data.insert(QStringLiteral("resolution"), q.value().value(1).toString());
            appendRow(payload, rows++, row);
            resolved << row.id;
        }
    }
    for (const QString &id : resolved)
        if (auto u = Sql::exec(conn, QStringLiteral("UPDATE sync_conflict SET resolution_pushed = 1 WHERE id = ?"), {id}); !u)
            return u.error();

    // Bulk loads (imports, demo data) wrote no per-record log: their rid range goes up instead.
    {
        QString opId, entityName, hlc;
        qint64 firstRid = 0, lastRid = 0;
        {
            auto q = Sql::exec(conn, QStringLiteral("SELECT id, entity, first_rid, last_rid, hlc FROM bulk_operation WHERE synced = 0 "
                                                    "ORDER BY at, id LIMIT 1"));
            if (!q)
                return q.error();
            if (q.value().next()) {
                opId = q.value().value(0).toString();
                entityName = q.value().value(1).toString();
                firstRid = q.value().value(2).toLongLong();
                lastRid = q.value().value(3).toLongLong();
                hlc = q.value().value(4).toString();
            }
        }
        if (!opId.isEmpty()) {
            consumed = true;
            const Entity *e = m_db.registry()->entity(entityName);
            const QString progressKey = QStringLiteral("bulk_progress:") + opId;
            qint64 from = qMax(firstRid - 1, m_state.number(progressKey, firstRid - 1));
            qint64 to = from;
            if (isSynced(e)) {
                const QStringList fields = travellingFields(*e);
                QStringList columns;
                for (const QString &f : fields)
                    columns << Sql::ident(f);
                auto q = Sql::exec(conn,
                                   QStringLiteral("SELECT rid, id, %1 FROM %2 WHERE rid > ? AND rid <= ? ORDER BY rid LIMIT ?")
                                       .arg(columns.join(QStringLiteral(", ")), Sql::ident(e->name)),
                                   {from, lastRid, m_pageSize});
                if (!q)
                    return q.error();
                int n = 0;
                while (q.value().next()) {
                    ++n;
                    to = q.value().value(0).toLongLong();
                    PushRow row;
                    row.entity = e->name;
                    row.id = q.value().value(1).toString();
                    row.op = QStringLiteral("upsert");
                    row.isNew = true;
                    row.hlc = hlc;
                    for (int i = 0; i < fields.size(); ++i) {
                        row.data.insert(fields.at(i), ValueCodec::toJson(q.value().value(2 + i)));
                        row.clocks.insert(fields.at(i), hlc);
                    }
                    appendRow(payload, rows++, row);
                }
                if (n < m_pageSize)
                    to = lastRid;
            } else {
                to = lastRid;
            }
            if (to >= lastRid) {
                if (auto u = Sql::exec(conn, QStringLiteral("UPDATE bulk_operation SET synced = 1 WHERE id = ?"), {opId}); !u)
                    return u.error();
                if (Status s = m_state.remove(progressKey); !s)
                    return s.error();
            } else if (Status s = m_state.set(progressKey, QString::number(to)); !s) {
                return s.error();
            }
        }
    }

    // The change log: one row per new record, per changed field, per purge.
    qint64 lastSeq = pushedSeq;
    if (rows < m_pageSize) {
        struct Pending
        {
            QString entity, id;
            bool inserted = false, purged = false;
            QString purgeHlc;
            QHash<QString, QPair<QString, QVariant>> fields; // field -> (hlc, logged new value)
            QString insertHlc;
        };
        QList<Pending> records;
        QHash<QString, int> index;
        auto q = Sql::exec(conn,
                           QStringLiteral("SELECT seq, entity, record_id, op, field, new_value, hlc FROM change_log "
                                          "WHERE seq > ? AND remote = 0 ORDER BY seq LIMIT ?"),
                           {pushedSeq, m_pageSize});
        if (!q)
            return q.error();
        while (q.value().next()) {
            QSqlQuery &r = q.value();
            lastSeq = r.value(0).toLongLong();
            consumed = true;
            const QString entity = r.value(1).toString();
            if (!isSynced(m_db.registry()->entity(entity)))
                continue;
            const QString key = entity + QLatin1Char('\x1f') + r.value(2).toString();
            int at = index.value(key, -1);
            if (at < 0) {
                at = int(records.size());
                index.insert(key, at);
                records.append(Pending{entity, r.value(2).toString(), false, false, {}, {}, {}});
            }
            Pending &p = records[at];
            const QString op = r.value(3).toString();
            const QString hlc = r.value(6).toString();
            if (op == QLatin1String("insert")) {
                p.inserted = true;
                p.purged = false;
                p.insertHlc = hlc;
            } else if (op == QLatin1String("purge")) {
                p.purged = true;
                p.purgeHlc = hlc;
            } else {
                p.purged = false;
                p.fields.insert(r.value(4).toString(), {hlc, r.value(5)});
            }
        }
        for (const Pending &p : records) {
            const Entity *e = m_db.registry()->entity(p.entity);
            bool known = false;
            PushRow row;
            row.entity = p.entity;
            row.id = p.id;
            row.bases = basesOf(p.entity, p.id, &known);
            row.isNew = !known;
            if (p.purged) {
                if (!known && p.inserted)
                    continue; // made and purged here: the server never knew it
                row.op = QStringLiteral("purge");
                row.hlc = p.purgeHlc;
                appendRow(payload, rows++, row);
                continue;
            }
            row.op = QStringLiteral("upsert");
            const QStringList all = travellingFields(*e);
            QStringList wanted;
            if (p.inserted)
                wanted = all;
            else
                for (auto it = p.fields.cbegin(); it != p.fields.cend(); ++it)
                    if (all.contains(it.key()))
                        wanted << it.key();
            if (wanted.isEmpty())
                continue;
            std::sort(wanted.begin(), wanted.end()); // one statement per set of fields, prepared once
            QStringList columns;
            for (const QString &f : wanted)
                columns << Sql::ident(f);
            auto cur = statement(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns.join(QStringLiteral(", ")), Sql::ident(p.entity)),
                                 {p.id});
            if (!cur)
                return cur.error();
            QSqlQuery &current = *cur.value();
            const bool exists = current.next();
            QVariantList values;
            if (exists)
                for (int i = 0; i < wanted.size(); ++i)
                    values << current.value(i);
            current.finish();
            if (!exists && p.inserted)
                continue; // gone without a purge in the log (cannot happen through Trato)
            for (int i = 0; i < wanted.size(); ++i) {
                const QString &f = wanted.at(i);
                const auto logged = p.fields.constFind(f);
                const QString clock = logged != p.fields.cend() ? logged->first : p.insertHlc;
                const QVariant value = exists ? values.at(i) : (logged != p.fields.cend() ? logged->second : QVariant());
                row.data.insert(f, ValueCodec::toJson(value));
                row.clocks.insert(f, clock);
                if (clock > row.hlc)
                    row.hlc = clock;
            }
            appendRow(payload, rows++, row);
        }
    }
    if (rows == 0) {
        if (consumed && lastSeq != pushedSeq)
            if (Status s = m_state.set(QStringLiteral("pushed_seq"), QString::number(lastSeq)); !s)
                return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        return consumed;
    }
    const qint64 batchNo = m_state.number(QStringLiteral("batch_no")) + 1;
    auto ins = Sql::exec(conn, QStringLiteral("INSERT INTO sync_batch (batch_no, last_seq, rows, payload, created_at) VALUES (?, ?, ?, ?, ?)"),
                         {batchNo, lastSeq, rows, payload, isoFromMs(m_db.wallClockMs())});
    if (!ins)
        return ins.error();
    if (Status s = m_state.set(QStringLiteral("batch_no"), QString::number(batchNo)); !s)
        return s.error();
    if (Status s = m_state.set(QStringLiteral("pushed_seq"), QString::number(lastSeq)); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return true;
}

Status SyncRun::sendBatch(qint64 batchNo, const QByteArray &payload, qint64 rows)
{
    progress(SyncProgress::Pushing, 0, rows);
    QJsonObject result;
    {
        PgTransaction ptx(*m_pg);
        if (!ptx.status())
            return ptx.status();
        if (Status s = m_pg->run(kStageDdl); !s)
            return s;
        if (Status s = m_pg->copyIn(kCopy, payload); !s)
            return s;
        auto r = m_pg->exec(QStringLiteral("SELECT trato.push($1, $2, $3)::text"), {m_device, batchNo, kToleranceMs});
        if (!r)
            return translated(r.error());
        result = parseObject(r->scalar());
        if (Status s = ptx.commit(); !s)
            return s;
    }
    return acknowledge(batchNo, rows, result, payload);
}

Status SyncRun::acknowledge(qint64 batchNo, qint64 rows, const QJsonObject &result, const QByteArray &payload)
{
    const QJsonArray denied = result.value(QStringLiteral("denied")).toArray();
    QSet<QString> refused;
    for (const QJsonValue &v : denied)
        refused.insert(v.toObject().value(QStringLiteral("entity")).toString() + QLatin1Char('\x1f') + v.toObject().value(QStringLiteral("id")).toString());
    ForeignKeysOff fk(m_db.connection());
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    bool joinBatch = false;
    {
        auto b = Sql::exec(tx.connection(), QStringLiteral("SELECT last_seq FROM sync_batch WHERE batch_no = ?"), {batchNo});
        if (!b)
            return b.error();
        joinBatch = b.value().next() && b.value().value(0).toLongLong() < 0;
    }
    if (auto d = Sql::exec(tx.connection(), QStringLiteral("DELETE FROM sync_batch WHERE batch_no = ?"), {batchNo}); !d)
        return d.error();
    // What the server took is now its version too: the same clocks mean the same values, so when
    // these records come back in the pull they are recognised and skipped. (Not after a join,
    // whose upload may differ from this copy: the owner a server does not know is rewritten.)
    if (!joinBatch) {
        for (const QByteArray &line : payload.split('\n')) {
            const QList<QByteArray> cols = line.split('\t');
            if (cols.size() < 9 || cols.at(3) != "upsert")
                continue;
            const QString entity = copyUnescape(cols.at(1)), id = copyUnescape(cols.at(2));
            if (refused.contains(entity + QLatin1Char('\x1f') + id)) {
                // The server sends its version again (it moved the record to the end of the feed):
                // forget what this copy knew so that version is applied, not taken for an echo.
                auto f = statement(QStringLiteral("DELETE FROM sync_record WHERE entity = ? AND id = ?"), {entity, id});
                if (!f)
                    return f.error();
                continue;
            }
            bool known = false;
            QJsonObject clocks = basesOf(entity, id, &known);
            const QJsonObject pushed = parseObject(copyUnescape(cols.at(6)));
            for (auto it = pushed.constBegin(); it != pushed.constEnd(); ++it)
                if (it.value().toString() > clocks.value(it.key()).toString())
                    clocks.insert(it.key(), it.value());
            auto u = statement(QStringLiteral("INSERT INTO sync_record (entity, id, clocks) VALUES (?, ?, ?) "
                                              "ON CONFLICT (entity, id) DO UPDATE SET clocks = excluded.clocks"),
                               {entity, id, json(clocks)});
            if (!u)
                return u.error();
        }
    }
    // A record this user may not even see was refused: it is kept in conflicts on the server and
    // leaves this copy (the server's view is what this user may have).
    for (const QJsonValue &v : denied) {
        const QJsonObject d = v.toObject();
        if (!d.value(QStringLiteral("drop")).toBool())
            continue;
        if (Status s = removeLocal(d.value(QStringLiteral("entity")).toString(), d.value(QStringLiteral("id")).toString()); !s)
            return s;
        tx.touched(d.value(QStringLiteral("entity")).toString());
    }
    if (Status s = tx.commit(); !s)
        return s;
    m_report.pushed += rows;
    m_report.batches += 1;
    m_report.conflicts += result.value(QStringLiteral("conflicts")).toInteger();
    m_report.denied += denied.size();
    return {};
}

Status SyncRun::removeLocal(const QString &entity, const QString &id)
{
    const Entity *e = m_db.registry()->entity(entity);
    if (!e)
        return {};
    QSqlDatabase conn = m_db.connection();
    if (auto c = Sql::exec(conn, QStringLiteral("UPDATE sync_context SET applying_remote = 1 WHERE id = 1")); !c)
        return c.error();
    auto d = Sql::exec(conn, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(Sql::ident(entity)), {id});
    if (!d)
        return d.error();
    if (auto s = Sql::exec(conn, QStringLiteral("DELETE FROM sync_record WHERE entity = ? AND id = ?"), {entity, id}); !s)
        return s.error();
    if (auto c = Sql::exec(conn, QStringLiteral("UPDATE sync_context SET applying_remote = 0 WHERE id = 1")); !c)
        return c.error();
    return {};
}

Status SyncRun::pull()
{
    QString txid = m_state.value(QStringLiteral("cursor_txid"), QStringLiteral("0"));
    qint64 seq = m_state.number(QStringLiteral("cursor_seq"));
    qint64 done = 0;
    for (;;) {
        if (cancelled())
            return Error::failure(tr("Sync cancelled; nothing was lost"));
        QList<RemoteRecord> records;
        QList<QPair<QString, QString>> evicted;
        QString boundTxid;
        qint64 boundSeq = 0;
        {
            // One snapshot for the page's bound and its rows: the same xmin for both.
            if (Status s = m_pg->run(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")); !s)
                return s;
            auto page = m_pg->exec(QStringLiteral("SELECT entity, id, visible, txid::text, seq FROM trato.feed_page($1::xid8, $2, $3)"),
                                   {txid, seq, m_pageSize});
            if (!page) {
                if (m_pg->isOpen())
                    m_pg->run(QStringLiteral("ROLLBACK"));
                return page.error();
            }
            if (page->count() == 0) {
                m_pg->run(QStringLiteral("COMMIT"));
                break;
            }
            boundTxid = page->value(page->count() - 1, 3);
            boundSeq = page->value(page->count() - 1, 4).toLongLong();
            auto rows = m_pg->exec(QStringLiteral("SELECT entity, id, data::text, clocks::text, authors::text, purged FROM trato.rec "
                                                  "WHERE (txid, seq) > ($1::xid8, $2) AND (txid, seq) <= ($3::xid8, $4) ORDER BY txid, seq"),
                                   {txid, seq, boundTxid, boundSeq});
            if (!rows) {
                if (m_pg->isOpen())
                    m_pg->run(QStringLiteral("ROLLBACK"));
                return rows.error();
            }
            if (Status s = m_pg->run(QStringLiteral("COMMIT")); !s)
                return s;
            QSet<QString> got;
            records.reserve(rows->count());
            for (int i = 0; i < rows->count(); ++i) {
                RemoteRecord r;
                r.entity = rows->value(i, 0);
                r.id = rows->value(i, 1);
                r.data = parseObject(rows->value(i, 2));
                r.clocks = parseObject(rows->value(i, 3));
                r.authors = parseObject(rows->value(i, 4));
                r.purged = rows->value(i, 5) == QLatin1String("t");
                got.insert(r.entity + QLatin1Char('\x1f') + r.id);
                records << r;
            }
            // Records this user may no longer see (moved to another team, say) leave this copy.
            for (int i = 0; i < page->count(); ++i)
                if (page->value(i, 2) != QLatin1String("t") && !got.contains(page->value(i, 0) + QLatin1Char('\x1f') + page->value(i, 1)))
                    evicted << qMakePair(page->value(i, 0), page->value(i, 1));
        }
        if (Status s = applyPage(records, evicted); !s)
            return s;
        {
            Transaction tx(m_db);
            if (!tx.isActive())
                return tx.error();
            if (Status s = m_state.set(QStringLiteral("cursor_txid"), boundTxid); !s)
                return s;
            if (Status s = m_state.set(QStringLiteral("cursor_seq"), QString::number(boundSeq)); !s)
                return s;
            if (Status s = tx.commit(); !s)
                return s;
        }
        txid = boundTxid;
        seq = boundSeq;
        done += records.size();
        m_report.pulled += records.size();
        progress(SyncProgress::Pulling, done, 0);
    }
    return {};
}

Status SyncRun::applyPage(const QList<RemoteRecord> &records, const QList<QPair<QString, QString>> &evicted)
{
    if (records.isEmpty() && evicted.isEmpty())
        return {};
    QHash<QString, QStringList> touched;
    // All at once; if a local rule refuses one record, again one by one so only that one waits.
    Status s = applyRecords(records, evicted, false, touched);
    if (!s) {
        touched.clear();
        s = applyRecords(records, evicted, true, touched);
    }
    return s;
}

Status SyncRun::applyRecords(const QList<RemoteRecord> &records, const QList<QPair<QString, QString>> &evicted, bool oneByOne,
                             QHash<QString, QStringList> &touched)
{
    QSqlDatabase conn = m_db.connection();
    ForeignKeysOff fk(conn);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    // Changes made here that the server has not acknowledged keep their local value.
    QHash<QString, QSet<QString>> pending;
    QSet<QString> pendingInserts;
    {
        auto q = Sql::exec(conn, QStringLiteral("SELECT entity, record_id, op, field FROM change_log WHERE seq > ? AND remote = 0"),
                           {m_state.number(QStringLiteral("pushed_seq"))});
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QString key = q.value().value(0).toString() + QLatin1Char('\x1f') + q.value().value(1).toString();
            if (q.value().value(2).toString() == QLatin1String("insert"))
                pendingInserts.insert(key);
            else
                pending[key].insert(q.value().value(3).toString());
        }
    }
    if (auto c = Sql::exec(conn, QStringLiteral("UPDATE sync_context SET applying_remote = 1 WHERE id = 1")); !c)
        return c.error();
    qint64 applied = 0;
    for (const RemoteRecord &r : records) {
        const QString key = r.entity + QLatin1Char('\x1f') + r.id;
        if (oneByOne)
            Sql::exec(conn, QStringLiteral("SAVEPOINT sync_record_apply"));
        Status s = applyOne(r, pending.value(key), pendingInserts.contains(key));
        if (oneByOne) {
            if (!s) {
                Sql::exec(conn, QStringLiteral("ROLLBACK TO sync_record_apply"));
                auto park = Sql::exec(conn,
                                      QStringLiteral("INSERT INTO sync_parked (entity, id, data, clocks, error, at) VALUES (?, ?, ?, ?, ?, ?) "
                                                     "ON CONFLICT (entity, id) DO UPDATE SET data = excluded.data, clocks = excluded.clocks, "
                                                     "error = excluded.error, at = excluded.at"),
                                      {r.entity, r.id, json(r.data), json(r.clocks), s.error().message, isoFromMs(m_db.wallClockMs())});
                if (!park)
                    return park.error();
                Sql::exec(conn, QStringLiteral("RELEASE sync_record_apply"));
                continue;
            }
            Sql::exec(conn, QStringLiteral("RELEASE sync_record_apply"));
            Sql::exec(conn, QStringLiteral("DELETE FROM sync_parked WHERE entity = ? AND id = ?"), {r.entity, r.id});
        } else if (!s) {
            return s;
        }
        ++applied;
        if (m_db.registry()->entity(r.entity)) {
            touched[r.entity] << r.id;
            tx.touched(r.entity);
        }
    }
    for (const auto &e : evicted) {
        const Entity *entity = m_db.registry()->entity(e.first);
        if (!entity)
            continue;
        auto d = Sql::exec(conn, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(Sql::ident(e.first)), {e.second});
        if (!d)
            return d.error();
        if (d.value().numRowsAffected() > 0) {
            ++m_report.evicted;
            tx.touched(e.first);
        }
        Sql::exec(conn, QStringLiteral("DELETE FROM sync_record WHERE entity = ? AND id = ?"), {e.first, e.second});
    }
    // What is derived here from what arrived (a document's totals from its lines).
    for (auto it = touched.cbegin(); it != touched.cend(); ++it)
        for (const auto &rule : RecordRules::afterRemotes(it.key()))
            if (Status s = rule(m_db, it.value()); !s)
                return s;
    if (auto c = Sql::exec(conn, QStringLiteral("UPDATE sync_context SET applying_remote = 0 WHERE id = 1")); !c)
        return c.error();
    if (Status s = tx.commit(); !s)
        return s;
    m_report.applied += applied;
    return {};
}

Status SyncRun::applyOne(const RemoteRecord &r, const QSet<QString> &pendingFields, bool pendingInsert)
{
    QSqlDatabase conn = m_db.connection();
    const Entity *e = m_db.registry()->entity(r.entity);
    QString maxClock;
    for (auto it = r.clocks.constBegin(); it != r.clocks.constEnd(); ++it)
        if (it.value().toString() > maxClock)
            maxClock = it.value().toString();
    HlcStamp seen;
    if (HlcStamp::parse(maxClock, &seen) && m_maxSeen < seen)
        m_maxSeen = seen;
    // Exactly the clocks this copy already has (its own push coming back): nothing to do.
    if (!r.purged) {
        bool known = false;
        const QJsonObject clocks = basesOf(r.entity, r.id, &known);
        if (known && clocks == r.clocks)
            return {};
    }
    // The clocks of what arrived are the base of the next local edit.
    auto rec = statement(QStringLiteral("INSERT INTO sync_record (entity, id, clocks) VALUES (?, ?, ?) "
                                        "ON CONFLICT (entity, id) DO UPDATE SET clocks = excluded.clocks"),
                         {r.entity, r.id, json(r.clocks)});
    if (!rec)
        return rec.error();
    if (!isSynced(e))
        return {}; // a kind of record this Trato does not know (a newer Trato's): kept on the server
    const QString table = Sql::ident(r.entity);
    if (r.purged) {
        if (pendingInsert)
            return {};
        auto d = statement(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {r.id});
        if (!d)
            return d.error();
        return {};
    }
    // Who wrote it and when, for this copy's History.
    QString author = r.authors.value(QStringLiteral("*")).toString();
    QString authorClock;
    for (auto it = r.clocks.constBegin(); it != r.clocks.constEnd(); ++it)
        if (it.value().toString() >= authorClock && r.authors.contains(it.key())) {
            authorClock = it.value().toString();
            author = r.authors.value(it.key()).toString();
        }
    if (auto c = statement(QStringLiteral("UPDATE sync_context SET user = ?, hlc = ? WHERE id = 1"), {author, maxClock}); !c)
        return c.error();

    const QStringList fields = travellingFields(*e);
    QStringList columns;
    for (const QString &f : fields)
        columns << Sql::ident(f);
    auto cur = statement(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns.join(QStringLiteral(", ")), table), {r.id});
    if (!cur)
        return cur.error();
    QSqlQuery &current = *cur.value();
    const bool exists = current.next();
    QVariantList local;
    if (exists)
        for (int i = 0; i < fields.size(); ++i)
            local << current.value(i);
    current.finish();
    QStringList setColumns;
    QVariantList values;
    for (int i = 0; i < fields.size(); ++i) {
        const QString &f = fields.at(i);
        if (!r.data.contains(f) || pendingFields.contains(f) || pendingInsert)
            continue;
        if (exists && (f == QLatin1String("created_at") || f == QLatin1String("created_by")))
            continue;
        const QVariant value = ValueCodec::fromJson(r.data.value(f));
        if (exists && sameValue(local.at(i), value))
            continue;
        setColumns << f;
        values << value;
        const Field *field = e->field(f);
        if (field && SchemaBuilder::hasSortKey(*field)) {
            setColumns << SchemaBuilder::sortKeyColumn(f);
            values << (value.isNull() ? QVariant() : QVariant(Value::sortKey(value.toString())));
        }
    }
    if (exists && setColumns.isEmpty())
        return {};
    if (pendingInsert)
        return {};
    // The record's time of change is the clock's, the same on every copy.
    setColumns << QStringLiteral("updated_at");
    values << isoFromMs(msOf(maxClock));
    if (exists) {
        QStringList assignments;
        for (const QString &c : setColumns)
            assignments << Sql::ident(c) + QStringLiteral(" = ?");
        values << r.id;
        auto u = statement(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(QStringLiteral(", "))), values);
        if (!u)
            return u.error();
        return {};
    }
    QStringList quoted{QStringLiteral("id")};
    QStringList marks{QStringLiteral("?")};
    QVariantList insertValues{r.id};
    for (int i = 0; i < setColumns.size(); ++i) {
        quoted << Sql::ident(setColumns.at(i));
        marks << QStringLiteral("?");
        insertValues << values.at(i);
    }
    auto ins = statement(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, quoted.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
                         insertValues);
    if (!ins)
        return ins.error();
    return {};
}

Status SyncRun::retryParked()
{
    QList<RemoteRecord> records;
    {
        auto q = Sql::exec(m_db.connection(), QStringLiteral("SELECT entity, id, data, clocks FROM sync_parked ORDER BY at"));
        if (!q)
            return q.error();
        while (q.value().next()) {
            RemoteRecord r;
            r.entity = q.value().value(0).toString();
            r.id = q.value().value(1).toString();
            r.data = parseObject(q.value().value(2).toString());
            r.clocks = parseObject(q.value().value(3).toString());
            records << r;
        }
    }
    if (records.isEmpty())
        return {};
    QHash<QString, QStringList> touched;
    return applyRecords(records, {}, true, touched);
}

Status SyncRun::pullConflicts()
{
    QString txid = m_state.value(QStringLiteral("conflict_txid"), QStringLiteral("0"));
    qint64 seq = m_state.number(QStringLiteral("conflict_seq"));
    for (;;) {
        auto rows = m_pg->exec(
            QStringLiteral("SELECT id, entity, record_id, field, reason, winner_value::text, winner_hlc, winner_user, loser_value::text, "
                           "loser_hlc, loser_user, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), resolution, "
                           "txid::text, seq FROM trato.conflict WHERE (txid, seq) > ($1::xid8, $2) "
                           "AND txid < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY txid, seq LIMIT $3"),
            {txid, seq, m_pageSize});
        if (!rows)
            return rows.error();
        if (rows->count() == 0)
            return {};
        Transaction tx(m_db);
        if (!tx.isActive())
            return tx.error();
        for (int i = 0; i < rows->count(); ++i) {
            QVariantList v;
            for (int c = 0; c < 13; ++c)
                v << (rows->isNull(i, c) ? QVariant() : QVariant(rows->value(i, c)));
            // A resolution made here and not yet sent stays; otherwise the server's word counts.
            auto ins = Sql::exec(tx.connection(),
                                 QStringLiteral("INSERT INTO sync_conflict (id, entity, record_id, field, reason, winner_value, winner_hlc, "
                                                "winner_user, loser_value, loser_hlc, loser_user, at, resolution, resolution_pushed) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT (id) DO UPDATE SET "
                                                "resolution = CASE WHEN sync_conflict.resolution_pushed = 0 THEN sync_conflict.resolution "
                                                "ELSE excluded.resolution END"),
                                 v);
            if (!ins)
                return ins.error();
        }
        txid = rows->value(rows->count() - 1, 13);
        seq = rows->value(rows->count() - 1, 14).toLongLong();
        if (Status s = m_state.set(QStringLiteral("conflict_txid"), txid); !s)
            return s;
        if (Status s = m_state.set(QStringLiteral("conflict_seq"), QString::number(seq)); !s)
            return s;
        tx.touched(QStringLiteral("sync_conflict"));
        if (Status s = tx.commit(); !s)
            return s;
    }
}

// The clocks seen on the server are merged into this database's clock and persisted, so a later
// edit here is always stamped after what it edits, even after a restart.
Status SyncRun::persistClock()
{
    if (m_maxSeen.ms > 0)
        m_db.observeStamp(m_maxSeen);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    const QString now = isoFromMs(m_db.wallClockMs());
    if (Status s = m_state.set(QStringLiteral("last_sync"), now); !s)
        return s;
    if (Status s = m_state.remove(QStringLiteral("last_error")); !s)
        return s;
    return tx.commit();
}

// --- SyncEngine ----------------------------------------------------------------------------------

SyncEngine::SyncEngine(Database &db)
    : m_db(db)
{
}

int SyncEngine::clientSchemaVersion()
{
    return ServerSchema::latestVersion();
}

Result<SyncReport> SyncEngine::sync(const ServerAddress &server, const Progress &progress)
{
    m_cancel = false;
    SyncState state(m_db);
    {
        Transaction tx(m_db);
        if (tx.isActive()) {
            state.set(QStringLiteral("last_attempt"), QDateTime::fromMSecsSinceEpoch(m_db.wallClockMs(), Qt::UTC).toString(Qt::ISODate));
            tx.commit();
        }
    }
    SyncRun run(m_db, progress, m_cancel, m_pageSize);
    auto result = run.run(server, m_fault);
    if (!result) {
        Transaction tx(m_db);
        if (tx.isActive()) {
            state.set(QStringLiteral("last_error"), result.error().message);
            tx.commit();
        }
    }
    return result;
}

SyncStatus SyncEngine::status() const
{
    SyncStatus s;
    const SyncSettings settings = SyncSettings::load(m_db);
    s.configured = settings.enabled;
    s.server = settings.server;
    SyncState state(m_db);
    s.device = state.value(QStringLiteral("device"));
    s.lastError = state.value(QStringLiteral("last_error"));
    s.lastSync = QDateTime::fromString(state.value(QStringLiteral("last_sync")), Qt::ISODate);
    s.lastAttempt = QDateTime::fromString(state.value(QStringLiteral("last_attempt")), Qt::ISODate);
    QSqlDatabase conn = m_db.connection();
    auto scalar = [&](const QString &sql, const QVariantList &params = {}) -> qint64 {
        auto q = Sql::exec(conn, sql, params);
        return q && q.value().next() ? q.value().value(0).toLongLong() : 0;
    };
    if (state.value(QStringLiteral("joined")) == QLatin1String("1")) {
        s.pendingChanges = scalar(QStringLiteral("SELECT count(DISTINCT entity || '/' || record_id) FROM change_log WHERE seq > ? AND remote = 0"),
                                  {state.number(QStringLiteral("pushed_seq"))})
            + scalar(QStringLiteral("SELECT coalesce(sum(rows), 0) FROM sync_batch"))
            + scalar(QStringLiteral("SELECT coalesce(sum(count), 0) FROM bulk_operation WHERE synced = 0"));
    } else {
        // Not joined yet: the whole database goes up at the first sync.
        for (const Entity *e : m_db.registry()->entities())
            if (isSynced(e))
                s.pendingChanges += scalar(QStringLiteral("SELECT count(*) FROM %1").arg(Sql::ident(e->name)));
    }
    s.openConflicts = scalar(QStringLiteral("SELECT count(*) FROM sync_conflict WHERE resolution IS NULL"));
    s.parked = scalar(QStringLiteral("SELECT count(*) FROM sync_parked"));
    return s;
}

} // namespace trato
