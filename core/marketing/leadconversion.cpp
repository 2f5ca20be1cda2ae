// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadconversion.h"

#include "../store/database.h"
#include "../store/recordevent.h"
#include "../store/sqlite.h"
#include "../store/transaction.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace trato {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("trato::LeadConversion", text);
}

QList<QPair<QString, LeadConversion::Step>> &steps()
{
    static QList<QPair<QString, LeadConversion::Step>> list;
    return list;
}

QList<QPair<QString, QString>> pairs(std::initializer_list<std::pair<const char *, const char *>> list)
{
    QList<QPair<QString, QString>> out;
    for (const auto &[from, to] : list)
        out.append({QString::fromLatin1(from), QString::fromLatin1(to)});
    return out;
}

QVariantMap mapped(const Record &lead, const QList<QPair<QString, QString>> &mapping)
{
    QVariantMap out;
    for (const auto &[from, to] : mapping) {
        const QVariant v = lead.value(from);
        if (!v.isNull() && !v.toString().trimmed().isEmpty())
            out.insert(to, v);
    }
    return out;
}

QString titleOf(const Record &r)
{
    return QString(r.value(QStringLiteral("first_name")).toString() + QLatin1Char(' ') + r.value(QStringLiteral("last_name")).toString()).trimmed();
}
} // namespace

LeadConversion::LeadConversion(Database &db)
    : m_db(db)
{
}

QList<QPair<QString, QString>> LeadConversion::accountMapping()
{
    return pairs({{"company", "name"}, {"website", "website"}, {"phone", "phone"}, {"street", "street"},
                  {"postal_code", "postal_code"}, {"city", "city"}, {"province", "province"}, {"country", "country"}});
}

QList<QPair<QString, QString>> LeadConversion::contactMapping()
{
    return pairs({{"salutation", "salutation"}, {"first_name", "first_name"}, {"last_name", "last_name"},
                  {"title", "title"}, {"email", "email"}, {"phone", "phone"}, {"mobile", "mobile"},
                  {"street", "street"}, {"postal_code", "postal_code"}, {"city", "city"}, {"province", "province"},
                  {"country", "country"}, {"source", "lead_source"}, {"description", "description"}});
}

QVariantMap LeadConversion::accountValues(const Record &lead)
{
    return mapped(lead, accountMapping());
}

QVariantMap LeadConversion::contactValues(const Record &lead)
{
    return mapped(lead, contactMapping());
}

void LeadConversion::addStep(const QString &name, Step step)
{
    removeStep(name);
    steps().append({name, std::move(step)});
}

void LeadConversion::removeStep(const QString &name)
{
    steps().removeIf([&](const auto &p) { return p.first == name; });
}

Result<LeadConversionResult> LeadConversion::convert(const QString &leadId, const LeadConversionOptions &options)
{
    RecordStore store(m_db);
    auto got = store.get(QStringLiteral("lead"), leadId);
    if (!got)
        return got.error();
    const Record lead = got.value();
    const QString leadName = titleOf(lead);
    if (lead.value(QStringLiteral("deleted")).toBool())
        return Error::badInput(tr("The lead %1 is in the Trash; restore it before converting it.").arg(leadName));
    const QString status = lead.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("converted") || !lead.value(QStringLiteral("converted_contact")).isNull())
        return Error::badInput(tr("The lead %1 was already converted.").arg(leadName));
    if (status == QLatin1String("disqualified"))
        return Error::badInput(tr("The lead %1 is disqualified; requalify it (change its status) before converting it.").arg(leadName));
    auto checkLinked = [&](const QString &entity, const QString &id) -> Status {
        auto r = store.get(entity, id);
        if (!r)
            return r.error();
        if (r.value().value(QStringLiteral("deleted")).toBool())
            return Error::badInput(tr("The %1 %2 is in the Trash.").arg(entity, id));
        return {};
    };
    if (!options.accountId.isEmpty())
        if (const Status s = checkLinked(QStringLiteral("account"), options.accountId); !s)
            return s.error();
    if (!options.contactId.isEmpty())
        if (const Status s = checkLinked(QStringLiteral("contact"), options.contactId); !s)
            return s.error();

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    LeadConversionResult result;
    result.leadId = leadId;
    const QString note = QStringLiteral("%1 (%2)").arg(leadName, leadId);

    // The account: the one given, or a new one from the lead's company (none without a company).
    result.accountId = options.accountId;
    const QVariantMap account = accountValues(lead);
    if (result.accountId.isEmpty() && options.createAccount && account.contains(QStringLiteral("name"))) {
        auto id = store.create(QStringLiteral("account"), account);
        if (!id)
            return Error{id.error().kind, tr("The account: %1").arg(id.error().message)};
        result.accountId = id.value();
        result.accountCreated = true;
        const Status s = RecordEvent::add(tx, m_db, QStringLiteral("account"), result.accountId, RecordEvent::ConvertedFrom, note);
        if (!s)
            return s.error();
    }

    // The contact: the one given (it gets the account if it has none), or a new one.
    if (!options.contactId.isEmpty()) {
        result.contactId = options.contactId;
        auto current = store.get(QStringLiteral("contact"), options.contactId);
        if (!current)
            return current.error();
        if (!result.accountId.isEmpty() && current.value().value(QStringLiteral("account")).isNull()) {
            const Status s = store.update(QStringLiteral("contact"), result.contactId, {{QStringLiteral("account"), result.accountId}});
            if (!s)
                return s.error();
        }
    } else {
        QVariantMap contact = contactValues(lead);
        if (!result.accountId.isEmpty())
            contact.insert(QStringLiteral("account"), result.accountId);
        auto id = store.create(QStringLiteral("contact"), contact);
        if (!id)
            return Error{id.error().kind, tr("The contact: %1").arg(id.error().message)};
        result.contactId = id.value();
        result.contactCreated = true;
    }
    Status s = RecordEvent::add(tx, m_db, QStringLiteral("contact"), result.contactId, RecordEvent::ConvertedFrom, note);
    if (!s)
        return s.error();

    // The lead stays, marked converted.
    QVariantMap leadValues = {{QStringLiteral("status"), QStringLiteral("converted")},
                              {QStringLiteral("converted_contact"), result.contactId},
                              {QStringLiteral("converted_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    if (!result.accountId.isEmpty())
        leadValues.insert(QStringLiteral("converted_account"), result.accountId);
    s = store.update(QStringLiteral("lead"), leadId, leadValues, RecordStore::Access::System);
    if (!s)
        return s.error();

    // Campaign memberships follow the person.
    auto members = Sql::exec(tx.connection(), QStringLiteral("SELECT id FROM campaign_member WHERE lead = ? AND deleted = 0"), {leadId});
    if (!members)
        return members.error();
    QStringList memberIds;
    while (members.value().next())
        memberIds << members.value().value(0).toString();
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    for (const QString &member : std::as_const(memberIds)) {
        s = store.update(QStringLiteral("campaign_member"), member,
                         {{QStringLiteral("contact"), result.contactId}, {QStringLiteral("status"), QStringLiteral("converted")},
                          {QStringLiteral("status_date"), today}});
        if (!s)
            return s.error();
        ++result.campaignMembers;
    }

    for (const auto &[name, step] : std::as_const(steps())) {
        s = step(m_db, tx, lead, result);
        if (!s)
            return Error{s.error().kind, QStringLiteral("%1: %2").arg(name, s.error().message)};
    }
    const Status c = tx.commit();
    if (!c)
        return c.error();
    return result;
}

} // namespace trato
