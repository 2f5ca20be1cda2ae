// SPDX-License-Identifier: GPL-3.0-or-later
// kb search|show|insert|helped (the knowledge base) and contract status|assign (service contracts).
#include "commands.h"

#include "metadata/value.h"
#include "support/knowledgebase.h"
#include "support/servicecontracts.h"

namespace trato::cli {

namespace {

using Value::formatMilli;

int runKbSearch(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    qint64 limit = 20;
    if (!countOption(context, args, QStringLiteral("limit"), 20, &limit, &code))
        return code;
    auto hits = KnowledgeBase(*context.db).search(args.positional.join(QLatin1Char(' ')), args.has(QStringLiteral("drafts")),
                                                  int(qMin<qint64>(limit, 1000)));
    if (!hits)
        return fail(hits.error());
    RowWriter writer(format, {{QStringLiteral("id")}, {QStringLiteral("title")}, {QStringLiteral("category")},
                              {QStringLiteral("status")}, {QStringLiteral("helped"), true}});
    for (const KbHit &h : hits.value())
        writer.add({Cell::string(h.id), Cell::string(h.title), Cell::string(h.category), Cell::string(h.status),
                    {QString::number(h.helpedCount), h.helpedCount}});
    writer.finish();
    return Exit::Ok;
}

int runKbShow(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Text, Format::Json}, Format::Text, &format, &code))
        return code;
    auto a = KnowledgeBase(*context.db).article(args.positional.at(0));
    if (!a)
        return fail(a.error());
    const Record &r = a.value();
    auto text = [&r](const char *f) { return r.value(QString::fromLatin1(f)).toString(); };
    if (format == Format::Json) {
        const JsonObject o{{QStringLiteral("id"), text("id")},
                           {QStringLiteral("title"), text("title")},
                           {QStringLiteral("category"), text("category")},
                           {QStringLiteral("status"), text("status")},
                           {QStringLiteral("tags"), text("tags")},
                           {QStringLiteral("helped"), r.value(QStringLiteral("helped_count")).toLongLong()},
                           {QStringLiteral("body"), text("body")}};
        writeOut(toJson(QVariant::fromValue(o), true) + QLatin1Char('\n'));
        return Exit::Ok;
    }
    writeKeyValues({{Cli::tr("Title"), text("title")},
                    {Cli::tr("Category"), text("category")},
                    {Cli::tr("Status"), text("status")},
                    {Cli::tr("Tags"), text("tags")},
                    {Cli::tr("Helped"), QString::number(r.value(QStringLiteral("helped_count")).toLongLong())},
                    {Cli::tr("Id"), text("id")}});
    writeOut(QLatin1Char('\n') + text("body") + QLatin1Char('\n'));
    return Exit::Ok;
}

int runKbInsert(Context &context, const Arguments &args)
{
    auto id = KnowledgeBase(*context.db).insert(args.positional.at(0), args.positional.at(1));
    if (!id)
        return fail(id.error());
    writeOut(id.value() + QLatin1Char('\n'));
    return Exit::Ok;
}

int runKbHelped(Context &context, const Arguments &args)
{
    KnowledgeBase kb(*context.db);
    if (Status s = kb.markHelped(args.positional.at(0), args.positional.at(1), !args.has(QStringLiteral("undo"))); !s)
        return fail(s.error());
    auto a = kb.article(args.positional.at(1));
    if (!a)
        return fail(a.error());
    writeOut(Cli::tr("Helped %1 time(s): %2").arg(a.value().value(QStringLiteral("helped_count")).toLongLong())
                 .arg(a.value().value(QStringLiteral("title")).toString()) + QLatin1Char('\n'));
    return Exit::Ok;
}

int runContractStatus(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    QDate today = QDate::currentDate();
    if (args.has(QStringLiteral("date"))) {
        today = QDate::fromString(args.value(QStringLiteral("date")), Qt::ISODate);
        if (!today.isValid())
            return usageError(context, Cli::tr("--date takes a date as YYYY-MM-DD."));
    }
    auto st = ServiceContracts(*context.db).status(args.positional.value(0), today);
    if (!st)
        return fail(st.error());
    RowWriter writer(format, {{QStringLiteral("account")}, {QStringLiteral("contract")}, {QStringLiteral("unit")},
                              {QStringLiteral("included"), true}, {QStringLiteral("used"), true}, {QStringLiteral("left"), true},
                              {QStringLiteral("status")}, {QStringLiteral("period")}, {QStringLiteral("low")}});
    for (const ContractStatus &c : st.value()) {
        const QString period = c.periodStart.toString(Qt::ISODate) + QStringLiteral("..") + c.periodEnd.toString(Qt::ISODate);
        writer.add({Cell::string(c.accountName), Cell::string(c.name), Cell::string(c.unit), Cell::string(formatMilli(c.included)),
                    Cell::string(formatMilli(c.used)), Cell::string(formatMilli(c.left())), Cell::string(c.state), Cell::string(period),
                    {c.low() ? QStringLiteral("yes") : QString(), c.low()}});
    }
    writer.finish();
    return Exit::Ok;
}

int runContractAssign(Context &context, const Arguments &args)
{
    auto w = ServiceContracts(*context.db).assign(args.positional.at(0), args.positional.value(1));
    if (!w)
        return fail(w.error());
    for (const QString &warning : w.value())
        writeErr(Cli::tr("Warning: %1").arg(warning) + QLatin1Char('\n'));
    return Exit::Ok;
}

} // namespace

void appendKbCommands(QList<Command> &c)
{
    c.append({"kb search", "TEXT... [--drafts] [--limit N] [--format table|csv|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Search the knowledge base"),
              QT_TRANSLATE_NOOP("trato::Cli", "Published articles whose title, text, category or tags hold every word (accents and case "
                "ignored, words match as prefixes), best first: the title weighs most. --drafts includes drafts."),
              {{"drafts", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Include draft articles")},
               {"limit", "N", QT_TRANSLATE_NOOP("trato::Cli", "At most N articles (default 20)")},
               {"format", "table|csv|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: table)")}},
              1, -1, Command::OpenExisting, runKbSearch});
    c.append({"kb show", "ARTICLE [--format text|json]", QT_TRANSLATE_NOOP("trato::Cli", "Show a knowledge base article"),
              QT_TRANSLATE_NOOP("trato::Cli", "ARTICLE is the article's id or exact title."),
              {{"format", "text|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: text)")}},
              1, 1, Command::OpenExisting, runKbShow});
    c.append({"kb insert", "TICKET ARTICLE", QT_TRANSLATE_NOOP("trato::Cli", "Reply to a ticket with a knowledge base article"),
              QT_TRANSLATE_NOOP("trato::Cli", "TICKET is the ticket's id or number, ARTICLE the article's id or exact title. Logs a reply "
                "with the article's title and text and links the article to the ticket, in one transaction; prints the reply's id. Only "
                "published articles; a closed ticket refuses (reopen it first)."),
              {}, 2, 2, Command::OpenExisting, runKbInsert});
    c.append({"kb helped", "TICKET ARTICLE [--undo]", QT_TRANSLATE_NOOP("trato::Cli", "Mark that an article helped on a ticket"),
              QT_TRANSLATE_NOOP("trato::Cli", "Links the article to the ticket if needed and marks the link as helped (--undo clears the "
                "mark). The article's helped count is the number of tickets it helped on."),
              {{"undo", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Clear the mark")}},
              2, 2, Command::OpenExisting, runKbHelped});
    c.append({"contract status", "[ACCOUNT] [--date YYYY-MM-DD] [--format table|csv|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Show what service contracts include and what is used"),
              QT_TRANSLATE_NOOP("trato::Cli", "Per contract (of one account, an id or exact name, when given): included, used and left in "
                "the period that holds today (month, quarter, year or the whole term; hours, or tickets), the status (active, used_up, "
                "expired, not_started) and the period. low = less than 10 % left. The used figures are recomputed and stored."),
              {{"date", "YYYY-MM-DD", QT_TRANSLATE_NOOP("trato::Cli", "Judge on this day instead of today")},
               {"format", "table|csv|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: table)")}},
              0, 1, Command::OpenExisting, runContractStatus});
    c.append({"contract assign", "TICKET [CONTRACT]", QT_TRANSLATE_NOOP("trato::Cli", "Put a ticket under a service contract"),
              QT_TRANSLATE_NOOP("trato::Cli", "TICKET is the ticket's id or number, CONTRACT the contract's id or exact name (none: take "
                "the ticket out of its contract). The contract must belong to the ticket's account. An expired, not yet started or used-up "
                "contract is still assigned, with a warning on stderr."),
              {}, 1, 2, Command::OpenExisting, runContractAssign});
}

} // namespace trato::cli
