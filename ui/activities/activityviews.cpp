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
    QWidget *createCalendarPage(Database &db); // calendarpage.cpp
    ModuleViewExtensions::addPage(Module::Activities, createCalendarPage);

    // my day, supervisor, reminders, relationship
    void registerHomeSections(); // ui/activities/homesections.h (declared here: the lines below each marker are the part's own)
    registerHomeSections();

    // telemarketing
    void registerTelemarketingViews(); // ui/telemarketing/telemarketingviews.cpp
    registerTelemarketingViews();

    // caller lookup

    // timeline
    void registerTimelineViews(); // ui/timeline/timelineviews.h (declared here: no include line to merge)
    registerTimelineViews();
}

} // namespace trato
