// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"
#include "store/sqlite.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace trato::test {

// A file written byte by byte, as the program that made it would have.
class BytesFile
{
public:
    BytesFile(const QByteArray &bytes, const QString &name = QStringLiteral("file.csv"))
        : m_path(m_dir.filePath(name))
    {
        QFile f(m_path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(bytes) == bytes.size());
    }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

inline qint64 scalar(Database &db, const QString &sql)
{
    auto r = Sql::exec(db.connection(), sql);
    REQUIRE(r.ok());
    REQUIRE(r.value().next());
    return r.value().value(0).toLongLong();
}

// Everything an import could have touched, counted: equal snapshots, unchanged database.
struct Snapshot
{
    qint64 contacts = 0, accounts = 0, leads = 0, log = 0, bulk = 0, batches = 0, fts = 0;
    bool operator==(const Snapshot &o) const
    {
        return contacts == o.contacts && accounts == o.accounts && leads == o.leads && log == o.log && bulk == o.bulk
            && batches == o.batches && fts == o.fts;
    }
};

inline Snapshot snapshot(Database &db)
{
    Snapshot s;
    s.contacts = scalar(db, QStringLiteral("SELECT count(*) FROM contact"));
    s.accounts = scalar(db, QStringLiteral("SELECT count(*) FROM account"));
    s.leads = scalar(db, QStringLiteral("SELECT count(*) FROM lead"));
    s.log = scalar(db, QStringLiteral("SELECT count(*) FROM change_log"));
    s.bulk = scalar(db, QStringLiteral("SELECT count(*) FROM bulk_operation"));
    s.batches = scalar(db, QStringLiteral("SELECT count(*) FROM import_batch"));
    s.fts = scalar(db, QStringLiteral("SELECT count(*) FROM contact_fts"));
    return s;
}

} // namespace trato::test
