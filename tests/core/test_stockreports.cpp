// SPDX-License-Identifier: GPL-3.0-or-later
// Inventario's reports: stock on hand and valuation, movements per product, slow movers. Every
// expected figure below is worked out by hand from the movements posted.
#include "testsupport.h"

#include "inventory/stockledger.h"
#include "inventory/stockreports.h"
#include "store/recordstore.h"

#include <catch2/catch.hpp>

using namespace trato;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

QDateTime at(const char *iso) { return QDateTime::fromString(S(iso), Qt::ISODate); }

StockMove mv(const QString &product, const QString &warehouse, const char *kind, qint64 quantity, const char *when,
             qint64 cost = -1, const char *reason = "")
{
    StockMove m;
    m.product = product;
    m.warehouse = warehouse;
    m.kind = S(kind);
    m.quantity = quantity;
    m.unitCost = cost;
    m.reason = S(reason);
    m.at = at(when);
    return m;
}

// Three products, two warehouses:
//   TOR-01 tornillos (Ferretería, cost 3.33, reorder at 50): +100 main 10 Jan, +40 Sevilla 1 Feb @0.30,
//          -15 main 15 Feb                      -> 125 on hand, value 125 × 3.33 = 416.25
//   HAR-25 harina kg (no category, cost 1.30, reorder at 20): +12.5 5 Jan, -0.25 adjustment 20 Jan
//          -> 12.25 on hand, value 12.25 × 1.30 = 15.925 -> 15.93 (half up); below its reorder level
//   CAJ-10 cajas (inactive, cost 10.00): +5 on 1 Oct 2025 -> value 50.00
struct Fixture
{
    test::TempDb t;
    RecordStore store{t.db()};
    StockLedger ledger{t.db()};
    QString main, sevilla, ferreteria, tornillos, harina, cajas;

    Fixture()
    {
        auto w = store.create(S("warehouse"), {{S("name"), S("Almacén central")}, {S("is_default"), true}});
        REQUIRE(w.ok());
        main = w.value();
        w = store.create(S("warehouse"), {{S("name"), S("Almacén de Sevilla")}});
        REQUIRE(w.ok());
        sevilla = w.value();
        auto c = store.create(S("product_category"), {{S("name"), S("Ferretería")}});
        REQUIRE(c.ok());
        ferreteria = c.value();
        tornillos = product("TOR-01", "Tornillos", "unit", 333, 50000, ferreteria);
        harina = product("HAR-25", "Harina", "kg", 130, 20000);
        cajas = product("CAJ-10", "Cajas", "unit", 1000, -1);
        REQUIRE(store.update(S("product"), cajas, {{S("active"), false}}).ok());
        REQUIRE(ledger.post({mv(cajas, main, "receipt", 5000, "2025-10-01T09:00:00Z", 1000),
                             mv(harina, main, "receipt", 12500, "2026-01-05T09:00:00Z", 130),
                             mv(tornillos, main, "receipt", 100000, "2026-01-10T09:00:00Z", 333),
                             mv(harina, main, "adjustment", -250, "2026-01-20T12:00:00Z", -1, "Saco roto"),
                             mv(tornillos, sevilla, "receipt", 40000, "2026-02-01T08:30:00Z", 333), // at the same cost: the average stays 3.33
                             mv(tornillos, main, "shipment", -15000, "2026-02-15T16:00:00Z")})
                    .ok());
    }

    QString product(const char *sku, const char *name, const char *unit, qint64 cost, qint64 reorder,
                    const QString &category = QString())
    {
        QVariantMap v{{S("sku"), S(sku)}, {S("name"), S(name)}, {S("unit"), S(unit)}, {S("cost"), cost}};
        if (reorder >= 0)
            v.insert(S("reorder_level"), reorder);
        if (!category.isEmpty())
            v.insert(S("category"), category);
        auto id = store.create(S("product"), v);
        REQUIRE(id.ok());
        return id.value();
    }
};
} // namespace

TEST_CASE("stock report: on hand, value half up to the cent, reorder flag and totals")
{
    Fixture f;
    StockReportOptions o;
    o.today = QDate(2026, 3, 1);
    auto r = StockReports::stock(f.t.db(), o);
    REQUIRE(r.ok());
    const StockReport &s = r.value();
    REQUIRE(s.rows.size() == 2);   // the inactive CAJ-10 is left out
    CHECK(s.rows.at(0).sku == S("HAR-25"));
    CHECK(s.rows.at(0).onHand == 12250);
    CHECK(s.rows.at(0).available == 12250);
    CHECK(s.rows.at(0).averageCost == 130);
    CHECK(s.rows.at(0).value == 1593);
    CHECK(s.rows.at(0).belowReorder);
    CHECK(s.rows.at(1).sku == S("TOR-01"));
    CHECK(s.rows.at(1).onHand == 125000);
    CHECK(s.rows.at(1).value == 41625);
    CHECK_FALSE(s.rows.at(1).belowReorder);
    CHECK(s.totalOnHand == 137250);
    CHECK(s.totalValue == 43218);
    CHECK(s.belowReorder == 1);

    ReportTable t = StockReports::toTable(s);
    CHECK(t.rows.size() == 2);
    CHECK(t.rows.at(1).at(t.headers.indexOf(S("Value"))) == S("416.25"));
    CHECK(t.totals.at(t.headers.indexOf(S("Value"))) == S("432.18"));
    CHECK(t.rowIds == QStringList{f.harina, f.tornillos});
    CHECK(t.toCsv().startsWith(S("SKU,Product,Unit,On hand")));

    o.activeOnly = false;
    auto all = StockReports::stock(f.t.db(), o);
    REQUIRE(all.ok());
    CHECK(all.value().rows.size() == 3);
    CHECK(all.value().totalValue == 43218 + 5000);
}

TEST_CASE("stock report per warehouse and by category")
{
    Fixture f;
    StockReportOptions o;
    o.warehouse = S("almacén de sevilla");   // by name, any case
    auto r = StockReports::stock(f.t.db(), o);
    REQUIRE(r.ok());
    REQUIRE(r.value().rows.size() == 1);
    CHECK(r.value().warehouseName == S("Almacén de Sevilla"));
    CHECK(r.value().rows.at(0).onHand == 40000);
    CHECK(r.value().rows.at(0).value == 13320);   // 40 × 3.33

    o = {};
    o.perWarehouse = true;
    r = StockReports::stock(f.t.db(), o);
    REQUIRE(r.ok());
    REQUIRE(r.value().rows.size() == 3);   // TOR-01 in two warehouses, HAR-25 in one
    CHECK(r.value().totalOnHand == 137250);
    CHECK(StockReports::toTable(r.value()).headers.contains(S("Warehouse")));

    o = {};
    o.category = f.ferreteria;
    r = StockReports::stock(f.t.db(), o);
    REQUIRE(r.ok());
    REQUIRE(r.value().rows.size() == 1);
    CHECK(r.value().rows.at(0).sku == S("TOR-01"));
    CHECK(r.value().categoryName == S("Ferretería"));

    o = {};
    o.warehouse = S("Almacén de Cádiz");
    r = StockReports::stock(f.t.db(), o);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(S("Almacén de Cádiz")));
    o = {};
    o.category = S("Jardín");
    CHECK_FALSE(StockReports::stock(f.t.db(), o).ok());
}

TEST_CASE("movements report: opening, running and closing balance over a period")
{
    Fixture f;
    auto r = StockReports::movements(f.t.db(), S("TOR-01"), QDate(2026, 2, 1), QDate(2026, 2, 28));
    REQUIRE(r.ok());
    const MovementsReport &m = r.value();
    CHECK(m.product == f.tornillos);
    CHECK(m.opening == 100000);
    REQUIRE(m.rows.size() == 2);
    CHECK(m.rows.at(0).kind == S("receipt"));
    CHECK(m.rows.at(0).quantity == 40000);
    CHECK(m.rows.at(0).unitCost == 333);
    CHECK(m.rows.at(0).warehouseName == S("Almacén de Sevilla"));
    CHECK(m.rows.at(0).balance == 140000);
    CHECK(m.rows.at(0).at == at("2026-02-01T08:30:00Z"));
    CHECK(m.rows.at(1).kind == S("shipment"));
    CHECK(m.rows.at(1).unitCost == -1);
    CHECK(m.rows.at(1).balance == 125000);
    CHECK(m.closing == 125000);
    CHECK(m.totalIn == 40000);
    CHECK(m.totalOut == 15000);

    // The last day of the period is included; the day after is not.
    auto day = StockReports::movements(f.t.db(), f.harina, QDate(2026, 1, 20), QDate(2026, 1, 20));
    REQUIRE(day.ok());
    REQUIRE(day.value().rows.size() == 1);
    CHECK(day.value().rows.at(0).reason == S("Saco roto"));
    CHECK(day.value().opening == 12500);
    CHECK(day.value().closing == 12250);

    // Default period: the 30 days up to the injected today.
    auto recent = StockReports::movements(f.t.db(), S("TOR-01"), QDate(), QDate(), QDate(2026, 2, 20));
    REQUIRE(recent.ok());
    CHECK(recent.value().from == QDate(2026, 1, 21));
    CHECK(recent.value().rows.size() == 2);

    ReportTable t = StockReports::toTable(m);
    CHECK(t.rows.size() == 3);   // opening line + two movements
    CHECK(t.rows.at(0).last() == S("100"));
    CHECK(t.totals.last() == S("125"));

    CHECK_FALSE(StockReports::movements(f.t.db(), S("NO-EXISTE"), QDate(), QDate()).ok());
    auto backwards = StockReports::movements(f.t.db(), S("TOR-01"), QDate(2026, 3, 1), QDate(2026, 2, 1));
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.error().message.contains(S("2026-03-01")));
}

TEST_CASE("slow movers: stock without shipments in the window, by value tied up")
{
    Fixture f;
    auto r = StockReports::slowMovers(f.t.db(), 90, 0, QDate(2026, 3, 1));
    REQUIRE(r.ok());
    // TOR-01 shipped 15 on 15 Feb: not slow. CAJ-10 (50.00) before HAR-25 (15.93).
    REQUIRE(r.value().rows.size() == 2);
    CHECK(r.value().rows.at(0).sku == S("CAJ-10"));
    CHECK(r.value().rows.at(0).value == 5000);
    CHECK_FALSE(r.value().rows.at(0).lastShipment.isValid());
    CHECK(r.value().rows.at(0).daysSinceLastShipment == -1);
    CHECK(r.value().rows.at(1).sku == S("HAR-25"));
    CHECK(r.value().totalValue == 6593);

    // A ten-day window leaves the 15 Feb shipment out: TOR-01 is slow, 14 days since, first by value.
    r = StockReports::slowMovers(f.t.db(), 10, 0, QDate(2026, 3, 1));
    REQUIRE(r.ok());
    REQUIRE(r.value().rows.size() == 3);
    CHECK(r.value().rows.at(0).sku == S("TOR-01"));
    CHECK(r.value().rows.at(0).daysSinceLastShipment == 14);
    CHECK(r.value().rows.at(0).lastShipment == QDate(2026, 2, 15));
    CHECK(r.value().rows.at(0).value == 41625);

    // A threshold: up to 15 shipped still counts as slow.
    r = StockReports::slowMovers(f.t.db(), 90, 15000, QDate(2026, 3, 1));
    REQUIRE(r.ok());
    CHECK(r.value().rows.size() == 3);
    CHECK(r.value().rows.at(0).shipped == 15000);
    r = StockReports::slowMovers(f.t.db(), 90, 14999, QDate(2026, 3, 1));
    REQUIRE(r.ok());
    CHECK(r.value().rows.size() == 2);

    CHECK_FALSE(StockReports::slowMovers(f.t.db(), 0).ok());
    CHECK_FALSE(StockReports::slowMovers(f.t.db(), 30, -1).ok());
}

TEST_CASE("report money arithmetic is exact and rounds half away from zero")
{
    CHECK(StockReports::value(12250, 130) == 1593);    // 15.925 -> 15.93
    CHECK(StockReports::value(12250, 125) == 1531);    // 15.3125 -> 15.31
    CHECK(StockReports::value(-500, 1) == -1);         // -0.005 -> -0.01
    CHECK(StockReports::value(1, 499) == 0);
    CHECK(StockReports::formatCents(-5) == S("-0.05"));
    CHECK(StockReports::formatCents(123450) == S("1234.50"));
}

TEST_CASE("stock report uses the kept average cost and reservations when the ledger has them")
{
    Fixture f;
    // As the stock part keeps them: average cost 3.00, 80 of the 125 tornillos reserved.
    REQUIRE(f.store.update(S("product"), f.tornillos, {{S("average_cost"), 300}, {S("reserved"), 80000}}, RecordStore::Access::System).ok());
    auto r = StockReports::stock(f.t.db(), {});
    REQUIRE(r.ok());
    const StockRow &tor = r.value().rows.at(1);
    REQUIRE(tor.sku == S("TOR-01"));
    CHECK(tor.averageCost == 300);
    CHECK(tor.value == 37500);            // 125 × 3.00
    CHECK(tor.reserved == 80000);
    CHECK(tor.available == 45000);
    CHECK(tor.belowReorder);              // 45 available <= 50
    CHECK(r.value().totalReserved == 80000);
    CHECK(r.value().totalValue == 37500 + 1593);

    // Per warehouse, reservations (kept per product) are not split: 0 on each row, the flag stays.
    StockReportOptions o;
    o.perWarehouse = true;
    auto w = StockReports::stock(f.t.db(), o);
    REQUIRE(w.ok());
    for (const StockRow &row : w.value().rows) {
        CHECK(row.reserved == 0);
        if (row.sku == S("TOR-01"))
            CHECK(row.belowReorder);
    }
}
