// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QCoreApplication>
#include <QString>

namespace trato {

class Database;

// Policies stored in the database itself (table team_setting, migration 0005), so every user of a
// shared customer base and every face of Trato (GUI, trato-cli) follows the same rules: the sales
// loop's strictness, follow-up rules, relationship thresholds. Machine-local preferences
// (language, window size, the caller listener) stay in AppSettings.
class TeamSettings
{
    Q_DECLARE_TR_FUNCTIONS(trato::TeamSettings)
public:
    static constexpr const char *kChangeName = "team_setting"; // Database::recordsChanged name

    explicit TeamSettings(Database &db) : m_db(db) {}

    // The stored value, or fallback when the key was never set (or cannot be read).
    QString value(const QString &key, const QString &fallback = QString()) const;
    // Writes one value in its own transaction (nested in the caller's when there is one).
    Status setValue(const QString &key, const QString &value);
    // Back to the built-in default.
    Status remove(const QString &key);

private:
    Database &m_db;
};

} // namespace trato
