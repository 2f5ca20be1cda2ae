// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityactions.h"

#include "util/dialogs.h"

#include "store/database.h"
#include "store/recordstore.h"

#include <QCoreApplication>
#include <QDateTime>

namespace trato::ActivityActions {

bool complete(Database &db, const QString &activityId, QWidget *parent)
{
    // Marks the activity completed now. The sales-loop dialog (next step or close) replaces this.
    RecordStore store(db);
    QVariantMap values;
    values[QStringLiteral("status")] = QStringLiteral("completed");
    values[QStringLiteral("completed_at")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const Status s = store.update(QStringLiteral("activity"), activityId, values, RecordStore::Access::System);
    if (!s) {
        Dialogs::error(parent, QCoreApplication::translate("trato::ActivityActions", "Complete activity"), s.error().message);
        return false;
    }
    return true;
}

} // namespace trato::ActivityActions
