// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <functional>

namespace trato {

class Database;

// RFC 5545 iCalendar export and import of activities, with libical.
//
// Export: calls, meetings and visits become VEVENTs, tasks VTODOs (DUE, STATUS, PRIORITY,
// COMPLETED). UID is the activity's ical_uid (when it came from another calendar) or its id.
// Times are written in UTC, all-day items as VALUE=DATE; X-TRATO-KIND and X-TRATO-STATUS keep
// what iCalendar has no word for, so a round trip gives the same activities back.
//
// Import: VEVENT and VTODO, times with TZID resolved through the file's VTIMEZONE blocks or
// libical's zone database (Europe/Madrid...), all-day events, RRULE (with EXDATE) expanded into
// one activity per occurrence up to a cap, re-import updates by UID instead of duplicating. The
// whole file is one transaction: any error (broken line, missing END, unknown component, bad
// date) names the file and line and writes nothing.
class ICalendar
{
    Q_DECLARE_TR_FUNCTIONS(trato::ICalendar)
public:
    struct ExportFilter
    {
        QDateTime from;      // invalid: no lower bound (items ending at or after from)
        QDateTime to;        // invalid: no upper bound (items starting before to)
        QStringList owners;  // empty: everybody
        QStringList kinds;   // empty: every kind
    };
    struct ExportResult
    {
        QByteArray text;
        int events = 0;
        int todos = 0;
    };
    // now: the DTSTAMP.
    static Result<ExportResult> exportActivities(Database &db, const ExportFilter &filter, const QDateTime &now);
    static Result<ExportResult> exportToFile(Database &db, const QString &path, const ExportFilter &filter,
                                             const QDateTime &now);

    struct ImportOptions
    {
        bool dryRun = false;           // check and count, then roll back
        bool skipUnknown = false;      // unknown components are reported and skipped, not refused
        int maxOccurrences = 366;      // per recurring item
        QString fileName;              // for messages ("file.ics:12: ...")
        // Called now and then with (items done, items in total); returns false to cancel.
        std::function<bool(int, int)> progress;
    };
    struct ImportReport
    {
        int created = 0;
        int updated = 0;
        int events = 0;        // VEVENTs read (before expansion)
        int todos = 0;
        int occurrences = 0;   // activities made from RRULEs beyond the first
        QStringList notes;     // skipped components, capped recurrences
    };
    static Result<ImportReport> importData(Database &db, const QByteArray &data, const ImportOptions &options);
    static Result<ImportReport> importFile(Database &db, const QString &path, ImportOptions options);
};

} // namespace trato
