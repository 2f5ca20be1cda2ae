// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/recordstore.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace trato {

class Database;
class FieldEditor;

// The Details part of a record view, generated from the entity's metadata: one editor per form
// field, required fields marked, the fields Trato manages (created, modified...) below them.
// Rebuilds itself when fields are added or removed, keeping what the user typed.
class RecordForm : public QWidget
{
    Q_OBJECT
public:
    RecordForm(Database &db, const QString &entity, QWidget *parent = nullptr);

    // Shows a record; an empty one shows a new record with the fields' defaults.
    void setRecord(const Record &record);
    bool isModified() const;
    // What to write: for a new record every filled field, else the fields the user changed.
    // On a bad value: the error (naming the field), the editor marked and focused.
    Result<QVariantMap> changes(bool creating);
    // Marks the editor of the field a store error names, if any.
    void markError(const QString &message);
    FieldEditor *editor(const QString &fieldName) const { return m_editors.value(fieldName); }
    void focusFirstEditor();

Q_SIGNALS:
    void modified();
    void openRequested(const QString &entity, const QString &id);

private:
    void rebuild();
    void onEntityChanged(const QString &entity);

    Database &m_db;
    QString m_entity;
    Record m_record;
    QHash<QString, FieldEditor *> m_editors;
    QList<FieldEditor *> m_order;
    QWidget *m_body = nullptr;
};

} // namespace trato
