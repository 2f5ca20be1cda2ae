// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace trato {

class Registry;
struct Entity;
struct Field;

// What a report of the report builder lists, stored as JSON in report.definition:
//
//   {
//     "version": 1,
//     "entity": "invoice",                                   base entity (Registry name)
//     "columns": [ {"field": "number"},
//                  {"field": "account.city", "label": "City"},   a related field: RELATION.FIELD
//                  {"field": "total", "aggregate": "sum"} ],     sum | avg | count (subtotals, totals)
//     "filters": [ {"field": "status", "op": "eq", "value": "paid"},         Filter::opKey operators,
//                  {"field": "account.city", "op": "contains", "value": "Ma"},  values as typed
//                  {"field": "issue_date", "op": "period", "value": "last_quarter"} ],
//     "groups":  [ {"field": "account.city"}, {"field": "issue_date", "by": "month"} ],   up to 2;
//                                                            dates by month | quarter | year (default month)
//     "sort":    [ {"field": "total", "descending": true} ],
//     "totals": true,                                        a grand totals row
//     "chart": "none" | "bar" | "line" | "pie"               over the first grouping
//   }
//
// A field path is a field of the base entity, or RELATION.FIELD through one of its Relation fields,
// or RELATION.RELATION.FIELD (two hops at most). Every name is checked against the Registry before
// any SQL is built; only metadata names become identifiers, every value is a bound parameter.
// "op": "period" takes a Period key (core/analytics/period.h: "this_month", "last_quarter",
// "2026-Q1", "2026-01-01..2026-03-31") resolved when the report runs, on Date and DateTime fields.
// Values of the other operators are in the locale-independent text form of Filter::valueText
// (money "1234.50", dates ISO, picklist keys, relation ids or names; "N" days for the day operators).
struct ReportColumn
{
    QString field;
    QString label;      // empty: the field's label ("Account › City" for a related one)
    QString aggregate;  // "", "sum", "avg", "count"
    bool operator==(const ReportColumn &o) const { return field == o.field && label == o.label && aggregate == o.aggregate; }
};

struct ReportFilter
{
    QString field;
    QString op;         // Filter::opKey ("eq", "contains", "gt", ...) or "period"
    QString value;
    bool operator==(const ReportFilter &o) const { return field == o.field && op == o.op && value == o.value; }
};

struct ReportGroup
{
    QString field;
    QString by;         // dates: "month" (default), "quarter", "year"; ignored for other types
    bool operator==(const ReportGroup &o) const { return field == o.field && by == o.by; }
};

struct ReportSort
{
    QString field;
    bool descending = false;
    bool operator==(const ReportSort &o) const { return field == o.field && descending == o.descending; }
};

// One reference of a definition that no longer resolves (a deleted custom field, a relation gone).
struct ReportProblem
{
    QString part;       // "column", "filter", "group", "sort", "entity"
    int index = -1;     // position in its list
    QString message;    // translated: "Column 'Región' refers to the field account.region, which no longer exists."
};

struct ReportDefinition
{
    Q_DECLARE_TR_FUNCTIONS(trato::ReportDefinition)
public:
    static constexpr int kMaxGroups = 2;
    static constexpr int kMaxHops = 2;

    QString entity;
    QList<ReportColumn> columns;
    QList<ReportFilter> filters;
    QList<ReportGroup> groups;
    QList<ReportSort> sort;
    bool totals = true;
    QString chart = QStringLiteral("none");

    QJsonObject toJson() const;
    QString toJsonText() const;  // compact
    // Reads the JSON; only its shape is checked here (names are checked by problems()).
    static Result<ReportDefinition> fromJson(const QJsonObject &json);
    static Result<ReportDefinition> fromJsonText(const QString &text);

    // Every reference that does not resolve against the registry, with a clear message each. Also
    // checks the shape rules: at least one column, at most two groups, known operators and
    // aggregates (sum/avg on numbers and money only). Empty: the definition can run.
    QList<ReportProblem> problems(const Registry &registry) const;
    // The same definition without its broken columns, filters, groups and sorts.
    ReportDefinition withoutBroken(const Registry &registry) const;
    // "Column 'Región' …\nFilter 2 …": the text stored in report.problems.
    static QString describe(const QList<ReportProblem> &problems);

    bool operator==(const ReportDefinition &o) const
    {
        return entity == o.entity && columns == o.columns && filters == o.filters && groups == o.groups && sort == o.sort
               && totals == o.totals && chart == o.chart;
    }
};

// A field path resolved through the registry: the relation fields followed (0 to kMaxHops) and the
// field at the end.
struct ReportPath
{
    QList<const Field *> hops;
    QList<const Entity *> entities; // entities[0] = base, entities[i+1] = target of hops[i]
    const Field *field = nullptr;

    QString label() const;          // "Account › City", translated
};

namespace ReportPaths {
// Resolves PATH on entity; the error says which part is missing ("the field account.region").
Result<ReportPath> resolve(const Registry &registry, const Entity &entity, const QString &path);
// Every path a column chooser offers: the entity's own fields, then each relation's target fields
// (one hop), for fields that a user sees (not the internal "deleted").
QStringList available(const Registry &registry, const Entity &entity);
bool isNumeric(const Field &field);   // Integer, Decimal, Money, Percent, Quantity
bool isDate(const Field &field);      // Date, DateTime
} // namespace ReportPaths

} // namespace trato
