// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace trato {

class Database;

// The column menu of a list: one checkable entry per field of the entity. Remembers the choice
// per entity in the settings; fields added later (Settings -> Fields, trato-cli) that are meant
// for lists join the columns by themselves, removed ones leave.
class ColumnChooser : public QMenu
{
    Q_OBJECT
public:
    ColumnChooser(Database &db, const QString &entity, QWidget *parent = nullptr);

    QStringList columns() const { return m_columns; }
    void setColumns(const QStringList &columns);

Q_SIGNALS:
    void columnsChanged(const QStringList &columns);

private:
    void rebuild();
    void onEntityChanged(const QString &entity);
    void toggle(const QString &field, bool on);
    void save();

    Database &m_db;
    QString m_entity;
    QStringList m_columns;
    QStringList m_known; // every field this list has offered so far
};

} // namespace trato
