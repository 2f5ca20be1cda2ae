// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/scoring.h"

#include <QDate>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

class QChartView;
class QHorizontalBarSeries;

namespace trato {

class Database;

// Análisis › Segments & scores: RFM segment counts and revenue (a chart and a table), the top
// accounts by purchase propensity and the top open leads by lead score with their main factors.
// Opening the page (and Recompute) runs Scoring::recomputeAll on a worker with progress and
// Cancel, which also stores the segments and scores in the records' fields; double-clicking a row
// emits openRecord(entity, id), which ModulePage connects.
class ScoringPage : public QWidget
{
    Q_OBJECT
public:
    explicit ScoringPage(Database &db, QWidget *parent = nullptr);
    ~ScoringPage() override;

    void setToday(const QDate &today) { m_today = today; } // tests: a fixed "today"
    bool isRunning() const { return m_running; }
    QTableWidget *segmentTable() const { return m_segments; }
    QTableWidget *accountTable() const { return m_accounts; }
    QTableWidget *leadTable() const { return m_leads; }
    QChartView *chartView() const { return m_chart; }

public Q_SLOTS:
    void recompute();
    void cancel();

Q_SIGNALS:
    void openRecord(const QString &entity, const QString &id);
    void finished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void apply(const Scoring::All &all);
    void fillScores(QTableWidget *table, const QList<ScoredRecord> &records);

    Database &m_db;
    QDate m_today;
    bool m_running = false;
    bool m_loadedOnce = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QPushButton *m_recompute;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QChartView *m_chart;
    QTableWidget *m_segments;
    QTableWidget *m_accounts;
    QTableWidget *m_leads;
};

} // namespace trato
