// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../metadata/entity.h"

#include <QPair>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace trato {

class Registry;

// One filter condition on a field, beyond plain equality. Values are in storage form (money in
// cents, dates ISO, picklists by key, relations by id) and always reach SQL as bound parameters.
// The day operators keep N days, not a date: a saved segment "updated more than 90 days ago" means
// 90 days before the moment it is run. core/search/filter.h parses and checks conditions.
struct Condition
{
    enum Op {
        Equals, NotEquals, Contains, StartsWith, Less, LessOrEqual, Greater, GreaterOrEqual,
        IsEmpty, IsNotEmpty,
        WithinLastDays,   // value: N; the field's date/time is within the last N days
        MoreThanDaysAgo,  // value: N; the field's date/time is more than N days ago (empty: no)
        HasTag,           // tags and multi-picklists: one of the values is the given one
        LacksTag,         // the opposite (empty fields included)
        In,               // value: a QStringList; the field equals one of them (an index lookup each)
    };
    QString field;
    Op op = Equals;
    QVariant value;

    bool operator==(const Condition &o) const { return field == o.field && op == o.op && value == o.value; }
};

// What a list shows: the same description serves the GUI list model, `trato-cli list` and exports.
// Built into SQL with every user-supplied value as a bound parameter.
struct ListQuery
{
    enum Deleted { Active, OnlyDeleted, All };

    QString entity;
    QString search;                            // full-text, prefix per word, accents ignored
    QList<QPair<QString, QVariant>> where;     // field = value (storage form); null value = IS NULL
    QList<Condition> conditions;               // ANDed with where and search
    QString sortField;                         // empty: the entity's default sort
    bool descending = false;
    int limit = -1;
    int offset = 0;
    Deleted deleted = Active;
    QStringList columns;                       // empty: every field
    // How a search is executed (see ListSql::choosePlan): walk the sort index and keep the hits,
    // or read the hits from the FTS index and sort them.
    enum Plan { IndexOrder, SearchFirst };
    Plan plan = IndexOrder;
    // With a search, rows where a searched field equals the whole text (accents and case ignored:
    // last name "Gil" for "gil", a whole email) come before the other matches. ExactFirst does it
    // in one statement (an extra sort key); the list model reads OnlyExact, then NotExact, so each
    // part keeps its fast plan (see ListSql::exactMatch).
    enum Exactness { ExactFirst, OnlyExact, NotExact };
    Exactness exactness = ExactFirst;
};

struct BuiltQuery
{
    QString sql;
    QVariantList params;
    QStringList columns; // result columns after rid and id, in order; relations add FIELD__title
};

namespace ListSql {
BuiltQuery select(const Registry &registry, const Entity &entity, const ListQuery &query);
BuiltQuery count(const Registry &registry, const Entity &entity, const ListQuery &query);
// FTS5 query text for what a user typed: each word quoted (so operators and quotes in the text are
// plain characters) and prefix-matched; words are ANDed. Empty if there is nothing to search.
QString ftsMatch(const QString &userText);
// SQL (alias a) true when a searchable, indexed field of the entity equals the whole text, accents
// and case ignored, or the title fields together do ("ana gil"). Empty when no field can tell.
// Indexed fields only: each term is an index lookup, so exact matches are found at once at any scale.
QPair<QString, QVariantList> exactMatch(const Entity &entity, const QString &userText);
// With OnlyExact, plan SearchFirst looks the exact matches up through the sort-key indexes and
// sorts them; IndexOrder walks the sort index and keeps them (many exact matches: "madrid").
// exactPlanCount's SQL counts them up to kExactLookupLimit + 1 and tells whether any is on the
// sort column itself (SQL and parameters; empty: nothing to count); exactPlanFor decides.
constexpr int kExactLookupLimit = 20000;
QPair<QString, QVariantList> exactPlanCount(const Entity &entity, const ListQuery &query);
ListQuery::Plan exactPlanFor(qint64 exactCount, bool onSortColumn);
ListQuery::Plan chooseExactPlan(const QSqlDatabase &conn, const Entity &entity, const ListQuery &query);
// The SQL condition for one filter condition (alias a), with its parameters. Empty for an unknown
// field. The day operators are resolved against now.
QPair<QString, QVariantList> conditionSql(const Entity &entity, const Condition &condition);
// A LIKE pattern matching TEXT literally: %, _ and the escape character \ are escaped (ESCAPE '\').
QString escapeLike(const QString &text);
// Picks the faster plan for a search by counting its hits up to kSearchFirstLimit.
constexpr int kSearchFirstLimit = 2000;
ListQuery::Plan choosePlan(const QSqlDatabase &conn, const Entity &entity, const ListQuery &query);
} // namespace ListSql

} // namespace trato
