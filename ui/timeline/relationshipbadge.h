// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/recordstore.h"

#include <QDateTime>
#include <QLabel>

namespace trato {

struct Entity;

// "Friend · last reached 3 days ago" on a contact card or an account header: the derived
// relationship field (unknown → acquaintance → good acquaintance → friend) and last_activity_at,
// both kept by the activity service. Hidden for entities without them.
class RelationshipBadge : public QLabel
{
    Q_OBJECT
public:
    explicit RelationshipBadge(QWidget *parent = nullptr);
    // now: injectable for tests; invalid = the current time.
    void showFor(const Entity &entity, const Record &record, const QDateTime &now = QDateTime());
    static QString describe(const Entity &entity, const Record &record, const QDateTime &now);
};

} // namespace trato
