// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry.h"

namespace trato {

// Declared in builtinentities.cpp, one function per entity so a module adds an entity in one place.
QList<Entity> builtinEntityDescriptions();

Registry::Registry(QObject *parent)
    : QObject(parent)
    , m_entities(builtinEntities())
{
}

void Registry::appendSystemFields(Entity &entity)
{
    auto sys = [](const char *name, FieldType type, const char *label, unsigned show, bool readOnly) {
        Field f = Field::make(name, type, label);
        f.system = true;
        f.readOnly = readOnly;
        f.show = show;
        return f;
    };
    entity.fields << sys("owner", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Owner"),
                         Field::InForm | Field::InImport, false);
    entity.fields << sys("created_at", FieldType::DateTime, QT_TRANSLATE_NOOP("trato::Metadata", "Created"),
                         Field::InForm, true);
    entity.fields << sys("updated_at", FieldType::DateTime, QT_TRANSLATE_NOOP("trato::Metadata", "Modified"),
                         Field::InForm, true);
    entity.fields << sys("created_by", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Created by"),
                         Field::InForm, true);
    entity.fields << sys("deleted", FieldType::Bool, QT_TRANSLATE_NOOP("trato::Metadata", "Deleted"), 0, true);
    // "id" comes last: shown on demand in lists, never edited.
    entity.fields << sys("id", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Id"), 0, true);
    for (auto &f : entity.fields)
        if (f.name == QLatin1String("owner")) {
            f.indexed = true;
            if (!entity.ownerLabel.isEmpty())
                f.label = entity.ownerLabel;
        }
}

QList<Entity> Registry::builtinEntities()
{
    QList<Entity> all = builtinEntityDescriptions();
    for (auto &e : all)
        appendSystemFields(e);
    return all;
}

const Entity *Registry::entity(const QString &name) const
{
    for (const auto &e : m_entities)
        if (e.name == name)
            return &e;
    return nullptr;
}

Entity *Registry::mutableEntity(const QString &name)
{
    for (auto &e : m_entities)
        if (e.name == name)
            return &e;
    return nullptr;
}

QList<const Entity *> Registry::entities() const
{
    QList<const Entity *> out;
    for (const auto &e : m_entities)
        out << &e;
    return out;
}

QList<const Entity *> Registry::entitiesOf(Module module) const
{
    QList<const Entity *> out;
    for (const auto &e : m_entities)
        if (e.module == module && !e.embedded)
            out << &e;
    return out;
}

QStringList Registry::entityNames() const
{
    QStringList names;
    for (const auto &e : m_entities)
        names << e.name;
    return names;
}

void Registry::setEntities(QList<Entity> entities)
{
    m_entities = std::move(entities);
    for (const auto &e : m_entities)
        Q_EMIT entityChanged(e.name);
}

void Registry::addField(const QString &entityName, const Field &field)
{
    Entity *e = mutableEntity(entityName);
    if (!e)
        return;
    int at = 0;
    while (at < e->fields.size() && !e->fields.at(at).system)
        ++at;
    e->fields.insert(at, field);
    Q_EMIT entityChanged(entityName);
}

void Registry::removeField(const QString &entityName, const QString &fieldName)
{
    Entity *e = mutableEntity(entityName);
    if (!e)
        return;
    e->fields.removeIf([&](const Field &f) { return f.name == fieldName && f.custom; });
    Q_EMIT entityChanged(entityName);
}

} // namespace trato
