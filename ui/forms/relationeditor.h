// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldeditor.h"

#include <QTimer>

class QCompleter;
class QLineEdit;
class QStandardItemModel;
class QToolButton;

namespace trato {

// Picks the record a relation field points at: the user types part of its name and chooses from at
// most 20 matches (full-text search, run off the GUI thread); the field stores the record's id.
// Typing an exact name without choosing also works (resolved on save).
class RelationEditor : public FieldEditor
{
    Q_OBJECT
public:
    RelationEditor(Database &db, const Field &field, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QCompleter *completer() const { return m_completer; }
    QString currentId() const { return m_id; }

protected:
    void load(const QVariant &stored) override;
    Result<QVariant> parsed() const override;

private:
    void onTextEdited(const QString &text);
    void requestSuggestions();
    void choose(const QString &id, const QString &title);

    Database &m_db;
    QLineEdit *m_edit;
    QToolButton *m_open;
    QCompleter *m_completer;
    QStandardItemModel *m_suggestions;
    QTimer m_debounce;
    QString m_id;
    QString m_title;
    quint64 m_generation = 0;
};

} // namespace trato
