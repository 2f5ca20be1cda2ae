// SPDX-License-Identifier: GPL-3.0-or-later
// activity add / complete / list / delete-series, stalled, relationship refresh, salesloop:
// argument parsing and output around core/activities, where every rule lives.
#include "commands.h"

#include "activities/activityrollups.h"
#include "activities/activityrules.h"
#include "activities/activityservice.h"
#include "metadata/registry.h"
#include "metadata/value.h"

#include <QRegularExpression>

namespace trato::cli {

namespace {

const QString kActivity = QStringLiteral("activity");

const Field *activityField(Context &context, const char *name)
{
    const Entity *e = context.db->registry()->entity(kActivity);
    return e ? e->field(QString::fromLatin1(name)) : nullptr;
}

// A datetime as a user types it (ISO, or the locale's form); a bare date is the start of that day.
Result<QDateTime> dateTimeArgument(Context &context, const QString &option, const QString &text)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid())
        return QDateTime(day, QTime(0, 0), Qt::LocalTime);
    auto v = Value::parse(*activityField(context, "start_at"), text, context.locale);
    if (!v || v.value().isNull())
        return Error::badInput(Cli::tr("--%1: \"%2\" is not a date and time (for example 2026-05-04T10:30).").arg(option, text));
    return QDateTime::fromString(v.value().toString(), Qt::ISODate);
}

// "2d", "3h", "30m", "1w" -> seconds; 0 when it is not one.
qint64 durationArgument(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,4})\\s*([mhdw])$"));
    const auto m = re.match(text.trimmed().toLower());
    if (!m.hasMatch())
        return 0;
    const qint64 n = m.captured(1).toLongLong();
    const QChar unit = m.captured(2).at(0);
    const qint64 unitSeconds = unit == QLatin1Char('m') ? 60 : unit == QLatin1Char('h') ? 3600 : unit == QLatin1Char('d') ? 86400 : 7 * 86400;
    return n * unitSeconds;
}

// --for ENTITY:ID (ID may be the exact name) -> field and id.
Result<QPair<QString, QString>> regardingArgument(Context &context, const QString &text)
{
    const int colon = int(text.indexOf(QLatin1Char(':')));
    const QString entity = colon > 0 ? text.left(colon) : QString();
    const Field *f = entity.isEmpty() ? nullptr : context.db->registry()->entity(kActivity)->field(entity);
    if (!f || f->type != FieldType::Relation || !QStringList{QStringLiteral("account"), QStringLiteral("contact"), QStringLiteral("lead")}.contains(entity))
        return Error::badInput(Cli::tr("--for takes account:ID, contact:ID or lead:ID, not \"%1\".").arg(text));
    auto id = context.store->resolveRelation(*f, text.mid(colon + 1));
    if (!id)
        return id.error();
    return qMakePair(entity, id.value());
}

Cell cell(const QVariant &v)
{
    return Cell::string(v.isNull() ? QString() : v.toString());
}

} // namespace

int runActivityAdd(Context &context, const Arguments &args)
{
    QMap<QString, QString> text;
    int code = Exit::Ok;
    if (!fieldAssignments(context, args.positional.mid(2), &text, &code))
        return code;
    text.insert(QStringLiteral("kind"), args.positional.at(0));
    text.insert(QStringLiteral("subject"), args.positional.at(1));
    if (!args.has(QStringLiteral("at")) && !text.contains(QStringLiteral("start_at")))
        return usageError(context, Cli::tr("Say when with --at DATETIME."));
    if (args.has(QStringLiteral("at")))
        text.insert(QStringLiteral("start_at"), args.value(QStringLiteral("at")));
    if (args.has(QStringLiteral("end")))
        text.insert(QStringLiteral("end_at"), args.value(QStringLiteral("end")));
    if (args.has(QStringLiteral("repeat")))
        text.insert(QStringLiteral("repeat"), args.value(QStringLiteral("repeat")));
    if (args.has(QStringLiteral("every")))
        text.insert(QStringLiteral("repeat_interval"), args.value(QStringLiteral("every")));
    if (args.has(QStringLiteral("until")))
        text.insert(QStringLiteral("repeat_until"), args.value(QStringLiteral("until")));
    if (args.has(QStringLiteral("count")))
        text.insert(QStringLiteral("repeat_count"), args.value(QStringLiteral("count")));
    if (args.has(QStringLiteral("reminder")))
        text.insert(QStringLiteral("reminder"), args.value(QStringLiteral("reminder")));
    auto values = context.store->parseInput(kActivity, text, context.locale);
    if (!values)
        return fail({values.error().kind, QStringLiteral("activity: ") + values.error().message});
    for (const QString &f : args.values(QStringLiteral("for"))) {
        auto r = regardingArgument(context, f);
        if (!r)
            return fail(r.error());
        values.value().insert(r.value().first, r.value().second);
    }
    if (args.has(QStringLiteral("user")))
        values.value().insert(QStringLiteral("owner"), args.value(QStringLiteral("user")));
    auto id = context.store->create(kActivity, values.value());
    if (!id)
        return fail({id.error().kind, QStringLiteral("activity: ") + id.error().message});
    writeOut(id.value() + QLatin1Char('\n'));
    return Exit::Ok;
}

int runActivityComplete(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Text, Format::Json}, Format::Text, &format, &code))
        return code;
    using Next = ActivityService::CompleteRequest::Next;
    ActivityService::CompleteRequest request;
    request.outcome = args.value(QStringLiteral("outcome"));
    request.notes = args.value(QStringLiteral("notes"));
    if (!request.outcome.isEmpty()) {
        auto v = Value::parse(*activityField(context, "outcome"), request.outcome, context.locale);
        if (!v)
            return fail(v.error());
        request.outcome = v.value().toString();
    }
    const bool nextGiven = args.has(QStringLiteral("next-in")) || args.has(QStringLiteral("next-at"))
        || args.has(QStringLiteral("next-kind")) || args.has(QStringLiteral("next-subject"));
    const int choices = int(nextGiven) + int(args.has(QStringLiteral("no-next"))) + int(args.has(QStringLiteral("close")));
    if (choices > 1)
        return usageError(context, Cli::tr("Choose one: a next step (--next-in/--next-at/--next-kind/--next-subject), --no-next or --close."));
    if (args.has(QStringLiteral("next-in")) && args.has(QStringLiteral("next-at")))
        return usageError(context, Cli::tr("Give --next-in or --next-at, not both."));
    request.completedAt = ActivityRules::now();
    if (nextGiven) {
        request.next = Next::Activity;
        if (args.has(QStringLiteral("next-in"))) {
            const qint64 seconds = durationArgument(args.value(QStringLiteral("next-in")));
            if (seconds <= 0)
                return usageError(context, Cli::tr("--next-in takes a duration such as 30m, 3h, 2d or 1w, not \"%1\".")
                                               .arg(args.value(QStringLiteral("next-in"))));
            request.nextValues[QStringLiteral("start_at")] = request.completedAt.addSecs(seconds).toUTC().toString(Qt::ISODate);
        }
        if (args.has(QStringLiteral("next-at"))) {
            auto at = dateTimeArgument(context, QStringLiteral("next-at"), args.value(QStringLiteral("next-at")));
            if (!at)
                return fail(at.error());
            request.nextValues[QStringLiteral("start_at")] = at.value().toUTC().toString(Qt::ISODate);
        }
        if (args.has(QStringLiteral("next-kind"))) {
            auto v = Value::parse(*activityField(context, "kind"), args.value(QStringLiteral("next-kind")), context.locale);
            if (!v)
                return fail(v.error());
            request.nextValues[QStringLiteral("kind")] = v.value();
        }
        if (args.has(QStringLiteral("next-subject")))
            request.nextValues[QStringLiteral("subject")] = args.value(QStringLiteral("next-subject"));
    } else if (args.has(QStringLiteral("no-next"))) {
        request.next = Next::None;
    } else if (args.has(QStringLiteral("close"))) {
        request.next = Next::Close;
        const Entity *lead = context.db->registry()->entity(QStringLiteral("lead"));
        const Field *reason = lead ? lead->field(QStringLiteral("disqualified_reason")) : nullptr;
        if (reason) {
            auto v = Value::parse(*reason, args.value(QStringLiteral("close")), context.locale);
            if (!v)
                return fail(v.error());
            request.closeReason = v.value().toString();
        } else {
            request.closeReason = args.value(QStringLiteral("close"));
        }
    }
    ActivityService service(*context.db);
    auto done = service.complete(args.positional.at(0), request);
    if (!done)
        return fail(done.error());
    const auto &r = done.value();
    QString nextAt, nextKind, nextSubject;
    if (!r.nextId.isEmpty()) {
        auto next = context.store->get(kActivity, r.nextId);
        if (next) {
            nextAt = next.value().value(QStringLiteral("start_at")).toString();
            nextKind = next.value().value(QStringLiteral("kind")).toString();
            nextSubject = next.value().value(QStringLiteral("subject")).toString();
        }
    }
    if (format == Format::Json) {
        JsonObject o;
        o << qMakePair(QStringLiteral("id"), QVariant(args.positional.at(0)));
        o << qMakePair(QStringLiteral("next_id"), r.nextId.isEmpty() ? jsonNull() : QVariant(r.nextId));
        o << qMakePair(QStringLiteral("next_kind"), nextKind.isEmpty() ? jsonNull() : QVariant(nextKind));
        o << qMakePair(QStringLiteral("next_subject"), nextSubject.isEmpty() ? jsonNull() : QVariant(nextSubject));
        o << qMakePair(QStringLiteral("next_at"), nextAt.isEmpty() ? jsonNull() : QVariant(nextAt));
        o << qMakePair(QStringLiteral("closed_entity"), r.closedEntity.isEmpty() ? jsonNull() : QVariant(r.closedEntity));
        o << qMakePair(QStringLiteral("closed_id"), r.closedId.isEmpty() ? jsonNull() : QVariant(r.closedId));
        writeOut(toJson(QVariant::fromValue(o), true) + QLatin1Char('\n'));
        return Exit::Ok;
    }
    QString out = Cli::tr("Completed.") + QLatin1Char('\n');
    if (!r.nextId.isEmpty())
        out += Cli::tr("Next step: %1 %2 \"%3\" at %4").arg(r.nextId, nextKind, nextSubject, nextAt) + QLatin1Char('\n');
    else if (!r.closedId.isEmpty())
        out += Cli::tr("Closed %1 %2.").arg(r.closedEntity, r.closedId) + QLatin1Char('\n');
    else
        out += Cli::tr("No next step.") + QLatin1Char('\n');
    writeOut(out);
    return Exit::Ok;
}

int runActivityList(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    ActivityService::Filter filter;
    filter.owner = args.value(QStringLiteral("user"));
    if (args.has(QStringLiteral("from"))) {
        auto from = dateTimeArgument(context, QStringLiteral("from"), args.value(QStringLiteral("from")));
        if (!from)
            return fail(from.error());
        filter.from = from.value();
    }
    if (args.has(QStringLiteral("to"))) {
        const QString text = args.value(QStringLiteral("to"));
        auto to = dateTimeArgument(context, QStringLiteral("to"), text);
        if (!to)
            return fail(to.error());
        // A bare date includes that whole day.
        filter.to = QDate::fromString(text, Qt::ISODate).isValid() ? to.value().addDays(1) : to.value();
    }
    if (args.has(QStringLiteral("status"))) {
        auto v = Value::parse(*activityField(context, "status"), args.value(QStringLiteral("status")), context.locale);
        if (!v)
            return fail(v.error());
        filter.status = v.value().toString();
    }
    if (args.has(QStringLiteral("for"))) {
        auto r = regardingArgument(context, args.value(QStringLiteral("for")));
        if (!r)
            return fail(r.error());
        filter.regardingEntity = r.value().first;
        filter.regardingId = r.value().second;
    }
    qint64 limit = 0;
    if (!countOption(context, args, QStringLiteral("limit"), 10000, &limit, &code))
        return code;
    filter.limit = limit;
    auto rows = ActivityService(*context.db).list(filter);
    if (!rows)
        return fail(rows.error());
    static const char *const columns[] = {"id", "start_at", "end_at", "kind", "subject", "status", "outcome", "owner", "regarding", "series"};
    QList<Column> header;
    for (const char *c : columns)
        header << Column{QString::fromLatin1(c)};
    RowWriter writer(format, header);
    for (const Record &r : rows.value()) {
        QList<Cell> row;
        for (const char *c : columns)
            row << cell(r.value(QString::fromLatin1(c)));
        writer.add(row);
    }
    writer.finish();
    return Exit::Ok;
}

int runActivityDeleteSeries(Context &context, const Arguments &args)
{
    auto n = ActivityService(*context.db).deleteSeries(args.positional.at(0), args.has(QStringLiteral("from-here")));
    if (!n)
        return fail(n.error());
    writeOut(Cli::tr("%n activities moved to the Trash.", nullptr, n.value()) + QLatin1Char('\n'));
    return Exit::Ok;
}

int runStalled(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    QStringList entities = ActivityRollups::entities();
    if (args.has(QStringLiteral("entity"))) {
        if (!entities.contains(args.value(QStringLiteral("entity"))))
            return usageError(context, Cli::tr("--entity must be lead, contact or account."));
        entities = {args.value(QStringLiteral("entity"))};
    }
    qint64 limit = 0;
    if (!countOption(context, args, QStringLiteral("limit"), 1000, &limit, &code))
        return code;
    RowWriter writer(format, {{QStringLiteral("entity")}, {QStringLiteral("id")}, {QStringLiteral("name")},
                              {QStringLiteral("owner")}, {QStringLiteral("last_activity_at")}});
    for (const QString &e : std::as_const(entities)) {
        ActivityRollups::StalledQuery q;
        q.entity = e;
        q.owner = args.value(QStringLiteral("user"));
        q.limit = limit;
        auto rows = ActivityRollups::stalled(*context.db, q);
        if (!rows)
            return fail(rows.error());
        for (const Record &r : rows.value())
            writer.add({Cell::string(e), cell(r.value(QStringLiteral("id"))), cell(r.value(QStringLiteral("title"))),
                        cell(r.value(QStringLiteral("owner"))), cell(r.value(QStringLiteral("last_activity_at")))});
    }
    writer.finish();
    return Exit::Ok;
}

int runRelationshipRefresh(Context &context, const Arguments &)
{
    auto n = ActivityRollups::refreshAll(*context.db, QDateTime::currentDateTimeUtc());
    if (!n)
        return fail(n.error());
    writeOut(Cli::tr("%n records updated.", nullptr, int(n.value())) + QLatin1Char('\n'));
    return Exit::Ok;
}

int runSalesLoop(Context &context, const Arguments &args)
{
    if (args.positional.isEmpty()) {
        writeOut(ActivityService::strictnessName(ActivityService::strictness(*context.db)) + QLatin1Char('\n'));
        return Exit::Ok;
    }
    const QString mode = args.positional.at(0);
    if (mode != QLatin1String("suggest") && mode != QLatin1String("require"))
        return usageError(context, Cli::tr("The sales loop is \"suggest\" or \"require\", not \"%1\".").arg(mode));
    const Status s = ActivityService::setStrictness(*context.db, mode == QLatin1String("require") ? ActivityService::Strictness::Require
                                                                                                 : ActivityService::Strictness::Suggest);
    if (!s)
        return fail(s.error());
    return Exit::Ok;
}

void appendActivityCommands(QList<Command> &c)
{
    const OptionSpec format = {"format", "table|csv|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: table)")};
    c.append({"activity add",
              "KIND SUBJECT --at DATETIME [--end DATETIME] [--for ENTITY:ID]... [--user U] [--repeat daily|weekly|monthly "
              "--every N --until DATE|--count N] [--reminder MIN] [FIELD=VALUE]...",
              QT_TRANSLATE_NOOP("trato::Cli", "Schedule a call, meeting, visit or task; print its id"),
              QT_TRANSLATE_NOOP("trato::Cli", "KIND is call, meeting, visit or task. --for links the activity to an account, "
                "contact or lead (by id or exact name; repeat for several). A repeating activity is created with all its "
                "occurrences (at most 500) in one transaction; the id printed is the first one's, which is also the series id."),
              {{"at", "DATETIME", QT_TRANSLATE_NOOP("trato::Cli", "When it starts (a task: when it is due)")},
               {"end", "DATETIME", QT_TRANSLATE_NOOP("trato::Cli", "When it ends (not before the start)")},
               {"for", "ENTITY:ID", QT_TRANSLATE_NOOP("trato::Cli", "The account, contact or lead it is about"), true},
               {"user", "USER", QT_TRANSLATE_NOOP("trato::Cli", "Assigned to (default: you)")},
               {"repeat", "daily|weekly|monthly", QT_TRANSLATE_NOOP("trato::Cli", "Repeat it")},
               {"every", "N", QT_TRANSLATE_NOOP("trato::Cli", "Every N days, weeks or months (1-99, default 1)")},
               {"until", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "Last day of the series")},
               {"count", "N", QT_TRANSLATE_NOOP("trato::Cli", "Number of occurrences (1-500)")},
               {"reminder", "MIN", QT_TRANSLATE_NOOP("trato::Cli", "Remind this many minutes before (0, 5, 15, 30, 60, 120, 1440)")}},
              2, -1, Command::OpenOrCreate, runActivityAdd});
    c.append({"activity complete",
              "ID [--outcome O] [--notes TEXT] [--next-in 2d|3h|... | --next-at DATETIME] [--next-kind K] [--next-subject S] "
              "[--no-next] [--close REASON] [--format text|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Complete an activity and schedule what comes next"),
              QT_TRANSLATE_NOOP("trato::Cli", "Without next-step options the outcome's follow-up rule decides: a next activity, "
                "closing the lead, or nothing. --next-* options schedule the next activity (the rule's proposal with your "
                "changes), --close disqualifies the lead with REASON, --no-next schedules nothing (refused when the team's "
                "sales loop is \"require\"). All of it is one transaction."),
              {{"outcome", "OUTCOME", QT_TRANSLATE_NOOP("trato::Cli", "done, reached, no_answer, busy, wrong_number, call_back, interested, not_interested, sale")},
               {"notes", "TEXT", QT_TRANSLATE_NOOP("trato::Cli", "Outcome notes")},
               {"next-in", "DURATION", QT_TRANSLATE_NOOP("trato::Cli", "Next step after 30m, 3h, 2d, 1w...")},
               {"next-at", "DATETIME", QT_TRANSLATE_NOOP("trato::Cli", "Next step at this time")},
               {"next-kind", "KIND", QT_TRANSLATE_NOOP("trato::Cli", "Kind of the next step")},
               {"next-subject", "TEXT", QT_TRANSLATE_NOOP("trato::Cli", "Subject of the next step")},
               {"no-next", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "No next step")},
               {"close", "REASON", QT_TRANSLATE_NOOP("trato::Cli", "Close the lead with this disqualification reason")},
               {"format", "text|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: text)")}},
              1, 1, Command::OpenExisting, runActivityComplete});
    c.append({"activity list", "[--user U] [--from D] [--to D] [--status S] [--for ENTITY:ID] [--limit N] [--format table|csv|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "List activities by start time"), nullptr,
              {{"user", "USER", QT_TRANSLATE_NOOP("trato::Cli", "Only those assigned to USER")},
               {"from", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "Starting at or after (a date or date and time)")},
               {"to", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "Starting before (a date: that day included)")},
               {"status", "STATUS", QT_TRANSLATE_NOOP("trato::Cli", "planned, in_progress, completed or cancelled")},
               {"for", "ENTITY:ID", QT_TRANSLATE_NOOP("trato::Cli", "Only those about this account, contact or lead")},
               {"limit", "N", QT_TRANSLATE_NOOP("trato::Cli", "At most N (default 10000)")},
               format},
              0, 0, Command::OpenExisting, runActivityList});
    c.append({"activity delete-series", "ID [--from-here]",
              QT_TRANSLATE_NOOP("trato::Cli", "Move the open occurrences of a repeating activity to the Trash"),
              QT_TRANSLATE_NOOP("trato::Cli", "Completed occurrences are kept. --from-here keeps the earlier ones too."),
              {{"from-here", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Only this occurrence and the later ones")}},
              1, 1, Command::OpenExisting, runActivityDeleteSeries});
    c.append({"stalled", "[--entity lead|contact|account] [--user U] [--limit N] [--format table|csv|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "List leads, contacts and accounts with no next step"),
              QT_TRANSLATE_NOOP("trato::Cli", "Stalled: no open activity. Leads that are not converted or disqualified, contacts "
                "that had activities, customer and prospect accounts. Oldest last activity first."),
              {{"entity", "lead|contact|account", QT_TRANSLATE_NOOP("trato::Cli", "Only this kind of record")},
               {"user", "USER", QT_TRANSLATE_NOOP("trato::Cli", "Only records owned by USER")},
               {"limit", "N", QT_TRANSLATE_NOOP("trato::Cli", "At most N per kind (default 1000)")},
               format},
              0, 0, Command::OpenExisting, runStalled});
    c.append({"relationship refresh", "", QT_TRANSLATE_NOOP("trato::Cli", "Recompute last activity, next step and relationship of every record"),
              QT_TRANSLATE_NOOP("trato::Cli", "Relationships cool down with time alone; run this daily (the app does it on start)."),
              {}, 0, 0, Command::OpenExisting, runRelationshipRefresh});
    c.append({"salesloop", "[suggest|require]", QT_TRANSLATE_NOOP("trato::Cli", "Show or set whether completing an activity requires a next step"),
              nullptr, {}, 0, 1, Command::OpenExisting, runSalesLoop});
}

} // namespace trato::cli
