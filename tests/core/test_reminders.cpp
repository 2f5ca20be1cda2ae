// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "activities/reminders.h"
#include "store/recordstore.h"
#include "store/sqlite.h"

#include <QDateTime>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace trato;

namespace {

QDateTime at(int hour, int minute = 0, int day = 11)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute));
}

// An activity with its remind_at set directly (the activity service keeps it from the reminder
// minutes; here the scheduler is tested on its own).
QString withReminder(Database &db, const char *subject, const QDateTime &start, const QDateTime &remindAt,
                     const QString &owner = QString(), const char *status = "planned")
{
    QVariantMap v = {{QStringLiteral("kind"), QStringLiteral("call")}, {QStringLiteral("subject"), QString::fromUtf8(subject)},
                     {QStringLiteral("start_at"), start}, {QStringLiteral("status"), QString::fromLatin1(status)},
                     {QStringLiteral("remind_at"), remindAt}};
    if (!owner.isEmpty())
        v[QStringLiteral("owner")] = owner;
    auto id = RecordStore(db).create(QStringLiteral("activity"), v, RecordStore::Access::System);
    REQUIRE(id.ok());
    return id.value();
}

QVariant remindAt(Database &db, const QString &id)
{
    auto r = RecordStore(db).get(QStringLiteral("activity"), id);
    REQUIRE(r.ok());
    return r.value().value(QStringLiteral("remind_at"));
}

QStringList subjects(const QList<Reminder> &list)
{
    QStringList s;
    for (const Reminder &r : list)
        s << r.subject;
    return s;
}

} // namespace

TEST_CASE("reminders: the scheduler arms for the earliest reminder and announces each once, driven by its clock")
{
    test::TempDb t;
    Database &db = t.db();
    QDateTime now = at(8, 0);
    // Came due while Trato was closed.
    withReminder(db, "Olvidada", at(7, 30), at(7, 15));
    const QString nine = withReminder(db, "A las nueve", at(9, 0), at(8, 45));
    withReminder(db, "A las diez", at(10, 0), at(9, 45));
    // Not the user's, not open: never announced.
    withReminder(db, "De Lucía", at(8, 30), at(8, 15), QStringLiteral("lucia"));
    withReminder(db, "Hecha", at(8, 30), at(8, 15), QString(), "completed");

    ReminderScheduler scheduler(db, db.user(), [&now] { return now; });
    QSignalSpy due(&scheduler, &ReminderScheduler::due);
    scheduler.start();
    REQUIRE(due.size() == 1);
    CHECK(subjects(due.at(0).at(0).value<QList<Reminder>>()) == QStringList{QStringLiteral("Olvidada")});
    CHECK(scheduler.armedFor() == at(8, 45).toUTC());
    // 45 minutes ahead: the timer waits at most kMaxWaitMs and checks again.
    CHECK(scheduler.timerInterval() == ReminderScheduler::kMaxWaitMs);

    // Before the time: nothing new (and the one already shown is not shown again).
    now = at(8, 44);
    scheduler.check();
    CHECK(due.size() == 1);
    CHECK(scheduler.timerInterval() == 60 * 1000);
    // At the time: exactly the nine o'clock one.
    now = at(8, 45);
    scheduler.check();
    REQUIRE(due.size() == 2);
    CHECK(subjects(due.at(1).at(0).value<QList<Reminder>>()) == QStringList{QStringLiteral("A las nueve")});
    CHECK(scheduler.armedFor() == at(9, 45).toUTC());
    CHECK(subjects(scheduler.currentlyDue()) == QStringList{QStringLiteral("Olvidada"), QStringLiteral("A las nueve")});

    // Snooze 5 minutes: written as now + 5, announced again when that time comes.
    REQUIRE(scheduler.snooze(nine, 5).ok());
    CHECK(remindAt(db, nine).toString() == at(8, 50).toUTC().toString(Qt::ISODate));
    scheduler.check();
    CHECK(due.size() == 2);
    CHECK(scheduler.armedFor() == at(8, 50).toUTC());
    now = at(8, 50);
    scheduler.check();
    REQUIRE(due.size() == 3);
    CHECK(subjects(due.at(2).at(0).value<QList<Reminder>>()) == QStringList{QStringLiteral("A las nueve")});

    // Dismiss: cleared, never announced again.
    REQUIRE(scheduler.dismiss(nine).ok());
    CHECK(remindAt(db, nine).isNull());
    now = at(9, 0);
    scheduler.check();
    CHECK(due.size() == 3);
    CHECK(subjects(scheduler.currentlyDue()) == QStringList{QStringLiteral("Olvidada")});
    // The last one, then nothing ahead: the timer rests.
    now = at(9, 46);
    scheduler.check();
    REQUIRE(due.size() == 4);
    CHECK_FALSE(scheduler.armedFor().isValid());
    CHECK(scheduler.timerInterval() == -1);
}

TEST_CASE("reminders: a write to activities re-arms the scheduler")
{
    test::TempDb t;
    Database &db = t.db();
    QDateTime now = at(8, 0);
    ReminderScheduler scheduler(db, db.user(), [&now] { return now; });
    QSignalSpy due(&scheduler, &ReminderScheduler::due);
    scheduler.start();
    CHECK_FALSE(scheduler.armedFor().isValid());
    withReminder(db, "Nueva", at(9, 0), at(8, 30));
    // recordsChanged("activity") schedules a check on the event loop.
    QCoreApplication::processEvents();
    CHECK(scheduler.armedFor() == at(8, 30).toUTC());
    CHECK(due.isEmpty());
    // One already due when it is written is announced at once.
    withReminder(db, "Ya toca", at(8, 5), at(7, 55));
    QCoreApplication::processEvents();
    REQUIRE(due.size() == 1);
    CHECK(subjects(due.at(0).at(0).value<QList<Reminder>>()) == QStringList{QStringLiteral("Ya toca")});
}

TEST_CASE("reminders: due and upcoming lists, snooze until tomorrow, bad input changes nothing")
{
    test::TempDb t;
    Database &db = t.db();
    const QDateTime now = at(8, 0);
    const QString a = withReminder(db, "Primera", at(8, 10), at(7, 55));
    withReminder(db, "Segunda", at(12, 0), at(11, 45));
    withReminder(db, "Tercera", at(9, 0, 12), at(8, 45, 12));
    auto due = Reminders::due(db, db.user(), now);
    REQUIRE(due.ok());
    CHECK(subjects(due.value()) == QStringList{QStringLiteral("Primera")});
    auto upcoming = Reminders::upcoming(db, db.user(), now, 1);
    REQUIRE(upcoming.ok());
    CHECK(subjects(upcoming.value()) == QStringList{QStringLiteral("Segunda")});
    CHECK(Reminders::tomorrowMorning(now) == at(9, 0, 12));
    REQUIRE(Reminders::snoozeUntil(db, a, Reminders::tomorrowMorning(now), now).ok());
    CHECK(remindAt(db, a).toString() == at(9, 0, 12).toUTC().toString(Qt::ISODate));

    auto logRows = [&db]() -> QString {
        auto q = Sql::exec(db.connection(), QStringLiteral("SELECT count(*), group_concat(coalesce(remind_at, '-')) FROM change_log, "
                                                           "(SELECT group_concat(remind_at) AS remind_at FROM activity)"));
        REQUIRE(q.ok());
        q.value().next();
        return q.value().value(0).toString() + QLatin1Char('/') + q.value().value(1).toString();
    };
    const QString before = logRows();
    CHECK(Reminders::snooze(db, a, 0, now).error().kind == Error::BadInput);
    CHECK(Reminders::snooze(db, a, 60 * 24 * 31, now).error().kind == Error::BadInput);
    CHECK(Reminders::snoozeUntil(db, a, at(7, 0), now).error().kind == Error::BadInput);
    CHECK(Reminders::snooze(db, QStringLiteral("no-such-id"), 5, now).error().kind == Error::NotFound);
    CHECK(Reminders::dismiss(db, QString()).error().kind == Error::BadInput);
    CHECK(logRows() == before);
}
