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
//
// Transactions nest: one opened while another is active on the same thread and connection becomes a
// SAVEPOINT of the outer one and shares its clock and context. Its commit() releases the savepoint,
// its rollback undoes only its own writes, and the entities it touched are announced when the
// outermost transaction commits. Services compose RecordStore calls this way (a merge, a lead
// conversion, an import: all in one transaction).
class Transaction
{
public:
    enum Mode { Normal, Bulk };

    explicit Transaction(Database &db, Mode mode = Normal);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool isNested() const { return m_outer != nullptr; }
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
    Transaction *m_outer = nullptr; // the enclosing transaction when this one is a savepoint
    QString m_savepoint;
    bool m_active = false;
};

} // namespace trato
