// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metadata/field.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTreeWidget;

namespace trato {

class Database;

// Settings -> Fields: the fields of an entity, built-in and custom, and the buttons to add a
// custom field or remove one. Changes apply at once (they are schema changes in one transaction)
// and reach open forms and lists through Registry::entityChanged.
class FieldsPage : public QWidget
{
    Q_OBJECT
public:
    explicit FieldsPage(Database &db, QWidget *parent = nullptr);

    QComboBox *entityPicker() const { return m_entity; }
    QTreeWidget *fieldList() const { return m_fields; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QString currentEntity() const;

    // What the Add and Remove buttons do after their dialogs; false with a message box on error.
    bool addField(const QString &entity, const Field &field);
    bool removeField(const QString &entity, const QString &fieldName);

private:
    void showFields();
    void onAdd();
    void onRemove();
    void updateButtons();

    Database &m_db;
    QComboBox *m_entity;
    QTreeWidget *m_fields;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace trato
