// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace trato {

// The write rules of an activity, registered with RecordRules so they hold on every path (forms,
// trato-cli add/update, CSV import, calendar drags, services):
// - all-day events start at 00:00 and end at 23:59:59 (local time) of their last day;
// - remind_at = start_at - reminder minutes, recomputed when the start or the reminder changes,
//   cleared when the activity is completed or cancelled or has no reminder (a snooze written with
//   Access::System alone is kept);
// - completed_at is set when the status becomes completed and cleared when it is reopened;
// - a new activity that repeats is expanded into its occurrences (core/activities/recurrence) in
//   the same transaction; `series` = the first one's id.
// end_at not before start_at is Field::notBefore in the metadata.
class ActivityRules
{
    Q_DECLARE_TR_FUNCTIONS(trato::ActivityRules)
public:
    static void registerRules(); // called once by RecordRules
    // The clock of completed_at when the writer gives none (tests replace it; empty = system clock).
    static void setClock(std::function<QDateTime()> clock);
    static QDateTime now();
};

} // namespace trato
