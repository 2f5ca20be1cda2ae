// SPDX-License-Identifier: GPL-3.0-or-later
#include "globalsearch.h"

#include "../metadata/registry.h"
#include "../store/database.h"
#include "../store/listquery.h"
#include "../store/sqlite.h"

#include <QSqlQuery>

namespace trato {

GlobalSearch::GlobalSearch(Database &db)
    : m_db(db)
{
}

Result<QList<SearchHit>> GlobalSearch::search(const QString &text, int perEntityLimit) const
{
    QList<SearchHit> hits;
    const QString match = ListSql::ftsMatch(text);
    if (match.isEmpty())
        return hits;
    QSqlDatabase conn = m_db.connection();
    for (const Entity *e : m_db.registry()->entities()) {
        const QStringList cols = e->searchColumns();
        if (cols.isEmpty())
            continue;
        // The detail column: the first searchable field that is not part of the title.
        QString detail = QStringLiteral("''");
        for (const auto &c : cols) {
            if (!e->titleFields.contains(c)) {
                detail = QStringLiteral("coalesce(a.%1, '')").arg(Sql::ident(c));
                break;
            }
        }
        // Records where a searched field equals the whole text first ("Gil" before "Gilabert"), then
        // by relevance.
        const auto exact = ListSql::exactMatch(*e, text);
        const QString rank = exact.first.isEmpty() ? QString() : QStringLiteral("CASE WHEN %1 THEN 0 ELSE 1 END, ").arg(exact.first);
        const QString sql = QStringLiteral("SELECT a.id, %1, %2 FROM %3 f JOIN %4 a ON a.rid = f.rowid "
                                           "WHERE %3 MATCH ? AND a.deleted = 0 ORDER BY %5f.rank LIMIT ?")
                                .arg(e->titleExpression(QStringLiteral("a")), detail, Sql::ident(e->ftsTable()),
                                     Sql::ident(e->name), rank);
        QVariantList params = {match};
        params << exact.second << perEntityLimit;
        auto r = Sql::exec(conn, sql, params);
        if (!r)
            return r.error();
        while (r.value().next())
            hits.append({e->name, r.value().value(0).toString(), r.value().value(1).toString(), r.value().value(2).toString()});
    }
    return hits;
}

} // namespace trato
