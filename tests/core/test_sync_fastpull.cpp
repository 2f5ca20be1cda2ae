// SPDX-License-Identifier: GPL-3.0-or-later
// The pull's fast path (core/sync/syncfastapply.*): its JSON reader decodes exactly as
// QJsonDocument + ValueCodec do, it reads clocks and authors as applyOne does, and a pull through
// it leaves the database byte for byte as the one-by-one path (applyOne) leaves it: the same rows,
// sort keys, updated_at, sync_record, History entries and triggers, the full-text index complete.
#include "pgtestserver.h"
#include "testsupport.h"

#include "metadata/registry.h"
#include "store/listquery.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "sync/serveradmin.h"
#include "sync/syncengine.h"
#include "sync/syncfastapply.h"
#include "sync/valuecodec.h"
#include "util/uuid7.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <map>

using namespace trato;
using namespace trato::SyncDetail;

namespace {

QVariant variantOf(const JsonScalar &v)
{
    switch (v.kind) {
    case JsonScalar::Null: return QVariant();
    case JsonScalar::Integer: return QVariant(v.integer);
    case JsonScalar::Real: return QVariant(v.real);
    case JsonScalar::String: return QVariant(QString(v.text.constData(), v.text.size()));
    }
    return {};
}

std::string describe(const QVariant &v)
{
    const QString text = QString::fromLatin1(v.typeName() ? v.typeName() : "null") + QLatin1Char(' ') + ValueCodec::toText(v);
    return text.toStdString();
}

// Every column of every row, as SQL literals (quote() tells 1, 1.0 and '1' apart), sorted.
QStringList dump(Database &db, const QString &table, const QStringList &skip = {})
{
    QSqlQuery info(db.connection());
    REQUIRE(info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(Sql::ident(table))));
    QStringList columns;
    while (info.next())
        if (!skip.contains(info.value(1).toString()))
            columns << QStringLiteral("quote(%1)").arg(Sql::ident(info.value(1).toString()));
    REQUIRE_FALSE(columns.isEmpty());
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(" || '|' || ")), Sql::ident(table))));
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString();
    rows.sort();
    return rows;
}

QString stamp(qint64 ms, const QString &site)
{
    HlcStamp s;
    s.ms = std::uint64_t(ms);
    s.site = site;
    return s.toString();
}

} // namespace

TEST_CASE("sync fast pull: the JSON reader decodes as QJsonDocument and ValueCodec do")
{
    const char *const same[] = {
        R"({"a": "x", "b": 1, "c": null, "d": true, "e": false})",
        R"({"a":"x","b":1,"c":null,"d":true,"e":false})",
        " \n{ \"a\" :\t\"x\" ,\r\n \"b\":2 } \n",
        R"({})",
        R"( { } )",
        R"({"s": "q\"b\\s\/n\nt\tr\rb\bf\f e\u00e9 E\u00C9 face\ud83d\ude00 nul\u0000z"})",
        R"({"s": "", "t": " ", "u": "Ñandú 😀 ünïcödé"})",
        R"({"esc\"aped key": 1, "k\u00e9y": 2})",
        R"({"n": 0, "m": -0, "o": 1, "p": -1, "q": 123456789012345, "r": -123456789012345})",
        R"({"n": 1234567890123456, "m": 9007199254740991, "o": 9007199254740992, "p": 9007199254740993, "q": -9007199254740993})",
        R"({"n": 1.0, "m": 1.5, "o": 1e2, "p": 1E-2, "q": -1.25e+3, "r": 0.1, "s": 12345678901234567890123, "t": 2.5e15})",
        R"({"n": 123456789012345678901234567890, "m": -0.0, "o": 4.9e-324, "p": 1.7976931348623157e308})",
    };
    for (const char *text : same) {
        INFO(text);
        const QString json = QString::fromUtf8(text);
        QJsonParseError error;
        const QJsonObject expected = QJsonDocument::fromJson(json.toUtf8(), &error).object();
        REQUIRE(error.error == QJsonParseError::NoError);
        FlatJsonReader reader(json);
        std::map<QString, QVariant> got;
        while (reader.next())
            got[reader.key().toString()] = variantOf(reader.value());
        REQUIRE_FALSE(reader.failed());
        REQUIRE(got.size() == size_t(expected.size()));
        for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
            INFO(it.key().toStdString());
            REQUIRE(got.count(it.key()) == 1);
            const QVariant want = ValueCodec::fromJson(it.value());
            const QVariant have = got[it.key()];
            INFO("want " << describe(want) << ", have " << describe(have));
            CHECK(want.typeId() == have.typeId());
            CHECK(want == have);
        }
    }
    // What it leaves to QJsonDocument (the caller then takes the one-by-one path).
    const char *const refused[] = {
        R"({"a": {"i": "9007199254740993"}})", R"({"a": {"b64": "AAE="}})", R"({"a": [1, 2]})", R"({"a": 1e400})",
        R"({"a": -1e400})", R"({"a": 01})", R"({"a": 1.})", R"({"a": .5})", R"({"a": +1})", R"({"a": -})",
        R"({"a": "x\u00"})", "{\"a\": \"raw\ttab\"}", R"({"a": "\x"})", R"({"a": 1,})", R"({"a" 1})", R"({"a": tru})",
        R"({"a": nul})", R"({"s": "lone \ud800 high"})", R"({"s": "lone \udc00 low"})", R"({"s": "\ude00\ud83d reversed"})", R"([1])", R"({"a": 1} x)", R"({"a": 1)", R"({"a": "open)", R"()", R"({a: 1})",
    };
    for (const char *text : refused) {
        INFO(text);
        FlatJsonReader reader(QString::fromUtf8(text));
        while (reader.next()) {
        }
        CHECK(reader.failed());
    }
}

TEST_CASE("sync fast pull: clocks, compact clocks and authors are read as applyOne reads them")
{
    test::TempDb t;
    FastEncoder fast(std::make_shared<const FastPlans>(*t.db().registry()));
    FastRow row;
    RemoteRecord r;
    r.entity = QStringLiteral("contact");
    r.id = Uuid7::create();
    r.data = QStringLiteral(R"({"last_name": "Pérez", "city": "Soria", "not_a_field": "from a newer Trato"})");
    const QString early = stamp(1'700'000'000'000, QStringLiteral("a1")), late = stamp(1'700'000'005'000, QStringLiteral("b2"));

    // A compact clock ("*": every field of data) is a clock like any other.
    r.clocks = QStringLiteral(R"({"*": "%1"})").arg(late);
    r.authors = QStringLiteral(R"({"*": "ana"})");
    REQUIRE(fast.encode(r, &row));
    CHECK(row.maxClock == late);
    CHECK(row.author == QStringLiteral("ana"));

    // A later edit's own clock and author: the one-by-one rule, the author of the latest field.
    r.clocks = QStringLiteral(R"({"*":"%1","city":"%2"})").arg(early, late);
    r.authors = QStringLiteral(R"({"*":"ana","city":"luis"})");
    REQUIRE(fast.encode(r, &row));
    CHECK(row.maxClock == late);
    CHECK(row.author == QStringLiteral("luis"));
    CHECK(row.author == authorOf(QJsonDocument::fromJson(r.clocks.toUtf8()).object(), QJsonDocument::fromJson(r.authors.toUtf8()).object()));

    // The latest field has no author of its own: the creator.
    r.clocks = QStringLiteral(R"({"city": "%1", "last_name": "%2"})").arg(early, late);
    r.authors = QStringLiteral(R"({"*": "ana", "city": "luis"})");
    REQUIRE(fast.encode(r, &row));
    CHECK(row.author == QStringLiteral("luis")); // city is the only field with an author: applyOne's rule
    CHECK(row.author == authorOf(QJsonDocument::fromJson(r.clocks.toUtf8()).object(), QJsonDocument::fromJson(r.authors.toUtf8()).object()));

    // Values the fast path does not write: the record is left to applyOne.
    r.clocks = QStringLiteral(R"({"*": "%1"})").arg(late);
    r.authors = QStringLiteral(R"({"*": "ana"})");
    r.data = QStringLiteral(R"({"last_name": {"b64": "AAE="}})");
    CHECK_FALSE(fast.encode(r, &row));
    r.data = QStringLiteral(R"({"last_name": 42})"); // a sort key is made from text only
    CHECK_FALSE(fast.encode(r, &row));
    r.data = QStringLiteral(R"({"last_name": "A", "last_name": "B"})"); // a key twice
    CHECK_FALSE(fast.encode(r, &row));
    r.data = QStringLiteral(R"({"last_name": "A"})");
    r.clocks = QStringLiteral(R"({"last_name": 5})");
    CHECK_FALSE(fast.encode(r, &row));
    r.clocks = QStringLiteral("{}");
    CHECK_FALSE(fast.encode(r, &row));
    r.clocks = QStringLiteral(R"({"*": "%1"})").arg(late);
    r.purged = true;
    CHECK_FALSE(fast.encode(r, &row));
    r.purged = false;
    REQUIRE(fast.encode(r, &row));
    CHECK(row.plan);
    r.entity = QStringLiteral("no_such_kind");
    CHECK_FALSE(fast.encode(r, &row));
    CHECK_FALSE(row.plan);
}

TEST_CASE("sync fast pull: a pull through the fast path leaves the database as applyOne does")
{
    test::PgTestServer pg;
    if (!pg.running()) {
        if (qEnvironmentVariableIsSet("TRATO_REQUIRE_POSTGRES"))
            FAIL("PostgreSQL test server: " << pg.error().toStdString());
        WARN("PostgreSQL is not available, skipped: " << pg.error().toStdString());
        return;
    }
    test::TempDb w, fastDb, slowDb;
    REQUIRE(ServerAdmin::init(pg.admin(), *w.db().registry()).ok());
    for (const auto &u : {ServerUser{QStringLiteral("ana"), QStringLiteral("sales"), QStringLiteral("norte")},
                          ServerUser{QStringLiteral("luis"), QStringLiteral("manager"), QStringLiteral("norte")}})
        REQUIRE(ServerAdmin::addUser(pg.admin(), u, u.name + QStringLiteral("-pw")).ok());
    auto syncAs = [&](Database &db, const QString &user) {
        SyncEngine engine(db);
        engine.setPageSize(250); // several pages, the first ones with enough contacts to pause triggers
        auto r = engine.sync(pg.user(user, user + QStringLiteral("-pw")));
        INFO((r.ok() ? std::string() : r.error().message.toStdString()));
        REQUIRE(r.ok());
        return r.value();
    };

    // ana writes accounts and contacts with awkward text and numbers, and pushes them.
    REQUIRE(syncAs(w.db(), QStringLiteral("ana")).joined);
    RecordStore store(w.db());
    QStringList accounts, contacts;
    for (int i = 0; i < 30; ++i) {
        auto id = store.create(QStringLiteral("account"),
                               {{QStringLiteral("name"), QStringLiteral("Acme \"%1\" \\ Ibérica\tS.L. 😀").arg(i)},
                                {QStringLiteral("employees"), i * 7},
                                {QStringLiteral("annual_revenue"), qint64(i) * 123456789},
                                {QStringLiteral("equivalence_surcharge"), i % 2 == 0},
                                {QStringLiteral("city"), i % 3 == 0 ? QVariant() : QVariant(QStringLiteral("Ávila"))},
                                {QStringLiteral("description"), QStringLiteral("línea 1\nlínea 2\r\n\"fin\"")}});
        REQUIRE(id.ok());
        accounts << id.value();
    }
    for (int i = 0; i < 520; ++i) {
        auto id = store.create(QStringLiteral("contact"),
                               {{QStringLiteral("first_name"), i % 5 == 0 ? QStringLiteral("Íñigo") : QStringLiteral("Zoë")},
                                {QStringLiteral("last_name"), QStringLiteral("Núñez-%1 O'Brien").arg(i)},
                                {QStringLiteral("email"), QStringLiteral("n%1@example.es").arg(i)},
                                {QStringLiteral("account"), accounts.at(i % accounts.size())},
                                {QStringLiteral("city"), QStringLiteral("A Coruña")},
                                {QStringLiteral("description"), i % 7 == 0 ? QVariant() : QVariant(QStringLiteral("nota\\%1\u0001").arg(i))}});
        REQUIRE(id.ok());
        contacts << id.value();
    }
    REQUIRE(syncAs(w.db(), QStringLiteral("ana")).pushed >= 550);

    // Records as other writers (or a newer Trato) may store them: spaced or compact JSON, compact
    // clocks, several authors, escapes, numbers of every shape, a big integer and a blob (the
    // one-by-one path), a key twice, an unknown field, a purged record.
    auto admin = PgConnection::connect(pg.admin());
    REQUIRE(admin.ok());
    const qint64 base = 1'700'000'000'000;
    const QString c1 = stamp(base, QStringLiteral("s1")), c2 = stamp(base + 1000, QStringLiteral("s2"));
    struct Crafted
    {
        QString entity, data, clocks, authors;
        bool purged = false;
    };
    const QList<Crafted> crafted = {
        {QStringLiteral("contact"),
         QStringLiteral(R"({"owner": "ana", "last_name": "P\u00e9rez \"el\" \\ \ud83d\ude00", "first_name": "A\u00f1a\u0000z", "city": "", "zzz_future": "x"})"),
         QStringLiteral(R"({"*": "%1"})").arg(c1), QStringLiteral(R"({"*": "ana"})")},
        {QStringLiteral("contact"), QStringLiteral(R"({"owner":"ana","last_name":"Gómez","city":"Teruel","email":null})"),
         QStringLiteral(R"({"*":"%1","city":"%2"})").arg(c1, c2), QStringLiteral(R"({"*":"ana","city":"luis"})")},
        {QStringLiteral("contact"), QStringLiteral(R"({"owner": "ana", "last_name": 42})"), QStringLiteral(R"({"*": "%1"})").arg(c1),
         QStringLiteral(R"({"*": "ana"})")},
        {QStringLiteral("contact"), QStringLiteral(R"({"owner": "ana", "last_name": "Primero", "last_name": "Segundo"})"),
         QStringLiteral(R"({"*": "%1"})").arg(c2), QStringLiteral(R"({"*": "ana"})")},
        {QStringLiteral("account"),
         QStringLiteral(R"({"owner": "ana", "name": "Números", "employees": 1e2, "annual_revenue": 12345678901234567, "rating": 1.5, "equivalence_surcharge": true})"),
         QStringLiteral(R"({"*": "%1"})").arg(c2), QStringLiteral(R"({"*": "luis"})")},
        {QStringLiteral("account"), QStringLiteral(R"({"owner": "ana", "name": "Grande", "annual_revenue": {"i": "9007199254740993"}})"),
         QStringLiteral(R"({"*": "%1"})").arg(c1), QStringLiteral(R"({"*": "ana"})")},
        {QStringLiteral("account"), QStringLiteral(R"({"owner": "ana", "name": "Blob", "description": {"b64": "AAE="}})"),
         QStringLiteral(R"({"*": "%1"})").arg(c1), QStringLiteral(R"({"*": "ana"})")},
        {QStringLiteral("contact"), QStringLiteral(R"({"owner": "ana", "last_name": "Borrado"})"), QStringLiteral(R"({"*": "%1"})").arg(c1),
         QStringLiteral(R"({"*": "ana"})"), true},
    };
    QStringList craftedIds;
    for (const Crafted &c : crafted) {
        craftedIds << Uuid7::create();
        auto ins = admin.value()->exec(QStringLiteral("INSERT INTO trato.rec (entity, id, data, clocks, authors, owner, team, purged) "
                                                      "VALUES ($1, $2, $3::json, $4::json, $5::json, 'ana', 'norte', $6)"),
                                       {c.entity, craftedIds.last(), c.data, c.clocks, c.authors, c.purged});
        INFO((ins.ok() ? std::string() : ins.error().message.toStdString()));
        REQUIRE(ins.ok());
    }

    // luis joins twice, on two fresh copies: through the fast path, and through applyOne only.
    const qint64 before = FastPull::insertedCount();
    const SyncReport viaFast = syncAs(fastDb.db(), QStringLiteral("luis"));
    const qint64 taken = FastPull::insertedCount() - before;
    FastPull::setEnabled(false);
    const SyncReport viaSlow = syncAs(slowDb.db(), QStringLiteral("luis"));
    FastPull::setEnabled(true);
    CHECK(FastPull::insertedCount() - before == taken); // the second pull never took it
    CHECK(taken >= 550 + 3); // ana's records and three of the crafted ones
    // The big integer, the blob, 42 as a last name, the key twice and the purged record: one by one.
    CHECK(viaFast.pulled - taken >= 5);
    CHECK(viaFast.pulled == viaSlow.pulled);
    CHECK(viaFast.applied == viaSlow.applied);

    // The same database, byte for byte.
    QStringList tables;
    for (const Entity *e : fastDb.db().registry()->entities())
        if (e->sharing != Entity::Sharing::Local)
            tables << e->name;
    // A crafted record without created_at takes the column's default, the time of each pull: the
    // two pulls may fall in different seconds, so created_at is compared apart, on every other row.
    auto createdAt = [&craftedIds](Database &db, const QString &table) {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT id, created_at FROM %1").arg(Sql::ident(table))));
        std::map<QString, QString> out;
        while (q.next()) {
            INFO(q.value(0).toString().toStdString());
            CHECK_FALSE(q.value(1).toString().isEmpty());
            if (!craftedIds.contains(q.value(0).toString()))
                out[q.value(0).toString()] = q.value(1).toString();
        }
        return out;
    };
    for (const QString &table : std::as_const(tables)) {
        INFO(table.toStdString());
        CHECK(dump(fastDb.db(), table, {QStringLiteral("created_at")}) == dump(slowDb.db(), table, {QStringLiteral("created_at")}));
        CHECK(createdAt(fastDb.db(), table) == createdAt(slowDb.db(), table));
    }
    CHECK(dump(fastDb.db(), QStringLiteral("contact")).size() == 520 + 4);
    for (const QString &table : {QStringLiteral("sync_record"), QStringLiteral("sync_parked")}) {
        INFO(table.toStdString());
        CHECK(dump(fastDb.db(), table, {QStringLiteral("at")}) == dump(slowDb.db(), table, {QStringLiteral("at")}));
    }
    CHECK(dump(fastDb.db(), QStringLiteral("change_log"), {QStringLiteral("at")})
          == dump(slowDb.db(), QStringLiteral("change_log"), {QStringLiteral("at")}));
    CHECK(dump(fastDb.db(), QStringLiteral("bulk_operation"), {QStringLiteral("id"), QStringLiteral("at")})
          == dump(slowDb.db(), QStringLiteral("bulk_operation"), {QStringLiteral("id"), QStringLiteral("at")}));
    const QString triggers = QStringLiteral("SELECT name || ':' || sql FROM sqlite_master WHERE type = 'trigger'");
    auto column = [](Database &db, const QString &sql) {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(sql));
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        out.sort();
        return out;
    };
    CHECK(column(fastDb.db(), triggers) == column(slowDb.db(), triggers)); // the paused ones are back
    CHECK(column(fastDb.db(), triggers).size() > 100);

    // History names the writer; the full-text index holds every row; a contact stored as received.
    for (Database *db : {&fastDb.db(), &slowDb.db()}) {
        auto h = RecordStore(*db).history(QStringLiteral("contact"), contacts.at(7));
        REQUIRE(h.ok());
        REQUIRE_FALSE(h->isEmpty());
        CHECK(h->front().user == QStringLiteral("ana"));
        for (const QString &fts : {QStringLiteral("contact_fts"), QStringLiteral("account_fts")}) {
            QSqlQuery check(db->connection());
            const bool intact = check.exec(QStringLiteral("INSERT INTO %1(%1) VALUES ('integrity-check')").arg(fts));
            INFO(fts.toStdString() << ": " << check.lastError().text().toStdString());
            CHECK(intact);
        }
        ListQuery q;
        q.entity = QStringLiteral("contact");
        q.search = QStringLiteral("nunez");
        auto n = RecordStore(*db).count(q);
        REQUIRE(n.ok());
        CHECK(n.value() == 520);
        CHECK(RecordStore(*db).get(QStringLiteral("contact"), craftedIds.at(0))->value(QStringLiteral("last_name")).toString()
              == QStringLiteral("Pérez \"el\" \\ 😀"));
        CHECK_FALSE(RecordStore(*db).get(QStringLiteral("contact"), craftedIds.at(7)).ok()); // purged: never here
    }

    // Received records are the base of the next edit: an edit here is a follow-up, not a conflict.
    REQUIRE(RecordStore(fastDb.db()).update(QStringLiteral("contact"), contacts.at(3), {{QStringLiteral("city"), QStringLiteral("Lugo")}}).ok());
    REQUIRE(RecordStore(fastDb.db()).update(QStringLiteral("contact"), craftedIds.at(1), {{QStringLiteral("city"), QStringLiteral("Lugo")}}).ok());
    const SyncReport edit = syncAs(fastDb.db(), QStringLiteral("luis"));
    CHECK(edit.pushed == 2);
    CHECK(edit.conflicts == 0);
    CHECK(SyncConflicts(fastDb.db()).openCount() == 0);
}
