// SPDX-License-Identifier: GPL-3.0-or-later
// CallListService: building a call list's queue from a segment, a campaign or a query.
#include "calllistservice.h"

#include "../marketing/campaignservice.h"
#include "../metadata/value.h"
#include "../search/segmentstore.h"
#include "../store/database.h"
#include "../store/recordstore.h"
#include "../store/sqlite.h"
#include "../store/transaction.h"
#include "../util/uuid7.h"

#include <QSqlError>
#include <QSqlQuery>

namespace trato {

namespace {

const QString kList = QStringLiteral("call_list");
const QString kEntry = QStringLiteral("call_list_entry");

bool isPerson(const QString &entity)
{
    return entity == QLatin1String("contact") || entity == QLatin1String("lead");
}

Status rerun(QSqlQuery &q, const QVariantList &params)
{
    for (int i = 0; i < params.size(); ++i)
        q.bindValue(i, params.at(i));
    if (!q.exec())
        return Error::failure(q.lastError().text());
    return {};
}

} // namespace

Result<QueueBuildResult> CallListService::create(const QString &name, const Source &source, const QString &scriptId)
{
    if (name.trimmed().isEmpty())
        return Error::badInput(tr("A call list needs a name."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QVariantMap values;
    values[QStringLiteral("name")] = name.trimmed();
    if (!scriptId.isEmpty())
        values[QStringLiteral("script")] = scriptId;
    if (!source.campaignId.isEmpty())
        values[QStringLiteral("campaign")] = source.campaignId;
    if (!source.segmentId.isEmpty()) {
        auto segment = SegmentStore(m_db).get(source.segmentId);
        if (!segment)
            return segment.error();
        values[QStringLiteral("segment")] = segment.value().name;
    }
    auto id = RecordStore(m_db).create(kList, values, RecordStore::Access::System);
    if (!id)
        return id.error();
    auto result = fill(id.value(), source);
    if (!result)
        return result.error();
    tx.touched(kEntry);
    const Status c = tx.commit();
    if (!c)
        return c.error();
    return result;
}

Result<QueueBuildResult> CallListService::addToQueue(const QString &listId, const Source &source)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto result = fill(listId, source);
    if (!result)
        return result.error();
    if (result.value().added > 0)
        tx.touched(kEntry);
    const Status c = tx.commit();
    if (!c)
        return c.error();
    return result;
}

Result<QueueBuildResult> CallListService::fill(const QString &listId, const Source &source)
{
    const int sources = int(!source.segmentId.isEmpty()) + int(!source.campaignId.isEmpty()) + int(source.query.has_value());
    if (sources != 1)
        return Error::badInput(tr("Build a call list from exactly one of: a segment, a campaign or a query."));
    {
        auto q = Sql::exec(m_db.connection(), QStringLiteral("SELECT deleted FROM call_list WHERE id = ?"), {listId});
        if (!q)
            return q.error();
        if (!q.value().next())
            return Error::notFound(tr("There is no call list with id %1.").arg(listId));
        if (q.value().value(0).toBool())
            return Error::badInput(tr("The call list is in the Trash; restore it first."));
    }
    QSqlDatabase conn = m_db.connection();
    qint64 position = 0;
    {
        auto q = Sql::exec(conn, QStringLiteral("SELECT coalesce(max(position), 0) FROM call_list_entry WHERE call_list = ?"), {listId});
        if (!q)
            return q.error();
        if (q.value().next())
            position = q.value().value(0).toLongLong();
    }
    QueueBuildResult result;
    result.listId = listId;
    RecordStore store(m_db);
    QSqlQuery existsContact(conn), existsLead(conn);
    if (!existsContact.prepare(QStringLiteral("SELECT 1 FROM call_list_entry WHERE contact = ? AND +call_list = ? AND +deleted = 0"))
        || !existsLead.prepare(QStringLiteral("SELECT 1 FROM call_list_entry WHERE lead = ? AND +call_list = ? AND +deleted = 0")))
        return Error::failure(existsContact.lastError().text() + existsLead.lastError().text());

    // Entries are inserted with prepared statements, as campaign members are (CampaignService): a
    // list of 100,000 people is one pass, not 100,000 RecordStore calls. Every value is known good
    // (ids straight from the queries, a list checked above); the table's triggers still log each
    // insert and hold the one-of rule.
    QSqlQuery insertContact(conn), insertLead(conn);
    const QString insertSql = QStringLiteral(
        "INSERT INTO call_list_entry (id, created_at, updated_at, created_by, owner, owner__sort, call_list, %1, position, phone, "
        "status, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0)");
    if (!insertContact.prepare(insertSql.arg(QStringLiteral("contact"))) || !insertLead.prepare(insertSql.arg(QStringLiteral("lead"))))
        return Error::failure(insertContact.lastError().text() + insertLead.lastError().text());
    const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString user = m_db.user();
    const QString userSortKey = Value::sortKey(user);

    // One candidate person: the checks in the order the report explains them.
    auto consider = [&](const QString &entity, const QString &id, const QString &phone, const QString &mobile, bool doNotCall) -> Status {
        ++result.matched;
        QSqlQuery &exists = entity == QLatin1String("contact") ? existsContact : existsLead;
        if (Status s = rerun(exists, {id, listId}); !s)
            return s;
        const bool queued = exists.next();
        exists.finish();
        if (queued) {
            ++result.skippedAlreadyQueued;
            return {};
        }
        if (doNotCall) {
            ++result.skippedDoNotCall;
            return {};
        }
        const QString number = !phone.trimmed().isEmpty() ? phone.trimmed() : mobile.trimmed();
        if (number.isEmpty()) {
            ++result.skippedNoPhone;
            return {};
        }
        QSqlQuery &insert = entity == QLatin1String("contact") ? insertContact : insertLead;
        if (Status s = rerun(insert, {Uuid7::create(), stamp, stamp, user, user, userSortKey, listId, id, ++position, number}); !s)
            return s;
        ++result.added;
        return {};
    };

    auto fromQuery = [&](ListQuery q) -> Status {
        if (!isPerson(q.entity))
            return Error::badInput(tr("Call lists call contacts and leads, not %1.").arg(q.entity));
        q.deleted = ListQuery::Active;
        q.columns = {QStringLiteral("phone"), QStringLiteral("mobile"), QStringLiteral("do_not_call")};
        q.limit = -1;
        Status inner;
        const Status s = store.forEach(q, [&](const Record &r) {
            inner = consider(q.entity, r.value(QStringLiteral("id")).toString(), r.value(QStringLiteral("phone")).toString(),
                             r.value(QStringLiteral("mobile")).toString(), r.value(QStringLiteral("do_not_call")).toBool());
            return inner.ok();
        });
        return s ? inner : s;
    };

    Status s;
    if (!source.segmentId.isEmpty()) {
        auto q = SegmentStore(m_db).query(source.segmentId);
        if (!q)
            return q.error();
        s = fromQuery(q.value());
    } else if (source.query) {
        s = fromQuery(*source.query);
    } else {
        // A campaign's members: its contacts and leads as they are now.
        CampaignService campaigns(m_db);
        QList<QPair<QString, QString>> members;
        s = campaigns.forEachMember(source.campaignId, QString(), [&](const CampaignService::Member &m) {
            members.append({m.entity, m.recordId});
            return true;
        });
        if (s && members.isEmpty()) {
            auto c = Sql::exec(conn, QStringLiteral("SELECT 1 FROM campaign WHERE id = ?"), {source.campaignId});
            if (!c)
                return c.error();
            if (!c.value().next())
                return Error::notFound(tr("There is no campaign with id %1.").arg(source.campaignId));
        }
        QSqlQuery person(conn);
        for (const auto &m : members) {
            if (!s)
                break;
            if (!isPerson(m.first) || m.second.isEmpty()) {
                ++result.matched;
                ++result.skippedNotPerson;
                continue;
            }
            if (!person.prepare(QStringLiteral("SELECT phone, mobile, do_not_call FROM %1 WHERE id = ? AND deleted = 0").arg(Sql::ident(m.first)))) {
                s = Error::failure(person.lastError().text());
                break;
            }
            if (s = rerun(person, {m.second}); !s)
                break;
            if (!person.next()) {
                person.finish();
                continue; // in the Trash: not a person to call
            }
            const QString phone = person.value(0).toString(), mobile = person.value(1).toString();
            const bool dnc = person.value(2).toBool();
            person.finish();
            s = consider(m.first, m.second, phone, mobile, dnc);
        }
    }
    if (!s)
        return s.error();
    return result;
}

} // namespace trato
