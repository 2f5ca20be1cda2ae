// SPDX-License-Identifier: GPL-3.0-or-later
// kpi: the seed-004 KPIs over a period with the previous one (core/analytics/kpis.h, docs/KPIS.md).
#include "commands.h"

#include "analytics/kpis.h"
#include "metadata/value.h"

#include <QDate>
#include <QDateTime>

#ifdef TRATO_CLI_PDF
#include "printing/tableprinter.h"
#endif

namespace trato::cli {

namespace {

// A day option: absent is fine; anything but YYYY-MM-DD is bad input (exit 2), named.
bool kpiDate(const Arguments &args, const QString &name, QDate *out, int *exitCode)
{
    if (!args.has(name))
        return true;
    const QString text = args.value(name).trimmed();
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid()) {
        *exitCode = fail(Error::badInput(Cli::tr("--%1: \"%2\" is not a date (use YYYY-MM-DD)").arg(name, text)));
        return false;
    }
    *out = d;
    return true;
}

QVariant number(const KpiFigure &f, const KpiValue &v)
{
    if (!v.hasData)
        return jsonNull();
    if (f.unit == KpiUnit::Money)
        return Kpis::plain(f, v); // exact decimal string
    return v.value;
}

QVariant count(const KpiFigure &f, const std::optional<qint64> &n, bool denominator = false)
{
    if (!n)
        return jsonNull();
    if ((f.unit == KpiUnit::Money && !denominator) || Kpis::isMoneyRatio(f.key))
        return Value::formatCents(*n);
    return *n;
}

int runKpi(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    QDate today = QDateTime::currentDateTimeUtc().date();
    if (!kpiDate(args, QStringLiteral("today"), &today, &code))
        return code;
    KpiOptions o;
    const bool fixed = args.has(QStringLiteral("from")) || args.has(QStringLiteral("to"));
    if (args.has(QStringLiteral("period"))) {
        if (fixed)
            return usageError(context, Cli::tr("--period cannot be combined with --from or --to"));
        auto range = Period::resolve(args.value(QStringLiteral("period")), today);
        if (!range)
            return fail(range.error());
        o.range = range.value();
    } else if (fixed) {
        QDate from, to = today;
        if (!kpiDate(args, QStringLiteral("to"), &to, &code))
            return code;
        from = QDate(to.year(), to.month(), 1);
        if (!kpiDate(args, QStringLiteral("from"), &from, &code))
            return code;
        o.range = DateRange{from, to};
    } else {
        auto range = Period::resolve(QStringLiteral("this_month"), today);
        if (!range)
            return fail(range.error());
        o.range = range.value();
    }
    o.owner = args.value(QStringLiteral("owner")).trimmed();
    if (args.has(QStringLiteral("currency"))) {
        o.currency = args.value(QStringLiteral("currency")).trimmed().toUpper();
        if (o.currency.size() != 3)
            return fail(Error::badInput(Cli::tr("--currency: \"%1\" is not a three-letter currency code").arg(args.value(QStringLiteral("currency")))));
    }
    if (args.has(QStringLiteral("now"))) {
        o.now = QDateTime::fromString(args.value(QStringLiteral("now")).trimmed(), Qt::ISODate);
        if (!o.now.isValid())
            return fail(Error::badInput(Cli::tr("--now: \"%1\" is not a date and time (use YYYY-MM-DDTHH:MM:SSZ)").arg(args.value(QStringLiteral("now")))));
    }
    auto r = Kpis::compute(*context.db, o);
    if (!r)
        return fail(r.error());
    const KpiReport &report = r.value();
    const ReportTable t = Kpis::toTable(report);
#ifdef TRATO_CLI_PDF
    if (args.has(QStringLiteral("pdf"))) {
        const QString path = args.value(QStringLiteral("pdf"));
        if (Status s = TablePrinter::writePdf(t, path); !s)
            return fail(s.error());
        writeErr(Cli::tr("Wrote %1").arg(path) + QLatin1Char('\n'));
        return Exit::Ok;
    }
#endif
    if (format == Format::Json) {
        QVariantList kpis;
        for (const KpiFigure &f : report.figures) {
            JsonObject k{{QStringLiteral("key"), f.key},
                         {QStringLiteral("label"), Kpis::label(f.key)},
                         {QStringLiteral("value"), number(f, f.current)},
                         {QStringLiteral("unit"), Kpis::unitKey(f.unit)},
                         {QStringLiteral("previous"), number(f, f.previous)},
                         {QStringLiteral("numerator"), count(f, f.current.numerator)},
                         {QStringLiteral("denominator"), count(f, f.current.denominator, true)},
                         {QStringLiteral("previous_numerator"), count(f, f.previous.numerator)},
                         {QStringLiteral("previous_denominator"), count(f, f.previous.denominator, true)},
                         {QStringLiteral("display"), Kpis::text(f, f.current, report.options.currency)},
                         {QStringLiteral("previous_display"), Kpis::text(f, f.previous, report.options.currency)}};
            kpis << QVariant::fromValue(k);
        }
        QVariantList months;
        for (const auto &m : report.revenueByMonth)
            months << QVariant::fromValue(JsonObject{{QStringLiteral("month"), m.first}, {QStringLiteral("revenue"), Value::formatCents(m.second)}});
        JsonObject doc{{QStringLiteral("from"), report.options.range.from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), report.options.range.to.toString(Qt::ISODate)},
                       {QStringLiteral("previous_from"), report.previousRange.from.toString(Qt::ISODate)},
                       {QStringLiteral("previous_to"), report.previousRange.to.toString(Qt::ISODate)},
                       {QStringLiteral("owner"), report.options.owner.isEmpty() ? jsonNull() : QVariant(report.options.owner)},
                       {QStringLiteral("currency"), report.options.currency},
                       {QStringLiteral("kpis"), kpis},
                       {QStringLiteral("revenue_by_month"), months},
                       {QStringLiteral("other_currency_documents"), report.otherCurrencyDocuments}};
        writeOut(toJson(QVariant::fromValue(doc), true) + QLatin1Char('\n'));
        return Exit::Ok;
    }
    writeTableRows(t, format, {QStringLiteral("kpi"), QStringLiteral("value"), QStringLiteral("previous"), QStringLiteral("change"),
                               QStringLiteral("numerator"), QStringLiteral("denominator")});
    return Exit::Ok;
}

} // namespace

void appendKpiCommands(QList<Command> &c)
{
    c.append({"kpi", "[--from DATE] [--to DATE] [--period KEY] [--owner USER] [--currency CUR] [--today DATE] [--now TIME] "
                     "[--format table|csv|json] [--pdf FILE]",
              QT_TRANSLATE_NOOP("trato::Cli", "The key performance indicators of a period, with the previous period's"),
              QT_TRANSLATE_NOOP("trato::Cli", "Revenue, average deal size, win rate, sales cycle (average and median days), lead to "
                "customer conversion, quote acceptance, cross-sell/upsell share, customer retention, repeat purchase rate, "
                "customer lifetime value, first response and resolution time. Days are UTC and inclusive; --period takes "
                "this_month, last_quarter, last_30_days, 2026-Q1, 2026-03 or 2026-01-01..2026-03-31 (default: this month); "
                "--from alone runs to today, --to alone from the first of its month. The previous period is the same "
                "kind of span just before. A KPI without cases says \"no data\" (null in JSON). Money counts documents in "
                "--currency only (default EUR). Definitions: docs/KPIS.md."),
              {{"from", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "First day of the period")},
               {"to", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "Last day of the period (default: today)")},
               {"period", "KEY", QT_TRANSLATE_NOOP("trato::Cli", "A named or fixed period instead of --from/--to")},
               {"owner", "USER", QT_TRANSLATE_NOOP("trato::Cli", "Only this user's records")},
               {"currency", "CUR", QT_TRANSLATE_NOOP("trato::Cli", "Currency of the money KPIs (default: EUR)")},
               {"today", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "Take this day as today")},
               {"now", "TIME", QT_TRANSLATE_NOOP("trato::Cli", "Take this UTC time as now (which SLA due times have passed)")},
               {"format", "table|csv|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: table)")}
#ifdef TRATO_CLI_PDF
               ,
               {"pdf", "FILE", QT_TRANSLATE_NOOP("trato::Cli", "Write the KPI table as a PDF to FILE instead")}
#endif
              },
              0, 0, Command::OpenExisting, runKpi});
}

} // namespace trato::cli
