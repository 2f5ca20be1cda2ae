// SPDX-License-Identifier: GPL-3.0-or-later
// ticket queue, ticket queues, support kpi: the support work queues and KPIs (core/support/queues.h,
// core/support/supportkpis.h).
#include "commands.h"
#include "recordcolumns.h"

#include "metadata/registry.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "support/queues.h"
#include "support/supportkpis.h"

#include <QDate>

#include <limits>

namespace trato::cli {

namespace {

const OptionSpec kFormat{"format", "table|csv|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: table)")};
const OptionSpec kUser{"user", "U", QT_TRANSLATE_NOOP("trato::Cli", "Whose queues (default: the current user)")};

QString queueUser(const Context &context, const Arguments &args)
{
    const QString user = args.value(QStringLiteral("user")).trimmed();
    return user.isEmpty() ? context.db->user() : user;
}

QString queueNames()
{
    QStringList names;
    for (auto q : SupportQueues::all())
        names << SupportQueues::key(q);
    return names.join(QStringLiteral(", "));
}

int runTicketQueue(Context &context, const Arguments &args)
{
    const auto queue = SupportQueues::fromKey(args.positional.at(0));
    if (!queue)
        return usageError(context, Cli::tr("unknown queue \"%1\" (one of: %2)").arg(args.positional.at(0), queueNames()));
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    qint64 limit = -1;
    if (!countOption(context, args, QStringLiteral("limit"), -1, &limit, &code))
        return code;
    const Entity *entity = context.db->registry()->entity(QStringLiteral("ticket"));
    if (!entity)
        return fail(Error::failure(Cli::tr("this database has no ticket entity")));
    const RecordColumns columns(*entity, format == Format::Table ? RecordColumns::listFields(*entity) : RecordColumns::allFields(*entity), format);
    ListQuery query = SupportQueues::query(*context.db, *queue, queueUser(context, args));
    query.columns = columns.queryColumns();
    query.limit = limit < 0 ? -1 : int(qMin<qint64>(limit, std::numeric_limits<int>::max()));
    RowWriter writer(format, columns.columns());
    const Status s = context.store->forEach(query, [&](const Record &r) {
        writer.add(columns.cells(r));
        return true;
    });
    if (!s)
        return fail(s.error());
    writer.finish();
    return Exit::Ok;
}

int runTicketQueues(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    auto counts = SupportQueues::counts(*context.db, queueUser(context, args));
    if (!counts)
        return fail(counts.error());
    RowWriter writer(format, {{QStringLiteral("queue")}, {QStringLiteral("name")}, {QStringLiteral("count"), true}});
    for (const auto &c : counts.value())
        writer.add({Cell::string(SupportQueues::key(c.queue)), Cell::string(SupportQueues::label(c.queue)),
                    Cell{QString::number(c.count), c.count}});
    writer.finish();
    return Exit::Ok;
}

bool kpiDay(const Context &context, const Arguments &args, const QString &name, QDate *out, int *code)
{
    if (!args.has(name))
        return true;
    const QString text = args.value(name).trimmed();
    QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        d = context.locale.toDate(text, QLocale::ShortFormat);
    if (!d.isValid()) {
        *code = usageError(context, Cli::tr("--%1: \"%2\" is not a date (use YYYY-MM-DD)").arg(name, text));
        return false;
    }
    *out = d;
    return true;
}

int runSupportKpi(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    SupportKpiOptions o;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    o.to = today;
    if (!kpiDay(context, args, QStringLiteral("to"), &o.to, &code))
        return code;
    o.from = QDate(o.to.year(), o.to.month(), 1);
    if (!kpiDay(context, args, QStringLiteral("from"), &o.from, &code))
        return code;
    if (args.has(QStringLiteral("by"))) {
        const auto by = SupportKpis::byFromKey(args.value(QStringLiteral("by")));
        if (!by)
            return usageError(context, Cli::tr("--by: \"%1\" is not agent, week or month").arg(args.value(QStringLiteral("by"))));
        o.by = *by;
    }
    if (args.has(QStringLiteral("now"))) {
        o.now = QDateTime::fromString(args.value(QStringLiteral("now")).trimmed(), Qt::ISODate);
        if (!o.now.isValid())
            return usageError(context, Cli::tr("--now: \"%1\" is not a date and time (use YYYY-MM-DDTHH:MM:SSZ)").arg(args.value(QStringLiteral("now"))));
    }
    auto r = SupportKpis::compute(*context.db, o);
    if (!r)
        return fail(r.error());
    const ReportTable t = SupportKpis::toTable(r.value());
    const QStringList keys = SupportKpis::columnKeys(o.by);
    if (format == Format::Json) {
        auto object = [&](const QStringList &cells, const SupportKpiRow *agentRow) {
            JsonObject obj;
            if (o.by == SupportKpiOptions::By::Agent && agentRow)
                obj.append({QStringLiteral("user"), agentRow->key.isEmpty() ? jsonNull() : QVariant(agentRow->key)});
            for (int i = 0; i < keys.size() && i < cells.size(); ++i) {
                if (i == 0 || cells.at(i).isEmpty()) {
                    obj.append({keys.at(i), cells.at(i).isEmpty() ? jsonNull() : QVariant(cells.at(i))});
                    continue;
                }
                const QString &c = cells.at(i);
                obj.append({keys.at(i), c.contains(QLatin1Char('.')) ? QVariant(c.toDouble()) : QVariant(c.toLongLong())});
            }
            return QVariant::fromValue(obj);
        };
        QVariantList rows;
        for (int i = 0; i < t.rows.size(); ++i)
            rows << object(t.rows.at(i), &r.value().rows.at(i));
        JsonObject doc{{QStringLiteral("from"), o.from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), o.to.toString(Qt::ISODate)},
                       {QStringLiteral("by"), SupportKpis::byKey(o.by)},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("totals"), object(t.totals, nullptr)}};
        writeOut(toJson(QVariant::fromValue(doc), true) + QLatin1Char('\n'));
        return Exit::Ok;
    }
    writeTableRows(t, format, keys);
    return Exit::Ok;
}

} // namespace

void appendQueueCommands(QList<Command> &c)
{
    c.append({"ticket queue", "NAME [--user U] [--limit N] [--format table|csv|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "The tickets of one support queue, most urgent due time first"),
              QT_TRANSLATE_NOOP("trato::Cli", "NAME is mine (open tickets assigned to the user), team (open tickets of the user's team, "
                "from the user profile), unassigned (open, nobody assigned), at-risk (open, SLA at risk), overdue (open, SLA "
                "breached) or waiting (waiting on the customer or a third party). Open = new, open, waiting or reopened. "
                "Sorted by resolution due time."),
              {kUser, {"limit", "N", QT_TRANSLATE_NOOP("trato::Cli", "At most N tickets")}, kFormat},
              1, 1, Command::OpenExisting, runTicketQueue});
    c.append({"ticket queues", "[--user U] [--format table|csv|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "How many tickets each support queue holds"),
              QT_TRANSLATE_NOOP("trato::Cli", "One line per queue (mine, team, unassigned, at-risk, overdue, waiting) with its count, "
                "the same definitions as `ticket queue`."),
              {kUser, kFormat}, 0, 0, Command::OpenExisting, runTicketQueues});
    c.append({"support kpi", "[--from DATE] [--to DATE] [--by agent|week|month] [--now TIME] [--format table|csv|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Support KPIs per agent, week or month, with totals"),
              QT_TRANSLATE_NOOP("trato::Cli", "Tickets opened and resolved, backlog at the end of the period, average and median first "
                "response and resolution times (wall-clock hours), reopen rate, SLA compliance and breaches. Days are UTC "
                "and inclusive (default: from the first of the month of --to, which defaults to today). The last row is the "
                "totals. Definitions: docs/SUPPORT.md."),
              {{"from", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "First day of the period")},
               {"to", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "Last day of the period (default: today)")},
               {"by", "agent|week|month", QT_TRANSLATE_NOOP("trato::Cli", "One row per agent (default), week or month")},
               {"now", "TIME", QT_TRANSLATE_NOOP("trato::Cli", "Take this UTC time as now (which due times have passed)")},
               kFormat},
              0, 0, Command::OpenExisting, runSupportKpi});
}

} // namespace trato::cli
