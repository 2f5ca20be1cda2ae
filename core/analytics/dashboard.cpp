// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard.h"

#include "../activities/supervisorstats.h"
#include "../inventory/replenishment.h"
#include "../marketing/campaignservice.h"
#include "../sales/forecast.h"
#include "../sales/pipelineboard.h"
#include "../store/database.h"
#include "../store/recordstore.h"
#include "../store/sqlite.h"
#include "../store/transaction.h"
#include "../support/supportkpis.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace trato {

namespace {

QString S(const char *s) { return QString::fromUtf8(s); }

// Invoices count as sales once issued (draft and cancelled ones do not); credit notes once issued.
const char *kSoldInvoice = "status IN ('issued', 'partially_paid', 'paid', 'overdue')";
// The same as list conditions (status is neither draft nor cancelled), which `list --where` can say.
QList<Condition> soldConditions();

QString iso(const QDate &d) { return d.toString(Qt::ISODate); }

Condition cond(const QString &field, Condition::Op op, const QVariant &value)
{
    Condition c;
    c.field = field;
    c.op = op;
    c.value = value;
    return c;
}

QList<Condition> soldConditions()
{
    return {cond(S("status"), Condition::NotEquals, S("draft")), cond(S("status"), Condition::NotEquals, S("cancelled"))};
}

ListQuery drillQuery(const QString &entity, const QList<Condition> &conditions)
{
    ListQuery q;
    q.entity = entity;
    q.conditions = conditions;
    return q;
}

QList<Condition> dateBetween(const QString &field, const QDate &from, const QDate &to)
{
    return {cond(field, Condition::GreaterOrEqual, iso(from)), cond(field, Condition::LessOrEqual, iso(to))};
}

QList<Condition> timeBetween(const QString &field, const DateRange &r)
{
    return {cond(field, Condition::GreaterOrEqual, r.startIso()), cond(field, Condition::Less, r.endIsoExclusive())};
}

// The months a range touches, as (first day, last day) clipped to the range.
QList<DateRange> monthsOf(const DateRange &r)
{
    QList<DateRange> out;
    for (QDate m(r.from.year(), r.from.month(), 1); m <= r.to; m = m.addMonths(1))
        out << DateRange{qMax(m, r.from), qMin(m.addMonths(1).addDays(-1), r.to)};
    return out;
}

QString monthLabel(const QDate &d) { return QLocale().toString(d, QStringLiteral("MMM yyyy")); }

Result<QSqlQuery> run(Database &db, const QString &sql, const QVariantList &params)
{
    return Sql::exec(db.connection(), sql, params);
}

QHash<QString, QString> displayNames(Database &db)
{
    QHash<QString, QString> names;
    auto team = SupervisorStats::team(db);
    if (team)
        for (const auto &m : team.value())
            names.insert(m.name, m.displayName);
    return names;
}

// ---- the widgets ---------------------------------------------------------------------------

Status pipeline(Database &db, const DashboardOptions &, DashboardWidgetData &w)
{
    PipelineBoardQuery q;
    q.cardLimit = 0;
    auto board = PipelineBoard::load(db, q);
    if (!board)
        return board.error();
    w.unit = DashboardUnit::Money;
    w.series = {DashboardWidgets::tr("Amount"), DashboardWidgets::tr("Opportunities")};
    for (const auto &col : board.value().columns) {
        if (col.stage.outcome != QLatin1String("open"))
            continue;
        DashboardPoint p;
        p.key = col.stage.id;
        p.label = col.stage.name;
        p.values = {col.amount, col.count};
        p.drill = drillQuery(S("opportunity"), {cond(S("stage"), Condition::Equals, col.stage.id),
                                                 cond(S("status"), Condition::Equals, S("open"))});
        w.points << p;
        w.figure += col.amount;
    }
    w.figureUnit = DashboardUnit::Money;
    w.figureLabel = DashboardWidgets::tr("Open pipeline, %1").arg(board.value().pipeline.name);
    return {};
}

Status funnel(Database &db, const DashboardOptions &o, DashboardWidgetData &w)
{
    // Every opportunity that reached a stage at least once is counted there: the open ones at or
    // past it plus the won ones (the current stage stands for the furthest reached).
    if (auto s = pipeline(db, o, w); !s)
        return s;
    w.unit = DashboardUnit::Count;
    w.series = {DashboardWidgets::tr("Opportunities")};
    qint64 wonCount = 0;
    if (auto q = run(db, S("SELECT count(*) FROM opportunity WHERE deleted = 0 AND status = 'won' "
                           "AND pipeline = (SELECT pipeline FROM pipeline_stage WHERE id = ?)"),
                     {w.points.isEmpty() ? QString() : w.points.first().key});
        q && q.value().next())
        wonCount = q.value().value(0).toLongLong();
    qint64 cumulative = wonCount;
    for (int i = int(w.points.size()) - 1; i >= 0; --i) {
        cumulative += w.points[i].values.value(1);
        w.points[i].values = {cumulative};
    }
    w.figure = w.points.isEmpty() ? 0 : w.points.first().values.first();
    w.figureUnit = DashboardUnit::Count;
    w.figureLabel = DashboardWidgets::tr("In the funnel (open and won)");
    return {};
}

Status forecastTarget(Database &db, const DashboardOptions &o, DashboardWidgetData &w)
{
    ForecastQuery q;
    q.from = o.range.from;
    q.to = o.range.to;
    auto f = Forecast::compute(db, q);
    if (!f)
        return f.error();
    // Company targets (no salesperson) by month; quarterly and yearly ones spread evenly over
    // their months (rounded down, the remainder on the last month: the sum stays exact).
    QMap<QString, qint64> targets;
    auto t = run(db, S("SELECT period_start, period, amount FROM sales_target WHERE deleted = 0 "
                       "AND coalesce(salesperson, '') = '' AND period_start <= ? AND period_start >= ?"),
                 {iso(f.value().to), iso(f.value().from.addYears(-1))});
    if (!t)
        return t.error();
    bool anyTarget = false;
    while (t.value().next()) {
        const QDate start = QDate::fromString(t.value().value(0).toString(), Qt::ISODate);
        const QString kind = t.value().value(1).toString();
        const qint64 amount = t.value().value(2).toLongLong();
        if (!start.isValid())
            continue;
        const int months = kind == QLatin1String("year") ? 12 : kind == QLatin1String("quarter") ? 3 : 1;
        const QDate first(start.year(), start.month(), 1);
        for (int i = 0; i < months; ++i) {
            const qint64 share = i == months - 1 ? amount - (amount / months) * (months - 1) : amount / months;
            targets[first.addMonths(i).toString(QStringLiteral("yyyy-MM"))] += share;
        }
    }
    w.unit = DashboardUnit::Money;
    w.series = {DashboardWidgets::tr("Forecast (weighted)"), DashboardWidgets::tr("Target"), DashboardWidgets::tr("Won")};
    w.timeSeries = true;
    qint64 targetTotal = 0;
    for (const auto &row : f.value().rows) {
        const QDate m = Forecast::parseMonth(row.key);
        DashboardPoint p;
        p.key = row.key;
        p.label = monthLabel(m);
        const qint64 target = targets.value(row.key);
        anyTarget = anyTarget || targets.contains(row.key);
        targetTotal += target;
        p.values = {row.weighted, target, row.won};
        QList<Condition> c = dateBetween(S("expected_close"), m, m.addMonths(1).addDays(-1));
        c << cond(S("status"), Condition::NotEquals, S("lost")); // open or won, as `list --where` can say it
        p.drill = drillQuery(S("opportunity"), c);
        w.points << p;
    }
    w.figure = f.value().total.weighted;
    w.figureUnit = DashboardUnit::Money;
    w.figureLabel = anyTarget ? DashboardWidgets::tr("Forecast; target %1").arg(DashboardWidgets::format(targetTotal, DashboardUnit::Money))
                              : DashboardWidgets::tr("Forecast (weighted)");
    if (!anyTarget)
        w.note = DashboardWidgets::tr("No company sales target for these months (add a sales target).");
    return {};
}

// Net sales (total - tax) of issued invoices minus issued credit notes, by document date.
Status salesMonth(Database &db, const DashboardOptions &o, DashboardWidgetData &w)
{
    QMap<QString, qint64> byMonth;
    const QString sql = S("SELECT substr(%1, 1, 7), coalesce(sum(coalesce(total, 0) - coalesce(tax_total, 0)), 0) FROM %2 "
                          "WHERE deleted = 0 AND %1 BETWEEN ? AND ? AND %3 GROUP BY 1");
    auto inv = run(db, sql.arg(S("invoice_date"), S("invoice"), S(kSoldInvoice)), {iso(o.range.from), iso(o.range.to)});
    if (!inv)
        return inv.error();
    while (inv.value().next())
        byMonth[inv.value().value(0).toString()] += inv.value().value(1).toLongLong();
    auto cn = run(db, sql.arg(S("credit_date"), S("credit_note"), S("status = 'issued'")), {iso(o.range.from), iso(o.range.to)});
    if (!cn)
        return cn.error();
    while (cn.value().next())
        byMonth[cn.value().value(0).toString()] -= cn.value().value(1).toLongLong();
    w.unit = DashboardUnit::Money;
    w.series = {DashboardWidgets::tr("Net sales")};
    w.timeSeries = true;
    for (const DateRange &m : monthsOf(o.range)) {
        DashboardPoint p;
        p.key = m.from.toString(QStringLiteral("yyyy-MM"));
        p.label = monthLabel(m.from);
        p.values = {byMonth.value(p.key)};
        QList<Condition> c = dateBetween(S("invoice_date"), m.from, m.to);
        c << soldConditions();
        p.drill = drillQuery(S("invoice"), c);
        w.points << p;
        w.figure += p.values.first();
    }
    w.figureUnit = DashboardUnit::Money;
    w.figureLabel = DashboardWidgets::tr("Net sales in the period");
    return {};
}

Status salesOwner(Database &db, const DashboardOptions &o, DashboardWidgetData &w)
{
    QMap<QString, qint64> byOwner;
    const QString sql = S("SELECT coalesce(owner, ''), coalesce(sum(coalesce(total, 0) - coalesce(tax_total, 0)), 0) FROM %2 "
                          "WHERE deleted = 0 AND %1 BETWEEN ? AND ? AND %3 GROUP BY 1");
    auto inv = run(db, sql.arg(S("invoice_date"), S("invoice"), S(kSoldInvoice)), {iso(o.range.from), iso(o.range.to)});
    if (!inv)
        return inv.error();
    while (inv.value().next())
        byOwner[inv.value().value(0).toString()] += inv.value().value(1).toLongLong();
    // A credit note takes from the salesperson of the invoice it corrects.
    auto cn = run(db, S("SELECT coalesce((SELECT i.owner FROM invoice i WHERE i.id = c.invoice), c.owner, ''), "
                        "coalesce(sum(coalesce(c.total, 0) - coalesce(c.tax_total, 0)), 0) FROM credit_note c "
                        "WHERE c.deleted = 0 AND c.credit_date BETWEEN ? AND ? AND c.status = 'issued' GROUP BY 1"),
                  {iso(o.range.from), iso(o.range.to)});
    if (!cn)
        return cn.error();
    while (cn.value().next())
        byOwner[cn.value().value(0).toString()] -= cn.value().value(1).toLongLong();
    QList<QPair<QString, qint64>> rows;
    for (auto it = byOwner.cbegin(); it != byOwner.cend(); ++it)
        rows << qMakePair(it.key(), it.value());
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    const auto names = displayNames(db);
    w.unit = DashboardUnit::Money;
    w.series = {DashboardWidgets::tr("Net sales")};
    for (const auto &r : std::as_const(rows)) {
        w.figure += r.second;
        if (w.points.size() >= o.topN)
            continue;
        DashboardPoint p;
        p.key = r.first;
        p.label = r.first.isEmpty() ? DashboardWidgets::tr("(nobody)") : names.value(r.first, r.first);
        p.values = {r.second};
        QList<Condition> c = dateBetween(S("invoice_date"), o.range.from, o.range.to);
        c << soldConditions();
        c << (r.first.isEmpty() ? cond(S("owner"), Condition::IsEmpty, QVariant()) : cond(S("owner"), Condition::Equals, r.first));
        p.drill = drillQuery(S("invoice"), c);
        w.points << p;
    }
    w.figureUnit = DashboardUnit::Money;
    w.figureLabel = DashboardWidgets::tr("Net sales in the period");
    return {};
}

Status salesProduct(Database &db, const DashboardOptions &o, DashboardWidgetData &w)
{
    // Line nets of issued invoices minus those of issued credit notes, per product.
    QMap<QString, qint64> byProduct;
    QMap<QString, QString> names;
    const QString sql = S("SELECT l.product, max(p.name), coalesce(sum(coalesce(l.net, 0)), 0) FROM %2 d "
                          "JOIN sales_line l ON l.%2 = d.id AND l.deleted = 0 LEFT JOIN product p ON p.id = l.product "
                          "WHERE d.deleted = 0 AND d.%1 BETWEEN ? AND ? AND d.%3 AND l.product IS NOT NULL GROUP BY 1");
    auto inv = run(db, sql.arg(S("invoice_date"), S("invoice"), S(kSoldInvoice)), {iso(o.range.from), iso(o.range.to)});
    if (!inv)
        return inv.error();
    while (inv.value().next()) {
        byProduct[inv.value().value(0).toString()] += inv.value().value(2).toLongLong();
        names[inv.value().value(0).toString()] = inv.value().value(1).toString();
    }
    auto cn = run(db, sql.arg(S("credit_date"), S("credit_note"), S("status = 'issued'")), {iso(o.range.from), iso(o.range.to)});
    if (!cn)
        return cn.error();
    while (cn.value().next()) {
        byProduct[cn.value().value(0).toString()] -= cn.value().value(2).toLongLong();
        names[cn.value().value(0).toString()] = cn.value().value(1).toString();
    }
    QList<QPair<QString, qint64>> rows;
    for (auto it = byProduct.cbegin(); it != byProduct.cend(); ++it)
        rows << qMakePair(it.key(), it.value());
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    w.unit = DashboardUnit::Money;
    w.series = {DashboardWidgets::tr("Net sales")};
    for (const auto &r : std::as_const(rows)) {
        w.figure += r.second;
        if (w.points.size() >= o.topN)
            continue;
        DashboardPoint p;
        p.key = r.first;
        p.label = names.value(r.first);
        p.values = {r.second};
        // The invoices of the period with a line of this product.
        QStringList ids;
        auto q = run(db, S("SELECT DISTINCT d.id FROM invoice d JOIN sales_line l ON l.invoice = d.id AND l.deleted = 0 "
                           "WHERE d.deleted = 0 AND d.invoice_date BETWEEN ? AND ? AND d.%1 AND l.product = ? LIMIT 1000").arg(S(kSoldInvoice)),
                     {iso(o.range.from), iso(o.range.to), r.first});
        if (!q)
            return q.error();
        while (q.value().next())
            ids << q.value().value(0).toString();
        p.drill = drillQuery(S("invoice"), {cond(S("id"), Condition::In, ids)});
        w.points << p;
    }
    w.figureUnit = DashboardUnit::Money;
    w.figureLabel = DashboardWidgets::tr("Product sales in the period");
    return {};
}

Status leadsSource(Database &db, const DashboardOptions &o, DashboardWidgetData &w)
{
    auto q = run(db, S("SELECT coalesce(source, ''), count(*), count(CASE WHEN status = 'converted' THEN 1 END) FROM lead "
                       "WHERE deleted = 0 AND created_at >= ? AND created_at < ? GROUP BY 1 ORDER BY 2 DESC, 1"),
                 {o.range.startIso(), o.range.endIsoExclusive()});
    if (!q)
        return q.error();
    const Entity *lead = db.registry()->entity(S("lead"));
    const Field *source = lead ? lead->field(S("source")) : nullptr;
    w.unit = DashboardUnit::Count;
    w.series = {DashboardWidgets::tr("Leads"), DashboardWidgets::tr("Converted")};
    qint64 total = 0, converted = 0;
    while (q.value().next()) {
        DashboardPoint p;
        p.key = q.value().value(0).toString();
        p.label = p.key.isEmpty() ? DashboardWidgets::tr("(no source)")
                                  : (source ? source->optionLabel(p.key) : p.key);
        p.values = {q.value().value(1).toLongLong(), q.value().value(2).toLongLong()};
        total += p.values.at(0);
        converted += p.values.at(1);
        QList<Condition> c = timeBetween(S("created_at"), o.range);
        c << (p.key.isEmpty() ? cond(S("source"), Condition::IsEmpty, QVariant()) : cond(S("source"), Condition::Equals, p.key));
        p.drill = drillQuery(S("lead"), c);
        w.points << p;
    }
    // Conversion rate in hundredths of a percent, rounded half up.
    w.figure = total > 0 ? (converted * 10000 * 2 + total) / (2 * total) : 0;
    w.figureUnit = DashboardUnit::Percent;
    w.figureLabel = DashboardWidgets::tr("Conversion rate (%1 of %2 leads)").arg(converted).arg(total);
    return {};
}

Status campaignRoi(Database &db, const DashboardOptions &o, DashboardWidgetData &w)
{
    // Campaigns running in the period (start date on or before its end, no end or an end on or
    // after its start), with their ROI from CampaignService (won revenue against actual cost).
    auto q = run(db, S("SELECT id FROM campaign WHERE deleted = 0 AND start_date <= ? AND (end_date IS NULL OR end_date = '' OR end_date >= ?) "
                       "ORDER BY start_date DESC LIMIT 200"),
                 {iso(o.range.to), iso(o.range.from)});
    if (!q)
        return q.error();
    QStringList ids;
    while (q.value().next())
        ids << q.value().value(0).toString();
    CampaignService service(db);
    QList<CampaignStats> rows;
    for (const QString &id : std::as_const(ids)) {
        auto s = service.stats(id);
        if (!s)
            return s.error();
        rows << s.value();
    }
    std::stable_sort(rows.begin(), rows.end(), [](const CampaignStats &a, const CampaignStats &b) {
        return a.wonRevenueCents > b.wonRevenueCents;
    });
    w.unit = DashboardUnit::Money;
    w.series = {DashboardWidgets::tr("Won revenue"), DashboardWidgets::tr("Actual cost")};
    qint64 revenue = 0, cost = 0;
    for (const auto &s : std::as_const(rows)) {
        revenue += s.wonRevenueCents;
        cost += s.actualCostCents.value_or(0);
        if (w.points.size() >= o.topN)
            continue;
        DashboardPoint p;
        p.key = s.campaignId;
        p.label = s.roiPercent ? DashboardWidgets::tr("%1 (ROI %2 %)").arg(s.name, QLocale().toString(*s.roiPercent, 'f', 0)) : s.name;
        p.values = {s.wonRevenueCents, s.actualCostCents.value_or(0)};
        p.drill = drillQuery(S("opportunity"), {cond(S("campaign"), Condition::Equals, s.campaignId), cond(S("status"), Condition::Equals, S("won"))});
        w.points << p;
    }
    // Overall ROI of the period's campaigns in hundredths of a percent; 0 without any cost.
    w.figure = cost > 0 ? qint64(double(revenue - cost) * 10000.0 / double(cost) + (revenue >= cost ? 0.5 : -0.5)) : 0;
    w.figureUnit = DashboardUnit::Percent;
    w.figureLabel = cost > 0 ? DashboardWidgets::tr("Return on the campaigns' cost") : DashboardWidgets::tr("No campaign cost recorded");
    return {};
}

Status activitiesOperator(Database &db, const DashboardOptions &o, DashboardWidgetData &w)
{
    const QDateTime from = QDateTime(o.range.from, QTime(0, 0), Qt::UTC);
    const QDateTime to = QDateTime(o.range.to.addDays(1), QTime(0, 0), Qt::UTC);
    auto s = SupervisorStats::compute(db, from, to, o.now.isValid() ? o.now : QDateTime::currentDateTimeUtc());
    if (!s)
        return s.error();
    w.unit = DashboardUnit::Count;
    w.series = {DashboardWidgets::tr("Calls"), DashboardWidgets::tr("Meetings and visits"), DashboardWidgets::tr("Tasks")};
    for (const auto &u : s.value().users) {
        const qint64 done = u.callsMade + u.meetingsHeld + u.visitsHeld + u.tasksDone;
        if (done == 0)
            continue;
        w.figure += done;
        if (w.points.size() >= o.topN)
            continue;
        DashboardPoint p;
        p.key = u.user;
        p.label = u.displayName.isEmpty() ? u.user : u.displayName;
        p.values = {u.callsMade, u.meetingsHeld + u.visitsHeld, u.tasksDone};
        QList<Condition> c = timeBetween(S("completed_at"), o.range);
        c << cond(S("status"), Condition::Equals, S("completed"));
        c << (u.user.isEmpty() ? cond(S("owner"), Condition::IsEmpty, QVariant()) : cond(S("owner"), Condition::Equals, u.user));
        p.drill = drillQuery(S("activity"), c);
        w.points << p;
    }
    w.figureUnit = DashboardUnit::Count;
    w.figureLabel = DashboardWidgets::tr("Activities completed");
    return {};
}

Status tickets(Database &db, const DashboardOptions &o, DashboardWidgetData &w)
{
    SupportKpiOptions k;
    k.from = o.range.from;
    k.to = o.range.to;
    k.by = o.range.days() > 62 ? SupportKpiOptions::By::Month : SupportKpiOptions::By::Week;
    k.now = o.now;
    auto r = SupportKpis::compute(db, k);
    if (!r)
        return r.error();
    w.unit = DashboardUnit::Count;
    w.series = {DashboardWidgets::tr("Opened"), DashboardWidgets::tr("Resolved")};
    w.timeSeries = true;
    for (const auto &row : r.value().rows) {
        DashboardPoint p;
        p.key = row.key;
        p.label = row.label;
        p.values = {row.opened, row.resolved};
        const DateRange days{qMax(row.from, o.range.from), qMin(row.to, o.range.to)};
        p.drill = drillQuery(S("ticket"), timeBetween(S("opened_at"), days.isValid() ? days : o.range));
        w.points << p;
    }
    const auto compliance = r.value().total.slaCompliance();
    // SLA compliance in hundredths of a percent, rounded half up (met / due, docs/SUPPORT.md).
    if (compliance)
        w.figure = (r.value().total.slaMet * 10000 * 2 + r.value().total.slaDue) / (2 * r.value().total.slaDue);
    w.figureUnit = DashboardUnit::Percent;
    w.figureLabel = compliance ? DashboardWidgets::tr("SLA compliance (%1 of %2 due)").arg(r.value().total.slaMet).arg(r.value().total.slaDue)
                               : DashboardWidgets::tr("No SLA due in the period");
    return {};
}

Status stockAlerts(Database &db, const DashboardOptions &o, DashboardWidgetData &w)
{
    Replenishment rep(db);
    auto low = rep.lowStock();
    if (!low)
        return low.error();
    w.unit = DashboardUnit::Count;
    w.series = {DashboardWidgets::tr("Short of reorder level")};
    QStringList all;
    for (const auto &item : low.value()) {
        all << item.product;
        if (w.points.size() >= o.topN)
            continue;
        DashboardPoint p;
        p.key = item.product;
        p.label = item.name;
        // Units short of the reorder level (thousandths -> whole units, rounded up).
        const qint64 shortBy = qMax<qint64>(0, item.reorderLevel - item.projected);
        p.values = {(shortBy + 999) / 1000};
        p.drill = drillQuery(S("product"), {cond(S("id"), Condition::Equals, item.product)});
        w.points << p;
    }
    w.figure = low.value().size();
    w.figureUnit = DashboardUnit::Count;
    w.figureLabel = DashboardWidgets::tr("Products at or below their reorder level");
    Q_UNUSED(all)
    return {};
}

using Compute = Status (*)(Database &, const DashboardOptions &, DashboardWidgetData &);

struct WidgetDef
{
    const char *type;
    const char *title;
    const char *chart;
    Compute compute;
    bool periodic; // depends on the period (snapshots like the open pipeline do not)
};

const QList<WidgetDef> &defs()
{
    static const QList<WidgetDef> d{
        {"sales_month", QT_TRANSLATE_NOOP("trato::DashboardWidgets", "Sales per month"), "bar", salesMonth, true},
        {"forecast_target", QT_TRANSLATE_NOOP("trato::DashboardWidgets", "Forecast vs target"), "bar", forecastTarget, true},
        {"pipeline", QT_TRANSLATE_NOOP("trato::DashboardWidgets", "Pipeline by stage"), "bar", pipeline, false},
        {"funnel", QT_TRANSLATE_NOOP("trato::DashboardWidgets", "Sales funnel"), "funnel", funnel, false},
        {"sales_product", QT_TRANSLATE_NOOP("trato::DashboardWidgets", "Sales per product"), "bar", salesProduct, true},
        {"sales_owner", QT_TRANSLATE_NOOP("trato::DashboardWidgets", "Sales per salesperson"), "pie", salesOwner, true},
        {"leads_source", QT_TRANSLATE_NOOP("trato::DashboardWidgets", "Leads by source"), "bar", leadsSource, true},
        {"campaign_roi", QT_TRANSLATE_NOOP("trato::DashboardWidgets", "Campaign ROI"), "bar", campaignRoi, true},
        {"activities_operator", QT_TRANSLATE_NOOP("trato::DashboardWidgets", "Activities per operator"), "bar", activitiesOperator, true},
        {"tickets", QT_TRANSLATE_NOOP("trato::DashboardWidgets", "Tickets opened and resolved"), "line", tickets, true},
        {"stock_alerts", QT_TRANSLATE_NOOP("trato::DashboardWidgets", "Stock alerts"), "bar", stockAlerts, false},
    };
    return d;
}

const WidgetDef *def(const QString &type)
{
    for (const auto &d : defs())
        if (type == QLatin1String(d.type))
            return &d;
    return nullptr;
}

} // namespace

QStringList DashboardWidgets::types()
{
    QStringList out;
    for (const auto &d : defs())
        out << S(d.type);
    return out;
}

QString DashboardWidgets::title(const QString &type)
{
    const WidgetDef *d = def(type);
    return d ? tr(d->title) : type;
}

QString DashboardWidgets::defaultChart(const QString &type)
{
    const WidgetDef *d = def(type);
    return d ? S(d->chart) : S("bar");
}

QStringList DashboardWidgets::charts()
{
    return {S("bar"), S("line"), S("pie"), S("funnel")};
}

QString DashboardWidgets::format(qint64 value, DashboardUnit unit)
{
    switch (unit) {
    case DashboardUnit::Money: {
        const QString sign = value < 0 ? S("-") : QString();
        const qint64 a = value < 0 ? -value : value;
        return S("%1%2.%3").arg(sign).arg(a / 100).arg(a % 100, 2, 10, QLatin1Char('0'));
    }
    case DashboardUnit::Percent: {
        const QString sign = value < 0 ? S("-") : QString();
        const qint64 a = value < 0 ? -value : value;
        const qint64 tenths = (a + 5) / 10; // hundredths -> tenths, half up
        return S("%1%2.%3 %").arg(sign).arg(tenths / 10).arg(tenths % 10);
    }
    case DashboardUnit::Count:
        break;
    }
    return QString::number(value);
}

Result<DashboardWidgetData> DashboardWidgets::compute(Database &db, const QString &type, const DashboardOptions &options)
{
    const WidgetDef *d = def(type);
    if (!d)
        return Error::badInput(tr("There is no dashboard widget \"%1\". Widgets: %2.").arg(type, types().join(S(", "))));
    if (!options.range.isValid())
        return Error::badInput(tr("The dashboard's period is empty or invalid."));
    DashboardWidgetData w;
    w.type = type;
    w.title = tr(d->title);
    w.chart = S(d->chart);
    if (auto s = d->compute(db, options, w); !s)
        return s.error();
    if (options.compare && d->periodic) {
        DashboardOptions prev = options;
        prev.range = options.range.previous();
        prev.compare = false;
        prev.topN = 1000;
        DashboardWidgetData p;
        if (auto s = d->compute(db, prev, p); !s)
            return s.error();
        w.previousFigure = p.figure;
        QHash<QString, qint64> byKey;
        for (const auto &pt : std::as_const(p.points))
            byKey.insert(pt.key, pt.values.value(0));
        for (int i = 0; i < w.points.size(); ++i) {
            if (w.timeSeries)
                w.points[i].previous = i < p.points.size() ? p.points.at(i).values.value(0) : 0;
            else
                w.points[i].previous = byKey.value(w.points.at(i).key, 0);
        }
    }
    return w;
}

// ---- layout ----------------------------------------------------------------------------------

QJsonObject DashboardLayout::toJson() const
{
    QJsonArray list;
    for (const auto &w : widgets) {
        QJsonObject o{{S("type"), w.type}};
        if (!w.chart.isEmpty())
            o.insert(S("chart"), w.chart);
        list.append(o);
    }
    return QJsonObject{{S("version"), 1}, {S("widgets"), list}};
}

QString DashboardLayout::toText() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

Result<DashboardLayout> DashboardLayout::fromText(const QString &text)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &err);
    if (!doc.isObject())
        return Error::badInput(Dashboards::tr("The dashboard layout is not a JSON object: %1.").arg(err.errorString()));
    const QJsonValue list = doc.object().value(S("widgets"));
    if (!list.isArray())
        return Error::badInput(Dashboards::tr("The dashboard layout has no \"widgets\" list."));
    DashboardLayout layout;
    int i = 0;
    for (const QJsonValue &v : list.toArray()) {
        ++i;
        const QJsonObject o = v.toObject();
        DashboardWidgetSpec spec;
        spec.type = o.value(S("type")).toString();
        spec.chart = o.value(S("chart")).toString();
        if (spec.type.isEmpty())
            return Error::badInput(Dashboards::tr("Widget %1 of the dashboard layout has no type.").arg(i));
        if (!spec.chart.isEmpty() && !DashboardWidgets::charts().contains(spec.chart))
            return Error::badInput(Dashboards::tr("Widget %1 of the dashboard layout has an unknown chart \"%2\".").arg(i).arg(spec.chart));
        layout.widgets << spec;
    }
    return layout;
}

DashboardLayout DashboardLayout::defaults()
{
    DashboardLayout layout;
    for (const QString &t : DashboardWidgets::types())
        layout.widgets << DashboardWidgetSpec{t, QString()};
    return layout;
}

// ---- dashboards ------------------------------------------------------------------------------

namespace {

Result<DashboardInfo> fromRecord(const Record &r)
{
    DashboardInfo info;
    info.id = r.value(S("id")).toString();
    info.name = r.value(S("name")).toString();
    info.owner = r.value(S("owner")).toString();
    info.period = r.value(S("period")).toString();
    if (info.period.isEmpty())
        info.period = S("this_month");
    info.compare = r.value(S("compare_previous")).toBool();
    const QString widgets = r.value(S("widgets")).toString();
    if (widgets.trimmed().isEmpty()) {
        info.layout = DashboardLayout::defaults();
    } else {
        auto layout = DashboardLayout::fromText(widgets);
        if (!layout)
            return layout.error();
        info.layout = layout.value();
    }
    return info;
}

} // namespace

Result<DashboardInfo> Dashboards::openDefault(Database &db, const QString &user)
{
    const QString owner = user.isEmpty() ? db.user() : user;
    RecordStore store(db);
    ListQuery q;
    q.entity = S("dashboard");
    q.where << qMakePair(S("owner"), QVariant(owner));
    q.sortField = S("name");
    auto list = store.list(q);
    if (!list)
        return list.error();
    const Record *pick = nullptr;
    for (const Record &r : list.value())
        if (r.value(S("is_default")).toBool()) {
            pick = &r;
            break;
        }
    if (!pick && !list.value().isEmpty())
        pick = &list.value().first();
    if (pick)
        return fromRecord(*pick);

    Transaction tx(db);
    QVariantMap values{{S("name"), tr("My dashboard")},
                       {S("widgets"), DashboardLayout::defaults().toText()},
                       {S("period"), S("this_month")},
                       {S("compare_previous"), true},
                       {S("is_default"), true},
                       {S("owner"), owner}};
    auto id = store.create(S("dashboard"), values);
    if (!id)
        return id.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    auto rec = store.get(S("dashboard"), id.value());
    if (!rec)
        return rec.error();
    return fromRecord(rec.value());
}

Status Dashboards::save(Database &db, const DashboardInfo &info)
{
    if (auto r = Period::resolve(info.period, QDate::currentDate()); !r)
        return r.error();
    for (const auto &w : info.layout.widgets)
        if (!DashboardWidgets::types().contains(w.type))
            return Error::badInput(DashboardWidgets::tr("There is no dashboard widget \"%1\".").arg(w.type));
    if (info.name.trimmed().isEmpty())
        return Error::badInput(tr("A dashboard needs a name."));
    RecordStore store(db);
    return store.update(S("dashboard"), info.id,
                        {{S("name"), info.name}, {S("period"), info.period}, {S("compare_previous"), info.compare},
                         {S("widgets"), info.layout.toText()}});
}

Result<DashboardLayout> Dashboards::addWidget(const DashboardLayout &layout, const QString &type, const QString &chart)
{
    if (!DashboardWidgets::types().contains(type))
        return Error::badInput(DashboardWidgets::tr("There is no dashboard widget \"%1\". Widgets: %2.").arg(type, DashboardWidgets::types().join(S(", "))));
    if (!chart.isEmpty() && !DashboardWidgets::charts().contains(chart))
        return Error::badInput(tr("There is no chart \"%1\". Charts: %2.").arg(chart, DashboardWidgets::charts().join(S(", "))));
    for (const auto &w : layout.widgets)
        if (w.type == type)
            return Error::badInput(tr("The dashboard already shows \"%1\".").arg(DashboardWidgets::title(type)));
    DashboardLayout out = layout;
    out.widgets << DashboardWidgetSpec{type, chart};
    return out;
}

Result<DashboardLayout> Dashboards::removeWidget(const DashboardLayout &layout, int index)
{
    if (index < 0 || index >= layout.widgets.size())
        return Error::badInput(tr("The dashboard has no widget %1.").arg(index + 1));
    DashboardLayout out = layout;
    out.widgets.removeAt(index);
    return out;
}

Result<DashboardLayout> Dashboards::moveWidget(const DashboardLayout &layout, int from, int to)
{
    if (from < 0 || from >= layout.widgets.size() || to < 0 || to >= layout.widgets.size())
        return Error::badInput(tr("The dashboard cannot move widget %1 to place %2.").arg(from + 1).arg(to + 1));
    DashboardLayout out = layout;
    out.widgets.move(from, to);
    return out;
}

} // namespace trato
