// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli sync, sync status and conflicts: the real binary on real SQLite files, against a real
// PostgreSQL started by the test (PgTestServer); bad input loses nothing.
#include "clisynctest.h"

using namespace trato;
using namespace trato::test::clisync;

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
