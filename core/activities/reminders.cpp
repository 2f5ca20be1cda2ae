// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminders.h"

#include "../metadata/registry.h"
#include "../store/database.h"
#include "../store/recordstore.h"
#include "../store/sqlite.h"

namespace trato {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trato::Reminders", text);
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// Walks the remind_at index ((deleted, remind_at, rid)) and keeps the user's open activities.
QString reminderSql(Database &db, const QString &condition, const QString &tail)
{
    const Registry *r = db.registry();
    return QStringLiteral(
               "SELECT a.id, a.kind, a.subject, a.start_at, a.remind_at, coalesce(%1, %2, %3) "
               "FROM activity a "
               "LEFT JOIN contact c ON c.id = a.contact "
               "LEFT JOIN lead l ON l.id = a.lead "
               "LEFT JOIN account ac ON ac.id = a.account "
               "WHERE a.deleted = 0 AND a.remind_at IS NOT NULL AND %4 AND a.owner = ? "
               "AND a.status IN ('planned', 'in_progress') ORDER BY a.remind_at, a.rid %5")
        .arg(QStringLiteral("CASE WHEN a.contact IS NOT NULL THEN %1 END").arg(r->entity(QStringLiteral("contact"))->titleExpression(QStringLiteral("c"))),
             QStringLiteral("CASE WHEN a.lead IS NOT NULL THEN %1 END").arg(r->entity(QStringLiteral("lead"))->titleExpression(QStringLiteral("l"))),
             QStringLiteral("CASE WHEN a.account IS NOT NULL THEN %1 END").arg(r->entity(QStringLiteral("account"))->titleExpression(QStringLiteral("ac"))),
             condition, tail);
}

Result<QList<Reminder>> read(Database &db, const QString &sql, const QVariantList &params)
{
    auto q = Sql::exec(db.connection(), sql, params);
    if (!q)
        return q.error();
    QList<Reminder> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        list << Reminder{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                         QDateTime::fromString(r.value(3).toString(), Qt::ISODate),
                         QDateTime::fromString(r.value(4).toString(), Qt::ISODate), r.value(5).toString()};
    }
    return list;
}

Status setRemindAt(Database &db, const QString &activityId, const QVariant &value)
{
    if (activityId.trimmed().isEmpty())
        return Error::badInput(tr("Which activity? An activity id is needed."));
    RecordStore store(db);
    auto current = store.get(QStringLiteral("activity"), activityId);
    if (!current)
        return Error::notFound(tr("There is no activity with the id %1.").arg(activityId));
    return store.update(QStringLiteral("activity"), activityId, {{QStringLiteral("remind_at"), value}},
                        RecordStore::Access::System);
}

} // namespace

Result<QList<Reminder>> Reminders::due(Database &db, const QString &user, const QDateTime &now)
{
    return read(db, reminderSql(db, QStringLiteral("a.remind_at <= ?"), QString()), {iso(now), user});
}

Result<QList<Reminder>> Reminders::upcoming(Database &db, const QString &user, const QDateTime &now, int limit)
{
    return read(db, reminderSql(db, QStringLiteral("a.remind_at > ?"), QStringLiteral("LIMIT ?")), {iso(now), user, qMax(0, limit)});
}

Result<QDateTime> Reminders::next(Database &db, const QString &user, const QDateTime &now)
{
    auto list = upcoming(db, user, now, 1);
    if (!list)
        return list.error();
    return list.value().isEmpty() ? QDateTime() : list.value().first().remindAt;
}

Status Reminders::snooze(Database &db, const QString &activityId, int minutes, const QDateTime &now)
{
    if (minutes < 1 || minutes > 30 * 24 * 60)
        return Error::badInput(tr("A reminder is snoozed for 1 minute to 30 days (43200 minutes), not %1.").arg(minutes));
    return setRemindAt(db, activityId, iso(now.addSecs(qint64(minutes) * 60)));
}

Status Reminders::snoozeUntil(Database &db, const QString &activityId, const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid() || when <= now)
        return Error::badInput(tr("A reminder is snoozed until a time after now."));
    return setRemindAt(db, activityId, iso(when));
}

Status Reminders::dismiss(Database &db, const QString &activityId)
{
    return setRemindAt(db, activityId, QVariant());
}

QDateTime Reminders::tomorrowMorning(const QDateTime &now)
{
    return QDateTime(now.toLocalTime().date().addDays(1), QTime(9, 0));
}

ReminderScheduler::ReminderScheduler(Database &db, const QString &user, Clock clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_user(user)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
    qRegisterMetaType<trato::Reminder>();
    qRegisterMetaType<QList<trato::Reminder>>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReminderScheduler::check);
    m_recheck.setSingleShot(true);
    m_recheck.setInterval(0);
    connect(&m_recheck, &QTimer::timeout, this, &ReminderScheduler::check);
    // Emitted on the writer's thread: queued to ours by the context object.
    connect(&db, &Database::recordsChanged, this, [this](const QString &entity) {
        if (m_started && entity == QLatin1String("activity"))
            m_recheck.start();
    });
}

void ReminderScheduler::start()
{
    m_started = true;
    check();
}

QList<Reminder> ReminderScheduler::currentlyDue() const
{
    auto list = Reminders::due(m_db, m_user, m_clock());
    return list ? list.value() : QList<Reminder>();
}

void ReminderScheduler::check()
{
    m_timer.stop();
    const QDateTime now = m_clock();
    auto dueNow = Reminders::due(m_db, m_user, now);
    if (!dueNow) {
        m_armedFor = QDateTime();
        m_timer.start(kMaxWaitMs / 3); // try again later: a locked or busy file recovers
        Q_EMIT failed(dueNow.error().message);
        return;
    }
    QList<Reminder> fresh;
    QHash<QString, QDateTime> stillDue;
    for (const Reminder &r : dueNow.value()) {
        if (m_announced.value(r.id) != r.remindAt)
            fresh << r;
        stillDue.insert(r.id, r.remindAt);
    }
    m_announced = stillDue; // snoozed, dismissed or completed ones are forgotten
    auto next = Reminders::next(m_db, m_user, now);
    m_armedFor = next ? next.value() : QDateTime();
    if (m_armedFor.isValid())
        m_timer.start(int(qBound(qint64(0), now.msecsTo(m_armedFor), qint64(kMaxWaitMs))));
    if (!fresh.isEmpty())
        Q_EMIT due(fresh);
}

Status ReminderScheduler::snooze(const QString &activityId, int minutes)
{
    return Reminders::snooze(m_db, activityId, minutes, m_clock());
}

Status ReminderScheduler::snoozeUntil(const QString &activityId, const QDateTime &when)
{
    return Reminders::snoozeUntil(m_db, activityId, when, m_clock());
}

Status ReminderScheduler::dismiss(const QString &activityId)
{
    return Reminders::dismiss(m_db, activityId);
}

} // namespace trato
