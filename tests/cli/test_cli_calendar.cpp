// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli calendar export/import/show and user list/set, on the real binary.
#include "clitest.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace trato;
using test::Cli;
using test::S;

namespace {

void seed(const Cli &cli)
{
    cli.ok({S("add"), S("activity"), S("subject=Llamar a Ana"), S("kind=call"), S("start_at=2026-06-10T08:00:00Z"),
            S("end_at=2026-06-10T08:30:00Z"), S("owner=maria")});
    cli.ok({S("add"), S("activity"), S("subject=Visita Acme"), S("kind=visit"), S("start_at=2026-06-11T09:00:00Z"),
            S("end_at=2026-06-11T11:00:00Z"), S("owner=pedro")});
    cli.ok({S("add"), S("activity"), S("subject=Enviar oferta"), S("kind=task"), S("start_at=2026-06-12T15:00:00Z"),
            S("owner=maria")});
    cli.ok({S("add"), S("activity"), S("subject=Julio"), S("kind=meeting"), S("start_at=2026-07-02T09:00:00Z"),
            S("end_at=2026-07-02T10:00:00Z"), S("owner=maria")});
}

QStringList subjects(const QJsonArray &a)
{
    QStringList out;
    for (const auto &v : a)
        out << v.toObject().value(S("subject")).toString();
    return out;
}

} // namespace

TEST_CASE("calendar show lists the range with filters, as table and JSON", "[calendar]")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    seed(cli);
    const QJsonArray june = cli.jsonArray({S("calendar"), S("show"), S("--from"), S("2026-06-01"), S("--to"), S("2026-06-30"),
                                           S("--format"), S("json")});
    CHECK(subjects(june) == QStringList{S("Llamar a Ana"), S("Visita Acme"), S("Enviar oferta")});
    CHECK(june.at(0).toObject().value(S("start")).toString() == S("2026-06-10T08:00:00Z"));
    CHECK(june.at(2).toObject().value(S("kind")).toString() == S("task"));
    const QJsonArray maria = cli.jsonArray({S("calendar"), S("show"), S("--from"), S("2026-06-01"), S("--to"), S("2026-07-31"),
                                            S("--owner"), S("maria"), S("--kind"), S("call"), S("--kind"), S("meeting"),
                                            S("--format"), S("json")});
    CHECK(subjects(maria) == QStringList{S("Llamar a Ana"), S("Julio")});
    const QString table = cli.ok({S("calendar"), S("show"), S("--from"), S("2026-06-11"), S("--to"), S("2026-06-11")});
    CHECK(table.contains(S("Visita Acme")));
    CHECK_FALSE(table.contains(S("Llamar a Ana")));

    auto bad = cli({S("calendar"), S("show"), S("--from"), S("2026-02-30")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(S("--from: \"2026-02-30\" is not a date")));
    auto backwards = cli({S("calendar"), S("show"), S("--from"), S("2026-06-10"), S("--to"), S("2026-06-01")});
    CHECK(backwards.exitCode == 2);
    CHECK(backwards.err.contains(S("ends before it starts")));
}

TEST_CASE("calendar export and import round-trip through a file, re-import updates", "[calendar]")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    seed(cli);
    const QString ics = QDir(t.dir()).filePath(S("june.ics"));
    const QString out = cli.ok({S("calendar"), S("export"), ics, S("--from"), S("2026-06-01"), S("--to"), S("2026-06-30")});
    CHECK(out.contains(S("Exported 2 events and 1 tasks")));
    const QString text = QString::fromUtf8(test::fileBytes(ics));
    CHECK(text.contains(S("BEGIN:VTODO")));
    CHECK(text.contains(S("SUMMARY:Visita Acme")));
    CHECK_FALSE(text.contains(S("Julio")));
    const QString pedro = cli.ok({S("calendar"), S("export"), S("-"), S("--owner"), S("pedro")});
    CHECK(pedro.contains(S("SUMMARY:Visita Acme")));
    CHECK_FALSE(pedro.contains(S("Llamar a Ana")));

    // Into a new database: created; a dry run writes nothing.
    test::TempDb other;
    other.close();
    Cli cli2(other.path());
    const QString before = test::dump(other.path());
    const QString dry = cli2.ok({S("calendar"), S("import"), ics, S("--dry-run")});
    CHECK(dry.contains(S("Dry run, nothing written: 3 created, 0 updated")));
    CHECK(test::dump(other.path()) == before);
    CHECK(cli2.ok({S("calendar"), S("import"), ics}).contains(S("3 created, 0 updated")));
    CHECK(cli2.ok({S("calendar"), S("import"), ics}).contains(S("0 created, 3 updated")));
    CHECK(subjects(cli2.jsonArray({S("calendar"), S("show"), S("--from"), S("2026-06-01"), S("--to"), S("2026-06-30"),
                                   S("--format"), S("json")}))
          == QStringList{S("Llamar a Ana"), S("Visita Acme"), S("Enviar oferta")});
}

TEST_CASE("calendar import refuses a broken file with its line, exit 2, database unchanged", "[calendar]")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    seed(cli);
    const QString ics = QDir(t.dir()).filePath(S("broken.ics"));
    QFile f(ics);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:ok-1\r\nDTSTART:20260601T100000Z\r\nSUMMARY:Fine\r\nEND:VEVENT\r\n"
            "BEGIN:VFREEBUSY\r\nUID:fb\r\nEND:VFREEBUSY\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260601T100000Z\r\nSUMMARY:Cut\r\n");
    f.close();
    const QString before = test::dump(t.path());
    auto r = cli({S("calendar"), S("import"), ics});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(ics + S(":7: unknown component VFREEBUSY")));
    CHECK(test::dump(t.path()) == before);
    auto skip = cli({S("calendar"), S("import"), ics, S("--skip-unknown")});
    CHECK(skip.exitCode == 2);
    CHECK(skip.err.contains(S("missing END:VEVENT for BEGIN:VEVENT at line 10")));
    CHECK(test::dump(t.path()) == before);
    auto missing = cli({S("calendar"), S("import"), QDir(t.dir()).filePath(S("nope.ics"))});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(S("nope.ics")));
}

TEST_CASE("user list and user set: colors validated, derived colors for users without one", "[calendar]")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    seed(cli);
    QJsonArray users = cli.jsonArray({S("user"), S("list"), S("--format"), S("json")});
    REQUIRE(users.size() == 2);
    CHECK(users.at(0).toObject().value(S("name")).toString() == S("maria"));
    CHECK(users.at(0).toObject().value(S("stored")).toBool() == false);
    const QString derived = users.at(0).toObject().value(S("color")).toString();
    CHECK(derived.startsWith(S("#")));
    CHECK(derived.size() == 7);

    CHECK(cli.ok({S("user"), S("set"), S("maria"), S("--display-name"), S("María López"), S("--color"), S("#AA3377"),
                  S("--team"), S("Ventas")})
          == S("maria\tMaría López\t#aa3377\tVentas\n"));
    const QString before = test::dump(t.path());
    auto bad = cli({S("user"), S("set"), S("maria"), S("--color"), S("#12345"), S("--team"), S("Otro")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(S("Color \"#12345\" is not a color")));
    CHECK(test::dump(t.path()) == before);
    auto nothing = cli({S("user"), S("set"), S("maria")});
    CHECK(nothing.exitCode == 1);
    users = cli.jsonArray({S("user"), S("list"), S("--format"), S("json")});
    CHECK(users.at(0).toObject().value(S("display_name")).toString() == S("María López"));
    CHECK(users.at(0).toObject().value(S("color")).toString() == S("#aa3377"));
    CHECK(users.at(0).toObject().value(S("team")).toString() == S("Ventas"));
    CHECK(users.at(0).toObject().value(S("stored")).toBool());
    // Back to the derived color.
    cli.ok({S("user"), S("set"), S("maria"), S("--color"), S("")});
    users = cli.jsonArray({S("user"), S("list"), S("--format"), S("json")});
    CHECK(users.at(0).toObject().value(S("color")).toString() == derived);
}
