// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminderwindow.h"

#include "util/dialogs.h"
#include "util/icons.h"

#include "store/database.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace trato {

ReminderWindow::ReminderWindow(ReminderScheduler &scheduler, QWidget *parent)
    : QDialog(parent, Qt::Window | Qt::WindowStaysOnTopHint)
    , m_scheduler(scheduler)
    , m_list(new QListWidget)
{
    setObjectName(QStringLiteral("reminderWindow"));
    setWindowTitle(tr("Reminders"));
    setWindowIcon(Icons::app());
    setModal(false);
    m_list->setObjectName(QStringLiteral("reminderList"));
    m_list->setAccessibleName(tr("Due reminders"));
    m_list->setIconSize(QSize(24, 24));
    m_list->setSpacing(2);
    auto *caption = new QLabel(tr("These activities are coming up or due:"));
    auto *snoozeLabel = new QLabel(tr("Snooze:"));
    auto button = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text);
        b->setObjectName(QString::fromLatin1(name));
        b->setAccessibleName(text);
        b->setAutoDefault(false);
        return b;
    };
    QPushButton *five = button(tr("5 min"), "snooze5");
    QPushButton *fifteen = button(tr("15 min"), "snooze15");
    QPushButton *hour = button(tr("1 hour"), "snooze60");
    QPushButton *tomorrow = button(tr("Tomorrow"), "snoozeTomorrow");
    QPushButton *dismissButton = button(tr("&Dismiss"), "dismissReminder");
    QPushButton *openButton = button(tr("&Open"), "openReminder");
    openButton->setDefault(true);
    connect(five, &QPushButton::clicked, this, [this] { snooze(5); });
    connect(fifteen, &QPushButton::clicked, this, [this] { snooze(15); });
    connect(hour, &QPushButton::clicked, this, [this] { snooze(60); });
    connect(tomorrow, &QPushButton::clicked, this, &ReminderWindow::snoozeTomorrow);
    connect(dismissButton, &QPushButton::clicked, this, &ReminderWindow::dismiss);
    connect(openButton, &QPushButton::clicked, this, &ReminderWindow::open);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &ReminderWindow::open);

    auto *snoozeRow = new QHBoxLayout;
    snoozeRow->addWidget(snoozeLabel);
    snoozeRow->addWidget(five);
    snoozeRow->addWidget(fifteen);
    snoozeRow->addWidget(hour);
    snoozeRow->addWidget(tomorrow);
    snoozeRow->addStretch(1);
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(dismissButton);
    actions->addWidget(openButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(caption);
    layout->addWidget(m_list, 1);
    layout->addLayout(snoozeRow);
    layout->addLayout(actions);
    resize(560, 300);
}

void ReminderWindow::setReminders(const QList<Reminder> &reminders)
{
    const QString selected = selectedId();
    m_reminders = reminders;
    m_list->clear();
    const QLocale locale;
    const QDate today = m_scheduler.now().toLocalTime().date();
    for (const Reminder &r : reminders) {
        const QDateTime start = r.start.toLocalTime();
        const QString hhmm = start.time().toString(QStringLiteral("HH:mm"));
        const QString when = start.date() == today ? tr("today at %1").arg(hhmm)
                                                   : locale.toString(start.date(), QLocale::ShortFormat) + QLatin1Char(' ') + hhmm;
        QString text = r.subject + QStringLiteral("\n") + when;
        if (!r.regardingName.isEmpty())
            text += QStringLiteral(" · ") + r.regardingName;
        auto *item = new QListWidgetItem(Icons::entity(QStringLiteral("activity_") + r.kind, r.kind), text, m_list);
        item->setData(Qt::UserRole, r.id);
        if (start < m_scheduler.now())
            item->setForeground(QColor(0xc6, 0x28, 0x28));
        if (r.id == selected)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

QString ReminderWindow::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item && m_list->count() > 0)
        item = m_list->item(0);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ReminderWindow::afterAction(const QString &id, const Status &status)
{
    if (!status) {
        Dialogs::error(this, tr("Reminders"), status.error().message);
        return;
    }
    QList<Reminder> rest;
    for (const Reminder &r : std::as_const(m_reminders))
        if (r.id != id)
            rest << r;
    setReminders(rest);
    if (rest.isEmpty())
        hide();
}

void ReminderWindow::snooze(int minutes)
{
    const QString id = selectedId();
    if (!id.isEmpty())
        afterAction(id, m_scheduler.snooze(id, minutes));
}

void ReminderWindow::snoozeTomorrow()
{
    const QString id = selectedId();
    if (!id.isEmpty())
        afterAction(id, m_scheduler.snoozeUntil(id, Reminders::tomorrowMorning(m_scheduler.now())));
}

void ReminderWindow::dismiss()
{
    const QString id = selectedId();
    if (!id.isEmpty())
        afterAction(id, m_scheduler.dismiss(id));
}

void ReminderWindow::open()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    // Opening is not an answer to the reminder: it stays until snoozed or dismissed.
    Q_EMIT openRecordRequested(QStringLiteral("activity"), id);
}

ReminderPresenter::ReminderPresenter(Database &db, QWidget *window, ReminderScheduler::Clock clock)
    : QObject(window)
    , m_scheduler(new ReminderScheduler(db, db.user(), std::move(clock), this))
    // No parent: a top-level window of its own still pops up while the main window is minimized
    // (a transient child is minimized with it). It never keeps the application running.
    , m_window(new ReminderWindow(*m_scheduler))
{
    m_window->setAttribute(Qt::WA_QuitOnClose, false);
    m_window->setWindowIcon(window ? window->windowIcon() : Icons::app());
    connect(m_scheduler, &ReminderScheduler::due, this, &ReminderPresenter::present);
    connect(m_window, &ReminderWindow::openRecordRequested, this, &ReminderPresenter::openRecordRequested);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(Icons::app(), this);
        m_tray->setToolTip(tr("Trato"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, m_window, [this] {
            m_window->show();
            m_window->raise();
            m_window->activateWindow();
        });
        connect(m_tray, &QSystemTrayIcon::activated, m_window, [this] {
            if (!m_window->reminders().isEmpty()) {
                m_window->show();
                m_window->raise();
            }
        });
        m_tray->show();
    }
}

ReminderPresenter::~ReminderPresenter()
{
    delete m_window;
}

void ReminderPresenter::start()
{
    m_scheduler->start();
}

void ReminderPresenter::present(const QList<Reminder> &fresh)
{
    m_window->setReminders(m_scheduler->currentlyDue());
    if (m_window->reminders().isEmpty())
        return;
    // Shown without taking the keyboard from whatever the user is typing into.
    m_window->setAttribute(Qt::WA_ShowWithoutActivating);
    m_window->show();
    m_window->raise();
    if (m_tray && !fresh.isEmpty()) {
        const Reminder &first = fresh.first();
        const QString when = first.start.toLocalTime().time().toString(QStringLiteral("HH:mm"));
        const QString text = fresh.size() == 1 ? tr("%1 at %2").arg(first.subject, when)
                                               : tr("%1 at %2 and %n more", nullptr, int(fresh.size() - 1)).arg(first.subject, when);
        m_tray->showMessage(tr("Trato reminder"), text, QSystemTrayIcon::Information, 15000);
    }
}

} // namespace trato
