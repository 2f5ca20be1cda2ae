// SPDX-License-Identifier: GPL-3.0-or-later
#include "slaalertwindow.h"

#include "slaviews.h"
#include "util/icons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trato {

namespace {
enum Column { When, Ticket, What, Due };
constexpr int TicketRole = Qt::UserRole;

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

SlaAlertWindow::SlaAlertWindow(QWidget *parent)
    : QDialog(parent, Qt::Window | Qt::WindowStaysOnTopHint)
    , m_list(new QTreeWidget)
{
    setObjectName(QStringLiteral("slaAlertWindow"));
    setWindowTitle(tr("Service level alerts"));
    setWindowIcon(Icons::app());
    setModal(false);
    setAttribute(Qt::WA_ShowWithoutActivating); // an alert never takes the keyboard from the user
    m_list->setObjectName(QStringLiteral("slaAlertList"));
    m_list->setAccessibleName(tr("Service level alerts"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("When"), tr("Ticket"), tr("Alert"), tr("Due")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(Ticket, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(When, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(What, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(Due, QHeaderView::ResizeToContents);
    auto *caption = new QLabel(tr("These tickets are about to miss, or have missed, their service level:"));
    caption->setWordWrap(true);
    auto button = [](const QString &text, const char *name) {
        auto *b = new QPushButton(text);
        b->setObjectName(QString::fromLatin1(name));
        b->setAccessibleName(text);
        b->setAutoDefault(false);
        return b;
    };
    QPushButton *clearButton = button(tr("C&lear"), "clearSlaAlerts");
    QPushButton *closeButton = button(tr("&Close"), "closeSlaAlerts");
    QPushButton *openButton = button(tr("&Open ticket"), "openSlaAlert");
    openButton->setDefault(true);
    connect(clearButton, &QPushButton::clicked, this, [this] {
        clear();
        hide();
    });
    connect(closeButton, &QPushButton::clicked, this, &QDialog::hide);
    connect(openButton, &QPushButton::clicked, this, &SlaAlertWindow::openSelected);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &SlaAlertWindow::openSelected);
    auto *actions = new QHBoxLayout;
    actions->addWidget(clearButton);
    actions->addStretch(1);
    actions->addWidget(closeButton);
    actions->addWidget(openButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(caption);
    layout->addWidget(m_list, 1);
    layout->addLayout(actions);
    resize(720, 320);
}

bool SlaAlertWindow::addReport(const SlaMonitor::Report &report, const QDateTime &when)
{
    if (report.warnings.isEmpty() && report.breaches.isEmpty())
        return false;
    // Added oldest first at the top, so the breaches (the worse news) end up above the warnings.
    for (const auto &w : report.warnings)
        addAlert(when, w.ticket, w.number, tr("At risk"), QString(), false);
    for (const auto &b : report.breaches) {
        const QString what = b.kind == QLatin1String("first_response") ? tr("First response breached") : tr("Resolution breached");
        addAlert(when, b.ticket, b.number, what, localTime(QDateTime::fromString(b.dueAt, Qt::ISODate)), true);
    }
    m_list->setCurrentItem(m_list->topLevelItem(0));
    return true;
}

void SlaAlertWindow::addAlert(const QDateTime &when, const QString &ticket, const QString &number, const QString &what,
                              const QString &due, bool breach)
{
    auto *item = new QTreeWidgetItem({localTime(when), number, what, due});
    item->setData(When, TicketRole, ticket);
    item->setToolTip(Ticket, number);
    const QColor color(SlaBadge::stateColor(breach ? QStringLiteral("breached") : QStringLiteral("at_risk")));
    item->setForeground(What, color);
    QFont bold = item->font(What);
    bold.setBold(true);
    item->setFont(What, bold);
    m_list->insertTopLevelItem(0, item);
}

int SlaAlertWindow::alertCount() const
{
    return m_list->topLevelItemCount();
}

QString SlaAlertWindow::selectedTicket() const
{
    const QTreeWidgetItem *item = m_list->currentItem() ? m_list->currentItem() : m_list->topLevelItem(0);
    return item ? item->data(When, TicketRole).toString() : QString();
}

void SlaAlertWindow::openSelected()
{
    const QString id = selectedTicket();
    if (!id.isEmpty())
        Q_EMIT openRecordRequested(QStringLiteral("ticket"), id);
}

void SlaAlertWindow::clear()
{
    m_list->clear();
}

} // namespace trato
