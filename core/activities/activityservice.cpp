// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityservice.h"

#include "activityrules.h"
#include "../metadata/registry.h"
#include "../store/database.h"
#include "../store/sqlite.h"
#include "../store/teamsettings.h"
#include "../store/transaction.h"

#include <QMutex>

namespace trato {

namespace {

const QString kActivity = QStringLiteral("activity");

struct CloserEntry
{
    QString field;
    ActivityService::Closer closer;
};

QMutex &closerMutex()
{
    static QMutex m;
    return m;
}

QList<CloserEntry> &closerList()
{
    static QList<CloserEntry> list;
    return list;
}

Status closeLead(Database &db, const QString &leadId, const QString &reason)
{
    RecordStore store(db);
    auto lead = store.get(QStringLiteral("lead"), leadId);
    if (!lead)
        return lead.error();
    const QString status = lead.value().value(QStringLiteral("status")).toString();
    if (status == QLatin1String("converted"))
        return Error::badInput(ActivityService::tr("The lead %1 was converted; it cannot be closed.")
                                   .arg(store.displayName(QStringLiteral("lead"), leadId)));
    return store.update(QStringLiteral("lead"), leadId,
                        {{QStringLiteral("status"), QStringLiteral("disqualified")}, {QStringLiteral("disqualified_reason"), reason}});
}

QList<CloserEntry> closers()
{
    QMutexLocker lock(&closerMutex());
    if (closerList().isEmpty())
        closerList() << CloserEntry{QStringLiteral("lead"), closeLead};
    return closerList();
}

bool hasValue(const Record &r, const char *field)
{
    return !r.value(QString::fromLatin1(field)).toString().isEmpty();
}

} // namespace

void ActivityService::addCloser(const QString &relationField, Closer closer)
{
    closers(); // the built-in one first
    QMutexLocker lock(&closerMutex());
    closerList() << CloserEntry{relationField, std::move(closer)};
}

ActivityService::Strictness ActivityService::strictness(Database &db)
{
    return TeamSettings(db).value(QString::fromLatin1(kSalesLoopKey)) == QLatin1String("require") ? Strictness::Require
                                                                                                  : Strictness::Suggest;
}

Status ActivityService::setStrictness(Database &db, Strictness strictness)
{
    return TeamSettings(db).setValue(QString::fromLatin1(kSalesLoopKey), strictnessName(strictness));
}

QString ActivityService::strictnessName(Strictness s)
{
    return s == Strictness::Require ? QStringLiteral("require") : QStringLiteral("suggest");
}

Result<ActivityService::Plan> ActivityService::plan(const QString &activityId, const QString &outcome,
                                                    const QDateTime &completedAt) const
{
    RecordStore store(m_db);
    auto got = store.get(kActivity, activityId);
    if (!got)
        return got.error();
    const Record &a = got.value();
    Plan p;
    p.rule = FollowUpRules::forOutcome(FollowUpRules::load(m_db), outcome);
    for (const char *f : {"contact", "lead", "account"}) {
        if (hasValue(a, f) && p.recordName.isEmpty())
            p.recordName = store.displayName(QString::fromLatin1(f), a.value(QString::fromLatin1(f)).toString());
        p.regardsRecord = p.regardsRecord || hasValue(a, f);
    }
    p.requireNext = p.regardsRecord && strictness(m_db) == Strictness::Require;
    for (const CloserEntry &c : closers()) {
        if (!a.value(c.field).toString().isEmpty()) {
            p.canClose = true;
            p.closeEntity = c.field;
            break;
        }
    }
    const QDateTime at = completedAt.isValid() ? completedAt : ActivityRules::now();
    // The proposal of the rule; for a rule without a next activity, the "done" rule's, so the user
    // can still choose to schedule one.
    FollowUpRule base = p.rule;
    if (base.next != FollowUpRule::Next::Activity && base.next != FollowUpRule::Next::AskTime) {
        base = FollowUpRules::forOutcome(FollowUpRules::defaults(), QStringLiteral("done"));
    }
    p.proposal = FollowUpRules::proposal(base, a, p.recordName, at);
    // Whole minutes: a next step "at 10:04:37" reads oddly in a calendar.
    QDateTime start = QDateTime::fromString(p.proposal.value(QStringLiteral("start_at")).toString(), Qt::ISODate);
    if (start.isValid() && start.time().second() != 0) {
        start.setTime(QTime(start.time().hour(), start.time().minute()));
        p.proposal[QStringLiteral("start_at")] = start.toUTC().toString(Qt::ISODate);
    }
    return p;
}

Result<ActivityService::Completed> ActivityService::complete(const QString &activityId, const CompleteRequest &request)
{
    RecordStore store(m_db);
    auto got = store.get(kActivity, activityId);
    if (!got)
        return got.error();
    const Record a = got.value();
    if (a.value(QStringLiteral("deleted")).toBool())
        return Error::badInput(tr("That activity is in the Trash; restore it first."));
    if (a.value(QStringLiteral("status")).toString() == QLatin1String("completed"))
        return Error::badInput(tr("\"%1\" is already completed.").arg(a.value(QStringLiteral("subject")).toString()));
    const QDateTime at = request.completedAt.isValid() ? request.completedAt : ActivityRules::now();
    auto planned = plan(activityId, request.outcome, at);
    if (!planned)
        return planned.error();
    const Plan &p = planned.value();

    // What comes next, the rule resolved.
    using Next = CompleteRequest::Next;
    Next next = request.next;
    QString reason = request.closeReason;
    if (next == Next::Rule) {
        if (!p.regardsRecord || p.rule.next == FollowUpRule::Next::Nothing)
            next = Next::None;
        else if (p.rule.next == FollowUpRule::Next::Close)
            next = p.canClose ? Next::Close : Next::None;
        else
            next = Next::Activity;
        if (next == Next::Close && reason.isEmpty())
            reason = p.rule.closeReason;
    }
    if (next == Next::Close && reason.isEmpty())
        reason = p.rule.closeReason.isEmpty() ? QStringLiteral("other") : p.rule.closeReason;
    if (next == Next::None && p.requireNext)
        return Error::badInput(tr("Your team requires a next step: schedule the next activity or close the lead "
                                  "(sales loop: require)."));
    if (next == Next::Close && !p.canClose)
        return Error::badInput(tr("There is nothing to close: \"%1\" is not about a lead.").arg(a.value(QStringLiteral("subject")).toString()));

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QVariantMap done;
    done[QStringLiteral("status")] = QStringLiteral("completed");
    done[QStringLiteral("completed_at")] = at.toUTC().toString(Qt::ISODate);
    done[QStringLiteral("outcome")] = request.outcome.isEmpty() ? QStringLiteral("done") : request.outcome;
    if (!request.notes.isEmpty())
        done[QStringLiteral("outcome_notes")] = request.notes;
    if (Status s = store.update(kActivity, activityId, done, RecordStore::Access::System); !s)
        return s.error();

    Completed result;
    if (next == Next::Activity) {
        QVariantMap values = p.proposal;
        for (auto it = request.nextValues.cbegin(); it != request.nextValues.cend(); ++it)
            values.insert(it.key(), it.value());
        values[QStringLiteral("follows")] = activityId;
        auto created = store.create(kActivity, values, RecordStore::Access::System);
        if (!created)
            return Error{created.error().kind, tr("The next step could not be created: %1").arg(created.error().message)};
        result.nextId = created.value();
    } else if (next == Next::Close) {
        for (const CloserEntry &c : closers()) {
            const QString target = a.value(c.field).toString();
            if (target.isEmpty())
                continue;
            if (Status s = c.closer(m_db, target, reason); !s)
                return s.error();
            result.closedEntity = c.field;
            result.closedId = target;
            break;
        }
    }
    tx.touched(kActivity);
    if (Status s = tx.commit(); !s)
        return s.error();
    return result;
}

Result<QList<Record>> ActivityService::list(const Filter &filter) const
{
    const Registry *registry = m_db.registry();
    QStringList names;
    QString joins;
    for (const char *r : {"contact", "lead", "account"}) {
        const Entity *e = registry->entity(QString::fromLatin1(r));
        if (!e)
            continue;
        const QString alias = QStringLiteral("r_") + QString::fromLatin1(r);
        joins += QStringLiteral(" LEFT JOIN %1 %2 ON %2.id = a.%1").arg(Sql::ident(e->name), alias);
        names << QStringLiteral("NULLIF(%1, '')").arg(e->titleExpression(alias));
    }
    QString sql = QStringLiteral("SELECT a.id, a.start_at, a.end_at, a.kind, a.subject, a.status, a.outcome, a.owner, a.series, "
                                 "coalesce(%1) FROM activity a%2 WHERE a.deleted = 0")
                      .arg(names.join(QStringLiteral(", ")), joins);
    QVariantList params;
    if (!filter.owner.isEmpty()) {
        sql += QStringLiteral(" AND a.owner = ?");
        params << filter.owner;
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND a.start_at >= ?");
        params << filter.from.toUTC().toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND a.start_at < ?");
        params << filter.to.toUTC().toString(Qt::ISODate);
    }
    if (!filter.status.isEmpty()) {
        sql += QStringLiteral(" AND a.status = ?");
        params << filter.status;
    }
    if (!filter.regardingEntity.isEmpty()) {
        const Entity *e = registry->entity(QStringLiteral("activity"));
        const Field *f = e ? e->field(filter.regardingEntity) : nullptr;
        if (!f || f->type != FieldType::Relation)
            return Error::badInput(tr("Activities are not about \"%1\" records; use account, contact or lead.").arg(filter.regardingEntity));
        sql += QStringLiteral(" AND a.%1 = ?").arg(Sql::ident(f->name));
        params << filter.regardingId;
    }
    sql += QStringLiteral(" ORDER BY a.start_at, a.rid LIMIT ?");
    params << (filter.limit > 0 ? filter.limit : 10000);
    auto q = Sql::exec(m_db.connection(), sql, params);
    if (!q)
        return q.error();
    QList<Record> out;
    static const char *const keys[] = {"id", "start_at", "end_at", "kind", "subject", "status", "outcome", "owner", "series", "regarding"};
    while (q.value().next()) {
        Record r;
        for (int i = 0; i < 10; ++i)
            r.insert(QString::fromLatin1(keys[i]), q.value().value(i));
        out << r;
    }
    return out;
}

Result<int> ActivityService::deleteSeries(const QString &activityId, bool fromHere)
{
    RecordStore store(m_db);
    auto got = store.get(kActivity, activityId);
    if (!got)
        return got.error();
    const QString series = got.value().value(QStringLiteral("series")).toString();
    if (series.isEmpty())
        return Error::badInput(tr("\"%1\" does not repeat: it is not part of a series.").arg(got.value().value(QStringLiteral("subject")).toString()));
    QString sql = QStringLiteral("SELECT id FROM activity WHERE series = ? AND +deleted = 0 AND status <> 'completed'");
    QVariantList params{series};
    if (fromHere) {
        sql += QStringLiteral(" AND start_at >= ?");
        params << got.value().value(QStringLiteral("start_at"));
    }
    auto q = Sql::exec(m_db.connection(), sql, params);
    if (!q)
        return q.error();
    QStringList ids;
    while (q.value().next())
        ids << q.value().value(0).toString();
    if (ids.isEmpty())
        return 0;
    if (Status s = store.trash(RecordStore::TrashAction::MoveToTrash, kActivity, ids); !s)
        return s.error();
    return int(ids.size());
}

} // namespace trato
