// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/reporttable.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace trato {

class Database;
class ReportTableModel;

// One of Inventario's report pages: filters, the table (filled from a worker), Preview/Print,
// Export PDF (written on a worker with progress and Cancel) and Export CSV. Double-clicking a row
// emits openRecord(entity, id), which ModulePage connects.
class StockReportPage : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Stock, Movements, SlowMovers };
    StockReportPage(Database &db, Kind kind, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    ReportTableModel *model() const { return m_model; }
    void setToday(QDate today) { m_today = today; }   // tests: a fixed "today"

public Q_SLOTS:
    void refresh();
    void preview();
    void print();
    void exportPdf(const QString &path = QString());   // empty: ask for a file
    void exportCsv(const QString &path = QString());

Q_SIGNALS:
    void openRecord(const QString &entity, const QString &id);
    void reportReady();
    void exported(const QString &path, bool ok);

private:
    void fillChoices();
    void setBusy(bool busy);

    Database &m_db;
    Kind m_kind;
    QDate m_today;
    int m_generation = 0;
    ReportTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QComboBox *m_warehouse = nullptr;
    QComboBox *m_category = nullptr;
    QCheckBox *m_activeOnly = nullptr;
    QCheckBox *m_perWarehouse = nullptr;
    QLineEdit *m_product = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QSpinBox *m_days = nullptr;
    QList<QPushButton *> m_outputs;
};

QWidget *createStockReportPage(Database &db);
QWidget *createMovementsReportPage(Database &db);
QWidget *createSlowMoversPage(Database &db);

} // namespace trato
