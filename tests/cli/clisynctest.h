// SPDX-License-Identifier: GPL-3.0-or-later
// What the trato-cli sync tests share (test_cli_server.cpp, test_cli_sync.cpp): trato-cli run with
// no password from the machine, a team server's address, dumps that may differ only in the sync
// bookkeeping, and a "laptop" (a local database made by trato-cli init, written by one user).
#pragma once

#include "clitest.h"
#include "pgtestserver.h"

#include "sync/serveradmin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace trato::test::clisync {

using test::S;

// trato-cli with an environment and an input of its own (stdin is a pipe, never a terminal).
inline test::ProcessResult cli(const QString &db, QStringList args, const QStringList &env = {}, const QByteArray &input = {})
{
    if (!db.isEmpty())
        args = QStringList{S("--db"), db} + args;
    // No password may come from the machine running the tests.
    QStringList fullEnv{S("PGPASSFILE=/nonexistent/pgpass"), S("TRATO_SERVER_PASSWORD="), S("TRATO_NEW_USER_PASSWORD="),
                        S("TRATO_SERVER_URL=")};
    fullEnv += env;
    return test::run(QStringLiteral(TRATO_CLI_PATH), args, input, fullEnv, 120000);
}

#define EXPECT_EXIT(result, code)                                                                                       \
    do {                                                                                                                \
        const test::ProcessResult &r_ = (result);                                                                       \
        INFO("stdout: " << r_.out.toStdString() << "\nstderr: " << r_.err.toStdString());                              \
        REQUIRE(r_.exitCode == (code));                                                                                 \
    } while (false)

// trato-cli's --format json output, once it exited 0.
inline QJsonDocument jsonOutput(const test::ProcessResult &r)
{
    INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8());
}

inline QJsonObject jsonObject(const test::ProcessResult &r)
{
    const QJsonDocument doc = jsonOutput(r);
    INFO("stdout: " << r.out.toStdString());
    REQUIRE(doc.isObject());
    return doc.object();
}

inline QJsonArray jsonArray(const test::ProcessResult &r)
{
    const QJsonDocument doc = jsonOutput(r);
    INFO("stdout: " << r.out.toStdString());
    REQUIRE(doc.isArray());
    return doc.array();
}

// The team server's address for trato-cli, without the password (that goes in the environment).
inline QString url(const test::PgTestServer &pg, const QString &user)
{
    ServerAddress a = pg.admin();
    a.user = user;
    a.password.clear();
    return a.toUrl();
}

inline QString adminUrl(const test::PgTestServer &pg)
{
    return url(pg, pg.admin().user);
}

inline QStringList adminEnv(const test::PgTestServer &pg)
{
    return {S("TRATO_SERVER_PASSWORD=") + pg.admin().password};
}

#define START_POSTGRES(pg)                                                                                              \
    test::PgTestServer pg;                                                                                              \
    if (!pg.running()) {                                                                                                \
        if (qEnvironmentVariableIsSet("TRATO_REQUIRE_POSTGRES"))                                                        \
            FAIL(pg.error().toStdString());                                                                             \
        WARN("PostgreSQL is not available, test skipped: " << pg.error().toStdString());                                \
        return;                                                                                                         \
    }

// The whole local database but the sync bookkeeping rows (last attempt, last error) and the hybrid
// logical clock's high-water mark, which a failed sync is allowed to write (a clock only moves
// forward): everything else — records, change log, outbox, conflicts — must stay line for line.
inline QString dumpWithoutSyncState(const QString &db)
{
    QStringList kept;
    for (const QString &line : test::dump(db).split(QLatin1Char('\n')))
        if (!line.startsWith(QLatin1String("INSERT INTO sync_state")) && !line.startsWith(QLatin1String("INSERT INTO meta VALUES('hlc_last'")))
            kept << line;
    return kept.join(QLatin1Char('\n'));
}

// The lines of two dumps that are not in both ("-" before only, "+" after only); empty when equal.
inline QString dumpDifference(const QString &before, const QString &after)
{
    const QStringList b = before.split(QLatin1Char('\n')), a = after.split(QLatin1Char('\n'));
    QStringList out;
    for (const QString &line : b)
        if (!a.contains(line))
            out << S("- ") + line;
    for (const QString &line : a)
        if (!b.contains(line))
            out << S("+ ") + line;
    if (out.isEmpty() && before != after)
        out << S("(the same lines in another order)");
    return out.join(QLatin1Char('\n'));
}

#define CHECK_UNCHANGED(before, after) CHECK(dumpDifference((before), (after)).toStdString() == std::string())

inline qint64 pending(const QString &db)
{
    return qint64(jsonObject(cli(db, {S("sync"), S("status"), S("--format"), S("json")}))
                      .value(S("pending_changes"))
                      .toDouble(-1));
}

// A local database made by trato-cli init, written by `user`.
struct Laptop
{
    QTemporaryDir dir;
    QString db;
    QString user;
    QStringList env;

    Laptop(const QString &userName, const QString &password)
        : user(userName)
    {
        REQUIRE(dir.isValid());
        db = dir.filePath(S("trato.sqlite"));
        env = {S("TRATO_USER=") + userName, S("TRATO_SERVER_PASSWORD=") + password};
        EXPECT_EXIT(run({S("init")}), 0);
    }
    test::ProcessResult run(const QStringList &args, const QStringList &extraEnv = {}) const
    {
        return cli(db, args, env + extraEnv);
    }
    QString ok(const QStringList &args) const
    {
        const test::ProcessResult r = run(args);
        INFO("trato-cli " << args.join(QLatin1Char(' ')).toStdString());
        EXPECT_EXIT(r, 0);
        return r.out;
    }
    QJsonObject record(const QString &entity, const QString &id) const
    {
        const test::ProcessResult r = run({S("show"), entity, id, S("--format"), S("json")});
        return jsonObject(r);
    }
};

inline void addUser(const test::PgTestServer &pg, const QString &name, const QString &role, const QString &team, const QString &password)
{
    EXPECT_EXIT(cli({}, {S("server"), S("user"), S("add"), name, S("--role"), role, S("--team"), team, S("--password-stdin"),
                         S("--server"), adminUrl(pg)},
                    adminEnv(pg), password.toUtf8() + "\n"),
                0);
}

} // namespace trato::test::clisync
