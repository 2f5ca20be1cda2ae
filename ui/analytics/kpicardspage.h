// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/kpis.h"

#include <QDate>
#include <QDateTime>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;

namespace trato {

class Database;

// Análisis › "KPIs": a period (a Period key or a custom range), an owner filter, and one card per
// KPI of Kpis (value, previous period's value, a delta arrow, the definition as tooltip), computed
// on a worker. Preview, Print and Export PDF of the KPI table go through TablePrinter; print and PDF
// are painted on a worker.
class KpiCardsPage : public QWidget
{
    Q_OBJECT
public:
    explicit KpiCardsPage(Database &db, QWidget *parent = nullptr);

    // Tests: a fixed "today" (resolves the period keys) and "now" (SLA decisions).
    void setToday(const QDate &today) { m_today = today; }
    void setNow(const QDateTime &now) { m_now = now; }
    QComboBox *periodCombo() const { return m_period; }
    QComboBox *ownerCombo() const { return m_owner; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    const KpiReport &report() const { return m_report; }
    const ReportTable &table() const { return m_table; }
    // The card of a KPI key (objectName "kpiCard_<key>"), its value label "value", previous "previous".
    QWidget *card(const QString &key) const;
    QString statusText() const;

public Q_SLOTS:
    void refresh();
    void preview();
    void print();
    void exportPdf(const QString &path = QString()); // empty: ask for a file

Q_SIGNALS:
    void refreshed(bool ok);
    void exported(const QString &path, bool ok);

private:
    void showReport();
    void periodChanged();
    void setBusy(bool busy);

    Database &m_db;
    QDate m_today;
    QDateTime m_now;
    int m_generation = 0;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_owner = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QLabel *m_status = nullptr;
    QGridLayout *m_grid = nullptr;
    KpiReport m_report;
    ReportTable m_table;
};

} // namespace trato
