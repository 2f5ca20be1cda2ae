// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/reporttable.h"
#include "../util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace trato {

class Database;

struct SupportKpiOptions
{
    enum class By { Agent, Week, Month };
    QDate from;             // first day (UTC), inclusive
    QDate to;               // last day (UTC), inclusive
    By by = By::Agent;
    QDateTime now;          // decides which due times are already decided (injectable); invalid: now
};

// The figures of one row (an agent over the period, or one week or month over all agents).
// Exact definitions: docs/SUPPORT.md "## Queues and KPIs".
struct SupportKpiRow
{
    QString key;            // agent user name ("" = unassigned), or "2026-W47" / "2026-11"
    QString label;          // display name, or the period's key
    QDate from, to;         // the row's days (inclusive)
    qint64 opened = 0;      // opened_at in the period
    qint64 resolved = 0;    // resolved_at in the period
    qint64 backlog = 0;     // open at the end of the period
    qint64 reopened = 0;    // resolved in the period and reopened at least once (reopen_count > 0)
    qint64 slaDue = 0;      // resolution due in the period and decided (resolved, or the due time passed)
    qint64 slaMet = 0;      // of those: resolved by the due time and without any sla_breach row
    qint64 breaches = 0;    // sla_breach rows with breached_at in the period
    QList<qint64> firstResponseSeconds; // per ticket opened in the period and answered: wall-clock seconds
    QList<qint64> resolutionSeconds;    // per ticket resolved in the period: opened_at -> resolved_at

    static std::optional<double> averageHours(const QList<qint64> &seconds);
    static std::optional<double> medianHours(QList<qint64> seconds);
    std::optional<double> reopenRate() const;      // reopened / resolved
    std::optional<double> slaCompliance() const;   // slaMet / slaDue
    void add(const SupportKpiRow &other);          // sums and joins the duration lists (not backlog)
};

struct SupportKpiReport
{
    SupportKpiOptions options;
    QList<SupportKpiRow> rows;
    SupportKpiRow total;    // the whole period over every agent
};

// Support KPIs (seed 004), computed in SQL over indexed columns (opened_at, resolved_at,
// resolution_due, sla_breach.breached_at), durations in integer seconds by SQLite's strftime('%s').
// Times are wall-clock: business-hours durations belong to the SLA part (see docs/SUPPORT.md).
class SupportKpis
{
    Q_DECLARE_TR_FUNCTIONS(trato::SupportKpis)
public:
    static Result<SupportKpiReport> compute(Database &db, const SupportKpiOptions &options);
    // Table, CSV and PDF form: one row per agent or period, then the totals row.
    static ReportTable toTable(const SupportKpiReport &report);
    // Machine keys of toTable()'s columns (CSV header, JSON keys).
    static QStringList columnKeys(SupportKpiOptions::By by);
    static QString byKey(SupportKpiOptions::By by);
    static std::optional<SupportKpiOptions::By> byFromKey(const QString &key);
};

} // namespace trato
