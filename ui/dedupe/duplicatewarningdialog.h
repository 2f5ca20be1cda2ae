// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dedupe/duplicatefinder.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace trato {

// Asked when a record about to be saved looks like records that exist: lists them with why, and
// offers Open (the selected one, instead of saving), Save anyway and Cancel.
class DuplicateWarningDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice { Cancel, SaveAnyway, Open };

    DuplicateWarningDialog(const QString &entityLabel, const QList<DuplicateCandidate> &candidates,
                           QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QString chosenId() const; // the selected candidate (Open)
    QTreeWidget *list() const { return m_list; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *saveButton() const { return m_save; }

private:
    QTreeWidget *m_list;
    QPushButton *m_open;
    QPushButton *m_save;
    Choice m_choice = Cancel;
};

} // namespace trato
