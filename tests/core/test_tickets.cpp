// SPDX-License-Identifier: GPL-3.0-or-later
// Tickets (issue 7): numbering, status rules on every write path, the conversation and its effects.
#include "testsupport.h"

#include "store/recordrules.h"
#include "demo/demodata.h"
#include "store/numberseries.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "store/transaction.h"
#include "support/queues.h"
#include "support/ticketservice.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <catch2/catch.hpp>

using namespace trato;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

QString snapshot(Database &db)
{
    QString out;
    for (const char *table : {"ticket", "ticket_message", "number_series", "change_log"}) {
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

QVariant field(Database &db, const QString &id, const char *name, const char *entity = "ticket")
{
    auto r = RecordStore(db).get(S(entity), id);
    REQUIRE(r.ok());
    return r.value().value(S(name));
}

const QDateTime t0(QDate(2026, 3, 9), QTime(9, 0), Qt::UTC);
} // namespace

TEST_CASE("tickets: are numbered TCK-YYYY-NNNNN gaplessly on every create path and get opened_at")
{
    test::TempDb t;
    TicketService service(t.db());
    RecordStore store(t.db());
    auto a = service.create({{S("subject"), S("La impresora no imprime")}}, t0);
    REQUIRE(a.ok());
    CHECK(field(t.db(), a.value(), "number").toString() == S("TCK-2026-00001"));
    CHECK(field(t.db(), a.value(), "opened_at").toString() == S("2026-03-09T09:00:00Z"));
    CHECK(field(t.db(), a.value(), "status").toString() == S("new"));
    // The plain record path (forms, trato-cli add) numbers too, and opened_at is now.
    auto b = store.create(S("ticket"), {{S("subject"), S("Factura duplicada")}});
    REQUIRE(b.ok());
    CHECK(field(t.db(), b.value(), "number").toString().endsWith(S("-00002")));
    CHECK_FALSE(field(t.db(), b.value(), "opened_at").toString().isEmpty());
    // A refused create takes no number.
    const QString before = snapshot(t.db());
    CHECK_FALSE(store.create(S("ticket"), {{S("subject"), S("x")}, {S("status"), S("reopened")}}).ok());
    CHECK_FALSE(store.create(S("ticket"), {{S("subject"), S("x")}, {S("satisfaction"), qint64(4)}}).ok());
    CHECK(snapshot(t.db()) == before);
    auto c = service.create({{S("subject"), S("Tercera")}}, t0);
    REQUIRE(c.ok());
    CHECK(field(t.db(), c.value(), "number").toString() == S("TCK-2026-00003"));
    CHECK(service.resolve(S("tck-2026-00003")).value() == c.value());
    CHECK(service.resolve(c.value()).value() == c.value());
    CHECK_FALSE(service.resolve(S("TCK-2026-00099")).ok());
}

TEST_CASE("tickets: loaded in bulk are numbered in order")
{
    test::TempDb t;
    // A raw load (as the bulk path writes) followed by the entity's after-bulk rules.
    for (int i = 0; i < 3; ++i)
        REQUIRE(Sql::exec(t.db().connection(), S("INSERT INTO ticket (id, subject, status, created_at, updated_at) "
                                                 "VALUES (?, ?, 'new', '2026-05-04T08:00:00Z', 'x')"),
                          {S("b%1").arg(i), S("Bulk %1").arg(i)}).ok());
    auto rids = Sql::exec(t.db().connection(), S("SELECT min(rid), max(rid) FROM ticket"));
    REQUIRE(rids.ok());
    REQUIRE(rids.value().next());
    for (const auto &rule : RecordRules::afterBulks(S("ticket")))
        REQUIRE(rule(t.db(), rids.value().value(0).toLongLong(), rids.value().value(1).toLongLong()).ok());
    auto q = Sql::exec(t.db().connection(), S("SELECT number FROM ticket ORDER BY rid"));
    REQUIRE(q.ok());
    QStringList numbers;
    while (q.value().next())
        numbers << q.value().value(0).toString();
    REQUIRE(numbers.size() == 3);
    CHECK(numbers.at(0) == S("TCK-2026-00001"));
    CHECK(numbers.at(2) == S("TCK-2026-00003"));
    CHECK(field(t.db(), S("b1"), "opened_at").toString() == S("2026-05-04T08:00:00Z"));
}

TEST_CASE("tickets: the first reply sets first_response_at once and opens a new ticket, notes have no effect")
{
    test::TempDb t;
    TicketService service(t.db());
    const QString id = service.create({{S("subject"), S("No arranca")}}, t0).value();
    REQUIRE(service.note(id, S("Mirar el registro"), {}, t0.addSecs(60)).ok());
    CHECK(field(t.db(), id, "first_response_at").isNull());
    CHECK(field(t.db(), id, "status").toString() == S("new"));
    REQUIRE(service.reply(id, S("Estamos en ello"), {S("/tmp/captura.png"), S("https://example.com/log.txt")}, t0.addSecs(600)).ok());
    CHECK(field(t.db(), id, "first_response_at").toString() == S("2026-03-09T09:10:00Z"));
    CHECK(field(t.db(), id, "status").toString() == S("open"));
    REQUIRE(service.reply(id, S("Otra respuesta"), {}, t0.addSecs(1200)).ok());
    CHECK(field(t.db(), id, "first_response_at").toString() == S("2026-03-09T09:10:00Z"));
    // Waiting on the customer, the customer writes: back to open.
    REQUIRE(RecordStore(t.db()).update(S("ticket"), id, {{S("status"), S("waiting_customer")}}).ok());
    REQUIRE(service.customerMessage(id, S("Ya lo he probado"), {}, t0.addSecs(1800)).ok());
    CHECK(field(t.db(), id, "status").toString() == S("open"));
    auto info = service.load(id);
    REQUIRE(info.ok());
    REQUIRE(info.value().messages.size() == 4);
    CHECK(info.value().messages.at(0).kind == S("note"));
    CHECK(info.value().messages.at(1).attachments == QStringList{S("/tmp/captura.png"), S("https://example.com/log.txt")});
    CHECK(info.value().messages.at(3).kind == S("customer"));
    // Bad input: nothing written.
    const QString before = snapshot(t.db());
    CHECK_FALSE(service.reply(id, S("   ")).ok());
    auto bad = service.reply(id, S("texto"), {S("ok.txt"), S("  ")});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(S("attachment")));
    CHECK_FALSE(service.reply(S("no-such-ticket"), S("texto")).ok());
    CHECK(snapshot(t.db()) == before);
}

TEST_CASE("tickets: resolve needs a note, close follows resolve, reopen counts and clears, satisfaction 1 to 5 when resolved or closed")
{
    test::TempDb t;
    TicketService service(t.db());
    RecordStore store(t.db());
    const QString id = service.create({{S("subject"), S("Pantalla rota")}}, t0).value();
    QString before = snapshot(t.db());
    auto noNote = service.resolveTicket(id, S(" "));
    REQUIRE_FALSE(noNote.ok());
    auto formPath = store.update(S("ticket"), id, {{S("status"), S("resolved")}});
    REQUIRE_FALSE(formPath.ok());
    CHECK(formPath.error().message.contains(S("resolution note")));
    auto closeEarly = service.close(id);
    REQUIRE_FALSE(closeEarly.ok());
    CHECK(closeEarly.error().message.contains(S("resolve it first")));
    CHECK_FALSE(store.update(S("ticket"), id, {{S("satisfaction"), qint64(5)}}).ok());
    CHECK_FALSE(service.reopen(id).ok());
    CHECK(snapshot(t.db()) == before);

    REQUIRE(service.resolveTicket(id, S("Cambiada la pantalla"), t0.addSecs(3600)).ok());
    CHECK(field(t.db(), id, "status").toString() == S("resolved"));
    CHECK(field(t.db(), id, "resolved_at").toString() == S("2026-03-09T10:00:00Z"));
    before = snapshot(t.db());
    CHECK_FALSE(store.update(S("ticket"), id, {{S("status"), S("open")}}).ok());
    CHECK_FALSE(store.update(S("ticket"), id, {{S("satisfaction"), qint64(6)}}).ok());
    CHECK_FALSE(store.update(S("ticket"), id, {{S("satisfaction"), qint64(0)}}).ok());
    CHECK_FALSE(service.close(id, 9).ok());
    CHECK(snapshot(t.db()) == before);
    REQUIRE(service.close(id, 4, t0.addSecs(7200)).ok());
    CHECK(field(t.db(), id, "status").toString() == S("closed"));
    CHECK(field(t.db(), id, "closed_at").toString() == S("2026-03-09T11:00:00Z"));
    CHECK(field(t.db(), id, "satisfaction").toInt() == 4);
    // Satisfaction may still come in after closing (a survey).
    REQUIRE(store.update(S("ticket"), id, {{S("satisfaction"), qint64(5)}}).ok());

    // A closed ticket is frozen: no edits, no messages of any kind on any path.
    before = snapshot(t.db());
    auto edit = store.update(S("ticket"), id, {{S("subject"), S("Otro")}});
    REQUIRE_FALSE(edit.ok());
    CHECK(edit.error().message.contains(S("reopen it first")));
    auto reply = service.reply(id, S("Hola"));
    REQUIRE_FALSE(reply.ok());
    CHECK(reply.error().message.contains(S("reopen it first")));
    CHECK_FALSE(service.note(id, S("nota")).ok());
    CHECK_FALSE(service.customerMessage(id, S("cliente")).ok());
    auto raw = store.create(S("ticket_message"), {{S("ticket"), id}, {S("kind"), S("reply")}, {S("body"), S("directo")}});
    REQUIRE_FALSE(raw.ok());
    CHECK(raw.error().message.contains(S("reopen it first")));
    CHECK_FALSE(store.update(S("ticket"), id, {{S("status"), S("open")}}).ok());
    CHECK(snapshot(t.db()) == before);

    REQUIRE(service.reopen(id, S("Vuelve a fallar"), t0.addSecs(9000)).ok());
    CHECK(field(t.db(), id, "status").toString() == S("reopened"));
    CHECK(field(t.db(), id, "reopen_count").toInt() == 1);
    CHECK(field(t.db(), id, "resolved_at").isNull());
    CHECK(field(t.db(), id, "closed_at").isNull());
    CHECK(field(t.db(), id, "satisfaction").isNull());
    auto info = service.load(id);
    REQUIRE(info.ok());
    CHECK(info.value().messages.last().body == S("Reopened: Vuelve a fallar"));
    CHECK(info.value().messages.last().kind == S("note"));

    // A reply to a resolved ticket reopens it (every path: here the raw record path).
    REQUIRE(service.resolveTicket(id, S("Ahora sí"), t0.addSecs(10000)).ok());
    REQUIRE(store.create(S("ticket_message"), {{S("ticket"), id}, {S("kind"), S("reply")}, {S("body"), S("¿Sigue bien?")}}).ok());
    CHECK(field(t.db(), id, "status").toString() == S("reopened"));
    CHECK(field(t.db(), id, "reopen_count").toInt() == 2);
    CHECK_FALSE(store.update(S("ticket"), id, {{S("status"), S("new")}}).ok());
}

TEST_CASE("tickets: assign sets the owner and team, an empty user is refused")
{
    test::TempDb t;
    TicketService service(t.db());
    const QString id = service.create({{S("subject"), S("Alta de usuario")}}, t0).value();
    REQUIRE(service.assign(id, S("lucia"), S("Nivel 2")).ok());
    CHECK(field(t.db(), id, "owner").toString() == S("lucia"));
    CHECK(field(t.db(), id, "team").toString() == S("Nivel 2"));
    REQUIRE(service.assign(id, S("pablo")).ok());
    CHECK(field(t.db(), id, "team").toString() == S("Nivel 2"));
    const QString before = snapshot(t.db());
    CHECK_FALSE(service.assign(id, S(" ")).ok());
    CHECK(snapshot(t.db()) == before);
}

TEST_CASE("tickets: a new ticket waits unassigned until someone takes it, and can be given back")
{
    test::TempDb t;
    TicketService service(t.db());
    RecordStore store(t.db());
    // Created by a user (the form, the CLI, an import) without an assignee: nobody owns it, but
    // created_by says who wrote it. Other entities still default to their writer.
    const QString id = service.create({{S("subject"), S("Sin asignar")}, {S("team"), S("Nivel 1")}}, t0).value();
    CHECK(field(t.db(), id, "owner").isNull());
    CHECK(field(t.db(), id, "created_by").toString() == t.db().user());
    const QString account = store.create(S("account"), {{S("name"), S("Ferretería Sur")}}).value();
    CHECK(field(t.db(), account, "owner", "account").toString() == t.db().user());
    CHECK(SupportQueues::count(t.db(), SupportQueues::Queue::Unassigned, t.db().user()).value() == 1);

    REQUIRE(service.assign(id, S("lucia")).ok());
    CHECK(SupportQueues::count(t.db(), SupportQueues::Queue::Unassigned, t.db().user()).value() == 0);
    // Given back: no owner again, the team is kept; an empty owner on a plain edit does the same.
    REQUIRE(service.unassign(id).ok());
    CHECK(field(t.db(), id, "owner").isNull());
    CHECK(field(t.db(), id, "team").toString() == S("Nivel 1"));
    REQUIRE(store.update(S("ticket"), id, {{S("owner"), S("pablo")}}).ok());
    REQUIRE(store.update(S("ticket"), id, {{S("owner"), QString()}}).ok());
    CHECK(field(t.db(), id, "owner").isNull());
    CHECK(SupportQueues::count(t.db(), SupportQueues::Queue::Unassigned, t.db().user()).value() == 1);
}

TEST_CASE("tickets: a closed ticket's conversation stays as it was, in and out of the Trash")
{
    test::TempDb t;
    TicketService service(t.db());
    RecordStore store(t.db());
    const QString id = service.create({{S("subject"), S("Cerrada")}}, t0).value();
    const QString reply = service.reply(id, S("Hecho"), {}, t0.addSecs(600)).value();
    REQUIRE(service.resolveTicket(id, S("Cambiado el cable"), t0.addSecs(900)).ok());
    REQUIRE(service.close(id, 5, t0.addSecs(1200)).ok());
    const QString before = snapshot(t.db());
    auto trashed = store.remove(S("ticket_message"), reply);
    REQUIRE_FALSE(trashed.ok());
    CHECK(trashed.error().message.contains(S("closed")));
    CHECK(snapshot(t.db()) == before);
    // Reopened, it may be tidied again.
    REQUIRE(service.reopen(id, S("Vuelve a fallar"), t0.addSecs(1800)).ok());
    CHECK(store.remove(S("ticket_message"), reply).ok());
}

TEST_CASE("tickets: the demo has sixty numbered tickets with conversations in mixed states")
{
    test::TempDb t;
    DemoOptions o;
    o.contacts = 80;
    o.now = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
    REQUIRE(DemoData::generate(t.db(), o).ok());
    auto scalar = [&](const char *sql) {
        auto q = Sql::exec(t.db().connection(), S(sql));
        REQUIRE(q.ok());
        REQUIRE(q.value().next());
        return q.value().value(0).toLongLong();
    };
    CHECK(scalar("SELECT count(*) FROM ticket") == 60);
    CHECK(scalar("SELECT count(DISTINCT number) FROM ticket") == 60);
    CHECK(scalar("SELECT count(DISTINCT status) FROM ticket") >= 5);
    CHECK(scalar("SELECT count(DISTINCT priority) FROM ticket") == 4);
    CHECK(scalar("SELECT count(*) FROM ticket WHERE status = 'closed' AND satisfaction BETWEEN 1 AND 5") >= 10);
    CHECK(scalar("SELECT count(*) FROM ticket WHERE reopen_count > 0") >= 1);
    CHECK(scalar("SELECT count(*) FROM ticket_message") > 100);
    // Every ticket with a reply has its first response, none is in the future.
    CHECK(scalar("SELECT count(*) FROM ticket t WHERE EXISTS (SELECT 1 FROM ticket_message m WHERE m.ticket = t.id AND m.kind = 'reply') "
                 "AND t.first_response_at IS NULL") == 0);
    CHECK(scalar("SELECT count(*) FROM ticket_message WHERE written_at > '2026-11-20T12:00:00Z'") == 0);
    // The newest six are new and nobody has taken them yet: the Unassigned queue has work.
    CHECK(scalar("SELECT count(*) FROM ticket WHERE owner IS NULL AND status = 'new'") == 6);
}
