// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnchooser.h"

#include "util/appsettings.h"

#include "metadata/registry.h"
#include "store/database.h"

#include <QSignalBlocker>

namespace trato {

ColumnChooser::ColumnChooser(Database &db, const QString &entity, QWidget *parent)
    : QMenu(parent)
    , m_db(db)
    , m_entity(entity)
{
    setObjectName(QStringLiteral("columnChooser"));
    setTitle(tr("Columns"));
    setAccessibleName(tr("Columns"));
    const Entity *e = db.registry()->entity(entity);
    const QStringList saved = AppSettings::listColumns(entity);
    const QStringList known = AppSettings::knownFields(entity);
    if (e) {
        for (const QString &name : saved)
            if (e->field(name))
                m_columns << name;
        for (const Field &f : e->fields) {
            m_known << f.name;
            // Default columns, plus list fields added since the choice was saved.
            if ((saved.isEmpty() || !known.contains(f.name)) && f.has(Field::InList) && !m_columns.contains(f.name))
                m_columns << f.name;
        }
    }
    connect(db.registry(), &Registry::entityChanged, this, &ColumnChooser::onEntityChanged);
    rebuild();
}

void ColumnChooser::rebuild()
{
    clear();
    const Entity *e = m_db.registry()->entity(m_entity);
    if (!e)
        return;
    for (const Field &f : e->fields) {
        if (f.name == QLatin1String("deleted"))
            continue;
        QAction *a = addAction(f.displayLabel());
        a->setCheckable(true);
        a->setChecked(m_columns.contains(f.name));
        a->setData(f.name);
        const QString name = f.name;
        connect(a, &QAction::toggled, this, [this, name](bool on) { toggle(name, on); });
    }
}

void ColumnChooser::setColumns(const QStringList &columns)
{
    m_columns = columns;
    rebuild();
    save();
    Q_EMIT columnsChanged(m_columns);
}

void ColumnChooser::toggle(const QString &field, bool on)
{
    if (on == m_columns.contains(field))
        return;
    if (!on && m_columns.size() == 1) {
        // A list needs at least one column: check it again (not by rebuilding the menu, which
        // would delete the action that is emitting this signal).
        for (QAction *a : actions()) {
            if (a->data().toString() == field) {
                const QSignalBlocker block(a);
                a->setChecked(true);
            }
        }
        return;
    }
    if (on) {
        // Keep the entity's field order, which is the form's order too.
        const Entity *e = m_db.registry()->entity(m_entity);
        QStringList ordered;
        for (const Field &f : e->fields)
            if (m_columns.contains(f.name) || f.name == field)
                ordered << f.name;
        m_columns = ordered;
    } else {
        m_columns.removeAll(field);
    }
    save();
    Q_EMIT columnsChanged(m_columns);
}

void ColumnChooser::onEntityChanged(const QString &entity)
{
    if (entity != m_entity)
        return;
    const Entity *e = m_db.registry()->entity(m_entity);
    if (!e)
        return;
    QStringList columns;
    for (const QString &name : std::as_const(m_columns))
        if (e->field(name))
            columns << name;
    for (const Field &f : e->fields) {
        if (!m_known.contains(f.name)) {
            m_known << f.name;
            if (f.has(Field::InList))
                columns << f.name;
        }
    }
    const bool changed = columns != m_columns;
    m_columns = columns;
    rebuild();
    if (changed) {
        save();
        Q_EMIT columnsChanged(m_columns);
    }
}

void ColumnChooser::save()
{
    AppSettings::setListColumns(m_entity, m_columns, m_known);
}

} // namespace trato
