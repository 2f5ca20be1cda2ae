// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace trato {

class Database;

// One line of My day: an activity with what it is about and the number to call.
struct MyDayItem
{
    QString id;
    QString kind;      // call | meeting | visit | task
    QString subject;
    QString status;    // planned | in_progress | completed (cancelled ones are not listed)
    QString priority;
    QDateTime start;   // UTC; a task's due time
    QDateTime end;     // UTC; invalid for tasks
    bool allDay = false;
    bool overdue = false;   // open and its start (due time) has passed
    bool fromEarlierDay = false; // an open item of a day before the one shown
    QString location;
    QString regardingEntity; // contact, lead or account (in that order of preference); empty: none
    QString regardingId;
    QString regardingName;
    QString phone;     // the activity's number, else the record's phone or mobile

    bool isOpen() const { return status == QLatin1String("planned") || status == QLatin1String("in_progress"); }
};

struct MyDayList
{
    QString user;
    QDate date;
    // Open items from before the day (only when the day shown is today), oldest first, then the
    // day's items (open and completed), in time order.
    QList<MyDayItem> items;
    qint64 overdueTotal = 0;   // open items from earlier days; at most `overdueLimit` are in items
    int openToday = 0;         // open items of the day itself
    int doneToday = 0;         // completed items of the day itself
};

// Seed 003: "an employee, sitting at the desk and starting the CRM, sees a list of things to do and
// at what time". Reads one user's day: the day's activities and, for today, the open ones left
// from earlier days. Two index range reads on activity(owner, status, start_at) plus lookups of
// the regarding records by id, so it costs the same at a thousand or a million contacts.
class MyDay
{
    Q_DECLARE_TR_FUNCTIONS(trato::MyDay)
public:
    static constexpr int kDefaultOverdueLimit = 200;

    // date is a local calendar day; now decides what is overdue (injectable for tests).
    static Result<MyDayList> load(Database &db, const QString &user, const QDate &date, const QDateTime &now,
                                  int overdueLimit = kDefaultOverdueLimit);
    // The statements load() runs, for the benchmark's raw baseline. daySql: user, from, to;
    // overdueCountSql: user, from; overdueSql: user, from, limit.
    static QString daySql(Database &db);
    static QString overdueCountSql();
    static QString overdueSql(Database &db);
    // Local midnight of a day as stored (ISO UTC).
    static QString dayStartUtc(const QDate &date);
};

} // namespace trato
