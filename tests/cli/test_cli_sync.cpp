// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli server init|user add|user remove|user list, sync, sync status and conflicts: the real
// binary on real SQLite files, against a real PostgreSQL started by the test (PgTestServer).
#include "clitest.h"
#include "pgtestserver.h"

#include "sync/serveradmin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace trato;
using test::S;

namespace {

// trato-cli with an environment and an input of its own (stdin is a pipe, never a terminal).
test::ProcessResult cli(const QString &db, QStringList args, const QStringList &env = {}, const QByteArray &input = {})
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

QJsonObject jsonObject(const test::ProcessResult &r)
{
    INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    REQUIRE(doc.isObject());
    return doc.object();
}

QJsonArray jsonArray(const test::ProcessResult &r)
{
    INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    REQUIRE(doc.isArray());
    return doc.array();
}

// The team server's address for trato-cli, without the password (that goes in the environment).
QString url(const test::PgTestServer &pg, const QString &user)
{
    ServerAddress a = pg.admin();
    a.user = user;
    a.password.clear();
    return a.toUrl();
}

QString adminUrl(const test::PgTestServer &pg)
{
    return url(pg, pg.admin().user);
}

QStringList adminEnv(const test::PgTestServer &pg)
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
QString dumpWithoutSyncState(const QString &db)
{
    QStringList kept;
    for (const QString &line : test::dump(db).split(QLatin1Char('\n')))
        if (!line.startsWith(QLatin1String("INSERT INTO sync_state")) && !line.startsWith(QLatin1String("INSERT INTO meta VALUES('hlc_last'")))
            kept << line;
    return kept.join(QLatin1Char('\n'));
}

// The lines of two dumps that are not in both ("-" before only, "+" after only); empty when equal.
QString dumpDifference(const QString &before, const QString &after)
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

qint64 pending(const QString &db)
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

void addUser(const test::PgTestServer &pg, const QString &name, const QString &role, const QString &team, const QString &password)
{
    EXPECT_EXIT(cli({}, {S("server"), S("user"), S("add"), name, S("--role"), role, S("--team"), team, S("--password-stdin"),
                         S("--server"), adminUrl(pg)},
                    adminEnv(pg), password.toUtf8() + "\n"),
                0);
}

} // namespace

TEST_CASE("trato-cli server and sync and conflicts commands check their arguments before connecting")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(S("local.sqlite"));
    EXPECT_EXIT(cli(db, {S("init")}), 0);
    // Nothing listens on port 1: a command that tried to connect would fail with exit 3.
    const QString nowhere = S("postgresql://ana@127.0.0.1:1/trato?sslmode=disable");

    SECTION("server init needs a well-formed address")
    {
        EXPECT_EXIT(cli({}, {S("server"), S("init")}), 1);
        auto r = cli({}, {S("server"), S("init"), S("crm.example.com")});
        EXPECT_EXIT(r, 2);
        CHECK(r.err.contains(S("is not a server address")));
        r = cli({}, {S("server"), S("init"), S("postgresql://crm.example.com/trato")});
        EXPECT_EXIT(r, 2);
        CHECK(r.err.contains(S("names no user")));
        r = cli({}, {S("server"), S("init"), S("postgresql://ana@crm.example.com/trato?sslmode=sometimes")});
        EXPECT_EXIT(r, 2);
        CHECK(r.err.contains(S("sometimes")));
    }
    SECTION("server user needs a subcommand, a role among the four and a team")
    {
        auto r = cli({}, {S("server"), S("user")});
        EXPECT_EXIT(r, 1);
        CHECK(r.err.contains(S("server user add")));
        r = cli({}, {S("server"), S("user"), S("add"), S("ana"), S("--role"), S("boss"), S("--team"), S("norte"), S("--server"), nowhere});
        EXPECT_EXIT(r, 2);
        CHECK(r.err.contains(S("\"boss\" is not a role")));
        r = cli({}, {S("server"), S("user"), S("add"), S("ana"), S("--team"), S("norte"), S("--server"), nowhere});
        EXPECT_EXIT(r, 1);
        CHECK(r.err.contains(S("--role is required")));
        r = cli({}, {S("server"), S("user"), S("add"), S("ana"), S("--role"), S("sales"), S("--server"), nowhere});
        EXPECT_EXIT(r, 1);
        CHECK(r.err.contains(S("--team is required")));
        // The password is never an argument.
        r = cli({}, {S("server"), S("user"), S("add"), S("ana"), S("--role"), S("sales"), S("--team"), S("norte"), S("--password"),
                     S("x"), S("--server"), nowhere});
        EXPECT_EXIT(r, 1);
        CHECK(r.err.contains(S("unknown option \"--password\"")));
        // Which server: --server or TRATO_SERVER_URL.
        r = cli({}, {S("server"), S("user"), S("list")});
        EXPECT_EXIT(r, 1);
        CHECK(r.err.contains(S("TRATO_SERVER_URL")));
        r = cli({}, {S("server"), S("user"), S("remove"), S("ana")}, {S("TRATO_SERVER_URL=not a url")});
        EXPECT_EXIT(r, 2);
        CHECK(r.err.contains(S("is not a server address")));
    }
    SECTION("sync needs a server the first time and a well-formed address")
    {
        const QString before = test::dump(db);
        auto r = cli(db, {S("sync")});
        EXPECT_EXIT(r, 2);
        CHECK(r.err.contains(S("no team server")));
        r = cli(db, {S("sync"), S("--server"), S("http://crm.example.com")});
        EXPECT_EXIT(r, 2);
        CHECK(r.err.contains(S("is not a server address")));
        r = cli(db, {S("sync"), S("--format"), S("xml")});
        EXPECT_EXIT(r, 1);
        CHECK(test::dump(db) == before);
        // A server that never answers: exit 3, and it is not saved as this database's server.
        r = cli(db, {S("sync"), S("--server"), nowhere}, {S("TRATO_SERVER_PASSWORD=x")});
        EXPECT_EXIT(r, 3);
        CHECK(r.err.contains(S("kept for the next sync")));
        CHECK(jsonObject(cli(db, {S("sync"), S("status"), S("--format"), S("json")})).value(S("configured")) == QJsonValue(false));
        // sync on a file that is not there does not create one.
        r = cli(dir.filePath(S("missing.sqlite")), {S("sync"), S("--server"), nowhere});
        EXPECT_EXIT(r, 2);
        CHECK_FALSE(QFile::exists(dir.filePath(S("missing.sqlite"))));
    }
    SECTION("sync status and conflicts on a database that never synced")
    {
        const QJsonObject status = jsonObject(cli(db, {S("sync"), S("status"), S("--format"), S("json")}));
        CHECK(status.value(S("configured")) == QJsonValue(false));
        CHECK(status.value(S("server")).isNull());
        CHECK(status.value(S("open_conflicts")).toInt(-1) == 0);
        CHECK(status.value(S("last_sync")).isNull());
        auto r = cli(db, {S("sync"), S("status")});
        EXPECT_EXIT(r, 0);
        CHECK(r.out.contains(S("none (this database works alone)")));
        CHECK(r.out.contains(S("Last sync")));
        CHECK(jsonArray(cli(db, {S("conflicts"), S("list"), S("--all"), S("--format"), S("json")})).isEmpty());
        for (const char *verb : {"show", "keep", "restore"}) {
            r = cli(db, {S("conflicts"), S(verb), S("0193-no-such-conflict")});
            EXPECT_EXIT(r, 2);
            CHECK(r.err.contains(S("There is no conflict")));
        }
        EXPECT_EXIT(cli(db, {S("conflicts"), S("keep")}), 1);
    }
    SECTION("help tells how to give passwords")
    {
        auto r = cli({}, {S("help"), S("server"), S("user"), S("add")});
        EXPECT_EXIT(r, 0);
        CHECK(r.out.contains(S("--password-stdin")));
        CHECK(r.out.contains(S("TRATO_NEW_USER_PASSWORD")));
        r = cli({}, {S("help"), S("server")});
        EXPECT_EXIT(r, 0);
        CHECK(r.out.contains(S("server init")));
        CHECK(r.out.contains(S("server user remove")));
        // A group that is also a command shows both.
        r = cli({}, {S("help"), S("sync")});
        EXPECT_EXIT(r, 0);
        CHECK(r.out.contains(S("trato-cli sync [--server URL")));
        CHECK(r.out.contains(S("trato-cli sync status")));
        r = cli({}, {S("--help")});
        CHECK(r.out.contains(S("conflicts restore")));
        CHECK(r.out.contains(S("sync status")));
    }
}

TEST_CASE("trato-cli server init and server user on a real PostgreSQL")
{
    START_POSTGRES(pg)
    const QString admin = adminUrl(pg);

    // init twice: the second one finds the schema up to date and changes nothing.
    auto r = cli({}, {S("server"), S("init"), admin}, adminEnv(pg));
    EXPECT_EXIT(r, 0);
    CHECK(r.out.contains(S("server schema version %1").arg(ServerAdmin::schemaVersion())));
    CHECK(r.out.contains(S("created the server schema")));
    r = cli({}, {S("server"), S("init"), admin}, adminEnv(pg));
    EXPECT_EXIT(r, 0);
    CHECK(r.out.contains(S("server schema version %1").arg(ServerAdmin::schemaVersion())));
    CHECK(r.out.contains(S("was up to date")));

    // A wrong administrator password: exit 2, said plainly, never echoed.
    r = cli({}, {S("server"), S("init"), url(pg, pg.admin().user)}, {S("TRATO_SERVER_PASSWORD=wrong-guess-42")});
    EXPECT_EXIT(r, 2);
    CHECK(r.err.contains(S("refused the password")));
    CHECK_FALSE(QString(r.out + r.err).contains(S("wrong-guess-42")));
    // A password in the URL works and is not printed either.
    ServerAddress withPassword = pg.admin();
    r = cli({}, {S("server"), S("init"), withPassword.toUrl(true)});
    EXPECT_EXIT(r, 0);
    CHECK_FALSE(QString(r.out + r.err).contains(withPassword.password));
    // No password at all (and no terminal to ask on): exit 2 with the ways to give one.
    r = cli({}, {S("server"), S("init"), admin});
    EXPECT_EXIT(r, 2);
    CHECK(r.err.contains(S("TRATO_SERVER_PASSWORD")));

    // user add: the password from stdin or TRATO_NEW_USER_PASSWORD.
    r = cli({}, {S("server"), S("user"), S("add"), S("ana"), S("--role"), S("sales"), S("--team"), S("norte"), S("--password-stdin"),
                 S("--server"), admin},
            adminEnv(pg), "ana-secret\nignored second line\n");
    EXPECT_EXIT(r, 0);
    CHECK(r.out.contains(S("Added user ana")));
    r = cli({}, {S("server"), S("user"), S("add"), S("bruno"), S("--role"), S("manager"), S("--team"), S("norte")},
            adminEnv(pg) + QStringList{S("TRATO_SERVER_URL=") + admin, S("TRATO_NEW_USER_PASSWORD=bruno-secret")});
    EXPECT_EXIT(r, 0);
    addUser(pg, S("carla"), S("support"), S("sur"), S("carla-secret"));
    // The new users can log in with their passwords.
    {
        auto connected = PgConnection::connect(pg.user(S("bruno"), S("bruno-secret")));
        INFO((connected ? std::string() : connected.error().message.toStdString()));
        CHECK(connected.ok());
        auto refused = PgConnection::connect(pg.user(S("bruno"), S("ana-secret")));
        CHECK_FALSE(refused.ok());
    }

    // Duplicates, bad roles and missing passwords: exit 2, nothing changed.
    r = cli({}, {S("server"), S("user"), S("add"), S("ana"), S("--role"), S("manager"), S("--team"), S("sur"), S("--server"), admin},
            adminEnv(pg) + QStringList{S("TRATO_NEW_USER_PASSWORD=other")});
    EXPECT_EXIT(r, 2);
    CHECK(r.err.contains(S("already exists")));
    r = cli({}, {S("server"), S("user"), S("add"), S("dora"), S("--role"), S("owner"), S("--team"), S("sur"), S("--server"), admin},
            adminEnv(pg) + QStringList{S("TRATO_NEW_USER_PASSWORD=dora-secret")});
    EXPECT_EXIT(r, 2);
    CHECK(r.err.contains(S("is not a role")));
    r = cli({}, {S("server"), S("user"), S("add"), S("dora"), S("--role"), S("sales"), S("--team"), S("sur"), S("--server"), admin},
            adminEnv(pg));
    EXPECT_EXIT(r, 2);
    CHECK(r.err.contains(S("needs a password")));

    QJsonArray users = jsonArray(cli({}, {S("server"), S("user"), S("list"), S("--server"), admin, S("--format"), S("json")}, adminEnv(pg)));
    QMap<QString, QJsonObject> byName;
    for (const QJsonValue &u : users)
        byName.insert(u.toObject().value(S("name")).toString(), u.toObject());
    REQUIRE(byName.contains(S("ana")));
    REQUIRE(byName.contains(S("bruno")));
    REQUIRE(byName.contains(S("carla")));
    CHECK_FALSE(byName.contains(S("dora")));
    CHECK(byName.value(S("ana")).value(S("role")).toString() == S("sales"));
    CHECK(byName.value(S("ana")).value(S("team")).toString() == S("norte"));
    CHECK(byName.value(S("bruno")).value(S("role")).toString() == S("manager"));
    CHECK(byName.value(S("carla")).value(S("team")).toString() == S("sur"));

    // --update changes role and team of a user that exists.
    r = cli({}, {S("server"), S("user"), S("add"), S("ana"), S("--role"), S("support"), S("--team"), S("sur"), S("--update"), S("--server"), admin},
            adminEnv(pg));
    EXPECT_EXIT(r, 0);
    CHECK(r.out.contains(S("Changed user ana")));
    const QString table = cli({}, {S("server"), S("user"), S("list"), S("--server"), admin}, adminEnv(pg)).out;
    CHECK(table.contains(S("support")));

    // remove: the login is gone; an unknown name is exit 2.
    r = cli({}, {S("server"), S("user"), S("remove"), S("carla"), S("--server"), admin}, adminEnv(pg));
    EXPECT_EXIT(r, 0);
    r = cli({}, {S("server"), S("user"), S("remove"), S("carla"), S("--server"), admin}, adminEnv(pg));
    EXPECT_EXIT(r, 2);
    CHECK(r.err.contains(S("no user carla")));
    users = jsonArray(cli({}, {S("server"), S("user"), S("list"), S("--server"), admin, S("--format"), S("json")}, adminEnv(pg)));
    for (const QJsonValue &u : users)
        CHECK(u.toObject().value(S("name")).toString() != S("carla"));
    CHECK_FALSE(PgConnection::connect(pg.user(S("carla"), S("carla-secret"))).ok());
    // --all shows her as removed; she may be added again, with a new password.
    bool listedRemoved = false;
    for (const QJsonValue &u : jsonArray(cli({}, {S("server"), S("user"), S("list"), S("--all"), S("--server"), admin, S("--format"), S("json")},
                                             adminEnv(pg))))
        listedRemoved = listedRemoved || (u.toObject().value(S("name")).toString() == S("carla") && u.toObject().value(S("active")) == QJsonValue(false));
    CHECK(listedRemoved);
    addUser(pg, S("carla"), S("support"), S("sur"), S("carla-new"));
    CHECK(PgConnection::connect(pg.user(S("carla"), S("carla-new"))).ok());
}

TEST_CASE("trato-cli sync carries records between two databases of one team and keeps conflicts")
{
    START_POSTGRES(pg)
    EXPECT_EXIT(cli({}, {S("server"), S("init"), adminUrl(pg)}, adminEnv(pg)), 0);
    addUser(pg, S("ana"), S("sales"), S("norte"), S("ana-secret"));
    addUser(pg, S("bruno"), S("manager"), S("norte"), S("bruno-secret"));
    addUser(pg, S("eva"), S("sales"), S("norte"), S("eva-secret"));

    Laptop a(S("ana"), S("ana-secret"));
    Laptop b(S("bruno"), S("bruno-secret"));
    const QString accountId = a.ok({S("add"), S("account"), S("name=Talleres Ruiz S.L."), S("city=Bilbao")}).trimmed();
    const QString contactId = a.ok({S("add"), S("contact"), S("first_name=Ana"), S("last_name=Ruiz"), S("account=") + accountId}).trimmed();

    // Before the first sync: pending changes, no server.
    QJsonObject status = jsonObject(a.run({S("sync"), S("status"), S("--format"), S("json")}));
    CHECK(status.value(S("configured")) == QJsonValue(false));
    const qint64 pendingBefore = qint64(status.value(S("pending_changes")).toDouble());
    CHECK(pendingBefore > 0);

    // The first sync with --server joins the team and saves the server (not the password).
    auto r = a.run({S("sync"), S("--server"), url(pg, S("ana"))});
    EXPECT_EXIT(r, 0);
    CHECK(r.out.contains(S("Synced with ana@")));
    CHECK(r.out.contains(S("sent ")));
    status = jsonObject(a.run({S("sync"), S("status"), S("--format"), S("json")}));
    CHECK(status.value(S("configured")) == QJsonValue(true));
    CHECK(status.value(S("server")).toString().contains(S("ana@127.0.0.1")));
    CHECK(status.value(S("pending_changes")).toInt(-1) == 0);
    CHECK_FALSE(status.value(S("last_sync")).isNull());
    CHECK(status.value(S("last_error")).isNull());
    CHECK_FALSE(status.value(S("device")).toString().isEmpty());
    CHECK_FALSE(test::dump(a.db).contains(S("ana-secret")));

    // The other database receives both records.
    r = b.run({S("sync"), S("--server"), url(pg, S("bruno")), S("--format"), S("json")});
    const QJsonObject report = jsonObject(r);
    CHECK(report.value(S("pulled")).toInt() >= 2);
    CHECK(b.record(S("account"), accountId).value(S("name")).toString() == S("Talleres Ruiz S.L."));
    CHECK(b.record(S("contact"), contactId).value(S("last_name")).toString() == S("Ruiz"));

    // The saved server is used without --server; another server needs --switch.
    EXPECT_EXIT(b.run({S("sync")}), 0);
    r = b.run({S("sync"), S("--server"), url(pg, S("eva"))});
    EXPECT_EXIT(r, 2);
    CHECK(r.err.contains(S("--switch")));

    // Both change the same field while apart: the later clock wins, the other value is kept.
    a.ok({S("update"), S("account"), accountId, S("city=Getxo")});
    b.ok({S("update"), S("account"), accountId, S("city=Barakaldo")});
    CHECK(pending(a.db) > 0);
    EXPECT_EXIT(a.run({S("sync")}), 0);
    r = b.run({S("sync")});
    EXPECT_EXIT(r, 0);
    EXPECT_EXIT(a.run({S("sync")}), 0);
    CHECK(a.record(S("account"), accountId).value(S("city")).toString() == S("Barakaldo"));
    CHECK(b.record(S("account"), accountId).value(S("city")).toString() == S("Barakaldo"));

    // The conflict is listed where the losing value was written (and may be on both sides).
    const Laptop *holder = nullptr;
    QJsonObject conflict;
    for (const Laptop *l : {&a, &b}) {
        for (const QJsonValue &v : jsonArray(l->run({S("conflicts"), S("list"), S("--format"), S("json")}))) {
            const QJsonObject c = v.toObject();
            if (c.value(S("record_id")).toString() == accountId && c.value(S("field")).toString() == S("city") && !holder) {
                holder = l;
                conflict = c;
            }
        }
    }
    REQUIRE(holder);
    CHECK(conflict.value(S("reason")).toString() == S("concurrent"));
    CHECK(conflict.value(S("winner_value")).toString() == S("Barakaldo"));
    CHECK(conflict.value(S("loser_value")).toString() == S("Getxo"));
    CHECK(conflict.value(S("loser_user")).toString() == S("ana"));
    CHECK(conflict.value(S("winner_user")).toString() == S("bruno"));
    CHECK(conflict.value(S("record")).toString() == S("Talleres Ruiz S.L."));
    CHECK(jsonObject(holder->run({S("sync"), S("status"), S("--format"), S("json")})).value(S("open_conflicts")).toInt() >= 1);
    const QString conflictId = conflict.value(S("id")).toString();
    r = holder->run({S("conflicts"), S("show"), conflictId.left(8)});
    EXPECT_EXIT(r, 0);
    CHECK(r.out.contains(S("Getxo")));
    CHECK(r.out.contains(S("Barakaldo")));
    CHECK(r.out.contains(S("changed in two places")));
    r = holder->run({S("conflicts"), S("list")});
    EXPECT_EXIT(r, 0);
    CHECK(r.out.contains(S("Getxo")));

    // restore: the losing value is written again and travels at the next sync.
    r = holder->run({S("conflicts"), S("restore"), conflictId});
    EXPECT_EXIT(r, 0);
    CHECK(r.out.contains(S("Getxo")));
    r = holder->run({S("conflicts"), S("restore"), conflictId});
    EXPECT_EXIT(r, 2);
    CHECK(r.err.contains(S("already resolved")));
    CHECK(holder->record(S("account"), accountId).value(S("city")).toString() == S("Getxo"));
    EXPECT_EXIT(holder->run({S("sync")}), 0);
    const Laptop *other = holder == &a ? &b : &a;
    EXPECT_EXIT(other->run({S("sync")}), 0);
    CHECK(other->record(S("account"), accountId).value(S("city")).toString() == S("Getxo"));
    QJsonArray all = jsonArray(holder->run({S("conflicts"), S("list"), S("--all"), S("--format"), S("json")}));
    bool restored = false;
    for (const QJsonValue &v : all)
        restored = restored || (v.toObject().value(S("id")).toString() == conflictId && v.toObject().value(S("resolution")).toString() == S("restored"));
    CHECK(restored);

    // keep: a second conflict, closed keeping the winner.
    a.ok({S("update"), S("contact"), contactId, S("title=Gerente")});
    b.ok({S("update"), S("contact"), contactId, S("title=Directora")});
    EXPECT_EXIT(a.run({S("sync")}), 0);
    EXPECT_EXIT(b.run({S("sync")}), 0);
    EXPECT_EXIT(a.run({S("sync")}), 0);
    QString keepId;
    const Laptop *keepHolder = nullptr;
    for (const Laptop *l : {&a, &b})
        for (const QJsonValue &v : jsonArray(l->run({S("conflicts"), S("list"), S("--format"), S("json")})))
            if (v.toObject().value(S("field")).toString() == S("title") && keepId.isEmpty()) {
                keepId = v.toObject().value(S("id")).toString();
                keepHolder = l;
            }
    REQUIRE(keepHolder);
    r = keepHolder->run({S("conflicts"), S("keep"), keepId});
    EXPECT_EXIT(r, 0);
    CHECK(r.out.contains(S("Directora")));
    CHECK(keepHolder->record(S("contact"), contactId).value(S("title")).toString() == S("Directora"));
    for (const QJsonValue &v : jsonArray(keepHolder->run({S("conflicts"), S("list"), S("--format"), S("json")})))
        CHECK(v.toObject().value(S("id")).toString() != keepId);
    EXPECT_EXIT(keepHolder->run({S("sync")}), 0);
    CHECK(keepHolder->record(S("contact"), contactId).value(S("title")).toString() == S("Directora"));
}

TEST_CASE("trato-cli sync keeps every change when the password is wrong or the server goes away or rights are missing")
{
    START_POSTGRES(pg)
    EXPECT_EXIT(cli({}, {S("server"), S("init"), adminUrl(pg)}, adminEnv(pg)), 0);
    addUser(pg, S("ana"), S("sales"), S("norte"), S("ana-secret"));
    addUser(pg, S("eva"), S("sales"), S("norte"), S("eva-secret"));
    Laptop a(S("ana"), S("ana-secret"));
    Laptop e(S("eva"), S("eva-secret"));
    const QString accountId = a.ok({S("add"), S("account"), S("name=Conservas Olano"), S("city=Bermeo")}).trimmed();
    EXPECT_EXIT(a.run({S("sync"), S("--server"), url(pg, S("ana"))}), 0);
    EXPECT_EXIT(e.run({S("sync"), S("--server"), url(pg, S("eva"))}), 0);
    REQUIRE(e.record(S("account"), accountId).value(S("city")).toString() == S("Bermeo"));

    SECTION("a wrong password: exit 2, the outbox and the data untouched, the password never shown")
    {
        a.ok({S("update"), S("account"), accountId, S("phone=+34 946 000 111")});
        const qint64 before = pending(a.db);
        REQUIRE(before > 0);
        const QString dumpBefore = dumpWithoutSyncState(a.db);
        auto r = a.run({S("sync")}, {S("TRATO_SERVER_PASSWORD=not-her-password")});
        EXPECT_EXIT(r, 2);
        CHECK(r.err.contains(S("refused the password")));
        CHECK(r.err.contains(S("kept for the next sync")));
        CHECK_FALSE(QString(r.out + r.err).contains(S("not-her-password")));
        CHECK(pending(a.db) == before);
        CHECK_UNCHANGED(dumpBefore, dumpWithoutSyncState(a.db));
        // The right password then sends it.
        EXPECT_EXIT(a.run({S("sync")}), 0);
        CHECK(pending(a.db) == 0);
        EXPECT_EXIT(e.run({S("sync")}), 0);
        CHECK(e.record(S("account"), accountId).value(S("phone")).toString().contains(S("946")));
    }
    SECTION("a user that does not exist and a database that does not exist: exit 2")
    {
        const QString dumpBefore = dumpWithoutSyncState(e.db);
        auto r = e.run({S("sync"), S("--server"), url(pg, S("nadie")), S("--switch")});
        EXPECT_EXIT(r, 2);
        // The database still syncs with eva's server: a switch to a server that refuses is not saved.
        CHECK(jsonObject(e.run({S("sync"), S("status"), S("--format"), S("json")})).value(S("server")).toString().contains(S("eva@")));
        CHECK_UNCHANGED(dumpBefore, dumpWithoutSyncState(e.db));
        ServerAddress wrongDb = pg.admin();
        wrongDb.user = S("eva");
        wrongDb.password.clear();
        wrongDb.database = S("no_such_db");
        QTemporaryDir fresh;
        const QString freshDb = fresh.filePath(S("fresh.sqlite"));
        EXPECT_EXIT(cli(freshDb, {S("init")}), 0);
        r = cli(freshDb, {S("sync"), S("--server"), wrongDb.toUrl()}, {S("TRATO_SERVER_PASSWORD=eva-secret")});
        EXPECT_EXIT(r, 2);
        CHECK(r.err.contains(S("no_such_db")));
        // A failed first sync does not save the server.
        CHECK(jsonObject(cli(freshDb, {S("sync"), S("status"), S("--format"), S("json")})).value(S("configured")) == QJsonValue(false));
    }
    SECTION("a server upgraded by a newer Trato or not a team server at all: exit 2, nothing lost")
    {
        a.ok({S("update"), S("account"), accountId, S("city=Elantxobe")});
        const qint64 before = pending(a.db);
        REQUIRE(before > 0);
        const QString dumpBefore = dumpWithoutSyncState(a.db);
        auto setVersion = [&](int version) {
            auto admin = PgConnection::connect(pg.admin());
            REQUIRE(admin.ok());
            REQUIRE(admin.value()->run(S("UPDATE trato.meta SET value = $1 WHERE key = 'schema_version'"), {QString::number(version)}).ok());
        };
        setVersion(ServerAdmin::schemaVersion() + 1);
        auto r = a.run({S("sync")});
        EXPECT_EXIT(r, 2);
        CHECK(r.err.contains(S("pdate Trato")));
        CHECK(r.err.contains(S("kept for the next sync")));
        CHECK(pending(a.db) == before);
        CHECK_UNCHANGED(dumpBefore, dumpWithoutSyncState(a.db));
        r = cli({}, {S("server"), S("init"), adminUrl(pg)}, adminEnv(pg));
        EXPECT_EXIT(r, 2);
        CHECK(r.err.contains(S("pdate Trato")));
        setVersion(ServerAdmin::schemaVersion());

        // A PostgreSQL database nobody ran server init on.
        REQUIRE(pg.createDatabase(S("plain")));
        ServerAddress plain = pg.admin(S("plain"));
        plain.user = S("eva");
        plain.password.clear();
        QTemporaryDir fresh;
        const QString freshDb = fresh.filePath(S("fresh.sqlite"));
        EXPECT_EXIT(cli(freshDb, {S("init")}), 0);
        r = cli(freshDb, {S("sync"), S("--server"), plain.toUrl()}, {S("TRATO_SERVER_PASSWORD=eva-secret")});
        EXPECT_EXIT(r, 2);
        CHECK(r.err.contains(S("server init")));

        EXPECT_EXIT(a.run({S("sync")}), 0);
        CHECK(pending(a.db) == 0);
        EXPECT_EXIT(e.run({S("sync")}), 0);
        CHECK(e.record(S("account"), accountId).value(S("city")).toString() == S("Elantxobe"));
    }
    SECTION("the server goes away: exit 3, nothing lost, the next sync sends it")
    {
        a.ok({S("update"), S("account"), accountId, S("city=Mundaka")});
        const QString newId = a.ok({S("add"), S("account"), S("name=Pesca Ondarroa")}).trimmed();
        const qint64 before = pending(a.db);
        REQUIRE(before > 0);
        const QString dumpBefore = dumpWithoutSyncState(a.db);
        pg.kill();
        auto r = a.run({S("sync")});
        EXPECT_EXIT(r, 3);
        CHECK(r.err.contains(S("kept for the next sync")));
        CHECK(pending(a.db) == before);
        CHECK_UNCHANGED(dumpBefore, dumpWithoutSyncState(a.db));
        const QJsonObject status = jsonObject(a.run({S("sync"), S("status"), S("--format"), S("json")}));
        CHECK_FALSE(status.value(S("last_error")).toString().isEmpty());
        REQUIRE(pg.restart());
        EXPECT_EXIT(a.run({S("sync")}), 0);
        CHECK(pending(a.db) == 0);
        CHECK(jsonObject(a.run({S("sync"), S("status"), S("--format"), S("json")})).value(S("last_error")).isNull());
        EXPECT_EXIT(e.run({S("sync")}), 0);
        CHECK(e.record(S("account"), accountId).value(S("city")).toString() == S("Mundaka"));
        CHECK(e.record(S("account"), newId).value(S("name")).toString() == S("Pesca Ondarroa"));
    }
    SECTION("a sales user changing a colleague's record: refused, kept in conflicts, the record as before")
    {
        e.ok({S("update"), S("account"), accountId, S("city=Lekeitio")});
        auto r = e.run({S("sync")});
        EXPECT_EXIT(r, 0);
        CHECK(r.out.contains(S("refused by the server")));
        QJsonObject denied;
        for (const QJsonValue &v : jsonArray(e.run({S("conflicts"), S("list"), S("--format"), S("json")})))
            if (v.toObject().value(S("reason")).toString() == S("denied"))
                denied = v.toObject();
        REQUIRE_FALSE(denied.isEmpty());
        CHECK(denied.value(S("record_id")).toString() == accountId);
        CHECK(denied.value(S("loser_value")).toString() == S("Lekeitio"));
        CHECK(denied.value(S("loser_user")).toString() == S("eva"));
        // The owner's value everywhere (the next sync brings it back); a refused change cannot be
        // restored, only kept.
        EXPECT_EXIT(e.run({S("sync")}), 0);
        EXPECT_EXIT(a.run({S("sync")}), 0);
        CHECK(a.record(S("account"), accountId).value(S("city")).toString() == S("Bermeo"));
        CHECK(e.record(S("account"), accountId).value(S("city")).toString() == S("Bermeo"));
        r = e.run({S("conflicts"), S("restore"), denied.value(S("id")).toString()});
        EXPECT_EXIT(r, 2);
        CHECK(r.err.contains(S("refused")));
        EXPECT_EXIT(e.run({S("conflicts"), S("keep"), denied.value(S("id")).toString()}), 0);
        CHECK(jsonObject(e.run({S("sync"), S("status"), S("--format"), S("json")})).value(S("open_conflicts")).toInt(-1) == 0);
        EXPECT_EXIT(e.run({S("sync")}), 0);
        CHECK(pending(e.db) == 0);
    }
}
