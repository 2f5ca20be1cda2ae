// SPDX-License-Identifier: GPL-3.0-or-later
// calendar export/import/show, user list/set.
#include "commands.h"

#include "activities/calendarquery.h"
#include "activities/icalendar.h"
#include "activities/userprofiles.h"

#include <QFile>

namespace trato::cli {

namespace {

// DATE (YYYY-MM-DD, local midnight) or an ISO date and time. endOfDay: a bare date means the end
// of that day, so "--to 2026-06-30" includes the 30th.
Result<QDateTime> dateOption(const Arguments &args, const QString &name, bool endOfDay)
{
    const QString text = args.value(name).trimmed();
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (d.isValid())
        return QDateTime(endOfDay ? d.addDays(1) : d, QTime(0, 0)).toUTC();
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    if (dt.isValid())
        return dt.toUTC();
    return Error::badInput(Cli::tr("--%1: \"%2\" is not a date (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)").arg(name, text));
}

int runCalendarExport(Context &context, const Arguments &args)
{
    ICalendar::ExportFilter filter;
    for (const auto &[name, endOfDay, target] : {std::tuple{QStringLiteral("from"), false, &filter.from},
                                                  std::tuple{QStringLiteral("to"), true, &filter.to}}) {
        if (!args.has(name))
            continue;
        auto d = dateOption(args, name, endOfDay);
        if (!d)
            return fail(d.error());
        *target = d.value();
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.to <= filter.from)
        return fail(Error::badInput(Cli::tr("--to is before --from")));
    filter.owners = args.values(QStringLiteral("owner"));
    filter.kinds = args.values(QStringLiteral("kind"));
    const QString path = args.positional.at(0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (path == QLatin1String("-")) {
        auto r = ICalendar::exportActivities(*context.db, filter, now);
        if (!r)
            return fail(r.error());
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return fail(Error::failure(Cli::tr("Could not write to standard output")));
        out.write(r->text);
        return Exit::Ok;
    }
    auto r = ICalendar::exportToFile(*context.db, path, filter, now);
    if (!r)
        return fail(r.error());
    writeOut(Cli::tr("Exported %1 events and %2 tasks to %3").arg(r->events).arg(r->todos).arg(path) + QLatin1Char('\n'));
    return Exit::Ok;
}

int runCalendarImport(Context &context, const Arguments &args)
{
    ICalendar::ImportOptions options;
    options.dryRun = args.has(QStringLiteral("dry-run"));
    options.skipUnknown = args.has(QStringLiteral("skip-unknown"));
    if (args.has(QStringLiteral("max-occurrences"))) {
        qint64 n = 0;
        if (!parseCount(args.value(QStringLiteral("max-occurrences")), &n) || n < 1 || n > 100000)
            return usageError(context, Cli::tr("--max-occurrences must be a whole number from 1 to 100000"));
        options.maxOccurrences = int(n);
    }
    auto r = ICalendar::importFile(*context.db, args.positional.at(0), options);
    if (!r)
        return fail(r.error());
    for (const QString &note : r->notes)
        writeErr(QStringLiteral("trato-cli: ") + note + QLatin1Char('\n'));
    const QString what = Cli::tr("%1 created, %2 updated (%3 events, %4 tasks, %5 more occurrences of repeating events)")
                             .arg(r->created).arg(r->updated).arg(r->events).arg(r->todos).arg(r->occurrences);
    writeOut((options.dryRun ? Cli::tr("Dry run, nothing written: %1").arg(what) : what) + QLatin1Char('\n'));
    return Exit::Ok;
}

int runCalendarShow(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    CalendarFilter filter;
    filter.from = QDateTime(QDate::currentDate(), QTime(0, 0)).toUTC();
    if (args.has(QStringLiteral("from"))) {
        auto d = dateOption(args, QStringLiteral("from"), false);
        if (!d)
            return fail(d.error());
        filter.from = d.value();
    }
    filter.to = filter.from.addDays(7);
    if (args.has(QStringLiteral("to"))) {
        auto d = dateOption(args, QStringLiteral("to"), true);
        if (!d)
            return fail(d.error());
        filter.to = d.value();
    }
    filter.owners = args.values(QStringLiteral("owner"));
    filter.kinds = args.values(QStringLiteral("kind"));
    filter.statuses = args.values(QStringLiteral("status"));
    auto items = CalendarQuery(*context.db).items(filter);
    if (!items)
        return fail(items.error());
    const bool json = format == Format::Json;
    RowWriter writer(format, {{QStringLiteral("id")}, {QStringLiteral("start")}, {QStringLiteral("end")},
                              {QStringLiteral("all_day")}, {QStringLiteral("kind")}, {QStringLiteral("status")},
                              {QStringLiteral("owner")}, {QStringLiteral("subject")}, {QStringLiteral("regarding")}});
    for (const CalendarItem &i : items.value()) {
        // Tables show local time as people read it; CSV and JSON the stored UTC instant.
        auto when = [&](const QDateTime &dt) {
            if (i.allDay)
                return dt.toLocalTime().date().toString(Qt::ISODate);
            return json || format == Format::Csv ? dt.toUTC().toString(Qt::ISODate)
                                                 : dt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        };
        QDateTime end = i.end;
        if (i.allDay)
            end = QDateTime(i.lastDay(), QTime(0, 0));
        writer.add({Cell::string(i.id), Cell::string(when(i.start)), Cell::string(when(end)),
                    {i.allDay ? QStringLiteral("yes") : QStringLiteral("no"), i.allDay},
                    Cell::string(i.kind), Cell::string(i.status), Cell::string(i.owner), Cell::string(i.subject),
                    i.regarding.isEmpty() ? Cell{QString(), jsonNull()} : Cell::string(i.regarding)});
    }
    writer.finish();
    return Exit::Ok;
}

int runUserList(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    auto users = UserProfiles(*context.db).list();
    if (!users)
        return fail(users.error());
    RowWriter writer(format, {{QStringLiteral("name")}, {QStringLiteral("display_name")}, {QStringLiteral("color")},
                              {QStringLiteral("team")}, {QStringLiteral("stored")}});
    for (const UserProfile &p : users.value())
        writer.add({Cell::string(p.name), Cell::string(p.displayName), Cell::string(p.color), Cell::string(p.team),
                    {p.stored ? QStringLiteral("yes") : QStringLiteral("no"), p.stored}});
    writer.finish();
    return Exit::Ok;
}

int runUserSet(Context &context, const Arguments &args)
{
    UserProfiles::Changes changes;
    if (args.has(QStringLiteral("display-name")))
        changes.displayName = args.value(QStringLiteral("display-name"));
    if (args.has(QStringLiteral("color")))
        changes.color = args.value(QStringLiteral("color"));
    if (args.has(QStringLiteral("team")))
        changes.team = args.value(QStringLiteral("team"));
    if (!changes.displayName && !changes.color && !changes.team)
        return usageError(context, Cli::tr("nothing to set: give --display-name, --color or --team"));
    const Status s = UserProfiles(*context.db).set(args.positional.at(0), changes);
    if (!s)
        return fail(s.error());
    const UserProfile p = UserProfiles(*context.db).profile(args.positional.at(0).trimmed());
    writeOut(QStringLiteral("%1\t%2\t%3\t%4\n").arg(p.name, p.displayName, p.color, p.team));
    return Exit::Ok;
}

} // namespace

void appendCalendarCommands(QList<Command> &c)
{
    const OptionSpec format = {"format", "table|csv|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: table)")};
    c.append({"calendar export", "FILE.ics [--from DATE] [--to DATE] [--owner USER]... [--kind KIND]...",
              QT_TRANSLATE_NOOP("trato::Cli", "Export activities to an iCalendar (.ics) file"),
              QT_TRANSLATE_NOOP("trato::Cli", "Calls, meetings and visits become events (VEVENT), tasks become to-dos (VTODO). Times are "
                "written in UTC, all-day items as dates. --from keeps items that end on or after it, --to items that start "
                "before the end of that day. FILE - writes to standard output."),
              {{"from", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "First day (YYYY-MM-DD or YYYY-MM-DDTHH:MM)")},
               {"to", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "Last day, included")},
               {"owner", "USER", QT_TRANSLATE_NOOP("trato::Cli", "Only activities assigned to USER (repeat for several)"), true},
               {"kind", "call|meeting|visit|task", QT_TRANSLATE_NOOP("trato::Cli", "Only this kind (repeat for several)"), true}},
              1, 1, Command::OpenExisting, runCalendarExport});
    c.append({"calendar import", "FILE.ics [--dry-run] [--skip-unknown] [--max-occurrences N]",
              QT_TRANSLATE_NOOP("trato::Cli", "Import events and to-dos from an iCalendar (.ics) file"),
              QT_TRANSLATE_NOOP("trato::Cli", "VEVENTs become meetings (or the kind Trato exported), VTODOs tasks. Time zones (TZID) "
                "are resolved through the file's VTIMEZONE blocks or the zone database; repeating events (RRULE) become one "
                "activity per occurrence, up to --max-occurrences (default 366). An item whose UID was imported before is "
                "updated, not duplicated. The whole file is one transaction: any error names the file and line and writes nothing."),
              {{"dry-run", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Check and count without writing")},
               {"skip-unknown", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Skip unknown components (VJOURNAL...) with a note instead of refusing the file")},
               {"max-occurrences", "N", QT_TRANSLATE_NOOP("trato::Cli", "Occurrences made from one repeating event (default 366)")}},
              1, 1, Command::OpenExisting, runCalendarImport});
    c.append({"calendar show", "[--from DATE] [--to DATE] [--owner USER]... [--kind KIND]... [--status STATUS]... [--format table|csv|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "List the activities in a date range, as the calendar shows them"),
              QT_TRANSLATE_NOOP("trato::Cli", "Default range: today and the next six days. Activities that overlap the range are "
                "listed by start; tables show local time, CSV and JSON UTC."),
              {{"from", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "First day (default: today)")},
               {"to", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "Last day, included (default: a week from --from)")},
               {"owner", "USER", QT_TRANSLATE_NOOP("trato::Cli", "Only activities assigned to USER (repeat for several)"), true},
               {"kind", "call|meeting|visit|task", QT_TRANSLATE_NOOP("trato::Cli", "Only this kind (repeat for several)"), true},
               {"status", "planned|in_progress|completed|cancelled", QT_TRANSLATE_NOOP("trato::Cli", "Only this status (repeat for several)"), true},
               format},
              0, 0, Command::OpenExisting, runCalendarShow});
    c.append({"user list", "[--format table|csv|json]", QT_TRANSLATE_NOOP("trato::Cli", "List users with their display name, calendar color and team"),
              QT_TRANSLATE_NOOP("trato::Cli", "Users with a stored profile and everybody activities are assigned to. A user without a "
                "stored color gets one derived from the name."),
              {format}, 0, 0, Command::OpenExisting, runUserList});
    c.append({"user set", "NAME [--display-name TEXT] [--color #RRGGBB] [--team TEAM]",
              QT_TRANSLATE_NOOP("trato::Cli", "Set a user's display name, calendar color or team"),
              QT_TRANSLATE_NOOP("trato::Cli", "NAME is the user name stored as owner. Options not given keep their value; --color \"\" "
                "goes back to the derived color. Prints the profile."),
              {{"display-name", "TEXT", QT_TRANSLATE_NOOP("trato::Cli", "How the user is shown")},
               {"color", "#RRGGBB", QT_TRANSLATE_NOOP("trato::Cli", "Calendar color, e.g. #3b7dd8")},
               {"team", "TEAM", QT_TRANSLATE_NOOP("trato::Cli", "The user's team")}},
              1, 1, Command::OpenExisting, runUserSet});
}

} // namespace trato::cli
