// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/pgconnection.h"

#include <QString>
#include <QTemporaryDir>

namespace trato::test {

// A real PostgreSQL 15 cluster for one test process: initdb in a temporary folder (as the
// unprivileged `postgres` user when the tests run as root: initdb refuses root), a server on a free
// loopback port with a Unix socket in the same folder, fsync off; stopped and removed with the
// object. TCP connections need a password (scram-sha-256), so wrong passwords can be tested;
// the superuser "trato_admin" has password "admin-secret".
//
// Tests that need one call PgTestServer::start() and SKIP when PostgreSQL is not installed —
// except under TRATO_REQUIRE_POSTGRES=1 (set by the ctest preset of CI), where a missing server is
// a failure, not a skip.
class PgTestServer
{
public:
    PgTestServer();
    ~PgTestServer();
    PgTestServer(const PgTestServer &) = delete;
    PgTestServer &operator=(const PgTestServer &) = delete;

    // Empty when the server runs; else why not.
    QString error() const { return m_error; }
    bool running() const { return m_running; }
    int port() const { return m_port; }
    QString socketDir() const { return m_dir.path(); }

    // The superuser on database `database` over TCP (created on first use by createDatabase()).
    ServerAddress admin(const QString &database = QStringLiteral("trato")) const;
    // A user's address (password given) on `database`.
    ServerAddress user(const QString &name, const QString &password, const QString &database = QStringLiteral("trato")) const;
    // CREATE DATABASE name (no-op when it exists).
    bool createDatabase(const QString &name);
    // Stops the server (pg_ctl stop -m immediate) while clients may be connected: "server gone".
    void kill();
    bool restart();
    static QString binDir(); // /usr/lib/postgresql/<N>/bin, empty when not installed
    QString log() const;

private:
    bool start();
    bool runAsOwner(const QStringList &command, QString *output = nullptr, int timeoutMs = 60000);

    QTemporaryDir m_dir;
    QString m_error;
    int m_port = 0;
    bool m_running = false;
    bool m_asPostgresUser = false;
};

} // namespace trato::test
