// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog's rules (issue 5): units, unique normalized SKUs and service codes, barcodes, prices,
// category cycles. Every refusal leaves the database as it was.
#include "testsupport.h"

#include "demo/demodata.h"
#include "inventory/catalogrules.h"
#include "inventory/configuration.h"
#include "inventory/units.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "util/taxid.h"

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
} // namespace

TEST_CASE("units: only measured units take fractions, with a message naming the unit")
{
    CHECK(Units::allowsFractions(S("kg")));
    CHECK(Units::allowsFractions(S("hour")));
    CHECK_FALSE(Units::allowsFractions(S("box")));
    CHECK_FALSE(Units::allowsFractions(S("unit")));
    CHECK(Units::checkQuantity(S("box"), 2500) == S("2.5 is not a whole number of boxes."));
    CHECK(Units::checkQuantity(S("pair"), -1500) == S("-1.5 is not a whole number of pairs."));
    CHECK(Units::checkQuantity(S("box"), 3000).isEmpty());
    CHECK(Units::checkQuantity(S("kg"), 2500).isEmpty());
    CHECK(Units::checkQuantity(S("unit"), 1).contains(S("units")));
}

TEST_CASE("SKUs are trimmed, upper-cased and unique, and a duplicate names the product that has it")
{
    test::TempDb t;
    RecordStore store(t.db());
    auto first = store.create(S("product"), {{S("sku"), S("  tor-01 ")}, {S("name"), S("Tornillo M6")}});
    REQUIRE(first.ok());
    CHECK(store.get(S("product"), first.value()).value().value(S("sku")).toString() == S("TOR-01"));
    const qint64 log = scalar(t.db(), S("SELECT count(*) FROM change_log"));

    auto dup = store.create(S("product"), {{S("sku"), S("Tor-01")}, {S("name"), S("Otro tornillo")}});
    REQUIRE_FALSE(dup.ok());
    INFO(dup.error().message.toStdString());
    CHECK(dup.error().message.contains(S("TOR-01")));
    CHECK(dup.error().message.contains(S("Tornillo M6")));
    // Through the text path (forms, CLI, import) the same.
    auto parsed = store.parseInput(S("product"), {{S("sku"), S("tor-01")}, {S("name"), S("Tercero")}});
    REQUIRE(parsed.ok());
    auto dup2 = store.create(S("product"), parsed.value());
    REQUIRE_FALSE(dup2.ok());
    CHECK(dup2.error().message.contains(S("Tornillo M6")));
    CHECK(scalar(t.db(), S("SELECT count(*) FROM product")) == 1);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM change_log")) == log);

    // Updating another product to the same SKU is refused; keeping its own SKU is fine.
    auto second = store.create(S("product"), {{S("sku"), S("TOR-02")}, {S("name"), S("Tornillo M8")}});
    REQUIRE(second.ok());
    auto clash = store.update(S("product"), second.value(), {{S("sku"), S("tor-01")}});
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().message.contains(S("Tornillo M6")));
    CHECK(store.update(S("product"), second.value(), {{S("sku"), S("TOR-02")}, {S("name"), S("Tornillo M8 zincado")}}).ok());
    // A product in the Trash frees its SKU.
    REQUIRE(store.remove(S("product"), first.value()).ok());
    CHECK(store.create(S("product"), {{S("sku"), S("TOR-01")}, {S("name"), S("Tornillo nuevo")}}).ok());
}

TEST_CASE("service codes are unique with a message naming the other service")
{
    test::TempDb t;
    RecordStore store(t.db());
    REQUIRE(store.create(S("service"), {{S("code"), S("inst")}, {S("name"), S("Instalación")}}).ok());
    auto dup = store.create(S("service"), {{S("code"), S(" INST")}, {S("name"), S("Otra instalación")}});
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().message.contains(S("Instalación")));
    CHECK(scalar(t.db(), S("SELECT count(*) FROM service")) == 1);
}

TEST_CASE("barcodes that look like EAN/UPC need a right check digit, and prices and costs are never negative")
{
    CHECK(CatalogRules::barcodeOk(S("4006381333931")));  // EAN-13
    CHECK_FALSE(CatalogRules::barcodeOk(S("4006381333932")));
    CHECK(CatalogRules::barcodeOk(S("036000291452")));   // UPC-A
    CHECK_FALSE(CatalogRules::barcodeOk(S("036000291453")));
    CHECK(CatalogRules::barcodeOk(S("96385074")));       // EAN-8
    CHECK(CatalogRules::barcodeOk(S("INT-0042")));       // not a GTIN: free text

    test::TempDb t;
    RecordStore store(t.db());
    REQUIRE(store.create(S("product"), {{S("sku"), S("A")}, {S("name"), S("A")}, {S("barcode"), S("4006381333931")}}).ok());
    auto badCode = store.create(S("product"), {{S("sku"), S("B")}, {S("name"), S("B")}, {S("barcode"), S("4006381333932")}});
    REQUIRE_FALSE(badCode.ok());
    CHECK(badCode.error().message.contains(S("check digit")));
    auto negative = store.create(S("product"), {{S("sku"), S("C")}, {S("name"), S("C")}, {S("unit_price"), qlonglong(-100)}});
    REQUIRE_FALSE(negative.ok());
    CHECK(negative.error().message.contains(S("Unit price")));
    auto negCost = store.create(S("product"), {{S("sku"), S("D")}, {S("name"), S("D")}, {S("cost"), qlonglong(-1)}});
    REQUIRE_FALSE(negCost.ok());
    CHECK(negCost.error().message.contains(S("Cost")));
    CHECK(scalar(t.db(), S("SELECT count(*) FROM product")) == 1);
}

TEST_CASE("a category cannot be its own parent or be put under one of its descendants")
{
    test::TempDb t;
    RecordStore store(t.db());
    auto root = store.create(S("product_category"), {{S("name"), S("Ferretería")}});
    REQUIRE(root.ok());
    auto child = store.create(S("product_category"), {{S("name"), S("Tornillería")}, {S("parent"), root.value()}});
    REQUIRE(child.ok());
    auto grandchild = store.create(S("product_category"), {{S("name"), S("Tornillos métricos")}, {S("parent"), child.value()}});
    REQUIRE(grandchild.ok());
    const qint64 log = scalar(t.db(), S("SELECT count(*) FROM change_log"));

    auto self = store.update(S("product_category"), root.value(), {{S("parent"), root.value()}});
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().message.contains(S("Parent category")));
    auto cycle = store.update(S("product_category"), root.value(), {{S("parent"), grandchild.value()}});
    REQUIRE_FALSE(cycle.ok());
    CHECK(scalar(t.db(), S("SELECT count(*) FROM product_category WHERE parent IS NULL")) == 1);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM change_log")) == log);
    // Moving a leaf elsewhere is fine.
    auto other = store.create(S("product_category"), {{S("name"), S("Pinturas")}});
    REQUIRE(other.ok());
    CHECK(store.update(S("product_category"), grandchild.value(), {{S("parent"), other.value()}}).ok());
    auto dupName = store.create(S("product_category"), {{S("name"), S("Pinturas")}});
    REQUIRE_FALSE(dupName.ok());
    CHECK(dupName.error().message.contains(S("Pinturas")));
}

TEST_CASE("the demo has a catalog: products, services, vendors with valid CIFs, warehouses, a configurable car and price books")
{
    test::TempDb t;
    DemoOptions options;
    options.contacts = 80;
    auto demo = DemoData::generate(t.db(), options);
    REQUIRE(demo.ok());
    CHECK(scalar(t.db(), S("SELECT count(*) FROM product")) == 60);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM service")) == 10);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM product WHERE unit IN ('kg', 'l')")) >= 8);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM warehouse WHERE is_default = 1")) == 1);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM warehouse")) == 2);
    auto vendors = Sql::exec(t.db().connection(), S("SELECT tax_id FROM vendor"));
    REQUIRE(vendors.ok());
    int checked = 0;
    while (vendors.value().next()) {
        CHECK(TaxId::check(vendors.value().value(0).toString()).kind == TaxId::Kind::Cif);
        ++checked;
    }
    CHECK(checked == 6);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM price_book WHERE account IS NOT NULL")) == 1);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM price_book WHERE segment = 'Clientes de Madrid'")) == 1);
    auto car = Sql::exec(t.db().connection(), S("SELECT id FROM product WHERE sku = 'VEH-BER-GT'"));
    REQUIRE(car.ok());
    REQUIRE(car.value().next());
    const QString carId = car.value().value(0).toString();
    // Defaults: Blanco Nieve, Tela, Manual = the base price; red with leather is refused.
    auto base = Configuration::validate(t.db(), carId, {});
    REQUIRE(base.ok());
    CHECK(base.value().price == 2850000);
    CHECK(base.value().sku == S("VEH-BER-GT-BL-TE-MA"));
    CHECK_FALSE(Configuration::validate(t.db(), carId, {{S("Color"), S("Rojo Pasión")}, {S("Tapicería"), S("Cuero")}}).ok());
    // Deterministic: a second demo database has the same catalog.
    test::TempDb other;
    REQUIRE(DemoData::generate(other.db(), options).ok());
    const QString sql = S("SELECT group_concat(sku || ':' || unit_price || ':' || cost, ',') FROM (SELECT * FROM product ORDER BY sku)");
    auto a = Sql::exec(t.db().connection(), sql);
    auto b = Sql::exec(other.db().connection(), sql);
    REQUIRE((a.ok() && b.ok() && a.value().next() && b.value().next()));
    CHECK(a.value().value(0).toString() == b.value().value(0).toString());
}
