// SPDX-License-Identifier: GPL-3.0-or-later
// Análisis, KPIs (docs/KPIS.md): every KPI equals the value computed by hand on a small fixed data
// set written through RecordStore and the sales services, dates pinned.
#include "testsupport.h"
#include "kpitestdata.h"

#include "analytics/kpis.h"
#include "sales/pipelines.h"
#include "store/recordstore.h"
#include "store/sqlite.h"

#include <catch2/catch.hpp>

using namespace trato;

namespace {

const KpiFigure &fig(const KpiReport &r, const char *key)
{
    const KpiFigure *f = r.figure(QString::fromLatin1(key));
    REQUIRE(f);
    return *f;
}

KpiReport compute(Database &db, const DateRange &range, const QString &owner = {})
{
    KpiOptions o;
    o.range = range;
    o.owner = owner;
    o.now = QDateTime(QDate(2026, 4, 10), QTime(12, 0), Qt::UTC);
    auto r = Kpis::compute(db, o);
    INFO((r.ok() ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    return r.value();
}

const DateRange kMarch{QDate(2026, 3, 1), QDate(2026, 3, 31)};

} // namespace

TEST_CASE("KPIs: every value equals the hand-computed one on a fixed data set, with the previous month")
{
    test::TempDb t;
    Database &db = t.db();
    test::writeKpiDataSet(db);
    const KpiReport r = compute(db, kMarch);
    CHECK(r.previousRange == DateRange{QDate(2026, 2, 1), QDate(2026, 2, 28)});
    CHECK(r.figures.size() == Kpis::keys().size());

    // Revenue: March invoices 150.00 + 100.00 (later cancelled by a credit note) + 100.00 + 50.00 minus
    // the 100.00 credit note; February 100 + 200.
    const KpiFigure &rev = fig(r, "revenue");
    CHECK(rev.unit == KpiUnit::Money);
    CHECK(rev.current.numerator == 30000);
    CHECK(rev.previous.numerator == 30000);
    CHECK(Kpis::plain(rev, rev.current) == QStringLiteral("300.00"));
    REQUIRE(r.revenueByMonth.size() == 1);
    CHECK(r.revenueByMonth.at(0) == qMakePair(QStringLiteral("2026-03"), qint64(30000)));

    // Won O1 (38 days, 1000.00), O2 (19.5 days, 500.00), O6 (5 days, USD); lost O3. February: O4.
    const KpiFigure &win = fig(r, "win_rate");
    CHECK(win.current.numerator == 3);
    CHECK(win.current.denominator == 4);
    CHECK(win.current.value == Approx(75.0));
    CHECK(win.previous.value == Approx(100.0));
    CHECK(Kpis::delta(win) == Approx(-25.0));
    const KpiFigure &deal = fig(r, "average_deal_size");
    CHECK(deal.current.numerator == 150000);
    CHECK(deal.current.denominator == 2);
    CHECK(deal.current.value == 75000.0);
    CHECK(deal.previous.value == 30000.0);
    CHECK(r.otherCurrencyDocuments == 1);
    const KpiFigure &cycle = fig(r, "sales_cycle_days");
    CHECK(cycle.current.numerator == (38 * 86400 + 19 * 86400 + 43200 + 5 * 86400));
    CHECK(cycle.current.value == Approx(62.5 / 3.0));
    CHECK(Kpis::plain(cycle, cycle.current) == QStringLiteral("20.8"));
    CHECK(cycle.previous.value == Approx(10.0));
    const KpiFigure &med = fig(r, "sales_cycle_median_days");
    CHECK(med.current.value == Approx(19.5));
    CHECK_FALSE(med.current.numerator.has_value());
    CHECK(med.current.denominator == 3);

    // Leads created in March: 3, one converted. February: 1 of 1.
    const KpiFigure &lead = fig(r, "lead_conversion");
    CHECK(lead.current.numerator == 1);
    CHECK(lead.current.denominator == 3);
    CHECK(Kpis::plain(lead, lead.current) == QStringLiteral("33.3"));
    CHECK(lead.previous.value == Approx(100.0));

    // Quotes dated in March and decided: accepted Q1, converted Q3, rejected Q2, expired Q5 (Q4 sent).
    const KpiFigure &quote = fig(r, "quote_acceptance");
    CHECK(quote.current.numerator == 2);
    CHECK(quote.current.denominator == 4);
    CHECK(quote.current.value == Approx(50.0));
    CHECK_FALSE(quote.previous.hasData);

    // Existing customers in March: A and B (bought before 1 March). A's March lines that stand: S1 100,
    // S2 50 (new to A) -> 50 / 150 (the cancelled invoice is no purchase). February: A's S1 100,
    // bought in January -> 0 / 100.
    const KpiFigure &cross = fig(r, "cross_sell_share");
    CHECK(cross.current.numerator == 5000);
    CHECK(cross.current.denominator == 15000);
    CHECK(cross.current.value == Approx(100.0 / 3.0));
    CHECK(Kpis::plain(cross, cross.current) == QStringLiteral("33.3"));
    CHECK(cross.previous.hasData);
    CHECK(cross.previous.value == Approx(0.0));

    // February's customers A and B; March's A and C: 1 of 2 retained. January's A came back in February.
    const KpiFigure &ret = fig(r, "retention_rate");
    CHECK(ret.current.numerator == 1);
    CHECK(ret.current.denominator == 2);
    CHECK(ret.previous.value == Approx(100.0));
    // March: A has one invoice that stands, C two; February: A one, B one.
    const KpiFigure &rep = fig(r, "repeat_purchase_rate");
    CHECK(rep.current.value == Approx(50.0));
    CHECK(rep.previous.hasData);
    CHECK(rep.previous.value == Approx(0.0));

    // CLV up to 31 March: (100+100+200+150+100+100+50 - 100) / 3 customers = 233.333... -> 233.33.
    const KpiFigure &clv = fig(r, "customer_lifetime_value");
    CHECK(clv.current.numerator == 70000);
    CHECK(clv.current.denominator == 3);
    CHECK(clv.current.value == 23333.0);
    CHECK(Kpis::plain(clv, clv.current) == QStringLiteral("233.33"));
    CHECK(clv.previous.value == 20000.0);

    // Tickets: T1 1 h / 24 h, T2 3 h / 12 h, T3 unanswered. February: none.
    const KpiFigure &fr = fig(r, "first_response_hours");
    CHECK(fr.current.value == Approx(2.0));
    CHECK(fr.current.denominator == 2);
    CHECK_FALSE(fr.previous.hasData);
    CHECK(Kpis::text(fr, fr.previous, QStringLiteral("EUR")) == QStringLiteral("no data"));
    const KpiFigure &res = fig(r, "resolution_hours");
    CHECK(res.current.value == Approx(18.0));

    // The table the GUI shows and prints.
    const ReportTable table = Kpis::toTable(r);
    CHECK(table.rows.size() == Kpis::keys().size());
    CHECK(table.rows.at(0).at(1) == QStringLiteral("300.00 EUR"));
    CHECK(table.rows.at(0).at(2) == QStringLiteral("300.00 EUR"));
    CHECK(table.rows.at(0).at(3) == QStringLiteral("0.00"));
    CHECK(table.rows.at(2).at(3) == QStringLiteral("-25.0"));
    const int crossRow = int(Kpis::keys().indexOf(QStringLiteral("cross_sell_share")));
    CHECK(table.rows.at(crossRow).at(4) == QStringLiteral("50.00"));
    CHECK(table.rows.at(crossRow).at(5) == QStringLiteral("150.00"));
}

TEST_CASE("KPIs for one owner count only that owner's records")
{
    test::TempDb t;
    Database &db = t.db();
    test::writeKpiDataSet(db);
    const KpiReport r = compute(db, kMarch, QStringLiteral("ana"));
    CHECK(fig(r, "win_rate").current.numerator == 1); // O1 won, O3 lost
    CHECK(fig(r, "win_rate").current.denominator == 2);
    CHECK(fig(r, "lead_conversion").current.value == Approx(50.0));
    CHECK(fig(r, "first_response_hours").current.value == Approx(1.0));
    CHECK(fig(r, "average_deal_size").current.value == 100000.0);
    // Nobody's records: no data everywhere, revenue 0.
    const KpiReport none = compute(db, kMarch, QStringLiteral("nobody"));
    for (const KpiFigure &f : none.figures)
        CHECK(f.current.hasData == (f.key == QLatin1String("revenue")));
}

TEST_CASE("KPIs over an empty period give no data, never 0 % or a division by zero")
{
    test::TempDb t;
    Database &db = t.db();
    test::writeKpiDataSet(db);
    const KpiReport r = compute(db, DateRange{QDate(2025, 6, 1), QDate(2025, 6, 30)});
    for (const KpiFigure &f : r.figures) {
        INFO(f.key.toStdString());
        if (f.key == QLatin1String("revenue")) {
            CHECK(f.current.hasData);
            CHECK(f.current.numerator == 0);
        } else {
            CHECK_FALSE(f.current.hasData);
            CHECK(Kpis::text(f, f.current, QStringLiteral("EUR")) == QStringLiteral("no data"));
            CHECK(Kpis::plain(f, f.current).isEmpty());
        }
    }
    const ReportTable table = Kpis::toTable(r);
    CHECK(table.rows.at(2).at(1) == QStringLiteral("no data"));
}

TEST_CASE("KPIs refuse a period that ends before it starts, naming both days")
{
    test::TempDb t;
    KpiOptions o;
    o.range = DateRange{QDate(2026, 3, 31), QDate(2026, 3, 1)};
    auto r = Kpis::compute(t.db(), o);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == Error::BadInput);
    CHECK(r.error().message.contains(QStringLiteral("2026-03-01")));
    CHECK(r.error().message.contains(QStringLiteral("2026-03-31")));
    o.range = DateRange{};
    CHECK_FALSE(Kpis::compute(t.db(), o).ok());
}

TEST_CASE("KPIs: an average of money is rounded once, half away from zero, to the cent")
{
    test::TempDb t;
    Database &db = t.db();
    for (qint64 amount : {qint64(100001), qint64(100002)}) {
        auto id = RecordStore(db).create(QStringLiteral("opportunity"), {{QStringLiteral("name"), QStringLiteral("Deal %1").arg(amount)},
                                                                          {QStringLiteral("amount"), amount}});
        REQUIRE(id.ok());
        REQUIRE(Pipelines::move(db, id.value(), QStringLiteral("Closed won")).ok());
        REQUIRE(Sql::exec(db.connection(), QStringLiteral("UPDATE opportunity SET created_at = ?, closed_at = ? WHERE id = ?"),
                          {QStringLiteral("2026-03-01T00:00:00Z"), QStringLiteral("2026-03-03T12:00:00Z"), id.value()})
                    .ok());
    }
    const KpiReport r = compute(db, kMarch);
    const KpiFigure &deal = fig(r, "average_deal_size");
    CHECK(deal.current.numerator == 200003);
    CHECK(deal.current.value == 100002.0); // 1000.015 -> 1000.02
    CHECK(Kpis::plain(deal, deal.current) == QStringLiteral("1000.02"));
    CHECK(fig(r, "sales_cycle_days").current.value == Approx(2.5));
    CHECK(fig(r, "sales_cycle_median_days").current.value == Approx(2.5));
    CHECK(fig(r, "win_rate").current.value == Approx(100.0));
}
