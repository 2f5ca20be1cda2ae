// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstate.h"

#include "../store/database.h"
#include "../store/sqlite.h"

#include <QSqlQuery>

namespace trato {

QString SyncState::value(const QString &key, const QString &fallback) const
{
    auto q = Sql::exec(m_db.connection(), QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key});
    if (!q || !q.value().next())
        return fallback;
    const QString v = q->value(0).toString();
    return v.isNull() ? fallback : v;
}

qint64 SyncState::number(const QString &key, qint64 fallback) const
{
    bool ok = false;
    const qint64 n = value(key).toLongLong(&ok);
    return ok ? n : fallback;
}

Status SyncState::set(const QString &key, const QString &value)
{
    auto q = Sql::exec(m_db.connection(),
                       QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                       {key, value});
    if (!q)
        return q.error();
    return {};
}

Status SyncState::remove(const QString &key)
{
    auto q = Sql::exec(m_db.connection(), QStringLiteral("DELETE FROM sync_state WHERE key = ?"), {key});
    if (!q)
        return q.error();
    return {};
}

Status SyncState::resetServerBookkeeping()
{
    auto q = Sql::exec(m_db.connection(),
                       QStringLiteral("DELETE FROM sync_state WHERE key IN ('device', 'server_user', 'joined', 'cursor_txid', "
                                      "'cursor_seq', 'conflict_txid', 'conflict_seq', 'last_sync', 'last_error', 'server_id')"));
    if (!q)
        return q.error();
    auto r = Sql::exec(m_db.connection(), QStringLiteral("DELETE FROM sync_record"));
    if (!r)
        return r.error();
    return {};
}

} // namespace trato
