// SPDX-License-Identifier: GPL-3.0-or-later
#include "queues.h"

#include "../activities/userprofiles.h"
#include "../store/database.h"
#include "../store/recordstore.h"

namespace trato {

namespace {

Condition statusIn(const QStringList &states)
{
    return Condition{QStringLiteral("status"), Condition::In, states};
}

} // namespace

QList<SupportQueues::Queue> SupportQueues::all()
{
    return {Queue::Mine, Queue::Team, Queue::Unassigned, Queue::AtRisk, Queue::Overdue, Queue::Waiting};
}

QString SupportQueues::key(Queue queue)
{
    switch (queue) {
    case Queue::Mine:
        return QStringLiteral("mine");
    case Queue::Team:
        return QStringLiteral("team");
    case Queue::Unassigned:
        return QStringLiteral("unassigned");
    case Queue::AtRisk:
        return QStringLiteral("at-risk");
    case Queue::Overdue:
        return QStringLiteral("overdue");
    case Queue::Waiting:
        return QStringLiteral("waiting");
    }
    return {};
}

std::optional<SupportQueues::Queue> SupportQueues::fromKey(const QString &text)
{
    const QString k = text.trimmed().toLower();
    for (Queue q : all())
        if (key(q) == k)
            return q;
    if (k == QLatin1String("at_risk"))
        return Queue::AtRisk;
    return std::nullopt;
}

QString SupportQueues::label(Queue queue)
{
    switch (queue) {
    case Queue::Mine:
        return tr("Assigned to me");
    case Queue::Team:
        return tr("My team");
    case Queue::Unassigned:
        return tr("Unassigned");
    case Queue::AtRisk:
        return tr("At risk");
    case Queue::Overdue:
        return tr("Overdue");
    case Queue::Waiting:
        return tr("Waiting");
    }
    return {};
}

QStringList SupportQueues::openStates()
{
    return {QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("waiting_customer"),
            QStringLiteral("waiting_third_party"), QStringLiteral("reopened")};
}

QStringList SupportQueues::waitingStates()
{
    return {QStringLiteral("waiting_customer"), QStringLiteral("waiting_third_party")};
}

QString SupportQueues::teamOf(Database &db, const QString &user)
{
    if (user.trimmed().isEmpty())
        return {};
    return UserProfiles(db).profile(user).team.trimmed();
}

ListQuery SupportQueues::query(Queue queue, const QString &user, const QString &team)
{
    ListQuery q;
    q.entity = QStringLiteral("ticket");
    q.sortField = QStringLiteral("resolution_due");
    switch (queue) {
    case Queue::Mine:
        q.conditions << statusIn(openStates());
        // No user: nothing is "mine" (an empty IN list matches no row).
        if (user.trimmed().isEmpty())
            q.conditions << Condition{QStringLiteral("owner"), Condition::In, QStringList()};
        else
            q.conditions << Condition{QStringLiteral("owner"), Condition::Equals, user};
        break;
    case Queue::Team:
        q.conditions << statusIn(openStates());
        if (team.isEmpty())
            q.conditions << Condition{QStringLiteral("team"), Condition::In, QStringList()};
        else
            q.conditions << Condition{QStringLiteral("team"), Condition::Equals, team};
        break;
    case Queue::Unassigned:
        q.conditions << statusIn(openStates()) << Condition{QStringLiteral("owner"), Condition::Equals, QVariant()};
        break;
    case Queue::AtRisk:
        q.conditions << statusIn(openStates()) << Condition{QStringLiteral("sla_state"), Condition::Equals, QStringLiteral("at_risk")};
        break;
    case Queue::Overdue:
        q.conditions << statusIn(openStates()) << Condition{QStringLiteral("sla_state"), Condition::Equals, QStringLiteral("breached")};
        break;
    case Queue::Waiting:
        q.conditions << statusIn(waitingStates());
        break;
    }
    return q;
}

ListQuery SupportQueues::query(Database &db, Queue queue, const QString &user)
{
    return query(queue, user, queue == Queue::Team ? teamOf(db, user) : QString());
}

Result<qint64> SupportQueues::count(Database &db, Queue queue, const QString &user)
{
    return RecordStore(db).count(query(db, queue, user));
}

Result<QList<SupportQueues::Count>> SupportQueues::counts(Database &db, const QString &user)
{
    const QString team = teamOf(db, user);
    RecordStore store(db);
    QList<Count> out;
    for (Queue q : all()) {
        auto n = store.count(query(q, user, team));
        if (!n)
            return n.error();
        out << Count{q, n.value()};
    }
    return out;
}

} // namespace trato
