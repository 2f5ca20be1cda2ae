// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "demo/demodata.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "util/taxid.h"

#include <catch2/catch.hpp>

using namespace trato;

namespace {
QString dump(Database &db)
{
    auto r = Sql::exec(db.connection(), QStringLiteral(
        "SELECT group_concat(first_name || '|' || last_name || '|' || email || '|' || coalesce(phone,''), '\n') "
        "FROM (SELECT * FROM contact ORDER BY rid)"));
    r.value().next();
    return r.value().value(0).toString();
}
qint64 scalar(Database &db, const QString &sql)
{
    auto r = Sql::exec(db.connection(), sql);
    r.value().next();
    return r.value().value(0).toLongLong();
}
} // namespace

TEST_CASE("demo data is deterministic for a seed and differs between seeds")
{
    test::TempDb a, b, c;
    DemoOptions o;
    o.contacts = 300;
    o.seed = 7;
    REQUIRE(DemoData::generate(a.db(), o).ok());
    REQUIRE(DemoData::generate(b.db(), o).ok());
    o.seed = 8;
    REQUIRE(DemoData::generate(c.db(), o).ok());
    CHECK(dump(a.db()) == dump(b.db()));
    CHECK(dump(a.db()) != dump(c.db()));
}

TEST_CASE("demo data is bulk-captured: searchable, one log row per batch, relations valid")
{
    test::TempDb t;
    DemoOptions o;
    o.contacts = 800;
    auto s = DemoData::generate(t.db(), o);
    REQUIRE(s.ok());
    CHECK(s.value().accounts == 100);
    CHECK(s.value().leads == 200);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM contact")) == 800);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM change_log")) == 0);
    CHECK(s.value().campaigns == 4);
    CHECK(s.value().campaignMembers > 0);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM campaign_member")) == s.value().campaignMembers);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM bulk_operation")) == 5); // one per entity
    // The demo follows the rules users are held to: valid tax ids, disqualified leads with a reason,
    // campaign leads linked to their campaign and among its members.
    auto taxIds = Sql::exec(t.db().connection(), QStringLiteral("SELECT tax_id FROM account WHERE tax_id IS NOT NULL"));
    REQUIRE(taxIds.ok());
    int checked = 0;
    while (taxIds.value().next()) {
        CHECK(TaxId::check(taxIds.value().value(0).toString()).kind == TaxId::Kind::Cif);
        ++checked;
    }
    CHECK(checked > 0);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM lead WHERE status = 'disqualified' AND disqualified_reason IS NULL")) == 0);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM lead WHERE source = 'campaign' AND campaign IS NULL")) == 0);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM lead l WHERE campaign IS NOT NULL AND NOT EXISTS "
                                        "(SELECT 1 FROM campaign_member m WHERE m.lead = l.id AND m.campaign = l.campaign)")) == 0);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM contact_fts WHERE contact_fts MATCH 'garc*'")) > 0);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")) == 0);
    // A record made in bulk has its creation in History.
    auto any = Sql::exec(t.db().connection(), QStringLiteral("SELECT id FROM contact LIMIT 1"));
    any.value().next();
    auto h = RecordStore(t.db()).history(QStringLiteral("contact"), any.value().value(0).toString());
    REQUIRE(h.ok());
    REQUIRE(h.value().size() == 1);
    CHECK(h.value().first().op == QStringLiteral("bulk"));
    // Normal capture resumes after the bulk transaction.
    REQUIRE(RecordStore(t.db()).create(QStringLiteral("contact"), {{QStringLiteral("last_name"), QStringLiteral("After")}}).ok());
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM change_log WHERE op = 'insert'")) == 1);
    CHECK(scalar(t.db(), QStringLiteral("SELECT bulk FROM sync_context")) == 0);
}

TEST_CASE("cancelling demo generation writes nothing")
{
    test::TempDb t;
    DemoOptions o;
    o.contacts = 30000;
    o.progress = [](qint64 done, qint64) { return done < 20000; };
    auto s = DemoData::generate(t.db(), o);
    REQUIRE(!s.ok());
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM account")) == 0);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM contact")) == 0);
    CHECK(!DemoData::generate(t.db(), DemoOptions{0, 1, {}}).ok());
}
