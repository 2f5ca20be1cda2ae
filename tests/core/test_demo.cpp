// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "demo/demodata.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "util/taxid.h"

#include <QDateTime>

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
    // The bulk-loaded entities write no per-row log; the small record-path tail (the catalog, its
    // stock movements and the call list) is captured like any write, and searchable.
    const QString bulkEntities = QStringLiteral("('account', 'contact', 'lead', 'campaign', 'campaign_member', 'activity')");
    // (The sales history's leads, dated before today, are written through the record path: captured.)
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM change_log WHERE entity IN %1 AND NOT (entity = 'lead' AND record_id IN "
                                        "(SELECT id FROM lead WHERE created_at < date('now')))").arg(bulkEntities)) == 0);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'product' AND op = 'insert'"))
          == scalar(t.db(), QStringLiteral("SELECT count(*) FROM product")));
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM product_fts WHERE product_fts MATCH 'torn*'")) > 0);
    CHECK(s.value().campaigns == 4);
    CHECK(s.value().campaignMembers > 0);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM campaign_member")) == s.value().campaignMembers);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM bulk_operation")) == 6); // one per entity
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
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM change_log WHERE op = 'insert' AND entity = 'contact'")) == 1);
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
    CHECK(!DemoData::generate(t.db(), DemoOptions{0, 1, {}, {}}).ok());
}

namespace {
QString activityDump(Database &db)
{
    auto r = Sql::exec(db.connection(), QStringLiteral(
        "SELECT group_concat(kind || '|' || subject || '|' || start_at || '|' || status || '|' || owner || '|' || coalesce(outcome,''), '\n') "
        "FROM (SELECT * FROM activity ORDER BY rid)"));
    r.value().next();
    return r.value().value(0).toString();
}
} // namespace

TEST_CASE("demo activities: a team, today's agenda, overdue items, history with outcomes, weekly series")
{
    test::TempDb a, b;
    DemoOptions o;
    o.contacts = 300;
    o.seed = 3;
    // A Wednesday at 12:30 local time: some of today's items are behind, some ahead.
    o.now = QDateTime(QDate(2026, 3, 11), QTime(12, 30));
    auto s = DemoData::generate(a.db(), o);
    REQUIRE(s.ok());
    REQUIRE(DemoData::generate(b.db(), o).ok());
    CHECK(activityDump(a.db()) == activityDump(b.db()));
    Database &db = a.db();
    const QString me = db.user();
    CHECK(s.value().activities == scalar(db, QStringLiteral("SELECT count(*) FROM activity")));
    CHECK(s.value().activities > 300);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM bulk_operation WHERE entity = 'activity'")) == 1);
    // 4 to 6 users with distinct colors, the current user among them, each assigned activities.
    const qint64 users = scalar(db, QStringLiteral("SELECT count(*) FROM user_profile"));
    CHECK(users >= 4);
    CHECK(users <= 6);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT color) FROM user_profile")) == users);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM user_profile WHERE name = '%1'").arg(me)) == 1);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT owner) FROM activity")) == users);
    // All four kinds; completed calls have call outcomes, other completed ones "done".
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT kind) FROM activity")) == 4);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM activity WHERE status = 'completed' AND (outcome IS NULL OR completed_at IS NULL)")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT outcome) FROM activity WHERE kind = 'call'")) >= 5);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM activity WHERE status <> 'completed' AND outcome IS NOT NULL")) == 0);
    // Today, for the current user, at several different hours; and overdue open items.
    const QString dayStart = QDateTime(o.now.date(), QTime(0, 0)).toUTC().toString(Qt::ISODate);
    const QString dayEnd = QDateTime(o.now.date().addDays(1), QTime(0, 0)).toUTC().toString(Qt::ISODate);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT substr(start_at, 12, 2)) FROM activity WHERE owner = '%1' AND start_at >= '%2' AND start_at < '%3'")
                         .arg(me, dayStart, dayEnd)) >= 5);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM activity WHERE owner = '%1' AND status = 'planned' AND start_at < '%2'").arg(me, dayStart)) >= 2);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM activity WHERE start_at >= '%1'").arg(dayEnd)) > 0);
    // Every activity is about a record (but the team meetings), and every relation is valid.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM activity WHERE contact IS NULL AND lead IS NULL AND account IS NULL "
                                    "AND subject <> 'Reunión semanal de ventas'")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")) == 0);
    // Weekly series: occurrences linked to their first one, a week apart.
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT series) FROM activity WHERE series IS NOT NULL")) >= users);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM activity o JOIN activity f ON f.id = o.series "
                                    "WHERE f.repeat <> 'weekly' OR o.repeat <> 'weekly'")) == 0);
    // Reminders only ahead of time: nothing is due right after loading the demo.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM activity WHERE remind_at IS NOT NULL")) > 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM activity WHERE remind_at IS NOT NULL AND remind_at <= '%1'")
                         .arg(o.now.toUTC().toString(Qt::ISODate))) == 0);
}
