// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "followuprules.h"
#include "../store/recordstore.h"
#include "../util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVariantMap>

#include <functional>

namespace trato {

class Database;

// Completing an activity and the sales loop (seed 003): every finished activity about a lead,
// contact or account is followed by its next step, or closes the lead — or, when the team allows it
// ("suggest"), by nothing. Also the series operations of repeating activities. Each call is one
// transaction; the write rules of activities (ActivityRules) apply underneath.
class ActivityService
{
    Q_DECLARE_TR_FUNCTIONS(trato::ActivityService)
public:
    static constexpr const char *kSalesLoopKey = "sales_loop"; // TeamSettings: "suggest" | "require"
    enum class Strictness { Suggest, Require };
    static Strictness strictness(Database &db);
    static Status setStrictness(Database &db, Strictness strictness);
    static QString strictnessName(Strictness s); // "suggest", "require"

    struct CompleteRequest
    {
        QString outcome;          // an activity outcome key; empty = "done"
        QString notes;            // outcome_notes
        QDateTime completedAt;    // invalid: now (ActivityRules::now)
        enum class Next {
            Rule,     // what the outcome's follow-up rule says (a next activity, a close, or nothing)
            Activity, // a next activity: the rule's proposal with nextValues over it
            Close,    // close the record (the lead) with closeReason
            None,     // no next step (refused when the team requires one)
        };
        Next next = Next::Rule;
        QVariantMap nextValues;   // storage values: kind, subject, start_at, end_at, owner...
        QString closeReason;      // Next::Close; empty: the rule's reason, else "other"
    };
    struct Completed
    {
        QString nextId;           // the follow-up activity, if one was created
        QString closedEntity;     // "lead" when a lead was closed
        QString closedId;
    };

    // What completing with an outcome would propose (the dialog's prefill): the rule, its proposed
    // next activity (empty for Close/Nothing), whether a next step or a close is required, and
    // whether there is something to close.
    struct Plan
    {
        FollowUpRule rule;
        QVariantMap proposal;
        QString recordName;       // the contact, lead or account the activity is about
        bool regardsRecord = false;
        bool requireNext = false; // team policy "require" and the activity is about a record
        bool canClose = false;    // a closer applies (the activity has a lead)
        QString closeEntity;      // "lead"
    };

    explicit ActivityService(Database &db) : m_db(db) {}

    Result<Plan> plan(const QString &activityId, const QString &outcome, const QDateTime &completedAt = QDateTime()) const;
    Result<Completed> complete(const QString &activityId, const CompleteRequest &request);
    // Moves the open (not completed) occurrences of the activity's series to the Trash: all of them,
    // or only this one and the later ones. Returns how many.
    Result<int> deleteSeries(const QString &activityId, bool fromHere);

    // Activities for lists and scripts (trato-cli activity list): not deleted, by start time.
    struct Filter
    {
        QString owner;            // assigned to (empty: anyone)
        QDateTime from, to;       // start_at in [from, to) when valid
        QString status;           // planned, in_progress, completed, cancelled (empty: any)
        QString regardingEntity;  // account, contact or lead...
        QString regardingId;      // ...and its id
        qint64 limit = 10000;
    };
    // Each record: id, start_at, end_at, kind, subject, status, outcome, owner, series, regarding
    // (the name of the contact, lead or account).
    Result<QList<Record>> list(const Filter &filter) const;

    // How a record an activity is about is closed: the activity's relation field (lead) and what to do.
    // Later modules register theirs (an opportunity closed as lost) and are tried in order.
    using Closer = std::function<Status(Database &db, const QString &recordId, const QString &reason)>;
    static void addCloser(const QString &relationField, Closer closer);

private:
    Database &m_db;
};

} // namespace trato
