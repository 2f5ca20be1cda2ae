// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli: ticket add/assign/reply/note/resolve/close/reopen/show on the real binary.
#include "clitest.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace trato;
using test::Cli;
using test::S;

TEST_CASE("trato-cli ticket: the whole life of a ticket and refusals that change nothing")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    cli.ok({S("add"), S("account"), S("name=Talleres Ruiz")});
    const QString number = cli.ok({S("ticket"), S("add"), S("La impresora no imprime"), S("--account"), S("Talleres Ruiz"), S("--priority"),
                                   S("high"), S("--category"), S("incident"), S("--assign"), S("lucia"), S("--team"), S("Nivel 1")})
                               .trimmed();
    CHECK(number.startsWith(S("TCK-")));
    CHECK(number.endsWith(S("-00001")));
    const QString second = cli.ok({S("ticket"), S("add"), S("Segunda")}).trimmed();
    CHECK(second.endsWith(S("-00002")));
    // Without --assign it waits for someone to take it.
    CHECK(cli.jsonObject({S("ticket"), S("show"), second, S("--format"), S("json")}).value(S("assigned_to")).isNull());
    CHECK(cli.ok({S("ticket"), S("queue"), S("unassigned")}).contains(second));

    QString before = test::dump(t.path());
    auto badPriority = cli({S("ticket"), S("add"), S("x"), S("--priority"), S("enorme")});
    CHECK(badPriority.exitCode == 2);
    auto closeEarly = cli({S("ticket"), S("close"), number});
    CHECK(closeEarly.exitCode == 2);
    CHECK(closeEarly.err.contains(S("resolve it first")));
    auto noNote = cli({S("ticket"), S("resolve"), number});
    CHECK(noNote.exitCode == 1);
    auto emptyAttach = cli({S("ticket"), S("reply"), number, S("hola"), S("--attach"), S(" ")});
    CHECK(emptyAttach.exitCode == 2);
    CHECK(emptyAttach.err.contains(S("attachment")));
    auto unknown = cli({S("ticket"), S("show"), S("TCK-1999-00009")});
    CHECK(unknown.exitCode == 2);
    CHECK(test::dump(t.path()) == before);

    cli.ok({S("ticket"), S("note"), number, S("Mirar los drivers")});
    cli.ok({S("ticket"), S("reply"), number, S("Estamos en ello"), S("--attach"), S("/tmp/captura.png"), S("--attach"), S("https://example.com/log")});
    cli.ok({S("ticket"), S("assign"), number, S("pablo"), S("--team"), S("Nivel 2")});
    QJsonObject shown = cli.jsonObject({S("ticket"), S("show"), number, S("--format"), S("json")});
    CHECK(shown.value(S("status")).toString() == S("open"));
    CHECK(shown.value(S("assigned_to")).toString() == S("pablo"));
    CHECK(shown.value(S("team")).toString() == S("Nivel 2"));
    CHECK(shown.value(S("account")).toString() == S("Talleres Ruiz"));
    CHECK_FALSE(shown.value(S("first_response_at")).toString().isEmpty());
    const QJsonArray messages = shown.value(S("messages")).toArray();
    REQUIRE(messages.size() == 2);
    CHECK(messages.at(0).toObject().value(S("kind")).toString() == S("note"));
    CHECK(messages.at(1).toObject().value(S("attachments")).toArray().size() == 2);

    cli.ok({S("ticket"), S("resolve"), number, S("--note"), S("Driver nuevo instalado")});
    before = test::dump(t.path());
    auto badSat = cli({S("ticket"), S("close"), number, S("--satisfaction"), S("7")});
    CHECK(badSat.exitCode == 1);
    CHECK(test::dump(t.path()) == before);
    cli.ok({S("ticket"), S("close"), number, S("--satisfaction"), S("4")});

    // Closed: a reply is refused on every path with "reopen it first", nothing written.
    const QString id = shown.value(S("id")).toString();
    before = test::dump(t.path());
    auto reply = cli({S("ticket"), S("reply"), number, S("hola")});
    CHECK(reply.exitCode == 2);
    CHECK(reply.err.contains(S("reopen it first")));
    auto note = cli({S("ticket"), S("note"), id, S("nota")});
    CHECK(note.exitCode == 2);
    auto raw = cli({S("add"), S("ticket_message"), S("ticket=") + id, S("kind=reply"), S("body=directo")});
    CHECK(raw.exitCode == 2);
    CHECK(raw.err.contains(S("reopen it first")));
    auto edit = cli({S("update"), S("ticket"), id, S("subject=Otro")});
    CHECK(edit.exitCode == 2);
    CHECK(edit.err.contains(S("reopen it first")));
    auto customer = cli({S("ticket"), S("message"), number, S("Sigue sin ir")});
    CHECK(customer.exitCode == 2);
    CHECK(test::dump(t.path()) == before);

    cli.ok({S("ticket"), S("reopen"), number, S("--why"), S("Vuelve a fallar")});
    shown = cli.jsonObject({S("ticket"), S("show"), number, S("--format"), S("json")});
    CHECK(shown.value(S("status")).toString() == S("reopened"));
    CHECK(shown.value(S("reopen_count")).toInt() == 1);
    CHECK(shown.value(S("satisfaction")).isNull());
    CHECK(shown.value(S("messages")).toArray().last().toObject().value(S("body")).toString() == S("Reopened: Vuelve a fallar"));
    const QString text = cli.ok({S("ticket"), S("show"), number});
    CHECK(text.contains(S("Conversation (3 messages)")));
    CHECK(text.contains(S("Attachment: /tmp/captura.png")));
    CHECK(text.contains(S("[Internal note]")));

    // The customer's own words, and a ticket given back to the Unassigned queue.
    cli.ok({S("ticket"), S("unassign"), number});
    shown = cli.jsonObject({S("ticket"), S("show"), number, S("--format"), S("json")});
    CHECK(shown.value(S("assigned_to")).isNull());
    CHECK(shown.value(S("team")).toString() == S("Nivel 2"));
    const QString messageId = cli.ok({S("ticket"), S("message"), number, S("Ahora imprime rayas"), S("--attach"), S("/tmp/rayas.jpg")}).trimmed();
    CHECK_FALSE(messageId.isEmpty());
    shown = cli.jsonObject({S("ticket"), S("show"), number, S("--format"), S("json")});
    const QJsonObject last = shown.value(S("messages")).toArray().last().toObject();
    CHECK(last.value(S("kind")).toString() == S("customer"));
    CHECK(last.value(S("body")).toString() == S("Ahora imprime rayas"));
    CHECK(cli.ok({S("ticket"), S("queue"), S("unassigned")}).contains(number));
}
