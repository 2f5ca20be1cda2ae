// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldeditor.h"

class QCompleter;
class QLineEdit;
class QStringListModel;

namespace trato {

// Tags in a record form: one line, tags separated by commas ("vip, feria 2025"), the tag being typed
// completed from the tags already used on the entity (counted on a worker thread once per editor).
class TagsEditor : public FieldEditor
{
    Q_OBJECT
public:
    TagsEditor(Database &db, const QString &entity, const Field &field, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QCompleter *completer() const { return m_completer; }
    // The known tags offered for completion (filled in asynchronously).
    QStringList knownTags() const;

Q_SIGNALS:
    void knownTagsLoaded();

protected:
    void load(const QVariant &stored) override;
    Result<QVariant> parsed() const override;

private:
    QLineEdit *m_edit;
    QCompleter *m_completer;
    QStringListModel *m_tags;
};

} // namespace trato
