// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../store/listquery.h"
#include "../util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace trato {

class Database;

// The support work queues (seed 004): each queue is one ListQuery condition set on ticket, so the
// Queues page, `trato-cli ticket queue` and the counts share one definition. Every condition is an
// equality or IN on an indexed column pair ((status, owner), (status, team), (status, sla_state)),
// so a count is an index search at a million tickets.
class SupportQueues
{
    Q_DECLARE_TR_FUNCTIONS(trato::SupportQueues)
public:
    enum class Queue { Mine, Team, Unassigned, AtRisk, Overdue, Waiting };

    struct Count
    {
        Queue queue;
        qint64 count = 0;
    };

    // Every queue in display order.
    static QList<Queue> all();
    // "mine", "team", "unassigned", "at-risk", "overdue", "waiting" (CLI and JSON keys).
    static QString key(Queue queue);
    static std::optional<Queue> fromKey(const QString &key);
    // Translated name for the GUI ("Mine", "My team", ...).
    static QString label(Queue queue);
    // The states a ticket is worked in: new, open, waiting_customer, waiting_third_party, reopened.
    static QStringList openStates();
    static QStringList waitingStates();

    // The user's support team: the team of their user profile (core/activities/userprofiles.h);
    // empty when none is set (the "my team" queue is then empty).
    static QString teamOf(Database &db, const QString &user);

    // The queue's conditions for a user (and that user's team), sorted by the most urgent due time
    // (resolution_due ascending). Columns and limit are left to the caller.
    static ListQuery query(Queue queue, const QString &user, const QString &team);
    // Convenience: the query for the user with the team looked up.
    static ListQuery query(Database &db, Queue queue, const QString &user);

    static Result<qint64> count(Database &db, Queue queue, const QString &user);
    // Every queue's count, in all() order (one read transaction).
    static Result<QList<Count>> counts(Database &db, const QString &user);
};

} // namespace trato
