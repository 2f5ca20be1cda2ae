// SPDX-License-Identifier: GPL-3.0-or-later
// Joining: the first upload of a database to a team server (docs/SYNC.md, "Push").
#include "syncrun_p.h"

#include "../metadata/registry.h"
#include "../store/database.h"
#include "../store/transaction.h"

namespace trato {

using namespace SyncDetail;

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
        const int ownerAt = int(fields.indexOf(QStringLiteral("owner")));
        const QByteArray clocks = newRecordClocks(stamp);
        const QByteArray me = m_user.toUtf8();
        qint64 lastRid = 0;
        for (;;) {
            if (cancelled())
                return Error::failure(tr("Sync cancelled; nothing was lost"));
            QByteArray payload;
            int rows = 0;
            {
                auto st = m_raw.get(QStringLiteral("SELECT rid, id, %1 FROM %2 WHERE rid > ? ORDER BY rid LIMIT ?")
                                        .arg(columns.join(QStringLiteral(", ")), Sql::ident(e->name)));
                if (!st)
                    return st.error();
                RawStatement &q = *st.value();
                q.bindInt(1, lastRid);
                q.bindInt(2, m_pageSize);
                QString error;
                QByteArray data;
                while (q.next(&error)) {
                    lastRid = q.integer(0);
                    // Owners the server does not know become the joining user.
                    QByteArray ownerAs;
                    if (ownerAt >= 0 && !q.isNull(2 + ownerAt) && !serverUsers.contains(QString::fromUtf8(q.text(2 + ownerAt))))
                        ownerAs = me;
                    data.clear();
                    const QByteArray owner = appendData(data, q, 2, *e, ownerAs);
                    appendRawRow(payload, rows++, e->name, QString::fromUtf8(q.text(1)), "upsert", true, data, clocks, {}, stamp, owner);
                }
                if (!error.isEmpty())
                    return Error::failure(error);
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

} // namespace trato
