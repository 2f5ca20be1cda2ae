// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../store/listquery.h"
#include "../util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace trato {

class Database;

// What building a queue did. Every candidate is counted in exactly one of added and the skips.
struct QueueBuildResult
{
    QString listId;
    qint64 matched = 0;               // records the segment, campaign or query named
    qint64 added = 0;
    qint64 skippedNoPhone = 0;        // neither phone nor mobile
    qint64 skippedDoNotCall = 0;      // do_not_call set
    qint64 skippedAlreadyQueued = 0;  // already an entry of this list
    qint64 skippedNotPerson = 0;      // campaign members that are accounts: call lists call people
};

// One entry of a call list with what the operator needs to see about the person.
struct CallListEntry
{
    QString id;
    QString listId;
    QString entity;        // "contact" or "lead"
    QString recordId;
    QString name;
    QString company;       // a lead's company, a contact's account
    QString phone;
    QString bestTime;      // contact.best_time (a picklist key), empty for leads
    qint64 position = 0;
    QString status;        // pending, call_back, done, skipped
    int attempts = 0;
    QString lastOutcome;
    QDateTime callbackAt;  // UTC; invalid when none
    QString operatorName;  // who has it (claimed) or last called it
    QDateTime claimedAt;   // UTC; invalid when nobody has it now
    QString lastCall;      // the activity of the last call
};

struct CallListProgress
{
    QString listId;
    QString name;
    QString scriptId;
    qint64 total = 0;      // every entry, skipped ones included
    qint64 done = 0;
    qint64 pending = 0;
    qint64 callBack = 0;   // waiting for their call-back time
    qint64 skipped = 0;
};

// What an operator reports after a call (the outcome buttons, trato-cli calllist log).
struct CallLog
{
    QString entryId;
    QString outcome;           // an activity.outcome key: no_answer, busy, wrong_number, call_back, ...
    QString notes;
    QDateTime callbackAt;      // required for call_back
    QVariantMap answers;       // field -> storage value, saved on the called record
    int durationSeconds = 0;   // the call timer
    QString operatorName;      // empty: the database user
    QDateTime now;             // when the call ended; invalid: the current time
};

struct CallLogResult
{
    QString activityId;        // the completed call
    QString followUpId;        // the next step created from the follow-up rule; empty if none
    bool leadClosed = false;   // not interested: the lead was disqualified
    QString entryStatus;       // the entry afterwards
    int attempts = 0;
};

// Per-operator figures of the calls in a period (activities of kind call, by their owner).
struct OperatorStats
{
    QString operatorName;      // empty in the total row
    qint64 calls = 0;
    qint64 reached = 0;        // someone answered: reached, call_back, interested, not_interested, sale
    qint64 interested = 0;
    qint64 sales = 0;
    qint64 noAnswer = 0;
    qint64 busy = 0;
    qint64 totalSeconds = 0;   // summed call time (end - start)
    std::optional<double> averageSeconds;     // empty without calls
    std::optional<double> conversionPercent;  // sales / reached * 100; empty when nobody was reached
};

struct CallStats
{
    QList<OperatorStats> operators;  // by operator name
    OperatorStats total;
};

// Telemarketing (seed 003): call lists as queues of people to call, handed out one at a time to
// operators, each call logged as a completed activity with its follow-up (core/activities
// followuprules), the script's answers saved on the record, and the supervisor's figures per
// operator. Every call that writes is one transaction: all of it or, on any refusal, nothing.
class CallListService
{
    Q_DECLARE_TR_FUNCTIONS(trato::CallListService)
public:
    static constexpr const char *kMaxAttemptsKey = "telemarketing_max_attempts"; // TeamSettings
    static constexpr int kDefaultMaxAttempts = 3;
    static constexpr int kClaimMinutes = 120;  // a claim older than this no longer holds an entry

    explicit CallListService(Database &db);

    // The call list's id for an id or an exact name.
    Result<QString> resolveList(const QString &idOrName) const;

    // Creates a call list and its queue in one transaction. Exactly one source: a saved segment
    // (contacts or leads), a campaign's members (its contacts and leads) or a query.
    struct Source
    {
        QString segmentId;
        QString campaignId;
        std::optional<ListQuery> query;
    };
    Result<QueueBuildResult> create(const QString &name, const Source &source, const QString &scriptId = QString());
    // Adds more people to an existing list (same rules; those already in it are skipped).
    Result<QueueBuildResult> addToQueue(const QString &listId, const Source &source);

    // Entries to call now, in order: call-backs that are due (by call-back time), then pending ones
    // by position. Entries another operator has taken are left out. limit < 0: all.
    Result<QList<CallListEntry>> queue(const QString &listId, const QDateTime &now, int limit = -1) const;
    Result<CallListEntry> entry(const QString &entryId) const;
    Result<CallListProgress> progress(const QString &listId) const;

    // Hands the next entry to an operator and marks it as theirs (operator, claimed_at), so no
    // other operator gets it. An entry the operator already holds comes back first. Empty when
    // there is nobody left to call now.
    Result<std::optional<CallListEntry>> next(const QString &listId, const QString &operatorName, const QDateTime &now);
    // Gives a held entry back to the queue (the operator moved on without calling).
    Status release(const QString &entryId);
    // Takes an entry out of the queue without a call.
    Status skip(const QString &entryId);

    // Records a call: see CallLog. One transaction: the completed call activity, the answers on
    // the called record (a bad answer refuses everything, naming the field), the follow-up of the
    // outcome's rule, and the entry's status, attempts, last outcome and last call.
    Result<CallLogResult> logCall(const CallLog &log);

    // Figures per operator for one list (listId empty: every call), calls started in [from, to)
    // (invalid: open-ended).
    Result<CallStats> stats(const QString &listId, const QDateTime &from, const QDateTime &to) const;

    int maxAttempts() const;
    static QStringList outcomes();  // the outcomes an operator can log

private:
    Result<QueueBuildResult> fill(const QString &listId, const Source &source);

    Database &m_db;
};

} // namespace trato
