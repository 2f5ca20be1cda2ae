// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace trato {

class Database;

// Where a service contract stands on a day.
struct ContractStatus
{
    QString id;
    QString name;
    QString accountId;
    QString accountName;
    QString unit;           // hours | tickets
    QString period;         // month | quarter | year | term
    QDate start;
    QDate end;
    QDate periodStart;      // the period that holds the day (inclusive)
    QDate periodEnd;        // inclusive
    qint64 included = 0;    // thousandths (hours, or tickets x 1000)
    qint64 used = 0;        // thousandths
    QString state;          // active | used_up | expired | not_started

    qint64 left() const { return included - used; }
    // Less than 10 % of the period's allowance left (and not used up).
    bool low() const { return state == QLatin1String("active") && included > 0 && left() * 10 < included; }
};

// Service contracts: hours or tickets included per period (month, quarter, year of the day, or the
// whole term). `used` (derived) is the time_spent (or the number) of the account's tickets that name
// the contract and were opened in the period that holds today; rules on ticket and service_contract
// writes keep it, status() recomputes it for a given day. A ticket's contract must belong to the
// ticket's account (the write is refused otherwise).
class ServiceContracts
{
public:
    explicit ServiceContracts(Database &db);

    // The period of a contract that holds `day`: [first, last].
    static QPair<QDate, QDate> periodFor(const QString &period, const QDate &start, const QDate &end, const QDate &day);
    static QString stateFor(const QDate &start, const QDate &end, qint64 included, qint64 used, const QDate &day);

    // Contracts (of one account, an id or exact name, when given), their `used` recomputed for `today`
    // and stored.
    Result<QList<ContractStatus>> status(const QString &account = {}, const QDate &today = QDate::currentDate());
    // Usage of one contract in the period that holds today (thousandths).
    Result<qint64> usage(const QString &contractId, const QDate &today) const;
    // Warnings for a ticket assigned to this contract (expired, used up, not started): empty when fine.
    Result<QStringList> warnings(const QString &contractId, const QDate &today = QDate::currentDate()) const;
    // Sets the ticket's contract (a contract id or exact name; empty removes it) and returns the
    // warnings about the contract. The write happens even with warnings.
    Result<QStringList> assign(const QString &ticketIdOrNumber, const QString &contract,
                               const QDate &today = QDate::currentDate());

    // Recomputes `used` of the given contracts for the day (raw UPDATE of the derived column).
    static Status refresh(Database &db, const QStringList &contractIds, const QDate &today);
    static void registerRules();
    static void registerListFlags();

private:
    Result<QString> contractId(const QString &idOrName) const;
    Database &m_db;
};

} // namespace trato
