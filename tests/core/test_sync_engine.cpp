// SPDX-License-Identifier: GPL-3.0-or-later
// The sync engine against a real PostgreSQL (tests/support/pgtestserver): server schema and
// permissions, push and pull between two copies, per-field merge with conflicts kept, deletes,
// idempotent batches across cuts, device number series. The seeded many-client fault test is
// test_sync_convergence.cpp.
#include "testsupport.h"
#include "pgtestserver.h"

#include "store/listquery.h"
#include "store/numberseries.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "sync/serveradmin.h"
#include "sync/syncengine.h"

#include <QSqlQuery>
#include <QThread>
#include <catch2/catch.hpp>

using namespace trato;

namespace {

bool serverOrSkip(test::PgTestServer &pg)
{
    if (pg.running())
        return true;
    if (qEnvironmentVariableIsSet("TRATO_REQUIRE_POSTGRES"))
        FAIL("PostgreSQL test server: " << pg.error().toStdString());
    WARN("PostgreSQL is not available, skipped: " << pg.error().toStdString());
    return false;
}

void setUpServer(test::PgTestServer &pg, Database &anyDb)
{
    REQUIRE(ServerAdmin::init(pg.admin(), *anyDb.registry()).ok());
    for (const auto &u : {ServerUser{QStringLiteral("ana"), QStringLiteral("sales"), QStringLiteral("norte")},
                          ServerUser{QStringLiteral("luis"), QStringLiteral("manager"), QStringLiteral("norte")},
                          ServerUser{QStringLiteral("pedro"), QStringLiteral("sales"), QStringLiteral("sur")}}) {
        auto s = ServerAdmin::addUser(pg.admin(), u, u.name + QStringLiteral("-pw"));
        INFO(s.error().message.toStdString());
        REQUIRE(s.ok());
    }
}

Result<SyncReport> syncAs(test::PgTestServer &pg, Database &db, const QString &user)
{
    SyncEngine engine(db);
    return engine.sync(pg.user(user, user + QStringLiteral("-pw")));
}

QString field(Database &db, const QString &entity, const QString &id, const QString &name)
{
    RecordStore store(db);
    auto r = store.get(entity, id);
    if (!r)
        return QStringLiteral("<missing>");
    return r.value().value(name).toString();
}

} // namespace

TEST_CASE("sync: two copies of one team exchange records, edits and deletes through the server")
{
    test::PgTestServer pg;
    if (!serverOrSkip(pg))
        return;
    test::TempDb a, b;
    setUpServer(pg, a.db());
    RecordStore sa(a.db()), sb(b.db());

    // ana's existing database is uploaded when she joins.
    auto acme = sa.create(QStringLiteral("account"), {{QStringLiteral("name"), QStringLiteral("Acme Ibérica")}});
    REQUIRE(acme.ok());
    auto first = syncAs(pg, a.db(), QStringLiteral("ana"));
    INFO((first.ok() ? std::string() : first.error().message.toStdString()));
    REQUIRE(first.ok());
    CHECK(first->joined);
    CHECK(SyncEngine(a.db()).status().pendingChanges == 0);

    // luis (manager, same team) joins with an empty database and receives it.
    auto second = syncAs(pg, b.db(), QStringLiteral("luis"));
    INFO((second.ok() ? std::string() : second.error().message.toStdString()));
    REQUIRE(second.ok());
    CHECK(field(b.db(), QStringLiteral("account"), acme.value(), QStringLiteral("name")) == QStringLiteral("Acme Ibérica"));
    // The uploaded record became ana's (the old owner is not a user of the server).
    CHECK(field(b.db(), QStringLiteral("account"), acme.value(), QStringLiteral("owner")) == QStringLiteral("ana"));
    // Records received in bulk are in the full-text index and in History, with their author.
    {
        ListQuery q;
        q.entity = QStringLiteral("account");
        q.search = QStringLiteral("iberica");
        auto n = RecordStore(b.db()).count(q);
        REQUIRE(n.ok());
        CHECK(n.value() == 1);
        auto h = RecordStore(b.db()).history(QStringLiteral("account"), acme.value());
        REQUIRE(h.ok());
        REQUIRE_FALSE(h->isEmpty());
        CHECK(h->front().user == QStringLiteral("ana"));
    }

    // Different fields edited on both sides merge without a conflict.
    REQUIRE(sa.update(QStringLiteral("account"), acme.value(), {{QStringLiteral("city"), QStringLiteral("Soria")}}).ok());
    REQUIRE(sb.update(QStringLiteral("account"), acme.value(), {{QStringLiteral("phone"), QStringLiteral("+34 975 000 000")}}).ok());
    REQUIRE(syncAs(pg, a.db(), QStringLiteral("ana")).ok());
    REQUIRE(syncAs(pg, b.db(), QStringLiteral("luis")).ok());
    REQUIRE(syncAs(pg, a.db(), QStringLiteral("ana")).ok());
    for (Database *db : {&a.db(), &b.db()}) {
        CHECK(field(*db, QStringLiteral("account"), acme.value(), QStringLiteral("city")) == QStringLiteral("Soria"));
        CHECK(field(*db, QStringLiteral("account"), acme.value(), QStringLiteral("phone")) == QStringLiteral("+34 975 000 000"));
    }
    CHECK(SyncConflicts(a.db()).openCount() == 0);

    // The same field edited on both sides: the later clock wins everywhere, the other is kept.
    REQUIRE(sa.update(QStringLiteral("account"), acme.value(), {{QStringLiteral("city"), QStringLiteral("Teruel")}}).ok());
    QThread::msleep(20); // luis edits clearly later: his clock is the later one
    REQUIRE(sb.update(QStringLiteral("account"), acme.value(), {{QStringLiteral("city"), QStringLiteral("Cuenca")}}).ok());
    REQUIRE(syncAs(pg, a.db(), QStringLiteral("ana")).ok());
    auto r = syncAs(pg, b.db(), QStringLiteral("luis"));
    REQUIRE(r.ok());
    CHECK(r->conflicts == 1);
    REQUIRE(syncAs(pg, a.db(), QStringLiteral("ana")).ok());
    CHECK(field(a.db(), QStringLiteral("account"), acme.value(), QStringLiteral("city")) == QStringLiteral("Cuenca"));
    CHECK(field(b.db(), QStringLiteral("account"), acme.value(), QStringLiteral("city")) == QStringLiteral("Cuenca"));
    auto conflicts = SyncConflicts(a.db()).list();
    REQUIRE(conflicts.ok());
    REQUIRE(conflicts->size() == 1);
    CHECK(conflicts->front().field == QStringLiteral("city"));
    CHECK(conflicts->front().winnerUser == QStringLiteral("luis"));
    CHECK(conflicts->front().loserUser == QStringLiteral("ana"));
    CHECK(conflicts->front().reason == QStringLiteral("concurrent"));

    // Restoring the kept value makes it current everywhere.
    REQUIRE(SyncConflicts(a.db()).restore(conflicts->front().id).ok());
    REQUIRE(syncAs(pg, a.db(), QStringLiteral("ana")).ok());
    REQUIRE(syncAs(pg, b.db(), QStringLiteral("luis")).ok());
    CHECK(field(b.db(), QStringLiteral("account"), acme.value(), QStringLiteral("city")) == QStringLiteral("Teruel"));
    CHECK(SyncConflicts(b.db()).list(true)->front().resolution == QStringLiteral("restored"));

    // A delete travels as a field.
    REQUIRE(sb.remove(QStringLiteral("account"), acme.value()).ok());
    REQUIRE(syncAs(pg, b.db(), QStringLiteral("luis")).ok());
    REQUIRE(syncAs(pg, a.db(), QStringLiteral("ana")).ok());
    CHECK(field(a.db(), QStringLiteral("account"), acme.value(), QStringLiteral("deleted")) == QStringLiteral("1"));
    CHECK(SyncEngine(a.db()).status().pendingChanges == 0);
    CHECK(SyncEngine(b.db()).status().pendingChanges == 0);
}

TEST_CASE("sync: row-level security keeps teams apart and refuses writes without rights")
{
    test::PgTestServer pg;
    if (!serverOrSkip(pg))
        return;
    test::TempDb a, b, p;
    setUpServer(pg, a.db());
    RecordStore sa(a.db()), sb(b.db()), sp(p.db());
    REQUIRE(syncAs(pg, a.db(), QStringLiteral("ana")).ok());
    auto mine = sa.create(QStringLiteral("contact"), {{QStringLiteral("last_name"), QStringLiteral("Norteño")}});
    REQUIRE(mine.ok());
    REQUIRE(syncAs(pg, a.db(), QStringLiteral("ana")).ok());
    REQUIRE(syncAs(pg, p.db(), QStringLiteral("pedro")).ok());
    auto theirs = sp.create(QStringLiteral("contact"), {{QStringLiteral("last_name"), QStringLiteral("Sureño")}});
    REQUIRE(theirs.ok());
    REQUIRE(syncAs(pg, p.db(), QStringLiteral("pedro")).ok());
    REQUIRE(syncAs(pg, a.db(), QStringLiteral("ana")).ok());
    // Each sees only their team's records.
    CHECK(field(p.db(), QStringLiteral("contact"), mine.value(), QStringLiteral("last_name")) == QStringLiteral("<missing>"));
    CHECK(field(a.db(), QStringLiteral("contact"), theirs.value(), QStringLiteral("last_name")) == QStringLiteral("<missing>"));
    {
        auto conn = PgConnection::connect(pg.user(QStringLiteral("pedro"), QStringLiteral("pedro-pw")));
        REQUIRE(conn.ok());
        auto rows = conn.value()->exec(QStringLiteral("SELECT count(*) FROM trato.rec WHERE team = 'norte'"));
        REQUIRE(rows.ok());
        CHECK(rows->scalar() == QStringLiteral("0"));
        // Writing directly is refused too, even with a forged team.
        auto forged = conn.value()->exec(QStringLiteral("UPDATE trato.rec SET data = '{}' WHERE team = 'norte'"));
        REQUIRE(forged.ok());
        auto insert = conn.value()->exec(QStringLiteral("INSERT INTO trato.rec (entity, id, data, clocks, authors, team) "
                                                        "VALUES ('contact', 'x', '{}', '{}', '{}', 'norte')"));
        CHECK_FALSE(insert.ok());
        auto check = PgConnection::connect(pg.admin());
        REQUIRE(check.ok());
        auto same = check.value()->exec(QStringLiteral("SELECT count(*) FROM trato.rec WHERE data::jsonb = '{}'::jsonb"));
        REQUIRE(same.ok());
        CHECK(same->scalar() == QStringLiteral("0"));
    }
    // luis (manager of norte) sees ana's contact; ana (sales) may not edit luis's records.
    REQUIRE(syncAs(pg, b.db(), QStringLiteral("luis")).ok());
    CHECK(field(b.db(), QStringLiteral("contact"), mine.value(), QStringLiteral("last_name")) == QStringLiteral("Norteño"));
    auto boss = sb.create(QStringLiteral("contact"), {{QStringLiteral("last_name"), QStringLiteral("DelJefe")}});
    REQUIRE(boss.ok());
    REQUIRE(syncAs(pg, b.db(), QStringLiteral("luis")).ok());
    REQUIRE(syncAs(pg, a.db(), QStringLiteral("ana")).ok());
    REQUIRE(sa.update(QStringLiteral("contact"), boss.value(), {{QStringLiteral("last_name"), QStringLiteral("Cambiado")}}).ok());
    auto refused = syncAs(pg, a.db(), QStringLiteral("ana"));
    REQUIRE(refused.ok());
    CHECK(refused->denied == 1);
    REQUIRE(syncAs(pg, a.db(), QStringLiteral("ana")).ok());
    // The server's value comes back; the refused one is kept in conflicts.
    CHECK(field(a.db(), QStringLiteral("contact"), boss.value(), QStringLiteral("last_name")) == QStringLiteral("DelJefe"));
    auto c = SyncConflicts(a.db()).list();
    REQUIRE(c.ok());
    REQUIRE(c->size() == 1);
    CHECK(c->front().reason == QStringLiteral("denied"));
    CHECK(c->front().loserValue == QStringLiteral("\"Cambiado\""));
    // A sales user may not add to the shared catalog: the product is refused and leaves her copy.
    auto product = sa.create(QStringLiteral("product"), {{QStringLiteral("name"), QStringLiteral("Tornillo")},
                                                         {QStringLiteral("sku"), QStringLiteral("TOR-1")}});
    REQUIRE(product.ok());
    auto refusedProduct = syncAs(pg, a.db(), QStringLiteral("ana"));
    REQUIRE(refusedProduct.ok());
    CHECK(refusedProduct->denied == 1);
    CHECK(field(a.db(), QStringLiteral("product"), product.value(), QStringLiteral("name")) == QStringLiteral("<missing>"));
}

TEST_CASE("sync: a batch cut after the server's COMMIT is applied once, and device series number invoices apart")
{
    test::PgTestServer pg;
    if (!serverOrSkip(pg))
        return;
    test::TempDb a;
    setUpServer(pg, a.db());
    RecordStore sa(a.db());
    REQUIRE(syncAs(pg, a.db(), QStringLiteral("ana")).ok());
    for (int i = 0; i < 5; ++i)
        REQUIRE(sa.create(QStringLiteral("contact"), {{QStringLiteral("last_name"), QStringLiteral("C%1").arg(i)}}).ok());
    SyncEngine engine(a.db());
    bool cut = false;
    engine.setFaultHook([&cut](const QString &point) {
        if (!cut && point == QLatin1String("after COMMIT")) {
            cut = true;
            return true;
        }
        return false;
    });
    auto lost = engine.sync(pg.user(QStringLiteral("ana"), QStringLiteral("ana-pw")));
    REQUIRE_FALSE(lost.ok());
    CHECK(lost.error().message.contains(QStringLiteral("lost")));
    CHECK(engine.status().pendingChanges == 5); // the batch is kept until the server says it has it
    engine.setFaultHook({});
    auto retry = engine.sync(pg.user(QStringLiteral("ana"), QStringLiteral("ana-pw")));
    INFO((retry.ok() ? std::string() : retry.error().message.toStdString()));
    REQUIRE(retry.ok());
    CHECK(engine.status().pendingChanges == 0);
    auto conn = PgConnection::connect(pg.admin());
    REQUIRE(conn.ok());
    CHECK(conn.value()->exec(QStringLiteral("SELECT count(*) FROM trato.rec WHERE entity = 'contact'"))->scalar() == QStringLiteral("5"));
    CHECK(conn.value()->exec(QStringLiteral("SELECT count(*) FROM trato.batch"))->scalar().toInt() >= 1);

    NumberSeries series(a.db());
    auto n1 = series.next(QStringLiteral("invoice"), QStringLiteral("INV-{YYYY}-{NNNNN}"), QDate(2026, 11, 23));
    auto n2 = series.next(QStringLiteral("invoice"), QStringLiteral("INV-{YYYY}-{NNNNN}"), QDate(2026, 11, 23));
    REQUIRE(n1.ok());
    REQUIRE(n2.ok());
    const QString device = engine.status().device;
    CHECK_FALSE(device.isEmpty());
    CHECK(n1.value() == QStringLiteral("INV-2026-%1-00001").arg(device));
    CHECK(n2.value() == QStringLiteral("INV-2026-%1-00002").arg(device));
}

TEST_CASE("sync: a record that breaks a local unique key is parked, named in the status, and applied once the clash is gone")
{
    test::PgTestServer pg;
    if (!serverOrSkip(pg))
        return;
    test::TempDb l, j;
    setUpServer(pg, l.db());
    REQUIRE(ServerAdmin::addUser(pg.admin(), ServerUser{QStringLiteral("jefa"), QStringLiteral("admin"), QStringLiteral("central")},
                                 QStringLiteral("jefa-pw"))
                .ok());
    REQUIRE(syncAs(pg, l.db(), QStringLiteral("luis")).ok());
    REQUIRE(syncAs(pg, j.db(), QStringLiteral("jefa")).ok());
    // While apart, both add a tax rate with the same code (a unique key here).
    auto make = [](Database &db, const QString &name) {
        RecordStore store(db);
        auto values = store.parseInput(QStringLiteral("tax_rate"), {{QStringLiteral("name"), name},
                                                                   {QStringLiteral("code"), QStringLiteral("IGIC7")},
                                                                   {QStringLiteral("rate"), QStringLiteral("7")}});
        REQUIRE(values.ok());
        auto id = store.create(QStringLiteral("tax_rate"), values.value());
        INFO((id.ok() ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        return id.value();
    };
    const QString luisRate = make(l.db(), QStringLiteral("IGIC general"));
    const QString jefaRate = make(j.db(), QStringLiteral("IGIC canario"));
    REQUIRE(syncAs(pg, l.db(), QStringLiteral("luis")).ok());
    auto clash = syncAs(pg, j.db(), QStringLiteral("jefa"));
    INFO((clash.ok() ? std::string() : clash.error().message.toStdString()));
    REQUIRE(clash.ok());
    const SyncStatus parked = SyncEngine(j.db()).status();
    CHECK(parked.parked == 1);
    CHECK(field(j.db(), QStringLiteral("tax_rate"), luisRate, QStringLiteral("name")) == QStringLiteral("<missing>"));
    // jefa renames hers: luis's rate goes in at the next sync, and nothing stays parked.
    REQUIRE(RecordStore(j.db()).update(QStringLiteral("tax_rate"), jefaRate, {{QStringLiteral("code"), QStringLiteral("IGIC7C")}}).ok());
    REQUIRE(syncAs(pg, j.db(), QStringLiteral("jefa")).ok());
    CHECK(SyncEngine(j.db()).status().parked == 0);
    CHECK(field(j.db(), QStringLiteral("tax_rate"), luisRate, QStringLiteral("name")) == QStringLiteral("IGIC general"));
    REQUIRE(syncAs(pg, l.db(), QStringLiteral("luis")).ok());
    CHECK(field(l.db(), QStringLiteral("tax_rate"), jefaRate, QStringLiteral("code")) == QStringLiteral("IGIC7C"));
}
