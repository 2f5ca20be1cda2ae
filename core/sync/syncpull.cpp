// SPDX-License-Identifier: GPL-3.0-or-later
// Pulling: feed pages below the snapshot's xmin, records applied with "applying remote" set,
// evictions, parked records, conflicts (docs/SYNC.md, "Pull").
#include "syncfastapply.h"
#include "syncfeed.h"
#include "syncrun_p.h"
#include "../util/uuid7.h"
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

namespace trato {

using namespace SyncDetail;

namespace {

// Records of one kind in a page from which its insert triggers are paused (FastPull).
constexpr int kPauseTriggersFrom = 200;

// While a pull writes, SQLite's automatic checkpoint runs every 64 MB of WAL instead of every
// 1000 pages (4 MB, SQLite's default): a page of 5000 contacts fills more than that, so every
// page was copied into the database file again (with two fsyncs) before the next one. What the
// pull wrote is checkpointed once at the end, without waiting for readers (PASSIVE).
class PullCheckpoints
{
public:
    explicit PullCheckpoints(QSqlDatabase conn) : m_conn(std::move(conn))
    {
        auto q = Sql::exec(m_conn, QStringLiteral("PRAGMA wal_autocheckpoint"));
        if (q && q.value().next())
            m_previous = q.value().value(0).toInt();
        if (m_previous > 0 && m_previous < kPages)
            Sql::exec(m_conn, QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(kPages));
    }
    ~PullCheckpoints()
    {
        if (m_previous > 0 && m_previous < kPages) {
            Sql::exec(m_conn, QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(m_previous));
            Sql::exec(m_conn, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        }
    }

private:
    static constexpr int kPages = 16384;
    QSqlDatabase m_conn;
    int m_previous = 0;
};

} // namespace

Status SyncRun::pull()
{
    const QString txid = m_state.value(QStringLiteral("cursor_txid"), QStringLiteral("0"));
    const qint64 seq = m_state.number(QStringLiteral("cursor_seq"));
    qint64 done = 0;
    if (cancelled())
        return Error::failure(tr("Sync cancelled; nothing was lost"));
    // The fetching thread also reads the records for the fast path, with plans made here.
    std::shared_ptr<const FastPlans> plans;
    if (FastPull::enabled()) {
        if (!m_fast)
            m_fast.reset(new FastPull(m_db));
        plans = m_fast->plans();
    }
    // The server reads page N+1 while page N is applied here. The connection is the fetching
    // thread's until its future is ready: every path out of this loop waits for it (a
    // std::async future also waits when destroyed).
    auto fetch = [this, plans](const QString &fromTxid, qint64 fromSeq) {
        return std::async(std::launch::async, fetchPage, std::ref(*m_pg), fromTxid, fromSeq, m_pageSize, plans);
    };
    // The cursor moves only past what was applied.
    auto persistCursor = [this](const QString &boundTxid, qint64 boundSeq) -> Status {
        Transaction tx(m_db);
        if (!tx.isActive())
            return tx.error();
        if (Status s = m_state.set(QStringLiteral("cursor_txid"), boundTxid); !s)
            return s;
        if (Status s = m_state.set(QStringLiteral("cursor_seq"), QString::number(boundSeq)); !s)
            return s;
        return tx.commit();
    };
    const PullCheckpoints checkpoints(m_db.connection());
    std::future<FeedPage> next = fetch(txid, seq);
    for (;;) {
        FeedPage page = next.get();
        if (!page.status)
            return page.status;
        if (page.last)
            break;
        // Cancelled: this page (already read) is still applied, no further one is read.
        if (!cancelled())
            next = fetch(page.boundTxid, page.boundSeq);
        Status s = applyPage(page.records, page.evicted, page.fast.empty() ? nullptr : &page.fast);
        if (s)
            s = persistCursor(page.boundTxid, page.boundSeq);
        if (!s) {
            if (next.valid())
                next.wait();
            return s;
        }
        done += page.records.size();
        m_report.pulled += page.records.size();
        progress(SyncProgress::Pulling, done, 0);
        if (!next.valid())
            return Error::failure(tr("Sync cancelled; nothing was lost"));
    }
    return {};
}

Status SyncRun::applyPage(const QList<RemoteRecord> &records, const QList<QPair<QString, QString>> &evicted,
                          const std::vector<FastRow> *fast)
{
    if (records.isEmpty() && evicted.isEmpty())
        return {};
    QHash<QString, QStringList> touched;
    // All at once; if a local rule refuses one record, again one by one so only that one waits.
    Status s = applyRecords(records, evicted, false, touched, fast);
    if (!s) {
        touched.clear();
        s = applyRecords(records, evicted, true, touched);
    }
    return s;
}

Status SyncRun::applyRecords(const QList<RemoteRecord> &records, const QList<QPair<QString, QString>> &evicted, bool oneByOne,
                             QHash<QString, QStringList> &touched, const std::vector<FastRow> *fastRows)
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
    m_bulkOn = false;
    m_bulkFrom.clear();
    m_bulkAuthors.clear();
    // This run's own new records coming back: nothing to do (applyOne would find the same after
    // reading them), and they do not count towards pausing a kind's triggers.
    const std::vector<bool> echo = echoesOf(records);
    QHash<QString, int> kinds; // kind -> its records in the page
    if (!oneByOne) {
        for (qsizetype i = 0; i < records.size(); ++i)
            if (!echo[size_t(i)])
                ++kinds[records.at(i).entity];
        for (const QString &kind : kinds.keys()) {
            const Entity *e = m_db.registry()->entity(kind);
            if (!isSynced(e) || !RecordRules::triggers(kind).isEmpty() || !RecordRules::afterBulks(kind).isEmpty())
                continue;
            auto q = Sql::exec(conn, QStringLiteral("SELECT coalesce(max(rid), 0) FROM %1").arg(Sql::ident(kind)));
            if (!q)
                return q.error();
            q.value().next();
            m_bulkFrom.insert(kind, q.value().value(0).toLongLong());
        }
    }
    // Records new here, of those kinds, without a local change waiting: the fast path, when it can
    // read them. Applied one by one (a local rule refused a record), everything goes through applyOne.
    const bool fast = !oneByOne && !m_bulkFrom.isEmpty() && fastRows && m_fast;
    if (fast) {
        m_fast->beginPage();
        // Dropping and creating triggers costs a few milliseconds: worth it for many records only.
        for (auto it = m_bulkFrom.cbegin(); it != m_bulkFrom.cend(); ++it)
            if (kinds.value(it.key()) >= kPauseTriggersFrom)
                if (Status s = m_fast->pauseInsertTriggers(it.key()); !s)
                    return s;
    }
    m_contextPending = false;
    qint64 applied = 0;
    // A record taken (or recognised as this copy's own): counted, and the open views told.
    auto taken = [&](const RemoteRecord &r) {
        ++applied;
        if (m_db.registry()->entity(r.entity)) {
            touched[r.entity] << r.id;
            tx.touched(r.entity);
        }
    };
    for (qsizetype i = 0; i < records.size(); ++i) {
        const RemoteRecord &r = records.at(i);
        if (echo[size_t(i)]) { // as applyOne's own echo check would end
            taken(r);
            continue;
        }
        const QString key = r.entity + QLatin1Char('\x1f') + r.id;
        if (fast && m_bulkFrom.contains(r.entity) && !pending.contains(key) && !pendingInserts.contains(key)) {
            auto f = applyFast(r, fastRows->at(size_t(i)));
            if (!f)
                return f.error();
            if (f.value()) {
                ++applied;
                touched[r.entity] << r.id;
                tx.touched(r.entity);
                continue;
            }
        }
        if (Status c = flushContext(); !c)
            return c;
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
                                      {r.entity, r.id, r.data, r.clocks, s.error().message, isoFromMs(m_db.wallClockMs())});
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
        taken(r);
    }
    if (Status s = flushContext(); !s)
        return s;
    if (fast)
        if (Status s = m_fast->resumeTriggers(); !s)
            return s;
    if (Status s = finishBulkInserts(); !s)
        return s;
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

// The records inserted with the bulk flag in this page: their full-text entries in one statement
// per kind, and one bulk_operation row (already synced) so History says who created them.
Status SyncRun::finishBulkInserts()
{
    QSqlDatabase conn = m_db.connection();
    if (m_bulkOn) {
        if (auto b = statement(QStringLiteral("UPDATE sync_context SET bulk = 0 WHERE id = 1"), {}); !b)
            return b.error();
        m_bulkOn = false;
    }
    for (auto it = m_bulkFrom.cbegin(); it != m_bulkFrom.cend(); ++it) {
        const Entity *e = m_db.registry()->entity(it.key());
        const QString table = Sql::ident(it.key());
        auto range = Sql::exec(conn, QStringLiteral("SELECT min(rid), max(rid), count(*) FROM %1 WHERE rid > ?").arg(table), {it.value()});
        if (!range)
            return range.error();
        range.value().next();
        const qint64 count = range.value().value(2).toLongLong();
        if (count == 0)
            continue;
        const qint64 first = range.value().value(0).toLongLong(), last = range.value().value(1).toLongLong();
        const QStringList search = e->searchColumns();
        if (!search.isEmpty()) {
            QStringList columns;
            for (const QString &c : search)
                columns << Sql::ident(c);
            const QString list = columns.join(QStringLiteral(", "));
            auto f = Sql::exec(conn, QStringLiteral("INSERT INTO %1 (rowid, %2) SELECT rid, %2 FROM %3 WHERE rid > ?")
                                         .arg(Sql::ident(e->ftsTable()), list, table),
                               {it.value()});
            if (!f)
                return f.error();
        }
        const QSet<QString> authors = m_bulkAuthors.value(it.key());
        auto b = Sql::exec(conn,
                           QStringLiteral("INSERT INTO bulk_operation (id, entity, kind, first_rid, last_rid, count, hlc, user, at, note, synced) "
                                          "VALUES (?, ?, 'sync', ?, ?, ?, ?, ?, ?, ?, 1)"),
                           {Uuid7::create(), it.key(), first, last, count,
                            m_maxSeen.ms > 0 ? m_maxSeen.toString() : m_db.nextStamp().toString(),
                            authors.size() == 1 ? QVariant(*authors.cbegin()) : QVariant(), isoFromMs(m_db.wallClockMs()),
                            QStringLiteral("received from the team server")});
        if (!b)
            return b.error();
    }
    m_bulkFrom.clear();
    m_bulkAuthors.clear();
    return {};
}

std::vector<bool> SyncRun::echoesOf(const QList<RemoteRecord> &records)
{
    std::vector<bool> echo(size_t(records.size()), false);
    if (m_pushedNew.isEmpty())
        return echo; // a pull with no push of new records before it (a fresh copy joining): no lookups
    for (qsizetype i = 0; i < records.size(); ++i) {
        const RemoteRecord &r = records.at(i);
        if (r.purged)
            continue;
        const auto pushed = m_pushedNew.constFind(r.entity + QLatin1Char('\x1f') + r.id);
        if (pushed == m_pushedNew.cend() || pushed.value() != r.clocks)
            continue;
        // The same text the server stores is what this copy still knows (checked, not assumed).
        auto known = knownClocks(r.entity, r.id);
        echo[size_t(i)] = known && known.value() == r.clocks.toUtf8();
    }
    return echo;
}

// A record new to this copy through FastPull. False: applyOne must take it (content the fast path
// does not read, or the record is known here after all).
Result<bool> SyncRun::applyFast(const RemoteRecord &r, const FastRow &row)
{
    if (!m_fast->usable(row))
        return false;
    if (!m_bulkOn) {
        if (auto b = statement(QStringLiteral("UPDATE sync_context SET bulk = ? WHERE id = 1"), {1}); !b)
            return b.error();
        m_bulkOn = true;
    }
    auto inserted = m_fast->insertIfNew(row);
    if (!inserted || !inserted.value())
        return inserted;
    const QString &maxClock = row.maxClock;
    if (maxClock != m_lastClock) { // records of one push share a clock: parsed once
        m_lastClock = maxClock;
        HlcStamp seen;
        if (HlcStamp::parse(maxClock, &seen) && m_maxSeen < seen)
            m_maxSeen = seen;
    }
    m_bulkAuthors[r.entity].insert(row.author);
    // In bulk mode no trigger reads the context: it is written once, before anything that does.
    m_contextUser = row.author;
    m_contextHlc = maxClock;
    m_contextPending = true;
    return true;
}

Status SyncRun::flushContext()
{
    if (!m_contextPending)
        return {};
    m_contextPending = false;
    if (auto c = statement(QStringLiteral("UPDATE sync_context SET user = ?, hlc = ? WHERE id = 1"), {m_contextUser, m_contextHlc}); !c)
        return c.error();
    return {};
}

Status SyncRun::applyOne(const RemoteRecord &r, const QSet<QString> &pendingFields, bool pendingInsert)
{
    QSqlDatabase conn = m_db.connection();
    const Entity *e = m_db.registry()->entity(r.entity);
    const QJsonObject clocks = parseObject(r.clocks);
    const QString maxClock = maxClockOf(clocks);
    HlcStamp seen;
    if (HlcStamp::parse(maxClock, &seen) && m_maxSeen < seen)
        m_maxSeen = seen;
    // Exactly the clocks this copy already has (its own push coming back): nothing to do.
    if (!r.purged) {
        bool known = false;
        const QJsonObject bases = basesOf(r.entity, r.id, &known);
        if (known && bases == clocks)
            return {};
    }
    // The clocks of what arrived, as received, are the base of the next local edit.
    auto rec = statement(QStringLiteral("INSERT INTO sync_record (entity, id, clocks) VALUES (?, ?, ?) "
                                        "ON CONFLICT (entity, id) DO UPDATE SET clocks = excluded.clocks"),
                         {r.entity, r.id, r.clocks});
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
    const QString author = authorOf(clocks, parseObject(r.authors));
    if (auto c = statement(QStringLiteral("UPDATE sync_context SET user = ?, hlc = ? WHERE id = 1"), {author, maxClock}); !c)
        return c.error();

    const QJsonObject data = parseObject(r.data);
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
        // The server's data is the whole record, and a new record leaves its empty fields out: a
        // field it does not carry is NULL (not the column's default, nor the value here).
        if (pendingFields.contains(f) || pendingInsert || (!data.contains(f) && hasDefaultWhenAbsent(f)))
            continue;
        if (exists && (f == QLatin1String("created_at") || f == QLatin1String("created_by")))
            continue;
        const QVariant value = data.contains(f) ? ValueCodec::fromJson(data.value(f)) : QVariant();
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
    const bool bulk = m_bulkFrom.contains(r.entity);
    if (bulk != m_bulkOn) {
        if (auto b = statement(QStringLiteral("UPDATE sync_context SET bulk = ? WHERE id = 1"), {bulk ? 1 : 0}); !b)
            return b.error();
        m_bulkOn = bulk;
    }
    if (bulk)
        m_bulkAuthors[r.entity].insert(author);
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
            r.data = q.value().value(2).toString();
            r.clocks = q.value().value(3).toString();
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

} // namespace trato
