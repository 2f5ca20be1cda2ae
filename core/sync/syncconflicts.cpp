// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncengine.h"
#include "valuecodec.h"

#include "../store/database.h"
#include "../store/recordstore.h"
#include "../store/sqlite.h"
#include "../store/transaction.h"

#include <QSqlQuery>

namespace trato {

namespace {

const QString kColumns = QStringLiteral(
    "id, entity, record_id, field, reason, winner_value, winner_hlc, winner_user, loser_value, loser_hlc, loser_user, "
    "at, coalesce(resolution, '')");

SyncConflict fromQuery(const QSqlQuery &q)
{
    SyncConflict c;
    c.id = q.value(0).toString();
    c.entity = q.value(1).toString();
    c.recordId = q.value(2).toString();
    c.field = q.value(3).toString();
    c.reason = q.value(4).toString();
    c.winnerValue = q.value(5).toString();
    c.winnerHlc = q.value(6).toString();
    c.winnerUser = q.value(7).toString();
    c.loserValue = q.value(8).toString();
    c.loserHlc = q.value(9).toString();
    c.loserUser = q.value(10).toString();
    c.at = QDateTime::fromString(q.value(11).toString(), Qt::ISODate);
    c.at.setTimeSpec(Qt::UTC);
    c.resolution = q.value(12).toString();
    return c;
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

Result<QList<SyncConflict>> SyncConflicts::list(bool includeResolved) const
{
    QList<SyncConflict> out;
    {
        auto q = Sql::exec(m_db.connection(),
                           QStringLiteral("SELECT %1 FROM sync_conflict %2 ORDER BY at DESC, id")
                               .arg(kColumns, includeResolved ? QString() : QStringLiteral("WHERE resolution IS NULL")));
        if (!q)
            return q.error();
        while (q.value().next())
            out << fromQuery(q.value());
    }
    RecordStore store(m_db);
    for (auto &c : out)
        if (m_db.registry()->entity(c.entity))
            c.recordTitle = store.displayName(c.entity, c.recordId);
    return out;
}

Result<SyncConflict> SyncConflicts::get(const QString &id) const
{
    SyncConflict c;
    {
        auto q = Sql::exec(m_db.connection(), QStringLiteral("SELECT %1 FROM sync_conflict WHERE id = ?").arg(kColumns), {id});
        if (!q)
            return q.error();
        if (!q.value().next())
            return Error::notFound(tr("There is no conflict %1").arg(id));
        c = fromQuery(q.value());
    }
    if (m_db.registry()->entity(c.entity))
        c.recordTitle = RecordStore(m_db).displayName(c.entity, c.recordId);
    return c;
}

qint64 SyncConflicts::openCount() const
{
    auto q = Sql::exec(m_db.connection(), QStringLiteral("SELECT count(*) FROM sync_conflict WHERE resolution IS NULL"));
    return q && q.value().next() ? q->value(0).toLongLong() : 0;
}

Status SyncConflicts::keep(const QString &id)
{
    auto c = get(id);
    if (!c)
        return c.error();
    if (!c->resolution.isEmpty())
        return Error::badInput(tr("Conflict %1 was already resolved (%2)").arg(id, c->resolution));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto q = Sql::exec(tx.connection(),
                       QStringLiteral("UPDATE sync_conflict SET resolution = 'kept', resolved_at = ?, resolved_by = ?, "
                                      "resolution_pushed = 0 WHERE id = ?"),
                       {nowText(), m_db.user(), id});
    if (!q)
        return q.error();
    tx.touched(QStringLiteral("sync_conflict"));
    return tx.commit();
}

Status SyncConflicts::restore(const QString &id)
{
    auto c = get(id);
    if (!c)
        return c.error();
    if (!c->resolution.isEmpty())
        return Error::badInput(tr("Conflict %1 was already resolved (%2)").arg(id, c->resolution));
    if (c->reason == QLatin1String("denied"))
        return Error::badInput(tr("The server refused this change: user %1 may not change this record. Ask a manager, "
                                  "or keep the server's value").arg(c->loserUser));
    const Entity *entity = m_db.registry()->entity(c->entity);
    if (!entity)
        return Error::badInput(tr("This Trato does not know records of type \"%1\"").arg(c->entity));
    RecordStore store(m_db);
    auto current = store.get(c->entity, c->recordId);
    if (!current)
        return Error::badInput(tr("The record is no longer here (it was deleted for good or is no longer shared with you): "
                                  "the value cannot be restored"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    const QVariant value = ValueCodec::fromText(c->loserValue);
    Status written;
    if (c->field == QLatin1String("deleted"))
        written = value.toLongLong() != 0 ? store.remove(c->entity, c->recordId) : store.restore(c->entity, c->recordId);
    else if (c->field == QLatin1String("*"))
        written = Error::badInput(tr("A whole record cannot be restored from here"));
    else if (!entity->field(c->field))
        written = Error::badInput(tr("Field \"%1\" does not exist here").arg(c->field));
    else
        written = store.update(c->entity, c->recordId, {{c->field, value}}, RecordStore::Access::System);
    if (!written)
        return written;
    auto q = Sql::exec(tx.connection(),
                       QStringLiteral("UPDATE sync_conflict SET resolution = 'restored', resolved_at = ?, resolved_by = ?, "
                                      "resolution_pushed = 0 WHERE id = ?"),
                       {nowText(), m_db.user(), id});
    if (!q)
        return q.error();
    tx.touched(QStringLiteral("sync_conflict"));
    return tx.commit();
}

} // namespace trato
