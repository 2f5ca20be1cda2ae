// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"

#include <QObject>

namespace trato {

// All entity descriptions of one database: the built-in ones plus the custom fields its users added.
// Owned by the Database; views listen to entityChanged() to pick up new fields without a restart.
class Registry : public QObject
{
    Q_OBJECT
public:
    explicit Registry(QObject *parent = nullptr);

    // The descriptions shipped with Trato, system fields included.
    static QList<Entity> builtinEntities();
    // Appends id/owner/created_at/... to an entity description (used for built-ins and in tests).
    static void appendSystemFields(Entity &entity);

    const Entity *entity(const QString &name) const;
    QList<const Entity *> entities() const;
    QList<const Entity *> entitiesOf(Module module) const; // without the embedded ones
    QStringList entityNames() const;

    void setEntities(QList<Entity> entities);
    // Inserts a custom field before the system fields; emits entityChanged.
    void addField(const QString &entityName, const Field &field);
    void removeField(const QString &entityName, const QString &fieldName);

Q_SIGNALS:
    void entityChanged(const QString &entityName);

private:
    Entity *mutableEntity(const QString &name);
    QList<Entity> m_entities;
};

} // namespace trato
