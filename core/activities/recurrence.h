// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QVariantMap>

namespace trato {

// A repeating activity (repeat, repeat_interval, repeat_until, repeat_count on the record) and the
// start times of its occurrences. Occurrences are activity rows of their own; see
// docs/ACTIVITIES.md for the rules (monthly on the 29th-31st falls on the last day of shorter
// months; steps are taken in local time, so 10:00 stays 10:00 across a change of summer time).
struct RecurrenceRule
{
    enum class Frequency { None, Daily, Weekly, Monthly };
    Frequency frequency = Frequency::None;
    int interval = 1;   // every N days/weeks/months, 1-99
    QDate until;        // last day (inclusive), local; invalid = none
    int count = 0;      // number of occurrences, the first included, 1-500; 0 = none
};

class Recurrence
{
    Q_DECLARE_TR_FUNCTIONS(trato::Recurrence)
public:
    static constexpr int kMaxInterval = 99;
    static constexpr int kMaxOccurrences = 500;

    static QString frequencyName(RecurrenceRule::Frequency f); // "none", "daily", ...
    static bool frequencyFromName(const QString &name, RecurrenceRule::Frequency *out);

    // The rule of an activity's values (storage form): checks it against its start (an error names
    // the field: interval out of range, until before the start, count out of range, neither until
    // nor count, more than kMaxOccurrences occurrences).
    static Result<RecurrenceRule> fromValues(const QVariantMap &values);
    // Start times (UTC) of every occurrence, the first (= start) included. Checks the rule.
    static Result<QList<QDateTime>> occurrences(const RecurrenceRule &rule, const QDateTime &start);
};

} // namespace trato
