// SPDX-License-Identifier: GPL-3.0-or-later
#include "calllistoverview.h"

#include "metadata/registry.h"
#include "store/database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace trato {

CallListOverview::CallListOverview(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    m_queue = new QTableWidget(0, 4);
    m_queue->setObjectName(QStringLiteral("queueTable"));
    m_queue->setHorizontalHeaderLabels({tr("Name"), tr("Phone"), tr("Status"), tr("Attempts")});
    m_queue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queue->verticalHeader()->hide();
    m_queue->horizontalHeader()->setStretchLastSection(true);
    m_queue->setAccessibleName(tr("Next in the queue"));
    // One column per operator, a row per figure: a side panel is narrow and a list has few operators.
    m_stats = new QTableWidget(8, 0);
    m_stats->setObjectName(QStringLiteral("operatorStats"));
    m_stats->setVerticalHeaderLabels({tr("Calls"), tr("Reached"), tr("Interested"), tr("Sales"), tr("No answer"), tr("Busy"),
                                      tr("Average call"), tr("Conversion")});
    m_stats->setToolTip(tr("Reached: someone answered. Conversion: sales per reached call."));
    m_stats->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stats->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stats->setAccessibleName(tr("Figures per operator"));
    m_scope = new QComboBox;
    m_scope->setObjectName(QStringLiteral("statsScope"));
    m_scope->setAccessibleName(tr("Calls counted"));
    m_scope->addItem(tr("This list"), false);
    m_scope->addItem(tr("All calls"), true);
    m_period = new QComboBox;
    m_period->setObjectName(QStringLiteral("statsPeriod"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("All time"), 0);
    m_period->addItem(tr("Today"), 1);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);

    auto *statsBar = new QHBoxLayout;
    statsBar->addWidget(new QLabel(tr("Figures per operator")), 1);
    statsBar->addWidget(m_scope);
    statsBar->addWidget(m_period);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Next in the queue")));
    layout->addWidget(m_queue, 3);
    layout->addLayout(statsBar);
    layout->addWidget(m_stats, 2);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &CallListOverview::optionsChanged);
    connect(m_period, &QComboBox::currentIndexChanged, this, &CallListOverview::optionsChanged);
}

bool CallListOverview::allCalls() const
{
    return m_scope->currentData().toBool();
}

int CallListOverview::periodDays() const
{
    return m_period->currentData().toInt();
}

void CallListOverview::clear()
{
    m_queue->setRowCount(0);
    m_stats->setColumnCount(0);
}

void CallListOverview::setQueue(const QList<CallListEntry> &queue)
{
    const Entity *entry = m_db.registry()->entity(QStringLiteral("call_list_entry"));
    const Field *statusField = entry ? entry->field(QStringLiteral("status")) : nullptr;
    m_queue->setRowCount(int(queue.size()));
    for (int i = 0; i < queue.size(); ++i) {
        const CallListEntry &e = queue.at(i);
        QString status = statusField ? statusField->optionLabel(e.status) : e.status;
        if (e.callbackAt.isValid())
            status += QStringLiteral(" ") + QLocale().toString(e.callbackAt.toLocalTime(), QLocale::ShortFormat);
        const QStringList cells = {e.name, e.phone, status, QString::number(e.attempts)};
        for (int c = 0; c < cells.size(); ++c)
            m_queue->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_queue->resizeColumnsToContents();
}

void CallListOverview::setStats(const CallStats &stats)
{
    auto minutes = [](qint64 seconds) {
        return QStringLiteral("%1:%2").arg(seconds / 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    };
    QList<OperatorStats> columns = stats.operators;
    if (columns.size() > 1)
        columns << stats.total;
    m_stats->setColumnCount(int(columns.size()));
    for (int c = 0; c < columns.size(); ++c) {
        const OperatorStats &s = columns.at(c);
        const bool total = c == columns.size() - 1 && columns.size() > 1;
        m_stats->setHorizontalHeaderItem(c, new QTableWidgetItem(total ? tr("All") : s.operatorName));
        const QStringList cells = {QString::number(s.calls),
                                   QString::number(s.reached),
                                   QString::number(s.interested),
                                   QString::number(s.sales),
                                   QString::number(s.noAnswer),
                                   QString::number(s.busy),
                                   s.averageSeconds ? minutes(qRound64(*s.averageSeconds)) : tr("n/a"),
                                   s.conversionPercent ? QLocale().toString(*s.conversionPercent, 'f', 1) + QStringLiteral(" %") : tr("n/a")};
        for (int r = 0; r < cells.size(); ++r) {
            auto *item = new QTableWidgetItem(cells.at(r));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_stats->setItem(r, c, item);
        }
    }
}

} // namespace trato
