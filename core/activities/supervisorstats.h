// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace trato {

class Database;

// A person activities are assigned to, as user_profile shows them (migration 0005).
struct TeamMember
{
    QString name;         // the user name stored in `owner`
    QString displayName;  // the profile's, else the user name
    QString color;        // "#rrggbb"; empty when the profile has none
};

// What one user did in a period (seed 003: the supervisor sees each operator's effectiveness).
struct UserActivityCounts
{
    QString user;          // empty for the totals row
    QString displayName;
    qint64 callsMade = 0;     // completed calls, whatever their outcome
    qint64 callsReached = 0;  // completed calls that reached someone: reached, interested,
                              // not_interested, sale, call_back
    qint64 meetingsHeld = 0;  // completed meetings
    qint64 visitsHeld = 0;    // completed visits
    qint64 tasksDone = 0;     // completed tasks
    qint64 overdueNow = 0;    // open items whose start/due time has passed (at `now`, any period)

    // Reached calls as a share of calls made, 0..100; -1 when no call was made.
    int reachedPercent() const { return callsMade > 0 ? int((callsReached * 100 + callsMade / 2) / callsMade) : -1; }
};

struct TeamActivityStats
{
    QDateTime from, to;   // the period, [from, to)
    QList<UserActivityCounts> users; // every team member and every other owner with counts, by display name
    UserActivityCounts total;
};

// The supervisor's table: per user, what was completed in a period (by completed_at) and what is
// overdue now. Grouped in SQL over the completed_at index; run it off the GUI thread.
class SupervisorStats
{
    Q_DECLARE_TR_FUNCTIONS(trato::SupervisorStats)
public:
    enum class Period { Today, ThisWeek, ThisMonth };
    // [from, to) of a period around now, in local days (weeks start on Monday).
    static QPair<QDateTime, QDateTime> range(Period period, const QDateTime &now);

    static Result<TeamActivityStats> compute(Database &db, const QDateTime &from, const QDateTime &to, const QDateTime &now);
    // user_profile rows, by display name.
    static Result<QList<TeamMember>> team(Database &db);
};

} // namespace trato
