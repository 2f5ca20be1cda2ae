// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/hlc.h"
#include "../util/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace trato {

class Database;

// RAII write transaction (after Strawberry's ScopedTransaction): BEGIN IMMEDIATE on this thread's
// connection, then tells the change-capture triggers who writes and with which clock. Rolls back
// unless commit() succeeded. commit() clears the context again so writers outside Trato never
// inherit our user or clock, persists the clock, and announces which entities changed.
class Transaction
{
public:
    enum Mode { Normal, Bulk };

    explicit Transaction(Database &db, Mode mode = Normal);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    QSqlDatabase connection() const { return m_connection; }
    const HlcStamp &stamp() const { return m_stamp; }

    // Entities whose records changed, for Database::recordsChanged after COMMIT.
    void touched(const QString &entity);
    Status commit();
    void rollback();

private:
    Database &m_db;
    QSqlDatabase m_connection;
    HlcStamp m_stamp;
    QStringList m_touched;
    Error m_error;
    bool m_active = false;
};

} // namespace trato
