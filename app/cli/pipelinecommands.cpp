// SPDX-License-Identifier: GPL-3.0-or-later
// pipeline, pipeline list, pipeline add, opportunity move, forecast: Comercial's pipeline
// (core/sales/pipelines.h, pipelineboard.h, forecast.h).
#include "commands.h"

#include "metadata/value.h"
#include "sales/forecast.h"
#include "sales/pipelineboard.h"
#include "sales/pipelines.h"

namespace trato::cli {

namespace {

QString money(qint64 cents)
{
    return Value::formatCents(cents);
}

QString percent(int bp)
{
    QString s = QString::number(bp / 100);
    if (bp % 100)
        s += QLatin1Char('.') + QStringLiteral("%1").arg(bp % 100, 2, 10, QLatin1Char('0'));
    return s;
}

bool monthOption(const Context &context, const Arguments &args, const QString &name, QDate *out, int *exitCode)
{
    if (!args.has(name))
        return true;
    *out = Forecast::parseMonth(args.value(name));
    if (!out->isValid()) {
        *exitCode = usageError(context, Cli::tr("--%1: \"%2\" is not a month (use YYYY-MM)").arg(name, args.value(name)));
        return false;
    }
    return true;
}

bool dateOption(const Context &context, const Arguments &args, const QString &name, QDate *out, int *exitCode)
{
    if (!args.has(name))
        return true;
    *out = QDate::fromString(args.value(name).trimmed(), Qt::ISODate);
    if (!out->isValid()) {
        *exitCode = usageError(context, Cli::tr("--%1: \"%2\" is not a date (use YYYY-MM-DD)").arg(name, args.value(name)));
        return false;
    }
    return true;
}

int runPipeline(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    PipelineBoardQuery q;
    q.pipeline = args.value(QStringLiteral("pipeline"));
    q.owner = args.value(QStringLiteral("owner"));
    if (!dateOption(context, args, QStringLiteral("close-from"), &q.closeFrom, &code) || !dateOption(context, args, QStringLiteral("close-to"), &q.closeTo, &code)
        || !dateOption(context, args, QStringLiteral("today"), &q.today, &code))
        return code;
    qint64 cards = 0;
    if (!countOption(context, args, QStringLiteral("cards"), 0, &cards, &code))
        return code;
    q.cardLimit = int(qMin<qint64>(cards, 100000));
    auto r = PipelineBoard::load(*context.db, q);
    if (!r)
        return fail(r.error());
    const PipelineBoardData &d = r.value();
    if (format == Format::Json) {
        QVariantList columns;
        for (const auto &c : d.columns) {
            QVariantList cardList;
            for (const auto &card : c.cards)
                cardList << QVariant::fromValue(JsonObject{{QStringLiteral("id"), card.id},
                                                           {QStringLiteral("name"), card.name},
                                                           {QStringLiteral("account"), card.account.isEmpty() ? jsonNull() : QVariant(card.account)},
                                                           {QStringLiteral("amount"), card.hasAmount ? QVariant(money(card.amount)) : jsonNull()},
                                                           {QStringLiteral("weighted_amount"), card.hasAmount ? QVariant(money(card.weighted)) : jsonNull()},
                                                           {QStringLiteral("expected_close"), card.expectedClose.isValid() ? QVariant(card.expectedClose.toString(Qt::ISODate)) : jsonNull()},
                                                           {QStringLiteral("owner"), card.owner},
                                                           {QStringLiteral("stalled"), card.stalled}});
            JsonObject o{{QStringLiteral("stage"), c.stage.name},
                         {QStringLiteral("stage_id"), c.stage.id},
                         {QStringLiteral("outcome"), c.stage.outcome},
                         {QStringLiteral("probability"), percent(c.stage.probabilityBp)},
                         {QStringLiteral("count"), c.count},
                         {QStringLiteral("amount"), money(c.amount)},
                         {QStringLiteral("weighted_amount"), money(c.weighted)}};
            if (q.cardLimit > 0)
                o.append({QStringLiteral("cards"), cardList});
            columns << QVariant::fromValue(o);
        }
        JsonObject doc{{QStringLiteral("pipeline"), d.pipeline.name},
                       {QStringLiteral("pipeline_id"), d.pipeline.id},
                       {QStringLiteral("columns"), columns},
                       {QStringLiteral("totals"), QVariant::fromValue(JsonObject{{QStringLiteral("count"), d.count},
                                                                                 {QStringLiteral("amount"), money(d.amount)},
                                                                                 {QStringLiteral("weighted_amount"), money(d.weighted)}})}};
        writeOut(toJson(QVariant::fromValue(doc), true) + QLatin1Char('\n'));
        return Exit::Ok;
    }
    const bool csv = format == Format::Csv;
    RowWriter w(format, {{csv ? QStringLiteral("stage") : Cli::tr("Stage")},
                         {csv ? QStringLiteral("probability") : Cli::tr("Prob. %"), true},
                         {csv ? QStringLiteral("count") : Cli::tr("Count"), true},
                         {csv ? QStringLiteral("amount") : Cli::tr("Amount"), true},
                         {csv ? QStringLiteral("weighted_amount") : Cli::tr("Weighted"), true}});
    for (const auto &c : d.columns)
        w.add({Cell::string(c.stage.name), Cell::string(percent(c.stage.probabilityBp)), Cell::string(QString::number(c.count)),
               Cell::string(money(c.amount)), Cell::string(money(c.weighted))});
    w.add({Cell::string(Cli::tr("Total")), Cell::string(QString()), Cell::string(QString::number(d.count)), Cell::string(money(d.amount)),
           Cell::string(money(d.weighted))});
    w.finish();
    return Exit::Ok;
}

int runPipelineList(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    // The default pipeline exists once anyone asks for the pipelines.
    if (auto d = Pipelines::defaultPipeline(*context.db); !d)
        return fail(d.error());
    auto r = Pipelines::list(*context.db);
    if (!r)
        return fail(r.error());
    if (format == Format::Json) {
        QVariantList out;
        for (const auto &p : r.value()) {
            QVariantList stages;
            for (const auto &s : p.stages)
                stages << QVariant::fromValue(JsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("name"), s.name},
                                                         {QStringLiteral("position"), s.position},
                                                         {QStringLiteral("probability"), percent(s.probabilityBp)},
                                                         {QStringLiteral("outcome"), s.outcome}});
            out << QVariant::fromValue(JsonObject{{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name},
                                                  {QStringLiteral("default"), p.isDefault}, {QStringLiteral("active"), p.active},
                                                  {QStringLiteral("stages"), stages}});
        }
        writeOut(toJson(out, true) + QLatin1Char('\n'));
        return Exit::Ok;
    }
    const bool csv = format == Format::Csv;
    RowWriter w(format, {{csv ? QStringLiteral("pipeline") : Cli::tr("Pipeline")},
                         {csv ? QStringLiteral("default") : Cli::tr("Default")},
                         {csv ? QStringLiteral("position") : Cli::tr("#"), true},
                         {csv ? QStringLiteral("stage") : Cli::tr("Stage")},
                         {csv ? QStringLiteral("probability") : Cli::tr("Prob. %"), true},
                         {csv ? QStringLiteral("outcome") : Cli::tr("Outcome")}});
    for (const auto &p : r.value())
        for (const auto &s : p.stages)
            w.add({Cell::string(p.name), Cell::string(p.isDefault ? QStringLiteral("yes") : QStringLiteral("no")),
                   Cell::string(QString::number(s.position)), Cell::string(s.name), Cell::string(percent(s.probabilityBp)),
                   Cell::string(s.outcome)});
    w.finish();
    return Exit::Ok;
}

int runPipelineAdd(Context &context, const Arguments &args)
{
    QList<PipelineStageSpec> stages;
    for (const QString &text : args.values(QStringLiteral("stage"))) {
        auto s = Pipelines::parseStageSpec(text);
        if (!s)
            return usageError(context, s.error().message);
        stages << s.value();
    }
    if (stages.isEmpty())
        return usageError(context, Cli::tr("give the stages with --stage \"Name:probability[:won|lost]\", in order"));
    auto id = Pipelines::add(*context.db, args.positional.at(0), stages, args.has(QStringLiteral("default")));
    if (!id)
        return fail(id.error());
    writeOut(id.value() + QLatin1Char('\n'));
    return Exit::Ok;
}

int runOpportunityMove(Context &context, const Arguments &args)
{
    if (Status s = Pipelines::move(*context.db, args.positional.at(0), args.positional.at(1), args.value(QStringLiteral("lost-reason"))); !s)
        return fail(s.error());
    auto o = context.store->get(QStringLiteral("opportunity"), args.positional.at(0));
    if (!o)
        return fail(o.error());
    writeErr(Cli::tr("Moved; status %1, probability %2 %, weighted amount %3")
                 .arg(o.value().value(QStringLiteral("status")).toString(), o.value().value(QStringLiteral("probability")).toString(),
                      money(o.value().value(QStringLiteral("weighted_amount")).toLongLong()))
             + QLatin1Char('\n'));
    return Exit::Ok;
}

int runForecast(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    ForecastQuery q;
    if (!monthOption(context, args, QStringLiteral("from"), &q.from, &code) || !monthOption(context, args, QStringLiteral("to"), &q.to, &code))
        return code;
    const QString by = args.has(QStringLiteral("by")) ? args.value(QStringLiteral("by")) : QStringLiteral("month");
    if (by != QLatin1String("month") && by != QLatin1String("owner"))
        return usageError(context, Cli::tr("--by must be month or owner"));
    q.by = by == QLatin1String("owner") ? ForecastQuery::Owner : ForecastQuery::Month;
    q.pipeline = args.value(QStringLiteral("pipeline"));
    q.owner = args.value(QStringLiteral("owner"));
    auto r = Forecast::compute(*context.db, q);
    if (!r)
        return fail(r.error());
    const ForecastData &d = r.value();
    auto object = [&](const ForecastRow &row, const QString &keyName) {
        return QVariant::fromValue(JsonObject{{keyName, row.key},
                                              {QStringLiteral("weighted"), money(row.weighted)},
                                              {QStringLiteral("best_case"), money(row.bestCase)},
                                              {QStringLiteral("won"), money(row.won)},
                                              {QStringLiteral("count"), row.count},
                                              {QStringLiteral("open"), row.openCount},
                                              {QStringLiteral("won_count"), row.wonCount}});
    };
    if (format == Format::Json) {
        QVariantList rows;
        for (const auto &row : d.rows)
            rows << object(row, by);
        JsonObject doc{{QStringLiteral("by"), by},
                       {QStringLiteral("from"), d.from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), d.to.toString(Qt::ISODate)},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("totals"), object(d.total, QStringLiteral("label"))}};
        writeOut(toJson(QVariant::fromValue(doc), true) + QLatin1Char('\n'));
        return Exit::Ok;
    }
    const bool csv = format == Format::Csv;
    RowWriter w(format, {{csv ? by : (by == QLatin1String("month") ? Cli::tr("Month") : Cli::tr("Owner"))},
                         {csv ? QStringLiteral("weighted") : Cli::tr("Weighted"), true},
                         {csv ? QStringLiteral("best_case") : Cli::tr("Best case"), true},
                         {csv ? QStringLiteral("won") : Cli::tr("Won"), true},
                         {csv ? QStringLiteral("count") : Cli::tr("Count"), true}});
    auto add = [&](const ForecastRow &row) {
        w.add({Cell::string(row.key), Cell::string(money(row.weighted)), Cell::string(money(row.bestCase)), Cell::string(money(row.won)),
               Cell::string(QString::number(row.count))});
    };
    for (const auto &row : d.rows)
        add(row);
    add(d.total);
    w.finish();
    return Exit::Ok;
}

} // namespace

void appendPipelineCommands(QList<Command> &c)
{
    c.append({"pipeline", "[--pipeline NAME] [--owner USER] [--close-from DATE] [--close-to DATE] [--cards N] [--format table|csv|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "The pipeline board: per stage the count, amount and weighted amount"),
              QT_TRANSLATE_NOOP("trato::Cli", "One row per stage of the pipeline (default: the default pipeline) with the number of "
                "opportunities, their amounts and weighted amounts (amount × probability), then the totals. --owner and "
                "--close-from/--close-to (expected close, inclusive) filter them. With --format json and --cards N each stage "
                "also lists its first N cards (soonest expected close first) with a stalled flag. Amounts are exact decimal strings."),
              {{"pipeline", "NAME", QT_TRANSLATE_NOOP("trato::Cli", "The pipeline (id or name; default: the default one)")},
               {"owner", "USER", QT_TRANSLATE_NOOP("trato::Cli", "Only this owner's opportunities")},
               {"close-from", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "Expected close on or after DATE")},
               {"close-to", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "Expected close on or before DATE")},
               {"cards", "N", QT_TRANSLATE_NOOP("trato::Cli", "JSON: list the first N cards of each stage")},
               {"today", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "Take this day as today (stalled flags)")},
               {"format", "table|csv|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: table)")}},
              0, 0, Command::OpenExisting, runPipeline});
    c.append({"pipeline list", "[--format table|csv|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "The pipelines and their stages"),
              QT_TRANSLATE_NOOP("trato::Cli", "Every pipeline, the default one first, with its stages in order: default probability "
                "and outcome (open, won or lost). Creates the default \"Sales\" pipeline when there is none."),
              {{"format", "table|csv|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: table)")}},
              0, 0, Command::OpenExisting, runPipelineList});
    c.append({"pipeline add", "NAME --stage \"Name:prob[:won|lost]\"... [--default]",
              QT_TRANSLATE_NOOP("trato::Cli", "Create a pipeline with its stages"),
              QT_TRANSLATE_NOOP("trato::Cli", "Stages in order, each \"Name:probability\" (percent) with \":won\" or \":lost\" for the "
                "closing ones. Stage names must be unique in the pipeline and at least one stage must be open. --default makes "
                "it the default pipeline. Prints the new pipeline's id."),
              {{"stage", "SPEC", QT_TRANSLATE_NOOP("trato::Cli", "A stage: \"Name:probability[:won|lost]\" (repeat, in order)"), true},
               {"default", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Make it the default pipeline")}},
              1, 1, Command::OpenOrCreate, runPipelineAdd});
    c.append({"opportunity move", "ID STAGE [--lost-reason R]",
              QT_TRANSLATE_NOOP("trato::Cli", "Move an opportunity to another stage of its pipeline"),
              QT_TRANSLATE_NOOP("trato::Cli", "STAGE is a stage id or name. The status follows the stage (open, won, lost), the "
                "probability takes the stage's default and the weighted amount follows. A lost stage needs --lost-reason "
                "(price, competitor, no_budget, no_decision, timing, product_fit, other)."),
              {{"lost-reason", "R", QT_TRANSLATE_NOOP("trato::Cli", "Why it was lost (for a lost stage)")}},
              2, 2, Command::OpenExisting, runOpportunityMove});
    c.append({"forecast", "[--from YYYY-MM] [--to YYYY-MM] [--by month|owner] [--pipeline NAME] [--owner USER] [--format table|csv|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Sales forecast by month of expected close or by owner"),
              QT_TRANSLATE_NOOP("trato::Cli", "Open and won opportunities whose expected close falls in the period (default: this "
                "month and the five after it). Weighted = open weighted amounts + won amounts; best case = open amounts + won "
                "amounts; won = won amounts; count = open and won opportunities. Lost ones do not count. By month every month "
                "of the period is a row, empty ones included; the last row is the total."),
              {{"from", "YYYY-MM", QT_TRANSLATE_NOOP("trato::Cli", "First month")},
               {"to", "YYYY-MM", QT_TRANSLATE_NOOP("trato::Cli", "Last month (inclusive)")},
               {"by", "month|owner", QT_TRANSLATE_NOOP("trato::Cli", "Group by month (default) or owner")},
               {"pipeline", "NAME", QT_TRANSLATE_NOOP("trato::Cli", "Only this pipeline (default: all)")},
               {"owner", "USER", QT_TRANSLATE_NOOP("trato::Cli", "Only this owner's opportunities")},
               {"format", "table|csv|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: table)")}},
              0, 0, Command::OpenExisting, runForecast});
}

} // namespace trato::cli
