// SPDX-License-Identifier: GPL-3.0-or-later
// Caller lookup: numbers normalized, found in any phone field of contacts, leads and accounts
// through the duplicate finder's indexes, with recent history and open items; the call log entry.
#include "testsupport.h"

#include "store/recordstore.h"
#include "store/sqlite.h"
#include "telephony/callerlookup.h"
#include "telephony/calllog.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace trato;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString create(RecordStore &store, const char *entity, const QVariantMap &values)
{
    auto id = store.create(s(entity), values);
    INFO((id ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    return id.value();
}

QString dumpOf(test::TempDb &t)
{
    return test::sqlite3(t.path(), s(".dump")).out;
}
} // namespace

TEST_CASE("caller lookup: numbers are normalized in the region, garbage is refused with a clear message")
{
    CHECK(CallerLookup::normalize(s("600 11 22 33"), s("ES")).value() == s("+34600112233"));
    CHECK(CallerLookup::normalize(s("+34 600-11-22-33"), s("ES")).value() == s("+34600112233"));
    CHECK(CallerLookup::normalize(s("0034600112233"), s("ES")).value() == s("+34600112233"));
    CHECK(CallerLookup::normalize(s("tel:+34600112233"), s("ES")).value() == s("+34600112233"));
    CHECK(CallerLookup::normalize(s("sip:+34600112233@pbx.example;user=phone"), s("ES")).value() == s("+34600112233"));
    CHECK(CallerLookup::normalize(s("(976) 11.22.33"), s("ES")).value() == s("+34976112233"));
    // Not valid in the region: its digits, still a number (an internal extension, a short code).
    CHECK(CallerLookup::normalize(s("1234"), s("ES")).value() == s("1234"));

    for (const char *bad : {"", "   ", "abc", "600112233; DROP TABLE contact", "12", "<script>", "+", "1234567890123456789012"}) {
        auto r = CallerLookup::normalize(s(bad), s("ES"));
        INFO(bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == Error::BadInput);
        CHECK_FALSE(r.error().message.isEmpty());
    }
    CHECK(CallerLookup::normalize(s("abc"), s("ES")).error().message.contains(s("\"abc\"")));
    CHECK(CallerLookup::formatted(s("+34600112233"), s("ES")) == s("600 11 22 33"));
    CHECK(CallerLookup::formatted(s("+33612345678"), s("ES")) == s("+33 6 12 34 56 78"));
    CHECK(CallerLookup::formatted(s("1234"), s("ES")) == s("1234"));
}

TEST_CASE("caller lookup: finds contacts, then leads, then accounts in any phone field, in any stored form")
{
    test::TempDb t;
    RecordStore store(t.db());
    const QString account = create(store, "account", {{s("name"), s("Hierros Ruiz S.L.")}, {s("phone"), s("0034 600 112 233")}});
    const QString contact = create(store, "contact", {{s("first_name"), s("Ana")}, {s("last_name"), s("Ruiz")}, {s("account"), account},
                                                      {s("mobile"), s("600 11 22 33")}, {s("phone"), s("976 55 44 33")},
                                                      {s("email"), s("ana@ruiz.es")}, {s("title"), s("Gerente")}});
    const QString lead = create(store, "lead", {{s("first_name"), s("Luis")}, {s("last_name"), s("Pardo")},
                                                {s("company"), s("Pardo Hermanos")}, {s("mobile"), s("+34 600-11-22-33")}});
    // Neither the same digits in another country nor a record in the Trash.
    create(store, "contact", {{s("last_name"), s("Francés")}, {s("mobile"), s("+33 600112233")}});
    const QString trashed = create(store, "contact", {{s("last_name"), s("Borrado")}, {s("home_phone"), s("600112233")}});
    REQUIRE(store.remove(s("contact"), trashed).ok());

    CallerLookup lookup(t.db(), s("ES"));
    auto r = lookup.lookup(s("+34600112233"));
    REQUIRE(r.ok());
    CHECK(r.value().number == s("+34600112233"));
    CHECK(r.value().known());
    REQUIRE(r.value().matches.size() == 3);
    const CallerMatch &c = r.value().matches.at(0);
    CHECK(c.entity == s("contact"));
    CHECK(c.id == contact);
    CHECK(c.name == s("Ana Ruiz"));
    CHECK(c.accountId == account);
    CHECK(c.accountName == s("Hierros Ruiz S.L."));
    CHECK(c.title == s("Gerente"));
    CHECK(c.email == s("ana@ruiz.es"));
    CHECK(c.matchedField == s("mobile"));
    REQUIRE(c.phones.size() == 2);
    CHECK(c.phones.at(0) == qMakePair(s("phone"), s("976 55 44 33")));
    CHECK(c.phones.at(1) == qMakePair(s("mobile"), s("600 11 22 33")));
    CHECK(r.value().matches.at(1).entity == s("lead"));
    CHECK(r.value().matches.at(1).id == lead);
    CHECK(r.value().matches.at(1).accountName == s("Pardo Hermanos"));
    CHECK(r.value().matches.at(2).entity == s("account"));
    CHECK(r.value().matches.at(2).id == account);
    CHECK(r.value().matches.at(2).matchedField == s("phone"));

    // The other phone of the contact, typed as a caller ID sends it.
    auto work = lookup.lookup(s("0034976554433"));
    REQUIRE(work.ok());
    REQUIRE(work.value().matches.size() == 1);
    CHECK(work.value().matches.at(0).id == contact);
    CHECK(work.value().matches.at(0).matchedField == s("phone"));

    auto unknown = lookup.lookup(s("+34 911 000 000"));
    REQUIRE(unknown.ok());
    CHECK_FALSE(unknown.value().known());
    CHECK(unknown.value().number == s("+34911000000"));

    auto garbage = lookup.lookup(s("not a number"));
    REQUIRE_FALSE(garbage.ok());
    CHECK(garbage.error().kind == Error::BadInput);
}

TEST_CASE("caller lookup: each phone field is read through its duplicate index, never a table scan")
{
    test::TempDb t;
    for (const char *entity : {"contact", "lead", "account"}) {
        for (const char *column : {"phone", "mobile", "home_phone"}) {
            if (!t.db().registry()->entity(s(entity))->field(s(column)))
                continue;
            const QString sql = CallerLookup::phoneQuerySql(s(entity), s(column), 3);
            auto plan = Sql::exec(t.db().connection(), s("EXPLAIN QUERY PLAN ") + sql, {s("1"), s("2"), s("3")});
            REQUIRE(plan.ok());
            QString text;
            while (plan.value().next())
                text += plan.value().value(3).toString() + QLatin1Char('\n');
            INFO(text.toStdString());
            CHECK(text.contains(s("USING INDEX %1__dup_%2").arg(s(entity), s(column))));
            CHECK_FALSE(text.contains(s("SCAN")));
        }
    }
}

TEST_CASE("caller lookup: recent history and open items of the caller, newest first and soonest first")
{
    test::TempDb t;
    RecordStore store(t.db());
    const QString contact = create(store, "contact", {{s("last_name"), s("Ruiz")}, {s("mobile"), s("600112233")}});
    const QString other = create(store, "contact", {{s("last_name"), s("Otro")}, {s("mobile"), s("600999999")}});
    for (int day = 1; day <= 7; ++day)
        create(store, "activity", {{s("kind"), s("call")}, {s("subject"), s("Call %1").arg(day)}, {s("contact"), contact},
                                   {s("start_at"), s("2026-01-%1T10:00:00Z").arg(day, 2, 10, QLatin1Char('0'))},
                                   {s("status"), s("completed")}, {s("outcome"), s("reached")}});
    create(store, "activity", {{s("kind"), s("meeting")}, {s("subject"), s("Cancelled meeting")}, {s("contact"), contact},
                               {s("start_at"), s("2026-01-08T10:00:00Z")}, {s("status"), s("cancelled")}});
    create(store, "activity", {{s("kind"), s("task")}, {s("subject"), s("Send the quote")}, {s("contact"), contact},
                               {s("start_at"), s("2026-03-01T09:00:00Z")}});
    create(store, "activity", {{s("kind"), s("visit")}, {s("subject"), s("Visit the plant")}, {s("contact"), contact},
                               {s("start_at"), s("2026-02-01T09:00:00Z")}, {s("status"), s("in_progress")}});
    const QString gone = create(store, "activity", {{s("kind"), s("task")}, {s("subject"), s("Deleted task")}, {s("contact"), contact},
                                                    {s("start_at"), s("2026-01-15T09:00:00Z")}});
    REQUIRE(store.remove(s("activity"), gone).ok());
    create(store, "activity", {{s("kind"), s("task")}, {s("subject"), s("Someone else's")}, {s("contact"), other},
                               {s("start_at"), s("2026-01-15T09:00:00Z")}});

    auto r = CallerLookup(t.db(), s("ES")).lookup(s("600112233"));
    REQUIRE(r.ok());
    REQUIRE(r.value().matches.size() == 1);
    const CallerMatch &m = r.value().matches.first();
    REQUIRE(m.recent.size() == CallerLookup::RecentCount);
    CHECK(m.recent.at(0).subject == s("Cancelled meeting"));
    CHECK(m.recent.at(1).subject == s("Call 7"));
    CHECK(m.recent.at(4).subject == s("Call 4"));
    CHECK(m.recent.at(1).outcome == s("reached"));
    REQUIRE(m.open.size() == 2);
    CHECK(m.open.at(0).subject == s("Visit the plant"));
    CHECK(m.open.at(1).subject == s("Send the quote"));
    CHECK(m.open.at(1).kind == s("task"));

    const QJsonObject json = CallerLookup::toJson(r.value(), s("ANA RUIZ"));
    CHECK(json.value(s("known")).toBool());
    CHECK(json.value(s("number")).toString() == s("+34600112233"));
    CHECK(json.value(s("caller_name")).toString() == s("ANA RUIZ"));
    const QJsonObject first = json.value(s("matches")).toArray().at(0).toObject();
    CHECK(first.value(s("entity")).toString() == s("contact"));
    CHECK(first.value(s("id")).toString() == contact);
    CHECK(first.value(s("recent")).toArray().size() == 5);
    CHECK(first.value(s("open")).toArray().at(0).toObject().value(s("status")).toString() == s("in_progress"));
    CHECK(first.value(s("phones")).toObject().value(s("mobile")).toString() == s("600112233"));
    CHECK(first.value(s("account")).isNull());
}

TEST_CASE("call log: an inbound call starts in progress about the caller, gets its outcome, or makes a lead")
{
    test::TempDb t;
    RecordStore store(t.db());
    const QString account = create(store, "account", {{s("name"), s("Hierros Ruiz")}});
    const QString contact = create(store, "contact", {{s("first_name"), s("Ana")}, {s("last_name"), s("Ruiz")}, {s("account"), account},
                                                      {s("mobile"), s("600112233")}});
    CallerLookup lookup(t.db(), s("ES"));
    const QDateTime now(QDate(2026, 5, 4), QTime(9, 30), Qt::UTC);

    auto known = lookup.lookup(s("+34600112233"));
    REQUIRE(known.ok());
    auto id = CallLog::startInbound(t.db(), known.value(), s("whatever the PBX says"), now);
    REQUIRE(id.ok());
    auto a = store.get(s("activity"), id.value());
    REQUIRE(a.ok());
    CHECK(a.value().value(s("kind")).toString() == s("call"));
    CHECK(a.value().value(s("direction")).toString() == s("inbound"));
    CHECK(a.value().value(s("status")).toString() == s("in_progress"));
    CHECK(a.value().value(s("start_at")).toString() == s("2026-05-04T09:30:00Z"));
    CHECK(a.value().value(s("phone_number")).toString() == s("+34600112233"));
    CHECK(a.value().value(s("contact")).toString() == contact);
    CHECK(a.value().value(s("account")).toString() == account);
    CHECK(a.value().value(s("subject")).toString() == s("Incoming call from Ana Ruiz"));
    // The caller now has the call among its open items.
    CHECK(lookup.lookup(s("600112233")).value().matches.first().open.size() == 1);

    REQUIRE(CallLog::recordOutcome(t.db(), id.value(), s("interested"), s("  Wants a quote  "), now.addSecs(300)).ok());
    a = store.get(s("activity"), id.value());
    CHECK(a.value().value(s("outcome")).toString() == s("interested"));
    CHECK(a.value().value(s("outcome_notes")).toString() == s("Wants a quote"));
    CHECK(a.value().value(s("end_at")).toString() == s("2026-05-04T09:35:00Z"));

    // A bad outcome is refused and changes nothing; so is writing on a finished call.
    QString before = dumpOf(t);
    CHECK_FALSE(CallLog::recordOutcome(t.db(), id.value(), s("maybe"), QString(), now).ok());
    REQUIRE(store.update(s("activity"), id.value(), {{s("status"), s("completed")}}).ok());
    before = dumpOf(t);
    auto again = CallLog::recordOutcome(t.db(), id.value(), s("sale"), QString(), now);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(s("already")));
    CHECK(dumpOf(t) == before);

    // An unknown number: the entry is about nobody, then about the lead made from it.
    auto unknown = lookup.lookup(s("911 22 33 44"));
    REQUIRE(unknown.ok());
    auto call = CallLog::startInbound(t.db(), unknown.value(), s("Marta Gil Soto"), now);
    REQUIRE(call.ok());
    CHECK(store.get(s("activity"), call.value()).value().value(s("subject")).toString() == s("Incoming call from Marta Gil Soto"));
    auto lead = CallLog::createLead(t.db(), s("911 22 33 44"), s("Marta Gil Soto"), s("ES"), call.value());
    REQUIRE(lead.ok());
    auto l = store.get(s("lead"), lead.value());
    CHECK(l.value().value(s("first_name")).toString() == s("Marta Gil"));
    CHECK(l.value().value(s("last_name")).toString() == s("Soto"));
    CHECK(l.value().value(s("phone")).toString() == s("911 22 33 44"));
    CHECK(store.get(s("activity"), call.value()).value().value(s("lead")).toString() == lead.value());
    auto found = lookup.lookup(s("+34911223344"));
    REQUIRE(found.value().matches.size() == 1);
    CHECK(found.value().matches.first().id == lead.value());

    auto nameless = CallLog::createLead(t.db(), s("+33 6 12 34 56 78"), QString(), s("ES"));
    REQUIRE(nameless.ok());
    CHECK(store.get(s("lead"), nameless.value()).value().value(s("last_name")).toString() == s("Caller +33 6 12 34 56 78"));

    // Refused: garbage, or a call log entry that does not exist (the lead is not kept either).
    before = dumpOf(t);
    CHECK_FALSE(CallLog::createLead(t.db(), s("hello"), s("X"), s("ES")).ok());
    auto missing = CallLog::createLead(t.db(), s("911 00 00 01"), s("Y"), s("ES"), s("0190-no-such-activity"));
    REQUIRE_FALSE(missing.ok());
    CHECK(dumpOf(t) == before);
}
