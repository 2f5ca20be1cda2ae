// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli server init|user add|user remove|user list, and the argument checks of server, sync and
// conflicts: the real binary on real SQLite files, against a real PostgreSQL started by the test.
#include "clisynctest.h"

using namespace trato;
using namespace trato::test::clisync;

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
