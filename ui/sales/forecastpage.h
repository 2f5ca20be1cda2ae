// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/forecast.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace trato {

class Database;

// Sales › Forecast: open and won opportunities by month of expected close or by owner over a
// period (weighted, best case, won, count; core/sales/forecast), computed on a worker.
class ForecastPage : public QWidget
{
    Q_OBJECT
public:
    explicit ForecastPage(Database &db, QWidget *parent = nullptr);

    void setPeriod(const QDate &from, const QDate &to);
    void setByOwner(bool byOwner);
    void reload();
    bool isLoading() const { return m_loading; }
    const ForecastData &data() const { return m_data; }
    QStandardItemModel *model() const { return m_model; }

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void apply(const ForecastData &data, bool byOwner);

    Database &m_db;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_by;
    QLabel *m_error;
    QTableView *m_table;
    QStandardItemModel *m_model;
    ForecastData m_data;
    bool m_loading = false;
    bool m_again = false;
    bool m_loadedOnce = false;
    bool m_quiet = false;
};

} // namespace trato
