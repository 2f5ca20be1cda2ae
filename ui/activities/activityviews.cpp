// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityviews.h"

#include "forms/recordviewextensions.h"
#include "views/listviewextensions.h"
#include "views/moduleviewextensions.h"

namespace trato {

void registerActivityViews()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    // Each part below registers its own views.

    // activities: completion and the sales loop
    void registerCompletionViews(); // completionviews.h (declared here to keep to this part's lines)
    registerCompletionViews();

    // calendar

    // my day, supervisor, reminders, relationship

    // telemarketing

    // caller lookup

    // timeline
}

} // namespace trato
