// SPDX-License-Identifier: GPL-3.0-or-later
// The entities of Análisis (seed 000: charts to see the company's course at a glance; seed 004:
// the indicators that measure success; the design card: managers print reports): saved reports,
// each user's dashboards and the sales targets the forecast is compared with. The scores and
// segments live on the records they describe (account.rfm_segment, account.purchase_score,
// lead.lead_score in builtinentities.cpp). Same rules as builtinentities.cpp.
#include "entity.h"

#include <QCoreApplication>

namespace trato {

namespace {

// A report made in the report builder: what it lists (an entity and its related entities), which
// columns, filters, grouping, sorting, totals and chart, all in `definition` (JSON, described in
// core/analytics/reportdefinition.h). Private to its owner unless shared. A definition that refers
// to a field or relation that no longer exists is kept and flagged in `problems`, never dropped.
Entity report()
{
    Entity e;
    e.name = QStringLiteral("report");
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Report"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Reports"));
    e.module = Module::Analytics;
    e.embedded = true; // managed on the Reports page of Análisis
    e.titleFields = {QStringLiteral("name")};
    e.defaultSort = QStringLiteral("name");
    e.fields << Field::make("name", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Report name")).requiredField().inList().searchable().withIndex();
    e.fields << Field::make("description", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Description"));
    e.fields << Field::make("base_entity", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Lists")).requiredField().inList();
    e.fields << Field::make("definition", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Definition")).requiredField();
    e.fields << Field::make("shared", FieldType::Bool, QT_TRANSLATE_NOOP("trato::Metadata", "Shared with everyone")).inList().defaultsTo(QStringLiteral("0"));
    e.fields << Field::make("chart", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Chart"))
                    .option("none", QT_TRANSLATE_NOOP("trato::Metadata", "No chart")).option("bar", QT_TRANSLATE_NOOP("trato::Metadata", "Bars"))
                    .option("line", QT_TRANSLATE_NOOP("trato::Metadata", "Line")).option("pie", QT_TRANSLATE_NOOP("trato::Metadata", "Pie"))
                    .defaultsTo(QStringLiteral("none"));
    e.fields << Field::make("problems", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Problems")).inList().setBySystem();
    e.fields << Field::make("last_run_at", FieldType::DateTime, QT_TRANSLATE_NOOP("trato::Metadata", "Last run")).inList().setBySystem();
    return e;
}

// One dashboard of one user (its owner): a name and its widgets in `widgets` (JSON, described in
// core/analytics/dashboard.h), the period it shows and whether to compare with the previous one.
Entity dashboard()
{
    Entity e;
    e.name = QStringLiteral("dashboard");
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Dashboard"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Dashboards"));
    e.module = Module::Analytics;
    e.embedded = true; // arranged on the Dashboard page of Análisis
    e.titleFields = {QStringLiteral("name")};
    e.defaultSort = QStringLiteral("name");
    e.fields << Field::make("name", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Dashboard name")).requiredField().inList();
    e.fields << Field::make("widgets", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Widgets"));
    e.fields << Field::make("period", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Period")).inList();
    e.fields << Field::make("compare_previous", FieldType::Bool, QT_TRANSLATE_NOOP("trato::Metadata", "Compare with the previous period")).defaultsTo(QStringLiteral("1"));
    e.fields << Field::make("is_default", FieldType::Bool, QT_TRANSLATE_NOOP("trato::Metadata", "Opens first")).inList().defaultsTo(QStringLiteral("0"));
    return e;
}

// What a salesperson (or, with no user, the whole company) is expected to sell in a month,
// quarter or year: the "target" the dashboard's forecast is set against.
Entity salesTarget()
{
    Entity e;
    e.name = QStringLiteral("sales_target");
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Sales target"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Sales targets"));
    e.module = Module::Analytics;
    e.titleFields = {QStringLiteral("period_start"), QStringLiteral("salesperson")};
    e.defaultSort = QStringLiteral("period_start");
    e.defaultSortDescending = true;
    e.fields << Field::make("period_start", FieldType::Date, QT_TRANSLATE_NOOP("trato::Metadata", "Period starts")).requiredField().inList().withIndex();
    e.fields << Field::make("period", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Period")).requiredField().inList()
                    .option("month", QT_TRANSLATE_NOOP("trato::Metadata", "Month")).option("quarter", QT_TRANSLATE_NOOP("trato::Metadata", "Quarter"))
                    .option("year", QT_TRANSLATE_NOOP("trato::Metadata", "Year"))
                    .defaultsTo(QStringLiteral("month"));
    // Empty: the company's target.
    e.fields << Field::make("salesperson", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Salesperson")).inList().withIndex();
    e.fields << Field::make("amount", FieldType::Money, QT_TRANSLATE_NOOP("trato::Metadata", "Target amount")).requiredField().inList();
    e.fields << Field::make("currency", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Currency")).inList().defaultsTo(QStringLiteral("EUR"));
    e.fields << Field::make("notes", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Notes"));
    return e;
}

} // namespace

QList<Entity> analyticsEntityDescriptions()
{
    return {salesTarget(), report(), dashboard()};
}

} // namespace trato
