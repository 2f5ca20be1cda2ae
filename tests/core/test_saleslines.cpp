// SPDX-License-Identifier: GPL-3.0-or-later
// The lines editor's core (DocumentLines) and purchase history (PurchaseHistoryService) on the
// fixed dataset of salesfixture.h, figures hand-computed there.
#include "testsupport.h"
#include "salesfixture.h"

#include "inventory/configuration.h"
#include "sales/documentlines.h"
#include "sales/purchasehistory.h"
#include "store/sqlite.h"

#include <catch2/catch.hpp>

using namespace trato;
using trato::test::SalesFixture;

namespace {

QString S(const char *s) { return QString::fromUtf8(s); }

// Every sales_line row, in a fixed order: proves a refused operation changed nothing.
QString lineRows(Database &db)
{
    auto q = Sql::exec(db.connection(), S("SELECT id, position, kind, description, quantity, unit_price, configuration, deleted, "
                                          "coalesce(quote, sales_order, invoice, credit_note) FROM sales_line ORDER BY id"));
    REQUIRE(q.ok());
    QStringList out;
    while (q.value().next()) {
        QStringList row;
        for (int i = 0; i < 9; ++i)
            row << q.value().value(i).toString();
        out << row.join(QLatin1Char('|'));
    }
    return out.join(QLatin1Char('\n'));
}

QStringList descriptions(Database &db, const QString &entity, const QString &id)
{
    QStringList out;
    for (const DocumentLine &l : SalesFixture::must(DocumentLines(db).lines(entity, id)))
        out << QStringLiteral("%1:%2").arg(l.position).arg(l.description);
    return out;
}

} // namespace

TEST_CASE("purchase history of an account: products, years, last purchase, open quotes and unpaid invoices")
{
    test::TempDb t;
    SalesFixture f(t.db());
    const PurchaseHistory h = SalesFixture::must(PurchaseHistoryService(t.db()).load(S("account"), f.account));
    CHECK(h.name == S("Talleres Ruiz"));
    REQUIRE(h.items.size() == 3);
    // By amount, largest first: 225.00 + 50.00 - 22.50; 2 x 50.00; 89.99 (the draft invoice C is not counted).
    CHECK(h.items.at(0).code == S("TOR-10"));
    CHECK(h.items.at(0).quantity == 110000);
    CHECK(h.items.at(0).amount == 25250);
    CHECK(h.items.at(0).lastDate == QDate(2026, 2, 1));
    CHECK(h.items.at(1).code == S("INST"));
    CHECK(h.items.at(1).entity == S("service"));
    CHECK(h.items.at(1).quantity == 2000);
    CHECK(h.items.at(1).amount == 10000);
    CHECK(h.items.at(2).code == S("TAL-01"));
    CHECK(h.items.at(2).quantity == 1000);
    CHECK(h.items.at(2).amount == 8999);
    CHECK(h.items.at(2).lastDate == QDate(2025, 3, 10));

    REQUIRE(h.years.size() == 2);
    CHECK(h.years.at(0).year == 2026);
    CHECK(h.years.at(0).invoices == 1);
    CHECK(h.years.at(0).invoiced == 18150);
    CHECK(h.years.at(0).credited == 2723);
    CHECK(h.years.at(0).net() == 15427);
    CHECK(h.years.at(1).year == 2025);
    CHECK(h.years.at(1).invoiced == 38114);
    CHECK(h.years.at(1).credited == 0);
    CHECK(h.invoicedTotal == 56264);
    CHECK(h.creditedTotal == 2723);
    CHECK(h.lastPurchase == QDate(2026, 2, 1));

    REQUIRE(h.openQuotes.size() == 1); // Q2 is accepted
    CHECK(h.openQuotes.at(0).id == f.quote1);
    CHECK(h.openQuotes.at(0).total == 21778);
    REQUIRE(h.unpaidInvoices.size() == 1); // A is paid in full, C is a draft
    CHECK(h.unpaidInvoices.at(0).id == f.invoiceB);
    CHECK(h.unpaidInvoices.at(0).number == S("F-2026-0001"));
    CHECK(h.unpaidInvoices.at(0).total == 18150);
    CHECK(h.unpaidInvoices.at(0).balanceDue == 13150);
}

TEST_CASE("purchase history of a contact counts only the documents naming that contact")
{
    test::TempDb t;
    SalesFixture f(t.db());
    PurchaseHistoryService service(t.db());
    const PurchaseHistory ana = SalesFixture::must(service.load(S("contact"), f.ana));
    REQUIRE(ana.items.size() == 2);
    CHECK(ana.items.at(0).code == S("TOR-10"));
    CHECK(ana.items.at(0).quantity == 90000);
    CHECK(ana.items.at(0).amount == 20250);
    CHECK(ana.items.at(1).code == S("TAL-01"));
    REQUIRE(ana.years.size() == 2);
    CHECK(ana.years.at(0).year == 2026);
    CHECK(ana.years.at(0).invoices == 0);
    CHECK(ana.years.at(0).credited == 2723);
    CHECK(ana.lastPurchase == QDate(2025, 3, 10));
    CHECK(ana.openQuotes.isEmpty());
    CHECK(ana.unpaidInvoices.isEmpty());

    const PurchaseHistory luis = SalesFixture::must(service.load(S("contact"), f.luis));
    REQUIRE(luis.items.size() == 2);
    CHECK(luis.items.at(0).code == S("INST"));
    CHECK(luis.items.at(1).amount == 5000);
    CHECK(luis.openQuotes.size() == 1);
    CHECK(luis.unpaidInvoices.size() == 1);
    CHECK(luis.invoicedTotal == 18150);

    // By name: accounts first, then a contact's full name; unknown names are a clear error.
    CHECK(SalesFixture::must(service.resolve(S("Talleres Ruiz"))) == QPair<QString, QString>{S("account"), f.account});
    CHECK(SalesFixture::must(service.resolve(S("Luis Gil"))) == QPair<QString, QString>{S("contact"), f.luis});
    auto none = service.resolve(S("Nadie"));
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message.contains(S("Nadie")));
    CHECK_FALSE(service.load(S("product"), f.tornillo).ok());
}

TEST_CASE("document lines: add product, service and text at the end, move and delete renumber")
{
    test::TempDb t;
    SalesFixture f(t.db());
    DocumentLines dl(t.db());
    const QString q = f.quote1;
    const QString product = SalesFixture::must(dl.addItemByText(S("quote"), q, S("TOR-10"), 3000));
    const QString service = SalesFixture::must(dl.addItemByText(S("quote"), q, S("Instalación")));
    const QString text = SalesFixture::must(dl.addText(S("quote"), q, S("Entrega en obra")));
    CHECK(descriptions(t.db(), S("quote"), q) == QStringList{S("1:Taladro"), S("2:Tornillo"), S("3:Instalación"), S("4:Entrega en obra")});
    const QList<DocumentLine> ls = SalesFixture::must(dl.lines(S("quote"), q));
    CHECK(ls.at(1).id == product);
    CHECK(ls.at(1).unitPrice == 250); // the list price (no price book)
    CHECK(ls.at(1).quantity == 3000);
    CHECK(ls.at(1).itemCode == S("TOR-10"));
    CHECK(ls.at(2).id == service);
    CHECK(ls.at(2).kind == S("service"));
    CHECK(ls.at(2).unitPrice == 5000);
    CHECK(ls.at(3).id == text);
    CHECK(ls.at(3).kind == S("text"));

    SalesFixture::must(dl.move(S("quote"), q, text, -1));
    CHECK(descriptions(t.db(), S("quote"), q) == QStringList{S("1:Taladro"), S("2:Tornillo"), S("3:Entrega en obra"), S("4:Instalación")});
    SalesFixture::must(dl.move(S("quote"), q, SalesFixture::must(dl.resolveLine(S("quote"), q, S("1"))), 1));
    CHECK(descriptions(t.db(), S("quote"), q) == QStringList{S("1:Tornillo"), S("2:Taladro"), S("3:Entrega en obra"), S("4:Instalación")});
    SalesFixture::must(dl.remove(S("quote"), q, product));
    SalesFixture::must(dl.move(S("quote"), q, service, -1)); // renumbers 1..n after the gap
    CHECK(descriptions(t.db(), S("quote"), q) == QStringList{S("1:Taladro"), S("2:Instalación"), S("3:Entrega en obra")});

    // Refusals name the problem and change nothing.
    const QString before = lineRows(t.db());
    auto first = dl.move(S("quote"), q, SalesFixture::must(dl.resolveLine(S("quote"), q, S("1"))), -1);
    REQUIRE_FALSE(first.ok());
    CHECK(first.error().message.contains(S("first")));
    CHECK_FALSE(dl.remove(S("quote"), q, f.tornillo).ok()); // not a line of this quote
    CHECK_FALSE(dl.remove(S("quote"), f.quote2, service).ok()); // a line of another quote
    CHECK_FALSE(dl.addText(S("quote"), q, S("   ")).ok());
    auto unknown = dl.addItemByText(S("quote"), q, S("NO-SUCH"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(S("NO-SUCH")));
    CHECK_FALSE(dl.resolveLine(S("quote"), q, S("9")).ok());
    CHECK_FALSE(dl.lines(S("account"), f.account).ok());
    CHECK(lineRows(t.db()) == before);
}

TEST_CASE("document lines: an issued invoice or accepted quote refuses every change and stays unchanged")
{
    test::TempDb t;
    SalesFixture f(t.db());
    DocumentLines dl(t.db());
    const QString before = lineRows(t.db());
    const QString lineB = SalesFixture::must(dl.resolveLine(S("invoice"), f.invoiceB, S("1")));
    auto add = dl.addItemByText(S("invoice"), f.invoiceB, S("TOR-10"));
    REQUIRE_FALSE(add.ok());
    CHECK(add.error().message.contains(S("F-2026-0001")));
    CHECK(add.error().message.contains(S("credit note")));
    CHECK_FALSE(dl.addText(S("invoice"), f.invoiceB, S("x")).ok());
    CHECK_FALSE(dl.move(S("invoice"), f.invoiceB, lineB, 1).ok());
    CHECK_FALSE(dl.remove(S("invoice"), f.invoiceB, lineB).ok());
    CHECK_FALSE(dl.addText(S("quote"), f.quote2, S("x")).ok());
    CHECK(lineRows(t.db()) == before);
    CHECK_FALSE(SalesFixture::must(dl.header(S("invoice"), f.invoiceB)).editable);
    CHECK(SalesFixture::must(dl.header(S("invoice"), f.invoiceC)).editable);
}

TEST_CASE("document lines: totals equal DocumentCalc over the lines, shipping and adjustment")
{
    test::TempDb t;
    SalesFixture f(t.db());
    RecordStore store(t.db());
    // Invoice A: base 314.99, IVA 66.15, total 381.14.
    const DocumentTotals a = SalesFixture::must(DocumentLines::totals(t.db(), S("invoice"), f.invoiceA));
    CHECK(a.subtotal == 33999);
    CHECK(a.discountTotal == 2500);
    CHECK(a.netTotal == 31499);
    CHECK(a.taxTotal == 6615);
    CHECK(a.total == 38114);

    // A draft with shipping, adjustment, a reduced rate and a text line that counts for nothing.
    SalesFixture::must(store.update(S("invoice"), f.invoiceC, {{S("shipping"), qlonglong(1250)}, {S("shipping_tax_rate"), 21.0},
                                                               {S("adjustment"), qlonglong(-3)}}));
    DocumentLines dl(t.db());
    const QString reduced = SalesFixture::must(dl.addItemByText(S("invoice"), f.invoiceC, S("TOR-10"), 7000));
    SalesFixture::must(store.update(S("sales_line"), reduced, {{S("tax_rate"), 10.0}, {S("discount_percent"), 5.5}}));
    SalesFixture::must(dl.addText(S("invoice"), f.invoiceC, S("Nota")));
    const DocumentTotals c = SalesFixture::must(DocumentLines::totals(t.db(), S("invoice"), f.invoiceC));
    QList<CalcLine> calc;
    CalcLine l1;
    l1.quantity = 5000;
    l1.unitPrice = 8999;
    calc << l1;
    CalcLine l2;
    l2.quantity = 7000;
    l2.unitPrice = 250;
    l2.discountBp = 550;
    l2.taxBp = 1000;
    calc << l2;
    const DocumentTotals expected = DocumentCalc::totals(calc, 1250, 2100, 0, -3);
    CHECK(c.total == expected.total);
    CHECK(c.taxTotal == expected.taxTotal);
    CHECK(c.breakdown.size() == 2);
    // By hand: 449.95 + 17.50 - 0.96 (5.5 % of 17.50 = 0.9625) = 16.54; 21 %: (449.95 + 12.50) x 0.21 = 97.1145 -> 97.11;
    // 10 %: 1.654 -> 1.65; total 449.95 + 16.54 + 12.50 + 97.11 + 1.65 - 0.03 = 577.72.
    CHECK(c.total == 57772);
}

TEST_CASE("document lines: a configured product stores its JSON, text and price, and the search finds items")
{
    test::TempDb t;
    SalesFixture f(t.db());
    Database &db = t.db();
    RecordStore store(db);
    const QString car = SalesFixture::must(store.create(S("product"), {{S("sku"), S("CAR-GT")}, {S("name"), S("Berlina GT")},
                                                                         {S("unit_price"), qlonglong(2500000)}, {S("configurable"), true}}));
    SalesFixture::must(Configuration::addGroup(db, car, S("Color"), true));
    SalesFixture::must(Configuration::addOption(db, car, S("Color"), S("Red"), S("R"), 45000, false));
    SalesFixture::must(Configuration::addOption(db, car, S("Color"), S("White"), S("W"), 0, true));
    const ConfiguredProduct red = SalesFixture::must(Configuration::validate(db, car, {{S("Color"), S("Red")}}));

    DocumentLines dl(db);
    const QString line = SalesFixture::must(dl.addItem(S("quote"), f.quote1, S("product"), car));
    DocumentLine stored = SalesFixture::must(dl.lines(S("quote"), f.quote1)).last();
    CHECK(stored.configurable);
    CHECK(stored.unitPrice == 2500000);
    SalesFixture::must(dl.configure(S("quote"), f.quote1, line, red.json));
    stored = SalesFixture::must(dl.lines(S("quote"), f.quote1)).last();
    CHECK(stored.configuration == red.json);
    CHECK(stored.unitPrice == 2545000);
    CHECK(stored.description == S("Berlina GT\nColor: Red"));
    // Another product's configuration, or one on a text line, is refused.
    CHECK_FALSE(dl.configure(S("quote"), f.quote1, SalesFixture::must(dl.resolveLine(S("quote"), f.quote1, S("1"))), red.json).ok());
    CHECK_FALSE(dl.configure(S("quote"), f.quote1, line, S("{not json")).ok());
    CHECK(SalesFixture::must(dl.lines(S("quote"), f.quote1)).last().configuration == red.json);

    const QList<ItemMatch> byPrefix = SalesFixture::must(dl.findItems(S("tal-")));
    REQUIRE(byPrefix.size() == 1);
    CHECK(byPrefix.at(0).label() == S("TAL-01 — Taladro"));
    const QList<ItemMatch> byName = SalesFixture::must(dl.findItems(S("stala")));
    REQUIRE(byName.size() == 1);
    CHECK(byName.at(0).entity == S("service"));
    CHECK(SalesFixture::must(dl.findItems(S("%"))).isEmpty()); // LIKE wildcards are literal
}

TEST_CASE("document lines: a customer under recargo de equivalencia gets each rate's surcharge, shipping's too")
{
    test::TempDb t;
    SalesFixture f(t.db());
    RecordStore store(t.db());
    SalesFixture::must(store.create(S("tax_rate"), {{S("name"), S("IVA general")}, {S("code"), S("G21")}, {S("rate"), 21.0}, {S("surcharge"), 5.2}}));
    SalesFixture::must(store.create(S("tax_rate"), {{S("name"), S("IVA reducido")}, {S("code"), S("R10")}, {S("rate"), 10.0}, {S("surcharge"), 1.4}}));
    SalesFixture::must(store.update(S("account"), f.account, {{S("equivalence_surcharge"), true}}));
    SalesFixture::must(store.update(S("invoice"), f.invoiceC, {{S("shipping"), qlonglong(1000)}, {S("shipping_tax_rate"), 21.0}}));
    const QString line = SalesFixture::must(DocumentLines(t.db()).resolveLine(S("invoice"), f.invoiceC, S("1")));
    SalesFixture::must(store.update(S("sales_line"), line, {{S("surcharge_rate"), 5.2}}));

    const DocumentHeader h = SalesFixture::must(DocumentLines(t.db()).header(S("invoice"), f.invoiceC));
    CHECK(h.shippingTaxBp == 2100);
    CHECK(h.shippingSurchargeBp == 520);
    const DocumentTotals totals = SalesFixture::must(DocumentLines::totals(t.db(), S("invoice"), f.invoiceC));
    REQUIRE(totals.breakdown.size() == 1);
    // Base 449.95 + 10.00 = 459.95; IVA 96.5895 -> 96.59; recargo 5.2 %: 23.9174 -> 23.92; total 580.46.
    CHECK(totals.breakdown.at(0).base == 45995);
    CHECK(totals.breakdown.at(0).tax == 9659);
    CHECK(totals.breakdown.at(0).surcharge == 2392);
    CHECK(totals.total == 58046);

    // Not under recargo: the shipping carries none.
    SalesFixture::must(store.update(S("account"), f.account, {{S("equivalence_surcharge"), false}}));
    CHECK(SalesFixture::must(DocumentLines(t.db()).header(S("invoice"), f.invoiceC)).shippingSurchargeBp == 0);
}
