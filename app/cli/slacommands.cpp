// SPDX-License-Identifier: GPL-3.0-or-later
// sla policies, sla policy add, sla calendar add, sla refresh, ticket sla: service levels on
// business hours (core/support/slaengine, businesshours). The rules themselves run on every write
// path (RecordRules), so `add`/`update` of policies and calendars are checked the same way.
#include "commands.h"

#include "store/sqlite.h"
#include "support/slaengine.h"

#include <QSqlQuery>

namespace trato::cli {

namespace {

QString minutesText(qint64 minutes)
{
    if (minutes % 60 == 0)
        return Cli::tr("%1 h").arg(minutes / 60);
    return Cli::tr("%1 min").arg(minutes);
}

int runPolicies(Context &context, const Arguments &args)
{
    Format format = Format::Table;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    auto q = Sql::exec(context.db->connection(),
                       QStringLiteral("SELECT p.name, p.priority, COALESCE(p.tier, ''), p.first_response_minutes, p.resolution_minutes, "
                                      "COALESCE(c.name, ''), p.warn_percent, p.active FROM sla_policy p "
                                      "LEFT JOIN business_calendar c ON c.id = p.calendar WHERE p.deleted = 0 "
                                      "ORDER BY CASE p.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, "
                                      "COALESCE(p.tier, ''), p.name"));
    if (!q)
        return fail(q.error());
    RowWriter out(format, {{QStringLiteral("name")}, {QStringLiteral("priority")}, {QStringLiteral("tier")},
                           {QStringLiteral("first_response"), true}, {QStringLiteral("resolution"), true}, {QStringLiteral("calendar")},
                           {QStringLiteral("warn_percent"), true}, {QStringLiteral("active")}});
    while (q.value().next()) {
        const auto v = [&](int i) { return q.value().value(i); };
        const bool table = format == Format::Table;
        out.add({Cell::string(v(0).toString()), Cell::string(v(1).toString()), Cell::string(v(2).toString()),
                 {table ? minutesText(v(3).toLongLong()) : v(3).toString(), v(3).toLongLong()},
                 {table ? minutesText(v(4).toLongLong()) : v(4).toString(), v(4).toLongLong()},
                 Cell::string(v(5).toString()), {v(6).toString(), v(6).toInt()},
                 {v(7).toBool() ? QStringLiteral("yes") : QStringLiteral("no"), v(7).toBool()}});
    }
    out.finish();
    return Exit::Ok;
}

// Commands are looked up by two words: "sla policy" and "sla calendar" take the verb "add" first.
bool addVerb(const Context &context, const Arguments &args, int *code)
{
    if (args.positional.size() < 2 || args.positional.first() != QLatin1String("add")) {
        *code = usageError(context, Cli::tr("say \"add\" and the NAME"));
        return false;
    }
    return true;
}

int runPolicyAdd(Context &context, const Arguments &args)
{
    int code = Exit::Ok;
    if (!addVerb(context, args, &code))
        return code;
    QMap<QString, QString> text = {{QStringLiteral("name"), args.positional.mid(1).join(QLatin1Char(' '))}};
    const QList<QPair<const char *, const char *>> options = {{"priority", "priority"}, {"tier", "tier"},
                                                               {"first-response", "first_response_minutes"},
                                                               {"resolution", "resolution_minutes"}, {"calendar", "calendar"},
                                                               {"warn", "warn_percent"}};
    for (const auto &o : options)
        if (args.has(QString::fromLatin1(o.first)))
            text.insert(QString::fromLatin1(o.second), args.value(QString::fromLatin1(o.first)));
    for (const char *required : {"priority", "first-response", "resolution"})
        if (!args.has(QString::fromLatin1(required)))
            return usageError(context, Cli::tr("--%1 is required").arg(QString::fromLatin1(required)));
    auto values = context.store->parseInput(QStringLiteral("sla_policy"), text, context.locale);
    if (!values)
        return fail(values.error());
    auto id = context.store->create(QStringLiteral("sla_policy"), values.value());
    if (!id)
        return fail(id.error());
    writeOut(id.value() + QLatin1Char('\n'));
    writeErr(Cli::tr("Added SLA policy %1").arg(text.value(QStringLiteral("name"))) + QLatin1Char('\n'));
    return Exit::Ok;
}

int runCalendarAdd(Context &context, const Arguments &args)
{
    int code = Exit::Ok;
    if (!addVerb(context, args, &code))
        return code;
    if (!args.has(QStringLiteral("hours")))
        return usageError(context, Cli::tr("--hours is required, like \"mon-fri 09:00-18:00\""));
    QMap<QString, QString> text = {{QStringLiteral("name"), args.positional.mid(1).join(QLatin1Char(' '))},
                                   {QStringLiteral("hours"), args.value(QStringLiteral("hours"))}};
    if (args.has(QStringLiteral("holidays")))
        text.insert(QStringLiteral("holidays"), args.value(QStringLiteral("holidays")));
    if (args.has(QStringLiteral("tz")))
        text.insert(QStringLiteral("time_zone"), args.value(QStringLiteral("tz")));
    if (args.has(QStringLiteral("default")))
        text.insert(QStringLiteral("is_default"), QStringLiteral("yes"));
    auto values = context.store->parseInput(QStringLiteral("business_calendar"), text, context.locale);
    if (!values)
        return fail(values.error());
    auto id = context.store->create(QStringLiteral("business_calendar"), values.value());
    if (!id)
        return fail(id.error());
    writeOut(id.value() + QLatin1Char('\n'));
    writeErr(Cli::tr("Added business-hours calendar %1").arg(text.value(QStringLiteral("name"))) + QLatin1Char('\n'));
    return Exit::Ok;
}

QDateTime nowOption(const Arguments &args, bool *ok)
{
    *ok = true;
    if (!args.has(QStringLiteral("now")))
        return QDateTime::currentDateTimeUtc();
    const QDateTime t = QDateTime::fromString(args.value(QStringLiteral("now")), Qt::ISODate);
    *ok = t.isValid();
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::UTC);
}

int runRefresh(Context &context, const Arguments &args)
{
    bool ok = true;
    const QDateTime now = nowOption(args, &ok);
    if (!ok)
        return usageError(context, Cli::tr("--now: \"%1\" is not a date and time (like 2026-11-23T10:00:00Z)").arg(args.value(QStringLiteral("now"))));
    auto report = SlaMonitor::refresh(*context.db, now);
    if (!report)
        return fail(report.error());
    QString out;
    for (const auto &b : report->breaches)
        out += Cli::tr("breach\t%1\t%2\tdue %3").arg(b.number, b.kind, b.dueAt) + QLatin1Char('\n');
    for (const auto &c : report->changes)
        out += Cli::tr("state\t%1\t%2 -> %3").arg(c.number, c.from.isEmpty() ? QStringLiteral("none") : c.from, c.to) + QLatin1Char('\n');
    writeOut(out);
    writeErr(Cli::tr("Checked %1 tickets: %2 state changes, %3 new warnings, %4 new breaches")
                 .arg(report->checked).arg(report->changes.size()).arg(report->warnings.size()).arg(report->breaches.size())
             + QLatin1Char('\n'));
    return Exit::Ok;
}

int runTicketSla(Context &context, const Arguments &args)
{
    const QString key = args.positional.at(0);
    auto q = Sql::exec(context.db->connection(),
                       QStringLiteral("SELECT t.id, t.number, t.subject, COALESCE(p.name, ''), t.opened_at, t.first_response_due, "
                                      "t.first_response_at, t.resolution_due, t.resolved_at, t.paused_seconds, t.paused_since, t.sla_state "
                                      "FROM ticket t LEFT JOIN sla_policy p ON p.id = t.sla_policy "
                                      "WHERE t.deleted = 0 AND (t.id = ? OR t.number = ?) LIMIT 1"),
                       {key, key});
    if (!q)
        return fail(q.error());
    if (!q.value().next())
        return fail(Error::notFound(Cli::tr("no ticket with id or number \"%1\"").arg(key)));
    const auto v = [&](int i) { return q.value().value(i).toString(); };
    const QString id = v(0);
    const qint64 paused = q.value().value(9).toLongLong();
    QList<QPair<QString, QString>> pairs = {
        {Cli::tr("Ticket"), QStringLiteral("%1 %2").arg(v(1), v(2)).trimmed()},
        {Cli::tr("Policy"), v(3).isEmpty() ? Cli::tr("(none)") : v(3)},
        {Cli::tr("State"), v(11).isEmpty() ? QStringLiteral("none") : v(11)},
        {Cli::tr("Opened"), v(4)},
        {Cli::tr("First response due"), v(5)},
        {Cli::tr("First response"), v(6)},
        {Cli::tr("Resolution due"), v(7)},
        {Cli::tr("Resolved"), v(8)},
        {Cli::tr("Paused"), Cli::tr("%1 business seconds (%2 h %3 min)").arg(paused).arg(paused / 3600).arg((paused % 3600) / 60)},
        {Cli::tr("Paused since"), v(10)},
    };
    auto b = Sql::exec(context.db->connection(),
                       QStringLiteral("SELECT kind, due_at, breached_at FROM sla_breach WHERE ticket = ? AND deleted = 0 ORDER BY kind"), {id});
    if (!b)
        return fail(b.error());
    int breaches = 0;
    while (b.value().next()) {
        ++breaches;
        pairs << qMakePair(Cli::tr("Breach"), Cli::tr("%1, due %2").arg(b.value().value(0).toString(), b.value().value(1).toString()));
    }
    if (breaches == 0)
        pairs << qMakePair(Cli::tr("Breaches"), Cli::tr("none"));
    writeKeyValues(pairs);
    return Exit::Ok;
}

} // namespace

void appendSlaCommands(QList<Command> &c)
{
    c.append({"sla policies", "[--format table|csv|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "List the SLA policies (targets per priority and customer tier)"),
              QT_TRANSLATE_NOOP("trato::Cli", "Times are business minutes on the policy's calendar (the default calendar when empty). "
                "When a database has no policy at all, the first ticket creates the defaults: urgent 1 h / 4 h, high 4 h / 16 h, "
                "normal 8 h / 40 h, low 16 h / 80 h."),
              {{"format", "table|csv|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: table)")}}, 0, 0, Command::OpenExisting, runPolicies});
    c.append({"sla policy", "add NAME --priority P [--tier T] --first-response MIN --resolution MIN [--calendar NAME] [--warn PCT]",
              QT_TRANSLATE_NOOP("trato::Cli", "Add an SLA policy"),
              QT_TRANSLATE_NOOP("trato::Cli", "P is low, normal, high or urgent; T is standard, premium or vip (none: every tier without "
                "a policy of its own). Two active policies for the same priority and tier are refused, as are times of 0 and a "
                "resolution shorter than the first response. --warn: share of the time used that marks a ticket at risk (80)."),
              {{"priority", "P", QT_TRANSLATE_NOOP("trato::Cli", "Ticket priority")},
               {"tier", "T", QT_TRANSLATE_NOOP("trato::Cli", "Customer tier")},
               {"first-response", "MIN", QT_TRANSLATE_NOOP("trato::Cli", "First response within, business minutes")},
               {"resolution", "MIN", QT_TRANSLATE_NOOP("trato::Cli", "Resolution within, business minutes")},
               {"calendar", "NAME", QT_TRANSLATE_NOOP("trato::Cli", "Business-hours calendar")},
               {"warn", "PCT", QT_TRANSLATE_NOOP("trato::Cli", "At risk from this % of the time")}},
              2, -1, Command::OpenExisting, runPolicyAdd});
    c.append({"sla calendar", "add NAME --hours TEXT [--holidays TEXT] [--tz ZONE] [--default]",
              QT_TRANSLATE_NOOP("trato::Cli", "Add a business-hours calendar"),
              QT_TRANSLATE_NOOP("trato::Cli", "--hours like \"mon-fri 09:00-14:00,15:00-18:00; sat 10:00-13:00\" (lun..dom too); "
                "--holidays ISO dates separated by commas or spaces; --tz an IANA time zone (Europe/Madrid)."),
              {{"hours", "TEXT", QT_TRANSLATE_NOOP("trato::Cli", "Working hours")},
               {"holidays", "TEXT", QT_TRANSLATE_NOOP("trato::Cli", "Holidays (YYYY-MM-DD ...)")},
               {"tz", "ZONE", QT_TRANSLATE_NOOP("trato::Cli", "Time zone")},
               {"default", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Use it for policies without a calendar")}},
              2, -1, Command::OpenExisting, runCalendarAdd});
    c.append({"sla refresh", "[--now ISO]",
              QT_TRANSLATE_NOOP("trato::Cli", "Re-evaluate the SLA clocks of open tickets and record breaches"),
              QT_TRANSLATE_NOOP("trato::Cli", "Prints one line per new breach and per state change (tab separated). --now evaluates at "
                "another moment (UTC ISO, like 2026-11-23T10:00:00Z). Running it again records nothing twice."),
              {{"now", "ISO", QT_TRANSLATE_NOOP("trato::Cli", "Evaluate at this moment")}}, 0, 0, Command::OpenExisting, runRefresh});
    c.append({"ticket sla", "ID",
              QT_TRANSLATE_NOOP("trato::Cli", "A ticket's service level: due times, state, paused time and breaches"),
              QT_TRANSLATE_NOOP("trato::Cli", "ID is the ticket's id or number. Times are UTC."),
              {}, 1, 1, Command::OpenExisting, runTicketSla});
}

} // namespace trato::cli
