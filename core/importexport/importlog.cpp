// SPDX-License-Identifier: GPL-3.0-or-later
#include "importlog.h"

#include "../metadata/registry.h"
#include "../store/database.h"
#include "../store/recordstore.h"
#include "../store/sqlite.h"
#include "../store/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace trato {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trato::ImportLog", text);
}

const char *const kColumns = "id, entity, file, format, at, user, policy, status, reverted_at, created, updated, skipped, failed, partial";

ImportBatch readBatch(const QSqlQuery &q)
{
    ImportBatch b;
    b.id = q.value(0).toString();
    b.entity = q.value(1).toString();
    b.file = q.value(2).toString();
    b.format = q.value(3).toString();
    b.at = q.value(4).toString();
    b.user = q.value(5).toString();
    b.policy = q.value(6).toString();
    b.status = q.value(7).toString();
    b.revertedAt = q.value(8).toString();
    b.created = q.value(9).toLongLong();
    b.updated = q.value(10).toLongLong();
    b.skipped = q.value(11).toLongLong();
    b.failed = q.value(12).toLongLong();
    b.partial = q.value(13).toBool();
    return b;
}

} // namespace

ImportLog::ImportLog(Database &db)
    : m_db(db)
{
}

Result<QList<ImportBatch>> ImportLog::list() const
{
    auto r = Sql::exec(m_db.connection(), QStringLiteral("SELECT %1 FROM import_batch ORDER BY at DESC, id DESC").arg(QLatin1String(kColumns)));
    if (!r)
        return r.error();
    QList<ImportBatch> out;
    while (r.value().next())
        out << readBatch(r.value());
    return out;
}

Result<ImportBatch> ImportLog::get(const QString &id) const
{
    auto r = Sql::exec(m_db.connection(), QStringLiteral("SELECT %1 FROM import_batch WHERE id = ?").arg(QLatin1String(kColumns)), {id});
    if (!r)
        return r.error();
    if (!r.value().next())
        return Error::notFound(tr("There is no import with id %1; `trato-cli imports` lists them.").arg(id));
    return readBatch(r.value());
}

Result<ImportLog::RevertResult> ImportLog::revert(const QString &id, bool force)
{
    auto batch = get(id);
    if (!batch)
        return batch.error();
    if (batch.value().status == QLatin1String("reverted"))
        return Error::badInput(tr("The import of %1 was already reverted on %2.").arg(batch.value().file, batch.value().revertedAt));

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlDatabase conn = tx.connection();
    RevertResult result;
    qint64 logSeq = 0;
    {
        auto r = Sql::exec(conn, QStringLiteral("SELECT log_seq FROM import_batch WHERE id = ?"), {id});
        if (!r)
            return r.error();
        logSeq = r.value().next() ? r.value().value(0).toLongLong() : 0;
    }
    struct Range
    {
        QString entity;
        qint64 first, last, count;
    };
    QList<Range> ranges;
    {
        auto r = Sql::exec(conn, QStringLiteral("SELECT entity, first_rid, last_rid, count FROM import_created WHERE batch_id = ?"), {id});
        if (!r)
            return r.error();
        while (r.value().next())
            ranges << Range{r.value().value(0).toString(), r.value().value(1).toLongLong(), r.value().value(2).toLongLong(),
                            r.value().value(3).toLongLong()};
    }
    // The imported entity's records first: they may point at records the import created in others.
    std::stable_sort(ranges.begin(), ranges.end(), [&](const Range &a, const Range &b) {
        return (a.entity == batch.value().entity) > (b.entity == batch.value().entity);
    });

    // --- changed since?
    for (const Range &range : std::as_const(ranges)) {
        const QString t = Sql::ident(range.entity);
        auto n = Sql::exec(conn, QStringLiteral("SELECT count(*) FROM %1 WHERE rid BETWEEN ? AND ?").arg(t), {range.first, range.last});
        if (!n)
            return n.error();
        const qint64 present = n.value().next() ? n.value().value(0).toLongLong() : 0;
        if (present != range.count)
            result.changedSince << tr("%1 of the %2 %3 records it created were deleted for good since")
                                       .arg(range.count - present).arg(range.count).arg(range.entity);
        auto c = Sql::exec(conn, QStringLiteral("SELECT count(DISTINCT c.record_id) FROM change_log c JOIN %1 r ON r.id = c.record_id "
                                                "WHERE c.seq > ? AND c.entity = ? AND r.rid BETWEEN ? AND ?").arg(t),
                           {logSeq, range.entity, range.first, range.last});
        if (!c)
            return c.error();
        const qint64 changed = c.value().next() ? c.value().value(0).toLongLong() : 0;
        if (changed > 0)
            result.changedSince << tr("%1 %2 records it created were changed since").arg(changed).arg(range.entity);
    }
    {
        auto c = Sql::exec(conn, QStringLiteral("SELECT count(DISTINCT u.record_id) FROM import_updated u JOIN change_log c "
                                                "ON c.entity = u.entity AND c.record_id = u.record_id "
                                                "WHERE u.batch_id = ? AND c.seq > ?"),
                           {id, logSeq});
        if (!c)
            return c.error();
        const qint64 changed = c.value().next() ? c.value().value(0).toLongLong() : 0;
        if (changed > 0)
            result.changedSince << tr("%1 records it updated were changed again since").arg(changed);
    }
    if (!result.changedSince.isEmpty() && !force)
        return Error::badInput(tr("The import of %1 cannot be reverted safely: %2. Revert with --force to undo it anyway "
                                  "(those later changes are lost).")
                                   .arg(batch.value().file, result.changedSince.join(QStringLiteral("; "))));

    // --- undo: previous values back, then the created records removed.
    RecordStore store(m_db);
    {
        auto r = Sql::exec(conn, QStringLiteral("SELECT entity, record_id, previous FROM import_updated WHERE batch_id = ?"), {id});
        if (!r)
            return r.error();
        while (r.value().next()) {
            const QString entity = r.value().value(0).toString();
            const QString recordId = r.value().value(1).toString();
            const QVariantMap previous = QJsonDocument::fromJson(r.value().value(2).toString().toUtf8()).object().toVariantMap();
            const Status s = store.update(entity, recordId, previous, RecordStore::Access::System);
            if (!s) {
                if (s.error().kind == Error::NotFound && force)
                    continue;
                return s.error();
            }
            ++result.restored;
        }
    }
    for (const Range &range : std::as_const(ranges)) {
        auto d = Sql::exec(conn, QStringLiteral("DELETE FROM %1 WHERE rid BETWEEN ? AND ?").arg(Sql::ident(range.entity)),
                           {range.first, range.last});
        if (!d)
            return d.error();
        result.deleted += d.value().numRowsAffected();
        // Their "created by import" history would otherwise attach to records that reuse the rids.
        auto b = Sql::exec(conn, QStringLiteral("DELETE FROM bulk_operation WHERE entity = ? AND kind = 'import' AND first_rid = ? AND last_rid = ?"),
                           {range.entity, range.first, range.last});
        if (!b)
            return b.error();
        tx.touched(range.entity);
    }
    auto u = Sql::exec(conn, QStringLiteral("UPDATE import_batch SET status = 'reverted', reverted_at = ? WHERE id = ?"),
                       {QDateTime::currentDateTimeUtc().toString(Qt::ISODate), id});
    if (!u)
        return u.error();
    tx.touched(batch.value().entity);
    const Status c = tx.commit();
    if (!c)
        return c.error();
    return result;
}

} // namespace trato
