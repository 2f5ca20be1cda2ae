// SPDX-License-Identifier: GPL-3.0-or-later
#include "listquery.h"

#include "../metadata/registry.h"
#include "schemabuilder.h"
#include "sqlite.h"

#include <QRegularExpression>

namespace trato::ListSql {

using Sql::ident;

QString ftsMatch(const QString &userText)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    for (const QString &word : userText.split(separators, Qt::SkipEmptyParts))
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

namespace {

// Whether the query is driven from the full-text hits (joined first) instead of the sort index.
bool searchDrives(const Entity &e, const ListQuery &q)
{
    return q.plan == ListQuery::SearchFirst && !ftsMatch(q.search).isEmpty() && !e.searchColumns().isEmpty();
}

void whereClause(const Entity &e, const ListQuery &q, QStringList *conditions, QVariantList *params, bool joinedSearch)
{
    switch (q.deleted) {
    case ListQuery::Active:
        *conditions << QStringLiteral("a.deleted = 0");
        break;
    case ListQuery::OnlyDeleted:
        *conditions << QStringLiteral("a.deleted = 1");
        break;
    case ListQuery::All:
        break;
    }
    const QString match = ftsMatch(q.search);
    if (joinedSearch) {
        // the hits are the FROM clause (see select())
    } else if (!match.isEmpty() && !e.searchColumns().isEmpty()) {
        *conditions << QStringLiteral("a.rid IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)").arg(ident(e.ftsTable()));
        *params << match;
    } else if (!q.search.trimmed().isEmpty()) {
        *conditions << QStringLiteral("0"); // only punctuation typed: nothing matches
    }
    for (const auto &[field, value] : q.where) {
        if (!e.field(field))
            continue; // validated by the caller; never interpolate an unknown name
        if (value.isNull()) {
            *conditions << QStringLiteral("a.%1 IS NULL").arg(ident(field));
        } else {
            *conditions << QStringLiteral("a.%1 = ?").arg(ident(field));
            *params << value;
        }
    }
}

} // namespace

BuiltQuery select(const Registry &registry, const Entity &e, const ListQuery &q)
{
    BuiltQuery out;
    QStringList select = {QStringLiteral("a.rid AS rid"), QStringLiteral("a.id AS id")};
    const QStringList wanted = q.columns.isEmpty() ? [&] {
        QStringList all;
        for (const auto &f : e.fields)
            if (f.name != QLatin1String("id"))
                all << f.name;
        return all;
    }() : q.columns;
    for (const QString &name : wanted) {
        const Field *f = e.field(name);
        if (!f || name == QLatin1String("id"))
            continue;
        select << QStringLiteral("a.") + ident(name) + QStringLiteral(" AS ") + ident(name);
        out.columns << name;
        if (f->type == FieldType::Relation) {
            const Entity *target = registry.entity(f->relationTarget);
            if (target) {
                select << QStringLiteral("(SELECT %1 FROM %2 t WHERE t.id = a.%3) AS %4")
                              .arg(target->titleExpression(QStringLiteral("t")), ident(target->name), ident(name),
                                   ident(name + QStringLiteral("__title")));
                out.columns << name + QStringLiteral("__title");
            }
        }
    }
    QStringList conditions;
    const bool joined = searchDrives(e, q);
    if (joined)
        out.params << ftsMatch(q.search);
    whereClause(e, q, &conditions, &out.params, joined);

    QString sortField = q.sortField.isEmpty() ? e.defaultSort : q.sortField;
    const Field *sf = e.field(sortField);
    QString order;
    if (sf && sf->type == FieldType::Relation && registry.entity(sf->relationTarget)) {
        order = ident(sortField + QStringLiteral("__title"));
        if (!out.columns.contains(sortField + QStringLiteral("__title")))
            order = QStringLiteral("a.") + ident(sortField);
    } else if (sf && SchemaBuilder::hasSortKey(*sf)) {
        order = QStringLiteral("a.") + ident(SchemaBuilder::sortKeyColumn(sortField));
    } else if (sf) {
        order = QStringLiteral("a.") + ident(sortField);
    } else {
        order = QStringLiteral("a.rid");
    }
    const QString dir = q.descending ? QStringLiteral(" DESC") : QString();
    if (joined) {
        // Few hits: read them from the FTS index and sort them (CROSS JOIN keeps that order; left to
        // itself the planner walks the whole sort index looking for rare or absent hits).
        out.sql = QStringLiteral("SELECT %1 FROM (SELECT rowid AS hit FROM %3 WHERE %3 MATCH ?) f CROSS JOIN %2 a ON a.rid = f.hit")
                      .arg(select.join(QStringLiteral(", ")), ident(e.name), ident(e.ftsTable()));
    } else {
        out.sql = QStringLiteral("SELECT %1 FROM %2 a").arg(select.join(QStringLiteral(", ")), ident(e.name));
    }
    if (!conditions.isEmpty())
        out.sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    out.sql += QStringLiteral(" ORDER BY %1%2, a.rid%2").arg(order, dir);
    if (q.limit >= 0) {
        out.sql += QStringLiteral(" LIMIT ? OFFSET ?");
        out.params << q.limit << q.offset;
    }
    return out;
}

BuiltQuery count(const Registry &, const Entity &e, const ListQuery &q)
{
    BuiltQuery out;
    QStringList conditions;
    whereClause(e, q, &conditions, &out.params, false);
    out.sql = QStringLiteral("SELECT count(*) FROM %1 a").arg(ident(e.name));
    if (!conditions.isEmpty())
        out.sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return out;
}

ListQuery::Plan choosePlan(const QSqlDatabase &conn, const Entity &e, const ListQuery &q)
{
    const QString match = ftsMatch(q.search);
    if (match.isEmpty() || e.searchColumns().isEmpty())
        return ListQuery::IndexOrder;
    // Counting at most kSearchFirstLimit + 1 hits costs a few milliseconds even for "g" at a
    // million rows. Many hits: walking the sort index finds a page of them at once. Few or none:
    // sorting the hits is cheap, while the index walk would visit most of the table.
    auto r = Sql::exec(conn, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE %1 MATCH ? LIMIT ?)").arg(ident(e.ftsTable())),
                       {match, kSearchFirstLimit + 1});
    if (!r || !r.value().next())
        return ListQuery::IndexOrder;
    return r.value().value(0).toLongLong() <= kSearchFirstLimit ? ListQuery::SearchFirst : ListQuery::IndexOrder;
}

} // namespace trato::ListSql
