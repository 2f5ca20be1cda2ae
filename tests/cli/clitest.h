// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace trato::test {

// Short for QString::fromUtf8 in the CLI tests' many literal arguments.
inline QString S(const char *text)
{
    return QString::fromUtf8(text);
}

// The real trato-cli binary on one database file.
class Cli
{
public:
    explicit Cli(QString dbPath) : m_db(std::move(dbPath)) {}

    ProcessResult operator()(QStringList args, const QStringList &env = {}) const
    {
        args.prepend(m_db);
        args.prepend(QStringLiteral("--db"));
        return run(QStringLiteral(TRATO_CLI_PATH), args, {}, env, 60000);
    }
    // Without --db: for global options and usage errors.
    static ProcessResult bare(const QStringList &args, const QStringList &env = {})
    {
        return run(QStringLiteral(TRATO_CLI_PATH), args, {}, env, 60000);
    }
    const QString &db() const { return m_db; }

    // Runs and requires success; returns stdout.
    QString ok(const QStringList &args) const;
    QJsonArray jsonArray(const QStringList &args) const;
    QJsonObject jsonObject(const QStringList &args) const;
    // Lines of stdout without the trailing empty one (CSV: CRLF stripped too).
    QStringList lines(const QStringList &args) const;

private:
    QString m_db;
};

// The whole database as SQL text (sqlite3 .dump): equal dumps, unchanged database.
QString dump(const QString &dbPath);
QByteArray fileBytes(const QString &path);

} // namespace trato::test
