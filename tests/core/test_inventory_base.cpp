// SPDX-License-Identifier: GPL-3.0-or-later
// The Inventario foundation: exact quantities, and the stock ledger's base (balances kept by
// triggers, insert-only movements, refusals that write nothing).
#include "testsupport.h"

#include "inventory/stockledger.h"
#include "metadata/value.h"
#include "store/recordstore.h"
#include "store/sqlite.h"

#include <QLocale>
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

StockMove mv(const QString &product, const QString &warehouse, const QString &kind, qint64 quantity, qint64 cost = -1,
             const QString &reason = QString())
{
    StockMove m;
    m.product = product;
    m.warehouse = warehouse;
    m.kind = kind;
    m.quantity = quantity;
    m.unitCost = cost;
    m.reason = reason;
    return m;
}

QString product(RecordStore &store, const char *sku, const char *unit = "unit")
{
    auto id = store.create(S("product"), {{S("sku"), S(sku)}, {S("name"), S("Producto %1").arg(S(sku))}, {S("unit"), S(unit)}});
    REQUIRE(id.ok());
    return id.value();
}
} // namespace

TEST_CASE("quantities are exact thousandths: parsed, stored, shown and written to JSON without floating point")
{
    Field f = Field::make("quantity", FieldType::Quantity, "Quantity");
    const QLocale c(QLocale::C), es(QLocale::Spanish, QLocale::Spain);
    CHECK(Value::parse(f, S("12"), c).value().toLongLong() == 12000);
    CHECK(Value::parse(f, S("0.5"), c).value().toLongLong() == 500);
    CHECK(Value::parse(f, S("-3.125"), c).value().toLongLong() == -3125);
    CHECK(Value::parse(f, S("1.234,5"), es).value().toLongLong() == 1234500);
    CHECK_FALSE(Value::parse(f, S("0.0001"), c).ok());   // more than three decimals
    CHECK_FALSE(Value::parse(f, S("doce"), c).ok());
    CHECK(Value::display(f, qlonglong(1234500), es) == S("1234,5"));
    CHECK(Value::display(f, qlonglong(-250), c) == S("-0.25"));
    CHECK(Value::display(f, qlonglong(7000), c) == S("7"));
    CHECK(Value::formatMilli(1000001) == S("1000.001"));
    CHECK(Value::json(f, qlonglong(2500)).toString() == S("2.5"));
    // 0.1 added ten times is exactly 1: no binary floating point anywhere.
    qint64 sum = 0;
    for (int i = 0; i < 10; ++i)
        sum += Value::parse(f, S("0.1"), c).value().toLongLong();
    CHECK(sum == 1000);
}

TEST_CASE("the stock ledger keeps balances per product and warehouse from its movements")
{
    test::TempDb t;
    RecordStore store(t.db());
    StockLedger ledger(t.db());
    const QString tornillos = product(store, "TOR-01");
    const QString harina = product(store, "HAR-25", "kg");
    // The first movement without a warehouse makes the default one.
    REQUIRE(ledger.post({mv(tornillos, QString(), S("receipt"), 100000, 25)}).ok());
    auto second = store.create(S("warehouse"), {{S("name"), S("Almacén de Sevilla")}});
    REQUIRE(second.ok());

    auto posted = ledger.post({mv(tornillos, second.value(), S("receipt"), 40000, 30),
                               mv(tornillos, QString(), S("shipment"), -15000),
                               mv(harina, QString(), S("receipt"), 12500),
                               mv(harina, QString(), S("adjustment"), -250, -1, S("Saco roto"))});
    REQUIRE(posted.ok());
    CHECK(posted.value().size() == 4);
    auto main = ledger.defaultWarehouse();
    REQUIRE(main.ok());
    CHECK(ledger.level(tornillos).value().onHand == 125000);
    CHECK(ledger.level(tornillos, main.value()).value().onHand == 85000);
    CHECK(ledger.level(tornillos, second.value()).value().onHand == 40000);
    CHECK(ledger.level(harina).value().onHand == 12250);
    // The product's derived on_hand follows, and equals the ledger's sum.
    CHECK(store.get(S("product"), tornillos).value().value(S("on_hand")).toLongLong() == 125000);
    CHECK(scalar(t.db(), S("SELECT sum(quantity) FROM stock_movement WHERE product = ?"), {tornillos}) == 125000);
    // Rebuilding from the movements gives the same balances.
    REQUIRE(ledger.recomputeBalances().ok());
    CHECK(ledger.level(tornillos).value().onHand == 125000);
    CHECK(store.get(S("product"), harina).value().value(S("on_hand")).toLongLong() == 12250);
    // One default warehouse was made on demand.
    CHECK(scalar(t.db(), S("SELECT count(*) FROM warehouse WHERE is_default = 1")) == 1);
}

TEST_CASE("bad stock movements are refused with a clear message and write nothing")
{
    test::TempDb t;
    RecordStore store(t.db());
    StockLedger ledger(t.db());
    const QString cajas = product(store, "CAJ-10");
    REQUIRE(ledger.post({mv(cajas, QString(), S("receipt"), 5000)}).ok());
    const qint64 movements = scalar(t.db(), S("SELECT count(*) FROM stock_movement"));
    const qint64 log = scalar(t.db(), S("SELECT count(*) FROM change_log"));

    auto refused = [&](const QList<StockMove> &moves, const char *expected) {
        auto r = ledger.post(moves);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(S(expected)));
        CHECK(scalar(t.db(), S("SELECT count(*) FROM stock_movement")) == movements);
        CHECK(scalar(t.db(), S("SELECT count(*) FROM change_log")) == log);
        CHECK(ledger.level(cajas).value().onHand == 5000);
    };
    refused({mv(cajas, QString(), S("adjustment"), -1000)}, "needs a reason");
    refused({mv(cajas, QString(), S("receipt"), 1500)}, "not a whole number");
    refused({mv(cajas, QString(), S("receipt"), 0)}, "other than zero");
    refused({mv(cajas, QString(), S("shipment"), 1000)}, "must be negative");
    refused({mv(cajas, QString(), S("receipt"), -1000)}, "must be positive");
    refused({mv(cajas, QString(), S("gift"), 1000)}, "Unknown kind");
    refused({mv(S("no-such-product"), QString(), S("receipt"), 1000)}, "no product");
    // A good movement followed by a bad one: neither is written.
    refused({mv(cajas, QString(), S("receipt"), 1000), mv(cajas, QString(), S("adjustment"), 1000)}, "Movement 2");
}

TEST_CASE("stock movements are insert-only, even from outside Trato")
{
    test::TempDb t;
    RecordStore store(t.db());
    StockLedger ledger(t.db());
    const QString p = product(store, "INS-01");
    auto ids = ledger.post({mv(p, QString(), S("receipt"), 3000)});
    REQUIRE(ids.ok());
    auto update = Sql::exec(t.db().connection(), S("UPDATE stock_movement SET quantity = 9000 WHERE id = ?"), {ids.value().first()});
    CHECK_FALSE(update.ok());
    auto del = Sql::exec(t.db().connection(), S("DELETE FROM stock_movement WHERE id = ?"), {ids.value().first()});
    CHECK_FALSE(del.ok());
    // Users cannot write movements through the generic record path either (the fields are Trato's).
    CHECK_FALSE(store.create(S("stock_movement"), {{S("product"), p}, {S("kind"), S("receipt")}, {S("quantity"), qlonglong(1000)}}).ok());
    CHECK(ledger.level(p).value().onHand == 3000);
}
