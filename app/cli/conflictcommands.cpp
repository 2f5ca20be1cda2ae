// SPDX-License-Identifier: GPL-3.0-or-later
// conflicts list|show|keep|restore: the losing values of sync merges, for review
// (core/sync: SyncConflicts). Part of `appendSyncCommands` (synccommands.cpp).
#include "serveraccess.h"

#include "metadata/registry.h"
#include "sync/syncengine.h"
#include "sync/valuecodec.h"

namespace trato::cli {

namespace {

// ---- conflicts ---------------------------------------------------------------------------

// An id, or the start of exactly one (ids are long: "conflicts keep 0193f2" is enough).
Result<SyncConflict> findConflict(const SyncConflicts &conflicts, const QString &id)
{
    auto exact = conflicts.get(id);
    if (exact || exact.error().kind != Error::NotFound || id.size() < 4)
        return exact;
    auto all = conflicts.list(true);
    if (!all)
        return all.error();
    QList<SyncConflict> matches;
    for (const SyncConflict &c : all.value())
        if (c.id.startsWith(id, Qt::CaseInsensitive))
            matches << c;
    if (matches.size() == 1)
        return matches.front();
    if (matches.size() > 1)
        return Error::badInput(Cli::tr("\"%1\" starts %2 conflict ids: give more of it").arg(id).arg(matches.size()));
    return exact;
}

QString fieldLabel(const Context &context, const SyncConflict &c)
{
    if (c.field == QLatin1String("deleted"))
        return Cli::tr("deleted");
    const Entity *e = context.db->registry()->entity(c.entity);
    const Field *f = e ? e->field(c.field) : nullptr;
    return f ? f->displayLabel() : c.field;
}

QString reasonText(const QString &reason)
{
    if (reason == QLatin1String("concurrent"))
        return Cli::tr("changed in two places while apart");
    if (reason == QLatin1String("denied"))
        return Cli::tr("refused by the server (no right to change it)");
    if (reason == QLatin1String("deleted"))
        return Cli::tr("changed here, deleted elsewhere");
    return reason;
}

QString resolutionText(const QString &resolution)
{
    if (resolution.isEmpty())
        return Cli::tr("open");
    if (resolution == QLatin1String("kept"))
        return Cli::tr("kept the winner");
    if (resolution == QLatin1String("restored"))
        return Cli::tr("restored the other value");
    return resolution;
}

JsonObject conflictJson(const Context &context, const SyncConflict &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("entity"), c.entity},
            {QStringLiteral("record_id"), c.recordId},
            {QStringLiteral("record"), jsonText(c.recordTitle)},
            {QStringLiteral("field"), c.field},
            {QStringLiteral("field_label"), fieldLabel(context, c)},
            {QStringLiteral("reason"), c.reason},
            {QStringLiteral("winner_value"), jsonText(ValueCodec::display(c.winnerValue))},
            {QStringLiteral("winner_user"), jsonText(c.winnerUser)},
            {QStringLiteral("winner_hlc"), jsonText(c.winnerHlc)},
            {QStringLiteral("loser_value"), jsonText(ValueCodec::display(c.loserValue))},
            {QStringLiteral("loser_user"), jsonText(c.loserUser)},
            {QStringLiteral("loser_hlc"), jsonText(c.loserHlc)},
            {QStringLiteral("at"), jsonText(timeText(c.at))},
            {QStringLiteral("resolution"), jsonText(c.resolution)}};
}

int runConflictsList(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    const bool all = args.has(QStringLiteral("all"));
    auto list = SyncConflicts(*context.db).list(all);
    if (!list)
        return fail(list.error());
    if (format == Format::Json) {
        QVariantList out;
        for (const SyncConflict &c : list.value())
            out << QVariant::fromValue(conflictJson(context, c));
        writeOut(toJson(out, true) + QLatin1Char('\n'));
        return Exit::Ok;
    }
    QList<Column> columns{{QStringLiteral("id")}, {QStringLiteral("entity")}, {QStringLiteral("record")}, {QStringLiteral("field")},
                          {QStringLiteral("reason")}, {QStringLiteral("winner")}, {QStringLiteral("winner_user")},
                          {QStringLiteral("loser")}, {QStringLiteral("loser_user")}, {QStringLiteral("at")}};
    if (all)
        columns << Column{QStringLiteral("resolution")};
    RowWriter writer(format, columns);
    for (const SyncConflict &c : list.value()) {
        QList<Cell> row{Cell::string(c.id), Cell::string(c.entity), Cell::string(c.recordTitle.isEmpty() ? c.recordId : c.recordTitle),
                        Cell::string(c.field), Cell::string(c.reason), Cell::string(ValueCodec::display(c.winnerValue)),
                        Cell::string(c.winnerUser), Cell::string(ValueCodec::display(c.loserValue)), Cell::string(c.loserUser),
                        Cell::string(timeText(c.at))};
        if (all)
            row << Cell::string(c.resolution.isEmpty() ? QStringLiteral("open") : c.resolution);
        writer.add(row);
    }
    writer.finish();
    if (format == Format::Table && list.value().isEmpty())
        writeErr((all ? Cli::tr("No conflicts.") : Cli::tr("No open conflicts.")) + QLatin1Char('\n'));
    return Exit::Ok;
}

int runConflictsShow(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Text, Format::Json}, Format::Text, &format, &code))
        return code;
    const SyncConflicts conflicts(*context.db);
    auto c = findConflict(conflicts, args.positional.at(0));
    if (!c)
        return fail(c.error());
    if (format == Format::Json) {
        writeOut(toJson(QVariant::fromValue(conflictJson(context, c.value())), true) + QLatin1Char('\n'));
        return Exit::Ok;
    }
    const SyncConflict &v = c.value();
    const QString empty = Cli::tr("(empty)");
    auto value = [&](const QString &json) {
        const QString text = ValueCodec::display(json);
        return text.isEmpty() ? empty : text;
    };
    auto who = [](const QString &user, const QString &hlc) {
        return hlc.isEmpty() ? user : Cli::tr("%1 (clock %2)").arg(user, hlc);
    };
    writeKeyValues({{Cli::tr("Conflict"), v.id},
                    {Cli::tr("Record"), QStringLiteral("%1 %2 (%3)").arg(v.entity, v.recordTitle, v.recordId)},
                    {Cli::tr("Field"), fieldLabel(context, v)},
                    {Cli::tr("Why"), reasonText(v.reason)},
                    {Cli::tr("Value now"), value(v.winnerValue)},
                    {Cli::tr("Written by"), who(v.winnerUser, v.winnerHlc)},
                    {Cli::tr("Other value"), value(v.loserValue)},
                    {Cli::tr("Written by"), who(v.loserUser, v.loserHlc)},
                    {Cli::tr("Decided at"), timeText(v.at)},
                    {Cli::tr("Resolution"), resolutionText(v.resolution)}});
    return Exit::Ok;
}

int runConflictsKeep(Context &context, const Arguments &args)
{
    SyncConflicts conflicts(*context.db);
    auto c = findConflict(conflicts, args.positional.at(0));
    if (!c)
        return fail(c.error());
    if (Status s = conflicts.keep(c->id); !s)
        return fail(s.error());
    writeOut(Cli::tr("Conflict %1 closed: %2 stays \"%3\".").arg(c->id, fieldLabel(context, c.value()), ValueCodec::display(c->winnerValue))
             + QLatin1Char('\n'));
    return Exit::Ok;
}

int runConflictsRestore(Context &context, const Arguments &args)
{
    SyncConflicts conflicts(*context.db);
    auto c = findConflict(conflicts, args.positional.at(0));
    if (!c)
        return fail(c.error());
    if (Status s = conflicts.restore(c->id); !s)
        return fail(s.error());
    writeOut(Cli::tr("Conflict %1 closed: %2 is \"%3\" again; it goes to the team at the next sync.")
                 .arg(c->id, fieldLabel(context, c.value()), ValueCodec::display(c->loserValue))
             + QLatin1Char('\n'));
    return Exit::Ok;
}


} // namespace

void appendConflictCommands(QList<Command> &c)
{
    c.append({"conflicts list", "[--all] [--format table|csv|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "List the open sync conflicts: both values, who and when"),
              QT_TRANSLATE_NOOP("trato::Cli", "The winner is the value everybody has now; the loser is kept here for review. --all adds "
                "the resolved ones."),
              {{"all", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Include resolved conflicts")}, kListFormat},
              0, 0, Command::OpenExisting, runConflictsList});
    c.append({"conflicts show", "ID [--format text|json]", QT_TRANSLATE_NOOP("trato::Cli", "Show one conflict"),
              QT_TRANSLATE_NOOP("trato::Cli", "ID may be the start of an id when it names only one conflict."),
              {{"format", "text|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: text)")}},
              1, 1, Command::OpenExisting, runConflictsShow});
    c.append({"conflicts keep", "ID", QT_TRANSLATE_NOOP("trato::Cli", "Close a conflict keeping the value everybody has now"), nullptr,
              {}, 1, 1, Command::OpenExisting, runConflictsKeep});
    c.append({"conflicts restore", "ID", QT_TRANSLATE_NOOP("trato::Cli", "Close a conflict writing the other value again"),
              QT_TRANSLATE_NOOP("trato::Cli", "The value that lost is written again as a new change of yours and goes to the team at the "
                "next sync. A change the server refused cannot be restored."),
              {}, 1, 1, Command::OpenExisting, runConflictsRestore});
}

} // namespace trato::cli
