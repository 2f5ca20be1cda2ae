// SPDX-License-Identifier: GPL-3.0-or-later
// One sync run: connection and checks, device, re-stamping, bookkeeping (see syncrun_p.h).
#include "syncrun_p.h"
#include "valuecodec.h"

#include "../metadata/registry.h"
#include "../metadata/value.h"
#include "../store/database.h"
#include "../store/recordrules.h"
#include "../store/schemabuilder.h"
#include "../store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSqlError>

#include <sqlite3.h>

#include <algorithm>

namespace trato {

namespace SyncDetail {

bool isSynced(const Entity *e)
{
    return e && e->sharing != Entity::Sharing::Local;
}

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

bool hasDefaultWhenAbsent(QStringView field)
{
    return field == QLatin1String("created_at") || field == QLatin1String("updated_at") || field == QLatin1String("deleted");
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

} // namespace SyncDetail

using namespace SyncDetail;

SyncRun::SyncRun(Database &db, const SyncEngine::Progress &progress, const std::atomic<bool> &cancel, int pageSize)
    : m_db(db)
    , m_raw(Sql::handle(db.connection()))
    , m_state(db)
    , m_progress(progress)
    , m_cancel(cancel)
    , m_pageSize(qMax(1, pageSize))
{
}

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
                                  "update Trato.")
                                   .arg(version)
                                   .arg(SyncEngine::clientSchemaVersion()));
    if (version < SyncEngine::clientSchemaVersion())
        return Error::badInput(tr("The team server has an older schema (version %1; this Trato needs %2): an administrator must "
                                  "run `trato-cli server init` on it.")
                                   .arg(version)
                                   .arg(SyncEngine::clientSchemaVersion()));
    if (auto hello = m_pg->exec(QStringLiteral("SELECT trato.hello($1)"), {SyncEngine::clientSchemaVersion()}); !hello)
        return Error::badInput(hello.error().message);
    auto me = m_pg->exec(QStringLiteral("SELECT current_user, role, team FROM trato.app_user WHERE name = current_user AND active"));
    if (!me)
        return me.error();
    if (me->count() == 0)
        return Error::badInput(tr("User %1 is not a member of the team server %2 (or was removed).")
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
    auto clocks = knownClocks(entity, id);
    *known = clocks && !clocks.value().isNull();
    return *known ? parseObject(QString::fromUtf8(clocks.value())) : QJsonObject();
}

Result<QByteArray> SyncRun::knownClocks(const QString &entity, const QString &id)
{
    auto st = m_raw.get(QStringLiteral("SELECT clocks FROM sync_record WHERE entity = ? AND id = ?"));
    if (!st)
        return st.error();
    RawStatement &q = *st.value();
    q.bind({entity.toUtf8(), id.toUtf8()});
    QString error;
    QByteArray clocks;
    if (q.next(&error)) {
        clocks = q.text(0);
        if (clocks.isNull())
            clocks = QByteArray("{}");
        while (q.next(&error)) {
        }
    }
    if (!error.isEmpty())
        return Error::failure(error);
    return clocks;
}

const SyncRun::EntityRows &SyncRun::rowsOf(const Entity &e)
{
    auto it = m_rowsOf.constFind(e.name);
    if (it == m_rowsOf.cend()) {
        EntityRows rows;
        rows.fields = travellingFields(e);
        rows.keys = jsonKeys(rows.fields);
        rows.owner = int(rows.fields.indexOf(QStringLiteral("owner")));
        QStringList columns;
        for (const QString &f : rows.fields)
            columns << Sql::ident(f);
        rows.selectById = QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns.join(QStringLiteral(", ")), Sql::ident(e.name));
        it = m_rowsOf.insert(e.name, rows);
    }
    return it.value();
}

QByteArray SyncRun::appendData(QByteArray &out, const RawStatement &st, int first, const Entity &e, const QByteArray &ownerAs)
{
    const EntityRows &shape = rowsOf(e);
    QByteArray owner;
    bool firstField = true;
    out += '{';
    if (shape.owner >= 0) {
        firstField = false;
        owner = ownerAs.isNull() ? st.text(first + shape.owner) : ownerAs;
        out += shape.keys.at(shape.owner);
        if (owner.isNull())
            out += "null";
        else
            appendJsonString(out, owner);
    }
    for (int i = 0; i < shape.keys.size(); ++i) {
        // Empty fields are left out (smaller rows, less to validate and store on the server); a
        // field the server's data does not carry is NULL on every copy (applyOne, FastEncoder).
        if (i == shape.owner || sqlite3_column_type(st.handle(), first + i) == SQLITE_NULL)
            continue;
        if (!firstField)
            out += ',';
        firstField = false;
        out += shape.keys.at(i);
        appendJsonValue(out, st.handle(), first + i);
    }
    out += '}';
    return owner;
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

} // namespace trato
