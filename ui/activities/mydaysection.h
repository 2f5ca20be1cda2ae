// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activities/myday.h"
#include "activities/supervisorstats.h"

#include <QFrame>
#include <QTimer>

#include <functional>

class QComboBox;
class QLabel;
class QTableWidget;
class QToolButton;

namespace trato {

class Database;

// Home's "My day" (seed 003): the chosen user's activities of a day in time order, overdue ones in
// red, a one-click Complete per open row (ActivityActions::complete), double-click to open the
// activity, a day picker (previous/next/today) and the user. Read on a worker with MyDay::load;
// refreshed when activities change.
class MyDaySection : public QFrame
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    explicit MyDaySection(Database &db, QWidget *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setDate(const QDate &date);
    QDate date() const { return m_date; }
    void setUser(const QString &user);
    QString user() const;
    QTableWidget *table() const { return m_table; }
    const MyDayList &current() const { return m_list; }
    // Reads again now (on a worker); loaded() follows.
    void reload();

Q_SIGNALS:
    void loaded();
    void openRecordRequested(const QString &entity, const QString &id);

private:
    void display(const MyDayList &list);
    void complete(const QString &id);
    void loadUsers();
    void updateUsers(const QList<TeamMember> &team);

    Database &m_db;
    Clock m_clock;
    QDate m_date;
    QComboBox *m_user;
    QLabel *m_dateLabel;
    QLabel *m_summary;
    QTableWidget *m_table;
    QTimer m_reload;
    MyDayList m_list;
    int m_generation = 0;
};

// Home's "Team" section for the supervisor: per user, calls made and reached, meetings, visits,
// tasks done in the chosen period (today, this week, this month) and what is overdue now, with a
// total row. Read on a worker with SupervisorStats::compute.
class TeamSection : public QFrame
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    explicit TeamSection(Database &db, QWidget *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setPeriod(SupervisorStats::Period period);
    QTableWidget *table() const { return m_table; }
    void reload();

Q_SIGNALS:
    void loaded();

private:
    void display(const TeamActivityStats &stats);

    Database &m_db;
    Clock m_clock;
    QComboBox *m_period;
    QTableWidget *m_table;
    QTimer m_reload;
    int m_generation = 0;
};

} // namespace trato
