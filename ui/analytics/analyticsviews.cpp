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

    // analytics: printing

    // analytics: scoring
    void registerScoringViews(); // ui/analytics/alsoboughtview.cpp: Segments & scores, also-bought tabs
    registerScoringViews();
}

} // namespace trato
