// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace trato {

class Database;

// How a user (the name stored in `owner`) is shown: display name, calendar color and team.
struct UserProfile
{
    QString name;
    QString displayName;  // never empty: the user name when none was set
    QString color;        // #rrggbb, never empty: derived from the name when none was set
    QString team;
    bool stored = false;  // has a row in user_profile
};

// The user_profile table (migration 0005). A user without a row, or without a color, gets a
// stable color derived from the name out of a fixed palette, so the same person has the same
// color on every machine and in every session without anybody choosing one.
class UserProfiles
{
    Q_DECLARE_TR_FUNCTIONS(trato::UserProfiles)
public:
    static constexpr const char *kChangeName = "user_profile"; // Database::recordsChanged name

    explicit UserProfiles(Database &db) : m_db(db) {}

    // Every stored profile plus every user that owns an activity, by name.
    Result<QList<UserProfile>> list() const;
    // One user's profile (derived when there is no row).
    UserProfile profile(const QString &name) const;
    // Every stored profile, by name (the GUI caches this and derives the rest).
    QHash<QString, UserProfile> stored() const;

    // Creates or changes a profile; fields not given keep their value. The color must be #rrggbb
    // (#RGB is accepted and expanded); an empty color means "derived again".
    struct Changes
    {
        std::optional<QString> displayName;
        std::optional<QString> color;
        std::optional<QString> team;
    };
    Status set(const QString &name, const Changes &changes);

    // The palette color for a name: the same name, the same color.
    static QString derivedColor(const QString &name);
    static const QStringList &palette();
    // "#a1b2c3" for a valid color (case folded, #abc expanded), nullopt otherwise.
    static std::optional<QString> normalizeColor(const QString &text);

private:
    Database &m_db;
};

} // namespace trato
