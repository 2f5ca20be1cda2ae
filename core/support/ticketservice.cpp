// SPDX-License-Identifier: GPL-3.0-or-later
// Tickets and their conversation (issue 7): the write rules every path obeys and the operations of
// the Conversation tab and `trato-cli ticket`.
#include "ticketservice.h"

#include "slaengine.h"

#include "../metadata/entity.h"
#include "../store/database.h"
#include "../store/numberseries.h"
#include "../store/recordrules.h"
#include "../store/recordstore.h"
#include "../store/sqlite.h"
#include "../store/transaction.h"

#include <QSqlQuery>

namespace trato {

namespace {

const QString kTicket = QStringLiteral("ticket");
const QString kMessage = QStringLiteral("ticket_message");

QString S(const char *s) { return QString::fromLatin1(s); }

// An invalid time means "now" on the support module's clock (SlaEngine::now(): the real clock, or
// the one tests and `sla refresh --now` pin), so ticket stamps and SLA targets agree.
QString isoUtc(const QDateTime &t)
{
    return (t.isValid() ? t : SlaEngine::now()).toUTC().toString(Qt::ISODate);
}

QString ticketName(const RecordRules::Write &w)
{
    const QString number = w.after(S("number")).toString();
    return number.isEmpty() ? TicketService::tr("The ticket") : number;
}

bool given(const RecordRules::Write &w, const QString &field)
{
    return w.values.contains(field) && !w.values.value(field).isNull() && !w.values.value(field).toString().isEmpty();
}

Status deriveTicket(RecordRules::Write &w)
{
    const QString status = w.after(S("status")).toString();
    const QString before = w.current ? w.current->value(S("status")).toString() : QString();
    const QString name = ticketName(w);
    const bool entering = w.creating || w.changes(S("status"));

    if (w.creating) {
        if (status == QLatin1String("reopened"))
            return Error::badInput(TicketService::tr("A new ticket cannot start as reopened."));
        if (!given(w, S("opened_at")))
            w.values.insert(S("opened_at"), isoUtc(QDateTime()));
    } else {
        if (before == QLatin1String("closed")) {
            if (w.changes(S("status"))) {
                if (status != QLatin1String("reopened"))
                    return Error::badInput(TicketService::tr("%1 is closed: it can only be reopened.").arg(name));
            } else {
                // Satisfaction comes after closing (a survey); the service level's own fields are the system's.
                static const QStringList allowed = {S("satisfaction")};
                static const QStringList system = {S("sla_policy"), S("first_response_due"), S("first_response_at"), S("resolution_due"),
                                                   S("paused_seconds"), S("paused_since"), S("sla_state"), S("number")};
                for (auto it = w.values.cbegin(); it != w.values.cend(); ++it) {
                    if (!w.changes(it.key()) || allowed.contains(it.key()))
                        continue;
                    if (w.access == RecordStore::Access::System && system.contains(it.key()))
                        continue;
                    return Error::badInput(TicketService::tr("%1 is closed: reopen it first to change it.").arg(name));
                }
            }
        }
        if (w.changes(S("status"))) {
            if (status == QLatin1String("new"))
                return Error::badInput(TicketService::tr("%1 cannot go back to new.").arg(name));
            if (before == QLatin1String("resolved") && status != QLatin1String("closed") && status != QLatin1String("reopened"))
                return Error::badInput(TicketService::tr("%1 is resolved: close it or reopen it.").arg(name));
            if (status == QLatin1String("closed") && before != QLatin1String("resolved"))
                return Error::badInput(TicketService::tr("%1 is not resolved: resolve it first (with a resolution note), then close it.").arg(name));
            if (status == QLatin1String("reopened") && before != QLatin1String("resolved") && before != QLatin1String("closed"))
                return Error::badInput(TicketService::tr("Only a resolved or closed ticket is reopened; %1 is %2.")
                                           .arg(name, TicketService::statusLabel(before).toLower()));
        }
    }

    if (entering && (status == QLatin1String("resolved") || status == QLatin1String("closed"))) {
        if (w.after(S("resolution")).toString().trimmed().isEmpty())
            return Error::badInput(TicketService::tr("Resolving %1 needs a resolution note (resolution): say what solved it.").arg(name));
        if (w.after(S("resolved_at")).toString().isEmpty())
            w.values.insert(S("resolved_at"), isoUtc(QDateTime()));
        if (status == QLatin1String("closed") && !given(w, S("closed_at")))
            w.values.insert(S("closed_at"), isoUtc(QDateTime()));
    }
    if (!w.creating && w.changes(S("status")) && status == QLatin1String("reopened")) {
        w.values.insert(S("reopen_count"), w.current->value(S("reopen_count")).toLongLong() + 1);
        w.values.insert(S("resolved_at"), QVariant());
        w.values.insert(S("closed_at"), QVariant());
        w.values.insert(S("satisfaction"), QVariant());
    }
    if (w.changes(S("satisfaction")) && !w.after(S("satisfaction")).isNull()) {
        const qint64 s = w.after(S("satisfaction")).toLongLong();
        if (s < 1 || s > 5)
            return Error::badInput(TicketService::tr("Satisfaction is a whole number from 1 to 5, not %1.").arg(w.after(S("satisfaction")).toString()));
        if (status != QLatin1String("resolved") && status != QLatin1String("closed"))
            return Error::badInput(TicketService::tr("Satisfaction is recorded only on a resolved or closed ticket; %1 is %2.")
                                       .arg(name, TicketService::statusLabel(status).toLower()));
    }
    return {};
}

Status numberTicket(Database &db, const QString &id, const QString &openedAt)
{
    const QDate day = QDateTime::fromString(openedAt, Qt::ISODate).toUTC().date();
    auto n = NumberSeries(db).next(TicketService::seriesKey(), TicketService::seriesPattern(), day);
    if (!n)
        return n.error();
    return RecordStore(db).update(kTicket, id, {{S("number"), n.value()}}, RecordStore::Access::System);
}

Status afterTicket(Database &db, const QString &id, const QVariantMap &values, bool creating)
{
    if (!creating || !values.value(S("number")).toString().isEmpty())
        return {};
    return numberTicket(db, id, values.value(S("opened_at")).toString());
}

// Bulk loads (import) write rows raw: number them and fill opened_at here, in rid order.
Status afterTicketBulk(Database &db, qint64 firstRid, qint64 lastRid)
{
    QSqlDatabase conn = db.connection();
    if (auto r = Sql::exec(conn, S("UPDATE ticket SET opened_at = created_at WHERE rid BETWEEN ? AND ? AND coalesce(opened_at, '') = ''"),
                           {firstRid, lastRid});
        !r)
        return r.error();
    auto q = Sql::exec(conn, S("SELECT id, opened_at FROM ticket WHERE rid BETWEEN ? AND ? AND coalesce(number, '') = '' ORDER BY rid"),
                       {firstRid, lastRid});
    if (!q)
        return q.error();
    QList<QPair<QString, QString>> rows;
    while (q.value().next())
        rows.append({q.value().value(0).toString(), q.value().value(1).toString()});
    for (const auto &row : rows) {
        const QDate day = QDateTime::fromString(row.second, Qt::ISODate).toUTC().date();
        auto n = NumberSeries(db).next(TicketService::seriesKey(), TicketService::seriesPattern(), day);
        if (!n)
            return n.error();
        if (auto r = Sql::exec(conn, S("UPDATE ticket SET number = ? WHERE id = ?"), {n.value(), row.first}); !r)
            return r.error();
    }
    return {};
}

struct TicketState
{
    QString status;
    QString number;
    QString firstResponseAt;
};

Result<TicketState> ticketState(Database &db, const QString &id)
{
    auto q = Sql::exec(db.connection(), S("SELECT status, coalesce(number, ''), coalesce(first_response_at, '') FROM ticket WHERE id = ? AND deleted = 0"),
                       {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(TicketService::tr("There is no ticket with the id %1.").arg(id));
    return TicketState{q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString()};
}

Status deriveMessage(RecordRules::Write &w)
{
    const QString ticket = w.after(S("ticket")).toString();
    if (w.current && w.changes(S("ticket")))
        return Error::badInput(TicketService::tr("A message cannot move to another ticket."));
    auto t = ticketState(w.db, ticket);
    if (!t)
        return t.error();
    if (t.value().status == QLatin1String("closed"))
        return Error::badInput(TicketService::tr("%1 is closed: reopen it first.").arg(t.value().number.isEmpty() ? ticket : t.value().number));
    if (w.creating && !given(w, S("written_at")))
        w.values.insert(S("written_at"), isoUtc(QDateTime()));
    if (w.values.contains(S("attachments"))) {
        QStringList refs;
        for (const QString &line : w.values.value(S("attachments")).toString().split(QLatin1Char('\n'))) {
            const QString ref = line.trimmed();
            if (!ref.isEmpty())
                refs << ref;
        }
        w.values.insert(S("attachments"), refs.isEmpty() ? QVariant() : QVariant(refs.join(QLatin1Char('\n'))));
    }
    return {};
}

// A closed ticket's conversation is its record of what was said: nothing in it moves to the Trash or
// back while the ticket stays closed.
Status afterMessageTrash(Database &db, const QString &id, bool)
{
    auto q = Sql::exec(db.connection(), S("SELECT t.status, coalesce(t.number, t.id) FROM ticket_message m JOIN ticket t ON t.id = m.ticket "
                                          "WHERE m.id = ?"),
                       {id});
    if (!q)
        return q.error();
    if (q.value().next() && q.value().value(0).toString() == QLatin1String("closed"))
        return Error::badInput(TicketService::tr("%1 is closed: reopen it first.").arg(q.value().value(1).toString()));
    return {};
}

// A reply answers the customer: the first one is the first response, a new ticket becomes open and a
// resolved one reopens. The customer writing moves a ticket waiting on them back to open.
Status afterMessage(Database &db, const QString &, const QVariantMap &values, bool creating)
{
    if (!creating)
        return {};
    const QString kind = values.value(S("kind")).toString();
    if (kind != QLatin1String("reply") && kind != QLatin1String("customer"))
        return {};
    const QString ticket = values.value(S("ticket")).toString();
    auto t = ticketState(db, ticket);
    if (!t)
        return t.error();
    QVariantMap update;
    const QString status = t.value().status;
    if (kind == QLatin1String("reply")) {
        if (t.value().firstResponseAt.isEmpty())
            update.insert(S("first_response_at"), values.value(S("written_at")));
        if (status == QLatin1String("new"))
            update.insert(S("status"), S("open"));
    } else if (status == QLatin1String("waiting_customer")) {
        update.insert(S("status"), S("open"));
    }
    if (status == QLatin1String("resolved"))
        update.insert(S("status"), S("reopened"));
    if (update.isEmpty())
        return {};
    return RecordStore(db).update(kTicket, ticket, update, RecordStore::Access::System);
}

} // namespace

QString TicketService::statusLabel(const QString &status)
{
    if (status == QLatin1String("new"))
        return tr("New");
    if (status == QLatin1String("open"))
        return tr("Open");
    if (status == QLatin1String("waiting_customer"))
        return tr("Waiting on customer");
    if (status == QLatin1String("waiting_third_party"))
        return tr("Waiting on third party");
    if (status == QLatin1String("resolved"))
        return tr("Resolved");
    if (status == QLatin1String("closed"))
        return tr("Closed");
    if (status == QLatin1String("reopened"))
        return tr("Reopened");
    return status;
}

bool TicketService::isActive(const QString &status)
{
    return status != QLatin1String("resolved") && status != QLatin1String("closed");
}

Result<QString> TicketService::resolve(const QString &idOrNumber) const
{
    const QString key = idOrNumber.trimmed();
    auto q = Sql::exec(m_db.connection(), S("SELECT id FROM ticket WHERE deleted = 0 AND (id = ? OR number = ? COLLATE NOCASE) LIMIT 1"), {key, key});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("There is no ticket \"%1\" (give its id or number, like TCK-2026-00001).").arg(key));
    return q.value().value(0).toString();
}

Result<QString> TicketService::create(const QVariantMap &values, const QDateTime &now)
{
    QVariantMap v = values;
    if (v.value(S("opened_at")).toString().isEmpty())
        v.insert(S("opened_at"), isoUtc(now));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto id = RecordStore(m_db).create(kTicket, v, RecordStore::Access::System);
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id.value();
}

Result<QString> TicketService::addMessage(const QString &kind, const QString &ticket, const QString &body, const QStringList &attachments,
                                          const QDateTime &now)
{
    if (body.trimmed().isEmpty())
        return Error::badInput(tr("The message is empty: write its text."));
    for (const QString &ref : attachments)
        if (ref.trimmed().isEmpty())
            return Error::badInput(tr("An attachment reference is empty: give a file path or URL."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto t = ticketState(m_db, ticket);
    if (!t)
        return t.error();
    QVariantMap v = {{S("ticket"), ticket}, {S("kind"), kind}, {S("body"), body.trimmed()}, {S("written_at"), isoUtc(now)}};
    if (!attachments.isEmpty()) {
        QStringList refs;
        for (const QString &ref : attachments)
            refs << ref.trimmed();
        v.insert(S("attachments"), refs.join(QLatin1Char('\n')));
    }
    auto id = RecordStore(m_db).create(kMessage, v, RecordStore::Access::System);
    if (!id)
        return id.error();
    tx.touched(kTicket);
    if (Status s = tx.commit(); !s)
        return s.error();
    return id.value();
}

Result<QString> TicketService::reply(const QString &ticket, const QString &body, const QStringList &attachments, const QDateTime &now)
{
    return addMessage(S("reply"), ticket, body, attachments, now);
}

Result<QString> TicketService::note(const QString &ticket, const QString &body, const QStringList &attachments, const QDateTime &now)
{
    return addMessage(S("note"), ticket, body, attachments, now);
}

Result<QString> TicketService::customerMessage(const QString &ticket, const QString &body, const QStringList &attachments, const QDateTime &now)
{
    return addMessage(S("customer"), ticket, body, attachments, now);
}

Status TicketService::assign(const QString &ticket, const QString &user, const QString &team)
{
    if (user.trimmed().isEmpty())
        return Error::badInput(tr("Say who the ticket is assigned to (a user name)."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QVariantMap v = {{S("owner"), user.trimmed()}};
    if (!team.trimmed().isEmpty())
        v.insert(S("team"), team.trimmed());
    if (Status s = RecordStore(m_db).update(kTicket, ticket, v); !s)
        return s;
    return tx.commit();
}

Status TicketService::unassign(const QString &ticket)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status s = RecordStore(m_db).update(kTicket, ticket, {{S("owner"), QString()}}); !s)
        return s;
    return tx.commit();
}

Status TicketService::resolveTicket(const QString &ticket, const QString &resolution, const QDateTime &now)
{
    if (resolution.trimmed().isEmpty())
        return Error::badInput(tr("Resolving a ticket needs a resolution note: say what solved it."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto t = ticketState(m_db, ticket);
    if (!t)
        return t.error();
    if (!isActive(t.value().status))
        return Error::badInput(tr("%1 is already %2.").arg(t.value().number, statusLabel(t.value().status).toLower()));
    if (Status s = RecordStore(m_db).update(kTicket, ticket,
                                            {{S("status"), S("resolved")}, {S("resolution"), resolution.trimmed()}, {S("resolved_at"), isoUtc(now)}},
                                            RecordStore::Access::System);
        !s)
        return s;
    return tx.commit();
}

Status TicketService::close(const QString &ticket, std::optional<int> satisfaction, const QDateTime &now)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto t = ticketState(m_db, ticket);
    if (!t)
        return t.error();
    if (t.value().status == QLatin1String("closed"))
        return Error::badInput(tr("%1 is already closed.").arg(t.value().number));
    QVariantMap v = {{S("status"), S("closed")}, {S("closed_at"), isoUtc(now)}};
    if (satisfaction)
        v.insert(S("satisfaction"), qint64(*satisfaction));
    if (Status s = RecordStore(m_db).update(kTicket, ticket, v, RecordStore::Access::System); !s)
        return s;
    return tx.commit();
}

Status TicketService::reopen(const QString &ticket, const QString &why, const QDateTime &now)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status s = RecordStore(m_db).update(kTicket, ticket, {{S("status"), S("reopened")}}, RecordStore::Access::System); !s)
        return s;
    const QString text = why.trimmed().isEmpty() ? tr("Reopened.") : tr("Reopened: %1").arg(why.trimmed());
    if (auto id = RecordStore(m_db).create(kMessage, {{S("ticket"), ticket}, {S("kind"), S("note")}, {S("body"), text}, {S("written_at"), isoUtc(now)}},
                                           RecordStore::Access::System);
        !id)
        return id.error();
    tx.touched(kMessage);
    return tx.commit();
}

Result<TicketInfo> TicketService::load(const QString &ticket) const
{
    auto r = RecordStore(m_db).get(kTicket, ticket);
    if (!r)
        return r.error();
    const Record &rec = r.value();
    TicketInfo info;
    info.id = rec.value(S("id")).toString();
    info.number = rec.value(S("number")).toString();
    info.subject = rec.value(S("subject")).toString();
    info.status = rec.value(S("status")).toString();
    info.priority = rec.value(S("priority")).toString();
    info.accountName = rec.value(S("account__title")).toString();
    info.contactName = rec.value(S("contact__title")).toString();
    info.owner = rec.value(S("owner")).toString();
    info.team = rec.value(S("team")).toString();
    info.openedAt = rec.value(S("opened_at")).toString();
    info.firstResponseAt = rec.value(S("first_response_at")).toString();
    info.resolvedAt = rec.value(S("resolved_at")).toString();
    info.closedAt = rec.value(S("closed_at")).toString();
    info.resolution = rec.value(S("resolution")).toString();
    info.reopenCount = rec.value(S("reopen_count")).toInt();
    info.satisfaction = rec.value(S("satisfaction"));
    auto q = Sql::exec(m_db.connection(), S("SELECT id, kind, body, coalesce(written_at, created_at), coalesce(created_by, ''), coalesce(attachments, '') "
                                            "FROM ticket_message WHERE ticket = ? AND deleted = 0 ORDER BY coalesce(written_at, created_at), rid"),
                       {info.id});
    if (!q)
        return q.error();
    while (q.value().next()) {
        TicketMessage m;
        m.id = q.value().value(0).toString();
        m.kind = q.value().value(1).toString();
        m.body = q.value().value(2).toString();
        m.writtenAt = q.value().value(3).toString();
        m.author = q.value().value(4).toString();
        const QString att = q.value().value(5).toString();
        if (!att.isEmpty())
            m.attachments = att.split(QLatin1Char('\n'));
        info.messages << m;
    }
    return info;
}

void TicketService::registerRules()
{
    RecordRules::addDerive(kTicket, deriveTicket);
    RecordRules::addAfterWrite(kTicket, afterTicket);
    RecordRules::addAfterBulk(kTicket, afterTicketBulk);
    RecordRules::addDerive(kMessage, deriveMessage);
    RecordRules::addAfterWrite(kMessage, afterMessage);
    RecordRules::addAfterTrash(kMessage, afterMessageTrash);
}

} // namespace trato
