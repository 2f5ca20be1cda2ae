// SPDX-License-Identifier: GPL-3.0-or-later
#include "homesections.h"

#include "mydaysection.h"

#include "views/homeview.h"
#include "views/moduleviewextensions.h"

namespace trato {

void registerHomeSections()
{
    ModuleViewExtensions::addHomeSection([](Database &db) -> QWidget * {
        auto *section = new MyDaySection(db);
        // Home asks the main window to open the activity (HomeView::openRecordRequested).
        QObject::connect(section, &MyDaySection::openRecordRequested, section, [section](const QString &entity, const QString &id) {
            for (QWidget *w = section->parentWidget(); w; w = w->parentWidget())
                if (auto *home = qobject_cast<HomeView *>(w)) {
                    home->requestOpenRecord(entity, id);
                    return;
                }
        });
        return section;
    });
    ModuleViewExtensions::addHomeSection([](Database &db) -> QWidget * { return new TeamSection(db); });
}

} // namespace trato
