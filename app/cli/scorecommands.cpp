// SPDX-License-Identifier: GPL-3.0-or-later
// score lead|account, segments rfm, also-bought: Análisis's local scores and segments
// (core/analytics/scoring.h, rfm.h, alsobought.h).
#include "commands.h"

#include "analytics/alsobought.h"
#include "analytics/rfm.h"
#include "analytics/scoring.h"
#include "metadata/value.h"
#include "sales/purchasehistory.h"

#include <QDate>

#include <cmath>

namespace trato::cli {

namespace {

const OptionSpec kFormat{"format", "table|csv|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: table)")};
const OptionSpec kToday{"today", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "Take this day as today (default: the current UTC date)")};

bool todayOption(const Context &context, const Arguments &args, QDate *out, int *exitCode)
{
    if (!args.has(QStringLiteral("today")))
        return true;
    const QString text = args.value(QStringLiteral("today")).trimmed();
    QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        d = context.locale.toDate(text, QLocale::ShortFormat);
    if (!d.isValid()) {
        *exitCode = usageError(context, Cli::tr("--today: \"%1\" is not a date (use YYYY-MM-DD)").arg(text));
        return false;
    }
    *out = d;
    return true;
}

Cell number(double v, int decimals)
{
    const QString text = QString::number(v, 'f', decimals);
    return Cell{text, text.toDouble()};
}

int runScore(Context &context, const Arguments &args)
{
    const QString entity = args.positional.at(0);
    if (entity != QLatin1String("lead") && entity != QLatin1String("account"))
        return usageError(context, Cli::tr("score what: \"lead\" or \"account\", not \"%1\"").arg(entity));
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    qint64 top = 10;
    if (!countOption(context, args, QStringLiteral("top"), 10, &top, &code))
        return code;
    Scoring::Options o;
    if (!todayOption(context, args, &o.today, &code))
        return code;
    const bool lead = entity == QLatin1String("lead");
    QList<ScoredRecord> rows;
    if (args.has(QStringLiteral("no-recompute"))) {
        auto stored = Scoring::stored(*context.db, entity, int(qMin<qint64>(top, 1000000)));
        if (!stored)
            return fail(stored.error());
        rows = stored.value();
    } else {
        auto run = lead ? Scoring::scoreLeads(*context.db, o) : Scoring::scoreAccounts(*context.db, o);
        if (!run)
            return fail(run.error());
        rows = run.value().top(int(qMin<qint64>(top, 1000000)), lead);
        writeErr(Cli::tr("Trained on %1 %2 (%3 positive), %4 scores changed, %5 ms")
                     .arg(run.value().trainingRows)
                     .arg(lead ? Cli::tr("leads") : Cli::tr("accounts"))
                     .arg(run.value().positives)
                     .arg(run.value().changed)
                     .arg(run.value().elapsedMs)
                 + QLatin1Char('\n'));
    }
    RowWriter writer(format, {{QStringLiteral("id")}, {QStringLiteral("name")}, {QStringLiteral("score"), true}, {QStringLiteral("factors"), false, false}});
    for (const ScoredRecord &r : rows) {
        QVariant factors;
        if (format == Format::Json) {
            QVariantList list;
            for (const ScoreFactor &f : r.factors)
                list << QVariant::fromValue(JsonObject{{QStringLiteral("feature"), f.feature},
                                                       {QStringLiteral("label"), f.label},
                                                       {QStringLiteral("value"), std::round(f.value * 1000.0) / 1000.0},
                                                       {QStringLiteral("contribution"), std::round(f.contribution * 1000.0) / 1000.0}});
            factors = list;
        }
        writer.add({Cell::string(r.id), Cell::string(r.name), Cell{QString::number(r.score), r.score}, Cell{r.factorsText(), factors}});
    }
    writer.finish();
    return Exit::Ok;
}

int runSegmentsRfm(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    Rfm::Options o;
    if (!todayOption(context, args, &o.today, &code))
        return code;
    if (args.has(QStringLiteral("months"))) {
        qint64 months = 12;
        if (!countOption(context, args, QStringLiteral("months"), 12, &months, &code))
            return code;
        o.windowMonths = int(qMin<qint64>(months, 100000));
    }
    auto r = Rfm::recompute(*context.db, o);
    if (!r)
        return fail(r.error());
    writeErr(Cli::tr("%1 customers segmented (window %2 – %3), %4 accounts changed")
                 .arg(r.value().rows.size())
                 .arg(r.value().windowStart.toString(Qt::ISODate), r.value().today.toString(Qt::ISODate))
                 .arg(r.value().changed)
             + QLatin1Char('\n'));
    RowWriter writer(format, {{QStringLiteral("segment")}, {QStringLiteral("name")}, {QStringLiteral("accounts"), true}, {QStringLiteral("revenue"), true}});
    for (const RfmSegmentCount &s : r.value().segments)
        writer.add({Cell::string(s.segment), Cell::string(Rfm::segmentLabel(s.segment)), Cell{QString::number(s.accounts), s.accounts},
                    Cell::string(Value::formatCents(s.revenue))});
    writer.finish();
    return Exit::Ok;
}

int runAlsoBought(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    AlsoBought::Options o;
    qint64 top = 10, minSupport = 2;
    if (!countOption(context, args, QStringLiteral("top"), 10, &top, &code) || !countOption(context, args, QStringLiteral("min-support"), 2, &minSupport, &code))
        return code;
    o.top = int(qMin<qint64>(top, 100000));
    o.minSupport = int(qMin<qint64>(minSupport, 1000000));
    const bool forAccount = args.has(QStringLiteral("account"));
    if (forAccount == !args.positional.isEmpty())
        return usageError(context, Cli::tr("give either a PRODUCT or --account ACCOUNT"));
    Result<QList<AlsoBoughtItem>> items = QList<AlsoBoughtItem>();
    if (forAccount) {
        auto who = PurchaseHistoryService(*context.db).resolve(args.value(QStringLiteral("account")));
        if (!who)
            return fail(who.error());
        if (who.value().first != QLatin1String("account"))
            return fail(Error::badInput(Cli::tr("\"%1\" is a contact: give an account").arg(args.value(QStringLiteral("account")))));
        items = AlsoBought::forAccount(*context.db, who.value().second, o);
    } else {
        auto product = AlsoBought::resolveProduct(*context.db, args.positional.at(0));
        if (!product)
            return fail(product.error());
        items = AlsoBought::forProduct(*context.db, product.value(), o);
    }
    if (!items)
        return fail(items.error());
    RowWriter writer(format, {{QStringLiteral("id")}, {QStringLiteral("sku")}, {QStringLiteral("name")}, {QStringLiteral("support"), true},
                              {QStringLiteral("confidence"), true}, {QStringLiteral("lift"), true}});
    for (const AlsoBoughtItem &i : items.value())
        writer.add({Cell::string(i.productId), Cell::string(i.sku), Cell::string(i.name), Cell{QString::number(i.support), i.support},
                    number(i.confidence, 3), number(i.lift, 2)});
    writer.finish();
    return Exit::Ok;
}

} // namespace

void appendScoreCommands(QList<Command> &c)
{
    c.append({"score", "lead|account [--top N] [--no-recompute] [--today DATE] [--format table|csv|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Recompute the lead or purchase-propensity scores and list the top N with their main factors"),
              QT_TRANSLATE_NOOP("trato::Cli", "Trains a logistic regression on this database's history and stores the scores (0-100) in "
                "lead.lead_score or account.purchase_score, then lists the best N (default 10; leads: open ones only) with the three "
                "features that weigh most in each score (weight × standardised value, in log-odds). Accounts: trained on who bought in "
                "the 90 days before today, from their data up to then. Leads: converted or qualified against disqualified or stale. "
                "--no-recompute lists the stored scores without factors. The same data and today give the same scores."),
              {{"top", "N", QT_TRANSLATE_NOOP("trato::Cli", "How many to list (default: 10)")},
               {"no-recompute", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "List the stored scores, compute nothing")},
               kToday, kFormat},
              1, 1, Command::OpenExisting, runScore});
    c.append({"segments rfm", "[--months N] [--today DATE] [--format table|csv|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Recompute the RFM segments of the customers and list accounts and revenue per segment"),
              QT_TRANSLATE_NOOP("trato::Cli", "Recency, frequency and monetary value per account from its counted invoices minus credit "
                "notes over the last N months (default 12), scored 1-5 by quintile; the segment comes from R and F. Stores "
                "account.rfm_segment and account.rfm_score; accounts that never bought have none. Revenue is net of discounts, before tax."),
              {{"months", "N", QT_TRANSLATE_NOOP("trato::Cli", "Window in months (default: 12)")}, kToday, kFormat},
              0, 0, Command::OpenExisting, runSegmentsRfm});
    c.append({"also-bought", "PRODUCT | --account ACCOUNT [--top N] [--min-support K] [--format table|csv|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Customers who bought this product also bought...; or products to suggest to an account"),
              QT_TRANSLATE_NOOP("trato::Cli", "Co-occurrence over the products of counted invoices. PRODUCT (id, SKU or exact name): the "
                "products its buyers also bought. --account (id or exact name): products it has not bought that the accounts sharing a "
                "product with it bought. support = accounts, confidence = share of the base accounts, lift = confidence over the "
                "product's share of all buyers. Only support ≥ K (default 2); best N (default 10)."),
              {{"account", "ACCOUNT", QT_TRANSLATE_NOOP("trato::Cli", "Suggestions for this account instead")},
               {"top", "N", QT_TRANSLATE_NOOP("trato::Cli", "How many to list (default: 10)")},
               {"min-support", "K", QT_TRANSLATE_NOOP("trato::Cli", "Minimum accounts that bought both (default: 2)")},
               kFormat},
              0, 1, Command::OpenExisting, runAlsoBought});
}

} // namespace trato::cli
