// SPDX-License-Identifier: GPL-3.0-or-later
// dashboard: the data of Análisis' dashboard widgets (core/analytics/dashboard.h), the same core
// queries the desktop Dashboard page draws.
#include "commands.h"

#include "analytics/dashboard.h"
#include "search/filter.h"
#include "store/database.h"
#include "util/reporttable.h"

#include <QDate>

namespace trato::cli {

namespace {

QVariant jsonValue(qint64 v, DashboardUnit unit)
{
    // Money and percents as exact decimal strings, counts as numbers.
    if (unit == DashboardUnit::Count)
        return v;
    QString s = DashboardWidgets::format(v, unit);
    if (unit == DashboardUnit::Percent) {
        s.chop(2); // " %"
        const qint64 a = v < 0 ? -v : v;
        s = QStringLiteral("%1%2.%3").arg(v < 0 ? QStringLiteral("-") : QString()).arg(a / 100).arg(a % 100, 2, 10, QLatin1Char('0'));
    }
    return s;
}

QString deltaText(qint64 now, const std::optional<qint64> &before, DashboardUnit unit)
{
    if (!before)
        return QString();
    const qint64 d = now - *before;
    QString text = (d > 0 ? QStringLiteral("+") : QString()) + DashboardWidgets::format(d, unit);
    if (*before != 0 && unit != DashboardUnit::Percent)
        text += QStringLiteral(" (%1%2 %)").arg(d > 0 ? QStringLiteral("+") : QString()).arg(QString::number(double(d) * 100.0 / double(qAbs(*before)), 'f', 1));
    return text;
}

int runDashboard(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Json}, Format::Table, &format, &code))
        return code;
    QDate today = QDate::currentDate();
    if (args.has(QStringLiteral("today"))) {
        today = QDate::fromString(args.value(QStringLiteral("today")).trimmed(), Qt::ISODate);
        if (!today.isValid())
            return usageError(context, Cli::tr("--today: \"%1\" is not a date (use YYYY-MM-DD)").arg(args.value(QStringLiteral("today"))));
    }
    const QString periodKey = args.has(QStringLiteral("period")) ? args.value(QStringLiteral("period")).trimmed() : QStringLiteral("this_month");
    auto range = Period::resolve(periodKey, today);
    if (!range)
        return usageError(context, range.error().message);
    QStringList types = DashboardWidgets::types();
    if (args.has(QStringLiteral("widget"))) {
        types = args.value(QStringLiteral("widget")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &t : types) {
            t = t.trimmed();
            if (!DashboardWidgets::types().contains(t))
                return usageError(context, Cli::tr("--widget: there is no widget \"%1\" (widgets: %2)").arg(t, DashboardWidgets::types().join(QStringLiteral(", "))));
        }
    }
    DashboardOptions options;
    options.range = range.value();
    options.compare = args.has(QStringLiteral("compare"));
    options.now = QDateTime(today.addDays(1), QTime(0, 0), Qt::UTC).addSecs(-1);
    if (!args.has(QStringLiteral("today")))
        options.now = QDateTime::currentDateTimeUtc();
    if (args.has(QStringLiteral("top"))) {
        bool ok = false;
        options.topN = args.value(QStringLiteral("top")).toInt(&ok);
        if (!ok || options.topN < 1)
            return usageError(context, Cli::tr("--top: \"%1\" is not a positive number").arg(args.value(QStringLiteral("top"))));
    }

    QList<DashboardWidgetData> widgets;
    for (const QString &t : std::as_const(types)) {
        auto w = DashboardWidgets::compute(*context.db, t, options);
        if (!w)
            return fail(w.error());
        widgets << w.value();
    }

    if (format == Format::Json) {
        QVariantList list;
        for (const auto &w : std::as_const(widgets)) {
            QVariantList points;
            for (const auto &p : w.points) {
                QVariantList values;
                for (qint64 v : p.values)
                    values << jsonValue(v, w.unit);
                QStringList where;
                if (const Entity *e = context.db->registry()->entity(p.drill.entity))
                    for (const auto &c : p.drill.conditions)
                        where << Filter::toText(*e, c);
                JsonObject o{{QStringLiteral("key"), p.key},
                             {QStringLiteral("label"), p.label},
                             {QStringLiteral("values"), values}};
                if (options.compare)
                    o.append({QStringLiteral("previous"), p.previous ? jsonValue(*p.previous, w.unit) : jsonNull()});
                o.append({QStringLiteral("drill"), QVariant::fromValue(JsonObject{{QStringLiteral("entity"), p.drill.entity},
                                                                                  {QStringLiteral("where"), where}})});
                points << QVariant::fromValue(o);
            }
            JsonObject o{{QStringLiteral("type"), w.type},
                         {QStringLiteral("title"), w.title},
                         {QStringLiteral("chart"), w.chart},
                         {QStringLiteral("series"), w.series},
                         {QStringLiteral("figure"), jsonValue(w.figure, w.figureUnit)},
                         {QStringLiteral("figure_label"), w.figureLabel}};
            if (options.compare)
                o.append({QStringLiteral("previous_figure"), w.previousFigure ? jsonValue(*w.previousFigure, w.figureUnit) : jsonNull()});
            if (!w.note.isEmpty())
                o.append({QStringLiteral("note"), w.note});
            o.append({QStringLiteral("points"), points});
            list << QVariant::fromValue(o);
        }
        JsonObject doc{{QStringLiteral("period"), periodKey},
                       {QStringLiteral("from"), options.range.from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), options.range.to.toString(Qt::ISODate)}};
        if (options.compare) {
            const DateRange prev = options.range.previous();
            doc.append({QStringLiteral("previous_from"), prev.from.toString(Qt::ISODate)});
            doc.append({QStringLiteral("previous_to"), prev.to.toString(Qt::ISODate)});
        }
        doc.append({QStringLiteral("widgets"), list});
        writeOut(toJson(QVariant::fromValue(doc), true) + QLatin1Char('\n'));
        return Exit::Ok;
    }

    QString header = Cli::tr("Dashboard: %1 to %2").arg(options.range.from.toString(Qt::ISODate), options.range.to.toString(Qt::ISODate));
    if (options.compare) {
        const DateRange prev = options.range.previous();
        header += QLatin1Char(' ') + Cli::tr("(compared with %1 to %2)").arg(prev.from.toString(Qt::ISODate), prev.to.toString(Qt::ISODate));
    }
    writeOut(header + QLatin1Char('\n'));
    for (const auto &w : std::as_const(widgets)) {
        QString line = QStringLiteral("\n== %1 ==\n%2: %3").arg(w.title, w.figureLabel, DashboardWidgets::format(w.figure, w.figureUnit));
        if (w.previousFigure)
            line += QLatin1Char(' ') + Cli::tr("(previous %1, %2)").arg(DashboardWidgets::format(*w.previousFigure, w.figureUnit),
                                                                        deltaText(w.figure, w.previousFigure, w.figureUnit));
        if (!w.note.isEmpty())
            line += QLatin1Char('\n') + w.note;
        writeOut(line + QLatin1Char('\n'));
        if (w.points.isEmpty()) {
            writeOut(Cli::tr("(no data)") + QLatin1Char('\n'));
            continue;
        }
        ReportTable t;
        t.headers << Cli::tr("Label");
        t.numeric << false;
        QStringList keys{QStringLiteral("label")};
        for (const QString &s : w.series) {
            t.headers << s;
            t.numeric << true;
            keys << s;
        }
        if (options.compare) {
            t.headers << Cli::tr("Previous") << Cli::tr("Change");
            t.numeric << true << true;
            keys << QStringLiteral("previous") << QStringLiteral("change");
        }
        for (const auto &p : w.points) {
            QStringList row{p.label};
            for (int i = 0; i < w.series.size(); ++i)
                row << DashboardWidgets::format(p.values.value(i), i == 1 && w.type == QLatin1String("pipeline") ? DashboardUnit::Count : w.unit);
            if (options.compare)
                row << (p.previous ? DashboardWidgets::format(*p.previous, w.unit) : QString()) << deltaText(p.values.value(0), p.previous, w.unit);
            t.rows << row;
        }
        writeTableRows(t, Format::Table, keys);
    }
    return Exit::Ok;
}

} // namespace

void appendDashboardCommands(QList<Command> &c)
{
    c.append({"dashboard", "[--period KEY] [--compare] [--widget TYPE[,TYPE...]] [--top N] [--today DATE] [--format table|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "The dashboard's figures: sales, forecast vs target, pipeline, leads, campaigns, activities, tickets, stock"),
              QT_TRANSLATE_NOOP("trato::Cli", "Prints the data of every dashboard widget (or those of --widget) for a period, with "
                "--compare beside the previous period of the same kind. KEY is a period key: this_month (default), last_month, "
                "this_quarter, last_quarter, this_year, last_30_days, ..., 2026-Q1, 2026-03 or 2026-01-01..2026-03-31. Widgets: "
                "sales_month, forecast_target, pipeline, funnel, sales_product, sales_owner, leads_source, campaign_roi, "
                "activities_operator, tickets, stock_alerts. Sales are issued invoices net of tax minus issued credit notes. "
                "JSON money and percents are exact decimal strings; each point names the records behind it (drill: entity "
                "and filter conditions as `list --where` takes them). Sales targets are records: "
                "`add sales_target period_start=2026-03-01 period=month amount=50000`."),
              {{"period", "KEY", QT_TRANSLATE_NOOP("trato::Cli", "The period (default: this_month)")},
               {"compare", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Also the previous period's values and the change")},
               {"widget", "TYPE", QT_TRANSLATE_NOOP("trato::Cli", "Only these widgets (comma-separated)")},
               {"top", "N", QT_TRANSLATE_NOOP("trato::Cli", "Categories per widget (default: 8)")},
               {"today", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "Take this day as today")},
               {"format", "table|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: table)")}},
              0, 0, Command::OpenExisting, runDashboard});
}

} // namespace trato::cli
