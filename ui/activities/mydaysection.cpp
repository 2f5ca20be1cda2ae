// SPDX-License-Identifier: GPL-3.0-or-later
#include "mydaysection.h"

#include "activityactions.h"

#include "util/icons.h"

#include "metadata/registry.h"
#include "metadata/value.h"
#include "store/database.h"
#include "util/background.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace trato {

namespace {

QLabel *sectionTitle(const QString &text)
{
    auto *title = new QLabel(text);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    return title;
}

void frame(QFrame *f, const char *name)
{
    f->setObjectName(QString::fromLatin1(name));
    f->setFrameShape(QFrame::StyledPanel);
    f->setStyleSheet(QStringLiteral("#%1 { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }")
                         .arg(QString::fromLatin1(name)));
}

QTableWidget *makeTable(const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setShowGrid(false);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    return t;
}

const QColor kOverdue(0xc6, 0x28, 0x28);

} // namespace

MyDaySection::MyDaySection(Database &db, QWidget *parent)
    : QFrame(parent)
    , m_db(db)
    , m_clock([] { return QDateTime::currentDateTime(); })
    , m_user(new QComboBox)
    , m_dateLabel(new QLabel)
    , m_summary(new QLabel)
    , m_table(makeTable({tr("Time"), tr("Kind"), tr("Subject"), tr("Regarding"), tr("Phone"), QString()}))
{
    frame(this, "myDaySection");
    setAccessibleName(tr("My day"));
    m_table->setObjectName(QStringLiteral("myDayTable"));
    m_table->setAccessibleName(tr("My day's activities"));
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(220);
    m_user->setObjectName(QStringLiteral("myDayUser"));
    m_user->setAccessibleName(tr("Whose day"));
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_dateLabel->setObjectName(QStringLiteral("myDayDate"));
    m_dateLabel->setMinimumWidth(150);
    m_dateLabel->setAlignment(Qt::AlignCenter);
    m_summary->setObjectName(QStringLiteral("myDaySummary"));
    m_summary->setStyleSheet(QStringLiteral("color: palette(dark);"));

    auto *previous = new QToolButton;
    previous->setArrowType(Qt::LeftArrow);
    previous->setObjectName(QStringLiteral("myDayPrevious"));
    previous->setToolTip(tr("Previous day"));
    previous->setAccessibleName(tr("Previous day"));
    auto *next = new QToolButton;
    next->setArrowType(Qt::RightArrow);
    next->setObjectName(QStringLiteral("myDayNext"));
    next->setToolTip(tr("Next day"));
    next->setAccessibleName(tr("Next day"));
    auto *today = new QPushButton(tr("Today"));
    today->setObjectName(QStringLiteral("myDayToday"));
    connect(previous, &QToolButton::clicked, this, [this] { setDate(m_date.addDays(-1)); });
    connect(next, &QToolButton::clicked, this, [this] { setDate(m_date.addDays(1)); });
    connect(today, &QPushButton::clicked, this, [this] { setDate(m_clock().toLocalTime().date()); });

    auto *header = new QHBoxLayout;
    header->addWidget(sectionTitle(tr("My day")));
    header->addSpacing(12);
    header->addWidget(previous);
    header->addWidget(m_dateLabel);
    header->addWidget(next);
    header->addWidget(today);
    header->addStretch(1);
    auto *userLabel = new QLabel(tr("&User:"));
    userLabel->setBuddy(m_user);
    header->addWidget(userLabel);
    header->addWidget(m_user);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addLayout(header);
    layout->addWidget(m_table);
    layout->addWidget(m_summary);

    loadUsers();
    connect(m_user, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (QTableWidgetItem *it = m_table->item(row, 0))
            Q_EMIT openRecordRequested(QStringLiteral("activity"), it->data(Qt::UserRole).toString());
    });
    m_reload.setSingleShot(true);
    m_reload.setInterval(150);
    connect(&m_reload, &QTimer::timeout, this, &MyDaySection::reload);
    connect(&db, &Database::recordsChanged, this, [this](const QString &entity) {
        if (entity == QLatin1String("activity") || entity == QLatin1String("contact") || entity == QLatin1String("lead")
            || entity == QLatin1String("account"))
            m_reload.start();
    });
    m_date = m_clock().toLocalTime().date();
    m_dateLabel->setText(QLocale().toString(m_date, QLocale::LongFormat));
    QTimer::singleShot(0, this, &MyDaySection::reload);
}

void MyDaySection::loadUsers()
{
    // The current user first, then the team (user_profile): a small table, read directly.
    const QString me = m_db.user();
    m_user->addItem(tr("%1 (me)").arg(me), me);
    auto team = SupervisorStats::team(m_db);
    if (team)
        for (const TeamMember &m : team.value())
            if (m.name != me)
                m_user->addItem(m.displayName, m.name);
}

void MyDaySection::updateUsers(const QList<TeamMember> &team)
{
    const QSignalBlocker blocker(m_user); // adding people is not choosing one
    for (const TeamMember &m : team) {
        const int index = m_user->findData(m.name);
        if (index < 0)
            m_user->addItem(m.displayName, m.name);
        else if (index > 0)
            m_user->setItemText(index, m.displayName);
    }
}

void MyDaySection::setDate(const QDate &date)
{
    if (!date.isValid())
        return;
    m_date = date;
    m_dateLabel->setText(QLocale().toString(m_date, QLocale::LongFormat));
    reload();
}

void MyDaySection::setUser(const QString &user)
{
    int index = m_user->findData(user);
    if (index < 0) {
        m_user->addItem(user, user);
        index = m_user->count() - 1;
    }
    m_user->setCurrentIndex(index);
    reload();
}

QString MyDaySection::user() const
{
    return m_user->currentData().toString();
}

void MyDaySection::reload()
{
    const int generation = ++m_generation;
    const QString who = user();
    const QDate day = m_date;
    const QDateTime now = m_clock();
    // The team is read along with the day: a demo load or another user's first activity adds people.
    using Loaded = std::pair<Result<MyDayList>, QList<TeamMember>>;
    runInBackground(
        m_db, this,
        [who, day, now](Database &db) {
            auto team = SupervisorStats::team(db);
            return Loaded{MyDay::load(db, who, day, now), team ? team.value() : QList<TeamMember>()};
        },
        [this, generation](Loaded loaded) {
            if (generation != m_generation)
                return; // a newer read is on its way
            updateUsers(loaded.second);
            const Result<MyDayList> &r = loaded.first;
            if (!r) {
                m_summary->setText(tr("My day could not be read: %1").arg(r.error().message));
                return;
            }
            display(r.value());
        });
}

void MyDaySection::display(const MyDayList &list)
{
    m_list = list;
    const Field *kindField = m_db.registry()->entity(QStringLiteral("activity"))->field(QStringLiteral("kind"));
    m_table->setRowCount(0);
    m_table->setRowCount(int(list.items.size()));
    const QLocale locale;
    for (int row = 0; row < list.items.size(); ++row) {
        const MyDayItem &it = list.items.at(row);
        const QDateTime start = it.start.toLocalTime();
        const QString hhmm = start.time().toString(QStringLiteral("HH:mm"));
        const QString clock = it.allDay ? tr("All day") : hhmm;
        const QString time = it.fromEarlierDay ? locale.toString(start.date(), QLocale::ShortFormat) + QLatin1Char(' ') + clock : clock;
        const QString kindLabel = Value::display(*kindField, it.kind);
        QList<QTableWidgetItem *> cells = {new QTableWidgetItem(time), new QTableWidgetItem(kindLabel), new QTableWidgetItem(it.subject),
                                           new QTableWidgetItem(it.regardingName), new QTableWidgetItem(it.phone)};
        cells[0]->setData(Qt::UserRole, it.id);
        cells[1]->setIcon(Icons::entity(QStringLiteral("activity_") + it.kind, kindLabel));
        const bool done = !it.isOpen();
        for (QTableWidgetItem *cell : cells) {
            if (it.overdue)
                cell->setForeground(kOverdue);
            else if (done)
                cell->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            if (done) {
                QFont f = cell->font();
                f.setStrikeOut(true);
                cell->setFont(f);
            }
        }
        if (it.overdue)
            cells[0]->setToolTip(tr("Overdue"));
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, cells[c]);
        if (it.isOpen()) {
            auto *button = new QPushButton(tr("Complete"));
            button->setObjectName(QStringLiteral("complete_") + it.id);
            button->setAccessibleName(tr("Complete %1").arg(it.subject));
            button->setToolTip(tr("Mark as done and plan the next step"));
            const QString id = it.id;
            connect(button, &QPushButton::clicked, this, [this, id] { complete(id); });
            m_table->setCellWidget(row, 5, button);
        } else {
            auto *doneItem = new QTableWidgetItem(tr("Done"));
            doneItem->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, 5, doneItem);
        }
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->resizeColumnToContents(3);
    m_table->resizeColumnToContents(4);
    QString summary = tr("%n open", nullptr, list.openToday) + QStringLiteral(" · ") + tr("%n done", nullptr, list.doneToday);
    if (list.overdueTotal > 0)
        summary += QStringLiteral(" · ") + tr("%n overdue from earlier days", nullptr, int(list.overdueTotal));
    if (list.items.isEmpty())
        summary = tr("Nothing planned for this day.");
    m_summary->setText(summary);
    Q_EMIT loaded();
}

void MyDaySection::complete(const QString &id)
{
    if (ActivityActions::complete(m_db, id, this))
        reload();
}

TeamSection::TeamSection(Database &db, QWidget *parent)
    : QFrame(parent)
    , m_db(db)
    , m_clock([] { return QDateTime::currentDateTime(); })
    , m_period(new QComboBox)
    , m_table(makeTable({tr("User"), tr("Calls made"), tr("Reached"), tr("Meetings"), tr("Visits"), tr("Tasks done"), tr("Overdue now")}))
{
    frame(this, "teamSection");
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // as tall as its rows, no more
    setAccessibleName(tr("Team"));
    m_table->setObjectName(QStringLiteral("teamTable"));
    m_table->setAccessibleName(tr("Each user's activity counts"));
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_period->setObjectName(QStringLiteral("teamPeriod"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Today"), int(SupervisorStats::Period::Today));
    m_period->addItem(tr("This week"), int(SupervisorStats::Period::ThisWeek));
    m_period->addItem(tr("This month"), int(SupervisorStats::Period::ThisMonth));
    m_period->setCurrentIndex(1);
    auto *header = new QHBoxLayout;
    header->addWidget(sectionTitle(tr("Team")));
    header->addStretch(1);
    auto *periodLabel = new QLabel(tr("&Period:"));
    periodLabel->setBuddy(m_period);
    header->addWidget(periodLabel);
    header->addWidget(m_period);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addLayout(header);
    layout->addWidget(m_table);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    m_reload.setSingleShot(true);
    m_reload.setInterval(400);
    connect(&m_reload, &QTimer::timeout, this, &TeamSection::reload);
    connect(&db, &Database::recordsChanged, this, [this](const QString &entity) {
        if (entity == QLatin1String("activity"))
            m_reload.start();
    });
    QTimer::singleShot(0, this, &TeamSection::reload);
}

void TeamSection::setPeriod(SupervisorStats::Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
    reload();
}

void TeamSection::reload()
{
    const int generation = ++m_generation;
    const QDateTime now = m_clock();
    const auto range = SupervisorStats::range(SupervisorStats::Period(m_period->currentData().toInt()), now);
    runInBackground(
        m_db, this, [range, now](Database &db) { return SupervisorStats::compute(db, range.first, range.second, now); },
        [this, generation](Result<TeamActivityStats> r) {
            if (generation != m_generation || !r)
                return;
            display(r.value());
        });
}

void TeamSection::display(const TeamActivityStats &stats)
{
    QList<UserActivityCounts> rows = stats.users;
    rows << stats.total;
    m_table->setRowCount(0);
    m_table->setRowCount(int(rows.size()));
    const QLocale locale;
    for (int row = 0; row < rows.size(); ++row) {
        const UserActivityCounts &c = rows.at(row);
        const bool total = row == rows.size() - 1;
        const int pct = c.reachedPercent();
        const QStringList texts = {c.displayName, Value::formatInteger(c.callsMade, locale),
                                   pct < 0 ? Value::formatInteger(c.callsReached, locale)
                                           : tr("%1 (%2 %)").arg(Value::formatInteger(c.callsReached, locale)).arg(pct),
                                   Value::formatInteger(c.meetingsHeld, locale), Value::formatInteger(c.visitsHeld, locale),
                                   Value::formatInteger(c.tasksDone, locale), Value::formatInteger(c.overdueNow, locale)};
        for (int col = 0; col < texts.size(); ++col) {
            auto *item = new QTableWidgetItem(texts.at(col));
            if (col > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (total) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            if (col == 6 && c.overdueNow > 0)
                item->setForeground(kOverdue);
            item->setData(Qt::UserRole, c.user);
            m_table->setItem(row, col, item);
        }
    }
    for (int col = 1; col < m_table->columnCount(); ++col)
        m_table->resizeColumnToContents(col);
    const int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth()
        + m_table->verticalHeader()->length();
    m_table->setFixedHeight(qMin(height + 2, 320));
    Q_EMIT loaded();
}

} // namespace trato
