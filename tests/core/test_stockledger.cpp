// SPDX-License-Identifier: GPL-3.0-or-later
// The stock ledger's operations: adjustments, transfers, returns, shipments, reservations with the
// oversell policy, moving average cost, verify(), and a long random run that must stay consistent.
#include "testsupport.h"

#include "demo/demostock.h"
#include "inventory/stockledger.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "store/teamsettings.h"

#include <QRandomGenerator>
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

QString product(RecordStore &store, const char *sku, const char *unit = "unit")
{
    auto id = store.create(S("product"), {{S("sku"), S(sku)}, {S("name"), S("Producto %1").arg(S(sku))}, {S("unit"), S(unit)}});
    REQUIRE(id.ok());
    return id.value();
}

QString warehouse(RecordStore &store, const char *name)
{
    auto id = store.create(S("warehouse"), {{S("name"), S(name)}});
    REQUIRE(id.ok());
    return id.value();
}

StockMove receipt(const QString &p, const QString &w, qint64 qty, qint64 cost = -1)
{
    StockMove m;
    m.product = p;
    m.warehouse = w;
    m.kind = S("receipt");
    m.quantity = qty;
    m.unitCost = cost;
    return m;
}

// Everything a refused operation must leave alone.
struct Snapshot
{
    qint64 movements, balances, reservations, log, onHand;
    static Snapshot of(Database &db, const QString &p)
    {
        return {scalar(db, S("SELECT count(*) FROM stock_movement")), scalar(db, S("SELECT coalesce(sum(on_hand), 0) FROM stock_balance")),
                scalar(db, S("SELECT count(*) || coalesce(sum(quantity), 0) FROM stock_reservation")),
                scalar(db, S("SELECT count(*) FROM change_log")),
                scalar(db, S("SELECT coalesce(on_hand, 0) FROM product WHERE id = ?"), {p})};
    }
    bool operator==(const Snapshot &o) const
    {
        return movements == o.movements && balances == o.balances && reservations == o.reservations && log == o.log && onHand == o.onHand;
    }
};
} // namespace

TEST_CASE("adjust, transfer, return and ship move stock through movements, and refusals write nothing")
{
    test::TempDb t;
    RecordStore store(t.db());
    StockLedger ledger(t.db());
    const QString p = product(store, "TOR-01");
    const QString harina = product(store, "HAR-25", "kg");
    auto main = ledger.defaultWarehouse();
    REQUIRE(main.ok());
    const QString sevilla = warehouse(store, "Sevilla");
    REQUIRE(ledger.post({receipt(p, main.value(), 10000)}).ok());

    auto adj = ledger.adjust(p, QString(), -2000, S("Dos rotas"));
    REQUIRE(adj.ok());
    CHECK(ledger.level(p).value().onHand == 8000);
    // Fractions only for measured units.
    CHECK(ledger.adjust(harina, QString(), 1500, S("Recuento")).ok());
    CHECK(ledger.level(harina).value().onHand == 1500);

    auto moved = ledger.transfer(p, main.value(), S("Sevilla"), 3000); // a warehouse by name works too
    REQUIRE(moved.ok());
    REQUIRE(moved.value().size() == 2);
    CHECK(ledger.level(p, main.value()).value().onHand == 5000);
    CHECK(ledger.level(p, sevilla).value().onHand == 3000);
    CHECK(scalar(t.db(), S("SELECT count(DISTINCT transfer) FROM stock_movement WHERE transfer IS NOT NULL")) == 1);

    REQUIRE(ledger.returnFromCustomer(p, sevilla, 1000, S("Cliente se equivocó"), S("invoice:F-1")).ok());
    CHECK(ledger.level(p, sevilla).value().onHand == 4000);
    REQUIRE(ledger.ship(p, sevilla, 4000, S("sales_order:P-1")).ok());
    CHECK(ledger.level(p, sevilla).value().onHand == 0);
    CHECK(scalar(t.db(), S("SELECT on_hand FROM product WHERE id = ?"), {p}) == 5000);

    const Snapshot before = Snapshot::of(t.db(), p);
    auto refused = [&](auto result, const char *expected) {
        REQUIRE_FALSE(result.ok());
        INFO(result.error().message.toStdString());
        CHECK(result.error().message.contains(S(expected)));
        CHECK(Snapshot::of(t.db(), p) == before);
    };
    refused(ledger.adjust(p, QString(), 1000, S("  ")), "needs a reason");
    refused(ledger.adjust(p, QString(), 500, S("Recuento")), "not a whole number");
    refused(ledger.adjust(p, QString(), -6000, S("Recuento")), "has only 5");
    refused(ledger.transfer(p, main.value(), sevilla, 6000), "has only 5");
    refused(ledger.transfer(p, main.value(), main.value(), 1000), "two different warehouses");
    refused(ledger.transfer(p, main.value(), S("Madrid"), 1000), "no warehouse \"Madrid\"");
    refused(ledger.returnFromCustomer(p, QString(), 1000, QString()), "needs a reason");
    refused(ledger.ship(p, QString(), 0, QString()), "positive quantity");
    REQUIRE(TeamSettings(t.db()).setValue(StockLedger::oversellKey(), S("block")).ok());
    refused(ledger.ship(p, sevilla, 1000, S("sales_order:P-2")), "blocked");
    // warn (the default): ships, goes negative, and says so.
    REQUIRE(TeamSettings(t.db()).setValue(StockLedger::oversellKey(), S("warn")).ok());
    QStringList warnings;
    REQUIRE(ledger.ship(p, sevilla, 1000, S("sales_order:P-2"), &warnings).ok());
    CHECK(warnings.size() == 1);
    CHECK(ledger.level(p, sevilla).value().onHand == -1000);
    CHECK(ledger.verify().value().isEmpty());
}

TEST_CASE("reservations hold stock for open documents, and availability follows the oversell policy")
{
    test::TempDb t;
    RecordStore store(t.db());
    StockLedger ledger(t.db());
    const QString p = product(store, "SIL-01");
    auto main = ledger.defaultWarehouse();
    REQUIRE(main.ok());
    REQUIRE(ledger.post({receipt(p, main.value(), 10000)}).ok());

    auto w = ledger.reserve(S("sales_order:A"), {{p, QString(), 6000}});
    REQUIRE(w.ok());
    CHECK(w.value().isEmpty());
    CHECK(ledger.reserved(p).value() == 6000);
    CHECK(ledger.level(p).value().available() == 4000);
    CHECK(scalar(t.db(), S("SELECT reserved FROM product WHERE id = ?"), {p}) == 6000);

    // Re-reserving the same document replaces its lines (an edited order).
    REQUIRE(ledger.reserve(S("sales_order:A"), {{p, QString(), 2000}, {p, QString(), 3000}}).ok());
    CHECK(ledger.reserved(p).value() == 5000);

    auto shortfalls = ledger.checkAvailability({{p, QString(), 7000}});
    REQUIRE(shortfalls.ok());
    REQUIRE(shortfalls.value().size() == 1);
    CHECK(shortfalls.value().first().available == 5000);
    CHECK(shortfalls.value().first().missing() == 2000);
    // Against its own reservation a document is not short.
    CHECK(ledger.checkAvailability({{p, QString(), 7000}}, S("sales_order:A")).value().isEmpty());

    // warn: reserved anyway, with a warning naming the product.
    auto warned = ledger.reserve(S("sales_order:B"), {{p, QString(), 7000}});
    REQUIRE(warned.ok());
    REQUIRE(warned.value().size() == 1);
    CHECK(warned.value().first().contains(S("SIL-01")));
    REQUIRE(ledger.release(S("sales_order:B")).ok());
    CHECK(ledger.reserved(p).value() == 5000);

    // block: refused, nothing changes.
    REQUIRE(TeamSettings(t.db()).setValue(StockLedger::oversellKey(), S("block")).ok());
    const Snapshot before = Snapshot::of(t.db(), p);
    auto blocked = ledger.reserve(S("sales_order:C"), {{p, QString(), 7000}});
    REQUIRE_FALSE(blocked.ok());
    CHECK(blocked.error().message.contains(S("blocked")));
    CHECK(Snapshot::of(t.db(), p) == before);

    // Shipping the document consumes its reservation.
    REQUIRE(ledger.ship(p, QString(), 3000, S("sales_order:A")).ok());
    CHECK(ledger.reserved(p).value() == 2000);
    REQUIRE(ledger.ship(p, QString(), 2000, S("sales_order:A")).ok());
    CHECK(ledger.reserved(p).value() == 0);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM stock_reservation")) == 0);
    CHECK(ledger.verify().value().isEmpty());
}

TEST_CASE("average cost is the moving weighted average of receipts rounded half up to the cent")
{
    test::TempDb t;
    RecordStore store(t.db());
    StockLedger ledger(t.db());
    const QString p = product(store, "CAF-01");
    auto avg = [&] { return scalar(t.db(), S("SELECT average_cost FROM product WHERE id = ?"), {p}); };
    REQUIRE(ledger.post({receipt(p, QString(), 10000, 100)}).ok()); // 10 at 1.00
    CHECK(avg() == 100);
    REQUIRE(ledger.post({receipt(p, QString(), 5000, 130)}).ok()); // (10*100 + 5*130) / 15 = 110
    CHECK(avg() == 110);
    REQUIRE(ledger.ship(p, QString(), 12000, QString()).ok()); // issues leave the average: 3 at 1.10
    CHECK(avg() == 110);
    REQUIRE(ledger.post({receipt(p, QString(), 4000, 101)}).ok()); // (3*110 + 4*101) / 7 = 734/7 = 104.857 -> 105
    CHECK(avg() == 105);
    REQUIRE(ledger.post({receipt(p, QString(), 1000, 0)}).ok()); // (7*105 + 0) / 8 = 91.875 -> 92
    CHECK(avg() == 92);
    REQUIRE(ledger.post({receipt(p, QString(), 8000, 93)}).ok()); // (8*92 + 8*93) / 16 = 92.5 -> 93 (half up)
    CHECK(avg() == 93);
    REQUIRE(ledger.post({receipt(p, QString(), 1000)}).ok()); // no cost: unchanged
    CHECK(avg() == 93);
    // Out of stock: the next receipt starts the average again.
    REQUIRE(ledger.ship(p, QString(), 17000, QString()).ok());
    REQUIRE(ledger.post({receipt(p, QString(), 2000, 250)}).ok());
    CHECK(avg() == 250);

    // The replay used after bulk loads gives the same figure; a tampered average is found and mended.
    CHECK(ledger.verify().value().isEmpty());
    REQUIRE(Sql::exec(t.db().connection(), S("UPDATE product SET average_cost = 1 WHERE id = ?"), {p}).ok());
    auto diffs = ledger.verify();
    REQUIRE(diffs.ok());
    REQUIRE(diffs.value().size() == 1);
    CHECK(diffs.value().first().what == S("average_cost"));
    CHECK(diffs.value().first().recorded == 1);
    CHECK(diffs.value().first().computed == 250);
    REQUIRE(ledger.recomputeBalances().ok());
    CHECK(avg() == 250);
    CHECK(ledger.verify().value().isEmpty());
}

TEST_CASE("thousands of random operations keep balances equal to the sum of movements, and refusals write nothing")
{
    test::TempDb t;
    RecordStore store(t.db());
    StockLedger ledger(t.db());
    QStringList products, warehouses;
    for (int i = 0; i < 6; ++i)
        products << product(store, QByteArray("RND-" + QByteArray::number(i)).constData(), i % 2 ? "kg" : "unit");
    warehouses << ledger.defaultWarehouse().value() << warehouse(store, "Norte") << warehouse(store, "Sur");
    REQUIRE(TeamSettings(t.db()).setValue(StockLedger::oversellKey(), S("block")).ok());
    QRandomGenerator rng(20261123);
    QHash<QString, qint64> expected; // product|warehouse -> thousandths
    int refusals = 0;
    for (int i = 0; i < 3000; ++i) {
        const int pi = int(rng.bounded(products.size()));
        const QString p = products.at(pi);
        const QString w = warehouses.at(int(rng.bounded(warehouses.size())));
        const QString w2 = warehouses.at(int(rng.bounded(warehouses.size())));
        // Whole units mostly; sometimes a fraction (refused for "unit" products).
        const qint64 q = (1 + qint64(rng.bounded(20))) * 1000 + (rng.bounded(10) == 0 ? 250 : 0);
        const bool fractionOk = pi % 2 == 1 || q % 1000 == 0;
        const qint64 have = expected.value(p + QLatin1Char('|') + w);
        const Snapshot before = Snapshot::of(t.db(), p);
        bool ok = false, shouldWork = false;
        switch (rng.bounded(5)) {
        case 0:
            ok = ledger.post({receipt(p, w, q, qint64(rng.bounded(500)))}).ok();
            shouldWork = fractionOk;
            if (ok) expected[p + QLatin1Char('|') + w] += q;
            break;
        case 1:
            ok = ledger.ship(p, w, q, S("sales_order:R%1").arg(i)).ok();
            shouldWork = fractionOk && have >= q;
            if (ok) expected[p + QLatin1Char('|') + w] -= q;
            break;
        case 2:
            ok = ledger.transfer(p, w, w2, q).ok();
            shouldWork = fractionOk && have >= q && w != w2;
            if (ok) {
                expected[p + QLatin1Char('|') + w] -= q;
                expected[p + QLatin1Char('|') + w2] += q;
            }
            break;
        case 3: {
            const qint64 signedQ = rng.bounded(2) ? q : -q;
            ok = ledger.adjust(p, w, signedQ, S("Recuento %1").arg(i)).ok();
            shouldWork = fractionOk && have + signedQ >= 0;
            if (ok) expected[p + QLatin1Char('|') + w] += signedQ;
            break;
        }
        default:
            ok = ledger.returnFromCustomer(p, w, q, S("Devolución"), S("invoice:%1").arg(i)).ok();
            shouldWork = fractionOk;
            if (ok) expected[p + QLatin1Char('|') + w] += q;
        }
        REQUIRE(ok == shouldWork);
        if (!ok) {
            ++refusals;
            REQUIRE(Snapshot::of(t.db(), p) == before);
        }
    }
    CHECK(refusals > 100);
    auto diffs = ledger.verify();
    REQUIRE(diffs.ok());
    CHECK(diffs.value().isEmpty());
    for (const QString &p : products)
        for (const QString &w : warehouses)
            CHECK(ledger.level(p, w).value().onHand == expected.value(p + QLatin1Char('|') + w));
    CHECK(scalar(t.db(), S("SELECT count(*) FROM (SELECT b.product FROM stock_balance b LEFT JOIN (SELECT product, warehouse, "
                           "sum(quantity) s FROM stock_movement GROUP BY 1, 2) m USING (product, warehouse) WHERE b.on_hand IS NOT m.s)")) == 0);
}

TEST_CASE("verify reports a balance that no longer matches its movements")
{
    test::TempDb t;
    RecordStore store(t.db());
    StockLedger ledger(t.db());
    const QString p = product(store, "VER-01");
    REQUIRE(ledger.post({receipt(p, QString(), 4000)}).ok());
    CHECK(ledger.verify().value().isEmpty());
    // Someone edits the derived table behind Trato's back.
    REQUIRE(Sql::exec(t.db().connection(), S("UPDATE stock_balance SET on_hand = 9000")).ok());
    auto diffs = ledger.verify();
    REQUIRE(diffs.ok());
    REQUIRE(diffs.value().size() == 1);
    CHECK(diffs.value().first().what == S("balance"));
    CHECK(diffs.value().first().recorded == 9000);
    CHECK(diffs.value().first().computed == 4000);
    REQUIRE(ledger.recomputeBalances().ok());
    CHECK(ledger.verify().value().isEmpty());
}

TEST_CASE("demo stock posts receipts, shipments and adjustments for the given products through the ledger")
{
    test::TempDb t;
    RecordStore store(t.db());
    QStringList ids;
    for (int i = 0; i < 12; ++i)
        ids << product(store, QByteArray("DEMO-" + QByteArray::number(i)).constData());
    auto posted = generateDemoStock(t.db(), ids);
    REQUIRE(posted.ok());
    CHECK(posted.value() == scalar(t.db(), S("SELECT count(*) FROM stock_movement")));
    // Every third product ships an order; two (the 5th and 11th) are sold down to 6 and 2 units.
    CHECK(scalar(t.db(), S("SELECT count(*) FROM stock_movement WHERE kind = 'shipment'")) == 6);
    CHECK(StockLedger(t.db()).level(ids.at(4)).value().onHand == 6000);
    CHECK(StockLedger(t.db()).level(ids.at(10)).value().onHand == 2000);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM stock_movement WHERE kind = 'adjustment'")) == 1);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM product WHERE average_cost IS NULL OR on_hand <= 0")) == 0);
    CHECK(StockLedger(t.db()).verify().value().isEmpty());
}
