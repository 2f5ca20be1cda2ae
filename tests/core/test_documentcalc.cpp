// SPDX-License-Identifier: GPL-3.0-or-later
// The exact arithmetic of sales documents (issue 6): integer cents, thousandths and basis points,
// half-away-from-zero rounding at the documented points, a tax breakdown per rate. Every expected
// figure is computed by hand in the comment next to it.
#include "sales/documentcalc.h"

#include <catch2/catch.hpp>

using namespace trato;

namespace {
CalcLine L(qint64 qtyMilli, qint64 priceCents, int discountBp = 0, int taxBp = 2100, qint64 discountAmount = 0, int surchargeBp = 0)
{
    CalcLine l;
    l.quantity = qtyMilli;
    l.unitPrice = priceCents;
    l.discountBp = discountBp;
    l.taxBp = taxBp;
    l.discountAmount = discountAmount;
    l.surchargeBp = surchargeBp;
    return l;
}
} // namespace

TEST_CASE("rates become basis points exactly", "[documentcalc]")
{
    CHECK(DocumentCalc::basisPoints(21) == 2100);
    CHECK(DocumentCalc::basisPoints(5.2) == 520);
    CHECK(DocumentCalc::basisPoints(1.4) == 140);
    CHECK(DocumentCalc::basisPoints(0.5) == 50);
    CHECK(DocumentCalc::basisPoints(12.35) == 1235);
    CHECK(DocumentCalc::basisPoints(0) == 0);
}

TEST_CASE("rounding is half away from zero at the cent", "[documentcalc]")
{
    CHECK(DocumentCalc::mulDiv(1, 5, 10) == 1);     // 0.5 -> 1
    CHECK(DocumentCalc::mulDiv(-1, 5, 10) == -1);   // -0.5 -> -1
    CHECK(DocumentCalc::mulDiv(1, 4, 10) == 0);     // 0.4 -> 0
    CHECK(DocumentCalc::mulDiv(-1, 4, 10) == 0);
    CHECK(DocumentCalc::mulDiv(1, 6, 10) == 1);
    // Far beyond 64 bits in the product: 9e15 cents x 2100 / 10000 = 1.89e15 exactly.
    CHECK(DocumentCalc::mulDiv(9000000000000000LL, 2100, 10000) == 1890000000000000LL);
}

TEST_CASE("a line: quantity x price, then the percentage, then the amount off", "[documentcalc]")
{
    // 2.5 kg x 3.99 = 9.975 -> 9.98
    auto a = DocumentCalc::line(L(2500, 399));
    CHECK(a.gross == 998);
    CHECK(a.net == 998);
    // 3 x 19.99 = 59.97; 12.5 % = 7.49625 -> 7.50; net 52.47
    a = DocumentCalc::line(L(3000, 1999, 1250));
    CHECK(a.gross == 5997);
    CHECK(a.discount == 750);
    CHECK(a.net == 5247);
    // 10 x 1.00 = 10.00, 10 % = 1.00, then 0.50 off: net 8.50
    a = DocumentCalc::line(L(10000, 100, 1000, 2100, 50));
    CHECK(a.discount == 150);
    CHECK(a.net == 850);
    // A credit (negative quantity): -1 x 0.05 = -0.05; 50 % = -0.025 -> -0.03; net -0.02
    a = DocumentCalc::line(L(-1000, 5, 5000));
    CHECK(a.gross == -5);
    CHECK(a.discount == -3);
    CHECK(a.net == -2);
}

TEST_CASE("taxes are computed once per rate on the summed bases", "[documentcalc]")
{
    // Three lines at 21 % of 0.10 each: per-line tax would be 3 x 0.021 -> 3 x 0.02 = 0.06; on the
    // base 0.30 it is 0.063 -> 0.06. Add one at 10 %: 1.05 x 10 % = 0.105 -> 0.11.
    const auto t = DocumentCalc::totals({L(1000, 10), L(1000, 10), L(1000, 10), L(1000, 105, 0, 1000)});
    REQUIRE(t.breakdown.size() == 2);
    CHECK(t.breakdown[0].taxBp == 2100);     // highest rate first
    CHECK(t.breakdown[0].base == 30);
    CHECK(t.breakdown[0].tax == 6);
    CHECK(t.breakdown[1].taxBp == 1000);
    CHECK(t.breakdown[1].base == 105);
    CHECK(t.breakdown[1].tax == 11);
    CHECK(t.netTotal == 135);
    CHECK(t.taxTotal == 17);
    CHECK(t.total == 152);
}

TEST_CASE("a Spanish invoice: IVA 21/10/4/0, recargo, shipping and adjustment", "[documentcalc]")
{
    // Lines (surcharge applies: the customer is under recargo de equivalencia):
    //  a) 4 x 125.00, 21 % + 5.2 %, 5 % off: gross 500.00, discount 25.00, net 475.00
    //  b) 12.5 x 2.40, 10 % + 1.4 %:          gross 30.00, net 30.00
    //  c) 1 x 19.90, 4 % + 0.5 %:             net 19.90
    //  d) 2 x 50.00, exempt:                  net 100.00
    // Shipping 8.95 at 21 % + 5.2 % joins bucket a: base 483.95
    //  21 %: 101.6295 -> 101.63; 5.2 %: 25.1654 -> 25.17
    //  10 %: 3.00; 1.4 %: 0.42
    //   4 %: 0.796 -> 0.80; 0.5 %: 0.0995 -> 0.10
    //   0 %: 0
    // Taxes: 101.63 + 25.17 + 3.00 + 0.42 + 0.80 + 0.10 = 131.12
    // Nets 624.90 + shipping 8.95 + taxes 131.12 - adjustment 0.07 = 764.90
    const auto t = DocumentCalc::totals({L(4000, 12500, 500, 2100, 0, 520), L(12500, 240, 0, 1000, 0, 140),
                                         L(1000, 1990, 0, 400, 0, 50), L(2000, 5000, 0, 0)},
                                        895, 2100, 520, -7);
    CHECK(t.subtotal == 64990);
    CHECK(t.discountTotal == 2500);
    CHECK(t.netTotal == 62490);
    REQUIRE(t.breakdown.size() == 4);
    CHECK(t.breakdown[0].base == 48395);
    CHECK(t.breakdown[0].tax == 10163);
    CHECK(t.breakdown[0].surcharge == 2517);
    CHECK(t.breakdown[1].tax == 300);
    CHECK(t.breakdown[1].surcharge == 42);
    CHECK(t.breakdown[2].tax == 80);
    CHECK(t.breakdown[2].surcharge == 10);
    CHECK(t.breakdown[3].taxBp == 0);
    CHECK(t.breakdown[3].base == 10000);
    CHECK(t.breakdown[3].tax == 0);
    CHECK(t.taxTotal == 13112);
    CHECK(t.total == 76490);
}

TEST_CASE("lines that cannot be priced are named", "[documentcalc]")
{
    CHECK(DocumentCalc::checkLine(L(1000, 100, 10001)).contains(QStringLiteral("100 %")));
    CHECK(!DocumentCalc::checkLine(L(1000, 100, -1)).isEmpty());
    CHECK(!DocumentCalc::checkLine(L(1000, -100)).isEmpty());
    CHECK(DocumentCalc::checkLine(L(1000, -100), true).isEmpty());
    CHECK(!DocumentCalc::checkLine(L(1000, 100, 0, -100)).isEmpty());
    CHECK(!DocumentCalc::checkLine(L(1000, 100, 0, 2100, 101)).isEmpty()); // 1.01 off 1.00
    CHECK(DocumentCalc::checkLine(L(1000, 100, 10000)).isEmpty());        // 100 % is allowed
    CHECK(DocumentCalc::totals({}).total == 0);
    // A text line (no price) adds no empty rate to the breakdown.
    const auto t = DocumentCalc::totals({L(1000, 0, 0, 1000), L(1000, 500)});
    REQUIRE(t.breakdown.size() == 1);
    CHECK(t.breakdown[0].taxBp == 2100);
}
