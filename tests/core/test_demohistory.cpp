// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "analytics/alsobought.h"
#include "analytics/kpis.h"
#include "analytics/rfm.h"
#include "analytics/scoring.h"
#include "demo/demodata.h"
#include "inventory/stockledger.h"
#include "store/sqlite.h"

#include <QDateTime>
#include <QSet>

#include <catch2/catch.hpp>

using namespace trato;

namespace {

const QDate kToday(2026, 6, 15);

qint64 scalar(Database &db, const QString &sql)
{
    auto r = Sql::exec(db.connection(), sql);
    REQUIRE(r.ok());
    REQUIRE(r.value().next());
    return r.value().value(0).toLongLong();
}

QStringList rows(Database &db, const QString &sql)
{
    auto r = Sql::exec(db.connection(), sql);
    REQUIRE(r.ok());
    QStringList out;
    while (r.value().next())
        out << r.value().value(0).toString();
    return out;
}

void generate(Database &db)
{
    DemoOptions o;
    o.contacts = 200;
    o.seed = 3;
    o.now = QDateTime(kToday, QTime(10, 0), Qt::UTC);
    auto s = DemoData::generate(db, o);
    INFO((s.ok() ? QString() : s.error().message).toStdString());
    REQUIRE(s.ok());
}

// Invoices dated in the history (before demosales' last 50 days): number | date | total.
const QString kHistory = QStringLiteral(
    "SELECT number || '|' || invoice_date || '|' || total FROM invoice WHERE number IS NOT NULL AND invoice_date < '%1' "
    "ORDER BY CAST(substr(number, 10) AS INTEGER)");

} // namespace

TEST_CASE("the demo has two years of sales history that Analisis can use")
{
    test::TempDb t;
    generate(t.db());
    Database &db = t.db();
    const QString historyEnd = kToday.addDays(-55).toString(Qt::ISODate);

    // Invoices over the two years, many accounts, numbered gaplessly and in date order.
    const QStringList history = rows(db, kHistory.arg(historyEnd));
    CHECK(history.size() >= 60);
    QString previousDate;
    for (const QString &h : history) {
        const QString date = h.section(QLatin1Char('|'), 1, 1);
        INFO(h.toStdString());
        CHECK(date >= previousDate);
        previousDate = date;
    }
    CHECK(rows(db, QStringLiteral("SELECT min(invoice_date) FROM invoice WHERE number IS NOT NULL")).value(0)
          <= kToday.addDays(-700).toString(Qt::ISODate));
    const qint64 numbered = scalar(db, QStringLiteral("SELECT count(*) FROM invoice WHERE number IS NOT NULL"));
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT CAST(substr(number, 10) AS INTEGER)) FROM invoice WHERE number IS NOT NULL")) == numbered);
    CHECK(scalar(db, QStringLiteral("SELECT max(CAST(substr(number, 10) AS INTEGER)) FROM invoice WHERE number IS NOT NULL")) == numbered);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM invoice WHERE number NOT LIKE 'INV-' || substr(invoice_date, 1, 4) || '-%'")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT account) FROM invoice WHERE number IS NOT NULL")) >= 15);
    // Mostly paid, a few overdue, a handful of credit notes; issue times follow the invoice dates.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM invoice WHERE status = 'paid' AND invoice_date < '%1'").arg(historyEnd))
          > history.size() * 3 / 4);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM invoice WHERE status = 'overdue' AND invoice_date < '%1'").arg(historyEnd)) >= 1);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM credit_note WHERE number IS NOT NULL")) >= 4);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM invoice WHERE invoice_date < '%1' AND substr(issued_at, 1, 10) != invoice_date")
                         .arg(historyEnd)) == 0);
    // Lines at catalog prices, 1-5 products an invoice.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT invoice, count(*) n FROM sales_line WHERE invoice IS NOT NULL "
                                    "GROUP BY invoice HAVING n > 6)")) == 0);

    // The KPIs of the last 12 months: monthly sales in most months and the sales indicators filled.
    KpiOptions ko;
    ko.range = DateRange{kToday.addDays(-365), kToday};
    ko.now = QDateTime(kToday, QTime(10, 0), Qt::UTC);
    auto report = Kpis::compute(db, ko);
    REQUIRE(report.ok());
    int monthsWithSales = 0;
    for (const auto &m : report.value().revenueByMonth)
        monthsWithSales += m.second > 0 ? 1 : 0;
    CHECK(monthsWithSales >= 10);
    for (const char *key : {"revenue", "win_rate", "sales_cycle_days", "retention_rate", "repeat_purchase_rate",
                            "customer_lifetime_value", "lead_conversion", "quote_acceptance"}) {
        const KpiFigure *f = report.value().figure(QString::fromLatin1(key));
        INFO(key);
        REQUIRE(f);
        CHECK(f->current.hasData);
        // The previous year too (retention's previous value would need a third year).
        if (qstrcmp(key, "retention_rate") != 0)
            CHECK(f->previous.hasData);
        CHECK(f->current.value > 0);
    }

    // RFM segments spread over at least five segments.
    Rfm::Options ro;
    ro.today = kToday;
    auto rfm = Rfm::compute(db, ro);
    REQUIRE(rfm.ok());
    int segments = 0;
    for (const RfmSegmentCount &s : rfm.value().segments)
        segments += s.accounts > 0 ? 1 : 0;
    CHECK(segments >= 5);

    // Purchase propensity is learnt from a real signal: scores differ, with factors.
    Scoring::Options so;
    so.today = kToday;
    so.write = false;
    auto scores = Scoring::scoreAccounts(db, so);
    REQUIRE(scores.ok());
    CHECK(scores.value().positives >= 5);
    CHECK(scores.value().positives < scores.value().trainingRows);
    QSet<int> distinct;
    for (const ScoredRecord &r : scores.value().top(10)) {
        distinct.insert(r.score);
        CHECK(!r.factors.isEmpty());
    }
    CHECK(distinct.size() >= 3);

    // "Also bought" suggests products to a customer with history.
    const QString customer = rows(db, QStringLiteral("SELECT account FROM invoice WHERE number IS NOT NULL GROUP BY account "
                                                     "ORDER BY count(*) DESC, account LIMIT 1")).value(0);
    auto also = AlsoBought::forAccount(db, customer, AlsoBought::Options{});
    REQUIRE(also.ok());
    CHECK(!also.value().isEmpty());

    // The stock moved through the ledger and stays consistent.
    auto differences = StockLedger(db).verify();
    REQUIRE(differences.ok());
    CHECK(differences.value().isEmpty());
}

TEST_CASE("the demo sales history is deterministic for a seed")
{
    test::TempDb a, b;
    generate(a.db());
    generate(b.db());
    const QString end = kToday.addDays(-55).toString(Qt::ISODate);
    const QStringList ha = rows(a.db(), kHistory.arg(end));
    CHECK(ha.size() >= 60);
    CHECK(ha == rows(b.db(), kHistory.arg(end)));
    const QString opportunities = QStringLiteral("SELECT name || '|' || amount || '|' || status || '|' || created_at || '|' || closed_at "
                                                 "FROM opportunity WHERE closed_at < '%1' ORDER BY created_at, name, amount").arg(end);
    CHECK(!rows(a.db(), opportunities).isEmpty());
    CHECK(rows(a.db(), opportunities) == rows(b.db(), opportunities));
}
