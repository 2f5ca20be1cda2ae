// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9, "Bad input": wrong password, server gone mid-sync, a server schema newer than the
// client, a user without rights, a laptop clock a day off. Each against a real PostgreSQL: a clear
// message, nothing lost (the local data and its outbox exactly as before), and the next sync after
// the fix succeeds.

#include "pgtestserver.h"
#include "testsupport.h"

#include "inventory/stockledger.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "sync/serveradmin.h"
#include "sync/syncengine.h"
#include "sync/valuecodec.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace trato;
using namespace trato::test;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;

#define REQUIRE_POSTGRES(pg)                                                                                                   \
    if (!(pg).running()) {                                                                                                     \
        if (qEnvironmentVariableIsSet("TRATO_REQUIRE_POSTGRES"))                                                               \
            FAIL((pg).error().toStdString());                                                                                  \
        WARN("PostgreSQL is not available, not tested: " << (pg).error().toStdString());                                      \
        return;                                                                                                                \
    }

template <typename T> T must(Result<T> r)
{
    if (!r.ok())
        FAIL(r.error().message.toStdString());
    return std::move(r.value());
}
void must(const Status &s)
{
    if (!s.ok())
        FAIL(s.error().message.toStdString());
}

// Everything a user could lose: every entity table, the change log (History and outbox), the
// conflicts and the parked records, row by row in a stable order. The sync bookkeeping
// (sync_state: last attempt and error; sync_batch: a numbered batch waiting to be resent) may
// change on a failed attempt; the data may not.
QString dump(Database &db)
{
    QStringList tables;
    for (const Entity *e : db.registry()->entities())
        tables << e->name;
    tables << QStringLiteral("change_log") << QStringLiteral("sync_conflict") << QStringLiteral("sync_parked")
           << QStringLiteral("stock_balance");
    QString out;
    for (const QString &t : std::as_const(tables)) {
        auto q = Sql::exec(db.connection(), QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(Sql::ident(t)));
        if (!q) {
            out += t + QStringLiteral(": ") + q.error().message + QLatin1Char('\n');
            continue;
        }
        while (q.value().next()) {
            const QSqlRecord r = q.value().record();
            out += t;
            for (int i = 0; i < r.count(); ++i)
                out += QLatin1Char('|') + (r.isNull(i) ? QStringLiteral("<null>") : r.value(i).toString());
            out += QLatin1Char('\n');
        }
    }
    return out;
}

ServerUser user(const QString &name, const QString &role, const QString &team)
{
    ServerUser u;
    u.name = name;
    u.role = role;
    u.team = team;
    return u;
}

// One laptop: a Trato database whose writer is the server user of the same name.
struct Laptop
{
    QString name;
    QTemporaryDir dir;
    std::shared_ptr<Database> db;
    ServerAddress address;

    Laptop(const PgTestServer &pg, const QString &name, qint64 clockOffsetMs = 0)
        : name(name)
    {
        reopen(clockOffsetMs);
        address = pg.user(name, QStringLiteral("pw-") + name);
    }
    // Opens the file again with this computer's clock that far off (Database::Options).
    void reopen(qint64 clockOffsetMs)
    {
        db.reset();
        Database::Options o;
        o.user = name;
        o.clockOffsetMs = clockOffsetMs;
        db = must(Database::open(dir.filePath(name + QStringLiteral(".sqlite")), o));
    }
    ~Laptop() { db.reset(); }
    Result<SyncReport> sync(PgConnection::FaultHook hook = {}) const
    {
        SyncEngine e(*db);
        if (hook)
            e.setFaultHook(std::move(hook));
        return e.sync(address);
    }
    Result<SyncReport> syncAs(const ServerAddress &a) const { return SyncEngine(*db).sync(a); }
    qint64 pending() const { return SyncEngine(*db).status().pendingChanges; }
    QString get(const QString &entity, const QString &id, const QString &field) const
    {
        auto r = RecordStore(*db).get(entity, id);
        return r ? r->value(field).toString() : QStringLiteral("<%1>").arg(r.error().message);
    }
};

// A field's value as the server holds it, read as the superuser.
QString serverValue(const PgTestServer &pg, const QString &entity, const QString &id, const QString &field)
{
    auto conn = must(PgConnection::connect(pg.admin()));
    auto rows = conn->exec(QStringLiteral("SELECT data::text FROM trato.rec WHERE entity = $1 AND id = $2"), {entity, id});
    if (!rows)
        return QStringLiteral("<%1>").arg(rows.error().message);
    if (rows->count() == 0)
        return QStringLiteral("<missing>");
    return ValueCodec::fromJson(QJsonDocument::fromJson(rows->value(0, 0).toUtf8()).object().value(field)).toString();
}

qint64 serverCount(const PgTestServer &pg, const QString &entity)
{
    auto conn = must(PgConnection::connect(pg.admin()));
    auto rows = must(conn->exec(QStringLiteral("SELECT count(*) FROM trato.rec WHERE entity = $1"), {entity}));
    return rows.scalar().toLongLong();
}

// A shared server: schema, a Norte team (ana sales, luis manager) and a Sur one (pedro sales).
void setUpServer(PgTestServer &pg, Database &registrySource)
{
    must(ServerAdmin::init(pg.admin(), *registrySource.registry()));
    must(ServerAdmin::addUser(pg.admin(), user(QStringLiteral("ana"), QStringLiteral("sales"), QStringLiteral("Norte")), QStringLiteral("pw-ana")));
    must(ServerAdmin::addUser(pg.admin(), user(QStringLiteral("luis"), QStringLiteral("manager"), QStringLiteral("Norte")), QStringLiteral("pw-luis")));
    must(ServerAdmin::addUser(pg.admin(), user(QStringLiteral("pedro"), QStringLiteral("sales"), QStringLiteral("Sur")), QStringLiteral("pw-pedro")));
}

// Something pending in the outbox: a new account, an edit and a stock movement.
QString makeLocalWork(Laptop &l, const QString &name)
{
    RecordStore store(*l.db);
    const QString account = must(store.create(QStringLiteral("account"), {{QStringLiteral("name"), name}}));
    must(store.update(QStringLiteral("account"), account, {{QStringLiteral("description"), QString(name + QStringLiteral(" notes"))}}));
    return account;
}

bool mentions(const QString &message, const QStringList &words)
{
    for (const QString &w : words)
        if (message.contains(w, Qt::CaseInsensitive))
            return true;
    return false;
}

// A batch as a client that does not play by the rules could send it: its staging rows (COPY text
// lines, the columns of trato_push) handed straight to trato.push under that user's login.
Result<QJsonObject> forgedPush(const ServerAddress &address, const QString &device, qint64 batch, const QStringList &lines)
{
    auto conn = PgConnection::connect(address);
    if (!conn)
        return conn.error();
    for (const QString &sql : {QStringLiteral("BEGIN"),
                               QStringLiteral("CREATE TEMP TABLE trato_push (ord int NOT NULL, entity text NOT NULL, id text NOT NULL, "
                                              "op text NOT NULL, is_new boolean NOT NULL, data json NOT NULL, clocks json NOT NULL, "
                                              "bases json, hlc text, owner text) ON COMMIT DELETE ROWS")})
        if (Status s = conn.value()->run(sql); !s)
            return s.error();
    if (Status s = conn.value()->copyIn(QStringLiteral("COPY trato_push FROM STDIN"), (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8()); !s)
        return s.error();
    auto pushed = conn.value()->exec(QStringLiteral("SELECT trato.push($1, $2, 300000)::text"), {device, QString::number(batch)});
    if (!pushed)
        return pushed.error();
    if (Status s = conn.value()->run(QStringLiteral("COMMIT")); !s)
        return s.error();
    return QJsonDocument::fromJson(pushed.value().scalar().toUtf8()).object();
}

} // namespace

TEST_CASE("Sync bad input: wrong password, a removed user and a newer server schema change nothing here", "[sync][badinput]")
{
    PgTestServer pg;
    REQUIRE_POSTGRES(pg);
    Laptop ana(pg, QStringLiteral("ana"));
    Laptop pedro(pg, QStringLiteral("pedro"));
    setUpServer(pg, *ana.db);
    must(ana.sync());
    must(pedro.sync());

    SECTION("wrong password")
    {
        const QString account = makeLocalWork(ana, QStringLiteral("Cuenta de Ana"));
        const qint64 pending = ana.pending();
        REQUIRE(pending > 0);
        const QString before = dump(*ana.db);
        ServerAddress wrong = ana.address;
        wrong.password = QStringLiteral("not-the-password");
        auto r = ana.syncAs(wrong);
        REQUIRE_FALSE(r.ok());
        INFO(r.error().message.toStdString());
        CHECK(mentions(r.error().message, {QStringLiteral("password")}));
        CHECK(dump(*ana.db) == before);
        CHECK(ana.pending() == pending);
        CHECK(SyncEngine(*ana.db).status().lastError == r.error().message);
        CHECK(serverValue(pg, QStringLiteral("account"), account, QStringLiteral("name")) == QStringLiteral("<missing>"));
        // The right password: everything goes.
        must(ana.sync());
        CHECK(ana.pending() == 0);
        CHECK(serverValue(pg, QStringLiteral("account"), account, QStringLiteral("description")) == QStringLiteral("Cuenta de Ana notes"));
        CHECK(SyncEngine(*ana.db).status().lastError.isEmpty());
    }

    SECTION("a user removed from the server")
    {
        const QString account = makeLocalWork(pedro, QStringLiteral("Cuenta de Pedro"));
        const qint64 pending = pedro.pending();
        const QString before = dump(*pedro.db);
        must(ServerAdmin::removeUser(pg.admin(), QStringLiteral("pedro")));
        auto r = pedro.sync();
        REQUIRE_FALSE(r.ok());
        INFO(r.error().message.toStdString());
        CHECK(mentions(r.error().message, {QStringLiteral("pedro")}));
        CHECK(dump(*pedro.db) == before);
        CHECK(pedro.pending() == pending);
        // Added back: the work kept on the laptop reaches the server.
        must(ServerAdmin::addUser(pg.admin(), user(QStringLiteral("pedro"), QStringLiteral("sales"), QStringLiteral("Sur")), QStringLiteral("pw-pedro")));
        must(pedro.sync());
        CHECK(pedro.pending() == 0);
        CHECK(serverValue(pg, QStringLiteral("account"), account, QStringLiteral("name")) == QStringLiteral("Cuenta de Pedro"));
    }

    SECTION("a server schema newer than this Trato")
    {
        const QString account = makeLocalWork(ana, QStringLiteral("Cuenta nueva"));
        const qint64 pending = ana.pending();
        const QString before = dump(*ana.db);
        auto conn = must(PgConnection::connect(pg.admin()));
        const QString newer = QString::number(SyncEngine::clientSchemaVersion() + 1);
        must(conn->run(QStringLiteral("UPDATE trato.meta SET value = $1 WHERE key = 'schema_version'"), {newer}));
        auto r = ana.sync();
        REQUIRE_FALSE(r.ok());
        INFO(r.error().message.toStdString());
        CHECK(mentions(r.error().message, {QStringLiteral("newer"), QStringLiteral("update")}));
        CHECK(dump(*ana.db) == before);
        CHECK(ana.pending() == pending);
        CHECK(serverValue(pg, QStringLiteral("account"), account, QStringLiteral("name")) == QStringLiteral("<missing>"));
        must(conn->run(QStringLiteral("UPDATE trato.meta SET value = $1 WHERE key = 'schema_version'"),
                       {QString::number(SyncEngine::clientSchemaVersion())}));
        must(ana.sync());
        CHECK(ana.pending() == 0);
        CHECK(serverValue(pg, QStringLiteral("account"), account, QStringLiteral("name")) == QStringLiteral("Cuenta nueva"));
    }
}

TEST_CASE("Sync bad input: the server gone mid-sync, and an answer lost after COMMIT, lose and double nothing", "[sync][badinput]")
{
    PgTestServer pg;
    REQUIRE_POSTGRES(pg);
    Laptop ana(pg, QStringLiteral("ana"));
    Laptop luis(pg, QStringLiteral("luis"));
    setUpServer(pg, *ana.db);
    // The catalog is the manager's; anyone adds stock movements.
    const QString product = must(RecordStore(*luis.db).create(QStringLiteral("product"), {{QStringLiteral("sku"), QStringLiteral("P-1")},
                                                                                          {QStringLiteral("name"), QStringLiteral("Producto")}}));
    must(StockLedger(*luis.db).adjust(product, QString(), 10000, QStringLiteral("initial")));
    must(luis.sync());
    must(ana.sync());
    RecordStore store(*ana.db);

    // The server stops (immediate shutdown) in the middle of the push.
    const QString account = makeLocalWork(ana, QStringLiteral("Antes del corte"));
    must(StockLedger(*ana.db).adjust(product, QString(), 5000, QStringLiteral("recuento")));
    const qint64 pending = ana.pending();
    const QString before = dump(*ana.db);
    QStringList points;
    auto r = ana.sync([&](const QString &point) {
        points << point;
        if (point == QLatin1String("before COMMIT") || point == QLatin1String("after COPY"))
            pg.kill();
        return false;
    });
    INFO("points: " << points.join(QStringLiteral(", ")).toStdString());
    REQUIRE_FALSE(r.ok());
    INFO(r.error().message.toStdString());
    CHECK(mentions(r.error().message, {QStringLiteral("server"), QStringLiteral("connection")}));
    CHECK(dump(*ana.db) == before);
    CHECK(ana.pending() == pending);
    // Still down: a clear message, still nothing lost.
    auto down = ana.sync();
    REQUIRE_FALSE(down.ok());
    CHECK(mentions(down.error().message, {QStringLiteral("server"), QStringLiteral("connect"), QStringLiteral("reach")}));
    CHECK(dump(*ana.db) == before);
    REQUIRE(pg.restart());
    must(ana.sync());
    CHECK(ana.pending() == 0);
    CHECK(serverValue(pg, QStringLiteral("account"), account, QStringLiteral("description")) == QStringLiteral("Antes del corte notes"));
    CHECK(serverCount(pg, QStringLiteral("stock_movement")) == 2);

    // The server commits the batch, the answer never arrives: the retry must not apply it twice.
    must(StockLedger(*ana.db).adjust(product, QString(), 7000, QStringLiteral("segundo recuento")));
    must(store.update(QStringLiteral("account"), account, {{QStringLiteral("payment_terms"), QStringLiteral("60 days")}}));
    bool cut = false;
    auto lost = ana.sync([&](const QString &point) {
        if (!cut && point == QLatin1String("after COMMIT")) {
            cut = true;
            return true;
        }
        return false;
    });
    REQUIRE(cut);
    REQUIRE_FALSE(lost.ok());
    CHECK(ana.pending() > 0);
    must(ana.sync());
    CHECK(ana.pending() == 0);
    CHECK(serverCount(pg, QStringLiteral("stock_movement")) == 3);
    CHECK(serverValue(pg, QStringLiteral("account"), account, QStringLiteral("payment_terms")) == QStringLiteral("60 days"));
    CHECK(must(StockLedger(*ana.db).level(product)).onHand == 22000);
    // And the other laptop sees the same stock.
    must(luis.sync());
    CHECK(must(StockLedger(*luis.db).level(product)).onHand == 22000);
}

TEST_CASE("Sync bad input: a change the user may not make is refused, kept in conflicts, and blocks nothing else", "[sync][badinput]")
{
    PgTestServer pg;
    REQUIRE_POSTGRES(pg);
    Laptop luis(pg, QStringLiteral("luis"));
    Laptop ana(pg, QStringLiteral("ana"));
    setUpServer(pg, *luis.db);
    RecordStore luisStore(*luis.db);
    const QString luisAccount = must(luisStore.create(QStringLiteral("account"), {{QStringLiteral("name"), QStringLiteral("Cuenta de Luis")},
                                                                                  {QStringLiteral("payment_terms"), QStringLiteral("30 days")}}));
    must(luis.sync());
    must(ana.sync());
    REQUIRE(ana.get(QStringLiteral("account"), luisAccount, QStringLiteral("name")) == QStringLiteral("Cuenta de Luis"));

    // Ana (sales) sees her manager's account but may not change it; her own work goes through.
    RecordStore anaStore(*ana.db);
    must(anaStore.update(QStringLiteral("account"), luisAccount, {{QStringLiteral("payment_terms"), QStringLiteral("90 days")}}));
    const QString own = makeLocalWork(ana, QStringLiteral("Cuenta de Ana"));
    auto r = ana.sync();
    REQUIRE(r.ok());
    CHECK(r->denied >= 1);
    CHECK(ana.pending() == 0);
    CHECK(serverValue(pg, QStringLiteral("account"), luisAccount, QStringLiteral("payment_terms")) == QStringLiteral("30 days"));
    CHECK(serverValue(pg, QStringLiteral("account"), own, QStringLiteral("description")) == QStringLiteral("Cuenta de Ana notes"));
    // Here: the server's value again, and hers kept for review.
    CHECK(ana.get(QStringLiteral("account"), luisAccount, QStringLiteral("payment_terms")) == QStringLiteral("30 days"));
    auto conflicts = must(SyncConflicts(*ana.db).list());
    bool kept = false;
    for (const SyncConflict &c : conflicts)
        if (c.recordId == luisAccount && c.field == QLatin1String("payment_terms") && c.reason == QLatin1String("denied")
            && ValueCodec::display(c.loserValue) == QLatin1String("90 days"))
            kept = true;
    CHECK(kept);
    // Restoring a refused value is refused with a reason; the next sync is clean.
    for (const SyncConflict &c : conflicts)
        if (c.reason == QLatin1String("denied"))
            CHECK_FALSE(SyncConflicts(*ana.db).restore(c.id).ok());
    auto again = ana.sync();
    REQUIRE(again.ok());
    CHECK(again->denied == 0);

    // A forged batch: the owner column beside new records (which spares the server parsing their
    // data) names ana while the data says luis. The server then reads the owner from the data, so
    // ana (sales) cannot create records of luis's this way; the honest record goes in.
    {
        const QString device = SyncEngine(*ana.db).status().device;
        REQUIRE_FALSE(device.isEmpty());
        const QString stamp = QStringLiteral("%1%2-forged").arg(QDateTime::currentMSecsSinceEpoch(), 12, 16, QLatin1Char('0')).arg(0, 4, 16, QLatin1Char('0'));
        const QString honest = QStringLiteral("01a20000-0000-7000-8000-000000000001");
        const QString twice = QStringLiteral("01a20000-0000-7000-8000-000000000002");
        const QString notFirst = QStringLiteral("01a20000-0000-7000-8000-000000000003");
        const QString clocks = QStringLiteral("{\"*\":\"%1\"}").arg(stamp);
        QStringList lines;
        lines << QStringLiteral("0\taccount\t%1\tupsert\tt\t{\"owner\":\"ana\",\"name\":\"Honesta\"}\t%2\t\\N\t%3\tana").arg(honest, clocks, stamp)
              << QStringLiteral("1\taccount\t%1\tupsert\tt\t{\"owner\":\"ana\",\"name\":\"Doble\",\"owner\":\"luis\"}\t%2\t\\N\t%3\tana").arg(twice, clocks, stamp)
              << QStringLiteral("2\taccount\t%1\tupsert\tt\t{\"name\":\"Ajena\",\"owner\":\"luis\"}\t%2\t\\N\t%3\tana").arg(notFirst, clocks, stamp);
        const QJsonObject result = must(forgedPush(ana.address, device, 1000000, lines));
        INFO(QJsonDocument(result).toJson().toStdString());
        CHECK(result.value(QStringLiteral("applied")).toInt() == 1);
        CHECK(result.value(QStringLiteral("denied")).toArray().size() == 2);
        auto admin = must(PgConnection::connect(pg.admin()));
        auto owners = must(admin->exec(QStringLiteral("SELECT string_agg(id || '=' || owner, ',' ORDER BY id) FROM trato.rec WHERE id LIKE '01a20000-%'")));
        CHECK(owners.scalar() == honest + QStringLiteral("=ana"));
        auto kept = must(admin->exec(QStringLiteral("SELECT count(*) FROM trato.conflict WHERE reason = 'denied' AND record_id IN ($1, $2)"), {twice, notFirst}));
        CHECK(kept.scalar() == QStringLiteral("2"));
    }

    // Pedro (team Sur) never receives Norte's accounts.
    Laptop pedro(pg, QStringLiteral("pedro"));
    must(pedro.sync());
    CHECK_FALSE(RecordStore(*pedro.db).get(QStringLiteral("account"), luisAccount).ok());
}

TEST_CASE("Sync bad input: a laptop clock a day ahead is refused without losing work, and its work goes up once corrected", "[sync][badinput]")
{
    PgTestServer pg;
    REQUIRE_POSTGRES(pg);
    Laptop ana(pg, QStringLiteral("ana"));
    setUpServer(pg, *ana.db);
    must(ana.sync());

    // Work made with a right clock, waiting; then the computer's clock jumps a day ahead.
    const QString account = makeLocalWork(ana, QStringLiteral("Hecho a tiempo"));
    ana.reopen(kDay);
    const qint64 pending = ana.pending();
    const QString before = dump(*ana.db);
    auto r = ana.sync();
    REQUIRE_FALSE(r.ok());
    INFO(r.error().message.toStdString());
    CHECK(mentions(r.error().message, {QStringLiteral("clock")}));
    CHECK(dump(*ana.db) == before);
    CHECK(ana.pending() == pending);
    CHECK(serverValue(pg, QStringLiteral("account"), account, QStringLiteral("name")) == QStringLiteral("<missing>"));

    // Work made while the clock was a day ahead carries stamps a day ahead. Once the clock is
    // corrected, the next sync gives those stamps (never accepted by the server) the current time
    // again and sends everything, saying so; nothing waited a day and nothing was lost.
    must(RecordStore(*ana.db).update(QStringLiteral("account"), account, {{QStringLiteral("website"), QStringLiteral("https://futuro.example")}}));
    ana.reopen(0);
    REQUIRE(ana.pending() > 0);
    auto fixed = ana.sync();
    INFO((fixed.ok() ? std::string() : fixed.error().message.toStdString()));
    REQUIRE(fixed.ok());
    CHECK(mentions(fixed->warning, {QStringLiteral("clock")}));
    CHECK(ana.pending() == 0);
    CHECK(serverValue(pg, QStringLiteral("account"), account, QStringLiteral("name")) == QStringLiteral("Hecho a tiempo"));
    CHECK(serverValue(pg, QStringLiteral("account"), account, QStringLiteral("website")) == QStringLiteral("https://futuro.example"));
    CHECK(ana.get(QStringLiteral("account"), account, QStringLiteral("website")) == QStringLiteral("https://futuro.example"));
    // A later edit with the right clock follows it, as a normal edit (no conflict).
    must(RecordStore(*ana.db).update(QStringLiteral("account"), account, {{QStringLiteral("website"), QStringLiteral("https://hoy.example")}}));
    must(ana.sync());
    CHECK(serverValue(pg, QStringLiteral("account"), account, QStringLiteral("website")) == QStringLiteral("https://hoy.example"));

    // Forged batches: the server reads a new record's clocks without parsing them when they are
    // exactly {"*": hlc}. A far-future clock hidden beside a present hlc, or behind an hlc that
    // tries to close the JSON string itself, is still found, and the batch is refused whole.
    const QString device = SyncEngine(*ana.db).status().device;
    REQUIRE_FALSE(device.isEmpty());
    auto stampAt = [](qint64 ms) { return QStringLiteral("%1%2-forged").arg(ms, 12, 16, QLatin1Char('0')).arg(0, 4, 16, QLatin1Char('0')); };
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const QString now = stampAt(nowMs), future = stampAt(nowMs + kDay);
    const QString hidden = QStringLiteral("01a30000-0000-7000-8000-000000000001");
    const QString escaped = QStringLiteral("01a30000-0000-7000-8000-000000000002");
    const QString tricky = now + QStringLiteral("\",\"name\":\"") + future; // hlc column: now","name":"future
    const QList<QStringList> forged = {
        {QStringLiteral("0\taccount\t%1\tupsert\tt\t{\"owner\":\"ana\",\"name\":\"Oculta\"}\t{\"*\":\"%2\",\"name\":\"%3\"}\t\\N\t%2\tana").arg(hidden, now, future)},
        {QStringLiteral("0\taccount\t%1\tupsert\tt\t{\"owner\":\"ana\",\"name\":\"Escapada\"}\t{\"*\":\"%2\",\"name\":\"%3\"}\t\\N\t%4\tana").arg(escaped, now, future, tricky)},
    };
    qint64 batch = 2000000;
    for (const QStringList &lines : forged) {
        auto pushed = forgedPush(ana.address, device, batch++, lines);
        INFO(lines.join(QLatin1Char('\n')).toStdString());
        REQUIRE_FALSE(pushed.ok());
        CHECK(mentions(pushed.error().message, {QStringLiteral("clock")}));
    }
    auto admin = must(PgConnection::connect(pg.admin()));
    CHECK(must(admin->exec(QStringLiteral("SELECT count(*) FROM trato.rec WHERE id LIKE '01a30000-%'"))).scalar() == QStringLiteral("0"));
}

TEST_CASE("Sync bad input: a laptop clock a day behind syncs with a warning, loses concurrent edits only into conflicts", "[sync][badinput]")
{
    PgTestServer pg;
    REQUIRE_POSTGRES(pg);
    Laptop pedro(pg, QStringLiteral("pedro"), -kDay);
    Laptop marta(pg, QStringLiteral("marta"));
    setUpServer(pg, *pedro.db);
    must(ServerAdmin::addUser(pg.admin(), user(QStringLiteral("marta"), QStringLiteral("manager"), QStringLiteral("Sur")), QStringLiteral("pw-marta")));

    // Pedro worked offline with his clock a day slow, then joins: old stamps are not refused.
    const QString account = makeLocalWork(pedro, QStringLiteral("Del pasado"));
    auto joined = pedro.sync();
    INFO((joined ? joined->warning : joined.error().message).toStdString());
    REQUIRE(joined.ok());
    CHECK(mentions(joined->warning, {QStringLiteral("clock")}));
    CHECK(pedro.pending() == 0);
    CHECK(serverValue(pg, QStringLiteral("account"), account, QStringLiteral("description")) == QStringLiteral("Del pasado notes"));

    // His manager (right clock) and he change the same field while apart: his stamp is a day
    // older, so hers wins everywhere, and his value is kept in conflicts, not lost.
    must(marta.sync());
    must(RecordStore(*marta.db).update(QStringLiteral("account"), account, {{QStringLiteral("payment_terms"), QStringLiteral("de Marta")}}));
    must(marta.sync());
    must(RecordStore(*pedro.db).update(QStringLiteral("account"), account, {{QStringLiteral("payment_terms"), QStringLiteral("de Pedro")}}));
    auto concurrent = pedro.sync();
    REQUIRE(concurrent.ok());
    CHECK(pedro.pending() == 0);
    CHECK(serverValue(pg, QStringLiteral("account"), account, QStringLiteral("payment_terms")) == QStringLiteral("de Marta"));
    CHECK(pedro.get(QStringLiteral("account"), account, QStringLiteral("payment_terms")) == QStringLiteral("de Marta"));
    QString conflictId;
    for (const SyncConflict &c : must(SyncConflicts(*pedro.db).list()))
        if (c.recordId == account && c.field == QLatin1String("payment_terms") && ValueCodec::display(c.loserValue) == QLatin1String("de Pedro"))
            conflictId = c.id;
    REQUIRE_FALSE(conflictId.isEmpty());

    // Restoring his value writes it again after everything his clock has seen: it wins now.
    must(SyncConflicts(*pedro.db).restore(conflictId));
    must(pedro.sync());
    CHECK(serverValue(pg, QStringLiteral("account"), account, QStringLiteral("payment_terms")) == QStringLiteral("de Pedro"));
    must(marta.sync());
    CHECK(marta.get(QStringLiteral("account"), account, QStringLiteral("payment_terms")) == QStringLiteral("de Pedro"));
    // And a plain follow-up edit of his is not a conflict, slow clock or not.
    must(RecordStore(*pedro.db).update(QStringLiteral("account"), account, {{QStringLiteral("description"), QStringLiteral("corregido")}}));
    auto next = pedro.sync();
    REQUIRE(next.ok());
    CHECK(next->conflicts == 0);
    CHECK(serverValue(pg, QStringLiteral("account"), account, QStringLiteral("description")) == QStringLiteral("corregido"));
}
