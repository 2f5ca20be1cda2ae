// SPDX-License-Identifier: GPL-3.0-or-later
#include "marketingviews.h"

#include "addtocampaign.h"
#include "campaignfigures.h"
#include "campaignmembersview.h"
#include "leadstatusfilter.h"
#include "recordheaders.h"

#include "forms/recordviewextensions.h"
#include "marketing/campaignservice.h"
#include "views/listviewextensions.h"

namespace trato {

void registerMarketingViews()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    using RecordViewExtensions::Place;
    const QString campaign = QStringLiteral("campaign");
    RecordViewExtensions::add(campaign, Place::Header, [](Database &db) { return new CampaignFigures(db); });
    RecordViewExtensions::add(campaign, Place::Tab, [](Database &db) { return new CampaignMembersView(db); });
    RecordViewExtensions::add(QStringLiteral("contact"), Place::Header, [](Database &db) { return new ContactCard(db); });
    RecordViewExtensions::add(QStringLiteral("account"), Place::Header, [](Database &db) { return new AccountSummaryHeader(db); });
    for (const QString &entity : CampaignService::memberEntities())
        RecordViewExtensions::add(entity, Place::Action, [entity](Database &db) { return new AddToCampaignButton(db, entity); });
    ListViewExtensions::addFilterBar(QStringLiteral("lead"), [](Database &db, RecordListView *list) {
        return new LeadStatusFilter(db, list);
    });
}

} // namespace trato
