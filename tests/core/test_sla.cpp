// SPDX-License-Identifier: GPL-3.0-or-later
// Service levels (issue 7): business-hours arithmetic in Europe/Madrid across weekends, holidays,
// lunch breaks and both DST changes; policy selection and refusals; the ticket clock (targets,
// pause while waiting on the customer, reopen); the monitor's states and breach records.
#include "testsupport.h"

#include "store/recordrules.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "support/businesshours.h"
#include "support/slaengine.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <catch2/catch.hpp>

using namespace trato;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }
QDateTime T(const char *iso) { return QDateTime::fromString(S(iso), Qt::ISODate).toUTC(); }

qint64 scalar(Database &db, const QString &sql, const QVariantList &params = {})
{
    auto q = Sql::exec(db.connection(), sql, params);
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    return q.value().value(0).toLongLong();
}

QString snapshot(Database &db)
{
    QString out;
    for (const char *table : {"business_calendar", "sla_policy", "ticket", "sla_breach", "change_log"}) {
        auto q = Sql::exec(db.connection(), S("SELECT * FROM %1 ORDER BY 1").arg(S(table)));
        REQUIRE(q.ok());
        out += S("[%1]\n").arg(S(table));
        while (q.value().next()) {
            const QSqlRecord r = q.value().record();
            for (int i = 0; i < r.count(); ++i)
                out += r.value(i).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}

BusinessHours madrid(const char *hours = "mon-fri 09:00-18:00", const char *holidays = "")
{
    auto b = BusinessHours::parse(S(hours), S(holidays), S("Europe/Madrid"));
    REQUIRE(b.ok());
    return b.value();
}

// Pins the rules' clock for one scope.
struct Clock
{
    QDateTime at;
    Clock() { SlaEngine::setClock([this] { return at; }); }
    ~Clock() { SlaEngine::setClock({}); }
};

Record ticket(RecordStore &store, const QString &id)
{
    auto r = store.get(S("ticket"), id);
    REQUIRE(r.ok());
    return r.value();
}
} // namespace

TEST_CASE("business hours: weekends, holidays, lunch breaks and DST in Europe/Madrid")
{
    const BusinessHours b = madrid();
    // Friday 17:00 CET + 2 h: one hour on Friday, one on Monday after the spring DST change (CEST).
    CHECK(b.addBusinessSeconds(T("2026-03-27T16:00:00Z"), 7200) == T("2026-03-30T08:00:00Z"));
    CHECK(b.businessSecondsBetween(T("2026-03-27T16:00:00Z"), T("2026-03-30T08:00:00Z")) == 7200);
    // Autumn change: Friday 17:00 CEST + 2 h = Monday 10:00 CET.
    CHECK(b.addBusinessSeconds(T("2026-10-23T15:00:00Z"), 7200) == T("2026-10-26T09:00:00Z"));
    CHECK(b.businessSecondsBetween(T("2026-10-23T15:00:00Z"), T("2026-10-26T09:00:00Z")) == 7200);
    // A whole week is 45 business hours, across the DST weekend too.
    CHECK(b.businessSecondsBetween(T("2026-03-23T00:00:00Z"), T("2026-03-30T00:00:00Z")) == 45 * 3600);
    CHECK(b.businessSecondsBetween(T("2026-03-30T00:00:00Z"), T("2026-03-23T00:00:00Z")) == 0);
    // Before opening: counting starts at 09:00.
    CHECK(b.addBusinessSeconds(T("2026-11-23T06:00:00Z"), 60) == T("2026-11-23T08:01:00Z"));
    CHECK(b.addBusinessSeconds(T("2026-11-23T06:00:00Z"), 0) == T("2026-11-23T06:00:00Z"));

    // A holiday on the Monday moves it to Tuesday.
    const BusinessHours h = madrid("mon-fri 09:00-18:00", "2026-03-30,\n2026-12-25 2027-01-01");
    CHECK(h.addBusinessSeconds(T("2026-03-27T16:00:00Z"), 7200) == T("2026-03-31T08:00:00Z"));
    CHECK(h.businessSecondsBetween(T("2026-03-30T00:00:00Z"), T("2026-03-31T00:00:00Z")) == 0);

    // Lunch break 14:00-15:00: 13:30 + 1 h = 15:30.
    const BusinessHours lunch = madrid("mon-fri 09:00-14:00,15:00-18:00");
    CHECK(lunch.addBusinessSeconds(T("2026-11-23T12:30:00Z"), 3600) == T("2026-11-23T14:30:00Z"));
    CHECK(lunch.businessSecondsBetween(T("2026-11-23T08:00:00Z"), T("2026-11-23T17:00:00Z")) == 8 * 3600);

    // Saturday mornings, and Spanish day names.
    const BusinessHours sat = madrid("mon-fri 09:00-18:00; sat 10:00-13:00");
    CHECK(sat.addBusinessSeconds(T("2026-11-27T16:00:00Z"), 7200) == T("2026-11-28T10:00:00Z"));
    const BusinessHours es = madrid("lun-vie 09:00-14:00, 15:00-18:00; sáb 10:00-13:00");
    CHECK(es.addBusinessSeconds(T("2026-11-27T16:00:00Z"), 7200) == T("2026-11-28T10:00:00Z"));
}

TEST_CASE("business hours: bad hours, holidays and time zones are refused naming the token")
{
    auto bad = BusinessHours::parse(S("mon-fri 09:00-18:00"), S("2026-12-25, 25/12/2026"), S("Europe/Madrid"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message == S("holidays: \"25/12/2026\" is not a date (YYYY-MM-DD)"));
    CHECK(BusinessHours::checkHolidays(S("2026-02-30")).error().message.contains(S("\"2026-02-30\"")));
    CHECK(BusinessHours::checkHours(S("mon-fri 9-18")).error().message.contains(S("\"9-18\"")));
    CHECK(BusinessHours::checkHours(S("mox-fri 09:00-18:00")).error().message.contains(S("\"mox\"")));
    CHECK(BusinessHours::checkHours(S("mon-fri 18:00-09:00")).error().message.contains(S("ends before it starts")));
    CHECK(BusinessHours::checkHours(S("mon 09:00-14:00,13:00-18:00")).error().message.contains(S("overlap")));
    CHECK_FALSE(BusinessHours::checkHours(S("")).ok());
    CHECK(BusinessHours::checkHours(S("mon-sun 00:00-24:00")).ok());
    CHECK(BusinessHours::checkTimeZone(S("Europe/Madridd")).error().message.contains(S("\"Europe/Madridd\"")));
}

TEST_CASE("sla: calendars and policies are checked on every write and nothing is written when refused")
{
    test::TempDb t;
    RecordStore store(t.db());
    auto cal = store.create(S("business_calendar"), {{S("name"), S("Soporte")}, {S("hours"), S("mon-fri 08:00-20:00")}});
    REQUIRE(cal.ok());
    const QString before = snapshot(t.db());
    auto badHoliday = store.create(S("business_calendar"), {{S("name"), S("Otro")}, {S("holidays"), S("25/12/2026")}});
    REQUIRE_FALSE(badHoliday.ok());
    CHECK(badHoliday.error().message.contains(S("holidays: \"25/12/2026\" is not a date (YYYY-MM-DD)")));
    CHECK_FALSE(store.update(S("business_calendar"), cal.value(), {{S("hours"), S("mon-fri 9h")}}).ok());
    CHECK_FALSE(store.update(S("business_calendar"), cal.value(), {{S("time_zone"), S("Mars/Olympus")}}).ok());
    CHECK(snapshot(t.db()) == before);

    auto p = store.create(S("sla_policy"), {{S("name"), S("Urgente")}, {S("priority"), S("urgent")}, {S("first_response_minutes"), 60},
                                            {S("resolution_minutes"), 240}, {S("calendar"), cal.value()}});
    REQUIRE(p.ok());
    const QString withPolicy = snapshot(t.db());
    auto overlap = store.create(S("sla_policy"), {{S("name"), S("Urgente bis")}, {S("priority"), S("urgent")},
                                                  {S("first_response_minutes"), 30}, {S("resolution_minutes"), 120}});
    REQUIRE_FALSE(overlap.ok());
    CHECK(overlap.error().message.contains(S("\"Urgente bis\"")));
    CHECK(overlap.error().message.contains(S("\"Urgente\"")));
    CHECK_FALSE(store.create(S("sla_policy"), {{S("name"), S("Cero")}, {S("priority"), S("low")}, {S("first_response_minutes"), 0},
                                               {S("resolution_minutes"), 120}}).ok());
    auto shorter = store.create(S("sla_policy"), {{S("name"), S("Corta")}, {S("priority"), S("low")}, {S("first_response_minutes"), 120},
                                                  {S("resolution_minutes"), 60}});
    REQUIRE_FALSE(shorter.ok());
    CHECK(shorter.error().message.contains(S("resolution_minutes")));
    CHECK(snapshot(t.db()) == withPolicy);
    // Another tier or an inactive one does not overlap.
    CHECK(store.create(S("sla_policy"), {{S("name"), S("Urgente VIP")}, {S("priority"), S("urgent")}, {S("tier"), S("vip")},
                                         {S("first_response_minutes"), 15}, {S("resolution_minutes"), 60}}).ok());
    CHECK(store.create(S("sla_policy"), {{S("name"), S("Urgente antigua")}, {S("priority"), S("urgent")}, {S("active"), 0},
                                         {S("first_response_minutes"), 120}, {S("resolution_minutes"), 480}}).ok());
}

TEST_CASE("sla: default calendar and policies once, policy by priority and tier, targets from opening")
{
    test::TempDb t;
    Clock clock;
    clock.at = T("2026-11-23T09:00:00Z"); // Monday 10:00 in Madrid
    RecordStore store(t.db());
    auto standard = store.create(S("account"), {{S("name"), S("Ferretería Ruiz")}});
    auto premium = store.create(S("account"), {{S("name"), S("Clínica Sol")}, {S("support_tier"), S("premium")}});
    REQUIRE(standard.ok());
    REQUIRE(premium.ok());

    auto a = store.create(S("ticket"), {{S("subject"), S("No arranca")}, {S("priority"), S("urgent")}, {S("account"), standard.value()}});
    REQUIRE(a.ok());
    CHECK(scalar(t.db(), S("SELECT COUNT(*) FROM sla_policy")) == 4);
    CHECK(scalar(t.db(), S("SELECT COUNT(*) FROM business_calendar WHERE name = 'Horario laboral' AND is_default = 1")) == 1);
    Record r = ticket(store, a.value());
    CHECK(r.value(S("sla_policy__title")).toString() == S("Urgente"));
    CHECK(r.value(S("opened_at")).toString() == S("2026-11-23T09:00:00Z"));
    CHECK(r.value(S("first_response_due")).toString() == S("2026-11-23T10:00:00Z"));
    CHECK(r.value(S("resolution_due")).toString() == S("2026-11-23T13:00:00Z"));
    CHECK(r.value(S("sla_state")).toString() == S("on_track"));

    // A premium policy for urgent tickets applies to premium accounts only.
    REQUIRE(store.create(S("sla_policy"), {{S("name"), S("Urgente premium")}, {S("priority"), S("urgent")}, {S("tier"), S("premium")},
                                           {S("first_response_minutes"), 30}, {S("resolution_minutes"), 120}}).ok());
    auto b = store.create(S("ticket"), {{S("subject"), S("Sin agua")}, {S("priority"), S("urgent")}, {S("account"), premium.value()}});
    REQUIRE(b.ok());
    CHECK(ticket(store, b.value()).value(S("sla_policy__title")).toString() == S("Urgente premium"));
    CHECK(ticket(store, b.value()).value(S("first_response_due")).toString() == S("2026-11-23T09:30:00Z"));
    auto c = store.create(S("ticket"), {{S("subject"), S("Factura")}, {S("priority"), S("urgent")}, {S("account"), standard.value()}});
    CHECK(ticket(store, c.value()).value(S("sla_policy__title")).toString() == S("Urgente"));

    // Priority change: new policy, targets from the opening time (low: 16 h / 80 h).
    clock.at = T("2026-11-23T11:00:00Z");
    REQUIRE(store.update(S("ticket"), a.value(), {{S("priority"), S("low")}}).ok());
    r = ticket(store, a.value());
    CHECK(r.value(S("sla_policy__title")).toString() == S("Baja"));
    CHECK(r.value(S("first_response_due")).toString() == S("2026-11-24T16:00:00Z"));

    // Defaults come once: with every policy in the Trash, none is created again.
    auto ids = Sql::exec(t.db().connection(), S("SELECT id FROM sla_policy"));
    QStringList all;
    while (ids.value().next())
        all << ids.value().value(0).toString();
    REQUIRE(store.trash(RecordStore::TrashAction::MoveToTrash, S("sla_policy"), all).ok());
    auto d = store.create(S("ticket"), {{S("subject"), S("Sin política")}, {S("priority"), S("high")}});
    REQUIRE(d.ok());
    CHECK(scalar(t.db(), S("SELECT COUNT(*) FROM sla_policy")) == 5);
    CHECK(ticket(store, d.value()).value(S("sla_state")).toString() == S("none"));
    CHECK(ticket(store, d.value()).value(S("resolution_due")).isNull());
}

TEST_CASE("sla: waiting on the customer over a weekend pauses the clock and pushes the targets")
{
    test::TempDb t;
    Clock clock;
    clock.at = T("2026-11-27T09:00:00Z"); // Friday 10:00
    RecordStore store(t.db());
    auto id = store.create(S("ticket"), {{S("subject"), S("Pedido incompleto")}, {S("priority"), S("normal")}});
    REQUIRE(id.ok());
    Record r = ticket(store, id.value());
    CHECK(r.value(S("first_response_due")).toString() == S("2026-11-27T17:00:00Z"));
    CHECK(r.value(S("resolution_due")).toString() == S("2026-12-03T13:00:00Z"));

    clock.at = T("2026-11-27T15:00:00Z"); // Friday 16:00
    REQUIRE(store.update(S("ticket"), id.value(), {{S("status"), S("waiting_customer")}}).ok());
    r = ticket(store, id.value());
    CHECK(r.value(S("paused_since")).toString() == S("2026-11-27T15:00:00Z"));
    CHECK(r.value(S("sla_state")).toString() == S("paused"));
    // Paused: the monitor neither breaches nor changes it, whatever the time.
    auto paused = SlaMonitor::refresh(t.db(), T("2026-11-30T09:00:00Z"));
    REQUIRE(paused.ok());
    CHECK(paused->breaches.isEmpty());
    CHECK(paused->changes.isEmpty());

    clock.at = T("2026-11-30T10:00:00Z"); // Monday 11:00: 2 h on Friday + 2 h on Monday paused
    REQUIRE(store.update(S("ticket"), id.value(), {{S("status"), S("open")}}).ok());
    r = ticket(store, id.value());
    CHECK(r.value(S("paused_seconds")).toLongLong() == 4 * 3600);
    CHECK(r.value(S("paused_since")).isNull());
    CHECK(r.value(S("first_response_due")).toString() == S("2026-11-30T12:00:00Z"));
    CHECK(r.value(S("resolution_due")).toString() == S("2026-12-03T17:00:00Z"));

    // The pushed first response passes unmet: one breach, recorded once.
    auto first = SlaMonitor::refresh(t.db(), T("2026-11-30T12:30:00Z"));
    REQUIRE(first.ok());
    REQUIRE(first->breaches.size() == 1);
    CHECK(first->breaches.at(0).kind == S("first_response"));
    CHECK(first->breaches.at(0).dueAt == S("2026-11-30T12:00:00Z"));
    CHECK(ticket(store, id.value()).value(S("sla_state")).toString() == S("breached"));
    auto again = SlaMonitor::refresh(t.db(), T("2026-11-30T13:30:00Z"));
    REQUIRE(again.ok());
    CHECK(again->breaches.isEmpty());
    CHECK(again->changes.isEmpty());
    CHECK(scalar(t.db(), S("SELECT COUNT(*) FROM sla_breach WHERE ticket = ?"), {id.value()}) == 1);
}

TEST_CASE("sla monitor: at risk once, met, breached late, and reopen with the time that was left")
{
    test::TempDb t;
    Clock clock;
    clock.at = T("2026-11-23T09:00:00Z"); // Monday 10:00
    RecordStore store(t.db());
    auto id = store.create(S("ticket"), {{S("subject"), S("Pantalla rota")}, {S("priority"), S("urgent")}});
    REQUIRE(id.ok());
    auto quiet = SlaMonitor::refresh(t.db(), T("2026-11-23T09:30:00Z"));
    REQUIRE(quiet.ok());
    CHECK(quiet->changes.isEmpty());
    CHECK(quiet->checked == 1);

    auto warn = SlaMonitor::refresh(t.db(), T("2026-11-23T09:50:00Z")); // 50 of 60 minutes used
    REQUIRE(warn.ok());
    REQUIRE(warn->warnings.size() == 1);
    CHECK(warn->warnings.at(0).ticket == id.value());
    CHECK(ticket(store, id.value()).value(S("sla_state")).toString() == S("at_risk"));
    CHECK(SlaMonitor::refresh(t.db(), T("2026-11-23T09:55:00Z")).value().warnings.isEmpty());

    clock.at = T("2026-11-23T09:58:00Z");
    REQUIRE(store.update(S("ticket"), id.value(), {{S("first_response_at"), S("2026-11-23T09:58:00Z")}, {S("status"), S("open")}},
                         RecordStore::Access::System).ok());
    auto onTrack = SlaMonitor::refresh(t.db(), T("2026-11-23T10:30:00Z"));
    REQUIRE(onTrack.ok());
    CHECK(ticket(store, id.value()).value(S("sla_state")).toString() == S("on_track"));
    CHECK(onTrack->breaches.isEmpty());

    // Resolved at 12:00Z with an hour left: met. Reopened the next morning: one hour from then.
    clock.at = T("2026-11-23T12:00:00Z");
    REQUIRE(store.update(S("ticket"), id.value(), {{S("status"), S("resolved")}, {S("resolution"), S("Cambiada")},
                                                    {S("resolved_at"), S("2026-11-23T12:00:00Z")}}, RecordStore::Access::System).ok());
    CHECK(ticket(store, id.value()).value(S("sla_state")).toString() == S("met"));
    clock.at = T("2026-11-24T08:00:00Z"); // Tuesday 09:00
    REQUIRE(store.update(S("ticket"), id.value(), {{S("status"), S("reopened")}, {S("resolved_at"), QVariant()}},
                         RecordStore::Access::System).ok());
    Record r = ticket(store, id.value());
    CHECK(r.value(S("resolution_due")).toString() == S("2026-11-24T09:00:00Z"));
    CHECK(r.value(S("sla_state")).toString() == S("on_track")); // 3 of 4 hours used: under 80 %

    auto late = SlaMonitor::refresh(t.db(), T("2026-11-24T09:00:00Z"));
    REQUIRE(late.ok());
    REQUIRE(late->breaches.size() == 1);
    CHECK(late->breaches.at(0).kind == S("resolution"));
    CHECK(ticket(store, id.value()).value(S("sla_state")).toString() == S("breached"));
    CHECK(SlaMonitor::refresh(t.db(), T("2026-11-25T09:00:00Z")).value().breaches.isEmpty());
    CHECK(scalar(t.db(), S("SELECT COUNT(*) FROM sla_breach")) == 1);
}

TEST_CASE("sla: bulk-loaded tickets get their targets and bad bulk-loaded calendars are refused")
{
    test::TempDb t;
    Clock clock;
    clock.at = T("2026-11-23T09:00:00Z");
    // A raw load (as the bulk path writes) followed by the entity's after-bulk rules.
    REQUIRE(Sql::exec(t.db().connection(), S("INSERT INTO ticket (id, subject, status, priority, opened_at, created_at, updated_at) "
                                              "VALUES ('b1', 'Importado', 'open', 'urgent', '2026-11-23T09:00:00Z', 'x', 'x')")).ok());
    const qint64 rid = scalar(t.db(), S("SELECT rid FROM ticket WHERE id = 'b1'"));
    for (const auto &rule : RecordRules::afterBulks(S("ticket")))
        REQUIRE(rule(t.db(), rid, rid).ok());
    RecordStore store(t.db());
    Record r = ticket(store, S("b1"));
    CHECK(r.value(S("sla_policy__title")).toString() == S("Urgente"));
    CHECK(r.value(S("first_response_due")).toString() == S("2026-11-23T10:00:00Z"));
    CHECK(r.value(S("sla_state")).toString() == S("on_track"));

    REQUIRE(Sql::exec(t.db().connection(), S("INSERT INTO business_calendar (id, name, time_zone, hours, holidays, created_at, updated_at) "
                                              "VALUES ('c9', 'Malo', 'Europe/Madrid', 'mon-fri 09:00-18:00', '31/12/2026', 'x', 'x')")).ok());
    const qint64 crid = scalar(t.db(), S("SELECT rid FROM business_calendar WHERE id = 'c9'"));
    bool refused = false;
    for (const auto &rule : RecordRules::afterBulks(S("business_calendar"))) {
        const Status s = rule(t.db(), crid, crid);
        refused = refused || (!s.ok() && s.error().message.contains(S("\"31/12/2026\"")));
    }
    CHECK(refused);
}
