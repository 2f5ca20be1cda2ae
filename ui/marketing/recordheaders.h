// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/recordviewextensions.h"

#include <QHash>

class QLabel;
class QPushButton;

namespace trato {

class RelationshipBadge;

// The card above a contact's details: job title and account, phones with a do-not-call badge,
// email with an opt-out badge, best time to call, city. Reads one record; refreshes after saves.
class ContactCard : public RecordViewPart
{
    Q_OBJECT
public:
    explicit ContactCard(Database &db, QWidget *parent = nullptr);
    void setRecordId(const QString &id) override;
    // Shown text of a line ("role", "phones", "email", "best_time", "city") and the badges, for tests.
    QString line(const QString &key) const;
    bool doNotCallShown() const;
    bool optOutShown() const;

private:
    void reload();

    Database &m_db;
    QString m_id;
    QString m_accountId;
    QHash<QString, QLabel *> m_lines;
    QLabel *m_doNotCall;
    QLabel *m_optOut;
    QPushButton *m_account;
    RelationshipBadge *m_relationship; // ui/timeline: relationship status, last reached
};

// The summary above an account's details: type, industry, phone, city, and how many contacts and
// open leads it has (counted on a worker). Its related lists are in the Related tab.
class AccountSummaryHeader : public RecordViewPart
{
    Q_OBJECT
public:
    explicit AccountSummaryHeader(Database &db, QWidget *parent = nullptr);
    void setRecordId(const QString &id) override;
    QString line(const QString &key) const;

Q_SIGNALS:
    void countsUpdated();

private:
    void reload();

    Database &m_db;
    QString m_id;
    QHash<QString, QLabel *> m_lines;
    quint64 m_generation = 0;
    RelationshipBadge *m_relationship; // ui/timeline: relationship status, last reached
};

} // namespace trato
