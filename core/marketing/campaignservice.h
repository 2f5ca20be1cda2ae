// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../store/listquery.h"
#include "../util/result.h"

#include <QList>
#include <QPair>
#include <QStringList>

#include <functional>
#include <optional>

namespace trato {

class Database;

// What adding members did (or, for a preview, would do). Every candidate record is counted in
// exactly one of added, alreadyMembers, skippedOptOut and skippedDoNotCall.
struct MemberAddResult
{
    qint64 matched = 0;          // records the ids or the query named
    qint64 added = 0;
    qint64 alreadyMembers = 0;   // a member is unique per campaign and record
    qint64 skippedOptOut = 0;    // email campaigns leave out contacts with email_opt_out
    qint64 skippedDoNotCall = 0; // telemarketing campaigns leave out contacts with do_not_call
    qint64 flaggedOptOut = 0;    // added anyway (other campaign types) although opted out of email
    qint64 flaggedDoNotCall = 0; // added anyway although marked do-not-call
};

// A campaign's figures, derived on demand by SQL aggregates (never stored). Money in cents.
// Figures that cannot be computed are empty optionals, never zero: no cost recorded, no responses
// yet, or no sales module (opportunities) in this database.
struct CampaignStats
{
    QString campaignId;
    QString name;
    QString type;
    qint64 members = 0;
    QList<QPair<QString, qint64>> byStatus;   // every member status in picklist order, zeros included
    qint64 responses = 0;                     // responded + converted
    std::optional<double> responseRate;       // percent of members; empty without members
    std::optional<double> expectedResponse;   // percent, as planned on the campaign
    qint64 leadsCreated = 0;                  // leads whose campaign is this one
    qint64 convertedLeads = 0;
    bool opportunitiesAvailable = false;      // an opportunity entity with campaign, amount and stage
    qint64 opportunities = 0;
    qint64 wonOpportunities = 0;
    qint64 wonRevenueCents = 0;
    std::optional<qint64> budgetCents;
    std::optional<qint64> actualCostCents;
    std::optional<qint64> expectedRevenueCents;
    std::optional<qint64> budgetRemainingCents;  // budget - actual cost
    std::optional<qint64> costPerResponseCents;  // actual cost / responses, rounded half up
    std::optional<qint64> netReturnCents;        // won revenue - actual cost
    std::optional<double> roiPercent;            // (won revenue - actual cost) / actual cost * 100
};

// Campaign audiences and results (Marketing). Members are campaign_member records: one per lead,
// contact or account in a campaign, with a status and the date it was reached. Every call that
// writes is one transaction: all of it or, on any refusal, nothing.
class CampaignService
{
public:
    explicit CampaignService(Database &db);

    static QStringList memberEntities();   // lead, contact, account
    static QStringList memberStatuses();   // planned, sent, responded, converted, opted_out

    // The campaign's id for an id or its exact name; refuses one in the Trash when forWriting.
    Result<QString> resolveCampaign(const QString &idOrName, bool forWriting = false) const;

    // Adds records of one entity by id. An unknown or deleted id refuses the whole call.
    Result<MemberAddResult> addMembers(const QString &campaignId, const QString &entity, const QStringList &ids);
    // Adds every record a list query matches (search + where), streamed in one transaction.
    // preview: counts what would happen without writing. progress(done) returning false cancels.
    enum class Mode { Write, Preview };
    Result<MemberAddResult> addMembers(const QString &campaignId, const ListQuery &query, Mode mode = Mode::Write,
                                       const std::function<bool(qint64)> &progress = {});

    // Adds the records of a saved segment (SegmentStore) as they are now.
    Result<MemberAddResult> addMembersFromSegment(const QString &campaignId, const QString &segmentId, Mode mode = Mode::Write,
                                                  const std::function<bool(qint64)> &progress = {});

    // Ids are member ids or the ids of the lead/contact/account the member stands for. Any id that
    // is not a member of the campaign refuses the whole call. Return how many members changed.
    Result<qint64> setStatus(const QString &campaignId, const QStringList &ids, const QString &status);
    Result<qint64> removeMembers(const QString &campaignId, const QStringList &ids);

    Result<CampaignStats> stats(const QString &campaignId) const;

    // The members list (GUI model, CLI): columns id, entity, record_id, name, email, status,
    // status_date, note. status empty: every member. Bound parameters only.
    BuiltQuery membersQuery(const QString &campaignId, const QString &status = QString()) const;
    struct Member
    {
        QString id, entity, recordId, name, email, status, statusDate, note;
    };
    Status forEachMember(const QString &campaignId, const QString &status,
                         const std::function<bool(const Member &)> &visit) const;

    // The campaigns a record is a member of (for a contact's, lead's or account's view).
    Result<QStringList> campaignsOf(const QString &entity, const QString &recordId) const;

private:
    struct Candidate
    {
        QString id;
        bool optOut = false;
        bool doNotCall = false;
    };
    using Source = std::function<Status(const std::function<Status(const Candidate &)> &)>;
    Result<MemberAddResult> add(const QString &campaignId, const QString &entity, const Source &source,
                                Mode mode, const std::function<bool(qint64)> &progress);
    Result<QStringList> memberIds(const QString &campaignId, const QStringList &ids) const;

    Database &m_db;
};

} // namespace trato
