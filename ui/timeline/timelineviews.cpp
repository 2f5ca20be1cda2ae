// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineviews.h"

#include "coolingfilter.h"
#include "timelineview.h"

#include "forms/recordviewextensions.h"
#include "views/listviewextensions.h"

namespace trato {

void registerTimelineViews()
{
    for (const QString &entity : {QStringLiteral("account"), QStringLiteral("contact"), QStringLiteral("lead")})
        RecordViewExtensions::add(entity, RecordViewExtensions::Place::Tab,
                                  [entity](Database &db) { return new TimelineView(db, entity); });
    for (const QString &entity : {QStringLiteral("contact"), QStringLiteral("account")})
        ListViewExtensions::addFilterBar(entity, [](Database &db, RecordListView *list) { return new CoolingFilter(db, list); });
}

} // namespace trato
