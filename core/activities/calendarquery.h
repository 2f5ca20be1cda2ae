// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace trato {

class Database;

// One activity as the calendar shows it: only what a day, week, month or agenda cell draws, so a
// month of a busy team (thousands of items) is read and laid out in milliseconds.
struct CalendarItem
{
    QString id;
    QString subject;
    QString kind;       // call | meeting | visit | task
    QString status;     // planned | in_progress | completed | cancelled
    QString priority;
    QString owner;      // the user it is assigned to
    QString location;
    QString regarding;        // display name of the contact, lead or account it is about
    QString regardingEntity;  // contact | lead | account, empty when it is about nothing
    QString regardingId;
    QDateTime start;    // UTC; a task's due time
    QDateTime end;      // UTC; never before start (a task or an item without an end: == start)
    bool allDay = false;

    bool isTask() const { return kind == QLatin1String("task"); }
    bool isOpen() const { return status == QLatin1String("planned") || status == QLatin1String("in_progress"); }
    // Still open after it should have ended (a task after its due time).
    bool isOverdue(const QDateTime &now) const { return isOpen() && end < now; }
    // The local dates an all-day item covers: [firstDay, lastDay]. Its end is exclusive midnight,
    // as in iCalendar; an all-day item without a later end covers its start day only.
    QDate firstDay() const;
    QDate lastDay() const;
};

// What to show: the range [from, to), and optional owner, kind and status filters.
struct CalendarFilter
{
    QDateTime from;
    QDateTime to;
    QStringList owners;   // empty: everybody
    QStringList kinds;    // empty: all kinds
    QStringList statuses; // empty: every status
    // Events are found through the start_at index; an event that started more than this many days
    // before the range and still overlaps it is not found (a two-week trip is, a year-long one is
    // not). Keeps the query an index range scan whatever the size of the table.
    int maxSpanDays = 92;
    int limit = 0;        // 0: no limit
};

// Reads the activities that overlap a time range, ordered by start. Thread-safe as long as each
// thread uses its own Database connection (run it on a worker for wide ranges).
class CalendarQuery
{
    Q_DECLARE_TR_FUNCTIONS(trato::CalendarQuery)
public:
    explicit CalendarQuery(Database &db) : m_db(db) {}
    Result<QList<CalendarItem>> items(const CalendarFilter &filter) const;

    // The range a view shows, in local time: the day, the Monday-to-Sunday week, or the whole
    // weeks that contain the month (what a month grid draws).
    enum class Span { Day, Week, Month, Agenda };
    static QDate firstDayOf(Span span, QDate anchor);
    static QDate lastDayOf(Span span, QDate anchor);   // inclusive
    // [first day 00:00, day after the last day 00:00) in local time, as UTC.
    static CalendarFilter rangeOf(Span span, QDate anchor);

private:
    Database &m_db;
};

} // namespace trato
