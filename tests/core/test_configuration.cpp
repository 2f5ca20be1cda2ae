// SPDX-License-Identifier: GPL-3.0-or-later
// Configurable products (seed 001): a car's color, upholstery and gearbox.
#include "testsupport.h"

#include "inventory/configuration.h"
#include "store/recordstore.h"
#include "store/sqlite.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace trato;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

qint64 scalar(Database &db, const QString &sql)
{
    auto q = Sql::exec(db.connection(), sql);
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    return q.value().value(0).toLongLong();
}

template <typename T> T must(Result<T> r)
{
    if (!r.ok())
        FAIL(r.error().message.toStdString());
    return r.value();
}

struct Car
{
    test::TempDb t;
    QString product;
    Car()
    {
        product = must(RecordStore(t.db()).create(S("product"), {{S("sku"), S("CAR-GT")}, {S("name"), S("Berlina GT")},
                                                                 {S("unit_price"), qlonglong(2500000)}}));
        Database &db = t.db();
        must(Configuration::addGroup(db, product, S("Color"), true));
        must(Configuration::addGroup(db, product, S("Interior"), true));
        must(Configuration::addGroup(db, product, S("Gearbox"), false));
        must(Configuration::addGroup(db, product, S("Roof"), false));
        must(Configuration::addOption(db, product, S("Color"), S("Red"), S("r"), 45000, false));
        must(Configuration::addOption(db, product, S("Color"), S("White"), S("W"), 0, true));
        must(Configuration::addOption(db, product, S("Interior"), S("Fabric"), S("F"), 0, false));
        must(Configuration::addOption(db, product, S("Interior"), S("Leather"), S("L"), 180000, false));
        must(Configuration::addOption(db, product, S("Gearbox"), S("Manual"), S("M"), 0, false));
        must(Configuration::addOption(db, product, S("Gearbox"), S("Automatic"), S("A"), 150050, true));
        must(Configuration::addOption(db, product, S("Roof"), S("Sunroof"), S("S"), 90000, false));
        must(Configuration::addIncompatibility(db, product, S("Red"), S("Leather"), S("The red paint is not offered with leather.")));
    }
};
} // namespace

TEST_CASE("a valid configuration: price, SKU, text and canonical JSON, and defaults fill unchosen groups")
{
    Car car;
    auto c = Configuration::validate(car.t.db(), car.product, {{S("color"), S("White")}, {S("Interior"), S("Leather")}});
    REQUIRE(c.ok());
    // 25 000.00 + 0 + 1 800.00 + 1 500.50 (Automatic, the default) = 28 300.50; Roof has no default.
    CHECK(c.value().price == 2830050);
    CHECK(c.value().sku == S("CAR-GT-W-L-A"));
    CHECK(c.value().text == S("Color: White; Interior: Leather; Gearbox: Automatic"));
    CHECK(c.value().chosen.size() == 3);
    const QJsonObject json = QJsonDocument::fromJson(c.value().json.toUtf8()).object();
    CHECK(json.value(S("product")).toString() == car.product);
    // Reading it back validates again and gives the same.
    auto back = Configuration::fromJson(car.t.db(), c.value().json);
    REQUIRE(back.ok());
    CHECK(back.value().price == 2830050);
    CHECK(back.value().json == c.value().json);
    // Codes and option ids work as choices too; the product became configurable.
    auto byCode = Configuration::validate(car.t.db(), car.product, {{S("Color"), S("R")}, {S("Interior"), S("F")}, {S("Gearbox"), S("M")},
                                                                    {S("Roof"), S("Sunroof")}});
    REQUIRE(byCode.ok());
    CHECK(byCode.value().price == 2500000 + 45000 + 90000);
    CHECK(byCode.value().sku == S("CAR-GT-R-F-M-S"));
    CHECK(scalar(car.t.db(), S("SELECT configurable FROM product")) == 1);
}

TEST_CASE("invalid configurations are refused with messages naming what is wrong")
{
    Car car;
    Database &db = car.t.db();
    auto incompatible = Configuration::validate(db, car.product, {{S("Color"), S("Red")}, {S("Interior"), S("Leather")}});
    REQUIRE_FALSE(incompatible.ok());
    CHECK(incompatible.error().message.contains(S("Red")));
    CHECK(incompatible.error().message.contains(S("Leather")));
    auto missing = Configuration::validate(db, car.product, {{S("Color"), S("Red")}});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message == S("Choose an option for Interior."));
    auto twice = Configuration::validate(db, car.product, {{S("Color"), S("Red")}, {S("color"), S("White")}, {S("Interior"), S("Fabric")}});
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(S("only one")));
    auto foreign = Configuration::validate(db, car.product, {{S("Color"), S("Leather")}, {S("Interior"), S("Fabric")}});
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.error().message.contains(S("not one of the options")));
    auto unknownGroup = Configuration::validate(db, car.product, {{S("Wheels"), S("Big")}});
    REQUIRE_FALSE(unknownGroup.ok());
    CHECK(unknownGroup.error().message.contains(S("Wheels")));
}

TEST_CASE("a stored configuration whose option was deleted later is a clear error, and bad edits write nothing")
{
    Car car;
    Database &db = car.t.db();
    auto c = Configuration::validate(db, car.product, {{S("Color"), S("Red")}, {S("Interior"), S("Fabric")}, {S("Roof"), S("Sunroof")}});
    REQUIRE(c.ok());
    auto options = must(Configuration::load(db, car.product));
    const ProductOption *sunroof = options.option(*options.group(S("Roof")), S("Sunroof"));
    REQUIRE(sunroof);
    REQUIRE(RecordStore(db).remove(S("product_option"), sunroof->id).ok());
    auto back = Configuration::fromJson(db, c.value().json);
    REQUIRE_FALSE(back.ok());
    CHECK(back.error().message.contains(S("Sunroof")));
    CHECK(back.error().message.contains(S("no longer exists")));
    CHECK_FALSE(Configuration::fromJson(db, S("{not json")).ok());

    const qint64 log = scalar(db, S("SELECT count(*) FROM change_log"));
    CHECK_FALSE(Configuration::addGroup(db, car.product, S("color"), true).ok());
    CHECK_FALSE(Configuration::addOption(db, car.product, S("Color"), S("red"), QString(), 0, false).ok());
    CHECK_FALSE(Configuration::addOption(db, car.product, S("Wheels"), S("Big"), QString(), 0, false).ok());
    CHECK_FALSE(Configuration::addIncompatibility(db, car.product, S("Red"), S("White")).ok());
    CHECK_FALSE(Configuration::addIncompatibility(db, car.product, S("Leather"), S("Red")).ok());
    CHECK(scalar(db, S("SELECT count(*) FROM change_log")) == log);
    // A new default replaces the old one.
    must(Configuration::addOption(db, car.product, S("Color"), S("Blue"), S("B"), 30000, true));
    CHECK(scalar(db, S("SELECT count(*) FROM product_option WHERE is_default = 1 AND name IN ('White', 'Blue')")) == 1);
}
