// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationshipbadge.h"

#include "metadata/entity.h"
#include "timeline/cooling.h"

namespace trato {

RelationshipBadge::RelationshipBadge(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("relationshipBadge"));
    hide();
}

QString RelationshipBadge::describe(const Entity &entity, const Record &record, const QDateTime &now)
{
    const Field *relationship = entity.field(QStringLiteral("relationship"));
    const Field *last = entity.field(QStringLiteral("last_activity_at"));
    if (!relationship && !last)
        return {};
    QStringList parts;
    if (relationship) {
        const QString key = record.value(relationship->name).toString();
        parts << relationship->optionLabel(key.isEmpty() ? QStringLiteral("unknown") : key);
    }
    if (last) {
        const int days = Cooling::daysSince(record.value(last->name).toString(), now.isValid() ? now : QDateTime::currentDateTimeUtc());
        if (days < 0)
            parts << tr("never reached");
        else if (days == 0)
            parts << tr("last reached today");
        else if (days == 1)
            parts << tr("last reached yesterday");
        else
            parts << tr("last reached %1 days ago").arg(days);
    }
    return parts.join(QStringLiteral(" · "));
}

void RelationshipBadge::showFor(const Entity &entity, const Record &record, const QDateTime &now)
{
    const QString text = describe(entity, record, now);
    setText(text);
    setAccessibleName(text);
    setToolTip(tr("Relationship, from how often and how recently this record was reached"));
    // Warmer colours for closer relationships; the palette works on light and dark themes alike.
    const QString key = record.value(QStringLiteral("relationship")).toString();
    QString colors = QStringLiteral("background: #eef2f7; color: #334155; border: 1px solid #d5dde8;");
    if (key == QLatin1String("friend"))
        colors = QStringLiteral("background: #e7f6ec; color: #14532d; border: 1px solid #b7e2c4;");
    else if (key == QLatin1String("good_acquaintance"))
        colors = QStringLiteral("background: #e8f1fd; color: #1e3a8a; border: 1px solid #bcd3f5;");
    else if (key == QLatin1String("acquaintance"))
        colors = QStringLiteral("background: #fdf6e3; color: #713f12; border: 1px solid #f1dfa8;");
    setStyleSheet(colors + QStringLiteral(" border-radius: 6px; padding: 0px 6px; font-size: 85%;"));
    setVisible(!text.isEmpty());
}

} // namespace trato
