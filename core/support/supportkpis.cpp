// SPDX-License-Identifier: GPL-3.0-or-later
#include "supportkpis.h"

#include "../activities/userprofiles.h"
#include "../store/database.h"
#include "../store/sqlite.h"

#include <QCollator>
#include <QMap>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>

namespace trato {

namespace {

QString iso(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toString(Qt::ISODate);
}

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// One period's figures per owner ("" = no owner).
Result<QMap<QString, SupportKpiRow>> bucket(Database &db, const QDate &from, const QDate &to, const QDateTime &now)
{
    QMap<QString, SupportKpiRow> rows;
    const QString start = iso(from);
    const QString end = iso(to.addDays(1));
    const QSqlDatabase conn = db.connection();
    auto owner = [](const QSqlQuery &q) { return q.value(0).isNull() ? QString() : q.value(0).toString(); };
    const QString secs = QStringLiteral("CAST(strftime('%s', %1) AS INTEGER) - CAST(strftime('%s', %2) AS INTEGER)");

    // Opened in the period, and the first response time of those answered (opened_at index).
    auto opened = Sql::exec(conn, QStringLiteral("SELECT owner, %1 FROM ticket WHERE opened_at >= ? AND opened_at < ? AND +deleted = 0")
                                      .arg(secs.arg(QStringLiteral("first_response_at"), QStringLiteral("opened_at"))),
                            {start, end});
    if (!opened)
        return opened.error();
    for (QSqlQuery &q = opened.value(); q.next();) {
        SupportKpiRow &r = rows[owner(q)];
        ++r.opened;
        if (!q.value(1).isNull())
            r.firstResponseSeconds << std::max<qint64>(0, q.value(1).toLongLong());
    }
    // Resolved in the period, resolution time and reopens (resolved_at index).
    auto resolved = Sql::exec(conn, QStringLiteral("SELECT owner, %1, coalesce(reopen_count, 0) FROM ticket "
                                                   "WHERE resolved_at >= ? AND resolved_at < ? AND +deleted = 0")
                                        .arg(secs.arg(QStringLiteral("resolved_at"), QStringLiteral("opened_at"))),
                              {start, end});
    if (!resolved)
        return resolved.error();
    for (QSqlQuery &q = resolved.value(); q.next();) {
        SupportKpiRow &r = rows[owner(q)];
        ++r.resolved;
        if (!q.value(1).isNull())
            r.resolutionSeconds << std::max<qint64>(0, q.value(1).toLongLong());
        if (q.value(2).toLongLong() > 0)
            ++r.reopened;
    }
    // Backlog at the end of the period: opened before it and neither resolved nor closed by then.
    auto backlog = Sql::exec(conn, QStringLiteral("SELECT owner, count(*) FROM ticket WHERE opened_at < ? "
                                                  "AND (resolved_at IS NULL OR resolved_at >= ?) AND (closed_at IS NULL OR closed_at >= ?) "
                                                  "AND +deleted = 0 GROUP BY owner"),
                             {end, end, end});
    if (!backlog)
        return backlog.error();
    for (QSqlQuery &q = backlog.value(); q.next();)
        rows[owner(q)].backlog += q.value(1).toLongLong();
    // SLA compliance: resolution due in the period and already decided (resolution_due index).
    auto sla = Sql::exec(conn, QStringLiteral("SELECT t.owner, t.resolved_at IS NOT NULL AND t.resolved_at <= t.resolution_due "
                                              "AND NOT EXISTS (SELECT 1 FROM sla_breach b WHERE b.ticket = t.id AND b.deleted = 0), "
                                              "t.resolved_at IS NOT NULL OR t.resolution_due < ? "
                                              "FROM ticket t WHERE t.resolution_due >= ? AND t.resolution_due < ? AND +t.deleted = 0"),
                         {isoTime(now), start, end});
    if (!sla)
        return sla.error();
    for (QSqlQuery &q = sla.value(); q.next();) {
        if (q.value(2).toInt() != 1)
            continue;
        SupportKpiRow &r = rows[owner(q)];
        ++r.slaDue;
        if (q.value(1).toInt() == 1)
            ++r.slaMet;
    }
    // Breaches recorded in the period, by the ticket's agent (breached_at index).
    auto breaches = Sql::exec(conn, QStringLiteral("SELECT t.owner, count(*) FROM sla_breach b JOIN ticket t ON t.id = b.ticket "
                                                   "WHERE b.breached_at >= ? AND b.breached_at < ? AND b.deleted = 0 GROUP BY t.owner"),
                              {start, end});
    if (!breaches)
        return breaches.error();
    for (QSqlQuery &q = breaches.value(); q.next();)
        rows[owner(q)].breaches += q.value(1).toLongLong();
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        it.value().key = it.key();
        it.value().from = from;
        it.value().to = to;
    }
    return rows;
}

SupportKpiRow merged(const QMap<QString, SupportKpiRow> &rows, const QDate &from, const QDate &to)
{
    SupportKpiRow total;
    total.from = from;
    total.to = to;
    for (const SupportKpiRow &r : rows) {
        total.add(r);
        total.backlog += r.backlog;
    }
    return total;
}

QString hours(const std::optional<double> &h)
{
    return h ? QString::number(*h, 'f', 2) : QString();
}

QString percent(const std::optional<double> &ratio)
{
    return ratio ? QString::number(*ratio * 100.0, 'f', 1) : QString();
}

} // namespace

std::optional<double> SupportKpiRow::averageHours(const QList<qint64> &seconds)
{
    if (seconds.isEmpty())
        return std::nullopt;
    const qint64 sum = std::accumulate(seconds.cbegin(), seconds.cend(), qint64(0));
    return double(sum) / double(seconds.size()) / 3600.0;
}

std::optional<double> SupportKpiRow::medianHours(QList<qint64> seconds)
{
    if (seconds.isEmpty())
        return std::nullopt;
    std::sort(seconds.begin(), seconds.end());
    const qsizetype n = seconds.size();
    const qint64 twice = n % 2 ? 2 * seconds.at(n / 2) : seconds.at(n / 2 - 1) + seconds.at(n / 2);
    return double(twice) / 2.0 / 3600.0;
}

std::optional<double> SupportKpiRow::reopenRate() const
{
    if (resolved == 0)
        return std::nullopt;
    return double(reopened) / double(resolved);
}

std::optional<double> SupportKpiRow::slaCompliance() const
{
    if (slaDue == 0)
        return std::nullopt;
    return double(slaMet) / double(slaDue);
}

void SupportKpiRow::add(const SupportKpiRow &o)
{
    opened += o.opened;
    resolved += o.resolved;
    reopened += o.reopened;
    slaDue += o.slaDue;
    slaMet += o.slaMet;
    breaches += o.breaches;
    firstResponseSeconds << o.firstResponseSeconds;
    resolutionSeconds << o.resolutionSeconds;
}

QString SupportKpis::byKey(SupportKpiOptions::By by)
{
    switch (by) {
    case SupportKpiOptions::By::Agent:
        return QStringLiteral("agent");
    case SupportKpiOptions::By::Week:
        return QStringLiteral("week");
    case SupportKpiOptions::By::Month:
        return QStringLiteral("month");
    }
    return {};
}

std::optional<SupportKpiOptions::By> SupportKpis::byFromKey(const QString &key)
{
    for (auto by : {SupportKpiOptions::By::Agent, SupportKpiOptions::By::Week, SupportKpiOptions::By::Month})
        if (byKey(by) == key.trimmed().toLower())
            return by;
    return std::nullopt;
}

Result<SupportKpiReport> SupportKpis::compute(Database &db, const SupportKpiOptions &options)
{
    SupportKpiReport report;
    report.options = options;
    if (!report.options.now.isValid())
        report.options.now = QDateTime::currentDateTimeUtc();
    const QDate from = options.from;
    const QDate to = options.to;
    if (!from.isValid() || !to.isValid())
        return Error::badInput(tr("The period needs a first and a last day"));
    if (to < from)
        return Error::badInput(tr("The period ends (%1) before it starts (%2)").arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    if (from.daysTo(to) > 3660)
        return Error::badInput(tr("The period is longer than ten years"));
    const QDateTime now = report.options.now;

    auto whole = bucket(db, from, to, now);
    if (!whole)
        return whole.error();
    report.total = merged(whole.value(), from, to);
    report.total.label = tr("Total");

    if (options.by == SupportKpiOptions::By::Agent) {
        UserProfiles profiles(db);
        for (SupportKpiRow r : whole.value()) {
            r.label = r.key.isEmpty() ? tr("(unassigned)") : profiles.profile(r.key).displayName;
            report.rows << r;
        }
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(report.rows.begin(), report.rows.end(), [&](const SupportKpiRow &a, const SupportKpiRow &b) {
            if (a.key.isEmpty() != b.key.isEmpty())
                return b.key.isEmpty(); // unassigned last
            return collator.compare(a.label, b.label) < 0;
        });
        return report;
    }
    for (QDate start = from; start <= to;) {
        QDate end;
        QString key;
        if (options.by == SupportKpiOptions::By::Week) {
            end = start.addDays(7 - start.dayOfWeek()); // the Sunday of start's ISO week
            int year = 0;
            const int week = start.weekNumber(&year);
            key = QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
        } else {
            end = QDate(start.year(), start.month(), start.daysInMonth());
            key = start.toString(QStringLiteral("yyyy-MM"));
        }
        if (end > to)
            end = to;
        auto part = bucket(db, start, end, now);
        if (!part)
            return part.error();
        SupportKpiRow r = merged(part.value(), start, end);
        r.key = key;
        r.label = key;
        report.rows << r;
        start = end.addDays(1);
    }
    return report;
}

QStringList SupportKpis::columnKeys(SupportKpiOptions::By by)
{
    return {by == SupportKpiOptions::By::Agent ? QStringLiteral("agent") : QStringLiteral("period"),
            QStringLiteral("opened"), QStringLiteral("resolved"), QStringLiteral("backlog"),
            QStringLiteral("first_response_avg_h"), QStringLiteral("first_response_median_h"),
            QStringLiteral("resolution_avg_h"), QStringLiteral("resolution_median_h"),
            QStringLiteral("reopen_rate_pct"), QStringLiteral("sla_met"), QStringLiteral("sla_due"),
            QStringLiteral("sla_compliance_pct"), QStringLiteral("breaches")};
}

ReportTable SupportKpis::toTable(const SupportKpiReport &report)
{
    ReportTable t;
    t.title = tr("Support KPIs");
    t.filters = tr("%1 to %2 · by %3")
                    .arg(report.options.from.toString(Qt::ISODate), report.options.to.toString(Qt::ISODate),
                         report.options.by == SupportKpiOptions::By::Agent ? tr("agent")
                         : report.options.by == SupportKpiOptions::By::Week ? tr("week")
                                                                             : tr("month"));
    t.date = report.options.to;
    t.headers = {report.options.by == SupportKpiOptions::By::Agent ? tr("Agent") : tr("Period"),
                 tr("Opened"), tr("Resolved"), tr("Backlog at end"),
                 tr("First response avg (h)"), tr("First response median (h)"),
                 tr("Resolution avg (h)"), tr("Resolution median (h)"),
                 tr("Reopen rate (%)"), tr("SLA met"), tr("SLA due"), tr("SLA compliance (%)"), tr("Breaches")};
    t.numeric = {false, true, true, true, true, true, true, true, true, true, true, true, true};
    auto cells = [](const SupportKpiRow &r) {
        return QStringList{r.label, QString::number(r.opened), QString::number(r.resolved), QString::number(r.backlog),
                           hours(SupportKpiRow::averageHours(r.firstResponseSeconds)),
                           hours(SupportKpiRow::medianHours(r.firstResponseSeconds)),
                           hours(SupportKpiRow::averageHours(r.resolutionSeconds)),
                           hours(SupportKpiRow::medianHours(r.resolutionSeconds)),
                           percent(r.reopenRate()), QString::number(r.slaMet), QString::number(r.slaDue),
                           percent(r.slaCompliance()), QString::number(r.breaches)};
    };
    for (const SupportKpiRow &r : report.rows) {
        t.rows << cells(r);
        t.rowEntities << QString();
        t.rowIds << QString();
    }
    t.totals = cells(report.total);
    return t;
}

} // namespace trato
