// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace trato {

class Database;

// What comes after an activity ends with a given outcome (seed 003, the sales loop: every finished
// task opens the next one). Used when an activity is completed and by the telemarketing outcome
// buttons. The defaults are built in; a team may change them (stored as JSON in team_setting
// "followup_rules").
struct FollowUpRule
{
    enum class Next {
        Activity,  // schedule `kind` after `delayMinutes`
        AskTime,   // schedule `kind` at a time the user gives ("call back at...")
        Close,     // no next step: close the lead with `closeReason` (disqualified)
        Nothing,   // no follow-up is suggested
    };
    QString outcome;        // a value of activity.outcome: "no_answer", "interested"...
    Next next = Next::Activity;
    QString kind;           // activity.kind of the follow-up: "call", "meeting", "visit", "task"
    int delayMinutes = 0;   // after the completion time
    QString subject;        // "%1" = the record's name; built-in ones are English source text
    bool builtinSubject = true; // translate subject (a team's own words are shown as they are)
    QString closeReason;    // a lead.disqualified_reason value, for Next::Close

    QString displaySubject(const QString &recordName) const;
    bool operator==(const FollowUpRule &o) const;
};

class FollowUpRules
{
    Q_DECLARE_TR_FUNCTIONS(trato::FollowUpRules)
public:
    static constexpr const char *kSettingKey = "followup_rules";

    static QList<FollowUpRule> defaults();
    // The team's rules (defaults for outcomes it did not change).
    static QList<FollowUpRule> load(Database &db);
    // Checks every rule (known outcome and kind, delay >= 0, a close reason for Close) and saves
    // them all, or nothing.
    static Status save(Database &db, const QList<FollowUpRule> &rules);
    // The rule of an outcome in a list (an empty outcome counts as "done").
    static FollowUpRule forOutcome(const QList<FollowUpRule> &rules, const QString &outcome);

    static QString toJson(const QList<FollowUpRule> &rules);
    static Result<QList<FollowUpRule>> fromJson(const QString &json);
    static QString nextName(FollowUpRule::Next next);  // "activity", "ask_time", "close", "nothing"

    // The follow-up activity a rule proposes after `finished` (an activity record's values, as
    // RecordStore::get returns them) ended at `completedAt`: same records (account, contact,
    // lead), same assignee, the rule's kind and subject, start = completedAt + delay (or `askedTime`
    // for AskTime; invalid = an hour after completion), follows = the finished activity's id.
    // Empty for Close and Nothing. The caller may change any value before creating it.
    static QVariantMap proposal(const FollowUpRule &rule, const QVariantMap &finished, const QString &recordName,
                                const QDateTime &completedAt, const QDateTime &askedTime = QDateTime());

private:
    static Status check(const FollowUpRule &rule);
};

} // namespace trato
