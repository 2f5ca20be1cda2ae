// SPDX-License-Identifier: GPL-3.0-or-later
#include "listpager.h"

#include "../store/sqlite.h"

#include <QSqlError>
#include <QSqlQuery>

namespace trato {

ListPager ListPager::prepare(const Registry &registry, const Entity &entity, const ListQuery &query)
{
    ListPager p;
    ListQuery q = query;
    q.limit = 1; // placeholders for LIMIT ? OFFSET ?, bound per page in read()
    q.offset = 0;
    p.m_searching = !ListSql::ftsMatch(q.search).isEmpty() && !entity.searchColumns().isEmpty()
        && !ListSql::exactMatch(entity, q.search).first.isEmpty();
    if (p.m_searching) {
        q.exactness = ListQuery::OnlyExact;
        q.plan = ListQuery::IndexOrder;
        p.m_exactIndex = ListSql::select(registry, entity, q);
        q.plan = ListQuery::SearchFirst;
        p.m_exactLookup = ListSql::select(registry, entity, q);
        const auto count = ListSql::exactPlanCount(entity, q);
        p.m_exactPlanSql = count.first;
        p.m_exactPlanParams = count.second;
        q.exactness = ListQuery::NotExact;
    } else {
        q.exactness = ListQuery::ExactFirst;
    }
    q.plan = ListQuery::IndexOrder;
    p.m_restIndex = ListSql::select(registry, entity, q);
    q.plan = ListQuery::SearchFirst;
    p.m_restSearch = ListSql::select(registry, entity, q);
    p.m_columns = p.m_restIndex.columns;
    const QString match = ListSql::ftsMatch(q.search);
    if (!match.isEmpty() && !entity.searchColumns().isEmpty()) {
        // The same count ListSql::choosePlan runs, kept here so read() needs no Registry.
        p.m_planSql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE %1 MATCH ? LIMIT ?)").arg(Sql::ident(entity.ftsTable()));
        p.m_planParams = {match, ListSql::kSearchFirstLimit + 1};
    }
    return p;
}

ListPager::Page ListPager::read(const QSqlDatabase &conn, const Cursor &from, int count, QList<Executed> *executed) const
{
    Page page;
    page.next = from;
    Cursor &c = page.next;
    auto run = [&](const BuiltQuery &built, int limit) -> int {
        QVariantList params = built.params;
        params[params.size() - 2] = limit;
        params[params.size() - 1] = c.offset;
        if (executed)
            executed->append({built.sql, params});
        QSqlQuery q(conn);
        q.setForwardOnly(true);
        q.prepare(built.sql);
        for (int i = 0; i < params.size(); ++i)
            q.bindValue(i, params.at(i));
        if (!q.exec()) {
            page.error = q.lastError().text();
            return -1;
        }
        const int width = int(m_columns.size()) + 2;
        int n = 0;
        while (q.next()) {
            QVariantList row;
            row.reserve(width);
            for (int i = 0; i < width; ++i)
                row << q.value(i);
            page.rows << row;
            ++n;
        }
        return n;
    };
    if (c.atEnd || count <= 0)
        return page;
    auto plan = [&](const QString &sql, const QVariantList &params) {
        if (sql.isEmpty())
            return ListQuery::IndexOrder;
        if (executed)
            executed->append({sql, params});
        auto r = Sql::exec(conn, sql, params);
        return r && r.value().next() && r.value().value(0).toLongLong() <= ListSql::kSearchFirstLimit
            ? ListQuery::SearchFirst : ListQuery::IndexOrder;
    };
    if (m_searching && c.stage == 0) {
        if (!c.exactPlanned) {
            // Few exact matches: look them up and sort them; many ("madrid"): walk the sort index.
            c.exactPlanned = true;
            c.exactPlan = ListQuery::IndexOrder;
            if (!m_exactPlanSql.isEmpty()) {
                if (executed)
                    executed->append({m_exactPlanSql, m_exactPlanParams});
                auto r = Sql::exec(conn, m_exactPlanSql, m_exactPlanParams);
                if (r && r.value().next())
                    c.exactPlan = ListSql::exactPlanFor(r.value().value(0).toLongLong(), r.value().value(1).toLongLong() > 0);
            }
        }
        const int n = run(c.exactPlan == ListQuery::SearchFirst ? m_exactLookup : m_exactIndex, count);
        if (n < 0) {
            c.atEnd = true;
            return page;
        }
        if (n < count) {
            c.stage = 1;
            c.offset = 0;
        } else {
            c.offset += n;
            return page;
        }
    }
    c.stage = 1;
    if (!c.planned) {
        c.planned = true;
        c.plan = plan(m_planSql, m_planParams);
    }
    const int wanted = count - int(page.rows.size());
    const int n = run(c.plan == ListQuery::SearchFirst ? m_restSearch : m_restIndex, wanted);
    if (n < 0 || n < wanted)
        c.atEnd = true;
    else
        c.offset += n;
    return page;
}

} // namespace trato
