// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli timeline, note and cooling; segments on the derived relationship field.
#include "clitest.h"

#include "store/recordstore.h"

#include <QDateTime>

#include <catch2/catch.hpp>

using namespace trato;
using test::Cli;
using test::S;

namespace {

QString addId(const Cli &cli, const QStringList &args)
{
    return cli.ok(args).trimmed();
}

} // namespace

TEST_CASE("timeline shows a record's chronology, filters it and pages it with a cursor")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    const QString account = addId(cli, {S("add"), S("account"), S("name=Talleres Norte")});
    const QString contact = addId(cli, {S("add"), S("contact"), S("first_name=Ana"), S("last_name=Ruiz"), S("account=") + account});
    cli.ok({S("add"), S("activity"), S("kind=call"), S("subject=Presentar la oferta"), S("start_at=2025-03-10T10:00:00Z"),
            S("contact=") + contact});
    cli.ok({S("update"), S("contact"), contact, S("city=Bilbao"), S("title=Compras")});
    const QString note = addId(cli, {S("note"), S("add"), S("contact"), contact, S("Prefiere"), S("las mañanas")});
    REQUIRE(note.size() == 36);

    const QJsonArray all = cli.jsonArray({S("timeline"), S("contact"), contact, S("--format"), S("json")});
    REQUIRE(all.size() == 4);
    CHECK(all.at(0).toObject().value(S("kind")).toString() == S("note"));
    CHECK(all.at(0).toObject().value(S("text")).toString() == S("Prefiere las mañanas"));
    CHECK(all.at(1).toObject().value(S("kind")).toString() == S("change"));
    CHECK(all.at(1).toObject().value(S("title")).toString() == S("Job title: → Compras; City: → Bilbao"));
    CHECK(all.at(2).toObject().value(S("title")).toString() == S("Record created"));
    CHECK(all.at(3).toObject().value(S("title")).toString() == S("Call: Presentar la oferta"));
    CHECK(all.at(3).toObject().value(S("open")).toBool());
    CHECK(all.at(3).toObject().value(S("entity")).toString() == S("activity"));

    // The account sees its contact's call, marked with the contact.
    const QString table = cli.ok({S("timeline"), S("account"), account, S("--kind"), S("activity")});
    CHECK(table.contains(S("Presentar la oferta")));
    CHECK(table.contains(S("Ana Ruiz")));

    CHECK(cli.jsonArray({S("timeline"), S("contact"), contact, S("--kind"), S("note,activity"), S("--format"), S("json")}).size() == 2);
    CHECK(cli.jsonArray({S("timeline"), S("contact"), contact, S("--search"), S("MANANAS"), S("--format"), S("json")}).size() == 1);
    CHECK(cli.jsonArray({S("timeline"), S("contact"), contact, S("--from"), S("2025-03-01"), S("--to"), S("2025-03-31"),
                         S("--format"), S("json")}).size() == 1);

    // Pages of one: the cursor goes to stderr, stdout keeps only entries.
    QStringList seen;
    QString after;
    for (int i = 0; i < 10; ++i) {
        QStringList args = {S("timeline"), S("contact"), contact, S("--limit"), S("1"), S("--format"), S("csv")};
        if (!after.isEmpty())
            args << S("--after") << after;
        const auto r = cli(args);
        REQUIRE(r.exitCode == 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        REQUIRE(lines.size() == 2);
        seen << lines.at(1);
        if (r.err.isEmpty())
            break;
        after = r.err.section(QLatin1Char('"'), 1, 1);
        REQUIRE_FALSE(after.isEmpty());
    }
    CHECK(seen.size() == 4);
    CHECK(seen.removeDuplicates() == 0);
}

TEST_CASE("timeline and note refuse bad input with a clear message and change nothing")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    const QString lead = addId(cli, {S("add"), S("lead"), S("last_name=Sanz")});
    const QString before = test::dump(t.path());

    auto r = cli({S("timeline"), S("lead"), lead, S("--kind"), S("gossip")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(S("gossip")));
    r = cli({S("timeline"), S("lead"), lead, S("--from"), S("someday")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(S("someday")));
    r = cli({S("timeline"), S("lead"), S("nope")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(S("nope")));
    r = cli({S("timeline"), S("lead"), lead, S("--from"), S("2025-05-01"), S("--to"), S("2025-04-01")});
    CHECK(r.exitCode == 2);
    r = cli({S("note"), S("add"), S("lead"), lead, S("   ")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(S("text")));
    r = cli({S("note"), S("add"), S("campaign"), lead, S("hello")});
    CHECK(r.exitCode == 2);
    r = cli({S("note"), S("add"), S("lead"), S("nope"), S("hello")});
    CHECK(r.exitCode == 2);
    r = cli({S("cooling"), S("--entity"), S("campaign")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(S("contact, account")));
    r = cli({S("cooling"), S("--days"), S("-3")});
    CHECK(r.exitCode == 1);
    CHECK(test::dump(t.path()) == before);
}

TEST_CASE("note list, edit and delete")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    const QString lead = addId(cli, {S("add"), S("lead"), S("last_name=Sanz")});
    const QString first = addId(cli, {S("note"), S("add"), S("lead"), lead, S("First")});
    addId(cli, {S("note"), S("add"), S("lead"), lead, S("Second")});
    cli.ok({S("note"), S("edit"), first, S("First, edited")});
    QJsonArray notes = cli.jsonArray({S("note"), S("list"), S("lead"), lead, S("--format"), S("json")});
    REQUIRE(notes.size() == 2);
    QStringList bodies;
    for (const auto &n : notes)
        bodies << n.toObject().value(S("note")).toString();
    CHECK(bodies.contains(S("First, edited")));
    CHECK(bodies.contains(S("Second")));
    cli.ok({S("note"), S("delete"), first});
    notes = cli.jsonArray({S("note"), S("list"), S("lead"), lead, S("--format"), S("json")});
    REQUIRE(notes.size() == 1);
    CHECK(notes.at(0).toObject().value(S("note")).toString() == S("Second"));
}

TEST_CASE("cooling lists contacts not reached for N days, and a segment on relationship = friend works")
{
    test::TempDb t;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto ago = [&](int days) { return now.addDays(-days).toString(S("yyyy-MM-ddTHH:mm:ss'Z'")); };
    RecordStore store(t.db());
    const auto sys = RecordStore::Access::System;
    // last_activity_at and relationship are derived (kept by the activity service): set as the system.
    const QString friendId = store.create(S("contact"), {{S("last_name"), S("Amiga")}, {S("relationship"), S("friend")},
                                                         {S("last_activity_at"), ago(45)}}, sys).value();
    store.create(S("contact"), {{S("last_name"), S("Conocido")}, {S("relationship"), S("acquaintance")},
                                {S("last_activity_at"), ago(5)}}, sys);
    store.create(S("contact"), {{S("last_name"), S("Lejano")}, {S("last_activity_at"), ago(400)}, {S("do_not_call"), 1}}, sys);
    t.close();
    Cli cli(t.path());

    QJsonArray cooling = cli.jsonArray({S("cooling"), S("--format"), S("json")});
    REQUIRE(cooling.size() == 1);
    CHECK(cooling.at(0).toObject().value(S("id")).toString() == friendId);
    CHECK(cooling.at(0).toObject().value(S("days")).toInt() == 45);
    CHECK(cooling.at(0).toObject().value(S("relationship")).toString() == S("friend"));
    CHECK(cli.jsonArray({S("cooling"), S("--days"), S("60"), S("--format"), S("json")}).isEmpty());
    CHECK(cli.jsonArray({S("cooling"), S("--days"), S("1"), S("--format"), S("json")}).size() == 2);
    CHECK(cli.ok({S("cooling")}).contains(S("Friend")));
    CHECK(cli.jsonArray({S("cooling"), S("--entity"), S("account"), S("--format"), S("json")}).isEmpty());

    cli.ok({S("segment"), S("add"), S("contact"), S("Friends"), S("--where"), S("relationship=friend")});
    const QStringList friends = cli.lines({S("list"), S("contact"), S("--segment"), S("Friends"), S("--fields"), S("last_name"),
                                           S("--format"), S("csv")});
    CHECK(friends == QStringList{S("last_name"), S("Amiga")});
}
