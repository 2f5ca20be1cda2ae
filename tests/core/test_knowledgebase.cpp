// SPDX-License-Identifier: GPL-3.0-or-later
// Atención al cliente (issue 7): the knowledge base (search, suggestions, insert into a reply, the
// helped counter) and service contracts (usage per period, status, warnings, the account rule).
#include "testsupport.h"

#include "demo/demokb.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "store/transaction.h"
#include "support/knowledgebase.h"
#include "support/servicecontracts.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <catch2/catch.hpp>

using namespace trato;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

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
    for (const char *table : {"ticket", "ticket_message", "ticket_article", "kb_article", "service_contract", "change_log"}) {
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

QString create(RecordStore &store, const char *entity, const QVariantMap &values)
{
    auto r = store.create(S(entity), values, RecordStore::Access::System);
    INFO((r.ok() ? QString() : r.error().message));
    REQUIRE(r.ok());
    return r.value();
}

QString article(RecordStore &store, const char *title, const char *body, const char *category, const char *status = "published",
                const char *tags = nullptr)
{
    QVariantMap v{{S("title"), S(title)}, {S("body"), S(body)}, {S("category"), S(category)}, {S("status"), S(status)}};
    if (tags)
        v.insert(S("tags"), S(tags));
    return create(store, "kb_article", v);
}

QString ticket(RecordStore &store, const char *subject, const char *status = "open", const QString &account = {},
               const QString &contract = {}, const char *openedAt = nullptr, qint64 timeSpent = -1)
{
    QVariantMap v{{S("subject"), S(subject)}, {S("status"), S(status)}};
    if (!account.isEmpty())
        v.insert(S("account"), account);
    if (!contract.isEmpty())
        v.insert(S("contract"), contract);
    if (openedAt)
        v.insert(S("opened_at"), S(openedAt));
    if (timeSpent >= 0)
        v.insert(S("time_spent"), timeSpent);
    if (QByteArray(status) == "closed" || QByteArray(status) == "resolved")
        v.insert(S("resolution"), S("Resuelto por teléfono"));
    return create(store, "ticket", v);
}

QStringList titles(const QList<KbHit> &hits)
{
    QStringList out;
    for (const KbHit &h : hits)
        out << h.title;
    return out;
}
} // namespace

TEST_CASE("knowledge base search: ranked by title first, accents ignored, drafts only when asked")
{
    test::TempDb t;
    RecordStore store(t.db());
    article(store, "Configurar la impresora de red", "Si la impresora pide la contraseña del administrador, use la del router.", "Impresión");
    article(store, "Cómo restablecer la contraseña", "Pulse «He olvidado mi contraseña» y siga el correo.", "Cuenta");
    article(store, "Contraseña olvidada (borrador)", "Texto sin revisar.", "Cuenta", "draft");
    article(store, "Conectar por VPN", "Instale el cliente.", "Redes", "published", "vpn, teletrabajo");
    KnowledgeBase kb(t.db());

    auto plain = kb.search(S("contrasena"));
    REQUIRE(plain.ok());
    CHECK(titles(plain.value()) == QStringList{S("Cómo restablecer la contraseña"), S("Configurar la impresora de red")});
    auto accented = kb.search(S("CONTRASEÑA"));
    REQUIRE(accented.ok());
    CHECK(titles(accented.value()) == titles(plain.value()));
    CHECK(plain.value().first().category == S("Cuenta"));
    CHECK(plain.value().first().status == S("published"));

    auto drafts = kb.search(S("contraseña"), true);
    REQUIRE(drafts.ok());
    CHECK(drafts.value().size() == 3);
    CHECK(titles(drafts.value()).contains(S("Contraseña olvidada (borrador)")));
    CHECK(kb.search(S("contraseña"), true, 1).value().size() == 1);

    CHECK(titles(kb.search(S("teletrabajo")).value()) == QStringList{S("Conectar por VPN")});
    CHECK(titles(kb.search(S("impresion")).value()) == QStringList{S("Configurar la impresora de red")});
    CHECK(kb.search(S("   ")).value().isEmpty());
    CHECK(kb.search(S("inexistente")).value().isEmpty());
}

TEST_CASE("knowledge base suggestions come from the ticket's subject and leave linked articles out")
{
    test::TempDb t;
    RecordStore store(t.db());
    const QString pwd = article(store, "Cómo restablecer la contraseña", "Pulse el enlace del correo.", "Cuenta");
    const QString vpn = article(store, "Conectar por VPN", "Instale el cliente.", "Redes");
    article(store, "Contraseña del wifi (borrador)", "Sin revisar.", "Redes", "draft");
    const QString tk = ticket(store, "No puedo restablecer mi contrasena");
    KnowledgeBase kb(t.db());
    auto s = kb.suggestions(tk);
    REQUIRE(s.ok());
    REQUIRE(!s.value().isEmpty());
    CHECK(s.value().first().id == pwd);
    CHECK_FALSE(titles(s.value()).contains(S("Contraseña del wifi (borrador)")));
    CHECK_FALSE(titles(s.value()).contains(S("Conectar por VPN")));
    REQUIRE(kb.link(tk, pwd).ok());
    CHECK(kb.suggestions(tk).value().isEmpty());
    Q_UNUSED(vpn);
}

TEST_CASE("inserting an article logs one reply and one link in one transaction, and a closed ticket refuses")
{
    test::TempDb t;
    RecordStore store(t.db());
    const QString art = article(store, "Cómo restablecer la contraseña", "Pulse el enlace del correo.", "Cuenta");
    const QString draft = article(store, "Borrador", "Sin revisar.", "Cuenta", "draft");
    const QString open = ticket(store, "Olvidé la contraseña");
    const QString closed = ticket(store, "Ticket cerrado", "closed");
    KnowledgeBase kb(t.db());
    const QDateTime now(QDate(2026, 3, 9), QTime(10, 15, 0), Qt::UTC);

    auto id = kb.insert(open, art, now);
    INFO((id.ok() ? QString() : id.error().message));
    REQUIRE(id.ok());
    CHECK(scalar(t.db(), S("SELECT count(*) FROM ticket_message WHERE ticket = ? AND deleted = 0"), {open}) == 1);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM ticket_article WHERE ticket = ? AND deleted = 0"), {open}) == 1);
    auto msg = store.get(S("ticket_message"), id.value());
    REQUIRE(msg.ok());
    CHECK(msg.value().value(S("kind")).toString() == S("reply"));
    CHECK(msg.value().value(S("body")).toString() == S("Cómo restablecer la contraseña\n\nPulse el enlace del correo."));
    CHECK(msg.value().value(S("written_at")).toString() == S("2026-03-09T10:15:00Z"));
    // Inserting it again writes a second reply; the link stays one.
    REQUIRE(kb.insert(open, art, now).ok());
    CHECK(scalar(t.db(), S("SELECT count(*) FROM ticket_message WHERE ticket = ?"), {open}) == 2);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM ticket_article WHERE ticket = ?"), {open}) == 1);

    const QString before = snapshot(t.db());
    auto refused = kb.insert(closed, art, now);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(S("closed")));
    auto draftRefused = kb.insert(open, draft, now);
    REQUIRE_FALSE(draftRefused.ok());
    CHECK(draftRefused.error().message.contains(S("draft")));
    CHECK_FALSE(kb.insert(open, S("no such article"), now).ok());
    CHECK(snapshot(t.db()) == before);

    // An enclosing transaction that rolls back takes the reply and the link with it.
    {
        Transaction tx(t.db());
        REQUIRE(tx.isActive());
        REQUIRE(kb.insert(open, art, now).ok());
        tx.rollback();
    }
    CHECK(snapshot(t.db()) == before);
}

TEST_CASE("the helped counter counts each ticket once and follows unmarking and the Trash")
{
    test::TempDb t;
    RecordStore store(t.db());
    const QString art = article(store, "Cómo restablecer la contraseña", "Pulse el enlace.", "Cuenta");
    const QString other = article(store, "Conectar por VPN", "Instale el cliente.", "Redes");
    const QString t1 = ticket(store, "Uno");
    const QString t2 = ticket(store, "Dos");
    KnowledgeBase kb(t.db());
    auto count = [&](const QString &a) { return scalar(t.db(), S("SELECT helped_count FROM kb_article WHERE id = ?"), {a}); };
    CHECK(count(art) == 0);
    REQUIRE(kb.markHelped(t1, art).ok());
    CHECK(count(art) == 1);
    REQUIRE(kb.markHelped(t1, art).ok());
    CHECK(count(art) == 1);
    REQUIRE(kb.markHelped(t2, art).ok());
    CHECK(count(art) == 2);
    CHECK(count(other) == 0);
    REQUIRE(kb.markHelped(t1, art, false).ok());
    CHECK(count(art) == 1);
    REQUIRE(kb.linked(t1).value().size() == 1);
    CHECK_FALSE(kb.linked(t1).value().first().helped);
    CHECK(kb.linked(t2).value().first().helped);
    // Unmarking an article that is not linked is an error and writes nothing.
    CHECK_FALSE(kb.markHelped(t1, other, false).ok());
    // The link of t2 to the Trash and back.
    const QString link2 = kb.linked(t2).value().first().linkId;
    REQUIRE(store.remove(S("ticket_article"), link2).ok());
    CHECK(count(art) == 0);
    REQUIRE(store.restore(S("ticket_article"), link2).ok());
    CHECK(count(art) == 1);
    // A direct write of the link (a form, trato-cli update) keeps the counter too.
    REQUIRE(store.update(S("ticket_article"), kb.linked(t1).value().first().linkId, {{S("helped"), 1}}).ok());
    CHECK(count(art) == 2);
}

TEST_CASE("service contract usage per period is the account's tickets naming it, hand-computed")
{
    test::TempDb t;
    RecordStore store(t.db());
    const QString acme = create(store, "account", {{S("name"), S("Acme")}});
    const QString beta = create(store, "account", {{S("name"), S("Beta")}});
    auto contract = [&](const char *name, const QString &account, const char *unit, const char *period, qint64 included,
                        const char *start = "2026-01-01", const char *end = "2026-12-31") {
        return create(store, "service_contract", {{S("name"), S(name)}, {S("account"), account}, {S("unit"), S(unit)},
                                                   {S("period"), S(period)}, {S("included"), included},
                                                   {S("start_date"), S(start)}, {S("end_date"), S(end)}});
    };
    const QString monthly = contract("Bolsa mensual", acme, "hours", "month", 10000);
    const QString quarterly = contract("Bolsa trimestral", acme, "hours", "quarter", 20000);
    const QString perTicket = contract("Tickets al mes", acme, "tickets", "month", 2000);
    const QString betaC = contract("Beta anual", beta, "hours", "year", 5000);

    ticket(store, "Marzo 1", "open", acme, monthly, "2026-03-05T09:00:00Z", 2500);
    ticket(store, "Marzo 2", "resolved", acme, monthly, "2026-03-20T16:30:00Z", 1250);
    ticket(store, "Febrero", "closed", acme, monthly, "2026-02-10T09:00:00Z", 4000);
    ticket(store, "Sin contrato", "open", acme, {}, "2026-03-06T09:00:00Z", 3000);
    ticket(store, "Trimestre", "open", acme, quarterly, "2026-01-31T23:00:00Z", 1500);
    ticket(store, "Trimestre 2", "open", acme, quarterly, "2026-04-01T08:00:00Z", 700);
    ticket(store, "Por ticket 1", "open", acme, perTicket, "2026-03-01T00:00:00Z", 9999);
    ticket(store, "Por ticket 2", "open", acme, perTicket, "2026-03-31T23:59:59Z");

    ServiceContracts sc(t.db());
    const QDate march15(2026, 3, 15);
    CHECK(sc.usage(monthly, march15).value() == 3750);              // 2.5 + 1.25 h
    CHECK(sc.usage(monthly, QDate(2026, 2, 1)).value() == 4000);
    CHECK(sc.usage(quarterly, march15).value() == 1500);            // Q1 only
    CHECK(sc.usage(quarterly, QDate(2026, 4, 30)).value() == 700);
    CHECK(sc.usage(perTicket, march15).value() == 2000);            // 2 tickets
    CHECK(sc.usage(betaC, march15).value() == 0);

    auto st = sc.status(S("Acme"), march15);
    REQUIRE(st.ok());
    REQUIRE(st.value().size() == 3);
    for (const ContractStatus &c : st.value()) {
        if (c.id == monthly) {
            CHECK(c.used == 3750);
            CHECK(c.left() == 6250);
            CHECK(c.state == S("active"));
            CHECK(c.periodStart == QDate(2026, 3, 1));
            CHECK(c.periodEnd == QDate(2026, 3, 31));
        } else if (c.id == perTicket) {
            CHECK(c.used == 2000);
            CHECK(c.state == S("used_up"));
        } else {
            CHECK(c.periodStart == QDate(2026, 1, 1));
            CHECK(c.periodEnd == QDate(2026, 3, 31));
        }
    }
    // status() stores the figure it computed.
    CHECK(scalar(t.db(), S("SELECT used FROM service_contract WHERE id = ?"), {monthly}) == 3750);

    CHECK(ServiceContracts::stateFor(QDate(2026, 1, 1), QDate(2026, 12, 31), 1000, 0, QDate(2025, 12, 31)) == S("not_started"));
    CHECK(ServiceContracts::stateFor(QDate(2026, 1, 1), QDate(2026, 12, 31), 1000, 0, QDate(2027, 1, 1)) == S("expired"));
    ContractStatus low;
    low.state = S("active");
    low.included = 10000;
    low.used = 9500;
    CHECK(low.low());
    low.used = 9000;
    CHECK_FALSE(low.low());
    const auto term = ServiceContracts::periodFor(S("term"), QDate(2026, 2, 1), QDate(2027, 1, 31), march15);
    CHECK(term.first == QDate(2026, 2, 1));
    CHECK(term.second == QDate(2027, 1, 31));
}

TEST_CASE("service contract rules: used kept on ticket writes, wrong account refused, warnings for expired and used-up contracts")
{
    test::TempDb t;
    RecordStore store(t.db());
    const QString acme = create(store, "account", {{S("name"), S("Acme")}});
    const QString beta = create(store, "account", {{S("name"), S("Beta")}});
    const QDate today = QDate::currentDate();
    auto contract = [&](const char *name, const QString &account, qint64 included, const QDate &start, const QDate &end) {
        return create(store, "service_contract", {{S("name"), S(name)}, {S("account"), account}, {S("unit"), S("hours")},
                                                   {S("period"), S("term")}, {S("included"), included},
                                                   {S("start_date"), start.toString(Qt::ISODate)}, {S("end_date"), end.toString(Qt::ISODate)}});
    };
    const QString a1 = contract("Acme 1", acme, 3000, today.addDays(-30), today.addDays(300));
    const QString a2 = contract("Acme 2", acme, 10000, today.addDays(-30), today.addDays(300));
    const QString expired = contract("Acme caducado", acme, 10000, today.addDays(-400), today.addDays(-1));
    const QString betaC = contract("Beta", beta, 10000, today.addDays(-30), today.addDays(300));
    const QString nowIso = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QByteArray nowUtf8 = nowIso.toUtf8();
    auto used = [&](const QString &c) { return scalar(t.db(), S("SELECT coalesce(used, 0) FROM service_contract WHERE id = ?"), {c}); };

    const QString tk = ticket(store, "Hoy", "open", acme, a1, nowUtf8.constData(), 1000);
    CHECK(used(a1) == 1000);
    REQUIRE(store.update(S("ticket"), tk, {{S("time_spent"), 2000}}).ok());
    CHECK(used(a1) == 2000);
    REQUIRE(store.update(S("ticket"), tk, {{S("contract"), a2}}).ok());
    CHECK(used(a1) == 0);
    CHECK(used(a2) == 2000);
    REQUIRE(store.remove(S("ticket"), tk).ok());
    CHECK(used(a2) == 0);
    REQUIRE(store.restore(S("ticket"), tk).ok());
    CHECK(used(a2) == 2000);

    // Beta's contract on an Acme ticket: refused, nothing written.
    const QString before = snapshot(t.db());
    auto wrong = store.update(S("ticket"), tk, {{S("contract"), betaC}});
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message.contains(S("Beta")));
    auto wrongNew = store.create(S("ticket"), {{S("subject"), S("x")}, {S("status"), S("new")}, {S("account"), acme}, {S("contract"), betaC}});
    CHECK_FALSE(wrongNew.ok());
    ServiceContracts sc(t.db());
    CHECK_FALSE(sc.assign(tk, S("Beta")).ok());
    CHECK(snapshot(t.db()) == before);

    // Assigning an expired contract writes it and warns.
    auto w = sc.assign(tk, S("Acme caducado"));
    REQUIRE(w.ok());
    REQUIRE(w.value().size() == 1);
    CHECK(w.value().first().contains(S("expired")));
    CHECK(store.get(S("ticket"), tk).value().value(S("contract")).toString() == expired);
    // A used-up one (3 h included, 2 h already used by another ticket + this one's 2 h).
    ticket(store, "Otro", "open", acme, a1, nowUtf8.constData(), 2000);
    w = sc.assign(tk, S("Acme 1"));
    REQUIRE(w.ok());
    REQUIRE(w.value().size() == 1);
    CHECK(w.value().first().contains(S("used up")));
    CHECK(used(a1) == 4000);
    // A healthy one: no warning.
    w = sc.assign(tk, S("Acme 2"));
    REQUIRE(w.ok());
    CHECK(w.value().isEmpty());
    // Removing the contract.
    REQUIRE(sc.assign(tk, QString()).ok());
    CHECK(used(a2) == 0);
}

TEST_CASE("the demo knowledge base: published articles found by search, one draft, contracts for three accounts, once")
{
    test::TempDb t;
    RecordStore store(t.db());
    for (const char *name : {"Acme", "Beta", "Gamma", "Delta"})
        create(store, "account", {{S("name"), S(name)}});
    {
        Transaction tx(t.db());
        auto made = generateDemoKb(t.db(), QDate(2026, 3, 9));
        REQUIRE(made.ok());
        CHECK(made.value() == 11);
        REQUIRE(tx.commit().ok());
    }
    CHECK(scalar(t.db(), S("SELECT count(*) FROM kb_article WHERE status = 'draft'")) == 1);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM service_contract")) == 3);
    auto hits = KnowledgeBase(t.db()).search(S("contrasena"));
    REQUIRE(hits.ok());
    REQUIRE(!hits.value().isEmpty());
    CHECK(hits.value().first().title == S("Cómo restablecer la contraseña"));
    CHECK(generateDemoKb(t.db(), QDate(2026, 3, 9)).value() == 0);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM kb_article")) == 11);
}
