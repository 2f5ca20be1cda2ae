// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace trato {

class Database;

// Fills the database with demo data on a worker thread while a progress dialog with Cancel shows
// how far it got. Cancelling writes nothing (the generator works in one transaction).
class DemoLoader : public QObject
{
    Q_OBJECT
public:
    DemoLoader(Database &db, QWidget *dialogParent, QObject *parent = nullptr);
    ~DemoLoader() override;

    // showProgress = false for unattended runs (--demo with --screenshot).
    void start(qint64 contacts, bool showProgress = true);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // ok = data was written; message says what or why not.
    void finished(bool ok, const QString &message);

private:
    void onProgress(qint64 done, qint64 total);

    Database &m_db;
    QPointer<QWidget> m_dialogParent;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    bool m_running = false;
};

} // namespace trato
