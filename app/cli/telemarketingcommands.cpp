// SPDX-License-Identifier: GPL-3.0-or-later
// calllist create / show / next / log / stats and script render: argument parsing and output
// around CallListService and CallScript, where every rule lives.
#include "commands.h"

#include "metadata/registry.h"
#include "metadata/value.h"
#include "search/filter.h"
#include "search/segmentstore.h"
#include "marketing/campaignservice.h"
#include "telemarketing/calllistservice.h"
#include "telemarketing/callscript.h"

#include <optional>

namespace trato::cli {

namespace {

const OptionSpec kTextJson = {"format", "text|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: text)")};

QVariant jsonText(const QString &s)
{
    return s.isEmpty() ? jsonNull() : QVariant(s);
}

QVariant jsonNumber(const std::optional<double> &v, int decimals)
{
    return v ? QVariant(QString::number(*v, 'f', decimals).toDouble()) : jsonNull();
}

QString iso(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

QString optionLabel(Context &context, const char *entity, const char *field, const QString &value)
{
    const Entity *e = context.db->registry()->entity(QString::fromLatin1(entity));
    const Field *f = e ? e->field(QString::fromLatin1(field)) : nullptr;
    return f && !value.isEmpty() ? f->optionLabel(value) : value;
}

// A date or date-time the way people type it (the locale's forms and ISO), as UTC.
Result<QDateTime> dateTimeArgument(Context &context, const QString &option, const QString &text)
{
    const Field f = Field::make("when", FieldType::DateTime, "When");
    auto v = Value::parse(f, text, context.locale);
    if (!v || v.value().isNull())
        return Error::badInput(Cli::tr("--%1: \"%2\" is not a date and time").arg(option, text));
    return QDateTime::fromString(v.value().toString(), Qt::ISODate);
}

Result<QDate> dateArgument(Context &context, const QString &option, const QString &text)
{
    const Field f = Field::make("day", FieldType::Date, "Day");
    auto v = Value::parse(f, text, context.locale);
    if (!v || v.value().isNull())
        return Error::badInput(Cli::tr("--%1: \"%2\" is not a date").arg(option, text));
    return QDate::fromString(v.value().toString(), Qt::ISODate);
}

JsonObject entryJson(Context &context, const CallListEntry &e)
{
    Q_UNUSED(context);
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("entity"), e.entity},
            {QStringLiteral("record_id"), e.recordId},
            {QStringLiteral("name"), jsonText(e.name)},
            {QStringLiteral("company"), jsonText(e.company)},
            {QStringLiteral("phone"), jsonText(e.phone)},
            {QStringLiteral("best_time"), jsonText(e.bestTime)},
            {QStringLiteral("position"), e.position},
            {QStringLiteral("status"), e.status},
            {QStringLiteral("attempts"), e.attempts},
            {QStringLiteral("last_outcome"), jsonText(e.lastOutcome)},
            {QStringLiteral("callback_at"), jsonText(iso(e.callbackAt))},
            {QStringLiteral("operator"), jsonText(e.operatorName)}};
}

int runCallListCreate(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Text, Format::Json}, Format::Text, &format, &code))
        return code;
    const int sources = int(args.has(QStringLiteral("segment"))) + int(args.has(QStringLiteral("campaign")))
        + int(args.has(QStringLiteral("entity")));
    if (sources != 1)
        return usageError(context, Cli::tr("say where the people come from: one of --segment, --campaign or --entity"));
    if (!args.has(QStringLiteral("entity")) && (args.has(QStringLiteral("where")) || args.has(QStringLiteral("search"))))
        return usageError(context, Cli::tr("--where and --search go with --entity"));
    CallListService service(*context.db);
    CallListService::Source source;
    if (args.has(QStringLiteral("segment"))) {
        auto segment = SegmentStore(*context.db).byName(args.value(QStringLiteral("segment")));
        if (!segment)
            return fail(segment.error());
        source.segmentId = segment.value().id;
    } else if (args.has(QStringLiteral("campaign"))) {
        auto campaign = CampaignService(*context.db).resolveCampaign(args.value(QStringLiteral("campaign")));
        if (!campaign)
            return fail(campaign.error());
        source.campaignId = campaign.value();
    } else {
        const QString entityName = args.value(QStringLiteral("entity"));
        if (entityName != QLatin1String("contact") && entityName != QLatin1String("lead"))
            return fail(Error::badInput(Cli::tr("call lists call contacts and leads, not \"%1\"").arg(entityName)));
        const Entity *entity = context.db->registry()->entity(entityName);
        ListQuery query;
        query.entity = entityName;
        query.search = args.value(QStringLiteral("search"));
        for (const QString &w : args.values(QStringLiteral("where"))) {
            auto condition = Filter::parse(*entity, w, context.locale, context.store.get());
            if (!condition)
                return fail(Error{condition.error().kind, entityName + QStringLiteral(": ") + condition.error().message});
            query.conditions.append(condition.value());
        }
        source.query = query;
    }
    QString scriptId;
    if (args.has(QStringLiteral("script"))) {
        auto script = CallScript::resolve(*context.db, args.value(QStringLiteral("script")));
        if (!script)
            return fail(script.error());
        scriptId = script.value();
    }
    auto result = service.create(args.positional.at(0), source, scriptId);
    if (!result)
        return fail(result.error());
    const QueueBuildResult &r = result.value();
    if (format == Format::Json) {
        writeOut(toJson(QVariant::fromValue(JsonObject{{QStringLiteral("id"), r.listId},
                                                        {QStringLiteral("matched"), r.matched},
                                                        {QStringLiteral("added"), r.added},
                                                        {QStringLiteral("skipped_no_phone"), r.skippedNoPhone},
                                                        {QStringLiteral("skipped_do_not_call"), r.skippedDoNotCall},
                                                        {QStringLiteral("skipped_already_queued"), r.skippedAlreadyQueued},
                                                        {QStringLiteral("skipped_not_person"), r.skippedNotPerson}}),
                        true)
                 + QLatin1Char('\n'));
        return Exit::Ok;
    }
    writeKeyValues({{Cli::tr("Call list"), r.listId},
                    {Cli::tr("Added"), QString::number(r.added)},
                    {Cli::tr("Matched"), QString::number(r.matched)},
                    {Cli::tr("Skipped: no phone"), QString::number(r.skippedNoPhone)},
                    {Cli::tr("Skipped: do not call"), QString::number(r.skippedDoNotCall)},
                    {Cli::tr("Skipped: already in the list"), QString::number(r.skippedAlreadyQueued)},
                    {Cli::tr("Skipped: not a person"), QString::number(r.skippedNotPerson)}});
    return Exit::Ok;
}

int runCallListShow(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Text, Format::Json}, Format::Text, &format, &code))
        return code;
    qint64 limit = 20;
    if (!countOption(context, args, QStringLiteral("limit"), 20, &limit, &code))
        return code;
    CallListService service(*context.db);
    auto list = service.resolveList(args.positional.at(0));
    if (!list)
        return fail(list.error());
    auto progress = service.progress(list.value());
    if (!progress)
        return fail(progress.error());
    auto queue = service.queue(list.value(), QDateTime::currentDateTimeUtc(), int(limit));
    if (!queue)
        return fail(queue.error());
    const CallListProgress &p = progress.value();
    const QString script = p.scriptId.isEmpty() ? QString() : context.store->displayName(QStringLiteral("call_script"), p.scriptId);
    if (format == Format::Json) {
        QVariantList entries;
        for (const CallListEntry &e : queue.value())
            entries << QVariant::fromValue(entryJson(context, e));
        writeOut(toJson(QVariant::fromValue(JsonObject{{QStringLiteral("id"), p.listId},
                                                        {QStringLiteral("name"), p.name},
                                                        {QStringLiteral("script"), jsonText(script)},
                                                        {QStringLiteral("total"), p.total},
                                                        {QStringLiteral("done"), p.done},
                                                        {QStringLiteral("pending"), p.pending},
                                                        {QStringLiteral("call_back"), p.callBack},
                                                        {QStringLiteral("skipped"), p.skipped},
                                                        {QStringLiteral("queue"), entries}}),
                        true)
                 + QLatin1Char('\n'));
        return Exit::Ok;
    }
    writeKeyValues({{Cli::tr("Call list"), p.name},
                    {Cli::tr("Script"), script.isEmpty() ? Cli::tr("(none)") : script},
                    {Cli::tr("Progress"), Cli::tr("%1 of %2 done").arg(p.done).arg(p.total)},
                    {Cli::tr("To call"), QString::number(p.pending)},
                    {Cli::tr("Call back"), QString::number(p.callBack)},
                    {Cli::tr("Skipped"), QString::number(p.skipped)}});
    writeOut(QStringLiteral("\n"));
    RowWriter writer(Format::Table, {{QStringLiteral("entry")}, {QStringLiteral("name")}, {QStringLiteral("company")},
                                     {QStringLiteral("phone")}, {QStringLiteral("status")}, {QStringLiteral("attempts"), true},
                                     {QStringLiteral("last_outcome")}, {QStringLiteral("callback_at")}});
    for (const CallListEntry &e : queue.value())
        writer.add({Cell::string(e.id), Cell::string(e.name), Cell::string(e.company), Cell::string(e.phone),
                    Cell::string(optionLabel(context, "call_list_entry", "status", e.status)), Cell::string(QString::number(e.attempts)),
                    Cell::string(optionLabel(context, "call_list_entry", "last_outcome", e.lastOutcome)), Cell::string(iso(e.callbackAt))});
    writer.finish();
    return Exit::Ok;
}

int runCallListNext(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Text, Format::Json}, Format::Text, &format, &code))
        return code;
    CallListService service(*context.db);
    auto list = service.resolveList(args.positional.at(0));
    if (!list)
        return fail(list.error());
    const QString op = args.has(QStringLiteral("operator")) ? args.value(QStringLiteral("operator")) : context.db->user();
    auto next = service.next(list.value(), op, QDateTime::currentDateTimeUtc());
    if (!next)
        return fail(next.error());
    if (!next.value()) {
        if (format == Format::Json)
            writeOut(QStringLiteral("null\n"));
        else
            writeErr(Cli::tr("Nobody left to call in this list right now.") + QLatin1Char('\n'));
        return Exit::Ok;
    }
    const CallListEntry &e = *next.value();
    // The script, filled in for this person, and what to find out.
    QString scriptText;
    QStringList unknown;
    QList<ScriptQuestion> questions;
    auto progress = service.progress(list.value());
    if (progress && !progress.value().scriptId.isEmpty()) {
        auto script = context.store->get(QStringLiteral("call_script"), progress.value().scriptId);
        auto record = context.store->get(e.entity, e.recordId);
        if (script && record) {
            const Entity &entity = *context.db->registry()->entity(e.entity);
            const RenderedScript r = CallScript::render(script.value().value(QStringLiteral("body")).toString(), entity, record.value(), op);
            scriptText = r.text;
            unknown = r.unknownFields;
            auto q = CallScript::parseQuestions(entity, script.value().value(QStringLiteral("questions")).toString());
            if (!q)
                writeErr(Cli::tr("warning: %1").arg(q.error().message) + QLatin1Char('\n'));
            else
                questions = q.value();
        }
    }
    if (!unknown.isEmpty())
        writeErr(Cli::tr("warning: unknown merge fields left as they are: %1").arg(unknown.join(QStringLiteral(", "))) + QLatin1Char('\n'));
    if (format == Format::Json) {
        JsonObject o = entryJson(context, e);
        o.append({QStringLiteral("script"), jsonText(scriptText)});
        QVariantList qs;
        for (const ScriptQuestion &q : questions)
            qs << QVariant::fromValue(JsonObject{{QStringLiteral("field"), q.field}, {QStringLiteral("question"), q.question}});
        o.append({QStringLiteral("questions"), qs});
        writeOut(toJson(QVariant::fromValue(o), true) + QLatin1Char('\n'));
        return Exit::Ok;
    }
    writeKeyValues({{Cli::tr("Entry"), e.id},
                    {Cli::tr("Name"), e.name},
                    {Cli::tr("Company"), e.company},
                    {Cli::tr("Phone"), e.phone},
                    {Cli::tr("Best time to call"), optionLabel(context, "contact", "best_time", e.bestTime)},
                    {Cli::tr("Attempts"), QString::number(e.attempts)},
                    {Cli::tr("Last outcome"), optionLabel(context, "call_list_entry", "last_outcome", e.lastOutcome)}});
    if (!scriptText.isEmpty())
        writeOut(QLatin1Char('\n') + scriptText + QLatin1Char('\n'));
    if (!questions.isEmpty()) {
        writeOut(QLatin1Char('\n') + Cli::tr("Questions:") + QLatin1Char('\n'));
        for (const ScriptQuestion &q : questions)
            writeOut(QStringLiteral("  %1: %2\n").arg(q.field, q.question));
    }
    return Exit::Ok;
}

int runCallListLog(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Text, Format::Json}, Format::Text, &format, &code))
        return code;
    qint64 duration = 0;
    if (!countOption(context, args, QStringLiteral("duration"), 0, &duration, &code))
        return code;
    CallListService service(*context.db);
    auto entry = service.entry(args.positional.at(0));
    if (!entry)
        return fail(entry.error());
    CallLog log;
    log.entryId = entry.value().id;
    log.outcome = args.positional.at(1);
    log.notes = args.value(QStringLiteral("notes"));
    log.durationSeconds = int(qMin<qint64>(duration, 10 * 24 * 3600));
    log.operatorName = args.value(QStringLiteral("operator"));
    if (args.has(QStringLiteral("callback-at"))) {
        auto when = dateTimeArgument(context, QStringLiteral("callback-at"), args.value(QStringLiteral("callback-at")));
        if (!when)
            return fail(when.error());
        log.callbackAt = when.value();
    }
    QMap<QString, QString> answers;
    if (!fieldAssignments(context, args.values(QStringLiteral("answer")), &answers, &code))
        return code;
    if (!answers.isEmpty()) {
        auto parsed = context.store->parseInput(entry.value().entity, answers, context.locale);
        if (!parsed)
            return fail(Error{parsed.error().kind, Cli::tr("--answer: %1").arg(parsed.error().message)});
        log.answers = parsed.value();
    }
    auto result = service.logCall(log);
    if (!result)
        return fail(result.error());
    const CallLogResult &r = result.value();
    if (format == Format::Json) {
        writeOut(toJson(QVariant::fromValue(JsonObject{{QStringLiteral("activity"), r.activityId},
                                                        {QStringLiteral("follow_up"), jsonText(r.followUpId)},
                                                        {QStringLiteral("lead_closed"), r.leadClosed},
                                                        {QStringLiteral("entry_status"), r.entryStatus},
                                                        {QStringLiteral("attempts"), r.attempts}}),
                        true)
                 + QLatin1Char('\n'));
        return Exit::Ok;
    }
    QString followUp = Cli::tr("none");
    if (!r.followUpId.isEmpty()) {
        auto a = context.store->get(QStringLiteral("activity"), r.followUpId);
        followUp = a ? QStringLiteral("%1 (%2, %3)").arg(a.value().value(QStringLiteral("subject")).toString(),
                                                         a.value().value(QStringLiteral("start_at")).toString(), r.followUpId)
                     : r.followUpId;
    }
    QList<QPair<QString, QString>> lines = {{Cli::tr("Call"), r.activityId},
                                            {Cli::tr("Follow-up"), followUp},
                                            {Cli::tr("Entry"), optionLabel(context, "call_list_entry", "status", r.entryStatus)},
                                            {Cli::tr("Attempts"), QString::number(r.attempts)}};
    if (r.leadClosed)
        lines.append({Cli::tr("Lead"), Cli::tr("closed (disqualified)")});
    writeKeyValues(lines);
    return Exit::Ok;
}

int runCallListStats(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    CallListService service(*context.db);
    QString listId;
    if (!args.positional.isEmpty()) {
        auto list = service.resolveList(args.positional.at(0));
        if (!list)
            return fail(list.error());
        listId = list.value();
    }
    // Whole days in local time: --to is included.
    QDateTime from, to;
    if (args.has(QStringLiteral("from"))) {
        auto d = dateArgument(context, QStringLiteral("from"), args.value(QStringLiteral("from")));
        if (!d)
            return fail(d.error());
        from = d.value().startOfDay();
    }
    if (args.has(QStringLiteral("to"))) {
        auto d = dateArgument(context, QStringLiteral("to"), args.value(QStringLiteral("to")));
        if (!d)
            return fail(d.error());
        to = d.value().addDays(1).startOfDay();
    }
    auto stats = service.stats(listId, from, to);
    if (!stats)
        return fail(stats.error());
    RowWriter writer(format, {{QStringLiteral("operator")}, {QStringLiteral("calls"), true}, {QStringLiteral("reached"), true},
                              {QStringLiteral("interested"), true}, {QStringLiteral("sales"), true}, {QStringLiteral("no_answer"), true},
                              {QStringLiteral("busy"), true}, {QStringLiteral("avg_seconds"), true}, {QStringLiteral("conversion_percent"), true}});
    auto number = [](qint64 n) { return Cell{QString::number(n), n}; };
    auto optional = [](const std::optional<double> &v, int decimals) {
        return v ? Cell{QString::number(*v, 'f', decimals), jsonNumber(v, decimals)} : Cell{Cli::tr("n/a"), jsonNull()};
    };
    auto row = [&](const OperatorStats &s, const QString &name) {
        writer.add({Cell::string(name), number(s.calls), number(s.reached), number(s.interested), number(s.sales), number(s.noAnswer),
                    number(s.busy), optional(s.averageSeconds, 1), optional(s.conversionPercent, 1)});
    };
    for (const OperatorStats &s : stats.value().operators)
        row(s, s.operatorName);
    if (format != Format::Json)
        row(stats.value().total, Cli::tr("(all)"));
    writer.finish();
    return Exit::Ok;
}

int runScriptRender(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Text, Format::Json}, Format::Text, &format, &code))
        return code;
    auto script = CallScript::resolve(*context.db, args.positional.at(0));
    if (!script)
        return fail(script.error());
    auto entity = entityArgument(context, args.positional.at(1));
    if (!entity)
        return fail(entity.error());
    const QString op = args.has(QStringLiteral("operator")) ? args.value(QStringLiteral("operator")) : context.db->user();
    auto rendered = CallScript::renderFor(*context.db, script.value(), entity.value()->name, args.positional.at(2), op);
    if (!rendered)
        return fail(rendered.error());
    auto stored = context.store->get(QStringLiteral("call_script"), script.value());
    if (!stored)
        return fail(stored.error());
    auto questions = CallScript::parseQuestions(*entity.value(), stored.value().value(QStringLiteral("questions")).toString());
    if (!questions)
        return fail(questions.error());
    if (format == Format::Json) {
        QVariantList qs;
        for (const ScriptQuestion &q : questions.value())
            qs << QVariant::fromValue(JsonObject{{QStringLiteral("field"), q.field}, {QStringLiteral("question"), q.question}});
        writeOut(toJson(QVariant::fromValue(JsonObject{{QStringLiteral("text"), rendered.value().text},
                                                        {QStringLiteral("unknown_fields"), rendered.value().unknownFields},
                                                        {QStringLiteral("questions"), qs}}),
                        true)
                 + QLatin1Char('\n'));
        return Exit::Ok;
    }
    if (!rendered.value().unknownFields.isEmpty())
        writeErr(Cli::tr("warning: unknown merge fields left as they are: %1").arg(rendered.value().unknownFields.join(QStringLiteral(", ")))
                 + QLatin1Char('\n'));
    writeOut(rendered.value().text + QLatin1Char('\n'));
    if (!questions.value().isEmpty()) {
        writeOut(QLatin1Char('\n') + Cli::tr("Questions:") + QLatin1Char('\n'));
        for (const ScriptQuestion &q : questions.value())
            writeOut(QStringLiteral("  %1: %2\n").arg(q.field, q.question));
    }
    return Exit::Ok;
}

} // namespace

void appendTelemarketingCommands(QList<Command> &c)
{
    c.append({"calllist create", "NAME (--segment NAME | --campaign CAMPAIGN | --entity contact|lead [--where CONDITION]... [--search TEXT]) "
                                 "[--script SCRIPT] [--format text|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Create a call list and queue the people to call"),
              QT_TRANSLATE_NOOP("trato::Cli", "The people come from a saved segment of contacts or leads, a campaign's contacts and leads, "
                "or the contacts or leads matching --where/--search (as in list). Each gets one entry with their phone (or, without one, "
                "their mobile). People marked do-not-call, people without a number and accounts are skipped and counted. "
                "All of it is one transaction."),
              {{"segment", "NAME", QT_TRANSLATE_NOOP("trato::Cli", "The contacts or leads of a saved segment")},
               {"campaign", "CAMPAIGN", QT_TRANSLATE_NOOP("trato::Cli", "The contacts and leads of a campaign (id or name)")},
               {"entity", "contact|lead", QT_TRANSLATE_NOOP("trato::Cli", "Contacts or leads matching --where and --search")},
               {"where", "CONDITION", QT_TRANSLATE_NOOP("trato::Cli", "A condition as for list --where (repeat to combine)"), true},
               {"search", "TEXT", QT_TRANSLATE_NOOP("trato::Cli", "Only records matching TEXT")},
               {"script", "SCRIPT", QT_TRANSLATE_NOOP("trato::Cli", "The call script operators read (id or name)")},
               kTextJson},
              1, 1, Command::OpenExisting, runCallListCreate});
    c.append({"calllist show", "LIST [--limit N] [--format text|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Show a call list's progress and who is next in its queue"),
              QT_TRANSLATE_NOOP("trato::Cli", "The queue has the call-backs that are due first, then the people still to call in order. "
                "Entries an operator has taken are not in it."),
              {{"limit", "N", QT_TRANSLATE_NOOP("trato::Cli", "Queue entries to show (default: 20)")}, kTextJson},
              1, 1, Command::OpenExisting, runCallListShow});
    c.append({"calllist next", "LIST [--operator USER] [--format text|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Take the next person to call from a call list"),
              QT_TRANSLATE_NOOP("trato::Cli", "The entry is marked as the operator's, so no other operator gets it; asking again gives the "
                "same one until its call is logged. Prints the person, the script with their details filled in and the questions. "
                "Prints nothing (null in JSON) when nobody is left to call now."),
              {{"operator", "USER", QT_TRANSLATE_NOOP("trato::Cli", "Who calls (default: the current user)")}, kTextJson},
              1, 1, Command::OpenExisting, runCallListNext});
    c.append({"calllist log", "ENTRY OUTCOME [--notes TEXT] [--callback-at DATETIME] [--answer FIELD=VALUE]... [--duration SECONDS] "
                              "[--operator USER] [--format text|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Record the outcome of a call to a call list entry"),
              QT_TRANSLATE_NOOP("trato::Cli", "OUTCOME is no_answer, busy, wrong_number, call_back, interested, not_interested, sale, "
                "reached or done. One transaction: the completed call, the answers saved on the person, the follow-up of the outcome's "
                "rule (no answer: call again tomorrow; busy: in 2 hours; call_back: at --callback-at, which it needs; interested: a "
                "meeting; not interested: the lead is closed; sale: an after-sale task) and the entry's new status. A bad answer "
                "refuses all of it."),
              {{"notes", "TEXT", QT_TRANSLATE_NOOP("trato::Cli", "What was said")},
               {"callback-at", "DATETIME", QT_TRANSLATE_NOOP("trato::Cli", "When to call back (for call_back)")},
               {"answer", "FIELD=VALUE", QT_TRANSLATE_NOOP("trato::Cli", "An answer saved on the called record (repeat for more)"), true},
               {"duration", "N", QT_TRANSLATE_NOOP("trato::Cli", "How long the call took, in seconds")},
               {"operator", "USER", QT_TRANSLATE_NOOP("trato::Cli", "Who called (default: the current user)")},
               kTextJson},
              2, 2, Command::OpenExisting, runCallListLog});
    c.append({"calllist stats", "[LIST] [--from DATE] [--to DATE] [--format table|csv|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Show each operator's calls, reached, interested, sales and conversion"),
              QT_TRANSLATE_NOOP("trato::Cli", "Without LIST, every call counts. Reached: someone answered (reached, call_back, interested, "
                "not_interested, sale). Conversion: sales per reached call, in percent. --from and --to are whole days, both included."),
              {{"from", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "First day")},
               {"to", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "Last day")},
               {"format", "table|csv|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: table)")}},
              0, 1, Command::OpenExisting, runCallListStats});
    c.append({"script render", "SCRIPT ENTITY ID [--operator USER] [--format text|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Show a call script filled in for one record, with its questions"),
              QT_TRANSLATE_NOOP("trato::Cli", "Merge fields in braces ({first_name}, {company}, {operator}, any field) take the record's "
                "values; unknown ones are left as they are and reported. Questions that do not fit the entity's fields are an error "
                "that names the line."),
              {{"operator", "USER", QT_TRANSLATE_NOOP("trato::Cli", "The name for {operator} (default: the current user)")}, kTextJson},
              3, 3, Command::OpenExisting, runScriptRender});
}

} // namespace trato::cli
