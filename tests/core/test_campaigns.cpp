// SPDX-License-Identifier: GPL-3.0-or-later
// Campaign audiences and results: adding members by id and by query, uniqueness, opt-out and
// do-not-call rules per campaign type, statuses, removal, and the derived figures (exact cents).
#include "testsupport.h"

#include "sales/pipelines.h"
#include "marketing/campaignservice.h"
#include "sales/pipelines.h"
#include "search/segmentstore.h"
#include "metadata/registry.h"
#include "store/recordstore.h"
#include "store/schemabuilder.h"
#include "store/sqlite.h"

#include <QDate>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace trato;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

QString add(Database &db, const char *entity, const QVariantMap &values)
{
    auto id = RecordStore(db).create(S(entity), values);
    REQUIRE(id.ok());
    return id.value();
}

QString campaign(Database &db, const char *type, const QVariantMap &more = {})
{
    QVariantMap v = more;
    v.insert(S("name"), QString(S("Campaign ") + S(type)));
    v.insert(S("type"), S(type));
    return add(db, "campaign", v);
}

QString contact(Database &db, const char *last, bool optOut = false, bool doNotCall = false)
{
    return add(db, "contact", {{S("last_name"), S(last)}, {S("email_opt_out"), optOut ? 1 : 0}, {S("do_not_call"), doNotCall ? 1 : 0}});
}

qint64 scalar(Database &db, const QString &sql, const QVariantList &params = {})
{
    auto q = Sql::exec(db.connection(), sql, params);
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    return q.value().value(0).toLongLong();
}

qint64 memberCount(Database &db, const QString &campaignId)
{
    return scalar(db, S("SELECT count(*) FROM campaign_member WHERE campaign = ? AND deleted = 0"), {campaignId});
}
} // namespace

TEST_CASE("members are added by id once per record, and a second add skips those already in")
{
    test::TempDb t;
    CampaignService svc(t.db());
    const QString c = campaign(t.db(), "event");
    const QString a = contact(t.db(), "Alonso");
    const QString b = contact(t.db(), "Bravo");
    auto r = svc.addMembers(c, S("contact"), {a, b});
    REQUIRE(r.ok());
    CHECK(r.value().matched == 2);
    CHECK(r.value().added == 2);
    auto again = svc.addMembers(c, S("contact"), {a, b, a});
    REQUIRE(again.ok());
    CHECK(again.value().added == 0);
    CHECK(again.value().alreadyMembers == 3);
    CHECK(memberCount(t.db(), c) == 2);
    // New members start planned, dated today.
    CHECK(scalar(t.db(), S("SELECT count(*) FROM campaign_member WHERE status = 'planned' AND status_date = ?"),
                 {QDate::currentDate().toString(Qt::ISODate)}) == 2);
    // The same record may be in another campaign.
    const QString other = campaign(t.db(), "webinar");
    REQUIRE(svc.addMembers(other, S("contact"), {a}).value().added == 1);
}

TEST_CASE("an unknown or deleted id, or an entity that cannot be a member, adds nothing at all")
{
    test::TempDb t;
    CampaignService svc(t.db());
    const QString c = campaign(t.db(), "event");
    const QString a = contact(t.db(), "Alonso");
    const QString gone = contact(t.db(), "Gone");
    REQUIRE(RecordStore(t.db()).remove(S("contact"), gone).ok());
    auto unknown = svc.addMembers(c, S("contact"), {a, S("nope")});
    REQUIRE(!unknown.ok());
    CHECK(unknown.error().kind == Error::BadInput);
    CHECK(unknown.error().message.contains(S("nope")));
    auto deleted = svc.addMembers(c, S("contact"), {a, gone});
    REQUIRE(!deleted.ok());
    CHECK(deleted.error().message.contains(S("Trash")));
    auto wrong = svc.addMembers(c, S("campaign"), {c});
    REQUIRE(!wrong.ok());
    CHECK(memberCount(t.db(), c) == 0);
    auto noCampaign = svc.addMembers(S("missing"), S("contact"), {a});
    REQUIRE(!noCampaign.ok());
    CHECK(noCampaign.error().kind == Error::NotFound);
}

TEST_CASE("the database itself keeps a member unique and one of lead, contact or account")
{
    test::TempDb t;
    const QString c = campaign(t.db(), "event");
    const QString a = contact(t.db(), "Alonso");
    const QString l = add(t.db(), "lead", {{S("last_name"), S("Lara")}});
    RecordStore store(t.db());
    REQUIRE(store.create(S("campaign_member"), {{S("campaign"), c}, {S("contact"), a}}).ok());
    auto dup = store.create(S("campaign_member"), {{S("campaign"), c}, {S("contact"), a}});
    REQUIRE(!dup.ok());
    CHECK(dup.error().message.contains(S("UNIQUE")));
    auto two = store.create(S("campaign_member"), {{S("campaign"), c}, {S("contact"), a}, {S("lead"), l}});
    REQUIRE(!two.ok());
    CHECK(two.error().message.contains(S("exactly one of lead, contact, account")));
    auto none = store.create(S("campaign_member"), {{S("campaign"), c}});
    REQUIRE(!none.ok());
    CHECK(memberCount(t.db(), c) == 1);
    // Purging the contact leaves the member without a record (foreign key), which is allowed.
    REQUIRE(store.remove(S("contact"), a).ok());
    REQUIRE(store.purge(S("contact"), a).ok());
    CHECK(scalar(t.db(), S("SELECT count(*) FROM campaign_member WHERE contact IS NULL")) == 1);
}

TEST_CASE("email campaigns skip opted-out contacts, telemarketing skips do-not-call, others flag them")
{
    test::TempDb t;
    CampaignService svc(t.db());
    const QStringList people = {contact(t.db(), "Plain"), contact(t.db(), "OptOut", true, false),
                                contact(t.db(), "NoCall", false, true), contact(t.db(), "Both", true, true)};
    const QString email = campaign(t.db(), "email");
    auto e = svc.addMembers(email, S("contact"), people);
    REQUIRE(e.ok());
    CHECK(e.value().added == 2);
    CHECK(e.value().skippedOptOut == 2);
    CHECK(e.value().flaggedDoNotCall == 1);
    const QString phone = campaign(t.db(), "telemarketing");
    auto p = svc.addMembers(phone, S("contact"), people);
    REQUIRE(p.ok());
    CHECK(p.value().added == 2);
    CHECK(p.value().skippedDoNotCall == 2);
    CHECK(p.value().flaggedOptOut == 1); // "OptOut" may still be called
    const QString event = campaign(t.db(), "event");
    auto v = svc.addMembers(event, S("contact"), people);
    REQUIRE(v.ok());
    CHECK(v.value().added == 4);
    CHECK(v.value().flaggedOptOut == 2);
    CHECK(v.value().flaggedDoNotCall == 2);
}

TEST_CASE("members come from a list query (search and where), with a preview that writes nothing")
{
    test::TempDb t;
    CampaignService svc(t.db());
    const QString c = campaign(t.db(), "email");
    for (int i = 0; i < 30; ++i)
        add(t.db(), "lead", {{S("last_name"), S("García %1").arg(i)}, {S("city"), i % 3 == 0 ? S("Madrid") : S("Sevilla")},
                             {S("status"), i % 2 == 0 ? S("new") : S("contacted")}});
    ListQuery q;
    q.entity = S("lead");
    q.search = S("garcia");
    q.where = {{S("city"), S("Madrid")}};
    auto preview = svc.addMembers(c, q, CampaignService::Mode::Preview);
    REQUIRE(preview.ok());
    CHECK(preview.value().matched == 10);
    CHECK(preview.value().added == 10);
    CHECK(memberCount(t.db(), c) == 0);
    auto r = svc.addMembers(c, q);
    REQUIRE(r.ok());
    CHECK(r.value().added == 10);
    q.where << qMakePair(S("status"), QVariant(S("new")));
    q.where.removeFirst();
    auto more = svc.addMembers(c, q);
    REQUIRE(more.ok());
    CHECK(more.value().matched == 15);
    CHECK(more.value().alreadyMembers == 5);
    CHECK(more.value().added == 10);
    CHECK(memberCount(t.db(), c) == 20);
    // A query for an entity that cannot be a member is refused.
    ListQuery bad;
    bad.entity = S("campaign");
    CHECK(!svc.addMembers(c, bad).ok());
}

TEST_CASE("adding many members streams in one transaction and can be cancelled without a trace")
{
    test::TempDb t;
    CampaignService svc(t.db());
    const QString c = campaign(t.db(), "event");
    {
        auto conn = t.db().connection();
        REQUIRE(Sql::execScript(conn, S("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
                                        "INSERT INTO account (name) SELECT 'Account ' || i FROM n;")).ok());
    }
    ListQuery q;
    q.entity = S("account");
    qint64 calls = 0;
    auto cancelled = svc.addMembers(c, q, CampaignService::Mode::Write, [&](qint64) { return ++calls < 3; });
    REQUIRE(!cancelled.ok());
    CHECK(calls == 3);
    CHECK(memberCount(t.db(), c) == 0);
    auto r = svc.addMembers(c, q, CampaignService::Mode::Write, [](qint64) { return true; });
    REQUIRE(r.ok());
    CHECK(r.value().added == 5000);
    CHECK(memberCount(t.db(), c) == 5000);
}

TEST_CASE("member status changes by member id or record id and is dated today, while unknown ids refuse all")
{
    test::TempDb t;
    CampaignService svc(t.db());
    const QString c = campaign(t.db(), "event");
    const QString a = contact(t.db(), "Alonso");
    const QString b = contact(t.db(), "Bravo");
    REQUIRE(svc.addMembers(c, S("contact"), {a, b}).ok());
    REQUIRE(Sql::execScript(t.db().connection(), S("UPDATE campaign_member SET status_date = '2020-01-01'")).ok());
    const QString memberB = RecordStore(t.db()).list([&] {
        ListQuery q;
        q.entity = S("campaign_member");
        q.where = {{S("contact"), b}};
        return q;
    }()).value().first().value(S("id")).toString();
    auto changed = svc.setStatus(c, {a, memberB}, S("responded"));
    REQUIRE(changed.ok());
    CHECK(changed.value() == 2);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM campaign_member WHERE status = 'responded' AND status_date = ?"),
                 {QDate::currentDate().toString(Qt::ISODate)}) == 2);
    // Unchanged status: nothing to write.
    CHECK(svc.setStatus(c, {a}, S("responded")).value() == 0);
    auto unknown = svc.setStatus(c, {a, S("stranger")}, S("converted"));
    REQUIRE(!unknown.ok());
    CHECK(unknown.error().message.contains(S("stranger")));
    CHECK(scalar(t.db(), S("SELECT count(*) FROM campaign_member WHERE status = 'converted'")) == 0);
    auto badStatus = svc.setStatus(c, {a}, S("won"));
    REQUIRE(!badStatus.ok());
    CHECK(badStatus.error().kind == Error::BadInput);
    // History records the status change.
    CHECK(scalar(t.db(), S("SELECT count(*) FROM change_log WHERE entity = 'campaign_member' AND field = 'status'")) == 2);
}

TEST_CASE("members are removed for good and can then be added again")
{
    test::TempDb t;
    CampaignService svc(t.db());
    const QString c = campaign(t.db(), "event");
    const QString a = contact(t.db(), "Alonso");
    const QString b = contact(t.db(), "Bravo");
    REQUIRE(svc.addMembers(c, S("contact"), {a, b}).ok());
    auto refused = svc.removeMembers(c, {a, S("stranger")});
    REQUIRE(!refused.ok());
    CHECK(memberCount(t.db(), c) == 2);
    auto removed = svc.removeMembers(c, {a});
    REQUIRE(removed.ok());
    CHECK(removed.value() == 1);
    CHECK(memberCount(t.db(), c) == 1);
    CHECK(svc.addMembers(c, S("contact"), {a}).value().added == 1);
}

TEST_CASE("campaign figures: members by status, response rate, leads, cost per response and budget in exact cents")
{
    test::TempDb t;
    CampaignService svc(t.db());
    // 1,000.00 budget, 999.99 spent, 12.5 % expected response.
    const QString c = campaign(t.db(), "event", {{S("budget"), qlonglong(100000)}, {S("actual_cost"), qlonglong(99999)},
                                                 {S("expected_response"), 12.5}});
    QStringList people;
    for (int i = 0; i < 8; ++i)
        people << contact(t.db(), "Person");
    REQUIRE(svc.addMembers(c, S("contact"), people).ok());
    REQUIRE(svc.setStatus(c, {people[0], people[1]}, S("responded")).ok());
    REQUIRE(svc.setStatus(c, {people[2]}, S("converted")).ok());
    REQUIRE(svc.setStatus(c, {people[3]}, S("opted_out")).ok());
    REQUIRE(svc.setStatus(c, {people[4]}, S("sent")).ok());
    add(t.db(), "lead", {{S("last_name"), S("One")}, {S("campaign"), c}});
    add(t.db(), "lead", {{S("last_name"), S("Two")}, {S("campaign"), c}, {S("status"), S("converted")}});
    add(t.db(), "lead", {{S("last_name"), S("Elsewhere")}});

    auto st = svc.stats(c);
    REQUIRE(st.ok());
    const CampaignStats &s = st.value();
    CHECK(s.members == 8);
    REQUIRE(s.byStatus.size() == 5);
    CHECK(s.byStatus[0] == qMakePair(S("planned"), qint64(3)));
    CHECK(s.byStatus[1] == qMakePair(S("sent"), qint64(1)));
    CHECK(s.byStatus[2] == qMakePair(S("responded"), qint64(2)));
    CHECK(s.byStatus[3] == qMakePair(S("converted"), qint64(1)));
    CHECK(s.byStatus[4] == qMakePair(S("opted_out"), qint64(1)));
    CHECK(s.responses == 3);
    REQUIRE(s.responseRate);
    CHECK(*s.responseRate == Approx(37.5));
    REQUIRE(s.expectedResponse);
    CHECK(*s.expectedResponse == Approx(12.5));
    CHECK(s.leadsCreated == 2);
    CHECK(s.convertedLeads == 1);
    CHECK(*s.budgetRemainingCents == 1);
    CHECK(*s.costPerResponseCents == 33333); // 99,999 / 3 = 33,333 exactly
    // No opportunity came from it: nothing won, the whole cost is the net return.
    CHECK(s.opportunitiesAvailable);
    CHECK(s.opportunities == 0);
    CHECK(s.wonRevenueCents == 0);
    REQUIRE(s.netReturnCents);
    CHECK(*s.netReturnCents == -99999);
    REQUIRE(s.roiPercent);
    CHECK(*s.roiPercent == Approx(-100.0));

    // 100.00 / 3 responses = 33.333... -> 33.33; 100.02 / 3 = 33.34 exactly; 0.05 / 2 -> 0.03 (half up).
    REQUIRE(RecordStore(t.db()).update(S("campaign"), c, {{S("actual_cost"), qlonglong(10000)}}).ok());
    CHECK(*svc.stats(c).value().costPerResponseCents == 3333);
    REQUIRE(RecordStore(t.db()).update(S("campaign"), c, {{S("actual_cost"), qlonglong(10002)}}).ok());
    CHECK(*svc.stats(c).value().costPerResponseCents == 3334);
    REQUIRE(svc.setStatus(c, {people[2]}, S("sent")).ok());
    REQUIRE(RecordStore(t.db()).update(S("campaign"), c, {{S("actual_cost"), qlonglong(5)}}).ok());
    CHECK(*svc.stats(c).value().costPerResponseCents == 3);
}

TEST_CASE("a campaign without cost or members reports those figures as unavailable")
{
    test::TempDb t;
    CampaignService svc(t.db());
    const QString c = campaign(t.db(), "event");
    auto st = svc.stats(c);
    REQUIRE(st.ok());
    CHECK(st.value().members == 0);
    CHECK(!st.value().responseRate);
    CHECK(!st.value().costPerResponseCents);
    CHECK(!st.value().budgetRemainingCents);
    CHECK(!svc.stats(S("missing")).ok());
}

TEST_CASE("won opportunities give a campaign its revenue and ROI in exact cents")
{
    test::TempDb t;
    CampaignService svc(t.db());
    const QString c = campaign(t.db(), "event", {{S("actual_cost"), qlonglong(200000)}});
    // status follows the stage (core/sales/pipelines): won ones are in the default pipeline's won stage.
    auto opp = [&](const char *name, const QString &camp, qlonglong cents, const char *status) {
        const PipelineInfo p = Pipelines::pipeline(t.db()).value();
        const QString stage = p.stage(qstrcmp(status, "won") == 0 ? S("Closed won") : S("Prospecting"))->id;
        QVariantMap v{{S("name"), S(name)}, {S("amount"), cents}, {S("stage"), stage}};
        if (!camp.isEmpty())
            v.insert(S("campaign"), camp);
        auto id = RecordStore(t.db()).create(S("opportunity"), v, RecordStore::Access::System);
        REQUIRE(id.ok());
    };
    opp("A", c, 250050, "won");
    opp("B", c, 49999, "won");
    opp("C", c, 900000, "open");
    opp("D", QString(), 900000, "won");
    auto st = svc.stats(c);
    REQUIRE(st.ok());
    const CampaignStats &s = st.value();
    CHECK(s.opportunitiesAvailable);
    CHECK(s.opportunities == 3);
    CHECK(s.wonOpportunities == 2);
    CHECK(s.wonRevenueCents == 300049);
    CHECK(*s.netReturnCents == 100049);
    REQUIRE(s.roiPercent);
    CHECK(*s.roiPercent == Approx(50.0245));
}

TEST_CASE("members come from a saved segment, as its records are when added")
{
    test::TempDb t;
    CampaignService svc(t.db());
    const QString c = campaign(t.db(), "event");
    for (int i = 0; i < 6; ++i)
        add(t.db(), "account", {{S("name"), S("Cuenta %1").arg(i)}, {S("city"), i < 4 ? S("Madrid") : S("Lugo")}});
    Segment seg;
    seg.entity = S("account");
    seg.name = S("Madrid accounts");
    seg.conditions = {Condition{S("city"), Condition::Equals, S("Madrid")}};
    auto id = SegmentStore(t.db()).add(seg);
    REQUIRE(id.ok());
    auto preview = svc.addMembersFromSegment(c, id.value(), CampaignService::Mode::Preview);
    REQUIRE(preview.ok());
    CHECK(preview.value().added == 4);
    CHECK(memberCount(t.db(), c) == 0);
    auto r = svc.addMembersFromSegment(c, id.value());
    REQUIRE(r.ok());
    CHECK(r.value().added == 4);
    CHECK(memberCount(t.db(), c) == 4);
    CHECK(!svc.addMembersFromSegment(c, S("no-such-segment")).ok());
}
