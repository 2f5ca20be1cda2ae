// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "demo/demodata.h"
#include "metadata/registry.h"
#include "search/globalsearch.h"
#include "store/sqlite.h"
#include "store/listquery.h"
#include "store/recordstore.h"

#include <catch2/catch.hpp>

using namespace trato;

TEST_CASE("search ignores accents and case and matches prefixes")
{
    test::TempDb t;
    RecordStore store(t.db());
    REQUIRE(store.create(QStringLiteral("contact"), {{QStringLiteral("first_name"), QStringLiteral("José")},
                                                     {QStringLiteral("last_name"), QStringLiteral("Peñalver Ibáñez")}}).ok());
    REQUIRE(store.create(QStringLiteral("contact"), {{QStringLiteral("first_name"), QStringLiteral("Josefa")},
                                                     {QStringLiteral("last_name"), QStringLiteral("Ortega")}}).ok());
    REQUIRE(store.create(QStringLiteral("account"), {{QStringLiteral("name"), QStringLiteral("Jose Luis Talleres S.L.")}}).ok());
    REQUIRE(store.create(QStringLiteral("lead"), {{QStringLiteral("last_name"), QStringLiteral("Marín")},
                                                  {QStringLiteral("company"), QStringLiteral("Ibañez Hermanos")}}).ok());

    GlobalSearch search(t.db());
    auto hits = search.search(QStringLiteral("jose"));
    REQUIRE(hits.ok());
    CHECK(hits.value().size() == 3); // José, Josefa (prefix), the account
    hits = search.search(QStringLiteral("IBANEZ"));
    REQUIRE(hits.ok());
    CHECK(hits.value().size() == 2); // contact and lead, accents folded both ways
    hits = search.search(QStringLiteral("jos pen"));
    REQUIRE(hits.ok());
    REQUIRE(hits.value().size() == 1);
    CHECK(hits.value().first().title == QStringLiteral("José Peñalver Ibáñez"));
    CHECK(search.search(QStringLiteral("\"*:( OR NEAR")).ok()); // FTS syntax in user text is just text
    CHECK(search.search(QStringLiteral("   ")).value().isEmpty());

    ListQuery q;
    q.entity = QStringLiteral("contact");
    q.search = QStringLiteral("peñ");
    CHECK(store.count(q).value() == 1);
}

TEST_CASE("records in the Trash are not found by search")
{
    test::TempDb t;
    RecordStore store(t.db());
    auto id = store.create(QStringLiteral("contact"), {{QStringLiteral("last_name"), QStringLiteral("Quiroga")}});
    REQUIRE(id.ok());
    REQUIRE(store.remove(QStringLiteral("contact"), id.value()).ok());
    CHECK(GlobalSearch(t.db()).search(QStringLiteral("quiroga")).value().isEmpty());
    REQUIRE(store.update(QStringLiteral("contact"), id.value(), {{QStringLiteral("last_name"), QStringLiteral("Quintana")}}).ok());
    REQUIRE(store.restore(QStringLiteral("contact"), id.value()).ok());
    CHECK(GlobalSearch(t.db()).search(QStringLiteral("quiroga")).value().isEmpty()); // FTS follows updates
    CHECK(GlobalSearch(t.db()).search(QStringLiteral("quintana")).value().size() == 1);
}

TEST_CASE("the FTS query builder quotes every word")
{
    CHECK(ListSql::ftsMatch(QStringLiteral("ana  gar")) == QStringLiteral("\"ana\"* \"gar\"*"));
    CHECK(ListSql::ftsMatch(QStringLiteral("o'brien")) == QStringLiteral("\"o\"* \"brien\"*"));
    CHECK(ListSql::ftsMatch(QStringLiteral("--")).isEmpty());
}

TEST_CASE("searches run from the hits when they are few, from the sort index when many, with the same rows")
{
    test::TempDb t;
    DemoOptions opts;
    opts.contacts = 3000;
    REQUIRE(DemoData::generate(t.db(), opts).ok());
    const Entity &contact = *t.db().registry()->entity(QStringLiteral("contact"));
    RecordStore store(t.db());
    for (const char *text : {"a", "gar", "ortega sev", "zzqx"}) {
        INFO(text);
        ListQuery q;
        q.entity = QStringLiteral("contact");
        q.search = QString::fromLatin1(text);
        q.limit = 50;
        const qint64 hits = store.count(q).value();
        const ListQuery::Plan chosen = ListSql::choosePlan(t.db().connection(), contact, q);
        CHECK(chosen == (hits <= ListSql::kSearchFirstLimit ? ListQuery::SearchFirst : ListQuery::IndexOrder));
        // Both plans give the same first page in the same order.
        QStringList pages[2];
        for (int plan = 0; plan < 2; ++plan) {
            q.plan = plan == 0 ? ListQuery::IndexOrder : ListQuery::SearchFirst;
            const BuiltQuery b = ListSql::select(*t.db().registry(), contact, q);
            auto r = Sql::exec(t.db().connection(), b.sql, b.params);
            REQUIRE(r.ok());
            while (r.value().next())
                pages[plan] << r.value().value(1).toString();
        }
        CHECK(pages[0] == pages[1]);
        CHECK(pages[0].size() == qMin<qint64>(hits, 50));
    }
}
