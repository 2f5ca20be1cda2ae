// SPDX-License-Identifier: GPL-3.0-or-later
// The metadata on the command line: fields ENTITY, field add, field remove.
#include "commands.h"

#include "metadata/registry.h"
#include "store/customfields.h"

namespace trato::cli {

namespace {

QStringList typeNames()
{
    QStringList names;
    for (const FieldType t : allFieldTypes())
        names << fieldTypeName(t);
    return names;
}

QString flagsText(const Field &f)
{
    QStringList flags;
    if (f.required)
        flags << QStringLiteral("required");
    if (f.has(Field::InList))
        flags << QStringLiteral("list");
    if (f.has(Field::InForm))
        flags << QStringLiteral("form");
    if (f.has(Field::InSearch))
        flags << QStringLiteral("search");
    if (f.has(Field::InImport))
        flags << QStringLiteral("import");
    if (f.custom)
        flags << QStringLiteral("custom");
    if (f.system)
        flags << QStringLiteral("system");
    if (f.readOnly)
        flags << QStringLiteral("read-only");
    return flags.join(QLatin1Char(' '));
}

} // namespace

int runFields(Context &context, const Arguments &args)
{
    auto e = entityArgument(context, args.positional.at(0));
    if (!e)
        return fail(e.error());
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;

    QList<Column> columns = {{QStringLiteral("name")}, {QStringLiteral("type")}, {QStringLiteral("label")}};
    if (format == Format::Json) {
        for (const char *flag : {"required", "list", "form", "search", "import", "custom", "system", "read_only",
                                 "default", "options", "target"})
            columns.append({QString::fromLatin1(flag)});
    } else {
        // Options last and never cut: they are what people look up here.
        columns << Column{QStringLiteral("flags")} << Column{QStringLiteral("target")}
                << Column{QStringLiteral("options"), false, false};
    }
    RowWriter writer(format, columns);
    for (const Field &f : e.value()->fields) {
        QList<Cell> row = {Cell::string(f.name), Cell::string(fieldTypeName(f.type)), Cell::string(f.displayLabel())};
        QStringList optionText;
        QVariantList optionJson;
        for (const auto &o : f.options) {
            optionText << o.value + QLatin1Char('=') + f.optionLabel(o.value);
            optionJson << QVariant::fromValue(JsonObject{{QStringLiteral("value"), o.value},
                                                         {QStringLiteral("label"), f.optionLabel(o.value)}});
        }
        const QString target = f.type == FieldType::Relation ? f.relationTarget : QString();
        if (format == Format::Json) {
            for (const bool flag : {f.required, f.has(Field::InList), f.has(Field::InForm), f.has(Field::InSearch),
                                    f.has(Field::InImport), f.custom, f.system, f.readOnly})
                row << Cell{QString(), flag};
            row << Cell::string(f.defaultValue.isEmpty() ? QString() : f.defaultValue);
            row << Cell{QString(), optionJson};
            row << Cell::string(target.isEmpty() ? QString() : target);
        } else {
            row << Cell::string(flagsText(f)) << Cell::string(target)
                << Cell::string(optionText.join(QStringLiteral(", ")));
        }
        writer.add(row);
    }
    writer.finish();
    return Exit::Ok;
}

int runFieldAdd(Context &context, const Arguments &args)
{
    auto e = entityArgument(context, args.positional.at(0));
    if (!e)
        return fail(e.error());
    if (!args.has(QStringLiteral("type")))
        return usageError(context, Cli::tr("--type is required (one of: %1)").arg(typeNames().join(QStringLiteral(", "))));

    Field field;
    field.name = args.positional.at(1);
    const QString typeName = args.value(QStringLiteral("type"));
    if (!fieldTypeFromName(typeName, &field.type))
        return fail(Error::badInput(Cli::tr("unknown field type \"%1\"; the types are: %2")
                                        .arg(typeName, typeNames().join(QStringLiteral(", ")))));
    field.label = args.has(QStringLiteral("label")) ? args.value(QStringLiteral("label")) : field.name;
    field.required = args.has(QStringLiteral("required"));
    const bool picklist = field.type == FieldType::Picklist || field.type == FieldType::MultiPicklist;
    for (const QString &option : args.values(QStringLiteral("option"))) {
        if (!picklist)
            return fail(Error::badInput(Cli::tr("--option is only for picklist and multi_picklist fields")));
        const int eq = option.indexOf(QLatin1Char('='));
        const QString value = (eq < 0 ? option : option.left(eq)).trimmed();
        const QString label = eq < 0 ? value : option.mid(eq + 1).trimmed();
        if (value.isEmpty())
            return fail(Error::badInput(Cli::tr("--option \"%1\" has no value").arg(option)));
        field.options.append({value, label.isEmpty() ? value : label, {}});
    }
    if (args.has(QStringLiteral("target"))) {
        if (field.type != FieldType::Relation)
            return fail(Error::badInput(Cli::tr("--target is only for relation fields")));
        field.relationTarget = args.value(QStringLiteral("target"));
    }
    field.show = Field::InForm | Field::InImport;
    if (args.has(QStringLiteral("list")))
        field.show |= Field::InList;
    if (args.has(QStringLiteral("search")))
        field.show |= Field::InSearch;

    const Status s = CustomFields::add(*context.db, e.value()->name, field);
    return s ? int(Exit::Ok) : fail(s.error());
}

int runFieldRemove(Context &context, const Arguments &args)
{
    auto e = entityArgument(context, args.positional.at(0));
    if (!e)
        return fail(e.error());
    const Status s = CustomFields::remove(*context.db, e.value()->name, args.positional.at(1));
    return s ? int(Exit::Ok) : fail(s.error());
}

} // namespace trato::cli
