// SPDX-License-Identifier: GPL-3.0-or-later
// Purchasing (issue 5): number series, purchase orders and receiving through the stock ledger,
// replenishment and drafting orders from it.
#include "testsupport.h"

#include "inventory/purchasing.h"
#include "inventory/replenishment.h"
#include "inventory/stockledger.h"
#include "metadata/value.h"
#include "store/numberseries.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "store/transaction.h"

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

// Every row of the tables purchasing writes, as text: equal before and after = nothing written.
QString snapshot(Database &db)
{
    QString out;
    for (const char *table : {"purchase_order", "purchase_order_line", "stock_movement", "stock_balance", "number_series",
                              "product", "change_log"}) {
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

QString product(RecordStore &store, const char *sku, const char *unit = "unit", qint64 cost = -1, const QString &vendor = QString(),
                const char *level = nullptr, const char *qty = nullptr)
{
    QVariantMap v = {{S("sku"), S(sku)}, {S("name"), S("Producto %1").arg(S(sku))}, {S("unit"), S(unit)}};
    if (cost >= 0)
        v.insert(S("cost"), cost);
    if (!vendor.isEmpty())
        v.insert(S("vendor"), vendor);
    const Field q = Field::make("quantity", FieldType::Quantity, "Quantity");
    auto parsed = [&q](const char *t) { return Value::parse(q, QString::fromLatin1(t), QLocale::c()).value().toLongLong(); };
    if (level)
        v.insert(S("reorder_level"), parsed(level));
    if (qty)
        v.insert(S("reorder_qty"), parsed(qty));
    auto id = store.create(S("product"), v);
    REQUIRE(id.ok());
    return id.value();
}

QString vendor(RecordStore &store, const char *name)
{
    auto id = store.create(S("vendor"), {{S("name"), S(name)}});
    REQUIRE(id.ok());
    return id.value();
}
} // namespace

TEST_CASE("number series: formatted, correlative and gapless when transactions roll back")
{
    test::TempDb t;
    NumberSeries series(t.db());
    const QDate d(2026, 3, 9);
    CHECK(NumberSeries::format(S("PO-{YYYY}-{NNNN}"), 7, d) == S("PO-2026-0007"));
    CHECK(NumberSeries::format(S("F{YY}{MM}/{NN}"), 123, d) == S("F2603/123"));
    CHECK_FALSE(NumberSeries::checkPattern(S("PO-{YYYY}")).isEmpty());

    CHECK(series.next(S("po"), S("PO-{YYYY}-{NNNN}"), d).value() == S("PO-2026-0001"));
    CHECK(series.next(S("po"), S("PO-{YYYY}-{NNNN}"), d).value() == S("PO-2026-0002"));
    for (int i = 0; i < 3; ++i) {
        Transaction tx(t.db());
        REQUIRE(tx.isActive());
        CHECK(series.next(S("po"), S("ignored-{N}"), d).value() == S("PO-2026-0003"));
        tx.rollback(); // the document failed: the number comes back
    }
    {
        Transaction tx(t.db());
        CHECK(series.next(S("po"), S("x{N}"), d).value() == S("PO-2026-0003"));
        REQUIRE(tx.commit().ok());
    }
    CHECK(series.peek(S("po")).value() == 4);
    // Another series counts on its own; define() changes pattern and counter.
    CHECK(series.next(S("quote"), S("Q{NNN}"), d).value() == S("Q001"));
    REQUIRE(series.define(S("quote"), S("OF-{YYYY}/{NNNNN}"), 40).ok());
    CHECK(series.next(S("quote"), S("Q{NNN}"), d).value() == S("OF-2026/00040"));
    CHECK_FALSE(series.define(S("quote"), S("no counter")).ok());
}

TEST_CASE("purchase order lifecycle: lines in draft, a number when ordered, partial then full receipt at cost")
{
    test::TempDb t;
    RecordStore store(t.db());
    Purchasing purchasing(t.db());
    StockLedger ledger(t.db());
    const QString acme = vendor(store, "Suministros Acme");
    const QString tornillo = product(store, "TOR-01", "unit", 125);     // 1.25 each
    const QString harina = product(store, "HAR-25", "kg", 333);         // 3.33 per kg

    auto po = purchasing.createOrder(acme);
    REQUIRE(po.ok());
    auto l1 = purchasing.addLine(po.value(), tornillo, 100000);          // 100 x 1.25, cost from the product
    REQUIRE(l1.ok());
    auto l2 = purchasing.addLine(po.value(), harina, 2500, 401, S("Harina de fuerza")); // 2.5 kg x 4.01 = 10.025 -> 10.03
    REQUIRE(l2.ok());
    auto info = purchasing.load(po.value()).value();
    REQUIRE(info.lines.size() == 2);
    CHECK(info.status == S("draft"));
    CHECK(info.number.isEmpty());
    CHECK(info.lines.at(0).position == 1);
    CHECK(info.lines.at(0).unitCost == 125);
    CHECK(info.lines.at(0).description == S("Producto TOR-01"));
    CHECK(info.lines.at(1).position == 2);
    CHECK(info.lines.at(1).total() == 1003);  // half up
    CHECK(info.total == 12500 + 1003);
    CHECK(Purchasing::lineTotal(1500, 1) == 2); // 1.5 cents -> 2
    CHECK(Purchasing::lineTotal(1499, 1) == 1);
    // Editing a line in draft keeps the total.
    REQUIRE(purchasing.updateLine(l1.value(), 80000, 125, QString()).ok());
    CHECK(purchasing.load(po.value()).value().total == 10000 + 1003);
    // Nothing is on order while the order is a draft.
    CHECK(store.get(S("product"), tornillo).value().value(S("on_order")).toLongLong() == 0);

    auto number = purchasing.order(po.value(), QDate(2026, 11, 23));
    REQUIRE(number.ok());
    CHECK(number.value() == S("PO-2026-0001"));
    CHECK(store.get(S("product"), tornillo).value().value(S("on_order")).toLongLong() == 80000);
    CHECK(store.get(S("product"), harina).value().value(S("on_order")).toLongLong() == 2500);
    // Lines are frozen once ordered, from any write path.
    auto frozen = purchasing.updateLine(l1.value(), 90000, 125, QString());
    REQUIRE_FALSE(frozen.ok());
    CHECK(frozen.error().message.contains(S("only while it is a draft")));
    CHECK_FALSE(store.update(S("purchase_order_line"), l1.value(), {{S("quantity"), qlonglong(1000)}}).ok());
    CHECK_FALSE(purchasing.addLine(po.value(), tornillo, 1000).ok());

    // Partial receipt: 30 screws.
    REQUIRE(purchasing.receive(po.value(), {{l1.value(), 30000}}, QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC)).ok());
    info = purchasing.load(po.value()).value();
    CHECK(info.status == S("partially_received"));
    CHECK(info.lines.at(0).received == 30000);
    CHECK(ledger.level(tornillo).value().onHand == 30000);
    CHECK(store.get(S("product"), tornillo).value().value(S("on_order")).toLongLong() == 50000);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM stock_movement WHERE purchase_order = ? AND kind = 'receipt' AND unit_cost = 125"),
                 {po.value()}) == 1);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM stock_movement WHERE occurred_at LIKE '2026-11-24%'")) == 1);
    // A partially received order cannot be cancelled.
    CHECK(purchasing.cancel(po.value()).error().message.contains(S("close it short")));

    // The rest: everything outstanding.
    REQUIRE(purchasing.receive(po.value(), {}).ok());
    info = purchasing.load(po.value()).value();
    CHECK(info.status == S("received"));
    CHECK(ledger.level(tornillo).value().onHand == 80000);
    CHECK(ledger.level(harina).value().onHand == 2500);
    CHECK(scalar(t.db(), S("SELECT unit_cost FROM stock_movement WHERE product = ?"), {harina}) == 401);
    CHECK(store.get(S("product"), tornillo).value().value(S("on_order")).toLongLong() == 0);
    CHECK(store.get(S("product"), harina).value().value(S("on_order")).toLongLong() == 0);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM stock_movement WHERE purchase_order = ?"), {po.value()}) == 3);

    // Cancel and close short.
    auto po2 = purchasing.createOrder(acme);
    REQUIRE(purchasing.addLine(po2.value(), tornillo, 10000).ok());
    REQUIRE(purchasing.order(po2.value(), QDate(2026, 11, 23)).value() == S("PO-2026-0002"));
    CHECK(store.get(S("product"), tornillo).value().value(S("on_order")).toLongLong() == 10000);
    REQUIRE(purchasing.cancel(po2.value()).ok());
    CHECK(store.get(S("product"), tornillo).value().value(S("on_order")).toLongLong() == 0);
    auto po3 = purchasing.createOrder(acme);
    auto l3 = purchasing.addLine(po3.value(), tornillo, 10000);
    REQUIRE(purchasing.order(po3.value()).ok());
    REQUIRE(purchasing.receive(po3.value(), {{l3.value(), 4000}}).ok());
    CHECK(store.get(S("product"), tornillo).value().value(S("on_order")).toLongLong() == 6000);
    REQUIRE(purchasing.closeShort(po3.value()).ok());
    CHECK(purchasing.load(po3.value()).value().status == S("received"));
    CHECK(store.get(S("product"), tornillo).value().value(S("on_order")).toLongLong() == 0);
    CHECK(ledger.level(tornillo).value().onHand == 84000);
}

TEST_CASE("purchasing refusals are clear and leave the database unchanged")
{
    test::TempDb t;
    RecordStore store(t.db());
    Purchasing purchasing(t.db());
    const QString acme = vendor(store, "Suministros Acme");
    const QString caja = product(store, "CAJ-10", "unit", 200);
    const QString harina = product(store, "HAR-25", "kg", 100);
    auto draft = purchasing.createOrder(acme);
    REQUIRE(purchasing.addLine(draft.value(), caja, 5000).ok());
    auto po = purchasing.createOrder(acme);
    auto lc = purchasing.addLine(po.value(), caja, 10000);
    auto lh = purchasing.addLine(po.value(), harina, 1500);
    REQUIRE(purchasing.order(po.value()).ok());
    auto other = purchasing.createOrder(acme);
    auto lo = purchasing.addLine(other.value(), caja, 1000);
    REQUIRE(purchasing.order(other.value()).ok());

    const QString before = snapshot(t.db());
    auto refused = [&](const Status &s, const char *expected) {
        REQUIRE_FALSE(s.ok());
        INFO(s.error().message);
        CHECK(s.error().message.contains(S(expected)));
        CHECK(snapshot(t.db()) == before);
    };
    refused(purchasing.receive(po.value(), {{lc.value(), 11000}}), "more than the 10 still outstanding");
    refused(purchasing.receive(po.value(), {{lc.value(), -1000}}), "greater than zero");
    refused(purchasing.receive(po.value(), {{lc.value(), 0}}), "greater than zero");
    refused(purchasing.receive(po.value(), {{lc.value(), 1500}}), "not a whole number");
    refused(purchasing.receive(po.value(), {{lo.value(), 1000}}), "has no line");
    // A good line with a bad one: nothing of either.
    refused(purchasing.receive(po.value(), {{lh.value(), 500}, {lc.value(), 99000}}), "outstanding");
    refused(purchasing.receive(draft.value(), {}), "only an ordered or partially received");
    {
        auto again = purchasing.order(po.value());
        refused(again.ok() ? Status() : Status(again.error()), "only a draft can be ordered");
    }
    auto empty = purchasing.createOrder(acme);
    const QString withEmpty = snapshot(t.db());
    auto noLines = purchasing.order(empty.value());
    REQUIRE_FALSE(noLines.ok());
    CHECK(noLines.error().message.contains(S("at least one line")));
    CHECK(snapshot(t.db()) == withEmpty);
    CHECK(NumberSeries(t.db()).peek(S("purchase_order")).value() == 3); // no number spent
    auto fraction = purchasing.addLine(empty.value(), caja, 2500);
    REQUIRE_FALSE(fraction.ok());
    CHECK(fraction.error().message.contains(S("not a whole number")));
    CHECK(purchasing.addLine(empty.value(), harina, 2500).ok()); // kg may be fractional
    auto negative = purchasing.addLine(empty.value(), caja, 1000, -1);
    CHECK(negative.ok()); // -1 = the product's cost
    CHECK_FALSE(store.create(S("purchase_order_line"), {{S("purchase_order"), empty.value()}, {S("product"), caja},
                                                         {S("quantity"), qlonglong(1000)}, {S("unit_cost"), qlonglong(-5)}}).ok());

    // Received and cancelled orders take no receipts.
    REQUIRE(purchasing.receive(other.value(), {}).ok());
    const QString received = snapshot(t.db());
    auto again = purchasing.receive(other.value(), {});
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(S("received")));
    CHECK_FALSE(purchasing.cancel(other.value()).ok());
    CHECK(snapshot(t.db()) == received);
    REQUIRE(purchasing.cancel(po.value()).ok());
    const QString cancelled = snapshot(t.db());
    auto late = purchasing.receive(po.value(), {});
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().message.contains(S("cancelled")));
    CHECK(snapshot(t.db()) == cancelled);
}

TEST_CASE("replenishment lists low projected stock and drafts orders per vendor, once")
{
    test::TempDb t;
    RecordStore store(t.db());
    Purchasing purchasing(t.db());
    StockLedger ledger(t.db());
    const QString acme = vendor(store, "Acme");
    const QString beta = vendor(store, "Beta");
    // level 10, qty 50, on hand 4: low, suggest 50.
    const QString a = product(store, "A", "unit", 100, acme, "10", "50");
    // level 10, no qty, on hand 3: low, suggest 7 (up to the level).
    const QString b = product(store, "B", "unit", 100, acme, "10");
    // level 5, on hand 2 but 10 on order: projected 12, not low.
    const QString c = product(store, "C", "unit", 100, beta, "5", "20");
    // level 2.5 kg, no qty, on hand 1.2: low, suggest 1.3 kg.
    const QString d = product(store, "D", "kg", 100, beta, "2.5");
    // no vendor, level 1, nothing on hand: low, reported.
    const QString e = product(store, "E", "unit", 100, QString(), "1");
    // no reorder level: never listed.
    product(store, "F", "unit", 100, acme);
    // inactive: never listed.
    const QString g = product(store, "G", "unit", 100, acme, "10");
    REQUIRE(store.update(S("product"), g, {{S("active"), false}}).ok());
    REQUIRE(ledger.post({StockMove{a, {}, S("receipt"), 4000, 100, {}, {}, {}, {}, {}},
                         StockMove{b, {}, S("receipt"), 3000, 100, {}, {}, {}, {}, {}},
                         StockMove{c, {}, S("receipt"), 2000, 100, {}, {}, {}, {}, {}},
                         StockMove{d, {}, S("receipt"), 1200, 100, {}, {}, {}, {}, {}}}).ok());
    auto pc = purchasing.createOrder(beta);
    REQUIRE(purchasing.addLine(pc.value(), c, 10000).ok());
    REQUIRE(purchasing.order(pc.value()).ok());

    auto low = Replenishment(t.db()).lowStock();
    REQUIRE(low.ok());
    QMap<QString, qint64> suggested;
    for (const LowStockItem &i : low.value())
        suggested.insert(i.sku, i.suggested);
    CHECK(suggested == QMap<QString, qint64>{{S("A"), 50000}, {S("B"), 7000}, {S("D"), 1300}, {S("E"), 1000}});

    auto drafted = Replenishment(t.db()).draftOrders();
    REQUIRE(drafted.ok());
    CHECK(drafted.value().orders.size() == 2);  // Acme (A, B) and Beta (D)
    CHECK(drafted.value().lines == 3);
    CHECK(drafted.value().withoutVendor == QStringList{S("Producto E (E)")});
    CHECK(scalar(t.db(), S("SELECT count(*) FROM purchase_order WHERE status = 'draft' AND vendor = ?"), {acme}) == 1);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM purchase_order_line l JOIN purchase_order o ON o.id = l.purchase_order "
                           "WHERE o.vendor = ? AND o.status = 'draft'"), {acme}) == 2);
    CHECK(scalar(t.db(), S("SELECT quantity FROM purchase_order_line WHERE product = ?"), {b}) == 7000);
    CHECK(scalar(t.db(), S("SELECT unit_cost FROM purchase_order_line WHERE product = ?"), {d}) == 100);
    // A second click duplicates nothing: every low product is already on an open draft.
    auto second = Replenishment(t.db()).draftOrders();
    REQUIRE(second.ok());
    CHECK(second.value().orders.isEmpty());
    CHECK(second.value().alreadyOnDraft.size() == 3);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM purchase_order_line")) == 4);
}
