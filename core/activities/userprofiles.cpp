// SPDX-License-Identifier: GPL-3.0-or-later
#include "userprofiles.h"

#include "../store/database.h"
#include "../store/transaction.h"

#include <QDateTime>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace trato {

namespace {

UserProfile fill(UserProfile p)
{
    if (p.displayName.isEmpty())
        p.displayName = p.name;
    if (p.color.isEmpty())
        p.color = UserProfiles::derivedColor(p.name);
    return p;
}

} // namespace

const QStringList &UserProfiles::palette()
{
    // Twelve mid-tone colors that stay readable under white text and apart from each other.
    static const QStringList colors{
        QStringLiteral("#3b7dd8"), QStringLiteral("#d9534f"), QStringLiteral("#2e9e6a"), QStringLiteral("#e08a1e"),
        QStringLiteral("#8e5cc7"), QStringLiteral("#16a2b8"), QStringLiteral("#c2457f"), QStringLiteral("#6b8e23"),
        QStringLiteral("#b5651d"), QStringLiteral("#5467c9"), QStringLiteral("#2a9d8f"), QStringLiteral("#9c6b4e"),
    };
    return colors;
}

QString UserProfiles::derivedColor(const QString &name)
{
    // FNV-1a over the UTF-8 bytes: stable across runs and platforms (qHash is seeded per process).
    quint32 h = 2166136261u;
    for (const char c : name.toUtf8()) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    return palette().at(int(h % quint32(palette().size())));
}

std::optional<QString> UserProfiles::normalizeColor(const QString &text)
{
    const QString t = text.trimmed().toLower();
    static const QRegularExpression six(QStringLiteral("^#[0-9a-f]{6}$"));
    static const QRegularExpression three(QStringLiteral("^#[0-9a-f]{3}$"));
    if (six.match(t).hasMatch())
        return t;
    if (three.match(t).hasMatch())
        return QStringLiteral("#%1%1%2%2%3%3").arg(t.at(1)).arg(t.at(2)).arg(t.at(3));
    return std::nullopt;
}

QHash<QString, UserProfile> UserProfiles::stored() const
{
    QHash<QString, UserProfile> out;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT name, display_name, color, team FROM user_profile")))
        return out;
    while (q.next()) {
        UserProfile p;
        p.name = q.value(0).toString();
        p.displayName = q.value(1).toString();
        p.color = q.value(2).toString();
        p.team = q.value(3).toString();
        p.stored = true;
        out.insert(p.name, fill(p));
    }
    return out;
}

UserProfile UserProfiles::profile(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT display_name, color, team FROM user_profile WHERE name = ?"));
    q.addBindValue(name);
    UserProfile p;
    p.name = name;
    if (q.exec() && q.next()) {
        p.displayName = q.value(0).toString();
        p.color = q.value(1).toString();
        p.team = q.value(2).toString();
        p.stored = true;
    }
    return fill(p);
}

Result<QList<UserProfile>> UserProfiles::list() const
{
    QMap<QString, UserProfile> byName;
    const auto rows = stored();
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        byName.insert(it.key(), it.value());
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT owner FROM activity WHERE owner IS NOT NULL AND owner <> ''")))
        return Error::failure(tr("Could not read the users: %1").arg(q.lastError().text()));
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (!byName.contains(name)) {
            UserProfile p;
            p.name = name;
            byName.insert(name, fill(p));
        }
    }
    return byName.values();
}

Status UserProfiles::set(const QString &name, const Changes &changes)
{
    const QString user = name.trimmed();
    if (user.isEmpty())
        return Error::badInput(tr("A user needs a name."));
    QString color;
    if (changes.color && !changes.color->trimmed().isEmpty()) {
        const auto c = normalizeColor(*changes.color);
        if (!c)
            return Error::badInput(tr("Color \"%1\" is not a color: use #rrggbb, for example #3b7dd8.").arg(*changes.color));
        color = *c;
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral("INSERT INTO user_profile (name, display_name, color, team, updated_at) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT (name) DO UPDATE SET display_name = excluded.display_name, color = excluded.color, "
                             "team = excluded.team, updated_at = excluded.updated_at"));
    // Stored values only: a derived display name or color is not written down.
    QSqlQuery old(tx.connection());
    old.prepare(QStringLiteral("SELECT display_name, color, team FROM user_profile WHERE name = ?"));
    old.addBindValue(user);
    QString display, storedColor, team;
    if (old.exec() && old.next()) {
        display = old.value(0).toString();
        storedColor = old.value(1).toString();
        team = old.value(2).toString();
    }
    // A null QString binds as NULL; the columns are NOT NULL DEFAULT ''.
    auto notNull = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
    q.addBindValue(user);
    q.addBindValue(notNull(changes.displayName ? changes.displayName->trimmed() : display));
    q.addBindValue(notNull(changes.color ? color : storedColor));
    q.addBindValue(notNull(changes.team ? changes.team->trimmed() : team));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec())
        return Error::failure(tr("Could not save the user %1: %2").arg(user, q.lastError().text()));
    tx.touched(QString::fromLatin1(kChangeName));
    return tx.commit();
}

} // namespace trato
