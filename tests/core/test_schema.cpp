// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "metadata/registry.h"
#include "store/schemabuilder.h"
#include "store/sqlite.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace trato;

namespace {
QStringList columns(Database &db, const QString &table)
{
    QStringList out;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
    while (q.next())
        out << q.value(0).toString();
    return out;
}
QStringList objects(Database &db, const QString &type, const QString &table)
{
    QStringList out;
    auto r = Sql::exec(db.connection(), QStringLiteral("SELECT name FROM sqlite_schema WHERE type = ? AND tbl_name = ? ORDER BY name"), {type, table});
    while (r.value().next())
        out << r.value().value(0).toString();
    return out;
}
} // namespace

TEST_CASE("every entity's table, indexes, triggers and FTS index derive from its metadata")
{
    test::TempDb t;
    for (const Entity *e : t.db().registry()->entities()) {
        INFO(e->name.toStdString());
        const QStringList cols = columns(t.db(), e->name);
        CHECK(cols.value(0) == QStringLiteral("rid"));
        CHECK(cols.value(1) == QStringLiteral("id"));
        for (const auto &f : e->fields)
            CHECK(cols.contains(f.name));
        int sortKeys = 0;
        for (const auto &f : e->fields) {
            if (SchemaBuilder::hasSortKey(f)) {
                ++sortKeys;
                CHECK(cols.contains(SchemaBuilder::sortKeyColumn(f.name)));
            }
        }
        CHECK(sortKeys > 0);
        CHECK(cols.size() == e->fields.size() + 1 + sortKeys); // + rid + accent-folded sort keys
        const QStringList triggers = objects(t.db(), QStringLiteral("trigger"), e->name);
        CHECK(triggers.contains(e->name + QStringLiteral("__log_insert")));
        CHECK(triggers.contains(e->name + QStringLiteral("__log_update")));
        CHECK(triggers.contains(e->name + QStringLiteral("__log_delete")));
        const bool searchable = !e->searchColumns().isEmpty(); // campaign members have no text to search
        CHECK(triggers.contains(e->name + QStringLiteral("__fts_update")) == searchable);
        const QStringList indexes = objects(t.db(), QStringLiteral("index"), e->name);
        for (const auto &f : e->fields)
            if (f.indexed)
                CHECK(indexes.contains(e->name + QStringLiteral("__by_") + f.name));
        CHECK(objects(t.db(), QStringLiteral("table"), e->ftsTable()).isEmpty() == !searchable);
    }
}

TEST_CASE("the generated DDL matches the description's types and relations")
{
    Entity e;
    e.name = QStringLiteral("gadget");
    e.titleFields = {QStringLiteral("name")};
    e.fields << Field::make("name", FieldType::Text, "Name").requiredField().searchable();
    e.fields << Field::make("price", FieldType::Money, "Price");
    e.fields << Field::make("weight", FieldType::Decimal, "Weight");
    e.fields << Field::make("maker", FieldType::Relation, "Maker").relation("account");
    Registry::appendSystemFields(e);
    const QString sql = SchemaBuilder::createTableSql(e);
    CHECK(sql.contains(QStringLiteral("\"price\" INTEGER")));   // cents, never floating point
    CHECK(sql.contains(QStringLiteral("\"weight\" REAL")));
    CHECK(sql.contains(QStringLiteral("\"name\" TEXT COLLATE NOCASE")));
    CHECK(sql.contains(QStringLiteral("REFERENCES \"account\"(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED")));
    CHECK(sql.contains(QStringLiteral("deleted INTEGER NOT NULL DEFAULT 0")));
    const auto derived = SchemaBuilder::derivedSql(e);
    CHECK(derived.fts.contains(QStringLiteral("remove_diacritics 2")));
    CHECK(derived.fts.contains(QStringLiteral("prefix='2 3'")));
    CHECK(!derived.triggers.contains(QStringLiteral("'updated_at'"))); // timestamps are not logged
}

TEST_CASE("the schema is regenerated only when the description changes")
{
    test::TempDb t;
    auto sig = [&] {
        auto r = Sql::exec(t.db().connection(), QStringLiteral("SELECT group_concat(signature) FROM entity_schema"));
        r.value().next();
        return r.value().value(0).toString();
    };
    const QString before = sig();
    t.reopen();
    CHECK(sig() == before);
}
