// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "database.h"
#include "sqlite.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace trato {

namespace {
// The innermost open transaction of this thread (connections are per thread).
thread_local Transaction *t_innermost = nullptr;
thread_local int t_savepoints = 0;
} // namespace

Transaction::Transaction(Database &db, Mode mode)
    : m_db(db)
    , m_connection(db.connection())
{
    if (!m_connection.isOpen()) {
        m_error = Error::failure(QCoreApplication::translate("trato::Transaction", "The database is not open."));
        return;
    }
    if (t_innermost && t_innermost->isActive() && t_innermost->connection().connectionName() == m_connection.connectionName()) {
        m_savepoint = QStringLiteral("trato_sp_%1").arg(++t_savepoints);
        auto sp = Sql::exec(m_connection, QStringLiteral("SAVEPOINT ") + m_savepoint);
        if (!sp) {
            m_error = sp.error();
            return;
        }
        m_outer = t_innermost;
        m_stamp = m_outer->stamp();
        m_active = true;
        t_innermost = this;
        return;
    }
    auto begin = Sql::exec(m_connection, QStringLiteral("BEGIN IMMEDIATE"));
    if (!begin) {
        // In WAL mode a statement of this connection left running (a QSqlQuery kept alive after
        // its last next()) pins an old read snapshot: once another connection has committed, this
        // one can never write, and SQLite says "locked" at once, without waiting. Name the culprit.
        if (sqlite3 *handle = Sql::handle(m_connection))
            for (sqlite3_stmt *st = sqlite3_next_stmt(handle, nullptr); st; st = sqlite3_next_stmt(handle, st))
                if (sqlite3_stmt_busy(st))
                    qWarning("trato: a write waits on an unfinished statement of the same connection: %s", sqlite3_sql(st));
        m_error = Error::failure(QCoreApplication::translate("trato::Transaction", "The database is busy: %1")
                                     .arg(begin.error().message));
        return;
    }
    m_active = true;
    m_outer = t_innermost; // normally null; a transaction on another connection stays independent
    t_innermost = this;
    m_stamp = db.nextStamp();
    auto ctx = Sql::exec(m_connection,
                         QStringLiteral("UPDATE sync_context SET user = ?, hlc = ?, bulk = ? WHERE id = 1"),
                         {db.user(), m_stamp.toString(), mode == Bulk ? 1 : 0});
    if (!ctx) {
        m_error = ctx.error();
        rollback();
    }
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

void Transaction::touched(const QString &entity)
{
    if (m_outer && !m_savepoint.isEmpty()) {
        m_outer->touched(entity);
        return;
    }
    if (!m_touched.contains(entity))
        m_touched << entity;
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error.message.isEmpty() ? Error::failure(QStringLiteral("no transaction")) : m_error;
    if (!m_savepoint.isEmpty()) {
        auto r = Sql::exec(m_connection, QStringLiteral("RELEASE ") + m_savepoint);
        if (!r) {
            rollback();
            return r.error();
        }
        m_active = false;
        t_innermost = m_outer;
        return {};
    }
    auto clear = Sql::exec(m_connection, QStringLiteral("UPDATE sync_context SET user = NULL, hlc = NULL, bulk = 0 WHERE id = 1"));
    auto clock = Sql::exec(m_connection,
                           QStringLiteral("INSERT INTO meta(key, value) VALUES ('hlc_last', ?) "
                                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                           {m_stamp.toString()});
    if (!clear || !clock) {
        const Error e = !clear ? clear.error() : clock.error();
        rollback();
        return e;
    }
    auto c = Sql::exec(m_connection, QStringLiteral("COMMIT"));
    if (!c) {
        rollback();
        return c.error();
    }
    m_active = false;
    t_innermost = m_outer;
    for (const auto &entity : std::as_const(m_touched))
        m_db.notifyChanged(entity);
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (!m_savepoint.isEmpty()) {
        Sql::exec(m_connection, QStringLiteral("ROLLBACK TO ") + m_savepoint);
        Sql::exec(m_connection, QStringLiteral("RELEASE ") + m_savepoint);
    } else {
        Sql::exec(m_connection, QStringLiteral("ROLLBACK"));
    }
    m_active = false;
    t_innermost = m_outer;
}

} // namespace trato
