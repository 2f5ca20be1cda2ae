// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamsettings.h"

#include "database.h"
#include "transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace trato {

QString TeamSettings::value(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM team_setting WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

Status TeamSettings::setValue(const QString &key, const QString &value)
{
    if (key.trimmed().isEmpty())
        return Error::badInput(tr("A setting needs a name."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral("INSERT INTO team_setting (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
                             "updated_by = excluded.updated_by"));
    q.addBindValue(key);
    q.addBindValue(value);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(m_db.user());
    if (!q.exec())
        return Error::failure(tr("Could not save the setting %1: %2").arg(key, q.lastError().text()));
    tx.touched(QString::fromLatin1(kChangeName));
    return tx.commit();
}

Status TeamSettings::remove(const QString &key)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral("DELETE FROM team_setting WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return Error::failure(tr("Could not reset the setting %1: %2").arg(key, q.lastError().text()));
    tx.touched(QString::fromLatin1(kChangeName));
    return tx.commit();
}

} // namespace trato
