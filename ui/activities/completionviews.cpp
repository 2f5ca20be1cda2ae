// SPDX-License-Identifier: GPL-3.0-or-later
#include "completionviews.h"

#include "activityactions.h"
#include "completebutton.h"

#include "forms/recordviewextensions.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "views/listviewextensions.h"
#include "views/recordlistview.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>

namespace trato {

void registerCompletionViews()
{
    const QString activity = QStringLiteral("activity");
    RecordViewExtensions::add(activity, RecordViewExtensions::Place::Action, [](Database &db) { return new CompleteButton(db); });
    ListViewExtensions::addContextActions(activity, [](QMenu *menu, Database &db, RecordListView *list, const QStringList &ids) {
        QAction *complete = menu->addAction(QCoreApplication::translate("trato::CompleteButton", "Complete…"));
        complete->setObjectName(QStringLiteral("completeActivityAction"));
        bool open = ids.size() == 1;
        if (open) {
            auto r = RecordStore(db).get(QStringLiteral("activity"), ids.first());
            const QString status = r ? r.value().value(QStringLiteral("status")).toString() : QString();
            open = status == QLatin1String("planned") || status == QLatin1String("in_progress");
        }
        complete->setEnabled(open);
        const QString id = ids.value(0);
        QObject::connect(complete, &QAction::triggered, list, [&db, list, id] {
            if (ActivityActions::complete(db, id, list))
                Q_EMIT list->message(QCoreApplication::translate("trato::CompleteButton", "Activity completed."));
        });
    });
}

} // namespace trato
