// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace trato {

class Database;

// Contacts (accounts, leads) that are cooling down: last reached (last_activity_at, kept by the
// activity service) more than N days ago, or never reached although someone already called,
// met or wrote a note about them. Records marked do-not-call are left out.
struct CoolingQuery
{
    QString entity = QStringLiteral("contact");
    int days = 30;
    QDateTime now;        // invalid: the current time
    qint64 limit = -1;    // -1: all
};

struct CoolingRecord
{
    QString id;
    QString name;
    QString lastActivityAt;   // empty: never reached
    int days = -1;            // whole days since last_activity_at; -1: never reached
    QString relationship;     // picklist key; empty when the entity has none
};

namespace Cooling {
// Recently cooled first (they are the easiest to win back), then the never-reached ones by name.
// Reads through the last_activity_at index and the activities'/notes' relation indexes.
Result<QList<CoolingRecord>> list(Database &db, const CoolingQuery &query);
// Whole days from an ISO UTC time to now (0 for the future); -1 for empty or invalid text.
int daysSince(const QString &isoUtc, const QDateTime &now);
} // namespace Cooling

} // namespace trato
