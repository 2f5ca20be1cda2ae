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

} // namespace trato::test
