// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemarketing/calllistservice.h"

#include <QWidget>

class QComboBox;
class QTableWidget;

namespace trato {

class Database;

// The right-hand side of the Telemarketing page: who is next in the queue and the figures per
// operator (seed 003: the supervisor sees each operator's effectiveness), for this list or all
// calls, over a period. It only shows what the page read on a worker.
class CallListOverview : public QWidget
{
    Q_OBJECT
public:
    explicit CallListOverview(Database &db, QWidget *parent = nullptr);

    void setQueue(const QList<CallListEntry> &queue);
    void setStats(const CallStats &stats);
    void clear();

    bool allCalls() const;   // every call, not just this list's
    int periodDays() const;  // whole days back from today, today included; 0: all time

Q_SIGNALS:
    void optionsChanged();

private:
    Database &m_db;
    QTableWidget *m_queue = nullptr;
    QTableWidget *m_stats = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_period = nullptr;
};

} // namespace trato
