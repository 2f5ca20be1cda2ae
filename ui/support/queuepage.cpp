// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuepage.h"

#include "models/recordlistmodel.h"
#include "store/database.h"
#include "util/background.h"
#include "views/recordlistview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace trato {

QueuePage::QueuePage(Database &db, QWidget *parent) : QWidget(parent), m_db(db), m_user(db.user())
{
    setWindowTitle(tr("Queues"));
    setObjectName(QStringLiteral("supportQueuePage"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 0, 8);
    auto *title = new QLabel(tr("Queues"), left);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    leftLayout->addWidget(title);
    m_queues = new QListWidget(left);
    m_queues->setObjectName(QStringLiteral("queueList"));
    for (SupportQueues::Queue q : SupportQueues::all()) {
        auto *item = new QListWidgetItem(SupportQueues::label(q), m_queues);
        item->setData(Qt::UserRole, int(q));
    }
    m_queues->setMinimumWidth(220);
    leftLayout->addWidget(m_queues);

    m_list = new RecordListView(db, QStringLiteral("ticket"), RecordListView::Mode::Records, splitter);
    splitter->addWidget(left);
    splitter->addWidget(m_list);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 800});

    connect(m_queues, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showQueue(SupportQueues::Queue(m_queues->item(row)->data(Qt::UserRole).toInt()));
    });

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &QueuePage::refreshCounts);
    connect(&db, &Database::recordsChanged, this, [this](const QString &entity) {
        if (entity == QLatin1String("ticket") || entity == QLatin1String("user_profile"))
            m_debounce->start();
    }, Qt::QueuedConnection);

    m_queues->setCurrentRow(0);
    refreshCounts();
}

void QueuePage::setUser(const QString &user)
{
    m_user = user;
    showQueue(m_current);
    refreshCounts();
}

void QueuePage::selectQueue(SupportQueues::Queue queue)
{
    const int row = int(SupportQueues::all().indexOf(queue));
    m_queues->setCurrentRow(row);
    showQueue(queue);
}

void QueuePage::showQueue(SupportQueues::Queue queue)
{
    m_current = queue;
    // The team comes from the user profile: a small lookup by primary key.
    const ListQuery q = SupportQueues::query(m_db, queue, m_user);
    m_list->model()->setSort(q.sortField, q.descending);
    m_list->model()->setConditions(q.conditions);
}

void QueuePage::refreshCounts()
{
    const int generation = ++m_generation;
    const QString user = m_user;
    runInBackground(m_db, this, [user](Database &db) { return SupportQueues::counts(db, user); },
                    [this, generation](Result<QList<SupportQueues::Count>> result) {
                        if (generation != m_generation || !result)
                            return;
                        m_counts.clear();
                        for (const auto &c : result.value())
                            m_counts << c.count;
                        updateLabels();
                        Q_EMIT countsRefreshed();
                        const qint64 urgent = m_counts.value(int(SupportQueues::all().indexOf(SupportQueues::Queue::Mine)))
                                              + m_counts.value(int(SupportQueues::all().indexOf(SupportQueues::Queue::Overdue)));
                        Q_EMIT navigatorBadgeChanged(urgent > 0 ? QString::number(urgent) : QString());
                    });
}

void QueuePage::updateLabels()
{
    const QList<SupportQueues::Queue> queues = SupportQueues::all();
    for (int i = 0; i < m_queues->count() && i < queues.size(); ++i) {
        QListWidgetItem *item = m_queues->item(i);
        const QString label = SupportQueues::label(queues.at(i));
        item->setText(i < m_counts.size() ? tr("%1 (%L2)").arg(label).arg(m_counts.at(i)) : label);
    }
}

} // namespace trato
