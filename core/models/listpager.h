// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../store/listquery.h"

#include <QSqlDatabase>

namespace trato {

// Pages of a list query, exact search matches first: with a search, the rows where a searched field
// equals the whole text (ListQuery::OnlyExact, found through the sort-key indexes) come first, then
// the other matches (NotExact) with the plan ListSql::choosePlan picks. Two statements instead of
// one ranked ORDER BY, because a rank in front of the sort key would make SQLite sort every hit
// of "g" instead of walking the sort index for one page.
//
// The statements are built on the thread that owns the Registry (prepare()); read() runs them on
// any thread's connection, so the list model reads its first page on a worker while the user types.
class ListPager
{
public:
    struct Cursor
    {
        int stage = 0;          // 0: exact matches, 1: the rest
        int offset = 0;         // rows already read in this stage
        bool exactPlanned = false; // the plan of the exact matches has been chosen
        ListQuery::Plan exactPlan = ListQuery::IndexOrder;
        bool planned = false;   // the plan of the rest has been chosen
        ListQuery::Plan plan = ListQuery::IndexOrder;
        bool atEnd = false;
    };
    struct Page
    {
        QList<QVariantList> rows; // rid, id, then ListPager::columns()
        Cursor next;
        QString error;
    };
    // One executed statement, for benchmarks that replay the same SQL raw.
    struct Executed
    {
        QString sql;
        QVariantList params;
    };

    ListPager() = default;
    static ListPager prepare(const Registry &registry, const Entity &entity, const ListQuery &query);

    // Result columns after rid and id (relations add FIELD__title).
    const QStringList &columns() const { return m_columns; }
    bool searching() const { return m_searching; }
    // Reads up to count rows from cursor. executed (optional) receives the statements run.
    Page read(const QSqlDatabase &conn, const Cursor &cursor, int count, QList<Executed> *executed = nullptr) const;

private:
    bool m_searching = false;
    BuiltQuery m_exactIndex, m_exactLookup, m_restIndex, m_restSearch;
    QString m_planSql, m_exactPlanSql;
    QVariantList m_planParams, m_exactPlanParams;
    QStringList m_columns;
};

} // namespace trato
