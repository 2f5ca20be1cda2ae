// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QString>

namespace trato {

class Database;

// The key/value table sync_state (migration 0008) on the calling thread's connection.
// Keys: server_url, interval_minutes, device, server_user, joined ("1" once the database was
// uploaded), pushed_seq, batch_no, cursor_txid, cursor_seq, conflict_txid, conflict_seq,
// last_sync, last_attempt, last_error.
class SyncState
{
public:
    explicit SyncState(Database &db) : m_db(db) {}
    QString value(const QString &key, const QString &fallback = QString()) const;
    qint64 number(const QString &key, qint64 fallback = 0) const;
    Status set(const QString &key, const QString &value);
    Status remove(const QString &key);
    // Forgets cursors, device and join state (a different server); keeps the outbox position.
    Status resetServerBookkeeping();

private:
    Database &m_db;
};

} // namespace trato
