// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dedupe/mergeservice.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace trato {

class Database;

// Merges duplicates: one column per record, a "Keep" choice on top and, for each field whose values
// differ, which record's value the kept record ends up with (the kept record's own value by default,
// or the first filled one when it has none); the Result column previews the merged record. Merge
// runs MergeService (one transaction) and closes the dialog.
class MergeDialog : public QDialog
{
    Q_OBJECT
public:
    MergeDialog(Database &db, const QString &entity, const QStringList &ids, QWidget *parent = nullptr);

    bool isValid() const { return m_valid; } // false: the records could not be read (error shown)
    QString errorText() const { return m_errorText; }
    // For tests and keyboard users: the record kept and the record whose value wins for a field.
    void setKept(const QString &id);
    void take(const QString &field, const QString &id);
    QString keptId() const;
    QString resultText(const QString &field) const;
    QPushButton *mergeButton() const { return m_merge; }
    QStringList differingFields() const { return m_fields; }
    bool mergeNow(); // what the Merge button does; false (message shown) on a refusal

private:
    void build();
    void updateResults();
    QString valueText(const QString &field, int record) const;

    Database &m_db;
    QString m_entity;
    QStringList m_ids;
    QList<Record> m_records;
    QStringList m_fields;
    QButtonGroup *m_keep = nullptr;
    QHash<QString, QButtonGroup *> m_choices;
    QHash<QString, QLabel *> m_results;
    QLabel *m_error;
    QPushButton *m_merge;
    bool m_valid = false;
    QString m_errorText;
};

} // namespace trato
