// SPDX-License-Identifier: GPL-3.0-or-later
// Análisis › KPIs: the page computes on a worker and shows the core's values on its cards, with the
// previous period and the owner filter; the PDF of the KPI table is written on a worker and its
// text read back with pdftotext.
#include "uitestsupport.h"
#include "kpitestdata.h"

#include "analytics/kpicardspage.h"
#include "analytics/analyticsviews.h"
#include "views/moduleviewextensions.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

namespace {

QString S(const char *s)
{
    return QString::fromUtf8(s);
}

QString cardText(const KpiCardsPage &page, const char *key, const char *label)
{
    QWidget *card = page.card(S(key));
    REQUIRE(card);
    auto *l = card->findChild<QLabel *>(S(label));
    REQUIRE(l);
    return l->text();
}

} // namespace

TEST_CASE("the KPIs page computes on a worker, shows the values with the previous period and filters by owner")
{
    UiFixture f;
    test::writeKpiDataSet(f.db());
    registerAnalyticsViews();
    bool registered = false;
    for (const auto &factory : ModuleViewExtensions::pages(Module::Analytics)) {
        std::unique_ptr<QWidget> w(factory(f.db()));
        registered = registered || qobject_cast<KpiCardsPage *>(w.get());
    }
    CHECK(registered);

    KpiCardsPage page(f.db());
    page.setToday(QDate(2026, 4, 15));
    page.setNow(QDateTime(QDate(2026, 4, 10), QTime(12, 0), Qt::UTC));
    page.resize(1150, 720);
    page.show();
    QSignalSpy done(&page, &KpiCardsPage::refreshed);
    page.periodCombo()->setCurrentIndex(page.periodCombo()->findData(S("last_month")));
    REQUIRE(waitFor([&] { return page.report().options.range.from == QDate(2026, 3, 1); }, 10000));
    CHECK(page.fromEdit()->date() == QDate(2026, 3, 1));
    CHECK(page.toEdit()->date() == QDate(2026, 3, 31));
    CHECK(page.report().figures.size() == Kpis::keys().size());
    CHECK(cardText(page, "revenue", "value") == S("300.00 EUR"));
    CHECK(cardText(page, "win_rate", "value") == S("75.0 %"));
    CHECK(cardText(page, "win_rate", "previous").contains(S("100.0 %")));
    CHECK(cardText(page, "win_rate", "detail") == S("3 of 4"));
    CHECK(cardText(page, "cross_sell_share", "detail") == S("50.00 of 150.00 EUR"));
    CHECK(cardText(page, "customer_lifetime_value", "value") == S("233.33 EUR"));
    CHECK(cardText(page, "quote_acceptance", "previous").contains(S("no data")));
    CHECK(page.card(S("win_rate"))->toolTip().contains(S("won or lost")));
    CHECK(page.statusText().contains(S("1 document")));
    screenshot(&page, S("kpis_page"));

    // One owner.
    page.ownerCombo()->setEditText(S("ana"));
    page.refresh();
    REQUIRE(waitFor([&] { return page.report().options.owner == S("ana"); }, 10000));
    CHECK(cardText(page, "win_rate", "value") == S("50.0 %"));
    CHECK(cardText(page, "lead_conversion", "value") == S("50.0 %"));

    // An empty period: no data, never 0 %.
    page.ownerCombo()->setEditText(QString());
    page.periodCombo()->setCurrentIndex(page.periodCombo()->findData(S("custom")));
    page.fromEdit()->setDate(QDate(2025, 6, 1));
    page.toEdit()->setDate(QDate(2025, 6, 30));
    page.refresh();
    REQUIRE(waitFor([&] { return page.report().options.range.from == QDate(2025, 6, 1); }, 10000));
    CHECK(cardText(page, "win_rate", "value") == S("no data"));
    CHECK(cardText(page, "resolution_hours", "value") == S("no data"));
    screenshot(&page, S("kpis_page_empty"));

    // A reversed custom range: a clear message, no crash.
    page.fromEdit()->setDate(QDate(2026, 3, 31));
    page.toEdit()->setDate(QDate(2026, 3, 1));
    done.clear();
    page.refresh();
    REQUIRE(waitFor([&] { return !done.isEmpty(); }, 10000));
    CHECK(done.last().at(0).toBool() == false);
    CHECK(page.statusText().contains(S("before it starts")));
}

TEST_CASE("the KPIs page exports the KPI table as a PDF on a worker, text extractable")
{
    UiFixture f;
    test::writeKpiDataSet(f.db());
    KpiCardsPage page(f.db());
    page.setToday(QDate(2026, 4, 15));
    page.show();
    page.periodCombo()->setCurrentIndex(page.periodCombo()->findData(S("last_month")));
    REQUIRE(waitFor([&] { return page.report().options.range.from == QDate(2026, 3, 1); }, 10000));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(S("kpis.pdf"));
    QSignalSpy exported(&page, &KpiCardsPage::exported);
    page.exportPdf(pdf);
    REQUIRE(waitFor([&] { return !exported.isEmpty(); }, 20000));
    CHECK(exported.first().at(1).toBool());
    const QString tool = QStandardPaths::findExecutable(S("pdftotext"));
    REQUIRE_FALSE(tool.isEmpty());
    QProcess p;
    p.start(tool, {S("-layout"), pdf, S("-")});
    REQUIRE(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    CHECK(text.contains(S("Key performance indicators")));
    CHECK(text.contains(S("Win rate")));
    CHECK(text.contains(S("75.0 %")));
    CHECK(text.contains(S("300.00 EUR")));

    // A path that cannot be written: a message, no crash.
    exported.clear();
    page.exportPdf(S("/nonexistent-dir/kpis.pdf"));
    REQUIRE(waitFor([&] { return !exported.isEmpty(); }, 20000));
    CHECK_FALSE(exported.first().at(1).toBool());
    CHECK_FALSE(page.statusText().isEmpty());
}
