// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/listquery.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace trato {

class Database;

// File > Export…: the current list's search and filter or all records, as CSV (delimiter,
// encoding, header style) or vCard 4.0, written by Exporter on a worker thread.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(Database &db, const ListQuery &current, QWidget *parent = nullptr);

    void setFile(const QString &path);
    QComboBox *formatCombo() const { return m_format; }
    QComboBox *encodingCombo() const { return m_encoding; }
    QComboBox *delimiterCombo() const { return m_delimiter; }
    QRadioButton *allButton() const { return m_all; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *statusLabel() const { return m_status; }
    void startExport();

Q_SIGNALS:
    void exported(bool ok, const QString &message);

private:
    void updateEnabled();

    Database &m_db;
    ListQuery m_current;
    QLineEdit *m_path;
    QComboBox *m_format;
    QComboBox *m_delimiter;
    QComboBox *m_encoding;
    QCheckBox *m_labels;
    QRadioButton *m_filtered;
    QRadioButton *m_all;
    QPushButton *m_export;
    QLabel *m_status;
    bool m_running = false;
};

} // namespace trato
