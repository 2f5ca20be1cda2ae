// SPDX-License-Identifier: GPL-3.0-or-later
// campaign members / add / status / remove / stats: argument parsing and output around
// CampaignService, where every rule lives.
#include "commands.h"

#include "marketing/campaignservice.h"
#include "metadata/registry.h"
#include "metadata/value.h"
#include "search/filter.h"
#include "search/segmentstore.h"

#include <optional>

namespace trato::cli {

namespace {

Result<QString> campaignArgument(Context &context, const QString &text, bool forWriting)
{
    return CampaignService(*context.db).resolveCampaign(text, forWriting);
}

QVariant jsonCents(const std::optional<qint64> &cents)
{
    return cents ? QVariant(Value::formatCents(*cents)) : jsonNull();
}

QVariant jsonNumber(const std::optional<double> &v, int decimals)
{
    if (!v)
        return jsonNull();
    return QVariant(QString::number(*v, 'f', decimals).toDouble());
}

QString textCents(const std::optional<qint64> &cents)
{
    return cents ? Value::formatCents(*cents) : Cli::tr("n/a");
}

QString textPercent(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 2) + QStringLiteral(" %") : Cli::tr("n/a");
}

} // namespace

int runCampaignMembers(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    auto campaign = campaignArgument(context, args.positional.at(0), false);
    if (!campaign)
        return fail(campaign.error());
    const QString status = args.value(QStringLiteral("status"));
    if (!status.isEmpty() && !CampaignService::memberStatuses().contains(status))
        return usageError(context, Cli::tr("--status must be one of: %1").arg(CampaignService::memberStatuses().join(QStringLiteral(", "))));
    RowWriter writer(format, {{QStringLiteral("id")}, {QStringLiteral("entity")}, {QStringLiteral("record_id")},
                              {QStringLiteral("name")}, {QStringLiteral("email")}, {QStringLiteral("status")},
                              {QStringLiteral("status_date")}});
    auto cell = [](const QString &s) { return Cell::string(s.isEmpty() ? QString() : s); };
    const Status s = CampaignService(*context.db).forEachMember(campaign.value(), status, [&](const CampaignService::Member &m) {
        writer.add({cell(m.id), cell(m.entity), cell(m.recordId), cell(m.name), cell(m.email), cell(m.status), cell(m.statusDate)});
        return true;
    });
    if (!s)
        return fail(s.error());
    writer.finish();
    return Exit::Ok;
}

int runCampaignAdd(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Text, Format::Json}, Format::Text, &format, &code))
        return code;
    const QString entityName = args.positional.at(1);
    if (!CampaignService::memberEntities().contains(entityName))
        return fail(Error::badInput(Cli::tr("campaign members are %1, not \"%2\"")
                                        .arg(CampaignService::memberEntities().join(QStringLiteral(", ")), entityName)));
    const QStringList ids = args.positional.mid(2);
    const bool byQuery = args.has(QStringLiteral("search")) || args.has(QStringLiteral("where")) || args.has(QStringLiteral("all"))
        || args.has(QStringLiteral("segment"));
    if (!ids.isEmpty() && byQuery)
        return usageError(context, Cli::tr("give record ids or --search/--where/--segment/--all, not both"));
    if (ids.isEmpty() && !byQuery)
        return usageError(context, Cli::tr("say which records: ids, --search, --where, --segment or --all"));
    if (!ids.isEmpty() && args.has(QStringLiteral("dry-run")))
        return usageError(context, Cli::tr("--dry-run works with --search, --where, --segment or --all"));
    auto campaign = campaignArgument(context, args.positional.at(0), true);
    if (!campaign)
        return fail(campaign.error());

    CampaignService service(*context.db);
    Result<MemberAddResult> result = MemberAddResult();
    if (!ids.isEmpty()) {
        result = service.addMembers(campaign.value(), entityName, ids);
    } else {
        ListQuery query;
        query.entity = entityName;
        query.search = args.value(QStringLiteral("search"));
        const Entity *entity = context.db->registry()->entity(entityName);
        if (args.has(QStringLiteral("segment"))) {
            // The segment's records as they are now; --search and --where narrow them further.
            auto segment = SegmentStore(*context.db).byName(args.value(QStringLiteral("segment")));
            if (!segment)
                return fail(segment.error());
            if (segment.value().entity != entityName)
                return fail(Error::badInput(Cli::tr("segment \"%1\" lists %2 records, not %3")
                                                .arg(segment.value().name, segment.value().entity, entityName)));
            const ListQuery saved = SegmentStore::toQuery(segment.value());
            query.conditions = saved.conditions;
            if (query.search.isEmpty())
                query.search = saved.search;
            else if (!saved.search.isEmpty())
                query.search = saved.search + QLatin1Char(' ') + query.search;
        }
        // Conditions are written as for list --where (city=Madrid, annual_revenue>=100000, ...).
        for (const QString &w : args.values(QStringLiteral("where"))) {
            auto condition = Filter::parse(*entity, w, context.locale, context.store.get());
            if (!condition)
                return fail(Error{condition.error().kind, entityName + QStringLiteral(": ") + condition.error().message});
            query.conditions.append(condition.value());
        }
        const auto mode = args.has(QStringLiteral("dry-run")) ? CampaignService::Mode::Preview : CampaignService::Mode::Write;
        const bool progress = stderrIsTerminal();
        result = service.addMembers(campaign.value(), query, mode, [progress](qint64 done) {
            if (progress)
                writeErr(Cli::tr("%1 records read\r").arg(done));
            return true;
        });
    }
    if (!result)
        return fail(result.error());
    const MemberAddResult &r = result.value();
    if (format == Format::Json) {
        writeOut(toJson(QVariant::fromValue(JsonObject{{QStringLiteral("matched"), r.matched},
                                                        {QStringLiteral("added"), r.added},
                                                        {QStringLiteral("already_members"), r.alreadyMembers},
                                                        {QStringLiteral("skipped_opt_out"), r.skippedOptOut},
                                                        {QStringLiteral("skipped_do_not_call"), r.skippedDoNotCall},
                                                        {QStringLiteral("flagged_opt_out"), r.flaggedOptOut},
                                                        {QStringLiteral("flagged_do_not_call"), r.flaggedDoNotCall},
                                                        {QStringLiteral("dry_run"), args.has(QStringLiteral("dry-run"))}}),
                        true)
                 + QLatin1Char('\n'));
        return Exit::Ok;
    }
    writeKeyValues({{args.has(QStringLiteral("dry-run")) ? Cli::tr("Would add") : Cli::tr("Added"), QString::number(r.added)},
                    {Cli::tr("Matched"), QString::number(r.matched)},
                    {Cli::tr("Already members"), QString::number(r.alreadyMembers)},
                    {Cli::tr("Skipped: email opt-out"), QString::number(r.skippedOptOut)},
                    {Cli::tr("Skipped: do not call"), QString::number(r.skippedDoNotCall)},
                    {Cli::tr("Added with email opt-out"), QString::number(r.flaggedOptOut)},
                    {Cli::tr("Added with do not call"), QString::number(r.flaggedDoNotCall)}});
    return Exit::Ok;
}

int runCampaignStatus(Context &context, const Arguments &args)
{
    if (!args.has(QStringLiteral("to")))
        return usageError(context, Cli::tr("--to STATUS is required"));
    auto campaign = campaignArgument(context, args.positional.at(0), true);
    if (!campaign)
        return fail(campaign.error());
    auto changed = CampaignService(*context.db).setStatus(campaign.value(), args.positional.mid(1), args.value(QStringLiteral("to")));
    if (!changed)
        return fail(changed.error());
    writeOut(Cli::tr("%n member(s) changed", nullptr, int(changed.value())) + QLatin1Char('\n'));
    return Exit::Ok;
}

int runCampaignRemove(Context &context, const Arguments &args)
{
    auto campaign = campaignArgument(context, args.positional.at(0), true);
    if (!campaign)
        return fail(campaign.error());
    auto removed = CampaignService(*context.db).removeMembers(campaign.value(), args.positional.mid(1));
    if (!removed)
        return fail(removed.error());
    writeOut(Cli::tr("%n member(s) removed", nullptr, int(removed.value())) + QLatin1Char('\n'));
    return Exit::Ok;
}

int runCampaignStats(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Text, Format::Json}, Format::Text, &format, &code))
        return code;
    auto campaign = campaignArgument(context, args.positional.at(0), false);
    if (!campaign)
        return fail(campaign.error());
    auto stats = CampaignService(*context.db).stats(campaign.value());
    if (!stats)
        return fail(stats.error());
    const CampaignStats &s = stats.value();
    if (format == Format::Json) {
        JsonObject byStatus;
        for (const auto &p : s.byStatus)
            byStatus.append({p.first, p.second});
        const bool opp = s.opportunitiesAvailable;
        JsonObject o = {{QStringLiteral("id"), s.campaignId},
                        {QStringLiteral("name"), s.name},
                        {QStringLiteral("type"), s.type.isEmpty() ? jsonNull() : QVariant(s.type)},
                        {QStringLiteral("members"), s.members},
                        {QStringLiteral("by_status"), QVariant::fromValue(byStatus)},
                        {QStringLiteral("responses"), s.responses},
                        {QStringLiteral("response_rate"), jsonNumber(s.responseRate, 2)},
                        {QStringLiteral("expected_response"), jsonNumber(s.expectedResponse, 2)},
                        {QStringLiteral("leads_created"), s.leadsCreated},
                        {QStringLiteral("converted_leads"), s.convertedLeads},
                        {QStringLiteral("opportunities"), opp ? QVariant(s.opportunities) : jsonNull()},
                        {QStringLiteral("won_opportunities"), opp ? QVariant(s.wonOpportunities) : jsonNull()},
                        {QStringLiteral("won_revenue"), opp ? QVariant(Value::formatCents(s.wonRevenueCents)) : jsonNull()},
                        {QStringLiteral("budget"), jsonCents(s.budgetCents)},
                        {QStringLiteral("actual_cost"), jsonCents(s.actualCostCents)},
                        {QStringLiteral("budget_remaining"), jsonCents(s.budgetRemainingCents)},
                        {QStringLiteral("expected_revenue"), jsonCents(s.expectedRevenueCents)},
                        {QStringLiteral("cost_per_response"), jsonCents(s.costPerResponseCents)},
                        {QStringLiteral("net_return"), jsonCents(s.netReturnCents)},
                        {QStringLiteral("roi_percent"), jsonNumber(s.roiPercent, 2)}};
        writeOut(toJson(QVariant::fromValue(o), true) + QLatin1Char('\n'));
        return Exit::Ok;
    }
    const Entity *member = context.db->registry()->entity(QStringLiteral("campaign_member"));
    const Field *statusField = member ? member->field(QStringLiteral("status")) : nullptr;
    QList<QPair<QString, QString>> lines = {{Cli::tr("Campaign"), s.name}, {Cli::tr("Members"), QString::number(s.members)}};
    for (const auto &p : s.byStatus)
        lines.append({QStringLiteral("  ") + (statusField ? statusField->optionLabel(p.first) : p.first), QString::number(p.second)});
    const QString na = Cli::tr("n/a");
    lines.append({Cli::tr("Responses"), QString::number(s.responses)});
    lines.append({Cli::tr("Response rate"), textPercent(s.responseRate)});
    lines.append({Cli::tr("Expected response"), textPercent(s.expectedResponse)});
    lines.append({Cli::tr("Leads created"), QString::number(s.leadsCreated)});
    lines.append({Cli::tr("Converted leads"), QString::number(s.convertedLeads)});
    lines.append({Cli::tr("Opportunities"), s.opportunitiesAvailable ? QString::number(s.opportunities) : na});
    lines.append({Cli::tr("Won opportunities"), s.opportunitiesAvailable ? QString::number(s.wonOpportunities) : na});
    lines.append({Cli::tr("Won revenue"), s.opportunitiesAvailable ? Value::formatCents(s.wonRevenueCents) : na});
    lines.append({Cli::tr("Budget"), textCents(s.budgetCents)});
    lines.append({Cli::tr("Actual cost"), textCents(s.actualCostCents)});
    lines.append({Cli::tr("Budget remaining"), textCents(s.budgetRemainingCents)});
    lines.append({Cli::tr("Cost per response"), textCents(s.costPerResponseCents)});
    lines.append({Cli::tr("Net return"), textCents(s.netReturnCents)});
    lines.append({Cli::tr("ROI"), textPercent(s.roiPercent)});
    writeKeyValues(lines);
    return Exit::Ok;
}

} // namespace trato::cli
