// SPDX-License-Identifier: GPL-3.0-or-later
// Price books (issue 5): account book > segment book > list price, quantity breaks, discounts
// rounded half up to the cent, validity dates, newest book among equals. Prices hand-computed.
#include "testsupport.h"

#include "inventory/pricing.h"
#include "search/segmentstore.h"
#include "store/recordstore.h"

#include <catch2/catch.hpp>

using namespace trato;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

struct Fixture
{
    test::TempDb t;
    RecordStore store{t.db()};
    QString madrid, sevilla, cemento, pintura, montaje;

    Fixture()
    {
        madrid = create(S("account"), {{S("name"), S("Construcciones Madrid SL")}, {S("city"), S("Madrid")}});
        sevilla = create(S("account"), {{S("name"), S("Reformas Triana SL")}, {S("city"), S("Sevilla")}});
        cemento = create(S("product"), {{S("sku"), S("CEM-25")}, {S("name"), S("Cemento 25 kg")}, {S("unit_price"), qlonglong(899)}});
        pintura = create(S("product"), {{S("sku"), S("PIN-04")}, {S("name"), S("Pintura blanca 4 l")}, {S("unit_price"), qlonglong(2495)}});
        montaje = create(S("service"), {{S("code"), S("MONT")}, {S("name"), S("Montaje")}, {S("unit_price"), qlonglong(4000)}});
        Segment seg;
        seg.entity = S("account");
        seg.name = S("Clientes de Madrid");
        seg.conditions = {Condition{S("city"), Condition::Equals, S("Madrid")}};
        REQUIRE(SegmentStore(t.db()).add(seg).ok());
    }
    QString create(const QString &entity, const QVariantMap &values)
    {
        auto id = store.create(entity, values);
        if (!id.ok())
            FAIL(id.error().message.toStdString());
        return id.value();
    }
    QString book(const char *name, const QVariantMap &extra)
    {
        QVariantMap v = extra;
        v.insert(S("name"), S(name));
        return create(S("price_book"), v);
    }
    void entry(const QString &book, const QString &field, const QString &item, const QVariantMap &extra)
    {
        QVariantMap v = extra;
        v.insert(S("price_book"), book);
        v.insert(field, item);
        create(S("price_book_entry"), v);
    }
};
} // namespace

TEST_CASE("without books the list price applies")
{
    Fixture f;
    PriceResolver r(f.t.db());
    auto q = r.price(f.cemento, f.madrid, QDate(2026, 3, 1), 1000);
    REQUIRE(q.ok());
    CHECK(q.value().unitPrice == 899);
    CHECK(q.value().source == PriceQuote::Source::ListPrice);
    CHECK(q.value().describe() == S("List price"));
    CHECK(r.price(f.montaje, QString(), QDate(2026, 3, 1)).value().unitPrice == 4000);
    CHECK_FALSE(r.price(S("nope"), QString(), QDate(2026, 3, 1)).ok());
}

TEST_CASE("a segment book applies to its members, an account own book beats it, and quantity breaks pick the highest")
{
    Fixture f;
    const QString seg = f.book("Madrid 2026", {{S("segment"), S("Clientes de Madrid")}, {S("discount"), 10.0},
                                                {S("valid_from"), S("2026-01-01")}, {S("valid_to"), S("2026-12-31")}});
    f.entry(seg, S("product"), f.pintura, {{S("price"), qlonglong(2200)}});
    PriceResolver r(f.t.db());
    // Cemento has no entry: the book's 10 % off 8.99 = 8.091 -> 8.09 (half up).
    auto c = r.price(f.cemento, f.madrid, QDate(2026, 3, 1), 1000);
    REQUIRE(c.ok());
    CHECK(c.value().unitPrice == 809);
    CHECK(c.value().source == PriceQuote::Source::BookDiscount);
    CHECK(c.value().discountBasisPoints == 1000);
    CHECK(c.value().bookName == S("Madrid 2026"));
    CHECK(c.value().describe() == S("Price book Madrid 2026: 10 % off the list price"));
    auto p = r.price(f.pintura, f.madrid, QDate(2026, 3, 1), 1000);
    CHECK(p.value().unitPrice == 2200);
    CHECK(p.value().source == PriceQuote::Source::BookEntry);
    // Sevilla is not in the segment; outside the dates nobody gets it.
    CHECK(r.price(f.cemento, f.sevilla, QDate(2026, 3, 1)).value().unitPrice == 899);
    CHECK(r.price(f.cemento, f.madrid, QDate(2027, 1, 1)).value().unitPrice == 899);
    CHECK(r.price(f.cemento, f.madrid, QDate(2026, 12, 31)).value().unitPrice == 809);

    // The account's own book wins over the segment's, with quantity breaks.
    const QString own = f.book("Construcciones Madrid", {{S("account"), f.madrid}});
    f.entry(own, S("product"), f.cemento, {{S("price"), qlonglong(850)}});
    f.entry(own, S("product"), f.cemento, {{S("min_quantity"), qlonglong(10000)}, {S("discount"), 12.5}});
    f.entry(own, S("product"), f.cemento, {{S("min_quantity"), qlonglong(100000)}, {S("price"), qlonglong(700)}});
    PriceResolver r2(f.t.db());
    CHECK(r2.price(f.cemento, f.madrid, QDate(2026, 3, 1), 1000).value().unitPrice == 850);
    CHECK(r2.price(f.cemento, f.madrid, QDate(2026, 3, 1), 9999).value().unitPrice == 850);
    // 12.5 % off 8.99 = 7.86625 -> 7.87.
    auto ten = r2.price(f.cemento, f.madrid, QDate(2026, 3, 1), 10000);
    CHECK(ten.value().unitPrice == 787);
    CHECK(ten.value().discountBasisPoints == 1250);
    CHECK(ten.value().bookName == S("Construcciones Madrid"));
    CHECK(r2.price(f.cemento, f.madrid, QDate(2026, 3, 1), 250000).value().unitPrice == 700);
    // Pintura is not in the account's book, which has no discount of its own: the segment book.
    CHECK(r2.price(f.pintura, f.madrid, QDate(2026, 3, 1)).value().unitPrice == 2200);
    // An inactive book is ignored.
    REQUIRE(f.store.update(S("price_book"), own, {{S("active"), 0}}).ok());
    CHECK(PriceResolver(f.t.db()).price(f.cemento, f.madrid, QDate(2026, 3, 1), 250000).value().unitPrice == 809);
}

TEST_CASE("among books of the same level the most recent valid_from wins, and services are priced too")
{
    Fixture f;
    const QString older = f.book("Tarifa 2025", {{S("account"), f.sevilla}, {S("valid_from"), S("2025-01-01")}, {S("discount"), 5.0}});
    const QString newer = f.book("Tarifa 2026", {{S("account"), f.sevilla}, {S("valid_from"), S("2026-01-01")}, {S("discount"), 20.0}});
    Q_UNUSED(older);
    f.entry(newer, S("service"), f.montaje, {{S("price"), qlonglong(3500)}});
    PriceResolver r(f.t.db());
    // 20 % off 24.95 = 19.96.
    CHECK(r.price(f.pintura, f.sevilla, QDate(2026, 6, 1)).value().unitPrice == 1996);
    // Before 2026 only the older book is valid: 5 % off 24.95 = 23.7025 -> 23.70.
    CHECK(r.price(f.pintura, f.sevilla, QDate(2025, 6, 1)).value().unitPrice == 2370);
    auto s = r.price(f.montaje, f.sevilla, QDate(2026, 6, 1));
    CHECK(s.value().unitPrice == 3500);
    CHECK(s.value().itemEntity == S("service"));
    // Half up at exactly half a cent: 50 % off 0.05 = 0.025 -> 0.03.
    CHECK(PriceResolver::applyDiscount(5, 5000) == 3);
    CHECK(PriceResolver::applyDiscount(899, 0) == 899);
    CHECK(PriceResolver::toBasisPoints(12.5) == 1250);
    // Items are found by SKU (any case), code or exact name.
    CHECK(r.findItem(S("cem-25")).value().second == f.cemento);
    CHECK(r.findItem(S("MONT")).value().first == S("service"));
    CHECK(r.findItem(S("Pintura blanca 4 l")).value().second == f.pintura);
    CHECK_FALSE(r.findItem(S("nada")).ok());
}
