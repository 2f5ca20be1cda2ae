// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignservice.h"

#include "../metadata/registry.h"
#include "../search/segmentstore.h"
#include "../store/database.h"
#include "../store/recordstore.h"
#include "../store/sqlite.h"
#include "../store/transaction.h"
#include "../util/uuid7.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace trato {

using Sql::ident;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trato::CampaignService", text);
}

const QString kMember = QStringLiteral("campaign_member");

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

bool isMemberEntity(const QString &entity)
{
    return CampaignService::memberEntities().contains(entity);
}

// Runs a prepared statement again with new values (the per-row statements of a bulk add).
Status rerun(QSqlQuery &q, const QVariantList &params)
{
    for (int i = 0; i < params.size(); ++i)
        q.bindValue(i, params.at(i));
    if (!q.exec())
        return Error::failure(q.lastError().text());
    return {};
}

// The opportunity entity of the sales module, when this database has one that can be attributed
// to campaigns: a campaign relation, a money amount and a status (or stage) picklist with a won value.
struct OpportunityShape
{
    const Entity *entity = nullptr;
    QString amount;
    QString stage;
    QStringList wonStages;
};

OpportunityShape opportunityShape(const Registry &registry)
{
    OpportunityShape shape;
    const Entity *e = registry.entity(QStringLiteral("opportunity"));
    if (!e)
        return shape;
    const Field *campaign = e->field(QStringLiteral("campaign"));
    if (!campaign || campaign->type != FieldType::Relation || campaign->relationTarget != QLatin1String("campaign"))
        return shape;
    const Field *amount = e->field(QStringLiteral("amount"));
    // Comercial's opportunity says won/lost in `status` (its `stage` is a pipeline column).
    const Field *stage = e->field(QStringLiteral("status"));
    if (!stage || stage->type != FieldType::Picklist)
        stage = e->field(QStringLiteral("stage"));
    if (!amount || amount->type != FieldType::Money || !stage || stage->type != FieldType::Picklist)
        return shape;
    for (const auto &o : stage->options)
        if (o.value == QLatin1String("won") || o.value.endsWith(QLatin1String("_won")))
            shape.wonStages << o.value;
    if (shape.wonStages.isEmpty())
        return shape;
    shape.entity = e;
    shape.amount = amount->name;
    shape.stage = stage->name;
    return shape;
}

std::optional<qint64> optionalCents(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

} // namespace

CampaignService::CampaignService(Database &db)
    : m_db(db)
{
}

QStringList CampaignService::memberEntities()
{
    return {QStringLiteral("lead"), QStringLiteral("contact"), QStringLiteral("account")};
}

QStringList CampaignService::memberStatuses()
{
    return {QStringLiteral("planned"), QStringLiteral("sent"), QStringLiteral("responded"),
            QStringLiteral("converted"), QStringLiteral("opted_out")};
}

Result<QString> CampaignService::resolveCampaign(const QString &idOrName, bool forWriting) const
{
    const Entity *member = m_db.registry()->entity(kMember);
    const Field *f = member ? member->field(QStringLiteral("campaign")) : nullptr;
    if (!f)
        return Error::failure(tr("This database has no campaigns."));
    auto id = RecordStore(m_db).resolveRelation(*f, idOrName);
    if (!id)
        return Error{id.error().kind, tr("There is no campaign \"%1\".").arg(idOrName)};
    if (forWriting) {
        auto q = Sql::exec(m_db.connection(), QStringLiteral("SELECT deleted FROM campaign WHERE id = ?"), {id.value()});
        if (!q)
            return q.error();
        if (q.value().next() && q.value().value(0).toBool())
            return Error::badInput(tr("The campaign \"%1\" is in the Trash; restore it first.").arg(idOrName));
    }
    return id.value();
}

Result<MemberAddResult> CampaignService::addMembers(const QString &campaignId, const QString &entity, const QStringList &ids)
{
    if (!isMemberEntity(entity))
        return Error::badInput(tr("Campaign members are leads, contacts or accounts, not \"%1\".").arg(entity));
    const bool isContact = entity == QLatin1String("contact");
    Source source = [this, entity, ids, isContact](const std::function<Status(const Candidate &)> &visit) -> Status {
        const QString sql = QStringLiteral("SELECT id, deleted%1 FROM %2 WHERE id = ?")
                                .arg(isContact ? QStringLiteral(", email_opt_out, do_not_call") : QString(), ident(entity));
        QSqlQuery q(m_db.connection());
        if (!q.prepare(sql))
            return Error::failure(q.lastError().text());
        for (const QString &id : ids) {
            const Status s = rerun(q, {id});
            if (!s)
                return s;
            if (!q.next())
                return Error::badInput(tr("There is no %1 with id %2.").arg(entity, id));
            if (q.value(1).toBool())
                return Error::badInput(tr("The %1 %2 is in the Trash.").arg(entity, id));
            Candidate c;
            c.id = q.value(0).toString();
            if (isContact) {
                c.optOut = q.value(2).toBool();
                c.doNotCall = q.value(3).toBool();
            }
            q.finish();
            const Status v = visit(c);
            if (!v)
                return v;
        }
        return {};
    };
    return add(campaignId, entity, source, Mode::Write, {});
}

Result<MemberAddResult> CampaignService::addMembers(const QString &campaignId, const ListQuery &query, Mode mode,
                                                    const std::function<bool(qint64)> &progress)
{
    if (!isMemberEntity(query.entity))
        return Error::badInput(tr("Campaign members are leads, contacts or accounts, not \"%1\".").arg(query.entity));
    const bool isContact = query.entity == QLatin1String("contact");
    ListQuery q = query;
    q.deleted = ListQuery::Active;
    q.sortField.clear();
    q.columns = isContact ? QStringList{QStringLiteral("email_opt_out"), QStringLiteral("do_not_call")}
                          : QStringList{QStringLiteral("created_at")};
    Source source = [this, q, isContact](const std::function<Status(const Candidate &)> &visit) -> Status {
        Status inner;
        const Status s = RecordStore(m_db).forEach(q, [&](const Record &r) {
            Candidate c;
            c.id = r.value(QStringLiteral("id")).toString();
            if (isContact) {
                c.optOut = r.value(QStringLiteral("email_opt_out")).toBool();
                c.doNotCall = r.value(QStringLiteral("do_not_call")).toBool();
            }
            inner = visit(c);
            return inner.ok();
        });
        return s ? inner : s;
    };
    return add(campaignId, query.entity, source, mode, progress);
}

Result<MemberAddResult> CampaignService::addMembersFromSegment(const QString &campaignId, const QString &segmentId, Mode mode,
                                                               const std::function<bool(qint64)> &progress)
{
    auto query = SegmentStore(m_db).query(segmentId);
    if (!query)
        return query.error();
    return addMembers(campaignId, query.value(), mode, progress);
}

Result<MemberAddResult> CampaignService::add(const QString &campaignId, const QString &entity, const Source &source,
                                             Mode mode, const std::function<bool(qint64)> &progress)
{
    QString type;
    {
        auto c = Sql::exec(m_db.connection(), QStringLiteral("SELECT type, deleted FROM campaign WHERE id = ?"), {campaignId});
        if (!c)
            return c.error();
        if (!c.value().next())
            return Error::notFound(tr("There is no campaign with id %1.").arg(campaignId));
        if (c.value().value(1).toBool())
            return Error::badInput(tr("The campaign is in the Trash; restore it first."));
        type = c.value().value(0).toString();
    }
    const bool skipOptOut = type == QLatin1String("email");
    const bool skipDoNotCall = type == QLatin1String("telemarketing");

    std::optional<Transaction> tx;
    if (mode == Mode::Write) {
        tx.emplace(m_db);
        if (!tx->isActive())
            return tx->error();
    }
    QSqlDatabase conn = m_db.connection();
    QSqlQuery exists(conn);
    if (!exists.prepare(QStringLiteral("SELECT 1 FROM campaign_member WHERE campaign = ? AND %1 = ? AND deleted = 0").arg(ident(entity))))
        return Error::failure(exists.lastError().text());
    QSqlQuery insert(conn);
    if (mode == Mode::Write
        && !insert.prepare(QStringLiteral("INSERT INTO campaign_member (id, created_at, updated_at, created_by, owner, campaign, %1, status, status_date) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, 'planned', ?)")
                               .arg(ident(entity))))
        return Error::failure(insert.lastError().text());
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString date = today();
    const QString user = m_db.user();

    MemberAddResult result;
    const Status s = source([&](const Candidate &c) -> Status {
        ++result.matched;
        if (progress && result.matched % 1000 == 0 && !progress(result.matched)) {
            return Error::badInput(tr("Cancelled; no members were added."));
        }
        Status r = rerun(exists, {campaignId, c.id});
        if (!r)
            return r;
        const bool member = exists.next();
        exists.finish();
        if (member) {
            ++result.alreadyMembers;
            return {};
        }
        if (c.optOut && skipOptOut) {
            ++result.skippedOptOut;
            return {};
        }
        if (c.doNotCall && skipDoNotCall) {
            ++result.skippedDoNotCall;
            return {};
        }
        if (c.optOut)
            ++result.flaggedOptOut;
        if (c.doNotCall)
            ++result.flaggedDoNotCall;
        ++result.added;
        if (mode == Mode::Write)
            return rerun(insert, {Uuid7::create(), now, now, user, user, campaignId, c.id, date});
        return {};
    });
    if (!s)
        return s.error();
    if (tx) {
        if (result.added > 0)
            tx->touched(kMember);
        const Status c = tx->commit();
        if (!c)
            return c.error();
    }
    return result;
}

Result<QStringList> CampaignService::memberIds(const QString &campaignId, const QStringList &ids) const
{
    QSqlQuery q(m_db.connection());
    // One index lookup per column: with OR, or left to choose, SQLite walks a whole index on
    // deleted instead ('+' keeps a column out of index selection).
    QStringList parts;
    for (const char *column : {"id", "lead", "contact", "account"})
        parts << QStringLiteral("SELECT id FROM campaign_member WHERE %1 = ? AND +campaign = ? AND +deleted = 0")
                     .arg(QString::fromLatin1(column));
    if (!q.prepare(parts.join(QStringLiteral(" UNION "))))
        return Error::failure(q.lastError().text());
    QStringList out;
    for (const QString &id : ids) {
        const Status s = rerun(q, {id, campaignId, id, campaignId, id, campaignId, id, campaignId});
        if (!s)
            return s.error();
        bool found = false;
        while (q.next()) {
            found = true;
            const QString member = q.value(0).toString();
            if (!out.contains(member))
                out << member;
        }
        q.finish();
        if (!found)
            return Error::badInput(tr("%1 is not a member of this campaign.").arg(id));
    }
    return out;
}

Result<qint64> CampaignService::setStatus(const QString &campaignId, const QStringList &ids, const QString &status)
{
    if (!memberStatuses().contains(status))
        return Error::badInput(tr("\"%1\" is not a member status; use one of: %2.")
                                   .arg(status, memberStatuses().join(QStringLiteral(", "))));
    if (ids.isEmpty())
        return Error::badInput(tr("No members given."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto members = memberIds(campaignId, ids);
    if (!members)
        return members.error();
    QSqlQuery update(tx.connection());
    if (!update.prepare(QStringLiteral("UPDATE campaign_member SET status = ?, status_date = ?, updated_at = ? "
                                       "WHERE id = ? AND status IS NOT ?")))
        return Error::failure(update.lastError().text());
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString date = today();
    qint64 changed = 0;
    for (const QString &id : members.value()) {
        const Status s = rerun(update, {status, date, now, id, status});
        if (!s)
            return s.error();
        changed += update.numRowsAffected();
    }
    if (changed > 0)
        tx.touched(kMember);
    const Status c = tx.commit();
    if (!c)
        return c.error();
    return changed;
}

Result<qint64> CampaignService::removeMembers(const QString &campaignId, const QStringList &ids)
{
    if (ids.isEmpty())
        return Error::badInput(tr("No members given."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto members = memberIds(campaignId, ids);
    if (!members)
        return members.error();
    // A membership is a link, not a record people keep: it goes for good (the change log keeps
    // the purge), so the same record can be added again later.
    QSqlQuery del(tx.connection());
    if (!del.prepare(QStringLiteral("DELETE FROM campaign_member WHERE id = ?")))
        return Error::failure(del.lastError().text());
    qint64 removed = 0;
    for (const QString &id : members.value()) {
        const Status s = rerun(del, {id});
        if (!s)
            return s.error();
        removed += del.numRowsAffected();
    }
    tx.touched(kMember);
    const Status c = tx.commit();
    if (!c)
        return c.error();
    return removed;
}

Result<CampaignStats> CampaignService::stats(const QString &campaignId) const
{
    QSqlDatabase conn = m_db.connection();
    CampaignStats st;
    st.campaignId = campaignId;
    {
        auto c = Sql::exec(conn, QStringLiteral("SELECT name, type, budget, actual_cost, expected_revenue, expected_response "
                                                "FROM campaign WHERE id = ?"),
                           {campaignId});
        if (!c)
            return c.error();
        if (!c.value().next())
            return Error::notFound(tr("There is no campaign with id %1.").arg(campaignId));
        const QSqlQuery &q = c.value();
        st.name = q.value(0).toString();
        st.type = q.value(1).toString();
        st.budgetCents = optionalCents(q.value(2));
        st.actualCostCents = optionalCents(q.value(3));
        st.expectedRevenueCents = optionalCents(q.value(4));
        if (!q.value(5).isNull())
            st.expectedResponse = q.value(5).toDouble();
    }
    // One pass over the campaign's members through its index.
    {
        auto c = Sql::exec(conn, QStringLiteral("SELECT status, count(*) FROM campaign_member "
                                                "WHERE campaign = ? AND +deleted = 0 GROUP BY +status"),
                           {campaignId});
        if (!c)
            return c.error();
        QHash<QString, qint64> counts;
        while (c.value().next()) {
            counts.insert(c.value().value(0).toString(), c.value().value(1).toLongLong());
            st.members += c.value().value(1).toLongLong();
        }
        for (const QString &s : memberStatuses())
            st.byStatus.append({s, counts.value(s)});
        st.responses = counts.value(QStringLiteral("responded")) + counts.value(QStringLiteral("converted"));
        if (st.members > 0)
            st.responseRate = 100.0 * double(st.responses) / double(st.members);
    }
    {
        auto c = Sql::exec(conn, QStringLiteral("SELECT count(*), coalesce(sum(status = 'converted'), 0) FROM lead "
                                                "WHERE campaign = ? AND +deleted = 0"),
                           {campaignId});
        if (!c)
            return c.error();
        if (c.value().next()) {
            st.leadsCreated = c.value().value(0).toLongLong();
            st.convertedLeads = c.value().value(1).toLongLong();
        }
    }
    const OpportunityShape opp = opportunityShape(*m_db.registry());
    if (opp.entity) {
        QStringList marks;
        for (int i = 0; i < opp.wonStages.size(); ++i)
            marks << QStringLiteral("?");
        // Bind in text order: stages (first IN), stages (second IN), then the campaign.
        QVariantList ordered;
        for (const QString &s : opp.wonStages)
            ordered << s;
        for (const QString &s : opp.wonStages)
            ordered << s;
        ordered << campaignId;
        auto r = Sql::exec(conn, QStringLiteral("SELECT count(*), coalesce(sum(%1 IN (%4)), 0), "
                                                "coalesce(sum(CASE WHEN %1 IN (%4) THEN %2 END), 0) "
                                                "FROM %3 WHERE campaign = ? AND +deleted = 0")
                                     .arg(ident(opp.stage), ident(opp.amount), ident(opp.entity->name), marks.join(QStringLiteral(", "))),
                           ordered);
        if (!r)
            return r.error();
        if (r.value().next()) {
            st.opportunitiesAvailable = true;
            st.opportunities = r.value().value(0).toLongLong();
            st.wonOpportunities = r.value().value(1).toLongLong();
            st.wonRevenueCents = r.value().value(2).toLongLong();
        }
    }
    if (st.budgetCents && st.actualCostCents)
        st.budgetRemainingCents = *st.budgetCents - *st.actualCostCents;
    if (st.actualCostCents && st.responses > 0)
        st.costPerResponseCents = (*st.actualCostCents * 2 + st.responses) / (st.responses * 2); // half up
    if (st.actualCostCents && st.opportunitiesAvailable) {
        st.netReturnCents = st.wonRevenueCents - *st.actualCostCents;
        if (*st.actualCostCents > 0)
            st.roiPercent = 100.0 * double(*st.netReturnCents) / double(*st.actualCostCents);
    }
    return st;
}

BuiltQuery CampaignService::membersQuery(const QString &campaignId, const QString &status) const
{
    const Registry &reg = *m_db.registry();
    auto title = [&](const char *entity, const char *alias) {
        const Entity *e = reg.entity(QString::fromLatin1(entity));
        return e ? e->titleExpression(QString::fromLatin1(alias)) : QStringLiteral("NULL");
    };
    BuiltQuery b;
    b.sql = QStringLiteral(
                "SELECT m.id AS id, "
                "CASE WHEN m.lead IS NOT NULL THEN 'lead' WHEN m.contact IS NOT NULL THEN 'contact' "
                "WHEN m.account IS NOT NULL THEN 'account' END AS entity, "
                "coalesce(m.lead, m.contact, m.account) AS record_id, "
                "coalesce(%1, %2, %3) AS name, "
                "coalesce(l.email, c.email, a.email) AS email, "
                "m.status AS status, m.status_date AS status_date, m.note AS note "
                "FROM campaign_member m "
                "LEFT JOIN lead l ON l.id = m.lead "
                "LEFT JOIN contact c ON c.id = m.contact "
                "LEFT JOIN account a ON a.id = m.account "
                "WHERE m.campaign = ? AND +m.deleted = 0")
                .arg(QStringLiteral("CASE WHEN l.id IS NOT NULL THEN ") + title("lead", "l") + QStringLiteral(" END"),
                     QStringLiteral("CASE WHEN c.id IS NOT NULL THEN ") + title("contact", "c") + QStringLiteral(" END"),
                     QStringLiteral("CASE WHEN a.id IS NOT NULL THEN ") + title("account", "a") + QStringLiteral(" END"));
    b.params << campaignId;
    if (!status.isEmpty()) {
        b.sql += QStringLiteral(" AND m.status = ?");
        b.params << status;
    }
    b.sql += QStringLiteral(" ORDER BY m.rid");
    b.columns = {QStringLiteral("entity"), QStringLiteral("record_id"), QStringLiteral("name"), QStringLiteral("email"),
                 QStringLiteral("status"), QStringLiteral("status_date"), QStringLiteral("note")};
    return b;
}

Status CampaignService::forEachMember(const QString &campaignId, const QString &status,
                                      const std::function<bool(const Member &)> &visit) const
{
    if (!status.isEmpty() && !memberStatuses().contains(status))
        return Error::badInput(tr("\"%1\" is not a member status; use one of: %2.")
                                   .arg(status, memberStatuses().join(QStringLiteral(", "))));
    const BuiltQuery b = membersQuery(campaignId, status);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const Status s = [&]() -> Status {
        if (!q.prepare(b.sql))
            return Error::failure(q.lastError().text());
        return rerun(q, b.params);
    }();
    if (!s)
        return s;
    while (q.next()) {
        Member m;
        m.id = q.value(0).toString();
        m.entity = q.value(1).toString();
        m.recordId = q.value(2).toString();
        m.name = q.value(3).toString();
        m.email = q.value(4).toString();
        m.status = q.value(5).toString();
        m.statusDate = q.value(6).toString();
        m.note = q.value(7).toString();
        if (!visit(m))
            break;
    }
    return {};
}

Result<QStringList> CampaignService::campaignsOf(const QString &entity, const QString &recordId) const
{
    if (!isMemberEntity(entity))
        return QStringList();
    auto r = Sql::exec(m_db.connection(),
                       QStringLiteral("SELECT DISTINCT m.campaign FROM campaign_member m WHERE m.%1 = ? AND +m.deleted = 0").arg(ident(entity)),
                       {recordId});
    if (!r)
        return r.error();
    QStringList out;
    while (r.value().next())
        out << r.value().value(0).toString();
    return out;
}

} // namespace trato
