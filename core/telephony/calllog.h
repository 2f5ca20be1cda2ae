// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QDateTime>
#include <QString>

namespace trato {

class Database;
struct CallerLookupResult;

// The call log entry of an incoming call: an activity (kind call, direction inbound) that starts
// in progress when the call comes in and is completed with its outcome when the operator is done.
// Writes go through RecordStore (change capture, validation, recordsChanged), each one transaction.
namespace CallLog {

// Starts the entry: kind call, direction inbound, status in_progress, start_at = now, the number,
// and the best match as what it is about (a contact with its account, a lead, or an account).
// callerName (what the PBX said) goes into the subject when the number is unknown.
Result<QString> startInbound(Database &db, const CallerLookupResult &lookup, const QString &callerName,
                             const QDateTime &now);

// Writes outcome (an outcome key, may be empty) and notes, and end_at = now, on an entry that is
// still open; completing it is ActivityActions::complete's (GUI) or the activity service's job.
Status recordOutcome(Database &db, const QString &activityId, const QString &outcome, const QString &notes,
                     const QDateTime &now);

// A new lead for an unknown number: the number in its phone field, the caller's name (as the PBX
// gave it) split into first and last name, or "Caller +34 600..." when there is none. When
// activityId is given, that call log entry is made about the new lead in the same transaction.
Result<QString> createLead(Database &db, const QString &number, const QString &callerName, const QString &region,
                           const QString &activityId = QString());

} // namespace CallLog

} // namespace trato
