// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/dashboard.h"

#include <QFrame>
#include <QWidget>

class QAbstractSeries;
class QChartView;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QToolButton;

namespace trato {

class Database;

// One widget of the dashboard: title, its headline figure with the change against the previous
// period, and its chart (bars, a line, a pie or a funnel of horizontal bars). Clicking a bar,
// point or slice asks to open the records behind it.
class DashboardCard : public QFrame
{
    Q_OBJECT
public:
    DashboardCard(const DashboardWidgetData &data, const QString &chart, bool compare, QWidget *parent = nullptr);
    const DashboardWidgetData &data() const { return m_data; }
    QChartView *chartView() const { return m_view; }
    QToolButton *menuButton() const { return m_menu; }
    // What a click on point `index` does (the chart's click signals call it).
    void activatePoint(int index);

Q_SIGNALS:
    void pointActivated(int index);

private:
    DashboardWidgetData m_data;
    QChartView *m_view = nullptr;
    QToolButton *m_menu = nullptr;
};

// The Dashboard page of Análisis: the user's default dashboard (created on first open), a period
// picker and "compare with the previous period"; the widgets' data is read on a worker
// (runInBackground), never on the GUI thread. Widgets are added, removed and moved from each card's
// menu and the "Add widget" button; every change is saved to the user's `dashboard` record.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(Database &db, QWidget *parent = nullptr);

    QComboBox *periodCombo() const { return m_period; }
    QCheckBox *compareCheck() const { return m_compare; }
    QList<DashboardCard *> cards() const { return m_cards; }
    const DashboardInfo &dashboard() const { return m_info; }
    bool isLoading() const { return m_loading; }
    // The records the last click asked for (entity and conditions).
    const ListQuery &lastDrill() const { return m_lastDrill; }
    // Opens a window listing the records behind a click (default on; tests may turn it off).
    void setOpensDrillWindows(bool on) { m_drillWindows = on; }

    void reload();
    // Layout edits, saved at once.
    void addWidget(const QString &type);
    void removeWidget(int index);
    void moveWidget(int from, int to);

Q_SIGNALS:
    // A bar, point or slice was clicked: the records behind it (lastDrill() has the query).
    void openRecordsRequested(const QString &entity, const QString &title);
    void loaded();
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild(const QList<DashboardWidgetData> &widgets);
    void saveInfo();
    void openDrill(const DashboardWidgetData &data, int index);

    Database &m_db;
    DashboardInfo m_info;
    bool m_haveInfo = false;
    bool m_loading = false;
    bool m_started = false;
    bool m_drillWindows = true;
    int m_generation = 0;
    QComboBox *m_period = nullptr;
    QCheckBox *m_compare = nullptr;
    QToolButton *m_add = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_grid = nullptr;
    QGridLayout *m_gridLayout = nullptr;
    QList<DashboardCard *> m_cards;
    ListQuery m_lastDrill;
};

} // namespace trato
