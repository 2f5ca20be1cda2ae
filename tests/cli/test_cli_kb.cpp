// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli: kb search|show|insert|helped and contract status|assign on the real binary.
#include "clitest.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace trato;
using test::Cli;
using test::S;

TEST_CASE("trato-cli searches the knowledge base, inserts an article into a reply and counts helped tickets")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    cli.ok({S("add"), S("kb_article"), S("title=Cómo restablecer la contraseña"), S("body=Pulse el enlace del correo."),
            S("category=Cuenta"), S("status=published")});
    cli.ok({S("add"), S("kb_article"), S("title=Configurar la impresora"), S("body=Use la contraseña del router."),
            S("category=Impresión"), S("status=published")});
    cli.ok({S("add"), S("kb_article"), S("title=Contraseña (borrador)"), S("body=Sin revisar."), S("category=Cuenta"), S("status=draft")});
    const QString open = cli.ok({S("add"), S("ticket"), S("subject=Olvidé la contraseña"), S("status=open")}).trimmed();
    const QString closed = cli.ok({S("add"), S("ticket"), S("subject=Cerrado"), S("status=closed"), S("resolution=Hecho")}).trimmed();

    QJsonArray hits = cli.jsonArray({S("kb"), S("search"), S("contrasena"), S("--format"), S("json")});
    REQUIRE(hits.size() == 2);
    CHECK(hits.at(0).toObject().value(S("title")).toString() == S("Cómo restablecer la contraseña"));
    CHECK(hits.at(0).toObject().value(S("category")).toString() == S("Cuenta"));
    CHECK(hits.at(1).toObject().value(S("title")).toString() == S("Configurar la impresora"));
    CHECK(cli.jsonArray({S("kb"), S("search"), S("CONTRASEÑA"), S("--drafts"), S("--format"), S("json")}).size() == 3);
    CHECK(cli.jsonArray({S("kb"), S("search"), S("contraseña"), S("--limit"), S("1"), S("--format"), S("json")}).size() == 1);
    CHECK(cli.ok({S("kb"), S("show"), S("Cómo restablecer la contraseña")}).contains(S("Pulse el enlace del correo.")));

    const QString reply = cli.ok({S("kb"), S("insert"), open, S("Cómo restablecer la contraseña")}).trimmed();
    CHECK(reply.size() == 36);
    const QJsonArray messages = cli.jsonArray({S("list"), S("ticket_message"), S("--format"), S("json")});
    REQUIRE(messages.size() == 1);
    CHECK(cli.jsonArray({S("list"), S("ticket_article"), S("--format"), S("json")}).size() == 1);

    // A closed ticket, a draft, an unknown article: refused, database unchanged.
    const QString before = test::dump(t.path());
    auto refused = cli({S("kb"), S("insert"), closed, S("Cómo restablecer la contraseña")});
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(S("closed")));
    auto draft = cli({S("kb"), S("insert"), open, S("Contraseña (borrador)")});
    CHECK(draft.exitCode != 0);
    CHECK(draft.err.contains(S("draft")));
    CHECK(cli({S("kb"), S("insert"), open, S("No existe")}).exitCode != 0);
    CHECK(test::dump(t.path()) == before);

    CHECK(cli.ok({S("kb"), S("helped"), open, S("Cómo restablecer la contraseña")}).contains(S("Helped 1 time(s)")));
    CHECK(cli.ok({S("kb"), S("helped"), open, S("Cómo restablecer la contraseña")}).contains(S("Helped 1 time(s)")));
    hits = cli.jsonArray({S("kb"), S("search"), S("restablecer"), S("--format"), S("json")});
    REQUIRE(hits.size() == 1);
    CHECK(hits.at(0).toObject().value(S("helped")).toInt() == 1);
    CHECK(cli.ok({S("kb"), S("helped"), open, S("Cómo restablecer la contraseña"), S("--undo")}).contains(S("Helped 0 time(s)")));
}

TEST_CASE("trato-cli shows service contract usage and warns about expired contracts on stderr")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    cli.ok({S("add"), S("account"), S("name=Acme")});
    cli.ok({S("add"), S("account"), S("name=Beta")});
    cli.ok({S("add"), S("service_contract"), S("name=Bolsa Acme"), S("account=Acme"), S("unit=hours"), S("period=term"),
            S("included=10"), S("start_date=2020-01-01"), S("end_date=2099-12-31")});
    cli.ok({S("add"), S("service_contract"), S("name=Acme caducado"), S("account=Acme"), S("unit=hours"), S("period=term"),
            S("included=10"), S("start_date=2020-01-01"), S("end_date=2020-12-31")});
    cli.ok({S("add"), S("service_contract"), S("name=Bolsa Beta"), S("account=Beta"), S("unit=tickets"), S("period=month"),
            S("included=5"), S("start_date=2020-01-01"), S("end_date=2099-12-31")});
    const QString tk = cli.ok({S("add"), S("ticket"), S("subject=Impresora"), S("status=open"), S("account=Acme"),
                               S("contract=Bolsa Acme"), S("time_spent=9.5")}).trimmed();

    QJsonArray rows = cli.jsonArray({S("contract"), S("status"), S("Acme"), S("--format"), S("json")});
    REQUIRE(rows.size() == 2);
    QJsonObject bolsa = rows.at(0).toObject().value(S("contract")).toString() == S("Bolsa Acme") ? rows.at(0).toObject() : rows.at(1).toObject();
    CHECK(bolsa.value(S("included")).toString() == S("10"));
    CHECK(bolsa.value(S("used")).toString() == S("9.5"));
    CHECK(bolsa.value(S("left")).toString() == S("0.5"));
    CHECK(bolsa.value(S("status")).toString() == S("active"));
    CHECK(bolsa.value(S("period")).toString() == S("2020-01-01..2099-12-31"));
    CHECK(bolsa.value(S("low")).toBool());
    CHECK(cli.jsonArray({S("contract"), S("status"), S("--format"), S("json")}).size() == 3);

    // Beta's contract on Acme's ticket: refused, nothing written.
    const QString before = test::dump(t.path());
    auto wrong = cli({S("contract"), S("assign"), tk, S("Bolsa Beta")});
    CHECK(wrong.exitCode != 0);
    CHECK(wrong.err.contains(S("Beta")));
    auto wrongUpdate = cli({S("update"), S("ticket"), tk, S("contract=Bolsa Beta")});
    CHECK(wrongUpdate.exitCode != 0);
    CHECK(test::dump(t.path()) == before);

    // The expired one: written, with a warning on stderr.
    auto expired = cli({S("contract"), S("assign"), tk, S("Acme caducado")});
    CHECK(expired.exitCode == 0);
    CHECK(expired.err.contains(S("expired on 2020-12-31")));
    rows = cli.jsonArray({S("contract"), S("status"), S("Acme"), S("--format"), S("json")});
    REQUIRE(rows.size() == 2);
    for (const auto &r : rows) {
        const QJsonObject o = r.toObject();
        // The ticket left Bolsa Acme; it was opened today, outside the expired contract's term.
        CHECK(o.value(S("used")).toString() == S("0"));
        if (o.value(S("contract")).toString() == S("Acme caducado"))
            CHECK(o.value(S("status")).toString() == S("expired"));
    }
    // Judged on a day inside the expired contract's term: active (its usage counts that term).
    rows = cli.jsonArray({S("contract"), S("status"), S("Acme"), S("--date"), S("2020-06-01"), S("--format"), S("json")});
    for (const auto &r : rows)
        if (r.toObject().value(S("contract")).toString() == S("Acme caducado"))
            CHECK(r.toObject().value(S("status")).toString() == S("active"));
    auto badDate = cli({S("contract"), S("status"), S("--date"), S("ayer")});
    CHECK(badDate.exitCode == 1);
    CHECK(badDate.err.contains(S("YYYY-MM-DD")));
}
