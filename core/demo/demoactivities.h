// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace trato {

class Database;
class Transaction;

// The demo's activities (seed 003: "an employee starting the CRM sees a list of things to do and
// at what time"): a small team of users (user_profile rows, the current user among them), each with
// a history of completed calls, meetings, visits and tasks with outcomes, a few overdue items,
// several items today at different hours, future ones and a weekly sales meeting (a recurring
// series). DemoData feeds it the records it creates (a sample of them: a few activities per ten
// contacts at large sizes) and calls write() inside its bulk transaction. Deterministic for a seed
// and a day: it draws from its own generator, so the customer data a seed gives is unchanged.
class DemoActivities
{
public:
    DemoActivities(quint64 seed, qint64 contacts, const QString &currentUser, const QDateTime &now);

    void addAccount(const QString &id, const QString &name, const QString &phone);
    // accountIndex: the contact's account among those added, or -1.
    void addContact(const QString &id, const QString &name, const QString &phone, qint64 accountIndex);
    void addLead(const QString &id, const QString &name, const QString &phone);

    // Inserts the users and activities in bulk (IndexPause, BulkInsert, finishBulk) in the caller's
    // bulk transaction. Returns the number of activities written.
    Result<qint64> write(Transaction &tx, Database &db, const QString &bulkKind, const QString &note);

    // The demo team: user names (the current user first) and their display names.
    QStringList userNames() const;

private:
    struct Regarding
    {
        QString contact, lead, account; // ids (one of contact/lead/account at least)
        QString name, phone, company;
    };
    quint64 draw();
    int below(int n) { return int(draw() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }

    quint64 m_state;
    int m_contactPercent;
    int m_leadPercent;
    QString m_user;
    QDateTime m_now;
    std::vector<Regarding> m_accounts;
    std::vector<Regarding> m_sample; // contacts and leads that get activities
};

} // namespace trato
