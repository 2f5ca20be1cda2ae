// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli calllist create / show / next / log / stats and script render on the real binary.
#include "clitest.h"

#include <catch2/catch.hpp>

using namespace trato;
using test::Cli;
using test::S;

namespace {
struct Setup
{
    test::TempDb t;
    Cli cli{t.path()};
    QString ana, bea, carl, lena, script;

    Setup()
    {
        t.close();
        cli.ok({S("add"), S("account"), S("name=Acme")});
        ana = cli.ok({S("add"), S("contact"), S("first_name=Ana"), S("last_name=Ruiz"), S("account=Acme"), S("city=Madrid"),
                      S("phone=+34 911 000 001")}).trimmed();
        bea = cli.ok({S("add"), S("contact"), S("first_name=Bea"), S("last_name=Soler"), S("city=Madrid")}).trimmed();
        carl = cli.ok({S("add"), S("contact"), S("first_name=Carl"), S("last_name=Vidal"), S("city=Madrid"), S("mobile=+34 600 000 003"),
                       S("do_not_call=yes")}).trimmed();
        lena = cli.ok({S("add"), S("lead"), S("first_name=Lena"), S("last_name=Paz"), S("company=Paz SL"), S("phone=+34 911 000 005")}).trimmed();
        script = cli.ok({S("add"), S("call_script"), S("name=Intro"), S("body=Hola {first_name}, soy {operator}. ¿Sigue con {company}? {shoe_size}"),
                         S("questions=title | ¿Cuál es su cargo?\nbest_time | ¿Cuándo le llamo mejor?")}).trimmed();
    }
};
} // namespace

TEST_CASE("calllist create from a query, a segment or a campaign reports what it added and skipped")
{
    Setup s;
    auto r = s.cli.jsonObject({S("calllist"), S("create"), S("Madrid"), S("--entity"), S("contact"), S("--where"), S("city=Madrid"),
                               S("--script"), S("Intro"), S("--format"), S("json")});
    CHECK(r.value(S("matched")).toInt() == 3);
    CHECK(r.value(S("added")).toInt() == 1);
    CHECK(r.value(S("skipped_no_phone")).toInt() == 1);
    CHECK(r.value(S("skipped_do_not_call")).toInt() == 1);
    CHECK_FALSE(r.value(S("id")).toString().isEmpty());

    s.cli.ok({S("segment"), S("add"), S("lead"), S("All leads"), S("--where"), S("status=new")});
    auto seg = s.cli.jsonObject({S("calllist"), S("create"), S("Leads"), S("--segment"), S("All leads"), S("--format"), S("json")});
    CHECK(seg.value(S("added")).toInt() == 1);

    s.cli.ok({S("add"), S("campaign"), S("name=Otoño"), S("type=event")});
    s.cli.ok({S("campaign"), S("add"), S("Otoño"), S("contact"), s.ana, s.bea});
    s.cli.ok({S("campaign"), S("add"), S("Otoño"), S("account"), S("--all")});
    const QString text = s.cli.ok({S("calllist"), S("create"), S("Otoño calls"), S("--campaign"), S("Otoño")});
    CHECK(text.contains(S("Added:")));
    CHECK(text.contains(S("Skipped: not a person:        1")));

    // Bad input: a usage error or a data error, and nothing written.
    const QString before = test::dump(s.t.path());
    CHECK(s.cli({S("calllist"), S("create"), S("X")}).exitCode == 1);
    CHECK(s.cli({S("calllist"), S("create"), S("X"), S("--entity"), S("contact"), S("--segment"), S("All leads")}).exitCode == 1);
    auto acc = s.cli({S("calllist"), S("create"), S("X"), S("--entity"), S("account")});
    CHECK(acc.exitCode == 1); // --entity takes contact or lead only
    CHECK(acc.err.contains(S("--entity")));
    auto noScript = s.cli({S("calllist"), S("create"), S("X"), S("--entity"), S("contact"), S("--script"), S("Nope")});
    CHECK(noScript.exitCode == 2);
    CHECK(noScript.err.contains(S("Nope")));
    CHECK(s.cli({S("calllist"), S("create"), S("X"), S("--campaign"), S("Nope")}).exitCode == 2);
    CHECK(test::dump(s.t.path()) == before);
}

TEST_CASE("calllist next hands out the script and questions, log records outcomes, show follows progress")
{
    Setup s;
    s.cli.ok({S("calllist"), S("create"), S("Todos"), S("--entity"), S("contact"), S("--script"), S("Intro")});
    s.cli.ok({S("calllist"), S("create"), S("Leads"), S("--entity"), S("lead")});

    auto next = s.cli({S("calllist"), S("next"), S("Todos"), S("--operator"), S("olga")});
    REQUIRE(next.exitCode == 0);
    CHECK(next.out.contains(S("Ana Ruiz")));
    CHECK(next.out.contains(S("Hola Ana, soy olga. ¿Sigue con Acme? {shoe_size}")));
    CHECK(next.out.contains(S("title: ¿Cuál es su cargo?")));
    CHECK(next.err.contains(S("shoe_size")));
    auto entry = s.cli.jsonObject({S("calllist"), S("next"), S("Todos"), S("--operator"), S("olga"), S("--format"), S("json")});
    const QString entryId = entry.value(S("id")).toString();
    CHECK(entry.value(S("record_id")).toString() == s.ana);
    CHECK(entry.value(S("questions")).toArray().size() == 2);
    // Another operator does not get Ana while olga has her; the list has nobody else.
    auto other = s.cli({S("calllist"), S("next"), S("Todos"), S("--operator"), S("pablo"), S("--format"), S("json")});
    CHECK(other.exitCode == 0);
    CHECK(other.out.trimmed() == S("null"));

    // A bad answer refuses the whole log and changes nothing.
    const QString before = test::dump(s.t.path());
    auto bad = s.cli({S("calllist"), S("log"), entryId, S("interested"), S("--answer"), S("best_time=whenever")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(S("best_time")));
    auto noTime = s.cli({S("calllist"), S("log"), entryId, S("call_back")});
    CHECK(noTime.exitCode == 2);
    CHECK(noTime.err.contains(S("date and time")));
    CHECK(s.cli({S("calllist"), S("log"), entryId, S("maybe")}).exitCode == 2);
    CHECK(s.cli({S("calllist"), S("log"), entryId, S("busy"), S("--duration"), S("abc")}).exitCode == 1);
    CHECK(s.cli({S("calllist"), S("log"), S("no-such-entry"), S("busy")}).exitCode == 2);
    CHECK(test::dump(s.t.path()) == before);

    auto logged = s.cli.jsonObject({S("calllist"), S("log"), entryId, S("call_back"), S("--callback-at"), S("2031-05-06T16:30:00Z"),
                                    S("--answer"), S("title=CTO"), S("--answer"), S("best_time=afternoon"), S("--notes"), S("Llamar tarde"),
                                    S("--duration"), S("95"), S("--operator"), S("olga"), S("--format"), S("json")});
    CHECK(logged.value(S("entry_status")).toString() == S("call_back"));
    CHECK(logged.value(S("attempts")).toInt() == 1);
    const QString callId = logged.value(S("activity")).toString();
    auto call = s.cli.jsonObject({S("show"), S("activity"), callId, S("--format"), S("json")});
    CHECK(call.value(S("outcome")).toString() == S("call_back"));
    CHECK(call.value(S("outcome_notes")).toString() == S("Llamar tarde"));
    CHECK(call.value(S("owner")).toString() == S("olga"));
    auto followUp = s.cli.jsonObject({S("show"), S("activity"), logged.value(S("follow_up")).toString(), S("--format"), S("json")});
    CHECK(followUp.value(S("start_at")).toString() == S("2031-05-06T16:30:00Z"));
    auto contact = s.cli.jsonObject({S("show"), S("contact"), s.ana, S("--format"), S("json")});
    CHECK(contact.value(S("title")).toString() == S("CTO"));
    CHECK(contact.value(S("best_time")).toString() == S("afternoon"));

    // The lead: not interested closes it.
    auto lead = s.cli.jsonObject({S("calllist"), S("next"), S("Leads"), S("--format"), S("json")});
    auto closed = s.cli.jsonObject({S("calllist"), S("log"), lead.value(S("id")).toString(), S("not_interested"), S("--format"), S("json")});
    CHECK(closed.value(S("lead_closed")).toBool());
    CHECK(closed.value(S("follow_up")).isNull());
    CHECK(s.cli.jsonObject({S("show"), S("lead"), s.lena, S("--format"), S("json")}).value(S("status")).toString() == S("disqualified"));

    auto shown = s.cli.jsonObject({S("calllist"), S("show"), S("Todos"), S("--format"), S("json")});
    CHECK(shown.value(S("total")).toInt() == 1);
    CHECK(shown.value(S("call_back")).toInt() == 1);
    CHECK(shown.value(S("done")).toInt() == 0);
    CHECK(shown.value(S("script")).toString() == S("Intro"));
    CHECK(shown.value(S("queue")).toArray().isEmpty()); // the call-back is not due yet
    const QString leadsText = s.cli.ok({S("calllist"), S("show"), S("Leads")});
    CHECK(leadsText.contains(S("1 of 1 done")));
}

TEST_CASE("calllist stats counts per operator and period and script render fills in a record")
{
    Setup s;
    s.cli.ok({S("calllist"), S("create"), S("Todos"), S("--entity"), S("contact")});
    s.cli.ok({S("calllist"), S("create"), S("Leads"), S("--entity"), S("lead")});
    const QString ana = s.cli.jsonObject({S("calllist"), S("next"), S("Todos"), S("--format"), S("json")}).value(S("id")).toString();
    s.cli.ok({S("calllist"), S("log"), ana, S("no_answer"), S("--duration"), S("10"), S("--operator"), S("olga")});
    s.cli.ok({S("calllist"), S("log"), ana, S("sale"), S("--duration"), S("110"), S("--operator"), S("olga")});
    const QString lena = s.cli.jsonObject({S("calllist"), S("next"), S("Leads"), S("--format"), S("json")}).value(S("id")).toString();
    s.cli.ok({S("calllist"), S("log"), lena, S("interested"), S("--duration"), S("30"), S("--operator"), S("pablo")});

    const QJsonArray todos = s.cli.jsonArray({S("calllist"), S("stats"), S("Todos"), S("--format"), S("json")});
    REQUIRE(todos.size() == 1);
    const QJsonObject olga = todos.at(0).toObject();
    CHECK(olga.value(S("operator")).toString() == S("olga"));
    CHECK(olga.value(S("calls")).toInt() == 2);
    CHECK(olga.value(S("reached")).toInt() == 1);
    CHECK(olga.value(S("sales")).toInt() == 1);
    CHECK(olga.value(S("no_answer")).toInt() == 1);
    CHECK(olga.value(S("avg_seconds")).toDouble() == Approx(60.0));
    CHECK(olga.value(S("conversion_percent")).toDouble() == Approx(100.0));
    const QJsonArray all = s.cli.jsonArray({S("calllist"), S("stats"), S("--format"), S("json")});
    REQUIRE(all.size() == 2);
    CHECK(all.at(1).toObject().value(S("operator")).toString() == S("pablo"));
    CHECK(all.at(1).toObject().value(S("interested")).toInt() == 1);
    CHECK(all.at(1).toObject().value(S("conversion_percent")).toDouble() == Approx(0.0));
    const QStringList table = s.cli.lines({S("calllist"), S("stats")});
    CHECK(table.last().startsWith(S("(all)")));
    const QStringList csv = s.cli.lines({S("calllist"), S("stats"), S("--format"), S("csv")});
    CHECK(csv.first() == S("operator,calls,reached,interested,sales,no_answer,busy,avg_seconds,conversion_percent"));
    // A period long past has no calls; a backwards one is refused.
    CHECK(s.cli.jsonArray({S("calllist"), S("stats"), S("--from"), S("2001-01-01"), S("--to"), S("2001-12-31"), S("--format"), S("json")}).isEmpty());
    CHECK(s.cli({S("calllist"), S("stats"), S("--from"), S("2001-12-31"), S("--to"), S("2001-01-01")}).exitCode == 2);
    CHECK(s.cli({S("calllist"), S("stats"), S("--from"), S("someday")}).exitCode == 2);
    CHECK(s.cli({S("calllist"), S("stats"), S("Nope")}).exitCode == 2);

    auto rendered = s.cli({S("script"), S("render"), S("Intro"), S("contact"), s.ana, S("--operator"), S("Olga")});
    REQUIRE(rendered.exitCode == 0);
    CHECK(rendered.out.startsWith(S("Hola Ana, soy Olga. ¿Sigue con Acme? {shoe_size}\n")));
    CHECK(rendered.out.contains(S("best_time: ¿Cuándo le llamo mejor?")));
    CHECK(rendered.err.contains(S("shoe_size")));
    auto json = s.cli.jsonObject({S("script"), S("render"), S("Intro"), S("contact"), s.ana, S("--format"), S("json")});
    CHECK(json.value(S("text")).toString().startsWith(S("Hola Ana")));
    CHECK(json.value(S("unknown_fields")).toArray().size() == 1);
    CHECK(json.value(S("questions")).toArray().size() == 2);
    // Leads have no best time to call: the question on line 2 does not fit them.
    auto forLead = s.cli({S("script"), S("render"), S("Intro"), S("lead"), s.lena});
    CHECK(forLead.exitCode == 2);
    CHECK(forLead.err.contains(S("line 2")));
    CHECK(forLead.err.contains(S("best_time")));
    // A question about a field the entity does not have: an error naming the line.
    s.cli.ok({S("add"), S("call_script"), S("name=Broken"), S("body=Hi"), S("questions=title | Role?\ncompany | Company?")});
    auto broken = s.cli({S("script"), S("render"), S("Broken"), S("contact"), s.ana});
    CHECK(broken.exitCode == 2);
    CHECK(broken.err.contains(S("line 2")));
    CHECK(s.cli({S("script"), S("render"), S("Intro"), S("contact"), S("nope")}).exitCode == 2);
}
