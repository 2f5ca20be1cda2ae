// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/reportdefinition.h"
#include "analytics/reportengine.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace trato {

class Database;

// A saved report (entity `report`) as the Reports page and `trato-cli report` see it.
struct SavedReport
{
    QString id;
    QString name;
    QString description;
    QString entity;
    QString owner;
    bool shared = false;
    QString problems;      // empty: runs as it is
    QString lastRunAt;     // ISO UTC, empty: never
    QString definitionText;
};

// Saved reports: the author owns a report; shared ones are visible to everyone, private ones only to
// their owner (db.user()). Only the owner renames, changes or deletes a report; anyone who sees one
// may duplicate it (the copy is theirs and private). Names are unique per owner.
// Broken references are never fatal to a saved report: validate() flags them in report.problems
// (a system field) and keeps the definition as it was, so nothing is lost and a later fix of the
// metadata (the field added again) clears the flag on the next validation.
class ReportService
{
    Q_DECLARE_TR_FUNCTIONS(trato::ReportService)
public:
    // Reports visible to db.user(), by name: own and shared. Runs validate() first when asked.
    static Result<QList<SavedReport>> list(Database &db, bool validateFirst = true);
    // A visible report by id or name (own first, then shared). Ambiguous names are refused.
    static Result<SavedReport> find(Database &db, const QString &idOrName);

    // Creates a report owned by db.user(); the definition is checked (problems refuse the save).
    static Result<QString> save(Database &db, const QString &name, const ReportDefinition &definition, bool shared,
                                const QString &description = QString());
    // Replaces the definition (and sharing) of an own report.
    static Status update(Database &db, const QString &id, const ReportDefinition &definition, bool shared);
    static Status rename(Database &db, const QString &id, const QString &newName);
    static Result<QString> duplicate(Database &db, const QString &id, const QString &newName);
    static Status remove(Database &db, const QString &id);

    // Checks every saved report (of every user) against the current metadata and stores the
    // problems found (or clears them) in one transaction. Returns how many reports are flagged.
    static Result<int> validate(Database &db);

    // Runs a saved report: refused with its problems unless options.dropBroken; stamps last_run_at
    // with now (UTC; invalid = the current time).
    static Result<ReportResult> run(Database &db, const SavedReport &report, ReportRunOptions options,
                                    const QDateTime &now = QDateTime());
};

} // namespace trato
