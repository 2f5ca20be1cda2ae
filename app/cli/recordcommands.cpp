// SPDX-License-Identifier: GPL-3.0-or-later
// Reading records: list, show, trash.
#include "commands.h"
#include "recordcolumns.h"

#include "metadata/registry.h"
#include "metadata/value.h"
#include "search/filter.h"
#include "search/segmentstore.h"
#include "store/listquery.h"


#include <functional>
#include <limits>
#include <optional>

namespace trato::cli {

namespace {

Error inEntity(const Entity &entity, const Error &error)
{
    return {error.kind, entity.name + QStringLiteral(": ") + error.message};
}

// Streams the query through RecordStore::forEach: `list contact --format csv` over a million
// contacts runs in constant memory and linear time.
Status forEachRecord(Context &context, const Entity &entity, const ListQuery &query,
                     const std::function<void(const Record &)> &visit)
{
    const Status s = context.store->forEach(query, [&visit](const Record &r) {
        visit(r);
        return true;
    });
    if (!s)
        return Error{s.error().kind, Cli::tr("Cannot read %1: %2").arg(entity.name, s.error().message)};
    return {};
}

// "--where city=Madrid", "annual_revenue>=100000", "updated_at>90d": see Filter::parse. Values are
// read with the field's type like any input; errors name the entity and the condition.
bool whereCondition(Context &context, const Entity &entity, const QString &text, Condition *out, int *exitCode)
{
    auto c = Filter::parse(entity, text, context.locale, context.store.get());
    if (!c) {
        *exitCode = fail(inEntity(entity, c.error()));
        return false;
    }
    *out = c.value();
    return true;
}

} // namespace

int runList(Context &context, const Arguments &args)
{
    auto e = entityArgument(context, args.positional.at(0));
    if (!e)
        return fail(e.error());
    const Entity &entity = *e.value();
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;

    ListQuery query;
    query.entity = entity.name;
    query.search = args.value(QStringLiteral("search"));
    query.deleted = args.has(QStringLiteral("deleted")) ? ListQuery::OnlyDeleted : ListQuery::Active;
    query.descending = entity.defaultSortDescending; // the ledger and documents: newest first
    if (args.has(QStringLiteral("segment"))) {
        // The segment's conditions, search and sort; --where, --search and --sort add to them.
        auto segment = SegmentStore(*context.db).byName(args.value(QStringLiteral("segment")));
        if (!segment)
            return fail(segment.error());
        if (segment.value().entity != entity.name)
            return fail(Error::badInput(Cli::tr("segment \"%1\" lists %2 records, not %3")
                                            .arg(segment.value().name, segment.value().entity, entity.name)));
        const ListQuery saved = SegmentStore::toQuery(segment.value());
        query.conditions = saved.conditions;
        query.sortField = saved.sortField;
        query.descending = saved.descending;
        if (query.search.isEmpty())
            query.search = saved.search;
        else if (!saved.search.isEmpty())
            query.search = saved.search + QLatin1Char(' ') + query.search;
    }
    for (const QString &w : args.values(QStringLiteral("where"))) {
        Condition condition;
        if (!whereCondition(context, entity, w, &condition, &code))
            return code;
        query.conditions << condition;
    }
    if (args.has(QStringLiteral("sort"))) {
        auto sort = parseSortOption(args.value(QStringLiteral("sort")));
        if (!sort)
            return usageError(context, sort.error().message);
        query.sortField = sort.value().field;
        query.descending = sort.value().descending;
        if (!entity.field(query.sortField)) {
            auto known = RecordColumns::parseFieldList(entity, query.sortField);
            return fail(known.error());
        }
    }
    qint64 limit = -1, offset = 0;
    if (!countOption(context, args, QStringLiteral("limit"), -1, &limit, &code)
        || !countOption(context, args, QStringLiteral("offset"), 0, &offset, &code))
        return code;

    QList<const Field *> fields;
    if (args.has(QStringLiteral("fields"))) {
        auto parsed = RecordColumns::parseFieldList(entity, args.value(QStringLiteral("fields")));
        if (!parsed)
            return fail(parsed.error());
        fields = parsed.value();
    } else {
        fields = format == Format::Table ? RecordColumns::listFields(entity) : RecordColumns::allFields(entity);
    }
    const RecordColumns columns(entity, fields, format);
    query.columns = columns.queryColumns();

    query.limit = limit < 0 ? -1 : int(qMin<qint64>(limit, std::numeric_limits<int>::max()));
    query.offset = int(qMin<qint64>(offset, std::numeric_limits<int>::max()));
    if (query.limit < 0 && query.offset > 0)
        query.limit = std::numeric_limits<int>::max();   // OFFSET needs a LIMIT in SQL
    // The writer starts with the first row, so a query that fails prints no header.
    std::optional<RowWriter> writer;
    const Status s = forEachRecord(context, entity, query, [&](const Record &r) {
        if (!writer)
            writer.emplace(format, columns.columns());
        writer->add(columns.cells(r));
    });
    if (!s)
        return fail(s.error());
    if (!writer)
        writer.emplace(format, columns.columns());
    writer->finish();
    return Exit::Ok;
}

int runShow(Context &context, const Arguments &args)
{
    auto e = entityArgument(context, args.positional.at(0));
    if (!e)
        return fail(e.error());
    const Entity &entity = *e.value();
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Text, Format::Json}, Format::Text, &format, &code))
        return code;
    auto record = context.store->get(entity.name, args.positional.at(1));
    if (!record)
        return fail(record.error());
    const QList<const Field *> fields = RecordColumns::allFields(entity);
    if (format == Format::Json) {
        writeOut(toJson(RecordColumns(entity, fields, Format::Json).json(record.value()), true) + QLatin1Char('\n'));
        return Exit::Ok;
    }
    QList<QPair<QString, QString>> lines;
    for (const Field *f : fields) {
        const QVariant v = record.value().value(f->name);
        QString text;
        if (f->type == FieldType::Relation && !v.isNull() && !v.toString().isEmpty()) {
            const QString title = record.value().value(f->name + QStringLiteral("__title")).toString();
            text = title.isEmpty() ? v.toString() : QStringLiteral("%1 (%2)").arg(title, v.toString());
        } else {
            text = Value::display(*f, v, context.locale);
        }
        lines.append({f->displayLabel(), text});
    }
    writeKeyValues(lines);
    return Exit::Ok;
}

int runTrash(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    QList<const Entity *> entities;
    if (!args.positional.isEmpty()) {
        auto e = entityArgument(context, args.positional.at(0));
        if (!e)
            return fail(e.error());
        entities << e.value();
    } else {
        entities = context.db->registry()->entities();
    }
    // Collect first: an error on the second entity must not leave half a table behind.
    QList<QList<Cell>> rows;
    for (const Entity *entity : entities) {
        ListQuery query;
        query.entity = entity->name;
        query.deleted = ListQuery::OnlyDeleted;
        query.sortField = QStringLiteral("updated_at");
        query.descending = true;
        query.columns = entity->titleFields;
        query.columns << QStringLiteral("updated_at");
        auto records = context.store->list(query);
        if (!records)
            return fail(records.error());
        for (const Record &r : records.value()) {
            const QString deletedAt = r.value(QStringLiteral("updated_at")).toString();
            rows.append({Cell::string(entity->name), Cell::string(r.value(QStringLiteral("id")).toString()),
                         Cell::string(recordTitle(*entity, r)), Cell::string(deletedAt)});
        }
    }
    RowWriter writer(format, {{QStringLiteral("entity")}, {QStringLiteral("id")}, {QStringLiteral("name")},
                              {QStringLiteral("deleted_at")}});
    for (const auto &row : rows)
        writer.add(row);
    writer.finish();
    return Exit::Ok;
}

} // namespace trato::cli
