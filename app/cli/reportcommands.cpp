// SPDX-License-Identifier: GPL-3.0-or-later
// report list, show, run, import, rename, duplicate, delete: the report builder's saved reports
// (core/analytics/reportservice.h).
#include "commands.h"

#include "analytics/reportservice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#ifdef TRATO_CLI_PDF
#include "printing/tableprinter.h"
#endif

namespace trato::cli {

namespace {

// A file we are about to write: its folder must exist and be writable. Checked before the report
// runs, so a bad path costs nothing and leaves nothing behind.
bool writablePath(const Context &context, const QString &option, const QString &path, int *exitCode)
{
    const QFileInfo info(path);
    if (path.trimmed().isEmpty() || info.isDir() || !info.absoluteDir().exists() || !QFileInfo(info.absolutePath()).isWritable()
        || (info.exists() && !info.isWritable())) {
        *exitCode = usageError(context, Cli::tr("--%1: cannot write \"%2\" (no such folder, or no permission)").arg(option, path));
        return false;
    }
    return true;
}

int runReportList(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    auto reports = ReportService::list(*context.db);
    if (!reports)
        return fail(reports.error());
    RowWriter out(format, {{QStringLiteral("id")}, {QStringLiteral("name")}, {QStringLiteral("entity")}, {QStringLiteral("shared")},
                           {QStringLiteral("owner")}, {QStringLiteral("last_run")}, {QStringLiteral("problems"), false, true}});
    for (const SavedReport &r : reports.value()) {
        QString problems = r.problems;
        problems.replace(QLatin1Char('\n'), QStringLiteral(" | "));
        out.add({Cell::string(r.id), Cell::string(r.name), Cell::string(r.entity),
                 {r.shared ? QStringLiteral("yes") : QStringLiteral("no"), r.shared},
                 Cell::string(r.owner), Cell::string(r.lastRunAt),
                 {problems.isEmpty() ? QString() : QStringLiteral("⚠ ") + problems, problems.isEmpty() ? jsonNull() : QVariant(problems)}});
    }
    out.finish();
    return Exit::Ok;
}

int runReportShow(Context &context, const Arguments &args)
{
    auto r = ReportService::find(*context.db, args.positional.at(0));
    if (!r)
        return fail(r.error());
    auto def = ReportDefinition::fromJsonText(r->definitionText);
    if (!def)
        return fail(def.error());
    QJsonObject o = def->toJson();
    o.insert(QStringLiteral("name"), r->name);
    o.insert(QStringLiteral("shared"), r->shared);
    if (!r->description.isEmpty())
        o.insert(QStringLiteral("description"), r->description);
    writeOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    if (!r->problems.isEmpty())
        writeErr(Cli::tr("Problems:") + QLatin1Char('\n') + r->problems + QLatin1Char('\n'));
    return Exit::Ok;
}

int runReportRun(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    ReportRunOptions o;
    o.locale = context.locale;
    o.period = args.value(QStringLiteral("period")).trimmed();
    o.dropBroken = args.has(QStringLiteral("drop-broken"));
    if (args.has(QStringLiteral("today"))) {
        o.today = QDate::fromString(args.value(QStringLiteral("today")).trimmed(), Qt::ISODate);
        if (!o.today.isValid())
            return usageError(context, Cli::tr("--today: \"%1\" is not a date (use YYYY-MM-DD)").arg(args.value(QStringLiteral("today"))));
    }
    const QString csvPath = args.value(QStringLiteral("csv"));
    const QString pdfPath = args.value(QStringLiteral("pdf"));
    if (args.has(QStringLiteral("csv")) && !writablePath(context, QStringLiteral("csv"), csvPath, &code))
        return code;
    if (args.has(QStringLiteral("pdf"))) {
#ifndef TRATO_CLI_PDF
        return fail(Error::failure(Cli::tr("this trato-cli was built without PDF output (no QtGui)")));
#endif
        if (!writablePath(context, QStringLiteral("pdf"), pdfPath, &code))
            return code;
    }
    auto report = ReportService::find(*context.db, args.positional.at(0));
    if (!report)
        return fail(report.error());
    // CSV, the table and JSON: locale-independent values; the PDF: as people read them.
    o.plainValues = !args.has(QStringLiteral("pdf"));
    auto result = ReportService::run(*context.db, report.value(), o);
    if (!result)
        return fail(result.error());
    const ReportTable &t = result->table;
    if (args.has(QStringLiteral("csv"))) {
        if (Status s = ReportEngine::writeCsv(t, csvPath); !s)
            return fail(s.error());
        writeErr(Cli::tr("Wrote %1 (%2 rows)").arg(csvPath).arg(result->dataRows) + QLatin1Char('\n'));
    }
#ifdef TRATO_CLI_PDF
    if (args.has(QStringLiteral("pdf"))) {
        if (Status s = TablePrinter::writePdf(t, pdfPath); !s)
            return fail(s.error());
        writeErr(Cli::tr("Wrote %1 (%2 rows)").arg(pdfPath).arg(result->dataRows) + QLatin1Char('\n'));
    }
#endif
    if (args.has(QStringLiteral("csv")) || args.has(QStringLiteral("pdf")))
        return Exit::Ok;
    if (format == Format::Json) {
        QVariantList rows;
        for (int i = 0; i < t.rows.size(); ++i) {
            JsonObject row{{QStringLiteral("kind"), t.rowKind(i) == ReportTable::Data ? QStringLiteral("row")
                                                    : t.rowKind(i) == ReportTable::GroupHeader ? QStringLiteral("group")
                                                                                               : QStringLiteral("subtotal")}};
            if (!t.rowIds.value(i).isEmpty())
                row.append({QStringLiteral("id"), t.rowIds.at(i)});
            row.append({QStringLiteral("cells"), QVariant(t.rows.at(i))});
            rows << QVariant::fromValue(row);
        }
        JsonObject doc{{QStringLiteral("title"), t.title},
                       {QStringLiteral("filters"), t.filters},
                       {QStringLiteral("date"), t.date.toString(Qt::ISODate)},
                       {QStringLiteral("headers"), QVariant(t.headers)},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("totals"), t.totals.isEmpty() ? jsonNull() : QVariant(t.totals)}};
        writeOut(toJson(QVariant::fromValue(doc), true) + QLatin1Char('\n'));
        return Exit::Ok;
    }
    writeTableRows(t, format, t.headers);
    return Exit::Ok;
}

int runReportImport(Context &context, const Arguments &args)
{
    const QString path = args.positional.at(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::badInput(Cli::tr("Cannot read %1: %2").arg(path, file.errorString())));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return fail(Error::badInput(Cli::tr("%1 is not a JSON object: %2").arg(path, err.errorString())));
    const QJsonObject o = doc.object();
    auto def = ReportDefinition::fromJson(o.contains(QStringLiteral("definition")) ? o.value(QStringLiteral("definition")).toObject() : o);
    if (!def)
        return fail(Error::badInput(path + QStringLiteral(": ") + def.error().message));
    const QString name = args.has(QStringLiteral("name")) ? args.value(QStringLiteral("name")) : o.value(QStringLiteral("name")).toString();
    if (name.trimmed().isEmpty())
        return usageError(context, Cli::tr("the report needs a name: --name NAME or \"name\" in the file"));
    const bool shared = args.has(QStringLiteral("shared")) || o.value(QStringLiteral("shared")).toBool();
    auto id = ReportService::save(*context.db, name, def.value(), shared, o.value(QStringLiteral("description")).toString());
    if (!id)
        return fail(id.error());
    writeOut(id.value() + QLatin1Char('\n'));
    return Exit::Ok;
}

int runReportRename(Context &context, const Arguments &args)
{
    auto r = ReportService::find(*context.db, args.positional.at(0));
    if (!r)
        return fail(r.error());
    if (Status s = ReportService::rename(*context.db, r->id, args.positional.at(1)); !s)
        return fail(s.error());
    return Exit::Ok;
}

int runReportDuplicate(Context &context, const Arguments &args)
{
    auto r = ReportService::find(*context.db, args.positional.at(0));
    if (!r)
        return fail(r.error());
    auto id = ReportService::duplicate(*context.db, r->id, args.positional.at(1));
    if (!id)
        return fail(id.error());
    writeOut(id.value() + QLatin1Char('\n'));
    return Exit::Ok;
}

int runReportDelete(Context &context, const Arguments &args)
{
    auto r = ReportService::find(*context.db, args.positional.at(0));
    if (!r)
        return fail(r.error());
    if (Status s = ReportService::remove(*context.db, r->id); !s)
        return fail(s.error());
    return Exit::Ok;
}

} // namespace

void appendReportCommands(QList<Command> &c)
{
    c.append({"report list", "[--format table|csv|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Saved reports you can see: yours and the shared ones"),
              QT_TRANSLATE_NOOP("trato::Cli", "Name, base entity, shared, owner, last run and problems. Every report is first checked "
                "against the current fields: one that refers to a removed field or relation is flagged (⚠ and the reason), never lost."),
              {{"format", "table|csv|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: table)")}},
              0, 0, Command::OpenExisting, runReportList});
    c.append({"report show", "NAME",
              QT_TRANSLATE_NOOP("trato::Cli", "A saved report's definition as JSON (re-importable with report import)"),
              nullptr, {}, 1, 1, Command::OpenExisting, runReportShow});
    c.append({"report run", "NAME [--csv FILE] [--pdf FILE] [--period KEY] [--today DATE] [--drop-broken] [--format table|csv|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Run a saved report: a table on stdout, or a CSV or PDF file"),
              QT_TRANSLATE_NOOP("trato::Cli", "NAME is the report's name or id. Groups appear as header and subtotal rows, the totals "
                "last. --period replaces the period of the report's relative-date filters (this_month, last_quarter, 2026-Q1, "
                "2026-01-01..2026-03-31). A report with broken references refuses to run and says why; --drop-broken runs it without "
                "them. A file that cannot be written is refused before the report runs (exit 1) and nothing is left behind."),
              {{"csv", "FILE", QT_TRANSLATE_NOOP("trato::Cli", "Write the report as CSV (UTF-8, CRLF) to FILE")},
               {"pdf", "FILE", QT_TRANSLATE_NOOP("trato::Cli", "Write the report as a PDF to FILE")},
               {"period", "KEY", QT_TRANSLATE_NOOP("trato::Cli", "The period of relative-date filters")},
               {"today", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "Take this day as today (relative periods)")},
               {"drop-broken", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Run without the columns, filters and groups that no longer resolve")},
               {"format", "table|csv|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format on stdout (default: table)")}},
              1, 1, Command::OpenExisting, runReportRun});
    c.append({"report import", "FILE.json [--name NAME] [--shared]",
              QT_TRANSLATE_NOOP("trato::Cli", "Save a report from a JSON definition"),
              QT_TRANSLATE_NOOP("trato::Cli", "The file holds a report definition (see docs/CLI.md and core/analytics/reportdefinition.h: "
                "entity, columns, filters, groups, sort, totals, chart), optionally with name, shared and description. The report "
                "is yours; --shared makes it visible to everyone. Unknown fields or relations are refused, naming them."),
              {{"name", "NAME", QT_TRANSLATE_NOOP("trato::Cli", "The report's name (default: \"name\" in the file)")},
               {"shared", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Visible to everyone")}},
              1, 1, Command::OpenExisting, runReportImport});
    c.append({"report rename", "NAME NEW_NAME", QT_TRANSLATE_NOOP("trato::Cli", "Rename one of your reports"), nullptr, {}, 2, 2,
              Command::OpenExisting, runReportRename});
    c.append({"report duplicate", "NAME NEW_NAME",
              QT_TRANSLATE_NOOP("trato::Cli", "Copy a report you can see into a private report of yours"), nullptr, {}, 2, 2,
              Command::OpenExisting, runReportDuplicate});
    c.append({"report delete", "NAME", QT_TRANSLATE_NOOP("trato::Cli", "Delete one of your reports (to the Trash)"), nullptr, {}, 1, 1,
              Command::OpenExisting, runReportDelete});
}

} // namespace trato::cli
