// SPDX-License-Identifier: GPL-3.0-or-later
// Pushing: numbered batches committed here before they are sent (joining is in syncjoin.cpp),
// COPY + trato.push in one server transaction, acknowledgements (docs/SYNC.md, "Push").
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

#include <algorithm>
#include <future>
#include <optional>

namespace trato {

using namespace SyncDetail;

namespace {

// The documents go in as json (validated, kept as text): see trato.rec in serverschema.cpp.
const QString kStageDdl = QStringLiteral(
    "CREATE TEMP TABLE IF NOT EXISTS trato_push (ord int NOT NULL, entity text NOT NULL, id text NOT NULL, "
    "op text NOT NULL, is_new boolean NOT NULL, data json NOT NULL, clocks json NOT NULL, bases json, hlc text, owner text) "
    "ON COMMIT DELETE ROWS");
const QString kCopy = QStringLiteral("COPY trato_push (ord, entity, id, op, is_new, data, clocks, bases, hlc, owner) FROM STDIN");

struct PushRow
{
    QString entity, id, op;
    bool isNew = false;
    QJsonObject data, clocks, bases;
    QString hlc;
};

void appendRow(QByteArray &out, int ord, const PushRow &r)
{
    appendRawRow(out, ord, r.entity, r.id, r.op.toLatin1().constData(), r.isNew, json(r.data).toUtf8(), json(r.clocks).toUtf8(),
                 r.bases.isEmpty() ? QByteArray() : json(r.bases).toUtf8(), r.hlc);
}

} // namespace

namespace SyncDetail {

void appendRawRow(QByteArray &out, int ord, const QString &entity, const QString &id, const char *op, bool isNew,
                  const QByteArray &data, const QByteArray &clocks, const QByteArray &bases, const QString &hlc,
                  const QByteArray &owner)
{
    out += QByteArray::number(ord);
    out += '\t';
    PgConnection::appendCopyField(out, entity);
    out += '\t';
    PgConnection::appendCopyField(out, id);
    out += '\t';
    out += op;
    out += '\t';
    out += isNew ? "t" : "f";
    out += '\t';
    appendCopyJson(out, data);
    out += '\t';
    appendCopyJson(out, clocks);
    out += '\t';
    if (bases.isNull())
        out += "\\N";
    else
        appendCopyJson(out, bases);
    out += '\t';
    PgConnection::appendCopyField(out, hlc, hlc.isEmpty());
    out += '\t';
    PgConnection::appendCopyField(out, QString::fromUtf8(owner), owner.isNull());
    out += '\n';
}

QByteArray newRecordClocks(const QString &stamp, const QList<QPair<QString, QString>> &own)
{
    QByteArray out = "{\"*\":";
    appendJsonString(out, stamp.toUtf8());
    for (const auto &f : own) {
        out += ',';
        appendJsonString(out, f.first.toUtf8());
        out += ':';
        appendJsonString(out, f.second.toUtf8());
    }
    out += '}';
    return out;
}

} // namespace SyncDetail

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

// The server works on one batch while this copy acknowledges the one before and builds the next
// (SQLite here, PostgreSQL there: two processes, two cores). The server still gets the batches one
// after the other, each once the one before has committed; a batch that touches a record of the
// batch in flight is built only after that one is acknowledged (its bases are that batch's clocks).
Status SyncRun::push()
{
    // (Batches left by an interrupted sync were sent first, one by one: SyncRun::run.)
    struct Flight
    {
        BuiltBatch batch;
        std::future<Result<QJsonObject>> result;
    };
    std::optional<Flight> flight;
    auto launch = [&](BuiltBatch batch) {
        progress(SyncProgress::Pushing, 0, batch.rows);
        Flight f;
        f.batch = std::move(batch);
        f.result = std::async(std::launch::async, [this, no = f.batch.number, payload = f.batch.payload]() {
            return serverPush(no, payload);
        });
        flight = std::move(f);
    };
    // Waits for the batch in flight and acknowledges it.
    auto land = [&]() -> Status {
        if (!flight)
            return {};
        Flight f = std::move(*flight);
        flight.reset();
        auto result = f.result.get();
        if (!result)
            return result.error();
        return acknowledge(f.batch.number, f.batch.rows, result.value(), f.batch.payload);
    };
    for (;;) {
        if (cancelled()) {
            if (Status s = land(); !s)
                return s;
            return Error::failure(tr("Sync cancelled; nothing was lost"));
        }
        if (flight) {
            auto overlaps = nextTouches(flight->batch.keys);
            if (!overlaps) {
                land();
                return overlaps.error();
            }
            if (overlaps.value())
                if (Status s = land(); !s)
                    return s;
        }
        BuiltBatch next;
        auto built = buildBatch(&next);
        if (!built) {
            land();
            return built.error();
        }
        if (next.number == 0) {
            if (!built.value())
                return land(); // nothing left
            continue;          // only bookkeeping this time
        }
        if (!flight) {
            launch(std::move(next));
            continue;
        }
        // The batch before has committed on the server: send this one, then acknowledge that one
        // while the server works.
        Flight before = std::move(*flight);
        flight.reset();
        auto result = before.result.get();
        if (!result)
            return result.error();
        launch(std::move(next));
        if (Status s = acknowledge(before.batch.number, before.batch.rows, result.value(), before.batch.payload); !s) {
            land();
            return s;
        }
    }
}

// Whether the pending changes the next batch will carry touch a record of these (entity, id) keys.
Result<bool> SyncRun::nextTouches(const QSet<QString> &keys)
{
    auto st = m_raw.get(QStringLiteral("SELECT entity, record_id FROM change_log WHERE seq > ? AND remote = 0 ORDER BY seq LIMIT ?"));
    if (!st)
        return st.error();
    RawStatement &q = *st.value();
    q.bindInt(1, m_state.number(QStringLiteral("pushed_seq")));
    q.bindInt(2, m_pageSize);
    QString error;
    bool touches = false;
    while (q.next(&error))
        if (!touches && keys.contains(QString::fromUtf8(q.text(0)) + QLatin1Char('\x1f') + QString::fromUtf8(q.text(1))))
            touches = true;
    if (!error.isEmpty())
        return Error::failure(error);
    return touches;
}

// Numbers the next batch of pending changes and commits it here before anything is sent: the
// payload is kept, so a retry after a cut sends exactly the same batch. False when nothing is left.
// The batch made, if any, in *out (number 0: none).
Result<bool> SyncRun::buildBatch(BuiltBatch *out)
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
                auto st = m_raw.get(QStringLiteral("SELECT rid, id, %1 FROM %2 WHERE rid > ? AND rid <= ? ORDER BY rid LIMIT ?")
                                        .arg(columns.join(QStringLiteral(", ")), Sql::ident(e->name)));
                if (!st)
                    return st.error();
                RawStatement &q = *st.value();
                q.bindInt(1, from);
                q.bindInt(2, lastRid);
                q.bindInt(3, m_pageSize);
                const QByteArray clocks = newRecordClocks(hlc);
                QByteArray data;
                QString error;
                int n = 0;
                while (q.next(&error)) {
                    ++n;
                    to = q.integer(0);
                    data.clear();
                    const QByteArray owner = appendData(data, q, 2, *e);
                    appendRawRow(payload, rows++, e->name, QString::fromUtf8(q.text(1)), "upsert", true, data, clocks, {}, hlc, owner);
                }
                if (!error.isEmpty())
                    return Error::failure(error);
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
        auto st = m_raw.get(QStringLiteral("SELECT seq, entity, record_id, op, field, new_value, hlc FROM change_log "
                                           "WHERE seq > ? AND remote = 0 ORDER BY seq LIMIT ?"));
        if (!st)
            return st.error();
        RawStatement &r = *st.value();
        r.bindInt(1, pushedSeq);
        r.bindInt(2, m_pageSize);
        QString error;
        QHash<QByteArray, bool> synced; // entity -> whether it travels
        while (r.next(&error)) {
            lastSeq = r.integer(0);
            consumed = true;
            const QByteArray entityUtf8 = r.text(1);
            auto travels = synced.constFind(entityUtf8);
            if (travels == synced.cend())
                travels = synced.insert(entityUtf8, isSynced(m_db.registry()->entity(QString::fromUtf8(entityUtf8))));
            if (!travels.value())
                continue;
            const QString entity = QString::fromUtf8(entityUtf8);
            const QString id = QString::fromUtf8(r.text(2));
            const QString key = entity + QLatin1Char('\x1f') + id;
            int at = index.value(key, -1);
            if (at < 0) {
                at = int(records.size());
                index.insert(key, at);
                records.append(Pending{entity, id, false, false, {}, {}, {}});
            }
            Pending &p = records[at];
            const QByteArray op = r.text(3);
            const QString hlc = QString::fromUtf8(r.text(6));
            if (op == "insert") {
                p.inserted = true;
                p.purged = false;
                p.insertHlc = hlc;
            } else if (op == "purge") {
                p.purged = true;
                p.purgeHlc = hlc;
            } else {
                p.purged = false;
                p.fields.insert(QString::fromUtf8(r.text(4)), {hlc, r.variant(5)});
            }
        }
        if (!error.isEmpty())
            return Error::failure(error);
        QByteArray data;
        for (const Pending &p : records) {
            const Entity *e = m_db.registry()->entity(p.entity);
            auto knownText = knownClocks(p.entity, p.id);
            if (!knownText)
                return knownText.error();
            const bool known = !knownText.value().isNull();
            if (p.purged) {
                if (!known && p.inserted)
                    continue; // made and purged here: the server never knew it
                appendRawRow(payload, rows++, p.entity, p.id, "purge", !known, "{}", "{}", knownText.value(), p.purgeHlc);
                continue;
            }
            const EntityRows &shape = rowsOf(*e);
            const QStringList &all = shape.fields;
            if (p.inserted) {
                // A record made here: its fields as they are now, read straight into the payload;
                // one clock for all of them, and their own for those changed since.
                auto st = m_raw.get(shape.selectById);
                if (!st)
                    return st.error();
                RawStatement &q = *st.value();
                q.bind({p.id.toUtf8()});
                QString error;
                if (!q.next(&error)) {
                    if (!error.isEmpty())
                        return Error::failure(error);
                    continue; // gone without a purge in the log (cannot happen through Trato)
                }
                data.clear();
                const QByteArray owner = appendData(data, q, 0, *e);
                while (q.next(&error)) {
                }
                QList<QPair<QString, QString>> own;
                QString top = p.insertHlc;
                for (auto it = p.fields.cbegin(); it != p.fields.cend(); ++it)
                    if (all.contains(it.key())) {
                        own << qMakePair(it.key(), it->first);
                        top = qMax(top, it->first);
                    }
                std::sort(own.begin(), own.end());
                appendRawRow(payload, rows++, p.entity, p.id, "upsert", !known, data, newRecordClocks(p.insertHlc, own),
                             known ? knownText.value() : QByteArray(), top, owner);
                continue;
            }
            PushRow row;
            row.entity = p.entity;
            row.id = p.id;
            row.bases = parseObject(QString::fromUtf8(knownText.value()));
            row.isNew = !known;
            row.op = QStringLiteral("upsert");
            QStringList wanted;
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
    out->number = batchNo;
    out->rows = rows;
    out->payload = payload;
    for (const QByteArray &line : payload.split('\n')) {
        const QList<QByteArray> cols = line.split('\t');
        if (cols.size() >= 9 && cols.at(1) != "-")
            out->keys.insert(copyUnescape(cols.at(1)) + QLatin1Char('\x1f') + copyUnescape(cols.at(2)));
    }
    return true;
}

Status SyncRun::sendBatch(qint64 batchNo, const QByteArray &payload, qint64 rows)
{
    progress(SyncProgress::Pushing, 0, rows);
    auto result = serverPush(batchNo, payload);
    if (!result)
        return result.error();
    return acknowledge(batchNo, rows, result.value(), payload);
}

// One batch to the server: COPY into the session's staging table and trato.push, one transaction.
// Only the server connection is used (the pipelined push runs it on a worker thread).
Result<QJsonObject> SyncRun::serverPush(qint64 batchNo, const QByteArray &payload)
{
    PgTransaction ptx(*m_pg);
    if (!ptx.status())
        return ptx.status().error();
    if (Status s = m_pg->run(kStageDdl); !s)
        return s.error();
    if (Status s = m_pg->copyIn(kCopy, payload); !s)
        return s.error();
    auto r = m_pg->exec(QStringLiteral("SELECT trato.push($1, $2, $3)::text"), {m_device, batchNo, kToleranceMs});
    if (!r)
        return translated(r.error());
    const QJsonObject result = parseObject(r->scalar());
    if (Status s = ptx.commit(); !s)
        return s.error();
    return result;
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
            const QString key = entity + QLatin1Char('\x1f') + id;
            m_pushedNew.remove(key);
            if (refused.contains(key)) {
                // The server sends its version again (it moved the record to the end of the feed):
                // forget what this copy knew so that version is applied, not taken for an echo.
                auto f = statement(QStringLiteral("DELETE FROM sync_record WHERE entity = ? AND id = ?"), {entity, id});
                if (!f)
                    return f.error();
                continue;
            }
            const QString pushedText = copyUnescape(cols.at(6));
            if (cols.at(4) == "t") {
                // New to the server: its clocks are what was sent (unless this copy learnt of the
                // record meanwhile; then they are merged below).
                auto st = m_raw.get(QStringLiteral("INSERT INTO sync_record (entity, id, clocks) VALUES (?, ?, ?) ON CONFLICT (entity, id) DO NOTHING"));
                if (!st)
                    return st.error();
                st.value()->bind({entity.toUtf8(), id.toUtf8(), pushedText.toUtf8()});
                if (Status s = st.value()->run(); !s)
                    return s;
                if (m_raw.changes() > 0) {
                    m_pushedNew.insert(key, pushedText);
                    continue;
                }
            }
            bool known = false;
            QJsonObject clocks = basesOf(entity, id, &known);
            const QJsonObject pushed = parseObject(pushedText);
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

} // namespace trato
