// SPDX-License-Identifier: GPL-3.0-or-later
// Comercial, documents and workflow: tax rates, the rules of lines and headers on every write path,
// conversion, numbering, stock, payments, overdue and credit notes.
#include "testsupport.h"

#include "demo/demodata.h"
#include "inventory/configuration.h"
#include "inventory/stockledger.h"
#include "sales/salesdocuments.h"
#include "sales/companyprofile.h"
#include "sales/taxrates.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "store/teamsettings.h"

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

QString text(Database &db, const QString &sql, const QVariantList &params = {})
{
    auto q = Sql::exec(db.connection(), sql, params);
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    return q.value().value(0).toString();
}

// Every row of the tables the workflow writes: equal before and after = nothing written.
QString snapshot(Database &db)
{
    QString out;
    for (const char *table : {"quote", "sales_order", "invoice", "credit_note", "sales_line", "payment", "stock_movement", "stock_balance",
                              "stock_reservation", "number_series", "change_log"}) {
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

struct Fixture
{
    test::TempDb t;
    RecordStore store{t.db()};
    SalesDocuments docs{t.db()};
    QString account, recargoAccount, widget, book, consulting, warehouse;

    Fixture()
    {
        account = create(S("account"), {{S("name"), S("Ferretería Sol")}, {S("payment_terms"), S("30 días")}});
        recargoAccount = create(S("account"), {{S("name"), S("Bazar Luna")}, {S("equivalence_surcharge"), 1}});
        widget = create(S("product"), {{S("sku"), S("WID-1")}, {S("name"), S("Widget")}, {S("unit_price"), qint64(1000)}, {S("unit"), S("unit")}});
        book = create(S("product"), {{S("sku"), S("BOOK-1")}, {S("name"), S("Libro")}, {S("unit_price"), qint64(2000)}, {S("tax_class"), S("super_reduced")}});
        consulting = create(S("service"), {{S("code"), S("CONS")}, {S("name"), S("Consultoría")}, {S("unit_price"), qint64(5000)}, {S("tax_class"), S("standard")}});
        StockLedger ledger(t.db());
        auto w = ledger.defaultWarehouse();
        REQUIRE(w.ok());
        warehouse = w.value();
        REQUIRE(ledger.adjust(widget, warehouse, 10000, S("initial count")).ok());
        REQUIRE(ledger.adjust(book, warehouse, 10000, S("initial count")).ok());
    }

    QString create(const QString &entity, const QVariantMap &values)
    {
        auto id = store.create(entity, values);
        INFO(entity.toStdString() << ": " << (id.ok() ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        return id.value();
    }
    QString line(const QString &entity, const QString &doc, const QVariantMap &more)
    {
        QVariantMap v = more;
        v.insert(entity, doc);
        return create(S("sales_line"), v);
    }
    QString invoiceWith(qint64 qty = 2000)
    {
        const QString inv = create(S("invoice"), {{S("account"), account}, {S("invoice_date"), QDate::currentDate().toString(Qt::ISODate)}});
        line(S("invoice"), inv, {{S("product"), widget}, {S("quantity"), qty}});
        return inv;
    }
};
} // namespace

TEST_CASE("tax rates: Spanish defaults created once, lookup by class and the surcharge that goes with a rate")
{
    test::TempDb t;
    REQUIRE(TaxRates::ensureDefaults(t.db()).ok());
    REQUIRE(TaxRates::ensureDefaults(t.db()).ok());
    CHECK(scalar(t.db(), S("SELECT count(*) FROM tax_rate")) == 4);
    auto reduced = TaxRates::forClass(t.db(), S("reduced"));
    REQUIRE(reduced.ok());
    CHECK(reduced.value().rate == 10.0);
    CHECK(reduced.value().surcharge == 1.4);
    CHECK(TaxRates::surchargeFor(t.db(), 21).value() == 5.2);
    CHECK(TaxRates::surchargeFor(t.db(), 4).value() == 0.5);
    CHECK(TaxRates::surchargeFor(t.db(), 7).value() == 0.0);
    // Deleted by the team: not created again.
    RecordStore store(t.db());
    REQUIRE(store.remove(S("tax_rate"), TaxRates::forClass(t.db(), S("exempt")).value().id).ok());
    REQUIRE(TaxRates::ensureDefaults(t.db()).ok());
    CHECK(scalar(t.db(), S("SELECT count(*) FROM tax_rate WHERE deleted = 0")) == 3);
    CHECK_FALSE(TaxRates::forClass(t.db(), S("exempt")).ok());
}

TEST_CASE("line rules: defaults from the item, the account and the tax class, derived net and header totals")
{
    Fixture f;
    const QString q = f.create(S("quote"), {{S("account"), f.account}, {S("quote_date"), S("2026-03-01")}});
    CHECK(text(f.t.db(), S("SELECT number FROM quote WHERE id = ?"), {q}) == S("QUO-2026-0001"));
    const QString l1 = f.line(S("quote"), q, {{S("product"), f.widget}, {S("quantity"), qint64(3000)}});
    auto r1 = f.store.get(S("sales_line"), l1).value();
    CHECK(r1.value(S("description")).toString() == S("Widget"));
    CHECK(r1.value(S("unit_price")).toLongLong() == 1000);
    CHECK(r1.value(S("tax_rate")).toDouble() == 21.0);
    CHECK(r1.value(S("surcharge_rate")).toDouble() == 0.0);
    CHECK(r1.value(S("position")).toLongLong() == 1);
    CHECK(r1.value(S("net")).toLongLong() == 3000);
    const QString l2 = f.line(S("quote"), q, {{S("product"), f.book}, {S("discount_percent"), 10.0}});
    auto r2 = f.store.get(S("sales_line"), l2).value();
    CHECK(r2.value(S("tax_rate")).toDouble() == 4.0);
    CHECK(r2.value(S("position")).toLongLong() == 2);
    CHECK(r2.value(S("net")).toLongLong() == 1800);
    f.line(S("quote"), q, {{S("kind"), S("service")}, {S("service"), f.consulting}, {S("quantity"), qint64(1500)}});
    f.line(S("quote"), q, {{S("kind"), S("text")}, {S("description"), S("Entrega en obra")}});
    // 3000 + 1800 + 7500 = 12300 net; IVA 21 % on 10500 = 2205, 4 % on 1800 = 72.
    CHECK(scalar(f.t.db(), S("SELECT subtotal FROM quote WHERE id = ?"), {q}) == 12500);
    CHECK(scalar(f.t.db(), S("SELECT discount_total FROM quote WHERE id = ?"), {q}) == 200);
    CHECK(scalar(f.t.db(), S("SELECT tax_total FROM quote WHERE id = ?"), {q}) == 2277);
    CHECK(scalar(f.t.db(), S("SELECT total FROM quote WHERE id = ?"), {q}) == 14577);
    // Shipping and adjustment on the header recompute the totals.
    REQUIRE(f.store.update(S("quote"), q, {{S("shipping"), qint64(1000)}, {S("adjustment"), qint64(-77)}}).ok());
    CHECK(scalar(f.t.db(), S("SELECT total FROM quote WHERE id = ?"), {q}) == 14577 + 1000 + 210 - 77);
    // A line to the Trash recomputes too.
    REQUIRE(f.store.remove(S("sales_line"), l2).ok());
    CHECK(scalar(f.t.db(), S("SELECT subtotal FROM quote WHERE id = ?"), {q}) == 10500);
    REQUIRE(f.store.restore(S("sales_line"), l2).ok());
    CHECK(scalar(f.t.db(), S("SELECT subtotal FROM quote WHERE id = ?"), {q}) == 12500);

    // Recargo de equivalencia for a customer under it.
    const QString q2 = f.create(S("quote"), {{S("account"), f.recargoAccount}});
    const QString l3 = f.line(S("quote"), q2, {{S("product"), f.widget}});
    CHECK(f.store.get(S("sales_line"), l3).value().value(S("surcharge_rate")).toDouble() == 5.2);
    CHECK(scalar(f.t.db(), S("SELECT tax_total FROM quote WHERE id = ?"), {q2}) == 210 + 52);
}

TEST_CASE("line rules refuse bad lines and write nothing")
{
    Fixture f;
    const QString q = f.create(S("quote"), {{S("account"), f.account}});
    f.line(S("quote"), q, {{S("product"), f.widget}});
    const QString before = snapshot(f.t.db());
    auto refuse = [&](const QVariantMap &values, const char *needle) {
        QVariantMap v = values;
        v.insert(S("quote"), q);
        auto id = f.store.create(S("sales_line"), v);
        REQUIRE_FALSE(id.ok());
        INFO(id.error().message.toStdString());
        CHECK(id.error().message.contains(S(needle), Qt::CaseInsensitive));
    };
    refuse({{S("product"), f.widget}, {S("discount_percent"), 120.0}}, "discount");
    refuse({{S("product"), f.widget}, {S("unit_price"), qint64(-5)}}, "negative");
    refuse({{S("product"), f.widget}, {S("discount_amount"), qint64(5000)}}, "discount");
    refuse({{S("kind"), S("product")}}, "needs a product");
    refuse({{S("kind"), S("service")}, {S("product"), f.widget}}, "service line");
    refuse({{S("kind"), S("text")}, {S("service"), f.consulting}, {S("description"), S("x")}}, "text line");
    refuse({{S("product"), f.widget}, {S("quantity"), qint64(1500)}}, "Widget");
    refuse({{S("product"), f.widget}, {S("configuration"), S("{\"options\":[],\"product\":\"nope\"}")}}, "configuration");
    CHECK(snapshot(f.t.db()) == before);
}

TEST_CASE("converting a quote copies it forward, accepts it, and refuses rejected quotes and mixed currencies")
{
    Fixture f;
    const QString q = f.create(S("quote"), {{S("account"), f.account}, {S("subject"), S("Obra")}});
    f.line(S("quote"), q, {{S("product"), f.widget}, {S("quantity"), qint64(2000)}, {S("discount_percent"), 5.0}});
    f.line(S("quote"), q, {{S("kind"), S("text")}, {S("description"), S("Nota")}});
    auto order = f.docs.convert(S("quote"), q, S("sales_order"));
    REQUIRE(order.ok());
    CHECK(text(f.t.db(), S("SELECT status FROM quote WHERE id = ?"), {q}) == S("accepted"));
    CHECK(text(f.t.db(), S("SELECT quote FROM sales_order WHERE id = ?"), {order.value()}) == q);
    CHECK(text(f.t.db(), S("SELECT number FROM sales_order WHERE id = ?"), {order.value()}).startsWith(S("SO-")));
    CHECK(scalar(f.t.db(), S("SELECT count(*) FROM sales_line WHERE sales_order = ?"), {order.value()}) == 2);
    CHECK(scalar(f.t.db(), S("SELECT total FROM sales_order WHERE id = ?"), {order.value()})
          == scalar(f.t.db(), S("SELECT total FROM quote WHERE id = ?"), {q}));
    // Converted once: a second order from the same quote is refused.
    auto twice = f.docs.convert(S("quote"), q, S("sales_order"));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(S("already converted")));
    // Nor is an invoice straight from the quote: the order is what gets invoiced.
    const qint64 invoicesBefore = scalar(f.t.db(), S("SELECT count(*) FROM invoice"));
    auto direct = f.docs.convert(S("quote"), q, S("invoice"));
    REQUIRE_FALSE(direct.ok());
    CHECK(direct.error().message.contains(S("invoice the order")));
    CHECK(scalar(f.t.db(), S("SELECT count(*) FROM invoice")) == invoicesBefore);
    // The open order reserves its product lines.
    CHECK(StockLedger(f.t.db()).reserved(f.widget).value() == 2000);
    // An accepted quote is no longer edited; its lines neither.
    CHECK_FALSE(f.store.update(S("quote"), q, {{S("subject"), S("Otra")}}).ok());
    CHECK_FALSE(f.store.create(S("sales_line"), {{S("quote"), q}, {S("product"), f.widget}}).ok());

    const QString rejected = f.create(S("quote"), {{S("account"), f.account}, {S("status"), S("rejected")}});
    const QString opp = f.create(S("opportunity"), {{S("name"), S("Obra grande")}, {S("account"), f.account}, {S("currency"), S("USD")}});
    const QString before = snapshot(f.t.db());
    auto refused = f.docs.convert(S("quote"), rejected, S("invoice"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(S("cannot be converted")));
    CHECK(snapshot(f.t.db()) == before);

    // Currencies: a document's currency must be its opportunity's and its source's.
    auto mixed = f.store.create(S("quote"), {{S("account"), f.account}, {S("opportunity"), opp}, {S("currency"), S("EUR")}});
    REQUIRE_FALSE(mixed.ok());
    CHECK(mixed.error().message.contains(S("mixing currencies")));
    CHECK(snapshot(f.t.db()) == before);
    auto inv = f.store.create(S("invoice"), {{S("account"), f.account}, {S("currency"), S("USD")}, {S("sales_order"), order.value()}},
                              RecordStore::Access::System);
    REQUIRE_FALSE(inv.ok());
    CHECK(inv.error().message.contains(S("mixing currencies")));
}

TEST_CASE("orders ship and cancel through the stock ledger in one transaction")
{
    Fixture f;
    const QString o = f.create(S("sales_order"), {{S("account"), f.account}});
    f.line(S("sales_order"), o, {{S("product"), f.widget}, {S("quantity"), qint64(4000)}});
    StockLedger ledger(f.t.db());
    CHECK(ledger.reserved(f.widget).value() == 4000);
    REQUIRE(f.docs.ship(o).ok());
    CHECK(text(f.t.db(), S("SELECT status FROM sales_order WHERE id = ?"), {o}) == S("shipped"));
    CHECK(ledger.level(f.widget).value().onHand == 6000);
    CHECK(ledger.reserved(f.widget).value() == 0);
    CHECK_FALSE(f.docs.ship(o).ok());
    CHECK_FALSE(f.docs.cancel(o).ok());
    // Invoicing a shipped order moves no more stock.
    auto inv = f.docs.convert(S("sales_order"), o, S("invoice"));
    REQUIRE(inv.ok());
    REQUIRE(f.docs.issue(inv.value()).ok());
    CHECK(ledger.level(f.widget).value().onHand == 6000);

    const QString o2 = f.create(S("sales_order"), {{S("account"), f.account}});
    f.line(S("sales_order"), o2, {{S("product"), f.widget}, {S("quantity"), qint64(1000)}});
    CHECK(ledger.reserved(f.widget).value() == 1000);
    REQUIRE(f.docs.cancel(o2).ok());
    CHECK(ledger.reserved(f.widget).value() == 0);
    CHECK(text(f.t.db(), S("SELECT status FROM sales_order WHERE id = ?"), {o2}) == S("cancelled"));

    // Oversell "block": a ship that cannot be covered moves nothing and leaves the order open.
    REQUIRE(TeamSettings(f.t.db()).setValue(StockLedger::oversellKey(), S("block")).ok());
    const QString o3 = f.create(S("sales_order"), {{S("account"), f.account}});
    f.line(S("sales_order"), o3, {{S("product"), f.book}, {S("quantity"), qint64(5000)}});
    REQUIRE(ledger.adjust(f.book, f.warehouse, -8000, S("broken")).ok());
    const QString before = snapshot(f.t.db());
    CHECK_FALSE(f.docs.ship(o3).ok());
    CHECK(snapshot(f.t.db()) == before);
}

TEST_CASE("issuing invoices: numbers only when issued, gapless across a failed issue, stock moved in the same transaction")
{
    Fixture f;
    const QString inv = f.invoiceWith(2000);
    CHECK(text(f.t.db(), S("SELECT coalesce(number, '') FROM invoice WHERE id = ?"), {inv}).isEmpty());
    // Payment terms "30 días" of the account give the due date.
    CHECK(text(f.t.db(), S("SELECT due_date FROM invoice WHERE id = ?"), {inv}) == QDate::currentDate().addDays(30).toString(Qt::ISODate));

    // A failed issue: oversell blocked. Nothing written, the counter not taken.
    REQUIRE(TeamSettings(f.t.db()).setValue(StockLedger::oversellKey(), S("block")).ok());
    const QString big = f.invoiceWith(50000);
    const QString before = snapshot(f.t.db());
    auto failed = f.docs.issue(big);
    REQUIRE_FALSE(failed.ok());
    CHECK(snapshot(f.t.db()) == before);

    auto n1 = f.docs.issue(inv);
    REQUIRE(n1.ok());
    const QString year = QString::number(QDate::currentDate().year());
    CHECK(n1.value() == S("INV-%1-00001").arg(year));
    CHECK(StockLedger(f.t.db()).level(f.widget).value().onHand == 8000);
    CHECK(scalar(f.t.db(), S("SELECT count(*) FROM stock_movement WHERE document = ?"), {QString(S("invoice:") + inv)}) == 1);
    const QString inv2 = f.invoiceWith(1000);
    CHECK(f.docs.issue(inv2).value() == S("INV-%1-00002").arg(year));
    CHECK_FALSE(f.docs.issue(inv).ok());

    // An issued invoice is never edited or deleted, on any path.
    const QString issued = snapshot(f.t.db());
    auto edit = f.store.update(S("invoice"), inv, {{S("subject"), S("cambiado")}});
    REQUIRE_FALSE(edit.ok());
    CHECK(edit.error().message.contains(S("credit note")));
    CHECK_FALSE(f.store.remove(S("invoice"), inv).ok());
    const QString lineId = text(f.t.db(), S("SELECT id FROM sales_line WHERE invoice = ?"), {inv});
    CHECK_FALSE(f.store.update(S("sales_line"), lineId, {{S("quantity"), qint64(1000)}}).ok());
    CHECK_FALSE(f.store.remove(S("sales_line"), lineId).ok());
    CHECK_FALSE(f.store.create(S("sales_line"), {{S("invoice"), inv}, {S("product"), f.widget}}).ok());
    CHECK(snapshot(f.t.db()) == issued);
}

TEST_CASE("payments: amount checks, paid and partially paid, overdue refresh")
{
    Fixture f;
    const QString inv = f.invoiceWith(2000); // 2 x 10.00 + 21 % = 24.20
    const QString draftBefore = snapshot(f.t.db());
    auto draft = f.docs.pay(inv, 100);
    REQUIRE_FALSE(draft.ok());
    CHECK(draft.error().message.contains(S("draft")));
    CHECK(snapshot(f.t.db()) == draftBefore);
    REQUIRE(f.docs.issue(inv).ok());
    const QString before = snapshot(f.t.db());
    auto tooMuch = f.docs.pay(inv, 2421);
    REQUIRE_FALSE(tooMuch.ok());
    CHECK(tooMuch.error().message.contains(S("balance due")));
    CHECK_FALSE(f.docs.pay(inv, 0).ok());
    CHECK_FALSE(f.docs.pay(inv, -5).ok());
    CHECK(snapshot(f.t.db()) == before);
    auto p1 = f.docs.pay(inv, 1000, QDate::currentDate(), S("card"), S("TPV-1"));
    REQUIRE(p1.ok());
    CHECK(text(f.t.db(), S("SELECT status FROM invoice WHERE id = ?"), {inv}) == S("partially_paid"));
    CHECK(scalar(f.t.db(), S("SELECT amount_paid FROM invoice WHERE id = ?"), {inv}) == 1000);
    CHECK(scalar(f.t.db(), S("SELECT balance_due FROM invoice WHERE id = ?"), {inv}) == 1420);
    REQUIRE(f.docs.pay(inv, 1420).ok());
    CHECK(text(f.t.db(), S("SELECT status FROM invoice WHERE id = ?"), {inv}) == S("paid"));
    // A payment to the Trash reopens the balance.
    REQUIRE(f.store.remove(S("payment"), p1.value()).ok());
    CHECK(scalar(f.t.db(), S("SELECT balance_due FROM invoice WHERE id = ?"), {inv}) == 1000);
    CHECK(text(f.t.db(), S("SELECT status FROM invoice WHERE id = ?"), {inv}) == S("partially_paid"));

    // Overdue: issued with a balance after its due date.
    const QString late = f.create(S("invoice"), {{S("account"), f.account}, {S("invoice_date"), S("2026-01-01")}, {S("due_date"), S("2026-01-31")}});
    f.line(S("invoice"), late, {{S("product"), f.widget}});
    REQUIRE(f.docs.issue(late).ok());
    CHECK(text(f.t.db(), S("SELECT status FROM invoice WHERE id = ?"), {late}) == S("overdue"));
    REQUIRE(Sql::exec(f.t.db().connection(), S("UPDATE invoice SET status = 'issued' WHERE id = ?"), {late}).ok());
    auto changed = f.docs.refreshOverdue();
    REQUIRE(changed.ok());
    CHECK(changed.value() == 1);
    CHECK(text(f.t.db(), S("SELECT status FROM invoice WHERE id = ?"), {late}) == S("overdue"));

    // The same refresh expires open quotes past their validity; accepted ones and future ones stay.
    const QString old = f.create(S("quote"), {{S("account"), f.account}, {S("quote_date"), S("2026-01-01")}, {S("valid_until"), S("2026-01-31")}});
    const QString sent = f.create(S("quote"), {{S("account"), f.account}, {S("status"), S("sent")}, {S("quote_date"), S("2026-01-01")},
                                               {S("valid_until"), S("2026-02-15")}});
    const QString accepted = f.create(S("quote"), {{S("account"), f.account}, {S("status"), S("accepted")}, {S("quote_date"), S("2026-01-01")},
                                                   {S("valid_until"), S("2026-01-31")}});
    const QString fresh = f.create(S("quote"), {{S("account"), f.account}, {S("quote_date"), S("2026-03-01")}, {S("valid_until"), S("2026-04-01")}});
    changed = f.docs.refreshOverdue(QDate(2026, 3, 1));
    REQUIRE(changed.ok());
    CHECK(text(f.t.db(), S("SELECT status FROM quote WHERE id = ?"), {old}) == S("expired"));
    CHECK(text(f.t.db(), S("SELECT status FROM quote WHERE id = ?"), {sent}) == S("expired"));
    CHECK(text(f.t.db(), S("SELECT status FROM quote WHERE id = ?"), {accepted}) == S("accepted"));
    CHECK(text(f.t.db(), S("SELECT status FROM quote WHERE id = ?"), {fresh}) == S("draft"));
}

TEST_CASE("credit notes: chosen lines, reason required, restock, balance drops, fully credited cancels")
{
    Fixture f;
    const QString inv = f.create(S("invoice"), {{S("account"), f.account}});
    f.line(S("invoice"), inv, {{S("product"), f.widget}, {S("quantity"), qint64(4000)}});
    f.line(S("invoice"), inv, {{S("kind"), S("service")}, {S("service"), f.consulting}});
    REQUIRE(f.docs.issue(inv).ok());
    CHECK(StockLedger(f.t.db()).level(f.widget).value().onHand == 6000);
    const qint64 total = scalar(f.t.db(), S("SELECT total FROM invoice WHERE id = ?"), {inv}); // (40 + 50) x 1.21 = 108.90
    CHECK(total == 10890);

    const QString before = snapshot(f.t.db());
    CreditNoteRequest bad;
    bad.invoice = inv;
    CHECK_FALSE(f.docs.creditNote(bad).ok()); // no reason
    bad.reason = S("Devolución");
    bad.quantities = {{1, 5000}};
    CHECK_FALSE(f.docs.creditNote(bad).ok()); // more than invoiced
    bad.quantities = {{7, 1000}};
    CHECK_FALSE(f.docs.creditNote(bad).ok()); // no such line
    CHECK(snapshot(f.t.db()) == before);

    CreditNoteRequest r;
    r.invoice = inv;
    r.reason = S("Dos unidades defectuosas");
    r.restock = true;
    r.quantities = {{1, 2000}};
    auto cn = f.docs.creditNote(r);
    REQUIRE(cn.ok());
    const QString year = QString::number(QDate::currentDate().year());
    CHECK(text(f.t.db(), S("SELECT number FROM credit_note WHERE id = ?"), {cn.value()}) == S("CN-%1-0001").arg(year));
    CHECK(text(f.t.db(), S("SELECT status FROM credit_note WHERE id = ?"), {cn.value()}) == S("issued"));
    CHECK(scalar(f.t.db(), S("SELECT total FROM credit_note WHERE id = ?"), {cn.value()}) == 2420);
    CHECK(scalar(f.t.db(), S("SELECT balance_due FROM invoice WHERE id = ?"), {inv}) == total - 2420);
    CHECK(StockLedger(f.t.db()).level(f.widget).value().onHand == 8000);
    CHECK_FALSE(f.store.remove(S("credit_note"), cn.value()).ok());

    // The rest, without restock: fully credited, the invoice is cancelled.
    CreditNoteRequest rest;
    rest.invoice = inv;
    rest.reason = S("Anulación");
    rest.quantities = {{1, 2000}, {2, 1000}};
    REQUIRE(f.docs.creditNote(rest).ok());
    CHECK(text(f.t.db(), S("SELECT status FROM invoice WHERE id = ?"), {inv}) == S("cancelled"));
    CHECK(StockLedger(f.t.db()).level(f.widget).value().onHand == 8000);
    CHECK_FALSE(f.docs.pay(inv, 100).ok());
    CHECK_FALSE(f.docs.creditNote(rest).ok());
}

TEST_CASE("documents resolve by number and load with their tax breakdown")
{
    Fixture f;
    const QString q = f.create(S("quote"), {{S("account"), f.account}});
    f.line(S("quote"), q, {{S("product"), f.widget}});
    f.line(S("quote"), q, {{S("product"), f.book}});
    const QString number = text(f.t.db(), S("SELECT number FROM quote WHERE id = ?"), {q});
    CHECK(f.docs.resolve(S("quote"), number).value() == q);
    CHECK(f.docs.resolve(S("quote"), q).value() == q);
    CHECK_FALSE(f.docs.resolve(S("quote"), S("QUO-1999-9999")).ok());
    auto info = f.docs.load(S("quote"), q);
    REQUIRE(info.ok());
    CHECK(info.value().lines.size() == 2);
    CHECK(info.value().lines.at(0).itemCode == S("WID-1"));
    REQUIRE(info.value().totals.breakdown.size() == 2);
    CHECK(info.value().totals.breakdown.at(0).taxBp == 2100);
    CHECK(info.value().totals.breakdown.at(1).tax == 80);
    CHECK(info.value().totals.total == scalar(f.t.db(), S("SELECT total FROM quote WHERE id = ?"), {q}));
}

TEST_CASE("demo data has quotes orders invoices payments one overdue invoice and one credit note made through the service")
{
    test::TempDb t;
    DemoOptions o;
    o.contacts = 200;
    REQUIRE(DemoData::generate(t.db(), o).ok());
    // Comercial's recent documents (created now); the sales history before them (demohistory,
    // created_at set to its past dates) is checked in test_demohistory.cpp.
    const QString recent = S("created_at >= date('now', '-1 day')");
    CHECK(scalar(t.db(), S("SELECT count(*) FROM quote WHERE %1").arg(recent)) == 14);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM sales_order")) == 6);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM invoice WHERE %1").arg(recent)) == 15);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM invoice WHERE status = 'overdue' AND %1").arg(recent)) == 1);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM invoice WHERE status = 'paid' AND %1").arg(recent)) >= 3);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM credit_note WHERE status = 'issued' AND %1").arg(recent)) == 1);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM payment")) >= 5);
    // Every document's stored total is what DocumentCalc makes of its lines, and every balance adds up.
    SalesDocuments docs(t.db());
    for (const char *entity : {"quote", "sales_order", "invoice", "credit_note"}) {
        auto q = Sql::exec(t.db().connection(), S("SELECT id, total FROM %1").arg(S(entity)));
        REQUIRE(q.ok());
        while (q.value().next()) {
            auto info = docs.load(S(entity), q.value().value(0).toString());
            REQUIRE(info.ok());
            CHECK(info.value().totals.total == q.value().value(1).toLongLong());
            CHECK_FALSE(info.value().lines.isEmpty());
        }
    }
    CHECK(scalar(t.db(), S("SELECT count(*) FROM invoice WHERE balance_due <> total - amount_paid - "
                           "(SELECT coalesce(sum(c.total), 0) FROM credit_note c WHERE c.invoice = invoice.id AND c.status = 'issued')")) == 0);
    // Gapless: issued invoice numbers run 1..n.
    CHECK(scalar(t.db(), S("SELECT max(CAST(substr(number, 10) AS INTEGER)) FROM invoice WHERE number IS NOT NULL"))
          == scalar(t.db(), S("SELECT count(*) FROM invoice WHERE number IS NOT NULL")));
}

TEST_CASE("a configured product line takes the configuration's price and SKU and an incompatible configuration is refused")
{
    Fixture f;
    Database &db = f.t.db();
    const QString car = f.create(S("product"), {{S("sku"), S("CAR-GT")}, {S("name"), S("Berlina GT")}, {S("unit_price"), qint64(2500000)}});
    REQUIRE(Configuration::addGroup(db, car, S("Color"), true).ok());
    REQUIRE(Configuration::addGroup(db, car, S("Interior"), true).ok());
    REQUIRE(Configuration::addOption(db, car, S("Color"), S("Red"), S("R"), 45000, false).ok());
    REQUIRE(Configuration::addOption(db, car, S("Color"), S("White"), S("W"), 0, true).ok());
    REQUIRE(Configuration::addOption(db, car, S("Interior"), S("Fabric"), S("F"), 0, true).ok());
    REQUIRE(Configuration::addOption(db, car, S("Interior"), S("Leather"), S("L"), 180000, false).ok());
    auto red = Configuration::validate(db, car, {{S("Color"), S("Red")}, {S("Interior"), S("Leather")}});
    REQUIRE(red.ok());

    const QString q = f.create(S("quote"), {{S("account"), f.account}});
    const QString l = f.line(S("quote"), q, {{S("product"), car}, {S("configuration"), red.value().json}});
    auto line = f.store.get(S("sales_line"), l).value();
    CHECK(line.value(S("unit_price")).toLongLong() == 2500000 + 45000 + 180000);
    CHECK(line.value(S("description")).toString().contains(S("CAR-GT-R-L")));
    CHECK(line.value(S("description")).toString().contains(S("Color: Red")));
    // Written the way people write it (group -> option by name or code), it is stored canonical.
    const QString simple = f.line(S("quote"), q, {{S("product"), car}, {S("configuration"), S("{\"Color\": \"R\", \"Interior\": \"Leather\"}")}});
    CHECK(f.store.get(S("sales_line"), simple).value().value(S("configuration")).toString() == red.value().json);
    CHECK(f.store.get(S("sales_line"), simple).value().value(S("unit_price")).toLongLong() == 2500000 + 45000 + 180000);
    {
        const QString before = snapshot(db);
        auto wrong = f.store.create(S("sales_line"), {{S("quote"), q}, {S("product"), car}, {S("configuration"), S("{\"Color\": \"Blue\"}")}});
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().message.contains(S("Blue")));
        CHECK(snapshot(db) == before);
    }

    // Red and leather become incompatible: the same choice on a new line is refused, nothing written.
    REQUIRE(Configuration::addIncompatibility(db, car, S("Red"), S("Leather"), S("No red with leather.")).ok());
    const QString before = snapshot(db);
    auto refused = f.store.create(S("sales_line"), {{S("quote"), q}, {S("product"), car}, {S("configuration"), red.value().json}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(S("configuration")));
    CHECK(snapshot(db) == before);
    // Another product's configuration on this line is refused too.
    auto other = f.store.create(S("sales_line"), {{S("quote"), q}, {S("product"), f.widget}, {S("configuration"), red.value().json}});
    REQUIRE_FALSE(other.ok());
}

TEST_CASE("a new quote is dated today and valid for 30 days, a new order dated today, unless they are given")
{
    Fixture f;
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString q = f.create(S("quote"), {{S("account"), f.account}});
    auto quote = f.store.get(S("quote"), q);
    REQUIRE(quote.ok());
    CHECK(quote.value().value(S("quote_date")).toString() == today);
    CHECK(quote.value().value(S("valid_until")).toString() == QDate::currentDate().addDays(30).toString(Qt::ISODate));
    const QString given = f.create(S("quote"), {{S("account"), f.account}, {S("quote_date"), S("2026-01-10")}, {S("valid_until"), S("2026-01-20")}});
    CHECK(f.store.get(S("quote"), given).value().value(S("valid_until")).toString() == S("2026-01-20"));
    const QString dated = f.create(S("quote"), {{S("account"), f.account}, {S("quote_date"), S("2026-02-01")}});
    CHECK(f.store.get(S("quote"), dated).value().value(S("valid_until")).toString() == S("2026-03-03"));
    const QString o = f.create(S("sales_order"), {{S("account"), f.account}});
    CHECK(f.store.get(S("sales_order"), o).value().value(S("order_date")).toString() == today);
}

TEST_CASE("an invoice's due date falls back to the company's payment terms when the document and the account say none")
{
    Fixture f;
    REQUIRE(CompanySettings::set(f.t.db(), S("payment_terms"), S("45 días")).ok());
    const QString plain = f.create(S("account"), {{S("name"), S("Sin condiciones SL")}});
    const QString inv = f.create(S("invoice"), {{S("account"), plain}, {S("invoice_date"), S("2026-03-01")}});
    CHECK(f.store.get(S("invoice"), inv).value().value(S("due_date")).toString() == S("2026-04-15"));
    // The account's own terms still win.
    const QString own = f.create(S("invoice"), {{S("account"), f.account}, {S("invoice_date"), S("2026-03-01")}});
    CHECK(f.store.get(S("invoice"), own).value().value(S("due_date")).toString() == S("2026-03-31"));
}
