// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/queues.h"

#include <QWidget>

class QListWidget;
class QTimer;

namespace trato {

class Database;
class RecordListView;

// Customer service's first page: the work queues (core/support/queues.h) with live counts on the
// left, the selected queue's tickets on the right (a RecordListView on the queue's conditions,
// most urgent due time first; double-click opens the ticket). Counts are read on a worker when
// the page is built and, debounced, whenever tickets change.
class QueuePage : public QWidget
{
    Q_OBJECT
public:
    explicit QueuePage(Database &db, QWidget *parent = nullptr);

    QListWidget *queueList() const { return m_queues; }
    RecordListView *ticketList() const { return m_list; }
    SupportQueues::Queue currentQueue() const { return m_current; }
    void selectQueue(SupportQueues::Queue queue);
    // The counts last read (in SupportQueues::all() order); empty until the first read finished.
    QList<qint64> counts() const { return m_counts; }
    // The user whose queues are shown (default: the database's user).
    void setUser(const QString &user);

public Q_SLOTS:
    void refreshCounts();

Q_SIGNALS:
    void countsRefreshed();
    // "mine" + "overdue" for the main navigator (MainWindow connects it by name); empty when 0.
    void navigatorBadgeChanged(const QString &badge);

private:
    void showQueue(SupportQueues::Queue queue);
    void updateLabels();

    Database &m_db;
    QString m_user;
    QListWidget *m_queues = nullptr;
    RecordListView *m_list = nullptr;
    QTimer *m_debounce = nullptr;
    SupportQueues::Queue m_current = SupportQueues::Queue::Mine;
    QList<qint64> m_counts;
    int m_generation = 0;
};

} // namespace trato
