// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/recordviewextensions.h"
#include "support/slaengine.h"

#include <QObject>

#include <functional>

class QLabel;
class QMainWindow;
class QSystemTrayIcon;
class QTimer;

namespace trato {

// The ticket view's service-level header: a coloured badge with the SLA state, the due times in
// local time and the time paused. Reloads when tickets change (the monitor writes the state).
class SlaBadge : public RecordViewPart
{
    Q_OBJECT
public:
    explicit SlaBadge(Database &db, QWidget *parent = nullptr);
    void setRecordId(const QString &id) override;
    QString state() const { return m_state; }
    QString badgeText() const;
    QString detailsText() const;
    static QString stateLabel(const QString &state);
    static QString stateColor(const QString &state);

private:
    void reload();

    Database &m_db;
    QString m_id;
    QString m_state;
    QLabel *m_badge;
    QLabel *m_details;
};

class SlaAlertWindow;

// Runs SlaMonitor::refresh on a worker when the window starts and every minute; new warnings and
// breaches go to the alert window (shown without taking the focus), the status bar and a tray
// notification (when a tray exists).
class SlaWatcher : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    SlaWatcher(Database &db, QMainWindow *window, Clock clock = {});
    void start();
    void refreshNow();
    QString lastMessage() const { return m_lastMessage; }
    // Created with the first alert; null until then.
    SlaAlertWindow *alertWindow() const { return m_alerts; }

Q_SIGNALS:
    void refreshed(const SlaMonitor::Report &report);
    void openRecordRequested(const QString &entity, const QString &id);

private:
    void present(const SlaMonitor::Report &report);

    Database &m_db;
    QMainWindow *m_window;
    Clock m_clock;
    QTimer *m_timer;
    QSystemTrayIcon *m_tray = nullptr;
    SlaAlertWindow *m_alerts = nullptr;
    QString m_lastMessage;
    bool m_running = false;
};

void registerSlaViews();
// Called by the main window once: the watcher lives as long as the window (its alerts' Open goes
// to openRecordRequested).
SlaWatcher *startSlaMonitor(Database &db, QMainWindow *window);

} // namespace trato
