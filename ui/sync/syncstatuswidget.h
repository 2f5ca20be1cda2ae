// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncengine.h"

#include <QToolButton>

class QMenu;

namespace trato {

class SyncController;

// The team sync state in the status bar: "↻ 3 pending · synced 10:42 · 2 conflicts" (only the
// parts that apply), "Not synced yet", "Syncing…" with progress, or red after a failure with the
// error sentence as tooltip ("Offline — 12 changes kept for the next sync"). A click opens a
// small menu: Sync now, Conflicts…, Team server settings…. Hidden when no server is configured.
class SyncStatusWidget : public QToolButton
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(SyncController *controller, QWidget *parent = nullptr);

    QMenu *actionsMenu() const { return m_menu; }
    // The status as words, for the button and for tests.
    static QString describe(const SyncStatus &status);

Q_SIGNALS:
    void syncRequested();
    void conflictsRequested();
    void settingsRequested();

private:
    void showStatus(const SyncStatus &status);
    void showProgress(const SyncProgress &progress);

    SyncController *m_controller;
    QMenu *m_menu;
};

} // namespace trato
