// SPDX-License-Identifier: GPL-3.0-or-later
#include "calllistservice.h"

#include "../activities/followuprules.h"
#include "../metadata/registry.h"
#include "../metadata/value.h"
#include "../store/database.h"
#include "../store/recordstore.h"
#include "../store/sqlite.h"
#include "../store/teamsettings.h"
#include "../store/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace trato {

namespace {

const QString kEntry = QStringLiteral("call_list_entry");
const QString kActivity = QStringLiteral("activity");

QString iso(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime fromIso(const QVariant &v)
{
    if (v.isNull() || v.toString().isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODate);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

QDateTime nowOr(const QDateTime &now)
{
    const QDateTime t = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    return t.addMSecs(-t.time().msec());
}

// Outcomes that mean somebody answered the phone.
const QStringList &reachedOutcomes()
{
    static const QStringList list = {QStringLiteral("reached"), QStringLiteral("call_back"), QStringLiteral("interested"),
                                     QStringLiteral("not_interested"), QStringLiteral("sale")};
    return list;
}

// The entry columns with the person they are about; the caller adds WHERE and ORDER BY.
QString entrySelect(const Registry &reg)
{
    const Entity *contact = reg.entity(QStringLiteral("contact"));
    const Entity *lead = reg.entity(QStringLiteral("lead"));
    return QStringLiteral(
               "SELECT e.id, e.call_list, CASE WHEN e.contact IS NOT NULL THEN 'contact' ELSE 'lead' END, "
               "coalesce(e.contact, e.lead), CASE WHEN e.contact IS NOT NULL THEN %1 ELSE %2 END, "
               "coalesce(l.company, a.name), e.phone, c.best_time, e.position, e.status, e.attempts, e.last_outcome, "
               "e.callback_at, e.operator, e.claimed_at, e.last_call "
               "FROM call_list_entry e "
               "LEFT JOIN contact c ON c.id = e.contact "
               "LEFT JOIN account a ON a.id = c.account "
               "LEFT JOIN lead l ON l.id = e.lead ")
        .arg(contact->titleExpression(QStringLiteral("c")), lead->titleExpression(QStringLiteral("l")));
}

CallListEntry readEntry(const QSqlQuery &q)
{
    CallListEntry e;
    e.id = q.value(0).toString();
    e.listId = q.value(1).toString();
    e.entity = q.value(2).toString();
    e.recordId = q.value(3).toString();
    e.name = q.value(4).toString();
    e.company = q.value(5).toString();
    e.phone = q.value(6).toString();
    e.bestTime = q.value(7).toString();
    e.position = q.value(8).toLongLong();
    e.status = q.value(9).toString();
    e.attempts = q.value(10).toInt();
    e.lastOutcome = q.value(11).toString();
    e.callbackAt = fromIso(q.value(12));
    e.operatorName = q.value(13).toString();
    e.claimedAt = fromIso(q.value(14));
    e.lastCall = q.value(15).toString();
    return e;
}

// Callable now: pending, or a call-back whose time has come, about a person not in the Trash.
const char *const kCallable =
    "e.call_list = ? AND +e.deleted = 0 AND (+e.status = 'pending' OR (+e.status = 'call_back' AND +e.callback_at <= ?)) "
    "AND coalesce(c.deleted, l.deleted) = 0 ";
// Due call-backs first (by their time), then pending entries by position.
const char *const kQueueOrder =
    "ORDER BY CASE WHEN e.status = 'call_back' THEN 0 ELSE 1 END, CASE WHEN e.status = 'call_back' THEN e.callback_at END, "
    "e.position, e.rid ";

} // namespace

CallListService::CallListService(Database &db)
    : m_db(db)
{
}

QStringList CallListService::outcomes()
{
    return {QStringLiteral("no_answer"), QStringLiteral("busy"), QStringLiteral("wrong_number"), QStringLiteral("call_back"),
            QStringLiteral("interested"), QStringLiteral("not_interested"), QStringLiteral("sale"), QStringLiteral("reached"),
            QStringLiteral("done")};
}

int CallListService::maxAttempts() const
{
    bool ok = false;
    const int n = TeamSettings(m_db).value(QString::fromLatin1(kMaxAttemptsKey)).toInt(&ok);
    return ok && n > 0 ? n : kDefaultMaxAttempts;
}

Result<QString> CallListService::resolveList(const QString &idOrName) const
{
    const Entity *entry = m_db.registry()->entity(kEntry);
    const Field *f = entry ? entry->field(QStringLiteral("call_list")) : nullptr;
    if (!f)
        return Error::failure(tr("This database has no call lists."));
    auto id = RecordStore(m_db).resolveRelation(*f, idOrName);
    if (!id)
        return Error{id.error().kind, tr("There is no call list \"%1\".").arg(idOrName)};
    return id.value();
}

Result<QList<CallListEntry>> CallListService::queue(const QString &listId, const QDateTime &now, int limit) const
{
    const QDateTime t = nowOr(now);
    QString sql = entrySelect(*m_db.registry()) + QStringLiteral("WHERE ") + QString::fromLatin1(kCallable)
        + QStringLiteral("AND (e.claimed_at IS NULL OR e.claimed_at <= ?) ") + QString::fromLatin1(kQueueOrder);
    QVariantList params = {listId, iso(t), iso(t.addSecs(-60 * kClaimMinutes))};
    if (limit >= 0) {
        sql += QStringLiteral("LIMIT ?");
        params << limit;
    }
    auto q = Sql::exec(m_db.connection(), sql, params);
    if (!q)
        return q.error();
    QList<CallListEntry> out;
    while (q.value().next())
        out << readEntry(q.value());
    return out;
}

Result<CallListEntry> CallListService::entry(const QString &entryId) const
{
    auto q = Sql::exec(m_db.connection(), entrySelect(*m_db.registry()) + QStringLiteral("WHERE e.id = ? AND e.deleted = 0"), {entryId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("There is no call list entry %1.").arg(entryId));
    return readEntry(q.value());
}

Result<CallListProgress> CallListService::progress(const QString &listId) const
{
    CallListProgress p;
    p.listId = listId;
    auto l = Sql::exec(m_db.connection(), QStringLiteral("SELECT name, script FROM call_list WHERE id = ?"), {listId});
    if (!l)
        return l.error();
    if (!l.value().next())
        return Error::notFound(tr("There is no call list with id %1.").arg(listId));
    p.name = l.value().value(0).toString();
    p.scriptId = l.value().value(1).toString();
    auto q = Sql::exec(m_db.connection(),
                       QStringLiteral("SELECT status, count(*) FROM call_list_entry WHERE call_list = ? AND +deleted = 0 GROUP BY +status"), {listId});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QString status = q.value().value(0).toString();
        const qint64 n = q.value().value(1).toLongLong();
        p.total += n;
        if (status == QLatin1String("done"))
            p.done += n;
        else if (status == QLatin1String("call_back"))
            p.callBack += n;
        else if (status == QLatin1String("skipped"))
            p.skipped += n;
        else
            p.pending += n;
    }
    return p;
}

Result<std::optional<CallListEntry>> CallListService::next(const QString &listId, const QString &operatorName, const QDateTime &now)
{
    const QDateTime t = nowOr(now);
    const QString op = operatorName.isEmpty() ? m_db.user() : operatorName;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    {
        auto l = Sql::exec(tx.connection(), QStringLiteral("SELECT deleted FROM call_list WHERE id = ?"), {listId});
        if (!l)
            return l.error();
        if (!l.value().next())
            return Error::notFound(tr("There is no call list with id %1.").arg(listId));
    }
    // The operator's own entry first, then one nobody else holds now.
    const QString sql = entrySelect(*m_db.registry()) + QStringLiteral("WHERE ") + QString::fromLatin1(kCallable)
        + QStringLiteral("AND (e.operator = ? OR e.claimed_at IS NULL OR e.claimed_at <= ?) "
                         "ORDER BY CASE WHEN e.operator = ? AND e.claimed_at > ? THEN 0 ELSE 1 END, ")
        + QString::fromLatin1(kQueueOrder).mid(int(qstrlen("ORDER BY "))) + QStringLiteral("LIMIT 1");
    const QString stale = iso(t.addSecs(-60 * kClaimMinutes));
    auto q = Sql::exec(tx.connection(), sql, {listId, iso(t), op, stale, op, stale});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<CallListEntry>();
    CallListEntry e = readEntry(q.value());
    q.value().finish();
    QVariantMap v;
    v[QStringLiteral("operator")] = op;
    v[QStringLiteral("claimed_at")] = iso(t);
    if (Status s = RecordStore(m_db).update(kEntry, e.id, v, RecordStore::Access::System); !s)
        return s.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    e.operatorName = op;
    e.claimedAt = t;
    return std::optional<CallListEntry>(e);
}

Status CallListService::release(const QString &entryId)
{
    auto e = entry(entryId);
    if (!e)
        return e.error();
    if (!e.value().claimedAt.isValid())
        return {};
    return RecordStore(m_db).update(kEntry, entryId, {{QStringLiteral("claimed_at"), QVariant()}}, RecordStore::Access::System);
}

Status CallListService::skip(const QString &entryId)
{
    auto e = entry(entryId);
    if (!e)
        return e.error();
    if (e.value().status == QLatin1String("done"))
        return Error::badInput(tr("%1 has been called already; there is nothing to skip.").arg(e.value().name));
    return RecordStore(m_db).update(kEntry, entryId, {{QStringLiteral("status"), QStringLiteral("skipped")}, {QStringLiteral("claimed_at"), QVariant()}},
                                    RecordStore::Access::System);
}

Result<CallLogResult> CallListService::logCall(const CallLog &log)
{
    const QDateTime now = nowOr(log.now);
    const QString op = log.operatorName.isEmpty() ? m_db.user() : log.operatorName;
    if (!outcomes().contains(log.outcome))
        return Error::badInput(tr("Unknown outcome \"%1\"; use one of: %2.").arg(log.outcome, outcomes().join(QStringLiteral(", "))));
    if (log.durationSeconds < 0 || log.durationSeconds > 24 * 3600)
        return Error::badInput(tr("A call lasts between 0 seconds and a day, not %1 seconds.").arg(log.durationSeconds));
    const FollowUpRule rule = FollowUpRules::forOutcome(FollowUpRules::load(m_db), log.outcome);
    const bool needsTime = log.outcome == QLatin1String("call_back") || rule.next == FollowUpRule::Next::AskTime;
    if (needsTime && !log.callbackAt.isValid())
        return Error::badInput(tr("\"Call back\" needs the date and time to call back."));
    if (needsTime && log.callbackAt.toUTC() <= now)
        return Error::badInput(tr("The call-back time %1 is not in the future.").arg(iso(log.callbackAt)));

    // Read the entry inside the write transaction: another operator's log cannot slip in between.
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto found = entry(log.entryId);
    if (!found)
        return found.error();
    const CallListEntry e = found.value();
    if (e.status != QLatin1String("pending") && e.status != QLatin1String("call_back"))
        return Error::badInput(tr("%1 is no longer in the queue (%2); there is no call to log.").arg(e.name, e.status));
    const Entity *person = m_db.registry()->entity(e.entity);
    if (!person)
        return Error::failure(tr("Unknown entity \"%1\".").arg(e.entity));

    // Answers: checked one by one first, so the message names the question's field.
    QVariantMap answers;
    for (auto it = log.answers.cbegin(); it != log.answers.cend(); ++it) {
        const Field *f = person->field(it.key());
        if (!f)
            return Error::badInput(tr("Answer to \"%1\": %2 has no such field.").arg(it.key(), e.entity));
        if (f->readOnly || f->system)
            return Error::badInput(tr("Answer to \"%1\": the field is set by Trato.").arg(it.key()));
        auto v = Value::normalize(*f, it.value(), QLocale::c());
        if (!v)
            return Error::badInput(tr("Answer to \"%1\" (%2): %3").arg(f->displayLabel(), f->name, v.error().message));
        answers.insert(f->name, v.value());
    }

    RecordStore store(m_db);
    auto record = store.get(e.entity, e.recordId);
    if (!record)
        return record.error();

    if (!answers.isEmpty()) {
        if (Status s = store.update(e.entity, e.recordId, answers); !s)
            return Error::badInput(tr("The answers could not be saved: %1").arg(s.error().message));
    }

    // The call itself, completed.
    QVariantMap call;
    call[QStringLiteral("kind")] = QStringLiteral("call");
    call[QStringLiteral("subject")] = tr("Call with %1").arg(e.name.isEmpty() ? e.phone : e.name);
    call[QStringLiteral("start_at")] = iso(now.addSecs(-log.durationSeconds));
    call[QStringLiteral("end_at")] = iso(now);
    call[QStringLiteral("status")] = QStringLiteral("completed");
    call[QStringLiteral("completed_at")] = iso(now);
    call[QStringLiteral("direction")] = QStringLiteral("outbound");
    call[QStringLiteral("phone_number")] = e.phone;
    call[QStringLiteral("outcome")] = log.outcome;
    if (!log.notes.trimmed().isEmpty())
        call[QStringLiteral("outcome_notes")] = log.notes.trimmed();
    call[e.entity] = e.recordId;
    if (e.entity == QLatin1String("contact") && !record.value().value(QStringLiteral("account")).toString().isEmpty())
        call[QStringLiteral("account")] = record.value().value(QStringLiteral("account"));
    call[QStringLiteral("call_list")] = e.listId;
    call[QStringLiteral("owner")] = op;
    auto callId = store.create(kActivity, call, RecordStore::Access::System);
    if (!callId)
        return callId.error();

    CallLogResult result;
    result.activityId = callId.value();

    // The next step, from the outcome's rule (the sales loop).
    if (rule.next == FollowUpRule::Next::Activity || rule.next == FollowUpRule::Next::AskTime) {
        QVariantMap finished = call;
        finished[QStringLiteral("id")] = callId.value();
        QVariantMap next = FollowUpRules::proposal(rule, finished, e.name, now, log.callbackAt.toUTC());
        auto followUp = store.create(kActivity, next, RecordStore::Access::System);
        if (!followUp)
            return followUp.error();
        result.followUpId = followUp.value();
    } else if (rule.next == FollowUpRule::Next::Close && e.entity == QLatin1String("lead")) {
        const QString status = record.value().value(QStringLiteral("status")).toString();
        if (status != QLatin1String("converted") && status != QLatin1String("disqualified")) {
            const Status s = store.update(QStringLiteral("lead"), e.recordId,
                                          {{QStringLiteral("status"), QStringLiteral("disqualified")},
                                           {QStringLiteral("disqualified_reason"), rule.closeReason}});
            if (!s)
                return s.error();
            result.leadClosed = true;
        }
    }
    // A new lead somebody talked to has been contacted.
    if (e.entity == QLatin1String("lead") && !result.leadClosed && reachedOutcomes().contains(log.outcome)
        && record.value().value(QStringLiteral("status")).toString() == QLatin1String("new")) {
        if (Status s = store.update(QStringLiteral("lead"), e.recordId, {{QStringLiteral("status"), QStringLiteral("contacted")}}); !s)
            return s.error();
    }

    // The entry: where it stands in the queue now.
    QVariantMap ev;
    const int attempts = e.attempts + 1;
    ev[QStringLiteral("attempts")] = attempts;
    ev[QStringLiteral("last_outcome")] = log.outcome;
    ev[QStringLiteral("last_call")] = callId.value();
    ev[QStringLiteral("operator")] = op;
    ev[QStringLiteral("claimed_at")] = QVariant();
    ev[QStringLiteral("callback_at")] = QVariant();
    QString status = QStringLiteral("done");
    if (log.outcome == QLatin1String("call_back")) {
        status = QStringLiteral("call_back");
        ev[QStringLiteral("callback_at")] = iso(log.callbackAt);
    } else if ((log.outcome == QLatin1String("no_answer") || log.outcome == QLatin1String("busy")) && attempts < maxAttempts()) {
        // Tried again later: to the end of the queue, so the next person comes first.
        status = QStringLiteral("pending");
        auto q = Sql::exec(tx.connection(), QStringLiteral("SELECT coalesce(max(position), 0) FROM call_list_entry WHERE call_list = ?"), {e.listId});
        if (!q)
            return q.error();
        ev[QStringLiteral("position")] = q.value().next() ? q.value().value(0).toLongLong() + 1 : e.position;
    }
    ev[QStringLiteral("status")] = status;
    if (Status s = store.update(kEntry, e.id, ev, RecordStore::Access::System); !s)
        return s.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    result.entryStatus = status;
    result.attempts = attempts;
    return result;
}

} // namespace trato
