// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyticsviews.h"

#include "views/moduleviewextensions.h"

namespace trato {

void registerAnalyticsViews()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    // Each part below registers its own views (declare its function here, inside the block).

    // analytics: dashboards

    // analytics: kpis

    // analytics: reports
    QWidget *createReportsPage(Database &db);
    ModuleViewExtensions::addPage(Module::Analytics, createReportsPage);

    // analytics: printing

    // analytics: scoring
}

} // namespace trato
