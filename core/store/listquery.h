// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../metadata/entity.h"

#include <QPair>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace trato {

class Registry;

// What a list shows: the same description serves the GUI list model, `trato-cli list` and exports.
// Built into SQL with every user-supplied value as a bound parameter.
struct ListQuery
{
    enum Deleted { Active, OnlyDeleted, All };

    QString entity;
    QString search;                            // full-text, prefix per word, accents ignored
    QList<QPair<QString, QVariant>> where;     // field = value (storage form); null value = IS NULL
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
// Picks the faster plan for a search by counting its hits up to kSearchFirstLimit.
constexpr int kSearchFirstLimit = 2000;
ListQuery::Plan choosePlan(const QSqlDatabase &conn, const Entity &entity, const ListQuery &query);
} // namespace ListSql

} // namespace trato
