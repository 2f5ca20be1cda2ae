// SPDX-License-Identifier: GPL-3.0-or-later
// history ENTITY ID and search TEXT.
#include "commands.h"

#include "metadata/registry.h"
#include "metadata/value.h"
#include "store/recordevent.h"
#include "search/globalsearch.h"

#include <QDateTime>

namespace trato::cli {

namespace {

// A logged value as people read it: picklist labels, locale dates, a related record's name.
QString displayValue(const Context &context, const Field *field, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    if (!field)  // a custom field removed since
        return value.toString();
    if (field->type == FieldType::Relation) {
        const QString name = context.store->displayName(field->relationTarget, value.toString());
        return name.isEmpty() ? value.toString() : name;
    }
    return Value::display(*field, value, context.locale);
}

QString changeText(const Context &context, const Field *field, const HistoryEntry &h)
{
    if (h.op == QLatin1String("insert"))
        return Cli::tr("created");
    if (h.op == QLatin1String("bulk"))
        return Cli::tr("created in bulk (%1)").arg(h.note);
    if (h.op == QLatin1String("event"))
        return RecordEvent::label(h.field) + QStringLiteral(": ") + h.note; // merges, lead conversions
    if (h.op == QLatin1String("purge"))
        return Cli::tr("purged");
    if (h.field == QLatin1String("deleted"))
        return h.newValue.toLongLong() ? Cli::tr("moved to the Trash") : Cli::tr("restored from the Trash");
    const QString empty = Cli::tr("(empty)");
    QString from = displayValue(context, field, h.oldValue);
    QString to = displayValue(context, field, h.newValue);
    return (from.isEmpty() ? empty : from) + QStringLiteral(" \u2192 ") + (to.isEmpty() ? empty : to);
}

QVariant jsonValue(const Field *field, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return jsonNull();
    return field ? Value::json(*field, value) : QVariant(value.toString());
}

} // namespace

int runHistory(Context &context, const Arguments &args)
{
    auto e = entityArgument(context, args.positional.at(0));
    if (!e)
        return fail(e.error());
    const Entity &entity = *e.value();
    const QString id = args.positional.at(1);
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    auto history = context.store->history(entity.name, id);
    if (!history)
        return fail(history.error());
    if (history.value().isEmpty()) {
        auto record = context.store->get(entity.name, id);  // a purged record still has its history
        if (!record)
            return fail(record.error());
    }

    QList<Column> columns;
    if (format == Format::Table) {
        columns = {{QStringLiteral("when")}, {QStringLiteral("who")}, {QStringLiteral("field")},
                   {QStringLiteral("change")}, {QStringLiteral("clock")}};
    } else {
        for (const char *name : {"at", "user", "op", "field", "old", "new", "clock", "note"})
            columns.append({QString::fromLatin1(name)});
    }
    RowWriter writer(format, columns);
    for (const HistoryEntry &h : history.value()) {
        const Field *field = h.field.isEmpty() ? nullptr : entity.field(h.field);
        if (format == Format::Table) {
            const QDateTime at = QDateTime::fromString(h.at, Qt::ISODate);
            writer.add({Cell::string(at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : h.at),
                        Cell::string(h.user.isEmpty() ? Cli::tr("outside Trato") : h.user),
                        Cell::string(h.field), Cell::string(changeText(context, field, h)), Cell::string(h.hlc)});
        } else {
            auto plain = [&](const QVariant &v) { return field ? Value::plain(*field, v) : v.toString(); };
            writer.add({Cell::string(h.at), Cell::string(h.user.isEmpty() ? QString() : h.user), Cell::string(h.op),
                        Cell::string(h.field.isEmpty() ? QString() : h.field),
                        Cell{plain(h.oldValue), jsonValue(field, h.oldValue)},
                        Cell{plain(h.newValue), jsonValue(field, h.newValue)}, Cell::string(h.hlc),
                        Cell::string(h.note.isEmpty() ? QString() : h.note)});
        }
    }
    writer.finish();
    return Exit::Ok;
}

int runSearch(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    qint64 limit = 10;
    if (!countOption(context, args, QStringLiteral("limit"), 10, &limit, &code))
        return code;
    auto hits = GlobalSearch(*context.db).search(args.positional.join(QLatin1Char(' ')), int(qMin<qint64>(limit, 1000000)));
    if (!hits)
        return fail(hits.error());
    RowWriter writer(format, {{QStringLiteral("entity")}, {QStringLiteral("id")}, {QStringLiteral("name")},
                              {QStringLiteral("detail")}});
    for (const SearchHit &h : hits.value())
        writer.add({Cell::string(h.entity), Cell::string(h.id), Cell::string(h.title),
                    Cell::string(h.detail.isEmpty() ? QString() : h.detail)});
    writer.finish();
    return Exit::Ok;
}

} // namespace trato::cli
