// SPDX-License-Identifier: GPL-3.0-or-later
#include "slaengine.h"

#include "../store/database.h"
#include "../store/recordrules.h"
#include "../store/recordstore.h"
#include "../store/sqlite.h"
#include "../store/transaction.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlQuery>

namespace trato {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(trato::SlaEngine)
};

const QString kTicket = QStringLiteral("ticket");
const QString kPolicy = QStringLiteral("sla_policy");
const QString kCalendar = QStringLiteral("business_calendar");
const QString kBreach = QStringLiteral("sla_breach");

QMutex &clockMutex()
{
    static QMutex m;
    return m;
}

std::function<QDateTime()> &clockFunction()
{
    static std::function<QDateTime()> f;
    return f;
}

QString iso(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime fromIso(const QVariant &v)
{
    if (v.isNull() || v.toString().isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODate);
    return dt.isValid() ? dt.toUTC() : dt;
}

bool isEmpty(const QVariant &v)
{
    return v.isNull() || v.toString().isEmpty();
}

bool isTrue(const QVariant &v)
{
    return !isEmpty(v) && v.toString() != QLatin1String("0") && v.toString() != QLatin1String("false");
}

QVariant isoOrNull(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(iso(dt)) : QVariant();
}

// The policy row: minutes, warn share and calendar.
struct Policy
{
    QString id;
    qint64 firstResponse = 0; // seconds
    qint64 resolution = 0;    // seconds
    int warnPercent = 80;
    QString calendar;
};

Result<Policy> loadPolicy(Database &db, const QString &id)
{
    auto q = Sql::exec(db.connection(),
                       QStringLiteral("SELECT first_response_minutes, resolution_minutes, warn_percent, calendar FROM sla_policy WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(Tr::tr("SLA policy %1 not found").arg(id));
    Policy p;
    p.id = id;
    p.firstResponse = q.value().value(0).toLongLong() * 60;
    p.resolution = q.value().value(1).toLongLong() * 60;
    p.warnPercent = q.value().value(2).isNull() ? 80 : q.value().value(2).toInt();
    p.calendar = q.value().value(3).toString();
    return p;
}

// Sets a value only when it differs from what the record will have anyway (no empty changes).
void put(RecordRules::Write &w, const QString &field, const QVariant &value)
{
    const QVariant was = w.after(field);
    const bool same = isEmpty(was) ? isEmpty(value) : (!isEmpty(value) && was.toString() == value.toString());
    if (!same || w.values.contains(field))
        w.values.insert(field, value);
}

Status deriveCalendar(RecordRules::Write &w)
{
    if (Status s = BusinessHours::checkTimeZone(w.after(QStringLiteral("time_zone")).toString()); !s)
        return s;
    if (Status s = BusinessHours::checkHours(w.after(QStringLiteral("hours")).toString()); !s)
        return s;
    return BusinessHours::checkHolidays(w.after(QStringLiteral("holidays")).toString());
}

Status derivePolicy(RecordRules::Write &w)
{
    const qint64 first = w.after(QStringLiteral("first_response_minutes")).toLongLong();
    const qint64 resolution = w.after(QStringLiteral("resolution_minutes")).toLongLong();
    if (first <= 0)
        return Error::badInput(Tr::tr("first_response_minutes: must be more than 0"));
    if (resolution <= 0)
        return Error::badInput(Tr::tr("resolution_minutes: must be more than 0"));
    if (resolution < first)
        return Error::badInput(Tr::tr("resolution_minutes: %1 is less than the first response time (%2 minutes)").arg(resolution).arg(first));
    const QVariant warn = w.after(QStringLiteral("warn_percent"));
    if (!isEmpty(warn) && (warn.toInt() < 1 || warn.toInt() > 100))
        return Error::badInput(Tr::tr("warn_percent: %1 is not between 1 and 100").arg(warn.toString()));
    if (!isTrue(w.after(QStringLiteral("active"))))
        return Status::success();
    const QString id = w.current ? w.current->value(QStringLiteral("id")).toString() : QString();
    const QString priority = w.after(QStringLiteral("priority")).toString();
    const QString tier = w.after(QStringLiteral("tier")).toString();
    auto q = Sql::exec(w.db.connection(),
                       QStringLiteral("SELECT name FROM sla_policy WHERE deleted = 0 AND active = 1 AND priority = ? "
                                      "AND COALESCE(tier, '') = COALESCE(?, '') AND id <> COALESCE(?, '') LIMIT 1"),
                       {priority, tier, id});
    if (!q)
        return q.error();
    if (q.value().next())
        return Error::badInput(Tr::tr("SLA policy \"%1\" overlaps \"%2\": both are active for priority %3 and tier %4")
                                   .arg(w.after(QStringLiteral("name")).toString(), q.value().value(0).toString(), priority,
                                        tier.isEmpty() ? Tr::tr("(any)") : tier));
    return Status::success();
}

Status deriveTicket(RecordRules::Write &w)
{
    // The monitor stores a state it computed at its own "now": keep it.
    const bool stateGiven = w.access == RecordStore::Access::System && w.values.contains(QStringLiteral("sla_state"))
                            && !w.changes(QStringLiteral("priority")) && !w.changes(QStringLiteral("account"))
                            && !w.changes(QStringLiteral("status"));
    const QDateTime now = SlaEngine::now();
    QDateTime opened = fromIso(w.after(QStringLiteral("opened_at")));
    if (!opened.isValid()) {
        opened = now;
        if (w.creating)
            w.values.insert(QStringLiteral("opened_at"), iso(now));
    }
    const QString status = w.after(QStringLiteral("status")).toString();
    const QString before = w.current ? w.current->value(QStringLiteral("status")).toString() : QString();
    const bool statusChanges = w.creating || w.changes(QStringLiteral("status"));

    if (w.creating || w.changes(QStringLiteral("priority")) || w.changes(QStringLiteral("account"))) {
        if (Status s = SlaEngine::ensureDefaultPolicies(w.db); !s)
            return s;
        auto policyId = SlaEngine::policyFor(w.db, w.after(QStringLiteral("priority")).toString(), w.after(QStringLiteral("account")).toString());
        if (!policyId)
            return policyId.error();
        if (policyId.value().isEmpty()) {
            put(w, QStringLiteral("sla_policy"), QVariant());
            put(w, QStringLiteral("first_response_due"), QVariant());
            put(w, QStringLiteral("resolution_due"), QVariant());
        } else {
            auto policy = loadPolicy(w.db, policyId.value());
            if (!policy)
                return policy.error();
            auto calendar = SlaEngine::calendarFor(w.db, policyId.value());
            if (!calendar)
                return calendar.error();
            const qint64 paused = w.after(QStringLiteral("paused_seconds")).toLongLong();
            put(w, QStringLiteral("sla_policy"), policyId.value());
            if (isEmpty(w.after(QStringLiteral("first_response_at"))))
                put(w, QStringLiteral("first_response_due"), isoOrNull(calendar->addBusinessSeconds(opened, policy->firstResponse + paused)));
            if (isEmpty(w.after(QStringLiteral("resolved_at"))))
                put(w, QStringLiteral("resolution_due"), isoOrNull(calendar->addBusinessSeconds(opened, policy->resolution + paused)));
        }
    }

    const QString policyId = w.after(QStringLiteral("sla_policy")).toString();
    if (statusChanges && !policyId.isEmpty()) {
        auto calendar = SlaEngine::calendarFor(w.db, policyId);
        if (!calendar)
            return calendar.error();
        const bool waiting = status == QLatin1String("waiting_customer");
        const QDateTime pausedSince = fromIso(w.after(QStringLiteral("paused_since")));
        if (waiting && !pausedSince.isValid()) {
            put(w, QStringLiteral("paused_since"), iso(now));
        } else if (!waiting && pausedSince.isValid()) {
            // Leaving the wait: the business time it lasted moves the targets not met yet.
            const qint64 secs = calendar->businessSecondsBetween(pausedSince, now);
            put(w, QStringLiteral("paused_seconds"), w.after(QStringLiteral("paused_seconds")).toLongLong() + secs);
            put(w, QStringLiteral("paused_since"), QVariant());
            const QDateTime firstDue = fromIso(w.after(QStringLiteral("first_response_due")));
            if (firstDue.isValid() && isEmpty(w.after(QStringLiteral("first_response_at"))))
                put(w, QStringLiteral("first_response_due"), isoOrNull(calendar->addBusinessSeconds(firstDue, secs)));
            const QDateTime resolutionDue = fromIso(w.after(QStringLiteral("resolution_due")));
            if (resolutionDue.isValid() && isEmpty(w.after(QStringLiteral("resolved_at"))))
                put(w, QStringLiteral("resolution_due"), isoOrNull(calendar->addBusinessSeconds(resolutionDue, secs)));
        }
        // Reopened: the resolution clock runs again from now with the business time that was left
        // when the ticket was resolved (none if it was resolved late: due now, breached).
        if (status == QLatin1String("reopened") && before != QLatin1String("reopened") && w.current) {
            const QDateTime oldDue = fromIso(w.current->value(QStringLiteral("resolution_due")));
            QDateTime resolvedAt = fromIso(w.current->value(QStringLiteral("resolved_at")));
            if (!resolvedAt.isValid())
                resolvedAt = now;
            if (oldDue.isValid()) {
                const qint64 left = calendar->businessSecondsBetween(resolvedAt, oldDue);
                put(w, QStringLiteral("resolution_due"), isoOrNull(calendar->addBusinessSeconds(now, left)));
            }
        }
    }

    if (!stateGiven) {
        QVariantMap merged = w.current ? *w.current : QVariantMap();
        for (auto it = w.values.cbegin(); it != w.values.cend(); ++it)
            merged.insert(it.key(), it.value());
        put(w, QStringLiteral("sla_state"), SlaEngine::stateAt(w.db, merged, now));
    }
    return Status::success();
}

// The bulk path (CSV import) writes rows raw: the same checks over the new rows, refusing the load.
Status bulkCalendars(Database &db, qint64 first, qint64 last)
{
    auto q = Sql::exec(db.connection(), QStringLiteral("SELECT name, hours, holidays, time_zone FROM business_calendar WHERE rid BETWEEN ? AND ?"),
                       {first, last});
    if (!q)
        return q.error();
    while (q.value().next()) {
        auto b = BusinessHours::parse(q.value().value(1).toString(), q.value().value(2).toString(), q.value().value(3).toString());
        if (!b)
            return Error::badInput(Tr::tr("calendar \"%1\": %2").arg(q.value().value(0).toString(), b.error().message));
    }
    return Status::success();
}

Status bulkPolicies(Database &db, qint64 first, qint64 last)
{
    auto q = Sql::exec(db.connection(),
                       QStringLiteral("SELECT a.name, a.first_response_minutes, a.resolution_minutes, "
                                      "(SELECT b.name FROM sla_policy b WHERE b.deleted = 0 AND b.active = 1 AND b.id <> a.id "
                                      "AND b.priority = a.priority AND COALESCE(b.tier, '') = COALESCE(a.tier, '') LIMIT 1) "
                                      "FROM sla_policy a WHERE a.rid BETWEEN ? AND ? AND a.deleted = 0"),
                       {first, last});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QString name = q.value().value(0).toString();
        const qint64 fr = q.value().value(1).toLongLong();
        const qint64 res = q.value().value(2).toLongLong();
        if (fr <= 0 || res < fr)
            return Error::badInput(Tr::tr("SLA policy \"%1\": the minutes must be more than 0 and the resolution at least the first response").arg(name));
        if (!q.value().value(3).isNull())
            return Error::badInput(Tr::tr("SLA policy \"%1\" overlaps \"%2\"").arg(name, q.value().value(3).toString()));
    }
    return Status::success();
}

// Bulk-loaded tickets get their policy, due times and state like the write path gives them
// (opened_at, else created_at, else now).
Status bulkTickets(Database &db, qint64 first, qint64 last)
{
    if (Status s = SlaEngine::ensureDefaultPolicies(db); !s)
        return s;
    const QDateTime now = SlaEngine::now();
    auto q = Sql::exec(db.connection(),
                       QStringLiteral("SELECT id, priority, account, opened_at, created_at, status FROM ticket "
                                      "WHERE rid BETWEEN ? AND ? AND sla_policy IS NULL"),
                       {first, last});
    if (!q)
        return q.error();
    QList<QVariantMap> rows;
    while (q.value().next())
        rows << QVariantMap{{QStringLiteral("id"), q.value().value(0)}, {QStringLiteral("priority"), q.value().value(1)},
                            {QStringLiteral("account"), q.value().value(2)}, {QStringLiteral("opened_at"), q.value().value(3)},
                            {QStringLiteral("created_at"), q.value().value(4)}, {QStringLiteral("status"), q.value().value(5)}};
    for (QVariantMap t : rows) {
        const QString priority = isEmpty(t.value(QStringLiteral("priority"))) ? QStringLiteral("normal") : t.value(QStringLiteral("priority")).toString();
        auto policyId = SlaEngine::policyFor(db, priority, t.value(QStringLiteral("account")).toString());
        if (!policyId)
            return policyId.error();
        QDateTime opened = fromIso(t.value(QStringLiteral("opened_at")));
        if (!opened.isValid())
            opened = fromIso(t.value(QStringLiteral("created_at")));
        if (!opened.isValid())
            opened = now;
        QVariantMap set{{QStringLiteral("opened_at"), iso(opened)}};
        if (!policyId.value().isEmpty()) {
            auto policy = loadPolicy(db, policyId.value());
            auto calendar = SlaEngine::calendarFor(db, policyId.value());
            if (!policy)
                return policy.error();
            if (!calendar)
                return calendar.error();
            set.insert(QStringLiteral("sla_policy"), policyId.value());
            set.insert(QStringLiteral("first_response_due"), isoOrNull(calendar->addBusinessSeconds(opened, policy->firstResponse)));
            set.insert(QStringLiteral("resolution_due"), isoOrNull(calendar->addBusinessSeconds(opened, policy->resolution)));
            if (t.value(QStringLiteral("status")).toString() == QLatin1String("waiting_customer"))
                set.insert(QStringLiteral("paused_since"), iso(now));
        }
        for (auto it = set.cbegin(); it != set.cend(); ++it)
            t.insert(it.key(), it.value());
        set.insert(QStringLiteral("sla_state"), SlaEngine::stateAt(db, t, now));
        QStringList assignments;
        QVariantList params;
        for (auto it = set.cbegin(); it != set.cend(); ++it) {
            assignments << Sql::ident(it.key()) + QStringLiteral(" = ?");
            params << it.value();
        }
        params << t.value(QStringLiteral("id"));
        auto up = Sql::exec(db.connection(), QStringLiteral("UPDATE ticket SET %1 WHERE id = ?").arg(assignments.join(QStringLiteral(", "))), params);
        if (!up)
            return up.error();
    }
    return Status::success();
}

} // namespace

void SlaEngine::registerRules()
{
    RecordRules::addDerive(kCalendar, deriveCalendar);
    RecordRules::addDerive(kPolicy, derivePolicy);
    RecordRules::addDerive(kTicket, deriveTicket);
    RecordRules::addAfterBulk(kCalendar, bulkCalendars);
    RecordRules::addAfterBulk(kPolicy, bulkPolicies);
    RecordRules::addAfterBulk(kTicket, bulkTickets);
}

void SlaEngine::setClock(std::function<QDateTime()> clock)
{
    QMutexLocker lock(&clockMutex());
    clockFunction() = std::move(clock);
}

QDateTime SlaEngine::now()
{
    QMutexLocker lock(&clockMutex());
    const QDateTime t = clockFunction() ? clockFunction()() : QDateTime::currentDateTimeUtc();
    // Whole seconds: the stored ISO text has no fraction.
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::UTC);
}

Result<QString> SlaEngine::ensureDefaultCalendar(Database &db)
{
    auto q = Sql::exec(db.connection(),
                       QStringLiteral("SELECT id FROM business_calendar WHERE deleted = 0 ORDER BY is_default DESC, name LIMIT 1"));
    if (!q)
        return q.error();
    if (q.value().next())
        return q.value().value(0).toString();
    RecordStore store(db);
    return store.create(kCalendar, {{QStringLiteral("name"), QStringLiteral("Horario laboral")},
                                    {QStringLiteral("time_zone"), QStringLiteral("Europe/Madrid")},
                                    {QStringLiteral("hours"), QStringLiteral("mon-fri 09:00-18:00")},
                                    {QStringLiteral("is_default"), 1}},
                        RecordStore::Access::System);
}

Status SlaEngine::ensureDefaultPolicies(Database &db)
{
    auto q = Sql::exec(db.connection(), QStringLiteral("SELECT 1 FROM sla_policy LIMIT 1"));
    if (!q)
        return q.error();
    if (q.value().next())
        return Status::success();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto calendar = ensureDefaultCalendar(db);
    if (!calendar)
        return calendar.error();
    struct Default { const char *name; const char *priority; int first; int resolution; };
    static const Default defaults[] = {
        {"Urgente", "urgent", 60, 240}, {"Alta", "high", 240, 960}, {"Normal", "normal", 480, 2400}, {"Baja", "low", 960, 4800}};
    RecordStore store(db);
    for (const Default &d : defaults) {
        auto id = store.create(kPolicy, {{QStringLiteral("name"), QString::fromUtf8(d.name)},
                                         {QStringLiteral("priority"), QString::fromUtf8(d.priority)},
                                         {QStringLiteral("first_response_minutes"), d.first},
                                         {QStringLiteral("resolution_minutes"), d.resolution},
                                         {QStringLiteral("calendar"), calendar.value()}},
                               RecordStore::Access::System);
        if (!id)
            return id.error();
    }
    return tx.commit();
}

Result<QString> SlaEngine::policyFor(Database &db, const QString &priority, const QString &accountId)
{
    QString tier = QStringLiteral("standard");
    if (!accountId.isEmpty()) {
        auto a = Sql::exec(db.connection(), QStringLiteral("SELECT support_tier FROM account WHERE id = ?"), {accountId});
        if (!a)
            return a.error();
        if (a.value().next() && !a.value().value(0).toString().isEmpty())
            tier = a.value().value(0).toString();
    }
    auto q = Sql::exec(db.connection(),
                       QStringLiteral("SELECT id FROM sla_policy WHERE deleted = 0 AND active = 1 AND priority = ? "
                                      "AND (tier = ? OR tier IS NULL OR tier = '') ORDER BY COALESCE(tier, '') = '' LIMIT 1"),
                       {priority, tier});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toString() : QString();
}

Result<BusinessHours> SlaEngine::calendarFor(Database &db, const QString &policyId)
{
    QString calendarId;
    if (!policyId.isEmpty()) {
        auto p = Sql::exec(db.connection(), QStringLiteral("SELECT calendar FROM sla_policy WHERE id = ?"), {policyId});
        if (!p)
            return p.error();
        if (p.value().next())
            calendarId = p.value().value(0).toString();
    }
    if (calendarId.isEmpty()) {
        auto d = ensureDefaultCalendar(db);
        if (!d)
            return d.error();
        calendarId = d.value();
    }
    auto q = Sql::exec(db.connection(), QStringLiteral("SELECT hours, holidays, time_zone, name FROM business_calendar WHERE id = ?"), {calendarId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(Tr::tr("business-hours calendar %1 not found").arg(calendarId));
    auto b = BusinessHours::parse(q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString());
    if (!b)
        return Error::badInput(Tr::tr("calendar \"%1\": %2").arg(q.value().value(3).toString(), b.error().message));
    return b;
}

QString SlaEngine::stateAt(Database &db, const QVariantMap &t, const QDateTime &now)
{
    const QString policyId = t.value(QStringLiteral("sla_policy")).toString();
    if (policyId.isEmpty())
        return QStringLiteral("none");
    if (!isEmpty(t.value(QStringLiteral("paused_since"))))
        return QStringLiteral("paused");
    auto policy = loadPolicy(db, policyId);
    auto calendar = calendarFor(db, policyId);
    if (!policy || !calendar)
        return QStringLiteral("none");
    QDateTime resolved = fromIso(t.value(QStringLiteral("resolved_at")));
    if (!resolved.isValid())
        resolved = fromIso(t.value(QStringLiteral("closed_at")));
    QDateTime responded = fromIso(t.value(QStringLiteral("first_response_at")));
    if (!responded.isValid())
        responded = resolved; // resolving answers the customer too
    struct Target { QDateTime due; QDateTime met; qint64 total; };
    const Target targets[] = {{fromIso(t.value(QStringLiteral("first_response_due"))), responded, policy->firstResponse},
                              {fromIso(t.value(QStringLiteral("resolution_due"))), resolved, policy->resolution}};
    bool breached = false;
    bool atRisk = false;
    for (const Target &target : targets) {
        if (!target.due.isValid())
            continue;
        if (target.met.isValid()) {
            breached = breached || target.met > target.due;
            continue;
        }
        if (now >= target.due) {
            breached = true;
            continue;
        }
        const qint64 used = target.total - calendar->businessSecondsBetween(now, target.due);
        if (target.total > 0 && used * 100 >= qint64(policy->warnPercent) * target.total)
            atRisk = true;
    }
    if (breached)
        return QStringLiteral("breached");
    if (resolved.isValid())
        return QStringLiteral("met");
    return atRisk ? QStringLiteral("at_risk") : QStringLiteral("on_track");
}

Result<SlaMonitor::Report> SlaMonitor::refresh(Database &db, const QDateTime &now)
{
    Report report;
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto q = Sql::exec(db.connection(),
                       QStringLiteral("SELECT id, number, subject, sla_state, sla_policy, paused_since, first_response_due, first_response_at, "
                                      "resolution_due, resolved_at, closed_at FROM ticket WHERE deleted = 0 AND sla_policy IS NOT NULL "
                                      "AND COALESCE(sla_state, 'none') <> 'met' ORDER BY rid"));
    if (!q)
        return q.error();
    QList<QVariantMap> tickets;
    while (q.value().next()) {
        QVariantMap t;
        const QStringList names = {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("subject"), QStringLiteral("sla_state"),
                                   QStringLiteral("sla_policy"), QStringLiteral("paused_since"), QStringLiteral("first_response_due"),
                                   QStringLiteral("first_response_at"), QStringLiteral("resolution_due"), QStringLiteral("resolved_at"),
                                   QStringLiteral("closed_at")};
        for (int i = 0; i < names.size(); ++i)
            t.insert(names.at(i), q.value().value(i));
        tickets << t;
    }
    RecordStore store(db);
    for (const QVariantMap &t : tickets) {
        ++report.checked;
        const QString id = t.value(QStringLiteral("id")).toString();
        const QString label = QStringLiteral("%1 %2").arg(t.value(QStringLiteral("number")).toString(), t.value(QStringLiteral("subject")).toString()).trimmed();
        // Breaches: a due time passed unmet, or met after it. Not while paused (the due time moves).
        if (isEmpty(t.value(QStringLiteral("paused_since")))) {
            QDateTime resolved = fromIso(t.value(QStringLiteral("resolved_at")));
            if (!resolved.isValid())
                resolved = fromIso(t.value(QStringLiteral("closed_at")));
            QDateTime responded = fromIso(t.value(QStringLiteral("first_response_at")));
            if (!responded.isValid())
                responded = resolved;
            const QList<std::pair<QString, std::pair<QDateTime, QDateTime>>> targets = {
                {QStringLiteral("first_response"), {fromIso(t.value(QStringLiteral("first_response_due"))), responded}},
                {QStringLiteral("resolution"), {fromIso(t.value(QStringLiteral("resolution_due"))), resolved}}};
            for (const auto &target : targets) {
                const QDateTime due = target.second.first;
                const QDateTime met = target.second.second;
                if (!due.isValid() || (met.isValid() ? met <= due : now < due))
                    continue;
                auto e = Sql::exec(db.connection(), QStringLiteral("SELECT 1 FROM sla_breach WHERE ticket = ? AND kind = ?"), {id, target.first});
                if (!e)
                    return e.error();
                if (e.value().next())
                    continue;
                auto b = store.create(kBreach, {{QStringLiteral("ticket"), id}, {QStringLiteral("kind"), target.first},
                                                {QStringLiteral("due_at"), iso(due)}, {QStringLiteral("breached_at"), iso(due)}},
                                      RecordStore::Access::System);
                if (!b)
                    return b.error();
                report.breaches << Breach{id, label, target.first, iso(due)};
            }
        }
        const QString before = t.value(QStringLiteral("sla_state")).toString();
        const QString after = SlaEngine::stateAt(db, t, now);
        if (after == before)
            continue;
        if (Status s = store.update(kTicket, id, {{QStringLiteral("sla_state"), after}}, RecordStore::Access::System); !s)
            return s.error();
        const Change c{id, label, before, after};
        report.changes << c;
        if (after == QLatin1String("at_risk"))
            report.warnings << c;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace trato
