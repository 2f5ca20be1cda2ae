// SPDX-License-Identifier: GPL-3.0-or-later
// The Dashboard page of Análisis: registered first in the module, loads on a worker, one card per
// widget of the user's default dashboard, a click on a bar asks for the records behind it, layout
// edits and the period picker are saved; screenshots in English and Spanish.
#include "uitestsupport.h"

#include "analytics/analyticsviews.h"
#include "analytics/dashboardview.h"
#include "sales/pipelines.h"
#include "store/recordstore.h"
#include "util/i18n.h"
#include "views/moduleviewextensions.h"
#include "views/recordlistview.h"
#include "models/recordlistmodel.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

DashboardCard *card(DashboardView &view, const char *type)
{
    for (DashboardCard *c : view.cards())
        if (c->data().type == S(type))
            return c;
    return nullptr;
}

void seed(Database &db)
{
    RecordStore store(db);
    auto p = Pipelines::pipeline(db);
    REQUIRE(p.ok());
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QList<QPair<const char *, qint64>> opps{{"Proposal", 120000}, {"Proposal", 80000}, {"Qualification", 50000}, {"Negotiation", 150000}};
    int i = 0;
    for (const auto &o : opps)
        REQUIRE(store.create(S("opportunity"), {{S("name"), S("Oportunidad %1").arg(++i)}, {S("amount"), o.second},
                                                {S("stage"), p.value().stage(S(o.first))->id}, {S("expected_close"), today}})
                    .ok());
    for (const char *source : {"web", "web", "referral", "event"})
        REQUIRE(store.create(S("lead"), {{S("last_name"), S("Pérez")}, {S("source"), S(source)}}).ok());
    REQUIRE(store.create(S("sales_target"), {{S("period_start"), QDate::currentDate().addDays(1 - QDate::currentDate().day()).toString(Qt::ISODate)},
                                             {S("period"), S("month")}, {S("amount"), qint64(500000)}})
                .ok());
}
} // namespace

TEST_CASE("the Dashboard page loads the default dashboard on a worker and a bar click opens its records")
{
    UiFixture f;
    seed(f.db());
    registerAnalyticsViews();
    const auto pages = ModuleViewExtensions::pages(Module::Analytics);
    REQUIRE_FALSE(pages.isEmpty());
    std::unique_ptr<QWidget> first(pages.first()(f.db()));
    CHECK(qobject_cast<DashboardView *>(first.get()) != nullptr);

    DashboardView view(f.db());
    view.resize(1280, 900);
    view.show();
    REQUIRE(waitFor([&] { return !view.isLoading() && view.cards().size() == DashboardWidgets::types().size(); }, 15000));
    CHECK(view.dashboard().owner == f.db().user());
    CHECK(view.periodCombo()->currentData().toString() == S("this_month"));
    CHECK(view.compareCheck()->isChecked());

    DashboardCard *pipeline = card(view, "pipeline");
    REQUIRE(pipeline);
    CHECK(pipeline->data().figure == 400000);
    auto *bars = qobject_cast<QBarSeries *>(pipeline->chartView()->chart()->series().value(0));
    REQUIRE(bars);
    REQUIRE(bars->count() >= 1);
    int proposal = -1;
    for (int i = 0; i < pipeline->data().points.size(); ++i)
        if (pipeline->data().points.at(i).label == S("Proposal"))
            proposal = i;
    REQUIRE(proposal >= 0);
    CHECK(bars->barSets().first()->at(proposal) == 2000.0); // 1200.00 + 800.00

    // A click on the Proposal bar (the bar set's own signal) asks for those two opportunities.
    QSignalSpy asked(&view, &DashboardView::openRecordsRequested);
    Q_EMIT bars->barSets().first()->clicked(proposal);
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().at(0).toString() == S("opportunity"));
    INFO(asked.first().at(1).toString().toStdString());
    CHECK(asked.first().at(1).toString().contains(S("Proposal")));
    CHECK(view.lastDrill().entity == S("opportunity"));
    QDialog *drill = nullptr;
    REQUIRE(waitFor([&] {
        drill = qApp->activeModalWidget() ? nullptr : view.window()->findChild<QDialog *>(S("dashboardDrill"));
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == S("dashboardDrill") && w->isVisible())
                drill = qobject_cast<QDialog *>(w);
        return drill != nullptr;
    }));
    auto *list = drill->findChild<RecordListView *>();
    REQUIRE(list);
    REQUIRE(waitFor([&] { return list->totalCount() == 2; }));
    screenshot(drill, S("dashboard-drill"));
    drill->close();

    screenshot(&view, S("dashboard"));
    screenshot(card(view, "forecast_target"), S("dashboard-card-forecast"));
    screenshot(card(view, "funnel"), S("dashboard-card-funnel"));
    screenshot(card(view, "leads_source"), S("dashboard-card-leads"));

    // Layout edits are saved to the user's dashboard and the page reloads.
    const int before = int(view.cards().size());
    view.removeWidget(0);
    REQUIRE(waitFor([&] { return !view.isLoading() && view.cards().size() == before - 1; }));
    auto saved = Dashboards::openDefault(f.db());
    REQUIRE(saved.ok());
    CHECK(saved.value().layout.widgets.size() == before - 1);
    view.addWidget(DashboardWidgets::types().first());
    REQUIRE(waitFor([&] { return !view.isLoading() && view.cards().size() == before; }));
    CHECK(Dashboards::openDefault(f.db()).value().layout.widgets.last().type == DashboardWidgets::types().first());

    // The period picker is saved too.
    const int q = view.periodCombo()->findData(S("this_quarter"));
    REQUIRE(q >= 0);
    view.periodCombo()->setCurrentIndex(q);
    Q_EMIT view.periodCombo()->activated(q);
    REQUIRE(waitFor([&] { return !view.isLoading() && view.cards().size() == before; }));
    CHECK(Dashboards::openDefault(f.db()).value().period == S("this_quarter"));
}

TEST_CASE("the Dashboard page in Spanish leaves room for longer labels")
{
    UiFixture f;
    seed(f.db());
    I18n::install(S("es"));
    {
        DashboardView view(f.db());
        view.resize(1280, 900);
        view.show();
        REQUIRE(waitFor([&] { return !view.isLoading() && !view.cards().isEmpty(); }, 15000));
        screenshot(&view, S("dashboard-es"));
        CHECK(view.compareCheck()->sizeHint().width() <= view.compareCheck()->width() + 1);
    }
    I18n::install(QString());
}
