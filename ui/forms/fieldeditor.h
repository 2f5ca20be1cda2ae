// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metadata/field.h"
#include "util/result.h"

#include <QVariant>
#include <QWidget>

namespace trato {

class Database;

// The editor of one field in a generated record form: converts between the store's value and a
// widget that suits the field's type (line edits with validators, dates with a "no date" state,
// picklists, relation pickers...). It remembers the value it was given, so untouched fields are
// never re-parsed or written back.
class FieldEditor : public QWidget
{
    Q_OBJECT
public:
    // One editor per field type; read-only fields get a read-only text.
    static FieldEditor *create(Database &db, const Field &field, QWidget *parent = nullptr);
    // The same, for a field of a given entity (tags complete from the entity's tags).
    static FieldEditor *create(Database &db, const QString &entity, const Field &field, QWidget *parent = nullptr);

    const Field &field() const { return m_field; }
    QString fieldName() const { return m_field.name; }

    // Shows a stored value; the editor is clean afterwards.
    void setValue(const QVariant &stored);
    // Shows a value as if the user had typed it (kept input across a form rebuild).
    void setEditedValue(const QVariant &stored);
    // The value in storage form: the original one when untouched, else what the user entered,
    // parsed with the current locale; an error names the field by its label.
    Result<QVariant> value() const;
    bool isDirty() const { return m_dirty; }
    QVariant originalValue() const { return m_original; }

    // Marks the editor as holding a bad value (red frame, the message as tooltip).
    void setError(const QString &message);

Q_SIGNALS:
    void edited();
    void openRequested(const QString &entity, const QString &id);

protected:
    FieldEditor(const Field &field, QWidget *parent);
    // Puts the real input widget in place: layout, focus proxy, accessible name from the label.
    void setEditor(QWidget *editor);
    QWidget *editor() const { return m_editor; }
    void markEdited();
    Error fieldError(const Error &error) const;

    virtual void load(const QVariant &stored) = 0;
    virtual Result<QVariant> parsed() const = 0;

private:
    Field m_field; // a copy: registry entries move when custom fields are added
    QWidget *m_editor = nullptr;
    QVariant m_original;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace trato
