// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/reportdefinition.h"
#include "util/reporttable.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <functional>

namespace trato {

class Database;

struct ReportRunOptions
{
    QDate today;                 // "today" for relative periods (invalid: the current date)
    QString period;              // non-empty: replaces the value of every "period" filter
    QLocale locale;              // how values are shown
    bool plainValues = false;    // locale-independent values (ISO dates, "1234.50"): CSV, the CLI
    bool dropBroken = false;     // run without broken references instead of refusing
    QString title;               // the table's title (default: the entity's plural label)
    // Called every 1,000 rows with the rows read so far; return false to cancel.
    std::function<bool(qint64)> progress;
};

struct ReportChartPoint
{
    QString label;
    double value = 0;
};

struct ReportResult
{
    ReportTable table;             // data rows, group headers and subtotals (ReportTable::rowKinds), totals
    qint64 dataRows = 0;
    QList<ReportChartPoint> chart; // one point per group of the first grouping
    QString chartMeasure;          // what the points measure ("Total · sum", "Rows")
    QString chartType;             // the definition's chart type
};

// Runs a report definition into a ReportTable: one SELECT over the base entity with LEFT JOINs for
// related columns (aliases from the metadata), filters as bound parameters (related ones as
// IN (SELECT id ...) subqueries), ordered by the groups then the sort, read once forward-only
// while group headers, subtotals (sum/avg/count per column) and the grand totals are emitted as the
// group keys change. The rows are held once, in the table. Thread-safe for a worker: it uses the
// calling thread's connection.
class ReportEngine
{
    Q_DECLARE_TR_FUNCTIONS(trato::ReportEngine)
public:
    static Result<ReportResult> run(Database &db, const ReportDefinition &definition, const ReportRunOptions &options = {});
    // Writes the table as CSV (RFC 4180, UTF-8, CRLF, header line, totals last) streaming row by
    // row into a QSaveFile, so a large report is never held a second time as one text; the file
    // appears only when complete.
    static Status writeCsv(const ReportTable &table, const QString &path);
    // The group key of a date value: "2026-03", "2026-Q1", "2026".
    static QString dateBucket(const QString &isoValue, const QString &by);
};

} // namespace trato
