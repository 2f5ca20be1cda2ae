// SPDX-License-Identifier: GPL-3.0-or-later
// Telemarketing: building call lists (segment, campaign, query; do-not-call, no phone and already
// queued skipped), queue order and hand-out to operators, logging every outcome with its follow-up,
// script answers saved on the record (a bad one changes nothing), scripts and per-operator figures.
#include "testsupport.h"

#include "activities/followuprules.h"
#include "marketing/campaignservice.h"
#include "metadata/registry.h"
#include "search/segmentstore.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "store/teamsettings.h"
#include "telemarketing/calllistservice.h"
#include "telemarketing/callscript.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

using namespace trato;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

QString add(Database &db, const char *entity, const QVariantMap &values)
{
    auto id = RecordStore(db).create(S(entity), values);
    INFO((id ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    return id.value();
}

Record get(Database &db, const char *entity, const QString &id)
{
    auto r = RecordStore(db).get(S(entity), id);
    REQUIRE(r.ok());
    return r.value();
}

qint64 scalar(Database &db, const QString &sql, const QVariantList &params = {})
{
    auto q = Sql::exec(db.connection(), sql, params);
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    return q.value().value(0).toLongLong();
}

// A whole-database fingerprint: every row of the tables a call log touches.
QString snapshot(Database &db)
{
    QString out;
    for (const char *table : {"activity", "call_list_entry", "contact", "lead", "change_log"}) {
        auto q = Sql::exec(db.connection(), QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(S(table)));
        REQUIRE(q.ok());
        while (q.value().next()) {
            for (int i = 0; i < q.value().record().count(); ++i)
                out += q.value().value(i).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(S(iso), Qt::ISODate);
}

struct Fixture
{
    test::TempDb t;
    Database &db = t.db();
    CallListService svc{db};
    QString acme, ana, bea, carl, dani, lena, leo;

    Fixture()
    {
        acme = add(db, "account", {{S("name"), S("Acme")}});
        ana = add(db, "contact", {{S("first_name"), S("Ana")}, {S("last_name"), S("Ruiz")}, {S("account"), acme},
                                  {S("phone"), S("+34 911 000 001")}, {S("city"), S("Madrid")}, {S("best_time"), S("morning")}});
        bea = add(db, "contact", {{S("first_name"), S("Bea")}, {S("last_name"), S("Soler")}, {S("mobile"), S("+34 600 000 002")},
                                  {S("city"), S("Madrid")}});
        carl = add(db, "contact", {{S("first_name"), S("Carl")}, {S("last_name"), S("Vidal")}, {S("phone"), S("+34 911 000 003")},
                                   {S("city"), S("Madrid")}, {S("do_not_call"), 1}});
        dani = add(db, "contact", {{S("first_name"), S("Dani")}, {S("last_name"), S("Mora")}, {S("city"), S("Madrid")}});
        lena = add(db, "lead", {{S("first_name"), S("Lena")}, {S("last_name"), S("Paz")}, {S("company"), S("Paz SL")},
                                {S("phone"), S("+34 911 000 005")}});
        leo = add(db, "lead", {{S("first_name"), S("Leo")}, {S("last_name"), S("Gil")}, {S("phone"), S("+34 911 000 006")},
                               {S("do_not_call"), 1}});
    }

    QString listOfContacts(const char *name = "Madrid")
    {
        ListQuery q;
        q.entity = S("contact");
        q.where = {{S("city"), S("Madrid")}};
        CallListService::Source src;
        src.query = q;
        auto r = svc.create(S(name), src);
        REQUIRE(r.ok());
        return r.value().listId;
    }

    CallListEntry entryFor(const QString &list, const QString &record)
    {
        auto q = Sql::exec(db.connection(), S("SELECT id FROM call_list_entry WHERE call_list = ? AND (contact = ? OR lead = ?)"),
                           {list, record, record});
        REQUIRE(q.ok());
        REQUIRE(q.value().next());
        auto e = svc.entry(q.value().value(0).toString());
        REQUIRE(e.ok());
        return e.value();
    }

    CallLogResult log(const CallListEntry &e, const char *outcome, const QDateTime &now, const QDateTime &callback = {},
                      const QString &op = S("olga"), int duration = 60, const QVariantMap &answers = {})
    {
        CallLog l;
        l.entryId = e.id;
        l.outcome = S(outcome);
        l.now = now;
        l.callbackAt = callback;
        l.operatorName = op;
        l.durationSeconds = duration;
        l.answers = answers;
        auto r = svc.logCall(l);
        INFO((r ? QString() : r.error().message).toStdString());
        REQUIRE(r.ok());
        return r.value();
    }
};
} // namespace

TEST_CASE("a call list built from a query skips do-not-call, no phone and those already queued, and reports each")
{
    Fixture f;
    ListQuery q;
    q.entity = S("contact");
    q.where = {{S("city"), S("Madrid")}};
    CallListService::Source src;
    src.query = q;
    auto r = f.svc.create(S("Madrid"), src);
    REQUIRE(r.ok());
    CHECK(r.value().matched == 4);
    CHECK(r.value().added == 2);           // Ana (phone), Bea (mobile only)
    CHECK(r.value().skippedDoNotCall == 1); // Carl
    CHECK(r.value().skippedNoPhone == 1);   // Dani
    CHECK(r.value().skippedAlreadyQueued == 0);
    const QString list = r.value().listId;
    CHECK(f.entryFor(list, f.bea).phone == S("+34 600 000 002")); // phone, then mobile

    // Again into the same list: everyone is already in it or skipped again; nothing new.
    auto again = f.svc.addToQueue(list, src);
    REQUIRE(again.ok());
    CHECK(again.value().added == 0);
    CHECK(again.value().skippedAlreadyQueued == 2);
    CHECK(scalar(f.db, S("SELECT count(*) FROM call_list_entry WHERE call_list = ?"), {list}) == 2);

    // Leads have do_not_call too.
    ListQuery leads;
    leads.entity = S("lead");
    CallListService::Source leadSrc;
    leadSrc.query = leads;
    auto l = f.svc.addToQueue(list, leadSrc);
    REQUIRE(l.ok());
    CHECK(l.value().added == 1);
    CHECK(l.value().skippedDoNotCall == 1);

    // Accounts are not people to call; a bad source refuses and writes nothing.
    ListQuery accounts;
    accounts.entity = S("account");
    CallListService::Source accSrc;
    accSrc.query = accounts;
    const qint64 lists = scalar(f.db, S("SELECT count(*) FROM call_list"));
    auto bad = f.svc.create(S("Accounts"), accSrc);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(S("contacts and leads")));
    CHECK(scalar(f.db, S("SELECT count(*) FROM call_list")) == lists);
    auto none = f.svc.create(S("Nothing"), CallListService::Source());
    REQUIRE_FALSE(none.ok());
    CHECK(scalar(f.db, S("SELECT count(*) FROM call_list")) == lists);
}

TEST_CASE("a call list is built from a saved segment or from a campaign's members")
{
    Fixture f;
    Segment seg;
    seg.entity = S("contact");
    seg.name = S("Madrid people");
    seg.conditions = {Condition{S("city"), Condition::Equals, S("Madrid")}};
    auto segId = SegmentStore(f.db).add(seg);
    REQUIRE(segId.ok());
    CallListService::Source bySegment;
    bySegment.segmentId = segId.value();
    auto r = f.svc.create(S("From segment"), bySegment);
    REQUIRE(r.ok());
    CHECK(r.value().added == 2);
    CHECK(get(f.db, "call_list", r.value().listId).value(S("segment")).toString() == S("Madrid people"));

    const QString campaign = add(f.db, "campaign", {{S("name"), S("Otoño")}, {S("type"), S("event")}});
    CampaignService cs(f.db);
    REQUIRE(cs.addMembers(campaign, S("contact"), {f.ana, f.carl, f.dani}).ok());
    REQUIRE(cs.addMembers(campaign, S("lead"), {f.lena}).ok());
    REQUIRE(cs.addMembers(campaign, S("account"), {f.acme}).ok());
    CallListService::Source byCampaign;
    byCampaign.campaignId = campaign;
    auto c = f.svc.create(S("From campaign"), byCampaign);
    REQUIRE(c.ok());
    CHECK(c.value().matched == 5);
    CHECK(c.value().added == 2); // Ana, Lena
    CHECK(c.value().skippedDoNotCall == 1);
    CHECK(c.value().skippedNoPhone == 1);
    CHECK(c.value().skippedNotPerson == 1);
    CHECK(get(f.db, "call_list", c.value().listId).value(S("campaign")).toString() == campaign);
}

TEST_CASE("the queue puts due call-backs first, then pending by position, and next() never hands one entry to two operators")
{
    Fixture f;
    const QString list = f.listOfContacts();
    ListQuery leads;
    leads.entity = S("lead");
    CallListService::Source leadSrc;
    leadSrc.query = leads;
    REQUIRE(f.svc.addToQueue(list, leadSrc).ok());
    const QDateTime t0 = at("2026-03-02T09:00:00Z");

    auto q = f.svc.queue(list, t0);
    REQUIRE(q.ok());
    REQUIRE(q.value().size() == 3);
    CHECK(q.value().at(0).recordId == f.ana);
    CHECK(q.value().at(0).company == S("Acme"));
    CHECK(q.value().at(0).bestTime == S("morning"));
    CHECK(q.value().at(1).recordId == f.bea);
    CHECK(q.value().at(2).recordId == f.lena);
    CHECK(q.value().at(2).company == S("Paz SL"));

    // Lena asks to be called back at 11:00: not in the queue before, first in it after.
    const CallListEntry lena = f.entryFor(list, f.lena);
    f.log(lena, "call_back", t0, at("2026-03-02T11:00:00Z"));
    CHECK(f.svc.queue(list, t0.addSecs(60)).value().size() == 2);
    auto later = f.svc.queue(list, at("2026-03-02T11:00:00Z")).value();
    REQUIRE(later.size() == 3);
    CHECK(later.at(0).recordId == f.lena);
    CHECK(later.at(0).status == S("call_back"));

    // Two operators: each gets a different person; asking again gives the same one back.
    auto a = f.svc.next(list, S("olga"), t0);
    auto b = f.svc.next(list, S("pablo"), t0);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(a.value().has_value());
    REQUIRE(b.value().has_value());
    CHECK(a.value()->recordId == f.ana);
    CHECK(b.value()->recordId == f.bea);
    CHECK(f.svc.next(list, S("olga"), t0.addSecs(30)).value()->id == a.value()->id);
    // Nobody is left for a third operator until a claim goes stale or is released.
    CHECK_FALSE(f.svc.next(list, S("quim"), t0.addSecs(60)).value().has_value());
    REQUIRE(f.svc.release(b.value()->id).ok());
    CHECK(f.svc.next(list, S("quim"), t0.addSecs(60)).value()->recordId == f.bea);
    // Later on, Lena's call-back is due and comes first; olga's claim on Ana has gone stale.
    const QDateTime stale = t0.addSecs(60 * (CallListService::kClaimMinutes + 1));
    auto due = f.svc.next(list, S("rosa"), stale);
    REQUIRE(due.value().has_value());
    CHECK(due.value()->recordId == f.lena);
    auto taken = f.svc.next(list, S("sam"), stale);
    REQUIRE(taken.value().has_value());
    CHECK(taken.value()->recordId == f.ana);
    CHECK(get(f.db, "call_list_entry", taken.value()->id).value(S("operator")).toString() == S("sam"));
}

TEST_CASE("each outcome logs a completed call and its follow-up, and moves the entry")
{
    Fixture f;
    const QString list = f.listOfContacts();
    ListQuery leads;
    leads.entity = S("lead");
    CallListService::Source leadSrc;
    leadSrc.query = leads;
    REQUIRE(f.svc.addToQueue(list, leadSrc).ok());
    const QDateTime now = at("2026-03-02T10:00:00Z");

    SECTION("no answer: call again tomorrow, pending again at the end until the attempts run out")
    {
        const CallListEntry ana = f.entryFor(list, f.ana);
        const auto r = f.log(ana, "no_answer", now, {}, S("olga"), 20);
        const Record call = get(f.db, "activity", r.activityId);
        CHECK(call.value(S("kind")).toString() == S("call"));
        CHECK(call.value(S("status")).toString() == S("completed"));
        CHECK(call.value(S("direction")).toString() == S("outbound"));
        CHECK(call.value(S("outcome")).toString() == S("no_answer"));
        CHECK(call.value(S("start_at")).toString() == S("2026-03-02T09:59:40Z"));
        CHECK(call.value(S("end_at")).toString() == S("2026-03-02T10:00:00Z"));
        CHECK(call.value(S("completed_at")).toString() == S("2026-03-02T10:00:00Z"));
        CHECK(call.value(S("contact")).toString() == f.ana);
        CHECK(call.value(S("account")).toString() == f.acme);
        CHECK(call.value(S("call_list")).toString() == list);
        CHECK(call.value(S("owner")).toString() == S("olga"));
        CHECK(call.value(S("phone_number")).toString() == S("+34 911 000 001"));
        const Record next = get(f.db, "activity", r.followUpId);
        CHECK(next.value(S("kind")).toString() == S("call"));
        CHECK(next.value(S("status")).toString() == S("planned"));
        CHECK(next.value(S("start_at")).toString() == S("2026-03-03T10:00:00Z"));
        CHECK(next.value(S("follows")).toString() == r.activityId);
        CHECK(next.value(S("owner")).toString() == S("olga"));
        CHECK(next.value(S("contact")).toString() == f.ana);
        const Record e = get(f.db, "call_list_entry", ana.id);
        CHECK(e.value(S("status")).toString() == S("pending"));
        CHECK(e.value(S("attempts")).toInt() == 1);
        CHECK(e.value(S("last_outcome")).toString() == S("no_answer"));
        CHECK(e.value(S("last_call")).toString() == r.activityId);
        CHECK(e.value(S("claimed_at")).isNull());
        // At the end of the queue now: Bea and Lena come first.
        auto q = f.svc.queue(list, now).value();
        REQUIRE(q.size() == 3);
        CHECK(q.last().recordId == f.ana);
        // Third attempt (the default maximum): done.
        f.log(f.svc.entry(ana.id).value(), "busy", now.addSecs(3600));
        const auto third = f.log(f.svc.entry(ana.id).value(), "no_answer", now.addSecs(7200));
        CHECK(third.entryStatus == S("done"));
        CHECK(third.attempts == 3);
        // A team may allow more attempts.
        REQUIRE(TeamSettings(f.db).setValue(S(CallListService::kMaxAttemptsKey), S("5")).ok());
        CHECK(f.svc.maxAttempts() == 5);
    }
    SECTION("busy: call again in two hours")
    {
        const auto r = f.log(f.entryFor(list, f.bea), "busy", now);
        CHECK(get(f.db, "activity", r.followUpId).value(S("start_at")).toString() == S("2026-03-02T12:00:00Z"));
        CHECK(r.entryStatus == S("pending"));
    }
    SECTION("wrong number: a task to find the right one; the entry is done")
    {
        const auto r = f.log(f.entryFor(list, f.bea), "wrong_number", now);
        CHECK(get(f.db, "activity", r.followUpId).value(S("kind")).toString() == S("task"));
        CHECK(r.entryStatus == S("done"));
    }
    SECTION("call back at: the time is required and in the future; the follow-up and the entry take it")
    {
        const CallListEntry bea = f.entryFor(list, f.bea);
        CallLog l;
        l.entryId = bea.id;
        l.outcome = S("call_back");
        l.now = now;
        const QString before = snapshot(f.db);
        auto missing = f.svc.logCall(l);
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.error().message.contains(S("date and time")));
        l.callbackAt = now.addSecs(-60);
        auto past = f.svc.logCall(l);
        REQUIRE_FALSE(past.ok());
        CHECK(past.error().message.contains(S("not in the future")));
        CHECK(snapshot(f.db) == before);
        const auto r = f.log(bea, "call_back", now, at("2026-03-04T16:30:00Z"));
        CHECK(get(f.db, "activity", r.followUpId).value(S("start_at")).toString() == S("2026-03-04T16:30:00Z"));
        const Record e = get(f.db, "call_list_entry", bea.id);
        CHECK(e.value(S("status")).toString() == S("call_back"));
        CHECK(e.value(S("callback_at")).toString() == S("2026-03-04T16:30:00Z"));
    }
    SECTION("interested: a meeting; a new lead becomes contacted")
    {
        const auto r = f.log(f.entryFor(list, f.lena), "interested", now);
        const Record meeting = get(f.db, "activity", r.followUpId);
        CHECK(meeting.value(S("kind")).toString() == S("meeting"));
        CHECK(meeting.value(S("lead")).toString() == f.lena);
        CHECK(meeting.value(S("start_at")).toString() == S("2026-03-05T10:00:00Z"));
        CHECK(get(f.db, "lead", f.lena).value(S("status")).toString() == S("contacted"));
        CHECK(r.entryStatus == S("done"));
    }
    SECTION("not interested: the lead is closed with the reason; a contact gets no follow-up")
    {
        const auto r = f.log(f.entryFor(list, f.lena), "not_interested", now);
        CHECK(r.followUpId.isEmpty());
        CHECK(r.leadClosed);
        const Record lead = get(f.db, "lead", f.lena);
        CHECK(lead.value(S("status")).toString() == S("disqualified"));
        CHECK(lead.value(S("disqualified_reason")).toString() == S("no_interest"));
        const qint64 activities = scalar(f.db, S("SELECT count(*) FROM activity"));
        const auto c = f.log(f.entryFor(list, f.ana), "not_interested", now);
        CHECK(c.followUpId.isEmpty());
        CHECK_FALSE(c.leadClosed);
        CHECK(scalar(f.db, S("SELECT count(*) FROM activity")) == activities + 1);
    }
    SECTION("sale: an after-sale task in a week")
    {
        const auto r = f.log(f.entryFor(list, f.ana), "sale", now);
        const Record task = get(f.db, "activity", r.followUpId);
        CHECK(task.value(S("kind")).toString() == S("task"));
        CHECK(task.value(S("start_at")).toString() == S("2026-03-09T10:00:00Z"));
    }
    SECTION("a team's own rule is followed")
    {
        QList<FollowUpRule> rules = FollowUpRules::defaults();
        for (FollowUpRule &rule : rules)
            if (rule.outcome == S("busy"))
                rule.delayMinutes = 30;
        REQUIRE(FollowUpRules::save(f.db, rules).ok());
        const auto r = f.log(f.entryFor(list, f.bea), "busy", now);
        CHECK(get(f.db, "activity", r.followUpId).value(S("start_at")).toString() == S("2026-03-02T10:30:00Z"));
    }
    SECTION("a finished entry cannot be logged again, an unknown outcome is refused")
    {
        const CallListEntry ana = f.entryFor(list, f.ana);
        f.log(ana, "sale", now);
        CallLog l;
        l.entryId = ana.id;
        l.outcome = S("sale");
        auto again = f.svc.logCall(l);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().message.contains(S("no longer in the queue")));
        l.entryId = f.entryFor(list, f.bea).id;
        l.outcome = S("maybe");
        auto unknown = f.svc.logCall(l);
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.error().message.contains(S("maybe")));
        l.outcome = S("busy");
        l.durationSeconds = -5;
        REQUIRE_FALSE(f.svc.logCall(l).ok());
    }
}

TEST_CASE("script answers are saved on the called record and a bad answer refuses the whole call log")
{
    Fixture f;
    const QString list = f.listOfContacts();
    const CallListEntry ana = f.entryFor(list, f.ana);
    const QDateTime now = at("2026-03-02T10:00:00Z");

    const QString before = snapshot(f.db);
    CallLog bad;
    bad.entryId = ana.id;
    bad.outcome = S("interested");
    bad.now = now;
    bad.answers = {{S("title"), S("CTO")}, {S("birthday"), S("not a date")}};
    auto r = f.svc.logCall(bad);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(S("birthday")));
    CHECK(snapshot(f.db) == before);
    bad.answers = {{S("budget"), S("100")}};
    r = f.svc.logCall(bad);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(S("budget")));
    bad.answers = {{S("relationship"), S("friend")}};
    r = f.svc.logCall(bad);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(S("relationship")));
    CHECK(snapshot(f.db) == before);

    f.log(ana, "interested", now, {}, S("olga"), 90, {{S("title"), S("CTO")}, {S("best_time"), S("afternoon")}});
    const Record contact = get(f.db, "contact", f.ana);
    CHECK(contact.value(S("title")).toString() == S("CTO"));
    CHECK(contact.value(S("best_time")).toString() == S("afternoon"));
}

TEST_CASE("scripts render merge fields from the record and parse questions against its fields")
{
    Fixture f;
    const Entity &contact = *f.db.registry()->entity(S("contact"));
    const Entity &lead = *f.db.registry()->entity(S("lead"));
    const Record ana = get(f.db, "contact", f.ana);
    const RenderedScript r = CallScript::render(
        S("Hola {first_name} {last_name}, soy {operator}. ¿Sigue en {city} con {company} ({account})? {{literal}} {favourite_color} {name}"),
        contact, ana, S("Olga"));
    CHECK(r.text == S("Hola Ana Ruiz, soy Olga. ¿Sigue en Madrid con Acme (Acme)? {literal} {favourite_color} Ana Ruiz"));
    CHECK(r.unknownFields == QStringList{S("favourite_color")});
    const RenderedScript l = CallScript::render(S("{company} / {account} / {best_time} / {status}"), lead, get(f.db, "lead", f.lena), S("Olga"));
    CHECK(l.text == S("Paz SL / Paz SL / {best_time} / New"));
    CHECK(l.unknownFields == QStringList{S("best_time")});

    auto qs = CallScript::parseQuestions(contact, S("# what to find out\n\ntitle | What is your role?\nbest_time|When is best to call you?\n"));
    REQUIRE(qs.ok());
    REQUIRE(qs.value().size() == 2);
    CHECK(qs.value().at(0).field == S("title"));
    CHECK(qs.value().at(0).question == S("What is your role?"));
    CHECK(qs.value().at(0).line == 3);
    CHECK(qs.value().at(1).line == 4);
    auto unknown = CallScript::parseQuestions(contact, S("title | Role?\ncompany | Which company?"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(S("line 2")));
    CHECK(unknown.error().message.contains(S("company")));
    CHECK(CallScript::parseQuestions(lead, S("company | Which company?")).ok());
    auto noBar = CallScript::parseQuestions(contact, S("title Role?"));
    REQUIRE_FALSE(noBar.ok());
    CHECK(noBar.error().message.contains(S("line 1")));
    CHECK_FALSE(CallScript::parseQuestions(contact, S("relationship | Are we friends?")).ok());
    CHECK_FALSE(CallScript::parseQuestions(contact, S("title | Role?\ntitle | Again?")).ok());
    CHECK_FALSE(CallScript::parseQuestions(contact, S("title |")).ok());

    const QString script = add(f.db, "call_script", {{S("name"), S("Intro")}, {S("body"), S("Hi {first_name}")}});
    CHECK(CallScript::resolve(f.db, S("Intro")).value() == script);
    CHECK_FALSE(CallScript::resolve(f.db, S("Nope")).ok());
    auto rendered = CallScript::renderFor(f.db, script, S("contact"), f.ana, S("Olga"));
    REQUIRE(rendered.ok());
    CHECK(rendered.value().text == S("Hi Ana"));
}

TEST_CASE("per-operator figures for a list and overall, for a period, match a hand count")
{
    Fixture f;
    const QString list = f.listOfContacts();
    ListQuery leads;
    leads.entity = S("lead");
    CallListService::Source leadSrc;
    leadSrc.query = leads;
    REQUIRE(f.svc.addToQueue(list, leadSrc).ok());
    const QDateTime day = at("2026-03-02T09:00:00Z");
    // olga: Ana no answer (30 s), Ana again sale (240 s), Lena interested (120 s)
    f.log(f.entryFor(list, f.ana), "no_answer", day, {}, S("olga"), 30);
    f.log(f.entryFor(list, f.ana), "sale", day.addSecs(600), {}, S("olga"), 240);
    f.log(f.entryFor(list, f.lena), "interested", day.addSecs(1200), {}, S("olga"), 120);
    // pablo: Bea busy (10 s), then Bea not interested (50 s) the next day
    f.log(f.entryFor(list, f.bea), "busy", day.addSecs(300), {}, S("pablo"), 10);
    f.log(f.entryFor(list, f.bea), "not_interested", day.addDays(1), {}, S("pablo"), 50);
    // A call in another list by olga counts overall only.
    ListQuery dani;
    dani.entity = S("contact");
    dani.where = {{S("last_name"), S("Ruiz")}};
    CallListService::Source src;
    src.query = dani;
    auto other = f.svc.create(S("Other"), src);
    REQUIRE(other.ok());
    f.log(f.entryFor(other.value().listId, f.ana), "sale", day.addSecs(1800), {}, S("olga"), 60);

    auto s = f.svc.stats(list, {}, {});
    REQUIRE(s.ok());
    REQUIRE(s.value().operators.size() == 2);
    const OperatorStats &olga = s.value().operators.at(0);
    CHECK(olga.operatorName == S("olga"));
    CHECK(olga.calls == 3);
    CHECK(olga.reached == 2);
    CHECK(olga.interested == 1);
    CHECK(olga.sales == 1);
    CHECK(olga.noAnswer == 1);
    CHECK(olga.totalSeconds == 390);
    CHECK(*olga.averageSeconds == Approx(130.0));
    CHECK(*olga.conversionPercent == Approx(50.0));
    const OperatorStats &pablo = s.value().operators.at(1);
    CHECK(pablo.calls == 2);
    CHECK(pablo.reached == 1);
    CHECK(pablo.busy == 1);
    CHECK(pablo.sales == 0);
    CHECK(*pablo.averageSeconds == Approx(30.0));
    CHECK(*pablo.conversionPercent == Approx(0.0));
    CHECK(s.value().total.calls == 5);
    CHECK(s.value().total.sales == 1);
    CHECK(*s.value().total.conversionPercent == Approx(100.0 / 3.0));

    // The first day only: pablo's second call is left out.
    auto firstDay = f.svc.stats(list, at("2026-03-02T00:00:00Z"), at("2026-03-03T00:00:00Z")).value();
    CHECK(firstDay.total.calls == 4);
    CHECK(firstDay.operators.at(1).calls == 1);
    CHECK_FALSE(firstDay.operators.at(1).conversionPercent.has_value()); // nobody reached

    auto overall = f.svc.stats(QString(), {}, {}).value();
    CHECK(overall.total.calls == 6);
    CHECK(overall.operators.at(0).sales == 2);

    CHECK_FALSE(f.svc.stats(list, at("2026-03-03T00:00:00Z"), at("2026-03-02T00:00:00Z")).ok());
    CHECK_FALSE(f.svc.stats(S("nope"), {}, {}).ok());
}
