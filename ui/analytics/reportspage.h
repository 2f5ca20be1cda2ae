// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/reportengine.h"
#include "analytics/reportservice.h"

#include <QDate>
#include <QDialog>
#include <QWidget>

class QCheckBox;
class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace trato {

class Database;
class ReportTableModel;

// The table and the chart of a run report (tabs "Table" and "Chart").
class ReportPreview : public QWidget
{
    Q_OBJECT
public:
    explicit ReportPreview(QWidget *parent = nullptr);
    void setResult(ReportResult result); // the table moves into the model (held once)
    void clear();
    ReportTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QChartView *chartView() const { return m_chartView; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void openRecord(const QString &entity, const QString &id);

private:
    ReportTableModel *m_model;
    QTableView *m_view;
    QChartView *m_chartView;
    QTabWidget *m_tabs;
};

// Builds or edits a report definition: name and sharing, the entity, columns (own and related
// fields, each with an optional sum/average/count), filter rows (operators of the field's type,
// relative periods on dates), up to two groupings (dates by month, quarter or year), sorting,
// totals and chart. Preview runs it on a worker and shows the rows.
class ReportBuilderDialog : public QDialog
{
    Q_OBJECT
public:
    ReportBuilderDialog(Database &db, QWidget *parent = nullptr);

    void setDefinition(const ReportDefinition &definition);
    ReportDefinition definition() const;
    void setName(const QString &name);
    QString name() const;
    void setShared(bool shared);
    bool shared() const;
    void setToday(QDate today) { m_today = today; }   // tests: a fixed "today"

    // Programmatic building (the GUI's buttons call these too).
    void setEntity(const QString &entity);
    void addColumn(const QString &path, const QString &aggregate = QString());
    void addFilter(const QString &path, const QString &op, const QString &value);
    void setGroup(int level, const QString &path, const QString &by = QString());
    void setSort(const QString &path, bool descending);
    ReportPreview *preview() const { return m_preview; }

public Q_SLOTS:
    void runPreview();
    void accept() override;

Q_SIGNALS:
    void previewReady();

private:
    void fillFieldChoices();
    void fillPathCombo(QComboBox *combo, bool withNone) const;
    void fillOperators(int row);
    QString pathLabel(const QString &path) const;

    Database &m_db;
    QDate m_today;
    int m_generation = 0;
    QLineEdit *m_name;
    QCheckBox *m_shared;
    QComboBox *m_entity;
    QListWidget *m_available;
    QTableWidget *m_columns;
    QTableWidget *m_filters;
    QComboBox *m_group[2];
    QComboBox *m_groupBy[2];
    QComboBox *m_sort;
    QCheckBox *m_descending;
    QCheckBox *m_totals;
    QComboBox *m_chart;
    QLabel *m_status;
    ReportPreview *m_preview;
};

// The Reports page of Análisis: saved reports (mine and shared, broken ones marked ⚠), New/Edit/
// Duplicate/Rename/Delete, Run (on a worker) into the preview table and chart, Print with preview,
// Export PDF (on a worker, with progress and Cancel) and Export CSV.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(Database &db, QWidget *parent = nullptr);

    void setToday(QDate today) { m_today = today; }   // tests
    QListWidget *list() const { return m_list; }
    ReportPreview *preview() const { return m_preview; }
    QString currentId() const;
    bool selectReport(const QString &name);

public Q_SLOTS:
    void reload();
    void newReport();
    void editReport();
    void duplicateReport();
    void renameReport();
    void deleteReport();
    void run(bool dropBroken = false);
    void printPreview();
    void exportPdf(const QString &path = QString());
    void exportCsv(const QString &path = QString());

Q_SIGNALS:
    void reportsLoaded();
    void reportRan(bool ok);
    void exported(const QString &path, bool ok);
    void openRecord(const QString &entity, const QString &id);

private:
    void showSelected();
    void setBusy(bool busy);
    const SavedReport *selected() const;

    Database &m_db;
    QDate m_today;
    int m_generation = 0;
    QList<SavedReport> m_reports;
    QListWidget *m_list;
    QLabel *m_info;
    QLabel *m_status;
    ReportPreview *m_preview;
    QList<QPushButton *> m_actions;
};

QWidget *createReportsPage(Database &db);

} // namespace trato
