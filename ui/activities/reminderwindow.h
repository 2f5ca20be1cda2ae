// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activities/reminders.h"

#include <QDialog>

class QListWidget;
class QPushButton;
class QSystemTrayIcon;

namespace trato {

class Database;

// The in-app reminder window: the reminders due now, each with Snooze (5 min, 15 min, 1 h,
// tomorrow at 9:00), Dismiss and Open. Non-modal and on top, so it never blocks work; snoozing and
// dismissing go through the scheduler (its clock, RecordStore with Access::System).
class ReminderWindow : public QDialog
{
    Q_OBJECT
public:
    ReminderWindow(ReminderScheduler &scheduler, QWidget *parent = nullptr);

    void setReminders(const QList<Reminder> &reminders);
    QList<Reminder> reminders() const { return m_reminders; }
    QListWidget *list() const { return m_list; }
    // The selected reminder (the first one when none is selected); empty id when there is none.
    QString selectedId() const;

    void snooze(int minutes);
    void snoozeTomorrow();
    void dismiss();
    void open();

Q_SIGNALS:
    void openRecordRequested(const QString &entity, const QString &id);

private:
    void afterAction(const QString &id, const Status &status);

    ReminderScheduler &m_scheduler;
    QList<Reminder> m_reminders;
    QListWidget *m_list;
};

// Wires reminders into the application: a ReminderScheduler for the current user, the reminder
// window and, where the desktop has a system tray, a tray icon whose notification pops up even
// with the main window minimized. Created by MainWindow; needs no network.
class ReminderPresenter : public QObject
{
    Q_OBJECT
public:
    ReminderPresenter(Database &db, QWidget *window, ReminderScheduler::Clock clock = {});
    ~ReminderPresenter() override;

    ReminderScheduler *scheduler() const { return m_scheduler; }
    ReminderWindow *reminderWindow() const { return m_window; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    void start();

Q_SIGNALS:
    void openRecordRequested(const QString &entity, const QString &id);

private:
    void present(const QList<Reminder> &fresh);

    ReminderScheduler *m_scheduler;
    ReminderWindow *m_window;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace trato
