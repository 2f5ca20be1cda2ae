// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyticsviews.h"

#include "views/moduleviewextensions.h"
// analytics: printing
#include "printactions.h"

namespace trato {

void registerAnalyticsViews()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    // Each part below registers its own views (declare its function here, inside the block).

    // analytics: dashboards
    void registerDashboardViews(); // dashboardview.cpp: the Dashboard page, first in Análisis
    registerDashboardViews();

    // analytics: kpis
    void registerKpiViews(); // kpicardspage.cpp: the KPIs page
    registerKpiViews();

    // analytics: reports
    QWidget *createReportsPage(Database &db);
    ModuleViewExtensions::addPage(Module::Analytics, createReportsPage);

    // analytics: printing
    PrintActions::registerAll();

    // analytics: scoring
    void registerScoringViews(); // ui/analytics/alsoboughtview.cpp: Segments & scores, also-bought tabs
    registerScoringViews();
}

} // namespace trato
