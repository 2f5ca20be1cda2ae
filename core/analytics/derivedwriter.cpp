// SPDX-License-Identifier: GPL-3.0-or-later
#include "derivedwriter.h"

#include "store/sqlite.h"
#include "store/transaction.h"

#include <QSqlError>

namespace trato {

Result<qint64> writeDerivedColumns(Transaction &tx, const QString &entity, const QStringList &columns,
                                   const QList<QPair<QString, QVariantList>> &rows)
{
    QSqlDatabase conn = tx.connection();
    // One scratch table per column count, kept for the connection's life and emptied around each use
    // (DROP TABLE would need every other statement of the connection to be finished).
    const QString table = QStringLiteral("temp.trato_derived_in_%1").arg(columns.size());
    QStringList defs{QStringLiteral("id TEXT PRIMARY KEY")}, marks{QStringLiteral("?")}, sets, differs;
    for (int i = 0; i < columns.size(); ++i) {
        defs << QStringLiteral("c%1").arg(i);
        marks << QStringLiteral("?");
        sets << QStringLiteral("%1 = d.c%2").arg(Sql::ident(columns.at(i))).arg(i);
        differs << QStringLiteral("%1.%2 IS NOT d.c%3").arg(Sql::ident(entity), Sql::ident(columns.at(i))).arg(i);
    }
    if (Status s = Sql::execScript(conn, QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (%2); DELETE FROM %1;").arg(table, defs.join(QStringLiteral(", ")))); !s)
        return s.error();
    QSqlQuery insert(conn);
    if (!insert.prepare(QStringLiteral("INSERT OR REPLACE INTO %1 VALUES (%2)").arg(table, marks.join(QStringLiteral(", ")))))
        return Error::failure(insert.lastError().text());
    for (const auto &[id, values] : rows) {
        insert.bindValue(0, id);
        for (int i = 0; i < columns.size(); ++i)
            insert.bindValue(i + 1, values.value(i));
        if (!insert.exec())
            return Error::failure(insert.lastError().text());
    }
    insert.finish();
    auto u = Sql::exec(conn, QStringLiteral("UPDATE %1 SET %2 FROM %3 AS d WHERE %1.id = d.id AND (%4)")
                                 .arg(Sql::ident(entity), sets.join(QStringLiteral(", ")), table, differs.join(QStringLiteral(" OR "))));
    if (!u)
        return u.error();
    const qint64 changed = u.value().numRowsAffected();
    u.value().finish();
    if (Status s = Sql::execScript(conn, QStringLiteral("DELETE FROM %1;").arg(table)); !s)
        return s.error();
    if (changed > 0)
        tx.touched(entity);
    return changed;
}

} // namespace trato
