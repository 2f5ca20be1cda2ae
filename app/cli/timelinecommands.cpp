// SPDX-License-Identifier: GPL-3.0-or-later
// timeline, note add/list/edit/delete, cooling.
#include "commands.h"

#include "metadata/registry.h"
#include "metadata/value.h"
#include "timeline/cooling.h"
#include "timeline/notes.h"
#include "timeline/timeline.h"

#include <QDateTime>

namespace trato::cli {

namespace {

QString localTime(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : iso;
}

// --from/--to: ISO (2026-03-01) or the locale's short date (01/03/2026 in Spanish).
bool dateOption(const Context &context, const Arguments &args, const QString &name, QDate *out, int *exitCode)
{
    if (!args.has(name))
        return true;
    const QString text = args.value(name).trimmed();
    QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        d = context.locale.toDate(text, QLocale::ShortFormat);
    if (!d.isValid())
        d = context.locale.toDate(text, QStringLiteral("dd/MM/yyyy"));
    if (!d.isValid()) {
        *exitCode = usageError(context, Cli::tr("--%1: \"%2\" is not a date (use YYYY-MM-DD)").arg(name, text));
        return false;
    }
    *out = d;
    return true;
}

int runTimeline(Context &context, const Arguments &args)
{
    auto e = entityArgument(context, args.positional.at(0));
    if (!e)
        return fail(e.error());
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    TimelineQuery query;
    query.entity = e.value()->name;
    query.id = args.positional.at(1);
    for (const QString &k : args.values(QStringLiteral("kind")))
        for (const QString &part : k.split(QLatin1Char(','), Qt::SkipEmptyParts))
            query.kinds << part.trimmed();
    query.search = args.value(QStringLiteral("search"));
    query.after = args.value(QStringLiteral("after"));
    if (!dateOption(context, args, QStringLiteral("from"), &query.from, &code)
        || !dateOption(context, args, QStringLiteral("to"), &query.to, &code))
        return code;
    qint64 limit = 50;
    if (!countOption(context, args, QStringLiteral("limit"), 50, &limit, &code))
        return code;
    if (limit < 1 || limit > 100000)
        return usageError(context, Cli::tr("--limit: give a number from 1 to 100000"));
    query.limit = int(limit);
    auto page = Timeline::page(*context.db, query);
    if (!page)
        return fail(page.error());
    QList<Column> columns;
    if (format == Format::Table)
        columns = {{QStringLiteral("when")}, {QStringLiteral("kind")}, {QStringLiteral("who")}, {QStringLiteral("what")},
                   {QStringLiteral("details")}, {QStringLiteral("with")}};
    else
        for (const char *name : {"at", "kind", "subkind", "user", "title", "text", "via", "status", "open", "entity", "id"})
            columns.append({QString::fromLatin1(name)});
    RowWriter writer(format, columns);
    for (const TimelineEntry &t : page.value().entries) {
        if (format == Format::Table) {
            writer.add({Cell::string(localTime(t.at)), Cell::string(t.kind), Cell::string(t.user), Cell::string(t.title),
                        Cell::string(QString(t.text).replace(QLatin1Char('\n'), QStringLiteral(" · "))), Cell::string(t.via)});
        } else {
            auto orNull = [](const QString &s) { return Cell::string(s.isEmpty() ? QString() : s); };
            writer.add({Cell::string(t.at), Cell::string(t.kind), orNull(t.subkind), orNull(t.user), Cell::string(t.title),
                        orNull(t.text), orNull(t.via), orNull(t.status),
                        Cell{t.open ? QStringLiteral("1") : QStringLiteral("0"), t.open}, orNull(t.recordEntity),
                        orNull(t.recordId)});
        }
    }
    writer.finish();
    // stdout stays the entries; how to go on is a message.
    if (!page.value().next.isEmpty())
        writeErr(Cli::tr("More entries: add --after \"%1\"").arg(page.value().next) + QLatin1Char('\n'));
    return Exit::Ok;
}

int runNoteAdd(Context &context, const Arguments &args)
{
    auto e = entityArgument(context, args.positional.at(0));
    if (!e)
        return fail(e.error());
    auto id = NoteService(*context.db).add(e.value()->name, args.positional.at(1), args.positional.mid(2).join(QLatin1Char(' ')));
    if (!id)
        return fail(id.error());
    writeOut(id.value() + QLatin1Char('\n'));
    return Exit::Ok;
}

int runNoteList(Context &context, const Arguments &args)
{
    auto e = entityArgument(context, args.positional.at(0));
    if (!e)
        return fail(e.error());
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    auto notes = NoteService(*context.db).list(e.value()->name, args.positional.at(1));
    if (!notes)
        return fail(notes.error());
    RowWriter writer(format, {{QStringLiteral("created_at")}, {QStringLiteral("created_by")}, {QStringLiteral("note")},
                              {QStringLiteral("id")}});
    for (const Note &n : notes.value())
        writer.add({Cell::string(format == Format::Table ? localTime(n.createdAt) : n.createdAt), Cell::string(n.createdBy),
                    Cell::string(n.body), Cell::string(n.id)});
    writer.finish();
    return Exit::Ok;
}

int runNoteEdit(Context &context, const Arguments &args)
{
    const Status s = NoteService(*context.db).edit(args.positional.at(0), args.positional.mid(1).join(QLatin1Char(' ')));
    return s ? int(Exit::Ok) : fail(s.error());
}

int runNoteDelete(Context &context, const Arguments &args)
{
    const Status s = NoteService(*context.db).remove(args.positional.at(0));
    return s ? int(Exit::Ok) : fail(s.error());
}

int runCooling(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    CoolingQuery query;
    qint64 days = 30, limit = -1;
    if (!countOption(context, args, QStringLiteral("days"), 30, &days, &code)
        || !countOption(context, args, QStringLiteral("limit"), -1, &limit, &code))
        return code;
    if (days > 36500)
        return usageError(context, Cli::tr("--days: give at most 36500 days"));
    query.days = int(days);
    query.limit = limit;
    if (args.has(QStringLiteral("entity"))) {
        auto e = entityArgument(context, args.value(QStringLiteral("entity")));
        if (!e)
            return fail(e.error());
        query.entity = e.value()->name;
    }
    auto rows = Cooling::list(*context.db, query);
    if (!rows)
        return fail(rows.error());
    const Entity *entity = context.db->registry()->entity(query.entity);
    const Field *relationship = entity->field(QStringLiteral("relationship"));
    RowWriter writer(format, {{QStringLiteral("name")}, {QStringLiteral("last_activity_at")}, {QStringLiteral("days"), true},
                              {QStringLiteral("relationship")}, {QStringLiteral("id")}});
    for (const CoolingRecord &r : rows.value()) {
        const QString rel = relationship && !r.relationship.isEmpty()
                                ? (format == Format::Table ? relationship->optionLabel(r.relationship) : r.relationship)
                                : QString();
        writer.add({Cell::string(r.name),
                    Cell::string(r.lastActivityAt.isEmpty() ? (format == Format::Table ? Cli::tr("never reached") : QString())
                                                            : (format == Format::Table ? localTime(r.lastActivityAt) : r.lastActivityAt)),
                    Cell{r.days < 0 ? QString() : QString::number(r.days), r.days < 0 ? jsonNull() : QVariant(r.days)},
                    Cell::string(rel.isEmpty() ? QString() : rel), Cell::string(r.id)});
    }
    writer.finish();
    return Exit::Ok;
}

} // namespace

void appendTimelineCommands(QList<Command> &c)
{
    c.append({"timeline", "ENTITY ID [--kind KIND]... [--search TEXT] [--from DATE] [--to DATE] [--limit N] [--after CURSOR] [--format table|csv|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Show a record's timeline: activities, notes, changes, events, campaigns"),
              QT_TRANSLATE_NOOP("trato::Cli", "Newest first. An account's timeline also has the activities and notes of its contacts "
                "(column \"with\"). Field changes made in one write are one entry. KIND is activity, note, change, "
                "event (creation, import, merge, conversion) or campaign; repeat --kind or separate kinds with commas. "
                "--search keeps entries containing every word (accents and case ignored). --from/--to are UTC days, "
                "inclusive. At most --limit entries (default 50) are printed; when more follow, the cursor for the "
                "next page is printed on stderr: pass it as --after."),
              {{"kind", "KIND", QT_TRANSLATE_NOOP("trato::Cli", "Only entries of this kind (repeatable)"), true},
               {"search", "TEXT", QT_TRANSLATE_NOOP("trato::Cli", "Only entries containing every word")},
               {"from", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "Only entries on or after this day")},
               {"to", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "Only entries on or before this day")},
               {"limit", "N", QT_TRANSLATE_NOOP("trato::Cli", "Page size (default: 50)")},
               {"after", "CURSOR", QT_TRANSLATE_NOOP("trato::Cli", "Continue after this cursor (printed by the previous page)")},
               {"format", "table|csv|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: table)")}},
              2, 2, Command::OpenExisting, runTimeline});
    c.append({"note add", "ENTITY ID TEXT...", QT_TRANSLATE_NOOP("trato::Cli", "Add a note to an account, contact or lead; print its id"),
              nullptr, {}, 3, -1, Command::OpenExisting, runNoteAdd});
    c.append({"note list", "ENTITY ID [--format table|csv|json]", QT_TRANSLATE_NOOP("trato::Cli", "List a record's notes, newest first"),
              nullptr, {{"format", "table|csv|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: table)")}},
              2, 2, Command::OpenExisting, runNoteList});
    c.append({"note edit", "NOTE_ID TEXT...", QT_TRANSLATE_NOOP("trato::Cli", "Replace the text of a note"), nullptr,
              {}, 2, -1, Command::OpenExisting, runNoteEdit});
    c.append({"note delete", "NOTE_ID", QT_TRANSLATE_NOOP("trato::Cli", "Move a note to the Trash"), nullptr,
              {}, 1, 1, Command::OpenExisting, runNoteDelete});
    c.append({"cooling", "[--days N] [--entity contact|account] [--limit N] [--format table|csv|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "List contacts (or accounts) not reached for N days"),
              QT_TRANSLATE_NOOP("trato::Cli", "Records whose last activity is more than N days old (default 30), recently cooled first, "
                "then those never reached although an activity or note is already about them. Do-not-call "
                "contacts are left out."),
              {{"days", "N", QT_TRANSLATE_NOOP("trato::Cli", "Days without being reached (default: 30)")},
               {"entity", "contact|account", QT_TRANSLATE_NOOP("trato::Cli", "Which records (default: contact)")},
               {"limit", "N", QT_TRANSLATE_NOOP("trato::Cli", "At most N records")},
               {"format", "table|csv|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: table)")}},
              0, 0, Command::OpenExisting, runCooling});
}

} // namespace trato::cli
