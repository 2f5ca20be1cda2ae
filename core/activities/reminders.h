// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

namespace trato {

class Database;

// A reminder of an activity: its remind_at has come (or is coming).
struct Reminder
{
    QString id;          // the activity's
    QString kind;
    QString subject;
    QDateTime start;     // UTC
    QDateTime remindAt;  // UTC
    QString regardingName;
};

// Reading and moving reminders (the activity fields `remind_at`, written with Access::System:
// the core keeps remind_at = start - reminder minutes on writes; snoozing moves it, dismissing
// clears it). Only open (planned/in progress) activities remind.
namespace Reminders {
// Due at `now` for a user, earliest first.
Result<QList<Reminder>> due(Database &db, const QString &user, const QDateTime &now);
// Not yet due, earliest first, at most `limit`.
Result<QList<Reminder>> upcoming(Database &db, const QString &user, const QDateTime &now, int limit = 20);
// The next remind_at after now, or an invalid QDateTime.
Result<QDateTime> next(Database &db, const QString &user, const QDateTime &now);
// remind_at = now + minutes (1 minute to 30 days).
Status snooze(Database &db, const QString &activityId, int minutes, const QDateTime &now);
// remind_at = when (which must be after now).
Status snoozeUntil(Database &db, const QString &activityId, const QDateTime &when, const QDateTime &now);
// remind_at = NULL: no more reminders for it.
Status dismiss(Database &db, const QString &activityId);
// "Tomorrow" for snoozing: 9:00 local time on the day after now.
QDateTime tomorrowMorning(const QDateTime &now);
} // namespace Reminders

// Pops reminders up without a server: finds the earliest remind_at of the user's open activities,
// arms one QTimer for it and emits due() when it comes — at start too, for reminders that came
// while Trato was closed. Re-arms when activities change (Database::recordsChanged("activity")).
// The clock is injectable: tests move it and call check(), never sleep.
class ReminderScheduler : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    // The timer never waits longer than this, so a clock that jumps (suspend, DST) is caught up.
    static constexpr int kMaxWaitMs = 15 * 60 * 1000;

    ReminderScheduler(Database &db, const QString &user, Clock clock = {}, QObject *parent = nullptr);

    QString user() const { return m_user; }
    QDateTime now() const { return m_clock(); }
    // First check (announces what came due while Trato was closed) and arms the timer.
    void start();
    // Announces reminders due now that were not announced yet (at their current remind_at), then
    // re-arms for the next one. The timer calls it; so can tests after moving the clock.
    void check();
    // Every reminder due now (announced or not), earliest first; empty on error.
    QList<Reminder> currentlyDue() const;
    // The remind_at the timer waits for (invalid: nothing ahead) and the timer's interval (-1: idle).
    QDateTime armedFor() const { return m_armedFor; }
    int timerInterval() const { return m_timer.isActive() ? m_timer.interval() : -1; }

    Status snooze(const QString &activityId, int minutes);
    Status snoozeUntil(const QString &activityId, const QDateTime &when);
    Status dismiss(const QString &activityId);

Q_SIGNALS:
    // Reminders that have just come due (each announced once per remind_at value).
    void due(const QList<trato::Reminder> &reminders);
    // A check failed (the database could not be read); the scheduler tries again later.
    void failed(const QString &message);

private:
    Database &m_db;
    QString m_user;
    Clock m_clock;
    QTimer m_timer;
    QTimer m_recheck; // coalesces bursts of recordsChanged
    QDateTime m_armedFor;
    QHash<QString, QDateTime> m_announced; // activity id -> remind_at announced
    bool m_started = false;
};

} // namespace trato

Q_DECLARE_METATYPE(trato::Reminder)
