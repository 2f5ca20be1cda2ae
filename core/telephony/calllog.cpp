// SPDX-License-Identifier: GPL-3.0-or-later
#include "calllog.h"

#include "callerlookup.h"
#include "../metadata/registry.h"
#include "../store/database.h"
#include "../store/recordstore.h"
#include "../store/transaction.h"

#include <QCoreApplication>

namespace trato::CallLog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trato::CallLog", text);
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

Result<QString> startInbound(Database &db, const CallerLookupResult &lookup, const QString &callerName,
                             const QDateTime &now)
{
    if (lookup.number.isEmpty())
        return Error::badInput(tr("A call log entry needs the caller's number."));
    QVariantMap values;
    values[QStringLiteral("kind")] = QStringLiteral("call");
    values[QStringLiteral("direction")] = QStringLiteral("inbound");
    values[QStringLiteral("status")] = QStringLiteral("in_progress");
    values[QStringLiteral("start_at")] = iso(now);
    values[QStringLiteral("phone_number")] = lookup.number;
    QString who = callerName.trimmed();
    if (lookup.known()) {
        const CallerMatch &m = lookup.matches.first();
        values[m.entity] = m.id;
        if (m.entity == QLatin1String("contact") && !m.accountId.isEmpty())
            values[QStringLiteral("account")] = m.accountId;
        who = m.name;
    }
    if (who.isEmpty())
        who = lookup.number;
    values[QStringLiteral("subject")] = tr("Incoming call from %1").arg(who.left(200));
    return RecordStore(db).create(QStringLiteral("activity"), values);
}

Status recordOutcome(Database &db, const QString &activityId, const QString &outcome, const QString &notes,
                     const QDateTime &now)
{
    RecordStore store(db);
    auto current = store.get(QStringLiteral("activity"), activityId);
    if (!current)
        return current.error();
    const QString status = current.value().value(QStringLiteral("status")).toString();
    if (status == QLatin1String("completed") || status == QLatin1String("cancelled"))
        return Error::badInput(tr("The call \"%1\" is already %2.")
                                   .arg(current.value().value(QStringLiteral("subject")).toString(), status));
    QVariantMap values;
    values[QStringLiteral("outcome")] = outcome.isEmpty() ? QVariant() : QVariant(outcome);
    values[QStringLiteral("outcome_notes")] = notes.trimmed().isEmpty() ? QVariant() : QVariant(notes.trimmed());
    values[QStringLiteral("end_at")] = iso(now);
    return store.update(QStringLiteral("activity"), activityId, values);
}

Result<QString> createLead(Database &db, const QString &number, const QString &callerName, const QString &region,
                           const QString &activityId)
{
    auto key = CallerLookup::normalize(number, region);
    if (!key)
        return key.error();
    QVariantMap values;
    values[QStringLiteral("phone")] = CallerLookup::formatted(key.value(), region);
    QStringList words = callerName.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        values[QStringLiteral("last_name")] = tr("Caller %1").arg(CallerLookup::formatted(key.value(), region));
    } else {
        values[QStringLiteral("last_name")] = words.takeLast().left(200);
        if (!words.isEmpty())
            values[QStringLiteral("first_name")] = words.join(QLatin1Char(' ')).left(200);
    }
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    RecordStore store(db);
    auto lead = store.create(QStringLiteral("lead"), values);
    if (!lead)
        return lead.error();
    if (!activityId.isEmpty()) {
        const Status s = store.update(QStringLiteral("activity"), activityId, {{QStringLiteral("lead"), lead.value()}});
        if (!s)
            return s.error();
    }
    const Status c = tx.commit();
    if (!c)
        return c.error();
    return lead.value();
}

} // namespace trato::CallLog
