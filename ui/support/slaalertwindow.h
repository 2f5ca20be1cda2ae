// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/slaengine.h"

#include <QDateTime>
#include <QDialog>

class QTreeWidget;

namespace trato {

// The in-app window for service-level alerts: each ticket that became at risk or breached a
// target since the window was last cleared, newest first (when, ticket, what happened, due time).
// Non-modal and on top without taking the focus, so it never interrupts typing; Open (or a
// double-click) shows the ticket, Clear empties the list, Close hides it until the next alert.
// SlaWatcher feeds it from the monitor's reports.
class SlaAlertWindow : public QDialog
{
    Q_OBJECT
public:
    explicit SlaAlertWindow(QWidget *parent = nullptr);

    // Adds the report's warnings and breaches (at `when`, local time shown); false if it had none.
    bool addReport(const SlaMonitor::Report &report, const QDateTime &when);
    QTreeWidget *list() const { return m_list; }
    int alertCount() const;
    // The selected alert's ticket (the newest when none is selected); empty when there is none.
    QString selectedTicket() const;
    void openSelected();
    void clear();

Q_SIGNALS:
    void openRecordRequested(const QString &entity, const QString &id);

private:
    void addAlert(const QDateTime &when, const QString &ticket, const QString &number, const QString &what,
                  const QString &due, bool breach);

    QTreeWidget *m_list;
};

} // namespace trato
