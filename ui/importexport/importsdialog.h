// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace trato {

class Database;

// File > Import history…: the import log, newest first, with Revert (ImportLog::revert on a
// worker; when records were changed since, it asks before forcing).
class ImportsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportsDialog(Database &db, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *revertButton() const { return m_revert; }
    void reload();
    void revertSelected(bool force = false);

Q_SIGNALS:
    void reverted(bool ok);

private:
    Database &m_db;
    QTableWidget *m_table;
    QPushButton *m_revert;
};

} // namespace trato
