// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/supportkpis.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace trato {

class Database;
class ReportTableModel;

// "Support KPIs": a period (from, to, by agent/week/month) and the table of SupportKpis, computed
// on a worker; the totals row last, in bold.
class KpiPage : public QWidget
{
    Q_OBJECT
public:
    explicit KpiPage(Database &db, QWidget *parent = nullptr);

    ReportTableModel *model() const { return m_model; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *byCombo() const { return m_by; }
    // Tests: a fixed "now" (which due times have passed).
    void setNow(const QDateTime &now) { m_now = now; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed();

private:
    Database &m_db;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_by = nullptr;
    QPushButton *m_run = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
    ReportTableModel *m_model = nullptr;
    QDateTime m_now;
    int m_generation = 0;
};

} // namespace trato
