// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncengine.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QWidget;

namespace trato {

class Database;
class PasswordStore;

// Runs team syncs for the main window: SyncEngine::sync on a worker (never the GUI thread), one
// at a time; a request made during a sync is queued once. Triggers: Sync now, a timer every
// SyncSettings::intervalMinutes, the start (after the window is shown) and the exit
// (syncBeforeExit). Keeps the status (pending changes, last sync, conflicts, last error) that the
// status bar shows, and refreshes it when records change.
class SyncController : public QObject
{
    Q_OBJECT
public:
    enum class Trigger { Manual, Timer, Start, Exit, Join };

    // window: where password prompts and the exit dialog appear; also the controller's parent.
    SyncController(Database &db, QWidget *window);
    ~SyncController() override;
    // The controller of a main window (nullptr when it has none, e.g. a dialog in a test).
    static SyncController *find(QObject *window);

    Database &database() const { return m_db; }
    PasswordStore *passwords() const { return m_passwords; }
    const SyncSettings &settings() const { return m_settings; }
    bool configured() const { return m_settings.enabled; }
    bool isRunning() const { return m_running; }
    bool isQueued() const { return m_queued; }
    const SyncStatus &status() const { return m_status; }
    QTimer *timer() { return &m_timer; }
    // The error of the last attempt, empty after a success.
    QString lastError() const { return m_status.lastError; }

    // Starts a sync now, or queues one if a sync is running. Manual, Start and Join may ask for
    // the password; Timer and Exit never do (they skip instead).
    void syncNow(Trigger trigger = Trigger::Manual);
    // Re-reads the server and interval from the database (after Settings -> Team server).
    void reloadSettings();
    // Reads pending changes and conflicts again (on a worker), then emits statusChanged.
    void refreshStatus();
    // The sync at start: a moment after the window is shown, only when a server is configured.
    void syncAtStart();
    // The sync at exit: a small modal dialog over the window while the changes are sent, with
    // "Close without syncing"; returns when the sync ends, the user skips, or after capSeconds.
    // Returns at once when no server is configured or there is nothing to send.
    void syncBeforeExit(int capSeconds = 30);
    void cancel();

Q_SIGNALS:
    void started();
    void progress(const trato::SyncProgress &progress);
    // error empty: the sync succeeded and report says what it did.
    void finished(const trato::SyncReport &report, const QString &error);
    void statusChanged(const trato::SyncStatus &status);

private:
    void run(Trigger trigger, const QString &password);
    void onFinished(const Result<SyncReport> &result);
    void applyInterval();
    bool isPasswordError(const QString &error) const;

    Database &m_db;
    QPointer<QWidget> m_window;
    PasswordStore *m_passwords;
    SyncSettings m_settings;
    SyncStatus m_status;
    std::shared_ptr<SyncEngine> m_engine; // the running sync's, for cancel()
    QTimer m_timer;
    QTimer m_statusDebounce;
    bool m_running = false;
    bool m_obtaining = false; // waiting for the password
    bool m_queued = false;
    Trigger m_queuedTrigger = Trigger::Timer;
    QString m_runError; // the last attempt's error, kept when the engine's status lacks it
};

} // namespace trato
