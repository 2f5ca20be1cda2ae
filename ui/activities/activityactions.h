// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QObject;
class QWidget;

namespace trato {

class Database;

// What the GUI does with activities from anywhere (My day, the calendar, a list, a record view), so
// every place completes an activity the same way: through the sales loop (the next step is asked
// for, or the lead is closed with a reason) and the core services.
namespace ActivityActions {
// Completes the activity, asking for what comes next. Returns true when it was completed (false:
// cancelled by the user, or refused with a message already shown).
bool complete(Database &db, const QString &activityId, QWidget *parent);
// Recomputes the derived last activity, next step and relationship of every record on a worker now
// and once a day while owner lives (MainWindow calls it once).
void startRollupRefresh(Database &db, QObject *owner);
} // namespace ActivityActions

} // namespace trato
