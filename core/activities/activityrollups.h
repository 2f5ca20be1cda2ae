// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../store/recordstore.h"
#include "../util/result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace trato {

class Database;

// The derived fields an account, a contact and a lead get from their activities
// (docs/ACTIVITIES.md): last_activity_at (latest completion), next_step_at (earliest open
// activity) and, for accounts and contacts, relationship (unknown, acquaintance,
// good_acquaintance, friend from the interactions of the last months). SQL triggers on `activity`
// keep them true on every write (the sqlite3 shell included); refreshAll() recomputes them all in
// one set-based pass, because a relationship cools down with time alone.
class ActivityRollups
{
    Q_DECLARE_TR_FUNCTIONS(trato::ActivityRollups)
public:
    static constexpr const char *kThresholdsKey = "relationship_thresholds"; // TeamSettings key

    // Relationship thresholds (defaults below; a team may store its own as JSON under kThresholdsKey:
    // {"window_days":180,"friend_count":8,"friend_days":30,"good_count":3,"good_days":60,"acquaintance_days":365}).
    struct Thresholds
    {
        int windowDays = 180;       // interactions are counted in this many days
        int friendCount = 8;        // friend: at least this many in the window...
        int friendDays = 30;        // ...and the last one within this many days
        int goodCount = 3;          // good acquaintance: at least this many in the window...
        int goodDays = 60;          // ...and the last one within this many days
        int acquaintanceDays = 365; // acquaintance: at least one, the last within this many days
    };
    static Thresholds thresholds(Database &db);
    static Status setThresholds(Database &db, const Thresholds &t);

    // The entities with rollups and the activity relation field that points at them.
    static QStringList entities(); // account, contact, lead
    // The trigger SQL installed on `activity` (through RecordRules, part of its generated schema).
    static QStringList triggerSql();
    // Recomputes every account, contact and lead in one pass per entity; `now` is the clock of the
    // relationship. Returns how many records changed.
    static Result<qint64> refreshAll(Database &db, const QDateTime &now);

    // Stalled records: nothing open next (next_step_at empty). Leads: not converted or disqualified.
    // Contacts: that have had at least one activity (a conversation that stopped). Accounts: customers
    // and prospects. Sorted by last activity, oldest first (never first).
    struct StalledQuery
    {
        QString entity;  // lead, contact or account
        QString owner;   // only records of this owner (empty: everyone's)
        qint64 limit = 1000;
    };
    static Result<QList<Record>> stalled(Database &db, const StalledQuery &query);
    // The SQL condition (on the entity's table, no alias) that makes a row stalled; empty for other entities.
    static QString stalledCondition(const QString &entity);
    // The same rule on a record's values (for lists: ListFlags, "Stalled" in the Next step column).
    static bool isStalled(const QString &entity, const std::function<QVariant(const QString &field)> &value);
    static QStringList stalledNeeds(const QString &entity);
    static void registerListFlags(); // called once by ListFlags
};

} // namespace trato
