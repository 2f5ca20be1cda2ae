// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "store/recordstore.h"
#include "store/sqlite.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace trato;

namespace {
qint64 scalar(Database &db, const QString &sql, const QVariantList &params = {})
{
    auto r = Sql::exec(db.connection(), sql, params);
    REQUIRE(r.ok());
    REQUIRE(r.value().next());
    return r.value().value(0).toLongLong();
}
} // namespace

TEST_CASE("every field change is captured with who, when, old and new value and a clock")
{
    test::TempDb t;
    RecordStore store(t.db());
    auto id = store.create(QStringLiteral("contact"), {{QStringLiteral("last_name"), QStringLiteral("Gil")},
                                                       {QStringLiteral("city"), QStringLiteral("Soria")}});
    REQUIRE(id.ok());
    REQUIRE(store.update(QStringLiteral("contact"), id.value(), {{QStringLiteral("city"), QStringLiteral("Teruel")},
                                                                 {QStringLiteral("last_name"), QStringLiteral("Gil")}}).ok());
    REQUIRE(store.remove(QStringLiteral("contact"), id.value()).ok());
    auto h = store.history(QStringLiteral("contact"), id.value());
    REQUIRE(h.ok());
    REQUIRE(h.value().size() == 3); // insert, city (last_name did not change), deleted
    CHECK(h.value().at(0).op == QStringLiteral("insert"));
    CHECK(h.value().at(1).op == QStringLiteral("update"));
    CHECK(h.value().at(1).field == QStringLiteral("city"));
    CHECK(h.value().at(1).oldValue.toString() == QStringLiteral("Soria"));
    CHECK(h.value().at(1).newValue.toString() == QStringLiteral("Teruel"));
    CHECK(h.value().at(1).user == QStringLiteral("tester"));
    CHECK(h.value().at(2).field == QStringLiteral("deleted"));
    // Clocks increase with every transaction.
    CHECK(h.value().at(0).hlc < h.value().at(1).hlc);
    CHECK(h.value().at(1).hlc < h.value().at(2).hlc);
    // The context is cleared after each commit so outside writers never inherit our user or clock.
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM sync_context WHERE user IS NULL AND hlc IS NULL AND bulk = 0")) == 1);
}

TEST_CASE("writes made outside Trato with the sqlite3 shell are captured too")
{
    test::TempDb t;
    RecordStore store(t.db());
    auto id = store.create(QStringLiteral("contact"), {{QStringLiteral("last_name"), QStringLiteral("Ruiz")}});
    REQUIRE(id.ok());
    const QString path = t.path();
    t.close();

    const auto r = test::sqlite3(path, QStringLiteral(
        "UPDATE contact SET email = 'ruiz@example.com' WHERE last_name = 'Ruiz';\n"
        "INSERT INTO contact (last_name, first_name) VALUES ('Outsider', 'Olga');\n"
        "DELETE FROM contact WHERE last_name = 'Outsider';\n"
        "INSERT INTO contact (last_name, first_name) VALUES ('Úbeda Ñúñez', 'Ángel');\n"
        "UPDATE contact SET city = 'Ávila' WHERE last_name = 'Ruiz';\n"));
    REQUIRE(r.exitCode == 0);
    INFO(r.err.toStdString());

    t.reopen();
    RecordStore again(t.db());
    auto h = again.history(QStringLiteral("contact"), id.value());
    REQUIRE(h.ok());
    REQUIRE(h.value().size() == 3);
    CHECK(h.value().at(1).field == QStringLiteral("email"));
    CHECK(h.value().at(1).newValue.toString() == QStringLiteral("ruiz@example.com"));
    CHECK(h.value().at(1).user.isEmpty()); // no Trato user: written outside
    CHECK(h.value().at(1).hlc.endsWith(QStringLiteral("-ext")));
    // updated_at was kept true by the touch trigger.
    auto rec = again.get(QStringLiteral("contact"), id.value());
    CHECK(rec.value().value(QStringLiteral("updated_at")).toString() >= rec.value().value(QStringLiteral("created_at")).toString());
    // The outside insert got a v7 id and an 'insert' row, the delete a 'purge' row.
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM change_log WHERE op = 'insert'")) == 3);
    // Sort keys are filled in by triggers for outside writers, the same as the core computes them.
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM contact WHERE last_name__sort = 'ubeda nunez' AND first_name__sort = 'angel'")) == 1);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM contact WHERE city__sort = 'avila'")) == 1);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM change_log WHERE op = 'purge'")) == 1);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM change_log WHERE op = 'purge' AND record_id LIKE '________-____-7___-____-____________'")) == 1);
}

TEST_CASE("a failed transaction leaves no log rows behind")
{
    test::TempDb t;
    RecordStore store(t.db());
    const qint64 before = scalar(t.db(), QStringLiteral("SELECT count(*) FROM change_log"));
    auto bad = store.create(QStringLiteral("contact"), {{QStringLiteral("last_name"), QStringLiteral("X")},
                                                        {QStringLiteral("account"), QStringLiteral("no-such-account")}});
    CHECK(!bad.ok());
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM change_log")) == before);
}
