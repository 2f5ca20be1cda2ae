// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/listquery.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace trato {

class Database;

// The filter editor of a list: rows of field, operator and value (add and remove rows), all of
// which must hold. Values are typed as in forms and checked by Filter::make (core) when applied;
// a bad one keeps the dialog open with the message and the row marked.
class FilterDialog : public QDialog
{
    Q_OBJECT
public:
    FilterDialog(Database &db, const QString &entity, const QList<Condition> &conditions, QWidget *parent = nullptr);

    // The conditions as applied (valid after accept()).
    QList<Condition> conditions() const { return m_result; }

    // For tests and keyboard users: the rows' widgets.
    int rowCount() const { return int(m_rows.size()); }
    void addRow(const QString &field = QString(), Condition::Op op = Condition::Equals, const QString &value = QString());
    QComboBox *fieldBox(int row) const;
    QComboBox *operatorBox(int row) const;
    QLineEdit *valueEdit(int row) const;
    QPushButton *removeButton(int row) const;
    QPushButton *addButton() const { return m_add; }
    QLabel *errorLabel() const { return m_error; }

    void accept() override;

private:
    struct Row
    {
        QWidget *widget;
        QComboBox *field;
        QComboBox *op;
        QLineEdit *value;
        QPushButton *remove;
    };
    void fillOperators(const Row &row, Condition::Op preferred);
    void removeRow(QWidget *rowWidget);

    Database &m_db;
    QString m_entity;
    QVBoxLayout *m_rowsLayout;
    QList<Row> m_rows;
    QPushButton *m_add;
    QLabel *m_error;
    QList<Condition> m_result;
};

} // namespace trato
