// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstatuswidget.h"

#include "synccontroller.h"

#include "metadata/value.h"

#include <QLocale>
#include <QMenu>

namespace trato {

namespace {

bool isOffline(const QString &error)
{
    // The sentences PgConnection gives when the server cannot be reached or went away.
    const QString unreachable = PgConnection::tr("Cannot reach the team server %1: %2").section(QStringLiteral("%1"), 0, 0);
    const QString lost = PgConnection::tr("The connection to the team server %1 was lost").section(QStringLiteral("%1"), 0, 0);
    return (!unreachable.isEmpty() && error.startsWith(unreachable)) || (!lost.isEmpty() && error.startsWith(lost));
}

QString phaseText(const SyncProgress &p)
{
    switch (p.phase) {
    case SyncProgress::Connecting:
        return SyncStatusWidget::tr("Syncing… connecting");
    case SyncProgress::Uploading:
        return p.total > 0 ? SyncStatusWidget::tr("Syncing… uploading %1 of %2").arg(Value::formatInteger(p.done), Value::formatInteger(p.total))
                           : SyncStatusWidget::tr("Syncing… uploading");
    case SyncProgress::Pushing:
        return p.total > 0 ? SyncStatusWidget::tr("Syncing… sending %1 of %2").arg(Value::formatInteger(p.done), Value::formatInteger(p.total))
                           : SyncStatusWidget::tr("Syncing… sending");
    case SyncProgress::Pulling:
        return p.done > 0 ? SyncStatusWidget::tr("Syncing… received %1").arg(Value::formatInteger(p.done))
                          : SyncStatusWidget::tr("Syncing… receiving");
    case SyncProgress::Done:
        break;
    }
    return SyncStatusWidget::tr("Syncing…");
}

} // namespace

SyncStatusWidget::SyncStatusWidget(SyncController *controller, QWidget *parent)
    : QToolButton(parent)
    , m_controller(controller)
    , m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    setAutoRaise(true);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setAccessibleName(tr("Team sync status"));
    QAction *a = m_menu->addAction(tr("Sync &now"), this, &SyncStatusWidget::syncRequested);
    a->setObjectName(QStringLiteral("statusSyncNow"));
    a = m_menu->addAction(tr("&Conflicts…"), this, &SyncStatusWidget::conflictsRequested);
    a->setObjectName(QStringLiteral("statusConflicts"));
    a = m_menu->addAction(tr("&Team server settings…"), this, &SyncStatusWidget::settingsRequested);
    a->setObjectName(QStringLiteral("statusTeamServer"));
    setMenu(m_menu);

    connect(controller, &SyncController::statusChanged, this, &SyncStatusWidget::showStatus);
    connect(controller, &SyncController::started, this, [this] { showProgress(SyncProgress{}); });
    connect(controller, &SyncController::progress, this, &SyncStatusWidget::showProgress);
    showStatus(controller->status());
    setVisible(controller->configured());
}

QString SyncStatusWidget::describe(const SyncStatus &s)
{
    const QString pending = Value::formatInteger(s.pendingChanges);
    if (!s.lastError.isEmpty()) {
        const bool offline = isOffline(s.lastError);
        if (s.pendingChanges == 0)
            return offline ? tr("Offline") : tr("Not synced");
        if (s.pendingChanges == 1)
            return offline ? tr("Offline — 1 change kept for the next sync") : tr("Not synced — 1 change kept for the next sync");
        return offline ? tr("Offline — %1 changes kept for the next sync").arg(pending)
                       : tr("Not synced — %1 changes kept for the next sync").arg(pending);
    }
    QStringList parts;
    if (s.pendingChanges > 0)
        parts << tr("↻ %1 pending").arg(pending);
    if (s.lastSync.isValid()) {
        const QDateTime local = s.lastSync.toLocalTime();
        const QLocale locale;
        parts << (local.date() == QDate::currentDate() ? tr("synced %1").arg(locale.toString(local.time(), QLocale::ShortFormat))
                                                       : tr("synced %1").arg(locale.toString(local, QLocale::ShortFormat)));
    } else {
        parts << tr("Not synced yet");
    }
    if (s.openConflicts == 1)
        parts << tr("1 conflict");
    else if (s.openConflicts > 1)
        parts << tr("%1 conflicts").arg(Value::formatInteger(s.openConflicts));
    return parts.join(QStringLiteral(" · "));
}

void SyncStatusWidget::showStatus(const SyncStatus &status)
{
    setVisible(status.configured);
    if (m_controller->isRunning())
        return; // "Syncing…" stays until the sync ends
    setText(describe(status));
    const bool failed = !status.lastError.isEmpty();
    setStyleSheet(failed ? QStringLiteral("QToolButton#syncStatus { color: #b42318; font-weight: 600; }") : QString());
    QString tip = status.server.isValid() ? tr("Team server: %1").arg(status.server.display()) : QString();
    if (failed)
        tip = status.lastError + QStringLiteral("\n\n") + tip;
    if (status.parked > 0)
        tip += QStringLiteral("\n") + tr("Records received but not applied here: %1").arg(Value::formatInteger(status.parked));
    setToolTip(tip.trimmed());
    setAccessibleDescription(failed ? status.lastError : text());
}

void SyncStatusWidget::showProgress(const SyncProgress &progress)
{
    setVisible(true);
    setStyleSheet(QString());
    setText(phaseText(progress));
}

} // namespace trato
