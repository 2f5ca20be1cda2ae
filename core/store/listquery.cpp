// SPDX-License-Identifier: GPL-3.0-or-later
#include "listquery.h"

#include "../metadata/registry.h"
#include "../metadata/value.h"
#include "schemabuilder.h"
#include "sqlite.h"

#include <QDateTime>
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

QString escapeLike(const QString &text)
{
    QString out;
    out.reserve(text.size() + 4);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

namespace {

// The exact-match terms: each a conjunction of sort-key (or plain) columns equal to values.
struct ExactTerm
{
    QStringList columns;
    QVariantList values;
};

QList<ExactTerm> exactTerms(const Entity &e, const QString &userText)
{
    const QString text = userText.simplified();
    QList<ExactTerm> terms;
    if (text.isEmpty())
        return terms;
    auto add = [](ExactTerm *t, const Field &f, const QString &value) {
        if (SchemaBuilder::hasSortKey(f)) {
            t->columns << SchemaBuilder::sortKeyColumn(f.name);
            t->values << Value::sortKey(value);
        } else {
            t->columns << f.name;
            t->values << value;
        }
    };
    for (const Field *f : e.fieldsWith(Field::InSearch)) {
        if (f->indexed && f->type != FieldType::Relation) {
            ExactTerm t;
            add(&t, *f, text);
            terms << t;
        }
    }
    // "ana gil": the title fields together, split at each space.
    if (e.titleFields.size() == 2) {
        const Field *first = e.field(e.titleFields.at(0));
        const Field *second = e.field(e.titleFields.at(1));
        if (first && second && first->indexed && second->indexed) {
            const QStringList words = text.split(QLatin1Char(' '));
            for (int i = 1; i < words.size(); ++i) {
                ExactTerm t;
                add(&t, *first, words.mid(0, i).join(QLatin1Char(' ')));
                add(&t, *second, words.mid(i).join(QLatin1Char(' ')));
                terms << t;
            }
        }
    }
    return terms;
}

QString deletedSql(const ListQuery &q, const QString &prefix)
{
    switch (q.deleted) {
    case ListQuery::Active:
        return prefix + QStringLiteral("deleted = 0");
    case ListQuery::OnlyDeleted:
        return prefix + QStringLiteral("deleted = 1");
    case ListQuery::All:
        break;
    }
    return prefix + QStringLiteral("deleted IN (0, 1)");
}

// The exact matches as a union of index lookups (rid lists), for few exact matches.
QPair<QString, QVariantList> exactUnion(const Entity &e, const ListQuery &q)
{
    QStringList arms;
    QVariantList params;
    for (const ExactTerm &t : exactTerms(e, q.search)) {
        QStringList parts = {deletedSql(q, QString())};
        for (const QString &c : t.columns)
            parts << ident(c) + QStringLiteral(" = ?");
        arms << QStringLiteral("SELECT rid FROM %1 WHERE %2").arg(ident(e.name), parts.join(QStringLiteral(" AND ")));
        params << t.values;
    }
    return {arms.join(QStringLiteral(" UNION ALL ")), params};
}

} // namespace

QPair<QString, QVariantList> exactMatch(const Entity &e, const QString &userText)
{
    QStringList terms;
    QVariantList params;
    for (const ExactTerm &t : exactTerms(e, userText)) {
        QStringList parts;
        for (const QString &c : t.columns)
            parts << QStringLiteral("a.") + ident(c) + QStringLiteral(" = ?");
        terms << (parts.size() == 1 ? parts.first() : QLatin1Char('(') + parts.join(QStringLiteral(" AND ")) + QLatin1Char(')'));
        params << t.values;
    }
    if (terms.isEmpty())
        return {};
    return {QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')'), params};
}

QPair<QString, QVariantList> exactPlanCount(const Entity &e, const ListQuery &q)
{
    const auto u = exactUnion(e, q);
    if (u.first.isEmpty())
        return {};
    QVariantList params = u.second;
    params << kExactLookupLimit + 1;
    // Exact matches on the sort column itself sit together in the sort index, far from its start:
    // walking the index would pass everything before them. Count those separately.
    const Field *sf = e.field(q.sortField.isEmpty() ? e.defaultSort : q.sortField);
    QString sortArm = QStringLiteral("0");
    if (sf && SchemaBuilder::hasSortKey(*sf)) {
        for (const ExactTerm &t : exactTerms(e, q.search)) {
            if (t.columns == QStringList{SchemaBuilder::sortKeyColumn(sf->name)}) {
                sortArm = QStringLiteral("(SELECT count(*) FROM (SELECT 1 FROM %1 WHERE %2 AND %3 = ? LIMIT 1))")
                              .arg(ident(e.name), deletedSql(q, QString()), ident(t.columns.first()));
                params << t.values.first();
                break;
            }
        }
    }
    return {QStringLiteral("SELECT (SELECT count(*) FROM (%1 LIMIT ?)), %2").arg(u.first, sortArm), params};
}

ListQuery::Plan exactPlanFor(qint64 exactCount, bool onSortColumn)
{
    // Few: look them up and sort them. Many, spread over the sort order ("madrid" as a city when
    // sorting by last name): walking the sort index finds a page at once. Many on the sort column
    // itself: the lookup, up to kExactLookupLimit.
    if (exactCount <= kSearchFirstLimit)
        return ListQuery::SearchFirst;
    if (!onSortColumn)
        return ListQuery::IndexOrder;
    return exactCount <= kExactLookupLimit ? ListQuery::SearchFirst : ListQuery::IndexOrder;
}

QPair<QString, QVariantList> conditionSql(const Entity &e, const Condition &c)
{
    const Field *f = e.field(c.field);
    if (!f)
        return {}; // validated by the caller; never interpolate an unknown name
    const QString col = QStringLiteral("a.") + ident(f->name);
    auto cutoff = [&]() -> QVariant {
        const int days = c.value.toInt();
        if (f->type == FieldType::Date)
            return QDate::currentDate().addDays(-days).toString(Qt::ISODate);
        return QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODate);
    };
    auto tagPattern = [&]() -> QString { return QStringLiteral("%;") + escapeLike(c.value.toString()) + QStringLiteral(";%"); };
    switch (c.op) {
    case Condition::Equals:
        if (c.value.isNull())
            return {QStringLiteral("%1 IS NULL").arg(col), {}};
        return {QStringLiteral("%1 = ?").arg(col), {c.value}};
    case Condition::NotEquals:
        if (c.value.isNull())
            return {QStringLiteral("%1 IS NOT NULL").arg(col), {}};
        // "city is not Madrid" includes the records without a city.
        return {QStringLiteral("(%1 IS NULL OR %1 <> ?)").arg(col), {c.value}};
    case Condition::Contains:
        return {QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(col),
                {QString(QLatin1Char('%') + escapeLike(c.value.toString()) + QLatin1Char('%'))}};
    case Condition::StartsWith:
        return {QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(col), {QString(escapeLike(c.value.toString()) + QLatin1Char('%'))}};
    case Condition::Less:
        return {QStringLiteral("%1 < ?").arg(col), {c.value}};
    case Condition::LessOrEqual:
        return {QStringLiteral("%1 <= ?").arg(col), {c.value}};
    case Condition::Greater:
        return {QStringLiteral("%1 > ?").arg(col), {c.value}};
    case Condition::GreaterOrEqual:
        return {QStringLiteral("%1 >= ?").arg(col), {c.value}};
    case Condition::IsEmpty:
        return {QStringLiteral("(%1 IS NULL OR %1 = '')").arg(col), {}};
    case Condition::IsNotEmpty:
        return {QStringLiteral("(%1 IS NOT NULL AND %1 <> '')").arg(col), {}};
    case Condition::WithinLastDays:
        return {QStringLiteral("%1 >= ?").arg(col), {cutoff()}};
    case Condition::MoreThanDaysAgo:
        return {QStringLiteral("%1 < ?").arg(col), {cutoff()}};
    case Condition::HasTag:
        return {QStringLiteral("(';' || %1 || ';') LIKE ? ESCAPE '\\'").arg(col), {tagPattern()}};
    case Condition::LacksTag:
        return {QStringLiteral("(%1 IS NULL OR (';' || %1 || ';') NOT LIKE ? ESCAPE '\\')").arg(col), {tagPattern()}};
    case Condition::In: {
        const QStringList values = c.value.toStringList();
        if (values.isEmpty())
            return {QStringLiteral("0"), {}};
        QStringList marks;
        QVariantList params;
        for (const QString &v : values) {
            marks << QStringLiteral("?");
            params << v;
        }
        return {QStringLiteral("%1 IN (%2)").arg(col, marks.join(QLatin1Char(','))), params};
    }
    }
    return {};
}

namespace {

// Whether the query is driven from the full-text hits (joined first) instead of the sort index.
bool searchDrives(const Entity &e, const ListQuery &q)
{
    // Exact matches are found through the sort-key indexes, not the full-text hits.
    return q.plan == ListQuery::SearchFirst && q.exactness != ListQuery::OnlyExact && !ftsMatch(q.search).isEmpty() && !e.searchColumns().isEmpty();
}

void whereClause(const Entity &e, const ListQuery &q, QStringList *conditions, QVariantList *params, bool joinedSearch)
{
    const QString match = ftsMatch(q.search);
    const bool searching = !q.search.trimmed().isEmpty();
    // Few exact matches: looked up through the sort-key indexes (a union of rid lists) and sorted;
    // "+" keeps SQLite from walking another index on deleted instead.
    const bool exactLookup = searching && q.exactness == ListQuery::OnlyExact && q.plan == ListQuery::SearchFirst;
    if (q.deleted != ListQuery::All)
        *conditions << deletedSql(q, exactLookup ? QStringLiteral("+a.") : QStringLiteral("a."));
    if (searching && q.exactness != ListQuery::ExactFirst) {
        const auto exact = exactMatch(e, q.search);
        if (q.exactness == ListQuery::OnlyExact) {
            // An exact match is a match: the full-text condition would only slow the lookup down.
            if (exact.first.isEmpty() || match.isEmpty()) {
                *conditions << QStringLiteral("0");
            } else if (exactLookup) {
                const auto u = exactUnion(e, q);
                *conditions << QStringLiteral("a.rid IN (%1)").arg(u.first);
                *params << u.second;
            } else {
                *conditions << exact.first;
                *params << exact.second;
            }
        } else if (!exact.first.isEmpty()) {
            *conditions << QStringLiteral("NOT coalesce(%1, 0)").arg(exact.first); // an empty field is not a match
            *params << exact.second;
        }
    }
    if (searching && q.exactness == ListQuery::OnlyExact) {
        // done above
    } else if (joinedSearch) {
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
    for (const Condition &c : q.conditions) {
        const auto sql = conditionSql(e, c);
        if (sql.first.isEmpty())
            continue;
        *conditions << sql.first;
        *params << sql.second;
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
    QVariantList rankParams;
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
    QString rank;
    if (q.exactness == ListQuery::ExactFirst && !q.search.trimmed().isEmpty()) {
        const auto exact = exactMatch(e, q.search);
        if (!exact.first.isEmpty()) {
            rank = QStringLiteral("CASE WHEN %1 THEN 0 ELSE 1 END, ").arg(exact.first);
            rankParams = exact.second;
        }
    }
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
    if (q.exactness == ListQuery::OnlyExact && q.plan == ListQuery::SearchFirst && !q.search.trimmed().isEmpty())
        order.prepend(QLatin1Char('+')); // sort the few exact rows; never walk the sort index for them
    out.sql += QStringLiteral(" ORDER BY %1%2%3, a.rid%3").arg(rank, order, dir);
    out.params << rankParams;
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

ListQuery::Plan chooseExactPlan(const QSqlDatabase &conn, const Entity &e, const ListQuery &q)
{
    const auto count = exactPlanCount(e, q);
    if (count.first.isEmpty())
        return ListQuery::IndexOrder;
    auto r = Sql::exec(conn, count.first, count.second);
    if (!r || !r.value().next())
        return ListQuery::IndexOrder;
    return exactPlanFor(r.value().value(0).toLongLong(), r.value().value(1).toLongLong() > 0);
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
