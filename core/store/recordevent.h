// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QString>

namespace trato {

class Database;
class Transaction;

// Business events in a record's History that are not field changes: "merged with ...", "merged
// into ...", "converted from lead ...". Stored as a bulk_operation row over the record's own rid
// (first_rid = last_rid), so RecordStore::history reads them with the bulk rows and no migration
// is needed; `kind` says what happened and `note` names the other records ("Ana Ruiz (id)").
// RecordStore::history reports them with op "event", field = kind.
namespace RecordEvent {
inline const QString Merge = QStringLiteral("merge");              // on the kept record
inline const QString MergedInto = QStringLiteral("merged_into");   // on each record moved to the Trash
inline const QString ConvertedFrom = QStringLiteral("converted_from"); // on the contact/account made from a lead

// Adds the event inside the caller's transaction.
Status add(Transaction &tx, Database &db, const QString &entity, const QString &id, const QString &kind,
           const QString &note);
// "Merged with", "Merged into", "Converted from lead" (translated); the kind itself if unknown.
QString label(const QString &kind);
} // namespace RecordEvent

} // namespace trato
