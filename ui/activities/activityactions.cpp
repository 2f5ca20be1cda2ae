// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityactions.h"

#include "completedialog.h"

#include "activities/activityrollups.h"
#include "store/database.h"
#include "util/background.h"

#include <QTimer>

namespace trato::ActivityActions {

bool complete(Database &db, const QString &activityId, QWidget *parent)
{
    CompleteDialog dialog(db, activityId, parent);
    return dialog.exec() == QDialog::Accepted;
}

void startRollupRefresh(Database &db, QObject *owner)
{
    // Relationships cool down with time alone: recompute on a worker now and once a day.
    auto refresh = [&db, owner] {
        runInBackground(
            db, owner, [](Database &d) { return ActivityRollups::refreshAll(d, QDateTime::currentDateTimeUtc()); },
            [](const Result<qint64> &) {});
    };
    refresh();
    auto *daily = new QTimer(owner);
    daily->setInterval(24 * 60 * 60 * 1000);
    QObject::connect(daily, &QTimer::timeout, owner, refresh);
    daily->start();
}

} // namespace trato::ActivityActions
