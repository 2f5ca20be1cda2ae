// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicecontracts.h"

#include "../metadata/value.h"
#include "../models/listflags.h"
#include "../store/database.h"
#include "../store/recordrules.h"
#include "../store/recordstore.h"
#include "../store/sqlite.h"
#include "../store/transaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace trato {

namespace {

const QString kContract = QStringLiteral("service_contract");
const QString kTicket = QStringLiteral("ticket");

QString tr(const char *text)
{
    return QCoreApplication::translate("trato::ServiceContracts", text);
}

struct ContractRow
{
    QString id, name, account, accountName, unit, period;
    QDate start, end;
    qint64 included = 0;
};

const QString kContractColumns = QStringLiteral(
    "SELECT c.id, c.name, c.account, coalesce(ac.name, ''), c.unit, c.period, c.start_date, c.end_date, coalesce(c.included, 0) "
    "FROM service_contract c LEFT JOIN account ac ON ac.id = c.account");

ContractRow readRow(const QSqlQuery &q)
{
    ContractRow r;
    r.id = q.value(0).toString();
    r.name = q.value(1).toString();
    r.account = q.value(2).toString();
    r.accountName = q.value(3).toString();
    r.unit = q.value(4).toString();
    r.period = q.value(5).toString();
    r.start = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    r.end = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    r.included = q.value(8).toLongLong();
    return r;
}

Result<qint64> computeUsage(const QSqlDatabase &conn, const ContractRow &c, const QDate &today)
{
    const auto period = ServiceContracts::periodFor(c.period, c.start, c.end, today);
    const QString measure = c.unit == QLatin1String("tickets") ? QStringLiteral("count(*) * 1000") : QStringLiteral("coalesce(sum(time_spent), 0)");
    auto r = Sql::exec(conn,
                       QStringLiteral("SELECT %1 FROM ticket WHERE contract = ? AND account = ? AND deleted = 0 "
                                      "AND substr(coalesce(opened_at, created_at), 1, 10) BETWEEN ? AND ?")
                           .arg(measure),
                       {c.id, c.account, period.first.toString(Qt::ISODate), period.second.toString(Qt::ISODate)});
    if (!r)
        return r.error();
    return r.value().next() ? r.value().value(0).toLongLong() : 0;
}

// Contracts a ticket named before the write that is about to change it (recomputed after the write).
thread_local QSet<QString> t_previousContracts;

Status refreshTicketContracts(Database &db, const QString &ticketId)
{
    QStringList ids(t_previousContracts.cbegin(), t_previousContracts.cend());
    t_previousContracts.clear();
    auto r = Sql::exec(db.connection(), QStringLiteral("SELECT contract FROM ticket WHERE id = ? AND contract IS NOT NULL"), {ticketId});
    if (!r)
        return r.error();
    if (r.value().next())
        ids << r.value().value(0).toString();
    ids.removeDuplicates();
    return ServiceContracts::refresh(db, ids, QDate::currentDate());
}

} // namespace

ServiceContracts::ServiceContracts(Database &db)
    : m_db(db)
{
}

QPair<QDate, QDate> ServiceContracts::periodFor(const QString &period, const QDate &start, const QDate &end, const QDate &day)
{
    if (period == QLatin1String("month")) {
        const QDate first(day.year(), day.month(), 1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    if (period == QLatin1String("quarter")) {
        const QDate first(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
        return {first, first.addMonths(3).addDays(-1)};
    }
    if (period == QLatin1String("year"))
        return {QDate(day.year(), 1, 1), QDate(day.year(), 12, 31)};
    return {start, end};
}

QString ServiceContracts::stateFor(const QDate &start, const QDate &end, qint64 included, qint64 used, const QDate &day)
{
    if (start.isValid() && day < start)
        return QStringLiteral("not_started");
    if (end.isValid() && day > end)
        return QStringLiteral("expired");
    if (used >= included)
        return QStringLiteral("used_up");
    return QStringLiteral("active");
}

Result<QString> ServiceContracts::contractId(const QString &idOrName) const
{
    auto r = Sql::exec(m_db.connection(), QStringLiteral("SELECT id FROM service_contract WHERE deleted = 0 AND (id = ? OR name = ?) LIMIT 2"),
                       {idOrName, idOrName});
    if (!r)
        return r.error();
    QStringList ids;
    while (r.value().next())
        ids << r.value().value(0).toString();
    if (ids.isEmpty())
        return Error::notFound(tr("No service contract \"%1\" (give its id or exact name).").arg(idOrName));
    if (ids.size() > 1)
        return Error::badInput(tr("Several service contracts are named \"%1\": give the id.").arg(idOrName));
    return ids.first();
}

Status ServiceContracts::refresh(Database &db, const QStringList &contractIds, const QDate &today)
{
    for (const QString &id : contractIds) {
        if (id.isEmpty())
            continue;
        auto r = Sql::exec(db.connection(), kContractColumns + QStringLiteral(" WHERE c.id = ?"), {id});
        if (!r)
            return r.error();
        if (!r.value().next())
            continue;
        const ContractRow c = readRow(r.value());
        auto used = computeUsage(db.connection(), c, today);
        if (!used)
            return used.error();
        if (auto u = Sql::exec(db.connection(), QStringLiteral("UPDATE service_contract SET used = ? WHERE id = ? AND used IS NOT ?"),
                               {used.value(), id, used.value()});
            !u)
            return u.error();
    }
    return Status::success();
}

Result<qint64> ServiceContracts::usage(const QString &contractId, const QDate &today) const
{
    auto r = Sql::exec(m_db.connection(), kContractColumns + QStringLiteral(" WHERE c.id = ?"), {contractId});
    if (!r)
        return r.error();
    if (!r.value().next())
        return Error::notFound(tr("No service contract \"%1\".").arg(contractId));
    return computeUsage(m_db.connection(), readRow(r.value()), today);
}

Result<QList<ContractStatus>> ServiceContracts::status(const QString &account, const QDate &today)
{
    QString accountId;
    if (!account.isEmpty()) {
        auto a = Sql::exec(m_db.connection(), QStringLiteral("SELECT id FROM account WHERE deleted = 0 AND (id = ? OR name = ?) LIMIT 2"),
                           {account, account});
        if (!a)
            return a.error();
        QStringList ids;
        while (a.value().next())
            ids << a.value().value(0).toString();
        if (ids.isEmpty())
            return Error::notFound(tr("No account \"%1\" (give its id or exact name).").arg(account));
        if (ids.size() > 1)
            return Error::badInput(tr("Several accounts are named \"%1\": give the id.").arg(account));
        accountId = ids.first();
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QString sql = kContractColumns + QStringLiteral(" WHERE c.deleted = 0");
    QVariantList params;
    if (!accountId.isEmpty()) {
        sql += QStringLiteral(" AND c.account = ?");
        params << accountId;
    }
    sql += QStringLiteral(" ORDER BY ac.name, c.name, c.rid");
    auto r = Sql::exec(tx.connection(), sql, params);
    if (!r)
        return r.error();
    QList<ContractRow> rows;
    while (r.value().next())
        rows << readRow(r.value());
    QList<ContractStatus> out;
    for (const ContractRow &c : rows) {
        auto used = computeUsage(tx.connection(), c, today);
        if (!used)
            return used.error();
        if (auto u = Sql::exec(tx.connection(), QStringLiteral("UPDATE service_contract SET used = ? WHERE id = ? AND used IS NOT ?"),
                               {used.value(), c.id, used.value()});
            !u)
            return u.error();
        ContractStatus s;
        s.id = c.id;
        s.name = c.name;
        s.accountId = c.account;
        s.accountName = c.accountName;
        s.unit = c.unit;
        s.period = c.period;
        s.start = c.start;
        s.end = c.end;
        const auto p = periodFor(c.period, c.start, c.end, today);
        s.periodStart = p.first;
        s.periodEnd = p.second;
        s.included = c.included;
        s.used = used.value();
        s.state = stateFor(c.start, c.end, c.included, s.used, today);
        out << s;
    }
    tx.touched(kContract);
    if (Status s = tx.commit(); !s)
        return s.error();
    return out;
}

Result<QStringList> ServiceContracts::warnings(const QString &contractId, const QDate &today) const
{
    auto r = Sql::exec(m_db.connection(), kContractColumns + QStringLiteral(" WHERE c.id = ?"), {contractId});
    if (!r)
        return r.error();
    if (!r.value().next())
        return Error::notFound(tr("No service contract \"%1\".").arg(contractId));
    const ContractRow c = readRow(r.value());
    auto used = computeUsage(m_db.connection(), c, today);
    if (!used)
        return used.error();
    const QString state = stateFor(c.start, c.end, c.included, used.value(), today);
    QStringList out;
    if (state == QLatin1String("expired"))
        out << tr("The service contract \"%1\" expired on %2.").arg(c.name, c.end.toString(Qt::ISODate));
    else if (state == QLatin1String("not_started"))
        out << tr("The service contract \"%1\" starts on %2.").arg(c.name, c.start.toString(Qt::ISODate));
    else if (state == QLatin1String("used_up"))
        out << tr("The service contract \"%1\" is used up for this period (%2 of %3 %4).")
                   .arg(c.name, Value::formatMilli(used.value()), Value::formatMilli(c.included),
                        c.unit == QLatin1String("tickets") ? tr("tickets") : tr("hours"));
    return out;
}

Result<QStringList> ServiceContracts::assign(const QString &ticketIdOrNumber, const QString &contract, const QDate &today)
{
    auto t = Sql::exec(m_db.connection(), QStringLiteral("SELECT id FROM ticket WHERE deleted = 0 AND (id = ? OR number = ?) LIMIT 1"),
                       {ticketIdOrNumber, ticketIdOrNumber});
    if (!t)
        return t.error();
    if (!t.value().next())
        return Error::notFound(tr("No ticket \"%1\" (give its id or number).").arg(ticketIdOrNumber));
    const QString ticketId = t.value().value(0).toString();
    QString cid;
    if (!contract.isEmpty()) {
        auto c = contractId(contract);
        if (!c)
            return c.error();
        cid = c.value();
    }
    if (Status s = RecordStore(m_db).update(kTicket, ticketId, {{QStringLiteral("contract"), cid.isEmpty() ? QVariant() : QVariant(cid)}}); !s)
        return s.error();
    if (cid.isEmpty())
        return QStringList();
    return warnings(cid, today);
}

void ServiceContracts::registerRules()
{
    RecordRules::addDerive(kTicket, [](RecordRules::Write &w) -> Status {
        if (w.current && (w.changes(QStringLiteral("contract")) || w.changes(QStringLiteral("account")))) {
            const QString old = w.current->value(QStringLiteral("contract")).toString();
            if (!old.isEmpty())
                t_previousContracts.insert(old);
        }
        const QString contract = w.after(QStringLiteral("contract")).toString();
        if (contract.isEmpty() || !(w.creating || w.changes(QStringLiteral("contract")) || w.changes(QStringLiteral("account"))))
            return Status::success();
        auto r = Sql::exec(w.db.connection(), kContractColumns + QStringLiteral(" WHERE c.id = ?"), {contract});
        if (!r)
            return r.error();
        if (!r.value().next())
            return Error::badInput(tr("Service contract: no contract \"%1\".").arg(contract));
        const ContractRow c = readRow(r.value());
        const QString account = w.after(QStringLiteral("account")).toString();
        if (c.account != account)
            return Error::badInput(tr("Service contract: \"%1\" belongs to %2, not to this ticket's account.")
                                       .arg(c.name, c.accountName.isEmpty() ? c.account : c.accountName));
        return Status::success();
    });
    RecordRules::addAfterWrite(kTicket, [](Database &db, const QString &id, const QVariantMap &values, bool creating) -> Status {
        static const QStringList relevant{QStringLiteral("contract"), QStringLiteral("time_spent"), QStringLiteral("account"),
                                          QStringLiteral("opened_at"), QStringLiteral("deleted")};
        bool touches = !t_previousContracts.isEmpty();
        for (const QString &f : relevant)
            touches = touches || values.contains(f);
        if (!touches && !creating)
            return Status::success();
        return refreshTicketContracts(db, id);
    });
    RecordRules::addAfterTrash(kTicket, [](Database &db, const QString &id, bool) -> Status {
        return refreshTicketContracts(db, id);
    });
    RecordRules::addAfterBulk(kTicket, [](Database &db, qint64, qint64) -> Status {
        auto r = Sql::exec(db.connection(), QStringLiteral("SELECT id FROM service_contract WHERE deleted = 0"));
        if (!r)
            return r.error();
        QStringList ids;
        while (r.value().next())
            ids << r.value().value(0).toString();
        return refresh(db, ids, QDate::currentDate());
    });
    RecordRules::addDerive(kContract, [](RecordRules::Write &w) -> Status {
        if (w.creating || !w.current) {
            w.values.insert(QStringLiteral("used"), 0);
            return Status::success();
        }
        ContractRow c;
        c.id = w.current->value(QStringLiteral("id")).toString();
        c.account = w.after(QStringLiteral("account")).toString();
        c.unit = w.after(QStringLiteral("unit")).toString();
        c.period = w.after(QStringLiteral("period")).toString();
        c.start = QDate::fromString(w.after(QStringLiteral("start_date")).toString(), Qt::ISODate);
        c.end = QDate::fromString(w.after(QStringLiteral("end_date")).toString(), Qt::ISODate);
        auto used = computeUsage(w.db.connection(), c, QDate::currentDate());
        if (!used)
            return used.error();
        w.values.insert(QStringLiteral("used"), used.value());
        return Status::success();
    });
}

void ServiceContracts::registerListFlags()
{
    // Less than 10 % of the period's allowance left, judged on the stored `used`.
    auto low = [](const std::function<QVariant(const QString &)> &value) {
        const qint64 included = value(QStringLiteral("included")).toLongLong();
        const qint64 used = value(QStringLiteral("used")).toLongLong();
        const QDate end = QDate::fromString(value(QStringLiteral("end_date")).toString(), Qt::ISODate);
        if (included <= 0 || (end.isValid() && end < QDate::currentDate()))
            return false;
        return (included - used) * 10 < included;
    };
    ListFlag flag{kContract, QStringLiteral("used"),
                  {QStringLiteral("included"), QStringLiteral("used"), QStringLiteral("end_date")},
                  low, "trato::ServiceContracts", QT_TRANSLATE_NOOP("trato::ServiceContracts", "Almost used up"),
                  QT_TRANSLATE_NOOP("trato::ServiceContracts", "Less than 10 % of this period's allowance is left (or it is used up).")};
    flag.replacesValue = false;
    ListFlags::add(std::move(flag));
}

} // namespace trato
