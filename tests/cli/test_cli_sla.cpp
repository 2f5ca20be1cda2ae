// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli sla policies|policy add|calendar add|refresh and ticket sla on a real database file:
// due times, warnings and breaches recorded once, refusals that leave the database unchanged.
#include "clitest.h"

#include "store/recordstore.h"
#include "support/slaengine.h"

#include <catch2/catch.hpp>

using namespace trato;
using test::Cli;
using test::S;

TEST_CASE("cli sla: policies, ticket due times, refresh with warnings and breaches once, refusals")
{
    test::TempDb t;
    QString ticket;
    {
        SlaEngine::setClock([] { return QDateTime::fromString(S("2026-11-23T09:00:00Z"), Qt::ISODate); }); // Monday 10:00 Madrid
        RecordStore store(t.db());
        auto id = store.create(S("ticket"), {{S("subject"), S("Caldera sin presión")}, {S("priority"), S("urgent")}});
        SlaEngine::setClock({});
        REQUIRE(id.ok());
        ticket = id.value();
    }
    t.close();
    const Cli cli(t.path());

    const QString policies = cli.ok({S("sla"), S("policies")});
    CHECK(policies.contains(S("Urgente")));
    CHECK(policies.contains(S("Horario laboral")));
    CHECK(cli.jsonArray({S("sla"), S("policies"), S("--format"), S("json")}).size() == 4);

    QString sla = cli.ok({S("ticket"), S("sla"), ticket});
    CHECK(sla.contains(S("2026-11-23T10:00:00Z")));
    CHECK(sla.contains(S("2026-11-23T13:00:00Z")));
    CHECK(sla.contains(S("on_track")));

    auto warn = cli({S("sla"), S("refresh"), S("--now"), S("2026-11-23T09:50:00Z")});
    REQUIRE(warn.exitCode == 0);
    CHECK(warn.out.contains(S("on_track -> at_risk")));
    CHECK(warn.err.contains(S("1 new warnings")));

    auto late = cli({S("sla"), S("refresh"), S("--now"), S("2026-11-23T13:30:00Z")});
    REQUIRE(late.exitCode == 0);
    CHECK(late.out.count(S("breach\t")) == 2);
    CHECK(late.out.contains(S("at_risk -> breached")));
    auto again = cli({S("sla"), S("refresh"), S("--now"), S("2026-11-23T14:30:00Z")});
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.isEmpty());
    sla = cli.ok({S("ticket"), S("sla"), ticket});
    CHECK(sla.contains(S("first_response, due 2026-11-23T10:00:00Z")));
    CHECK(sla.contains(S("resolution, due 2026-11-23T13:00:00Z")));
    CHECK(sla.contains(S("breached")));

    // Refused: an overlapping policy, a bad holiday, a bad zone; the file is unchanged.
    const QString before = test::dump(t.path());
    auto overlap = cli({S("sla"), S("policy"), S("add"), S("Otra urgente"), S("--priority"), S("urgent"), S("--first-response"), S("30"),
                        S("--resolution"), S("120")});
    CHECK(overlap.exitCode == 2);
    CHECK(overlap.err.contains(S("\"Otra urgente\"")));
    CHECK(overlap.err.contains(S("\"Urgente\"")));
    auto holiday = cli({S("sla"), S("calendar"), S("add"), S("Canarias"), S("--hours"), S("mon-fri 09:00-18:00"), S("--holidays"),
                        S("2026-12-24 25/12/2026"), S("--tz"), S("Atlantic/Canary")});
    CHECK(holiday.exitCode == 2);
    CHECK(holiday.err.contains(S("holidays: \"25/12/2026\" is not a date (YYYY-MM-DD)")));
    auto zone = cli({S("sla"), S("calendar"), S("add"), S("Luna"), S("--hours"), S("mon-fri 09:00-18:00"), S("--tz"), S("Moon/Base")});
    CHECK(zone.exitCode == 2);
    CHECK(zone.err.contains(S("\"Moon/Base\"")));
    CHECK(cli({S("sla"), S("refresh"), S("--now"), S("yesterday")}).exitCode == 1);
    CHECK(cli({S("ticket"), S("sla"), S("nope")}).exitCode == 2);
    CHECK(test::dump(t.path()) == before);

    // Accepted: a calendar with a lunch break and a VIP policy on it.
    cli.ok({S("sla"), S("calendar"), S("add"), S("Canarias"), S("--hours"), S("lun-vie 08:00-14:00,15:00-17:00"), S("--holidays"),
            S("2026-12-25, 2027-01-01"), S("--tz"), S("Atlantic/Canary")});
    cli.ok({S("sla"), S("policy"), S("add"), S("Urgente VIP"), S("--priority"), S("urgent"), S("--tier"), S("vip"), S("--first-response"),
            S("15"), S("--resolution"), S("60"), S("--calendar"), S("Canarias")});
    const QJsonArray all = cli.jsonArray({S("sla"), S("policies"), S("--format"), S("json")});
    REQUIRE(all.size() == 5);
    bool found = false;
    for (const auto &v : all)
        if (v.toObject().value(S("name")).toString() == S("Urgente VIP")) {
            found = true;
            CHECK(v.toObject().value(S("calendar")).toString() == S("Canarias"));
            CHECK(v.toObject().value(S("first_response")).toInt() == 15);
        }
    CHECK(found);
}
