// SPDX-License-Identifier: GPL-3.0-or-later
// stock report, stock movements, stock slow: Inventario's reports (core/inventory/stockreports.h).
#include "commands.h"

#include "inventory/stockreports.h"
#include "metadata/value.h"

#include <QDate>

#ifdef TRATO_CLI_PDF
#include "printing/tableprinter.h"
#endif

namespace trato::cli {

namespace {

#ifdef TRATO_CLI_PDF
const OptionSpec kPdf{"pdf", "FILE", QT_TRANSLATE_NOOP("trato::Cli", "Write the report as a PDF to FILE instead")};
#endif

bool dayOption(const Context &context, const Arguments &args, const QString &name, QDate *out, int *exitCode)
{
    if (!args.has(name))
        return true;
    const QString text = args.value(name).trimmed();
    QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        d = context.locale.toDate(text, QLocale::ShortFormat);
    if (!d.isValid()) {
        *exitCode = usageError(context, Cli::tr("--%1: \"%2\" is not a date (use YYYY-MM-DD)").arg(name, text));
        return false;
    }
    *out = d;
    return true;
}

// Table and CSV: the report's columns, its rows and the totals as the last row. JSON: an object with
// title, filters, date, rows and totals, the rows keyed by `keys`; quantities and money are exact
// decimal strings ("12.25", "416.25"), never binary floating point.
int writeReport(const Arguments &args, Format format, const ReportTable &t, const QStringList &keys)
{
#ifdef TRATO_CLI_PDF
    // --pdf FILE: the same TablePrinter as the desktop application's Export PDF.
    if (args.has(QStringLiteral("pdf"))) {
        const QString path = args.value(QStringLiteral("pdf"));
        if (Status s = TablePrinter::writePdf(t, path); !s)
            return fail(s.error());
        writeErr(Cli::tr("Wrote %1").arg(path) + QLatin1Char('\n'));
        return Exit::Ok;
    }
#else
    Q_UNUSED(args)
#endif
    if (format == Format::Json) {
        auto object = [&](const QStringList &cells) {
            JsonObject o;
            for (int i = 0; i < keys.size() && i < cells.size(); ++i)
                o.append({keys.at(i), cells.at(i).isEmpty() ? jsonNull() : QVariant(cells.at(i))});
            return QVariant::fromValue(o);
        };
        QVariantList rows;
        for (int i = 0; i < t.rows.size(); ++i) {
            JsonObject o = object(t.rows.at(i)).value<JsonObject>();
            if (i < t.rowIds.size() && !t.rowIds.at(i).isEmpty())
                o.append({QStringLiteral("id"), t.rowIds.at(i)});
            rows << QVariant::fromValue(o);
        }
        JsonObject doc{{QStringLiteral("title"), t.title},
                       {QStringLiteral("filters"), t.filters},
                       {QStringLiteral("date"), t.date.toString(Qt::ISODate)},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("totals"), object(t.totals)}};
        writeOut(toJson(QVariant::fromValue(doc), true) + QLatin1Char('\n'));
        return Exit::Ok;
    }
    writeTableRows(t, format, keys);
    return Exit::Ok;
}

int runStockReport(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    StockReportOptions o;
    o.warehouse = args.value(QStringLiteral("warehouse"));
    o.category = args.value(QStringLiteral("category"));
    o.activeOnly = !args.has(QStringLiteral("all"));
    o.perWarehouse = args.has(QStringLiteral("per-warehouse"));
    if (!dayOption(context, args, QStringLiteral("today"), &o.today, &code))
        return code;
    auto r = StockReports::stock(*context.db, o);
    if (!r)
        return fail(r.error());
    const ReportTable t = StockReports::toTable(r.value());
    QStringList keys{QStringLiteral("sku"), QStringLiteral("product")};
    if (r.value().options.perWarehouse)
        keys << QStringLiteral("warehouse");
    keys << QStringLiteral("unit") << QStringLiteral("on_hand") << QStringLiteral("reserved") << QStringLiteral("available")
         << QStringLiteral("average_cost") << QStringLiteral("value") << QStringLiteral("reorder");
    return writeReport(args, format, t, keys);
}

int runStockMovements(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    QDate from, to, today;
    if (!dayOption(context, args, QStringLiteral("from"), &from, &code) || !dayOption(context, args, QStringLiteral("to"), &to, &code)
        || !dayOption(context, args, QStringLiteral("today"), &today, &code))
        return code;
    auto r = StockReports::movements(*context.db, args.positional.at(0), from, to, today);
    if (!r)
        return fail(r.error());
    return writeReport(args, format, StockReports::toTable(r.value()),
                       {QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("warehouse"), QStringLiteral("quantity"),
                        QStringLiteral("unit_cost"), QStringLiteral("reason"), QStringLiteral("document"), QStringLiteral("who"),
                        QStringLiteral("balance")});
}

int runStockSlow(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    qint64 days = 90;
    if (!countOption(context, args, QStringLiteral("days"), 90, &days, &code))
        return code;
    qint64 maxShipped = 0;
    if (args.has(QStringLiteral("max-shipped"))) {
        auto q = Value::parse(Field::make("max_shipped", FieldType::Quantity, "Shipped"), args.value(QStringLiteral("max-shipped")),
                              QLocale::c());
        if (!q)
            return usageError(context, q.error().message);
        maxShipped = q.value().toLongLong();
    }
    QDate today;
    if (!dayOption(context, args, QStringLiteral("today"), &today, &code))
        return code;
    auto r = StockReports::slowMovers(*context.db, int(qMin<qint64>(days, 100000)), maxShipped, today);
    if (!r)
        return fail(r.error());
    return writeReport(args, format, StockReports::toTable(r.value()),
                       {QStringLiteral("sku"), QStringLiteral("product"), QStringLiteral("unit"), QStringLiteral("on_hand"),
                        QStringLiteral("shipped"), QStringLiteral("last_shipment"), QStringLiteral("days_since"),
                        QStringLiteral("average_cost"), QStringLiteral("value")});
}

} // namespace

void appendStockReportCommands(QList<Command> &c)
{
    const qsizetype first = c.size();
    c.append({"stock report", "[--warehouse W] [--category C] [--per-warehouse] [--all] [--today DATE] [--format table|csv|json] [--pdf FILE]",
              QT_TRANSLATE_NOOP("trato::Cli", "Stock on hand and valuation per product, with totals"),
              QT_TRANSLATE_NOOP("trato::Cli", "One row per active product: on hand, reserved, available, average cost (the product's "
                "cost while no average is kept), value = on hand × average cost rounded half up to the cent, and whether "
                "available stock is at or below the reorder level. W and C are ids or names. --warehouse or "
                "--per-warehouse give one row per product and warehouse (reservations are per product: 0 there). "
                "The last row is the totals. JSON quantities and amounts are exact decimal strings."),
              {{"warehouse", "W", QT_TRANSLATE_NOOP("trato::Cli", "Only this warehouse (id or name)")},
               {"category", "C", QT_TRANSLATE_NOOP("trato::Cli", "Only this product category (id or name)")},
               {"per-warehouse", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "One row per product and warehouse")},
               {"all", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Include inactive products")},
               {"today", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "The report's date (default: today)")},
               {"format", "table|csv|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: table)")}},
              0, 0, Command::OpenExisting, runStockReport});
    c.append({"stock movements", "PRODUCT [--from DATE] [--to DATE] [--format table|csv|json] [--pdf FILE]",
              QT_TRANSLATE_NOOP("trato::Cli", "A product's stock movements over a period, with running balance"),
              QT_TRANSLATE_NOOP("trato::Cli", "PRODUCT is an id or SKU. The first row is the opening balance, the last the closing "
                "balance with the totals in and out. --from/--to are UTC days, inclusive (default: the 30 days up to today)."),
              {{"from", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "First day of the period")},
               {"to", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "Last day of the period (default: today)")},
               {"today", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "Take this day as today")},
               {"format", "table|csv|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: table)")}},
              1, 1, Command::OpenExisting, runStockMovements});
    c.append({"stock slow", "[--days N] [--max-shipped Q] [--today DATE] [--format table|csv|json] [--pdf FILE]",
              QT_TRANSLATE_NOOP("trato::Cli", "Slow movers: products with stock and (almost) no shipments for N days"),
              QT_TRANSLATE_NOOP("trato::Cli", "Products with stock on hand whose shipments in the last N days (default 90) add up to at "
                "most Q (default 0: none), with the days since their last shipment and the value tied up; "
                "biggest value first."),
              {{"days", "N", QT_TRANSLATE_NOOP("trato::Cli", "Window in days (default: 90)")},
               {"max-shipped", "Q", QT_TRANSLATE_NOOP("trato::Cli", "Shipped quantity still counted as slow (default: 0)")},
               {"today", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "Take this day as today")},
               {"format", "table|csv|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: table)")}},
              0, 0, Command::OpenExisting, runStockSlow});
#ifdef TRATO_CLI_PDF
    for (qsizetype i = first; i < c.size(); ++i)
        c[i].options.append(kPdf);
#else
    Q_UNUSED(first)
#endif
}

} // namespace trato::cli