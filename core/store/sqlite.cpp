// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlite.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace trato::Sql {

sqlite3 *handle(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

Status execScript(const QSqlDatabase &db, const QString &script)
{
    sqlite3 *h = handle(db);
    if (!h)
        return Error::failure(QCoreApplication::translate("trato::Sql", "not an SQLite connection"));
    char *err = nullptr;
    const int rc = sqlite3_exec(h, script.toUtf8().constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(err ? err : sqlite3_errstr(rc));
        sqlite3_free(err);
        return Error::failure(message);
    }
    return {};
}

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &params)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return Error::failure(q.lastError().text() + QStringLiteral(" [") + sql.simplified().left(200) + QLatin1Char(']'));
    for (int i = 0; i < params.size(); ++i)
        q.bindValue(i, params.at(i));
    if (!q.exec())
        return Error::failure(q.lastError().text() + QStringLiteral(" [") + sql.simplified().left(200) + QLatin1Char(']'));
    return q;
}

QString ident(const QString &name)
{
    QString n = name;
    n.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + n + QLatin1Char('"');
}

QString literal(const QString &text)
{
    QString t = text;
    t.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + t + QLatin1Char('\'');
}

} // namespace trato::Sql
