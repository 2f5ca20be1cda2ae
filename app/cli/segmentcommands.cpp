// SPDX-License-Identifier: GPL-3.0-or-later
// segment add/list/show/delete, tag, untag, tags.
#include "commands.h"
#include "recordcolumns.h"

#include "metadata/registry.h"
#include "search/filter.h"
#include "search/segmentstore.h"
#include "search/tagstore.h"

namespace trato::cli {

namespace {

QString conditionsText(const Entity &entity, const Segment &s)
{
    QStringList parts;
    for (const Condition &c : s.conditions)
        parts << Filter::toText(entity, c);
    return parts.join(QStringLiteral("; "));
}

QString sortText(const Segment &s)
{
    if (s.sortField.isEmpty())
        return {};
    return s.sortField + (s.descending ? QStringLiteral(":desc") : QString());
}

} // namespace

int runSegmentAdd(Context &context, const Arguments &args)
{
    auto e = entityArgument(context, args.positional.at(0));
    if (!e)
        return fail(e.error());
    const Entity &entity = *e.value();
    Segment s;
    s.entity = entity.name;
    s.name = args.positional.at(1);
    s.search = args.value(QStringLiteral("search"));
    for (const QString &w : args.values(QStringLiteral("where"))) {
        auto c = Filter::parse(entity, w, context.locale, context.store.get());
        if (!c)
            return fail(Error{c.error().kind, entity.name + QStringLiteral(": ") + c.error().message});
        s.conditions << c.value();
    }
    if (args.has(QStringLiteral("sort"))) {
        auto sort = parseSortOption(args.value(QStringLiteral("sort")));
        if (!sort)
            return usageError(context, sort.error().message);
        s.sortField = sort.value().field;
        s.descending = sort.value().descending;
    }
    if (s.conditions.isEmpty() && s.search.trimmed().isEmpty())
        return fail(Error::badInput(Cli::tr("a segment needs at least one --where or a --search")));
    auto id = SegmentStore(*context.db).add(s);
    if (!id)
        return fail(id.error());
    writeOut(id.value() + QLatin1Char('\n'));
    return Exit::Ok;
}

int runSegmentList(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    QString entityName;
    if (!args.positional.isEmpty()) {
        auto e = entityArgument(context, args.positional.at(0));
        if (!e)
            return fail(e.error());
        entityName = e.value()->name;
    }
    auto segments = SegmentStore(*context.db).list(entityName);
    if (!segments)
        return fail(segments.error());
    RowWriter writer(format, {{QStringLiteral("name")}, {QStringLiteral("entity")}, {QStringLiteral("conditions")},
                              {QStringLiteral("search")}, {QStringLiteral("sort")}, {QStringLiteral("id")}});
    for (const Segment &s : segments.value()) {
        const Entity *entity = context.db->registry()->entity(s.entity);
        QVariantList conditions;
        for (const Condition &c : s.conditions)
            conditions << Filter::toText(*entity, c);
        writer.add({Cell::string(s.name), Cell::string(s.entity), Cell{conditionsText(*entity, s), conditions},
                    Cell::string(s.search), Cell::string(sortText(s)), Cell::string(s.id)});
    }
    writer.finish();
    return Exit::Ok;
}

int runSegmentShow(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Text, Format::Json}, Format::Text, &format, &code))
        return code;
    auto s = SegmentStore(*context.db).byName(args.positional.at(0));
    if (!s)
        return fail(s.error());
    const Segment &segment = s.value();
    const Entity *entity = context.db->registry()->entity(segment.entity);
    ListQuery countQuery = SegmentStore::toQuery(segment);
    auto count = context.store->count(countQuery);
    if (!count)
        return fail(count.error());
    if (format == Format::Json) {
        QVariantList conditions;
        for (const Condition &c : segment.conditions)
            conditions << Filter::toText(*entity, c);
        const JsonObject o = {{QStringLiteral("id"), segment.id}, {QStringLiteral("name"), segment.name},
                              {QStringLiteral("entity"), segment.entity}, {QStringLiteral("conditions"), conditions},
                              {QStringLiteral("search"), segment.search}, {QStringLiteral("sort"), sortText(segment)},
                              {QStringLiteral("records"), count.value()}};
        writeOut(toJson(QVariant::fromValue(o), true) + QLatin1Char('\n'));
        return Exit::Ok;
    }
    QList<QPair<QString, QString>> lines = {{Cli::tr("Name"), segment.name},
                                            {Cli::tr("Entity"), segment.entity},
                                            {Cli::tr("Id"), segment.id}};
    for (const Condition &c : segment.conditions)
        lines.append({Cli::tr("Where"), Filter::toText(*entity, c) + QStringLiteral("   (") + Filter::describe(*entity, c, context.locale) + QLatin1Char(')')});
    if (!segment.search.isEmpty())
        lines.append({Cli::tr("Search"), segment.search});
    if (!segment.sortField.isEmpty())
        lines.append({Cli::tr("Sort"), sortText(segment)});
    lines.append({Cli::tr("Records"), QString::number(count.value())});
    writeKeyValues(lines);
    return Exit::Ok;
}

int runSegmentDelete(Context &context, const Arguments &args)
{
    SegmentStore segments(*context.db);
    auto s = segments.byName(args.positional.at(0));
    if (!s)
        return fail(s.error());
    const Status removed = segments.remove(s.value().id);
    if (!removed)
        return fail(removed.error());
    return Exit::Ok;
}

namespace {

int changeTags(Context &context, const Arguments &args, bool add)
{
    auto e = entityArgument(context, args.positional.at(0));
    if (!e)
        return fail(e.error());
    const Status s = add ? TagStore(*context.db).tag(e.value()->name, {args.positional.at(1)}, args.positional.mid(2))
                         : TagStore(*context.db).untag(e.value()->name, {args.positional.at(1)}, args.positional.mid(2));
    if (!s)
        return fail(s.error());
    return Exit::Ok;
}

} // namespace

int runTag(Context &context, const Arguments &args)
{
    return changeTags(context, args, true);
}

int runUntag(Context &context, const Arguments &args)
{
    return changeTags(context, args, false);
}

int runTags(Context &context, const Arguments &args)
{
    auto e = entityArgument(context, args.positional.at(0));
    if (!e)
        return fail(e.error());
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    auto counts = TagStore(*context.db).counts(e.value()->name);
    if (!counts)
        return fail(counts.error());
    RowWriter writer(format, {{QStringLiteral("tag")}, {QStringLiteral("records"), true}});
    for (const TagCount &t : counts.value())
        writer.add({Cell::string(t.tag), Cell{QString::number(t.count), t.count}});
    writer.finish();
    return Exit::Ok;
}

} // namespace trato::cli
