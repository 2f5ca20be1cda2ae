// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <ostream>

// Lets Catch2 print QStrings in failed assertions.
std::ostream &operator<<(std::ostream &os, const QString &s);

namespace trato::test {

// A temporary folder with a Trato database file in it; both go away with the object.
class TempDb
{
public:
    explicit TempDb(const Database::Options &options = {});
    QString dir() const { return m_dir.path(); }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    Database &db() { return *m_db; }
    std::shared_ptr<Database> shared() { return m_db; }
    // Closes the database (all connections), e.g. before a CLI process or sqlite3 opens the file.
    void close() { m_db.reset(); }
    void reopen(const Database::Options &options = {});

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
};

// Runs a program to completion; returns exit code, stdout and stderr.
struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
ProcessResult run(const QString &program, const QStringList &args, const QByteArray &input = {},
                  const QStringList &extraEnv = {}, int timeoutMs = 120000);

// The sqlite3 shell on the same file: proof that writes outside Trato are captured too.
ProcessResult sqlite3(const QString &dbPath, const QString &sql);

// For tests of what reads tickets (queues, KPIs): writes a ticket's clock fields (opened_at, due
// times, first_response_at, resolved_at, closed_at, sla_state) from `values` as given, the way
// the SLA monitor and the ticket service would have left them — the write rules derive their own
// values from the real clock otherwise. A clock field `values` lacks is cleared (sla_state "none"),
// except opened_at. Other keys are ignored. False on an SQL error.
bool pinTicketClock(Database &db, const QString &ticketId, const QVariantMap &values);

} // namespace trato::test
