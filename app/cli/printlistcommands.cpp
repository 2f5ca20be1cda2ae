// SPDX-License-Identifier: GPL-3.0-or-later
// print list, print record (analytics: printing): any list, with the filters of `list`, and any record
// to a PDF, painted by the desktop application's own printers (ui/printing/listprinter, recordprinter).
#include "commands.h"
#include "recordcolumns.h"

#include "analytics/recordreport.h"
#include "metadata/registry.h"
#include "search/filter.h"
#include "store/listquery.h"

#ifdef TRATO_CLI_PDF
#include "printing/listprinter.h"
#include "printing/recordprinter.h"
#endif

namespace trato::cli {

namespace {

bool printDate(const Context &context, const Arguments &args, QDate *out, int *exitCode)
{
    *out = QDate::currentDate();
    if (!args.has(QStringLiteral("today")))
        return true;
    const QString text = args.value(QStringLiteral("today")).trimmed();
    QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid()) {
        *exitCode = usageError(context, Cli::tr("--today: \"%1\" is not a date (use YYYY-MM-DD)").arg(text));
        return false;
    }
    *out = d;
    return true;
}

bool pdfPath(const Context &context, const Arguments &args, QString *out, int *exitCode)
{
    *out = args.value(QStringLiteral("pdf"));
    if (out->trimmed().isEmpty()) {
        *exitCode = usageError(context, Cli::tr("--pdf FILE is required (where to write the PDF)"));
        return false;
    }
    return true;
}

int runPrintList(Context &context, const Arguments &args)
{
    auto e = entityArgument(context, args.positional.at(0));
    if (!e)
        return fail(e.error());
    const Entity &entity = *e.value();
    int code = Exit::Ok;
    QString path;
    QDate today;
    if (!pdfPath(context, args, &path, &code) || !printDate(context, args, &today, &code))
        return code;

    ListQuery query;
    query.entity = entity.name;
    query.search = args.value(QStringLiteral("search"));
    query.descending = entity.defaultSortDescending;
    for (const QString &w : args.values(QStringLiteral("where"))) {
        auto c = Filter::parse(entity, w, context.locale, context.store.get());
        if (!c)
            return fail(Error{c.error().kind, entity.name + QStringLiteral(": ") + c.error().message});
        query.conditions << c.value();
    }
    if (args.has(QStringLiteral("sort"))) {
        auto sort = parseSortOption(args.value(QStringLiteral("sort")));
        if (!sort)
            return usageError(context, sort.error().message);
        if (!entity.field(sort.value().field))
            return fail(RecordColumns::parseFieldList(entity, sort.value().field).error());
        query.sortField = sort.value().field;
        query.descending = sort.value().descending;
    }
    QStringList fields;
    if (args.has(QStringLiteral("columns"))) {
        auto parsed = RecordColumns::parseFieldList(entity, args.value(QStringLiteral("columns")));
        if (!parsed)
            return fail(parsed.error());
        for (const Field *f : parsed.value())
            fields << f->name;
    } else {
        for (const Field *f : entity.fieldsWith(Field::InList))
            fields << f->name;
    }
#ifdef TRATO_CLI_PDF
    int lastPage = 0;
    const Status s = ListPrinter::writePdf(*context.db, query, fields, today, path,
                                           [&lastPage](int page, int) {
                                               lastPage = page;
                                               return true;
                                           },
                                           context.locale);
    if (!s)
        return fail(s.error());
    writeErr(Cli::tr("Wrote %1 (pages: %2)").arg(path).arg(lastPage) + QLatin1Char('\n'));
    return Exit::Ok;
#else
    Q_UNUSED(today);
    Q_UNUSED(fields);
    return fail(Error::failure(Cli::tr("this trato-cli was built without PDF output (no QtGui)")));
#endif
}

int runPrintRecord(Context &context, const Arguments &args)
{
    auto e = entityArgument(context, args.positional.at(0));
    if (!e)
        return fail(e.error());
    int code = Exit::Ok;
    QString path;
    QDate today;
    if (!pdfPath(context, args, &path, &code) || !printDate(context, args, &today, &code))
        return code;
    qint64 related = 0;
    if (!countOption(context, args, QStringLiteral("related"), 0, &related, &code))
        return code;
    auto record = RecordReport::load(*context.db, e.value()->name, args.positional.at(1), today, context.locale,
                                     int(qMin<qint64>(related, 1000)));
    if (!record)
        return fail(record.error());
#ifdef TRATO_CLI_PDF
    if (Status s = RecordPrinter::writePdf(record.value(), path); !s)
        return fail(s.error());
    writeErr(Cli::tr("Wrote %1").arg(path) + QLatin1Char('\n'));
    return Exit::Ok;
#else
    return fail(Error::failure(Cli::tr("this trato-cli was built without PDF output (no QtGui)")));
#endif
}

} // namespace

void appendPrintListCommands(QList<Command> &c)
{
    c.append({"print list",
              "ENTITY [--search TEXT] [--where CONDITION]... [--sort FIELD[:desc]] [--columns a,b,...] [--today DATE] --pdf FILE",
              QT_TRANSLATE_NOOP("trato::Cli", "Print a list of records to a PDF"),
              QT_TRANSLATE_NOOP("trato::Cli", "The list as the desktop application prints it (\"Print this list\"): title, the filters "
                "line, the date, the column headers on every page, \"Page N of M\". --search, --where and --sort work as for "
                "list; --columns picks the columns (default: the entity's list columns). The rows are painted as they are read, "
                "so a million-row list prints in constant memory. A PDF that cannot be written is refused before anything is "
                "read, and no partial file is left.\n"
                "  trato-cli print list contact --where city=Madrid --sort last_name --pdf madrid.pdf"),
              {{"search", "TEXT", QT_TRANSLATE_NOOP("trato::Cli", "Only records matching the text")},
               {"where", "CONDITION", QT_TRANSLATE_NOOP("trato::Cli", "A condition as for list --where (repeat to combine)"), true},
               {"sort", "FIELD[:desc]", QT_TRANSLATE_NOOP("trato::Cli", "Sort by this field")},
               {"columns", "a,b,...", QT_TRANSLATE_NOOP("trato::Cli", "The columns to print")},
               {"today", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "The date printed on the list (default: today)")},
               {"pdf", "FILE", QT_TRANSLATE_NOOP("trato::Cli", "Where to write the PDF")}},
              1, 1, Command::OpenExisting, runPrintList});
    c.append({"print record", "ENTITY ID [--related N] [--today DATE] --pdf FILE",
              QT_TRANSLATE_NOOP("trato::Cli", "Print one record to a PDF"),
              QT_TRANSLATE_NOOP("trato::Cli", "The record as the desktop application prints it (\"Print record\"): the company name, "
                "the record's fields by section with their labels, owner and dates, \"Page N of M\". Quotes, orders and invoices "
                "print as documents with: print quote|sales_order|invoice|credit_note ID --pdf FILE. --related N adds the first "
                "N records of each related list (the Related tab), with how many there are."),
              {{"related", "N", QT_TRANSLATE_NOOP("trato::Cli", "Also print the first N records of each related list")},
               {"today", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "The date printed on the page (default: today)")},
               {"pdf", "FILE", QT_TRANSLATE_NOOP("trato::Cli", "Where to write the PDF")}},
              2, 2, Command::OpenExisting, runPrintRecord});
}

} // namespace trato::cli
