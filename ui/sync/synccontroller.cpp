// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccontroller.h"

#include "passwordstore.h"

#include "store/database.h"
#include "util/background.h"

#include <QCoreApplication>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWidget>

namespace trato {

SyncController::SyncController(Database &db, QWidget *window)
    : QObject(window)
    , m_db(db)
    , m_window(window)
    , m_passwords(new PasswordStore(this))
{
    setObjectName(QStringLiteral("syncController"));
    m_timer.setObjectName(QStringLiteral("syncTimer"));
    connect(&m_timer, &QTimer::timeout, this, [this] { syncNow(Trigger::Timer); });
    // Pending changes grow with every edit: recount a moment after a burst of them.
    m_statusDebounce.setSingleShot(true);
    m_statusDebounce.setInterval(400);
    connect(&m_statusDebounce, &QTimer::timeout, this, &SyncController::refreshStatus);
    connect(&db, &Database::recordsChanged, this, [this] {
        if (m_settings.enabled)
            m_statusDebounce.start();
    });
    reloadSettings();
}

SyncController::~SyncController()
{
    // The worker holds its own reference to the engine and finishes on its own; whoever owns the
    // Database waits for it (waitForBackgroundWork) before letting the database go.
    if (m_engine)
        m_engine->cancel();
}

SyncController *SyncController::find(QObject *window)
{
    return window ? window->findChild<SyncController *>(QStringLiteral("syncController"), Qt::FindDirectChildrenOnly) : nullptr;
}

void SyncController::reloadSettings()
{
    m_settings = SyncSettings::load(m_db);
    if (!m_settings.enabled)
        m_runError.clear();
    applyInterval();
    refreshStatus();
}

void SyncController::applyInterval()
{
    if (m_settings.enabled && m_settings.intervalMinutes > 0)
        m_timer.start(m_settings.intervalMinutes * 60 * 1000);
    else
        m_timer.stop();
}

void SyncController::refreshStatus()
{
    if (!m_settings.enabled) {
        // No server: nothing to count (and nothing for a database that never syncs to pay for).
        m_status = SyncStatus();
        Q_EMIT statusChanged(m_status);
        return;
    }
    runInBackground(
        m_db, this,
        [](Database &db) {
            SyncStatus s = SyncEngine(db).status();
            s.openConflicts = SyncConflicts(db).openCount();
            return s;
        },
        [this](SyncStatus s) {
            s.configured = m_settings.enabled;
            if (m_settings.enabled)
                s.server = m_settings.server;
            if (!m_runError.isEmpty())
                s.lastError = m_runError;
            m_status = s;
            Q_EMIT statusChanged(m_status);
        });
}

void SyncController::syncAtStart()
{
    QTimer::singleShot(0, this, [this] {
        if (m_settings.enabled)
            syncNow(Trigger::Start);
    });
}

void SyncController::syncNow(Trigger trigger)
{
    if (!m_settings.enabled)
        return;
    if (m_running || m_obtaining) {
        // Once: however many requests come during a sync, one more sync follows it.
        if (!m_queued || trigger == Trigger::Manual || trigger == Trigger::Join)
            m_queuedTrigger = trigger;
        m_queued = true;
        return;
    }
    const bool mayAsk = trigger == Trigger::Manual || trigger == Trigger::Start || trigger == Trigger::Join;
    m_obtaining = true;
    m_passwords->obtain(m_settings.server, m_window, mayAsk, this, [this, trigger](std::optional<QString> password) {
        m_obtaining = false;
        if (!password) {
            m_queued = false;
            onFinished(Error::badInput(tr("The password of %1 is needed: use Sync now to type it")
                                           .arg(m_settings.server.display())));
            return;
        }
        run(trigger, *password);
    });
}

void SyncController::run(Trigger trigger, const QString &password)
{
    Q_UNUSED(trigger)
    m_running = true;
    ServerAddress address = m_settings.server;
    address.password = password;
    auto engine = std::make_shared<SyncEngine>(m_db);
    m_engine = engine;
    Q_EMIT started();
    QPointer<SyncController> guard(this);
    runInBackground(
        m_db, this,
        [engine, address, guard](Database &) {
            return engine->sync(address, [guard](const SyncProgress &p) {
                // Checked on the GUI thread, where the controller lives and dies.
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [guard, p] {
                        if (guard && guard->m_running)
                            Q_EMIT guard->progress(p);
                    },
                    Qt::QueuedConnection);
            });
        },
        [this](Result<SyncReport> result) { onFinished(result); });
}

bool SyncController::isPasswordError(const QString &error) const
{
    const ServerAddress &a = m_settings.server;
    return error.contains(PgConnection::tr("The team server refused the password of user %1 (%2)").arg(a.user, a.display()))
        || error.contains(PgConnection::tr("The team server %1 asks for a password for user %2").arg(a.display(), a.user));
}

void SyncController::onFinished(const Result<SyncReport> &result)
{
    m_running = false;
    m_engine.reset();
    SyncReport report;
    QString error;
    if (result) {
        report = result.value();
        m_runError.clear();
    } else {
        error = result.error().message;
        m_runError = error;
        // A refused password is not tried again: the next Sync now asks for it.
        if (isPasswordError(error))
            PasswordStore::forgetSessionPassword(m_settings.server);
    }
    Q_EMIT finished(report, error);
    refreshStatus();
    if (m_queued) {
        m_queued = false;
        const Trigger next = m_queuedTrigger;
        QTimer::singleShot(0, this, [this, next] { syncNow(next); });
    }
}

void SyncController::cancel()
{
    m_queued = false;
    if (m_engine)
        m_engine->cancel();
}

void SyncController::syncBeforeExit(int capSeconds)
{
    if (!m_settings.enabled)
        return;
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("exitSyncDialog"));
    dialog.setWindowTitle(tr("Team sync"));
    dialog.setAccessibleName(dialog.windowTitle());
    auto *label = new QLabel(tr("Sending your changes to the team server…"));
    label->setObjectName(QStringLiteral("exitSyncText"));
    label->setWordWrap(true);
    auto *bar = new QProgressBar;
    bar->setRange(0, 0); // busy until the engine says how much there is
    bar->setTextVisible(false);
    auto *skip = new QPushButton(tr("Close &without syncing"));
    skip->setObjectName(QStringLiteral("skipExitSync"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(skip);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(bar);
    layout->addLayout(buttons);
    dialog.setMinimumWidth(420);
    connect(skip, &QPushButton::clicked, &dialog, &QDialog::reject);
    connect(this, &SyncController::progress, &dialog, [bar](const SyncProgress &p) {
        if (p.total > 0) {
            bar->setRange(0, 1000);
            bar->setValue(int(1000 * qMin(p.done, p.total) / p.total));
        } else {
            bar->setRange(0, 0);
        }
    });
    connect(this, &SyncController::finished, &dialog, [this, &dialog] {
        if (!m_queued && !m_running && !m_obtaining)
            dialog.accept();
    });
    // Never hang on the way out: a server that does not answer gets capSeconds.
    QTimer::singleShot(capSeconds * 1000, &dialog, &QDialog::reject);
    m_timer.stop();
    if (m_running || m_obtaining)
        m_queued = true; // what changed since that sync began goes too
    else
        QTimer::singleShot(0, this, [this] { syncNow(Trigger::Exit); });
    dialog.exec();
    if (m_running || m_obtaining || m_queued)
        cancel(); // skipped or out of time: the outbox stays for the next start
}

} // namespace trato
