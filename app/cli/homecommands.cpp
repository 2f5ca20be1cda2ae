// SPDX-License-Identifier: GPL-3.0-or-later
// myday, team, reminders, reminder snooze/dismiss: argument parsing and output around MyDay,
// SupervisorStats and Reminders (core/activities), where the rules live.
#include "commands.h"

#include "activities/myday.h"
#include "activities/reminders.h"
#include "activities/supervisorstats.h"

#include <QDateTime>

namespace trato::cli {

namespace {

const OptionSpec kFormat = {"format", "table|csv|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: table)")};

// --date and friends: ISO yyyy-MM-dd, the locale's short date, or today / yesterday / tomorrow.
bool dateOption(const Context &context, const Arguments &args, const QString &name, const QDate &fallback, QDate *out, int *code)
{
    *out = fallback;
    if (!args.has(name))
        return true;
    const QString text = args.value(name).trimmed();
    const QDate today = QDate::currentDate();
    if (text == QLatin1String("today"))
        *out = today;
    else if (text == QLatin1String("yesterday"))
        *out = today.addDays(-1);
    else if (text == QLatin1String("tomorrow"))
        *out = today.addDays(1);
    else {
        *out = QDate::fromString(text, Qt::ISODate);
        if (!out->isValid())
            *out = context.locale.toDate(text, QLocale::ShortFormat);
    }
    if (out->isValid())
        return true;
    *code = usageError(context, Cli::tr("--%1: \"%2\" is not a date (use YYYY-MM-DD, today, yesterday or tomorrow)").arg(name, text));
    return false;
}

QString userOption(const Context &context, const Arguments &args)
{
    const QString user = args.value(QStringLiteral("user")).trimmed();
    return user.isEmpty() ? context.db->user() : user;
}

QString localTime(const QDateTime &utc, bool withDate)
{
    if (!utc.isValid())
        return {};
    const QDateTime t = utc.toLocalTime();
    return withDate ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : t.toString(QStringLiteral("HH:mm"));
}

QVariant jsonTime(const QDateTime &utc)
{
    return utc.isValid() ? QVariant(utc.toUTC().toString(Qt::ISODate)) : jsonNull();
}

Cell count(qint64 n)
{
    return {QString::number(n), n};
}

} // namespace

int runMyDay(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    QDate date;
    if (!dateOption(context, args, QStringLiteral("date"), QDate::currentDate(), &date, &code))
        return code;
    auto day = MyDay::load(*context.db, userOption(context, args), date, QDateTime::currentDateTime());
    if (!day)
        return fail(day.error());
    RowWriter writer(format, {{QStringLiteral("time")}, {QStringLiteral("kind")}, {QStringLiteral("subject")},
                              {QStringLiteral("regarding")}, {QStringLiteral("phone")}, {QStringLiteral("status")},
                              {QStringLiteral("overdue")}, {QStringLiteral("id")}});
    for (const MyDayItem &it : day.value().items) {
        Cell time{localTime(it.start, it.fromEarlierDay), jsonTime(it.start)};
        writer.add({time, Cell::string(it.kind), Cell::string(it.subject), Cell::string(it.regardingName),
                    Cell::string(it.phone), Cell::string(it.status),
                    Cell{it.overdue ? Cli::tr("yes") : QString(), it.overdue}, Cell::string(it.id)});
    }
    writer.finish();
    const MyDayList &d = day.value();
    if (format == Format::Table) {
        writeErr(Cli::tr("%1, %2: %3 open, %4 done today; %5 overdue from earlier days.\n")
                     .arg(d.user, d.date.toString(Qt::ISODate)).arg(d.openToday).arg(d.doneToday).arg(d.overdueTotal));
        const qint64 shown = std::count_if(d.items.cbegin(), d.items.cend(), [](const MyDayItem &i) { return i.fromEarlierDay; });
        if (shown < d.overdueTotal)
            writeErr(Cli::tr("Only the %1 most recent overdue items are listed.\n").arg(shown));
    }
    return Exit::Ok;
}

int runTeam(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    const QDateTime now = QDateTime::currentDateTime();
    const auto week = SupervisorStats::range(SupervisorStats::Period::ThisWeek, now);
    QDate from, to;
    if (!dateOption(context, args, QStringLiteral("from"), week.first.date(), &from, &code)
        || !dateOption(context, args, QStringLiteral("to"), week.second.date().addDays(-1), &to, &code))
        return code;
    if (to < from)
        return fail(Error::badInput(Cli::tr("--to (%1) is before --from (%2)").arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate))));
    auto stats = SupervisorStats::compute(*context.db, QDateTime(from, QTime(0, 0)), QDateTime(to.addDays(1), QTime(0, 0)), now);
    if (!stats)
        return fail(stats.error());
    RowWriter writer(format, {{QStringLiteral("user")}, {QStringLiteral("name")}, {QStringLiteral("calls"), true},
                              {QStringLiteral("reached"), true}, {QStringLiteral("reached_pct"), true},
                              {QStringLiteral("meetings"), true}, {QStringLiteral("visits"), true},
                              {QStringLiteral("tasks"), true}, {QStringLiteral("overdue"), true}});
    auto row = [&](const UserActivityCounts &c, bool total) {
        const int pct = c.reachedPercent();
        writer.add({total ? Cell{QString(), jsonNull()} : Cell::string(c.user), Cell::string(c.displayName),
                    count(c.callsMade), count(c.callsReached),
                    pct < 0 ? Cell{QString(), jsonNull()} : Cell{QString::number(pct), pct},
                    count(c.meetingsHeld), count(c.visitsHeld), count(c.tasksDone), count(c.overdueNow)});
    };
    for (const UserActivityCounts &c : stats.value().users)
        row(c, false);
    row(stats.value().total, true);
    writer.finish();
    if (format == Format::Table)
        writeErr(Cli::tr("Completed from %1 to %2 (inclusive); overdue as of now.\n").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    return Exit::Ok;
}

int runReminders(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    qint64 limit = 20;
    if (!countOption(context, args, QStringLiteral("limit"), 20, &limit, &code))
        return code;
    const QString user = userOption(context, args);
    const QDateTime now = QDateTime::currentDateTime();
    auto due = Reminders::due(*context.db, user, now);
    if (!due)
        return fail(due.error());
    auto upcoming = Reminders::upcoming(*context.db, user, now, int(qMin<qint64>(limit, 100000)));
    if (!upcoming)
        return fail(upcoming.error());
    RowWriter writer(format, {{QStringLiteral("state")}, {QStringLiteral("remind_at")}, {QStringLiteral("start")},
                              {QStringLiteral("kind")}, {QStringLiteral("subject")}, {QStringLiteral("regarding")},
                              {QStringLiteral("id")}});
    auto add = [&](const Reminder &r, const QString &state) {
        writer.add({Cell::string(state), Cell{localTime(r.remindAt, true), jsonTime(r.remindAt)},
                    Cell{localTime(r.start, true), jsonTime(r.start)}, Cell::string(r.kind), Cell::string(r.subject),
                    Cell::string(r.regardingName), Cell::string(r.id)});
    };
    for (const Reminder &r : due.value())
        add(r, QStringLiteral("due"));
    for (const Reminder &r : upcoming.value())
        add(r, QStringLiteral("upcoming"));
    writer.finish();
    return Exit::Ok;
}

int runReminderSnooze(Context &context, const Arguments &args)
{
    bool ok = false;
    const int minutes = args.positional.at(1).toInt(&ok);
    if (!ok)
        return usageError(context, Cli::tr("MINUTES must be a whole number, not \"%1\"").arg(args.positional.at(1)));
    const QDateTime now = QDateTime::currentDateTime();
    const Status s = Reminders::snooze(*context.db, args.positional.at(0), minutes, now);
    if (!s)
        return fail(s.error());
    writeOut(now.addSecs(qint64(minutes) * 60).toUTC().toString(Qt::ISODate) + QLatin1Char('\n'));
    return Exit::Ok;
}

int runReminderDismiss(Context &context, const Arguments &args)
{
    const Status s = Reminders::dismiss(*context.db, args.positional.at(0));
    if (!s)
        return fail(s.error());
    return Exit::Ok;
}

void appendHomeCommands(QList<Command> &c)
{
    c.append({"myday", "[--user U] [--date DATE] [--format table|csv|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "A user's activities for a day, overdue ones first"),
              QT_TRANSLATE_NOOP("trato::Cli", "Lists the day's calls, meetings, visits and tasks of the user (default: you) in time order, "
                "with the record each is about and its phone number. For today, open items from earlier days "
                "come first (the 200 most recent). DATE is YYYY-MM-DD, today, yesterday or tomorrow. A summary "
                "line goes to stderr."),
              {{"user", "U", QT_TRANSLATE_NOOP("trato::Cli", "Whose day (default: the current user)")},
               {"date", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "Which day (default: today)")},
               kFormat},
              0, 0, Command::OpenExisting, runMyDay});
    c.append({"team", "[--from DATE] [--to DATE] [--format table|csv|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Per-user counts of calls, meetings, visits and tasks done"),
              QT_TRANSLATE_NOOP("trato::Cli", "For each user: calls made (completed) and reached (outcome reached, interested, not "
                "interested, sale or call back), meetings and visits held and tasks done between --from and --to "
                "(inclusive days, by completion time; default: this week, Monday to Sunday), and the open items "
                "overdue now. The last row is the total."),
              {{"from", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "First day (default: this Monday)")},
               {"to", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "Last day (default: this Sunday)")},
               kFormat},
              0, 0, Command::OpenExisting, runTeam});
    c.append({"reminders", "[--user U] [--limit N] [--format table|csv|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Reminders due now and the next ones"),
              QT_TRANSLATE_NOOP("trato::Cli", "Due reminders (state \"due\") of the user's open activities, then the next upcoming ones "
                "(state \"upcoming\", at most --limit, default 20), earliest first."),
              {{"user", "U", QT_TRANSLATE_NOOP("trato::Cli", "Whose reminders (default: the current user)")},
               {"limit", "N", QT_TRANSLATE_NOOP("trato::Cli", "At most N upcoming reminders (default: 20)")},
               kFormat},
              0, 0, Command::OpenExisting, runReminders});
    c.append({"reminder snooze", "ID MINUTES", QT_TRANSLATE_NOOP("trato::Cli", "Remind again in MINUTES minutes"),
              QT_TRANSLATE_NOOP("trato::Cli", "Moves the activity's next reminder to now + MINUTES (1 to 43200) and prints that time (UTC)."),
              {}, 2, 2, Command::OpenExisting, runReminderSnooze});
    c.append({"reminder dismiss", "ID", QT_TRANSLATE_NOOP("trato::Cli", "Stop reminding of an activity"), nullptr,
              {}, 1, 1, Command::OpenExisting, runReminderDismiss});
}

} // namespace trato::cli
