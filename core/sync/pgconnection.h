// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>

struct pg_conn;

namespace trato {

// Where the team server is: what Settings -> Team server and `trato-cli sync --server URL` hold.
// The password is never stored here by Trato (the OS keychain, PGPASSWORD or ~/.pgpass give it).
struct ServerAddress
{
    QString host = QStringLiteral("localhost"); // a name, an address, or a Unix socket folder ("/run/...")
    int port = 5432;
    QString database = QStringLiteral("trato");
    QString user;
    QString sslMode = QStringLiteral("prefer"); // disable | allow | prefer | require | verify-ca | verify-full
    QString password;                           // only in memory

    bool isValid() const { return !host.isEmpty() && !database.isEmpty() && !user.isEmpty() && port > 0; }
    // postgresql://user[:password]@host[:port]/database[?sslmode=...&host=/socket/dir]
    static Result<ServerAddress> fromUrl(const QString &url);
    QString toUrl(bool withPassword = false) const;
    // "ana@crm.example.com:5432/trato", for messages and the status bar
    QString display() const;
    static QStringList sslModes();
};

// The rows of one query, as text (libpq's text format); null cells are null QStrings.
class PgRows
{
public:
    int count() const { return int(m_rows.size()); }
    int columns() const { return m_columns.size(); }
    QString value(int row, int column) const { return m_rows.at(row).at(column); }
    bool isNull(int row, int column) const { return m_rows.at(row).at(column).isNull(); }
    QString scalar() const { return m_rows.isEmpty() || m_columns.isEmpty() ? QString() : m_rows.front().front(); }

private:
    friend class PgConnection;
    QStringList m_columns;
    QList<QStringList> m_rows;
};

// One connection to the team server through libpq (Debian libpq-dev): parameters are always bound
// (PQexecParams), COPY FROM STDIN streams bulk data, and every failure is turned into a sentence a
// user can act on (wrong password, server unreachable, no rights...). Not thread-safe: one per
// worker. Faults can be injected for tests: the hook is asked before and after each statement and,
// when it says so, the connection is dropped as if the network had gone (after a COMMIT that
// means: the server committed, the client never heard).
class PgConnection
{
    Q_DECLARE_TR_FUNCTIONS(trato::PgConnection)
public:
    // point: "before <tag>" / "after <tag>", tag being the statement's first word (BEGIN, COMMIT,
    // SELECT, COPY, ...). Return true to cut the connection there.
    using FaultHook = std::function<bool(const QString &point)>;

    static Result<std::unique_ptr<PgConnection>> connect(const ServerAddress &address, int timeoutSeconds = 10);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    Result<PgRows> exec(const QString &sql, const QVariantList &params = {});
    Status run(const QString &sql, const QVariantList &params = {}); // exec, rows ignored
    // Several statements without parameters (the server schema's DDL), PQexec's simple protocol.
    Status runScript(const QString &sql);
    // COPY ... FROM STDIN (text format): data is the whole stream, rows separated by '\n'.
    Status copyIn(const QString &copySql, const QByteArray &data);
    bool isOpen() const { return m_conn != nullptr; }
    void close();
    void setFaultHook(FaultHook hook) { m_fault = std::move(hook); }
    const ServerAddress &address() const { return m_address; }
    // SQLSTATE of the last failed statement ("" when none)
    QString lastSqlState() const { return m_lastState; }

    // COPY text format escaping of one value (null -> \N).
    static void appendCopyField(QByteArray &out, const QString &value, bool isNull = false);
    // An identifier quoted for PostgreSQL (role names in CREATE ROLE cannot be bound).
    static QString quoteIdent(const QString &name);

private:
    PgConnection(pg_conn *conn, ServerAddress address);
    bool fault(const QString &point);
    Error lostError() const;
    Error statementError(const QString &sql);

    pg_conn *m_conn = nullptr;
    ServerAddress m_address;
    FaultHook m_fault;
    QString m_lastState;
};

// A server-side transaction that rolls back unless committed (mirrors trato::Transaction).
class PgTransaction
{
public:
    explicit PgTransaction(PgConnection &conn);
    ~PgTransaction();
    const Status &status() const { return m_begin; }
    Status commit();

private:
    PgConnection &m_conn;
    Status m_begin;
    bool m_done = false;
};

} // namespace trato
