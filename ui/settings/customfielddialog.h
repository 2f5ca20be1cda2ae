// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metadata/field.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace trato {

class Database;

// Describes a new custom field: label, name (derived from the label until edited), type,
// required, picklist values, relation target, and whether it shows in lists and search.
class CustomFieldDialog : public QDialog
{
    Q_OBJECT
public:
    CustomFieldDialog(Database &db, const QString &entity, QWidget *parent = nullptr);

    Field field() const;
    static QString typeLabel(FieldType type);

    void accept() override;

private:
    void updateForType();

    Database &m_db;
    QString m_entity;
    QLineEdit *m_label;
    QLineEdit *m_name;
    QComboBox *m_type;
    QCheckBox *m_required;
    QLabel *m_optionsLabel;
    QPlainTextEdit *m_options;
    QLabel *m_targetLabel;
    QComboBox *m_target;
    QCheckBox *m_inList;
    QCheckBox *m_inSearch;
    QLabel *m_error;
    bool m_nameEdited = false;
};

} // namespace trato
