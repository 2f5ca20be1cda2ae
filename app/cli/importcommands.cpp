// SPDX-License-Identifier: GPL-3.0-or-later
// Import and export: import (and --revert), imports, export. The work is in core/importexport.
#include "commands.h"

#include "importexport/exporter.h"
#include "importexport/importer.h"
#include "importexport/importlog.h"
#include "metadata/registry.h"
#include "metadata/value.h"

#include <QFileInfo>

namespace trato::cli {

namespace {

// --delimiter: one character; "tab" and "\t" mean a tab.
bool delimiterOption(const Context &context, const Arguments &args, QChar *out, int *exitCode)
{
    if (!args.has(QStringLiteral("delimiter")))
        return true;
    const QString d = args.value(QStringLiteral("delimiter"));
    if (d == QLatin1String("tab") || d == QLatin1String("\\t"))
        *out = QLatin1Char('\t');
    else if (d.size() == 1 && d != QLatin1String("\"") && d != QLatin1String("\n"))
        *out = d.at(0);
    else {
        *exitCode = usageError(context, Cli::tr("--delimiter must be one character (or \"tab\"), not \"%1\"").arg(d));
        return false;
    }
    return true;
}

int runRevert(Context &context, const Arguments &args)
{
    ImportLog log(*context.db);
    auto r = log.revert(args.value(QStringLiteral("revert")), args.has(QStringLiteral("force")));
    if (!r)
        return fail(r.error());
    for (const QString &w : r.value().changedSince)
        writeErr(Cli::tr("warning: %1").arg(w) + QLatin1Char('\n'));
    writeOut(Cli::tr("Reverted import %1: %2 records deleted, %3 restored.")
                 .arg(args.value(QStringLiteral("revert")))
                 .arg(r.value().deleted)
                 .arg(r.value().restored)
             + QLatin1Char('\n'));
    return Exit::Ok;
}

} // namespace

int runImport(Context &context, const Arguments &args)
{
    if (args.has(QStringLiteral("revert"))) {
        if (!args.positional.isEmpty())
            return usageError(context, Cli::tr("import --revert IMPORT_ID takes no ENTITY or FILE"));
        return runRevert(context, args);
    }
    if (args.positional.size() != 2)
        return usageError(context, Cli::tr("import needs ENTITY and FILE (or --revert IMPORT_ID)"));
    auto e = entityArgument(context, args.positional.at(0));
    if (!e)
        return fail(e.error());
    int code = Exit::Ok;
    ImportOptions o;
    o.entity = e.value()->name;
    o.path = args.positional.at(1);
    if (!QFileInfo(o.path).isFile())
        return fail(Error::badInput(Cli::tr("%1: there is no such file").arg(o.path)));
    if (args.has(QStringLiteral("format")))
        o.format = args.value(QStringLiteral("format")) == QLatin1String("vcard") ? ImportFormat::VCard : ImportFormat::Csv;
    for (const QString &m : args.values(QStringLiteral("map"))) {
        const int eq = m.lastIndexOf(QLatin1Char('='));
        if (eq <= 0)
            return usageError(context, Cli::tr("--map \"%1\" is not HEADER=FIELD").arg(m));
        o.overrides.insert(m.left(eq), m.mid(eq + 1).trimmed());
    }
    if (args.has(QStringLiteral("on-duplicate")))
        duplicatePolicyFromName(args.value(QStringLiteral("on-duplicate")), &o.onDuplicate);
    o.dryRun = args.has(QStringLiteral("dry-run"));
    o.partial = args.has(QStringLiteral("partial"));
    o.createMissingRelations = args.has(QStringLiteral("create-missing"));
    o.phoneRegion = context.region;
    if (!delimiterOption(context, args, &o.csv.delimiter, &code))
        return code;
    if (args.has(QStringLiteral("encoding"))) {
        const QString enc = args.value(QStringLiteral("encoding"));
        if (enc == QLatin1String("utf-8"))
            o.csv.encoding = CsvEncoding::Utf8;
        else if (enc == QLatin1String("utf-16le"))
            o.csv.encoding = CsvEncoding::Utf16LE;
        else if (enc == QLatin1String("utf-16be"))
            o.csv.encoding = CsvEncoding::Utf16BE;
        else
            o.csv.encoding = CsvEncoding::Windows1252;
    }

    Importer importer(*context.db);
    auto r = importer.run(o);
    if (!r)
        return fail(r.error());
    const ImportSummary &s = r.value();
    for (const auto &w : s.warnings)
        writeErr(Cli::tr("warning: %1").arg(w) + QLatin1Char('\n'));
    for (const auto &issue : s.issues)
        writeErr(issue.text() + QLatin1Char('\n'));
    if (s.failed > s.issues.size())
        writeErr(Cli::tr("... and %1 more bad rows").arg(s.failed - s.issues.size()) + QLatin1Char('\n'));
    if (s.rejected) {
        writeErr(Cli::tr("trato-cli: nothing was imported: %1 of %2 rows have errors (fix them, or import the good rows with --partial)")
                     .arg(s.failed).arg(s.rows)
                 + QLatin1Char('\n'));
        return Exit::BadData;
    }
    QString out = Cli::tr("Created: %1").arg(s.created) + QLatin1Char('\n') + Cli::tr("Updated: %1").arg(s.updated) + QLatin1Char('\n')
        + Cli::tr("Skipped: %1").arg(s.skipped) + QLatin1Char('\n');
    if (s.failed > 0)
        out += Cli::tr("Failed: %1").arg(s.failed) + QLatin1Char('\n');
    if (s.relatedCreated > 0)
        out += Cli::tr("Related records created: %1").arg(s.relatedCreated) + QLatin1Char('\n');
    if (s.dryRun)
        out += Cli::tr("Dry run: nothing was written.") + QLatin1Char('\n');
    else
        out += Cli::tr("Import id: %1").arg(s.importId) + QLatin1Char('\n');
    writeOut(out);
    return Exit::Ok;
}

int runImports(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    ImportLog log(*context.db);
    auto list = log.list();
    if (!list)
        return fail(list.error());
    auto num = [](qint64 n) { return Cell{QString::number(n), QVariant(n)}; };
    RowWriter writer(format, {{QStringLiteral("id")}, {QStringLiteral("at")}, {QStringLiteral("entity")}, {QStringLiteral("file")},
                              {QStringLiteral("format")}, {QStringLiteral("policy")}, {QStringLiteral("created"), true},
                              {QStringLiteral("updated"), true}, {QStringLiteral("skipped"), true}, {QStringLiteral("failed"), true},
                              {QStringLiteral("status")}, {QStringLiteral("user")}});
    for (const ImportBatch &b : list.value())
        writer.add({Cell::string(b.id), Cell::string(b.at), Cell::string(b.entity), Cell::string(b.file), Cell::string(b.format),
                    Cell::string(b.policy), num(b.created), num(b.updated), num(b.skipped), num(b.failed), Cell::string(b.status),
                    Cell::string(b.user)});
    writer.finish();
    return Exit::Ok;
}

int runExport(Context &context, const Arguments &args)
{
    auto e = entityArgument(context, args.positional.at(0));
    if (!e)
        return fail(e.error());
    const Entity &entity = *e.value();
    int code = Exit::Ok;
    ExportOptions o;
    if (args.value(QStringLiteral("format")) == QLatin1String("vcard"))
        o.format = ExportFormat::VCard;
    if (!delimiterOption(context, args, &o.delimiter, &code))
        return code;
    if (args.has(QStringLiteral("encoding")))
        exportEncodingFromName(args.value(QStringLiteral("encoding")), &o.encoding);
    o.labelHeaders = args.has(QStringLiteral("labels"));
    ListQuery query;
    query.entity = entity.name;
    query.search = args.value(QStringLiteral("search"));
    for (const QString &w : args.values(QStringLiteral("where"))) {
        const int eq = w.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usageError(context, Cli::tr("--where \"%1\" is not FIELD=VALUE").arg(w));
        const Field *f = entity.field(w.left(eq).trimmed());
        if (!f)
            return fail(Error::badInput(Cli::tr("%1 has no field \"%2\"").arg(entity.name, w.left(eq).trimmed())));
        auto v = Value::parse(*f, w.mid(eq + 1), context.locale);
        if (!v)
            return fail(v.error());
        QVariant value = v.value();
        if (f->type == FieldType::Relation && !value.isNull()) {
            auto id = context.store->resolveRelation(*f, value.toString());
            if (!id)
                return fail(id.error());
            value = id.value();
        }
        query.where.append({f->name, value});
    }
    Exporter exporter(*context.db);
    auto r = exporter.run(query, args.positional.at(1), o);
    if (!r)
        return fail(r.error());
    writeOut(Cli::tr("Exported %1 records to %2.").arg(r.value()).arg(args.positional.at(1)) + QLatin1Char('\n'));
    return Exit::Ok;
}

} // namespace trato::cli
