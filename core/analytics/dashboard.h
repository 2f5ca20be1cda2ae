// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "period.h"
#include "../store/listquery.h"
#include "../util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace trato {

class Database;

// Dashboards of Análisis (issue 8, seed 000: the company's course at a glance).
//
// A dashboard is a `dashboard` record owned by one user. Its `widgets` field holds the layout as
// JSON:
//
//   {"version": 1,
//    "widgets": [ {"type": "sales_month"}, {"type": "pipeline", "chart": "pie"}, ... ]}
//
// `type` is one of DashboardWidgets::types(); `chart` (optional) overrides the widget's default
// chart: "bar", "line", "pie" or "funnel" (horizontal bars, widest first). Widgets are shown in
// that order in a two-column grid. Unknown types are kept in the JSON (a newer Trato may know them)
// but not shown. `period` holds a Period key ("this_month"); `compare_previous` asks for the
// previous period's values beside the current ones.

// How a widget's values read.
enum class DashboardUnit { Count, Money /* cents */, Percent /* hundredths of a percent */ };

// One bar, slice or point: its values (one per series of the widget) and the records behind it.
struct DashboardPoint
{
    QString key;              // stable: "2026-03", a stage id, a user name, a product id
    QString label;            // shown
    QList<qint64> values;     // one per DashboardWidgetData::series
    std::optional<qint64> previous; // the first series' value in the previous period (compare)
    ListQuery drill;          // the records behind this point (entity + conditions)
};

struct DashboardWidgetData
{
    QString type;             // "sales_month"
    QString title;            // translated
    QString chart;            // bar | line | pie | funnel
    DashboardUnit unit = DashboardUnit::Count;
    QStringList series;       // names of the values of each point (translated)
    QList<DashboardPoint> points;
    bool timeSeries = false;  // points are consecutive periods (compared by position, not key)
    // The headline figure of the card and its unit (e.g. total sales; SLA compliance in percent).
    qint64 figure = 0;
    DashboardUnit figureUnit = DashboardUnit::Count;
    QString figureLabel;
    std::optional<qint64> previousFigure; // the same figure over the previous period (compare)
    QString note;             // e.g. "no sales targets set"
};

struct DashboardOptions
{
    DateRange range;
    bool compare = false;
    QDateTime now;            // "now" for overdue/stock/SLA decisions; invalid: the current time
    int topN = 8;             // categories kept in per-owner/product/campaign widgets
};

class DashboardWidgets
{
    Q_DECLARE_TR_FUNCTIONS(trato::DashboardWidgets)
public:
    // Every widget type, in the default dashboard's order.
    static QStringList types();
    static QString title(const QString &type);        // translated
    static QString defaultChart(const QString &type);
    static QStringList charts();                       // bar, line, pie, funnel
    // One widget's data over options.range (and, with options.compare, the previous range).
    // Reuses the modules' services: Forecast, PipelineBoard, CampaignService, SupervisorStats,
    // SupportKpis, Replenishment. Bounded aggregates over indexed date columns.
    static Result<DashboardWidgetData> compute(Database &db, const QString &type, const DashboardOptions &options);
    // A value as text: "1234.50" for money, "12.5 %" for percents.
    static QString format(qint64 value, DashboardUnit unit);
};

struct DashboardWidgetSpec
{
    QString type;
    QString chart;            // empty: the widget's default
    bool operator==(const DashboardWidgetSpec &o) const { return type == o.type && chart == o.chart; }
};

struct DashboardLayout
{
    QList<DashboardWidgetSpec> widgets;
    QJsonObject toJson() const;
    QString toText() const;   // compact JSON, as stored
    // Refuses text that is not a layout; widgets without a type are refused, unknown types kept.
    static Result<DashboardLayout> fromText(const QString &text);
    static DashboardLayout defaults(); // every widget type in order
    bool operator==(const DashboardLayout &o) const { return widgets == o.widgets; }
};

struct DashboardInfo
{
    QString id;
    QString name;
    QString owner;
    QString period;           // Period key
    bool compare = true;
    DashboardLayout layout;
};

// The dashboards of users: each user's default one is created on first open.
class Dashboards
{
    Q_DECLARE_TR_FUNCTIONS(trato::Dashboards)
public:
    // The user's default dashboard (is_default, else the first by name); created with every widget
    // when the user has none. user empty: the database's user.
    static Result<DashboardInfo> openDefault(Database &db, const QString &user = QString());
    // Saves name, period, compare and layout of an existing dashboard (one transaction). The period
    // must be a valid Period key; widget types must be known.
    static Status save(Database &db, const DashboardInfo &info);
    // Layout edits (pure): refuse unknown types, duplicates and positions out of range.
    static Result<DashboardLayout> addWidget(const DashboardLayout &layout, const QString &type, const QString &chart = QString());
    static Result<DashboardLayout> removeWidget(const DashboardLayout &layout, int index);
    static Result<DashboardLayout> moveWidget(const DashboardLayout &layout, int from, int to);
};

} // namespace trato
