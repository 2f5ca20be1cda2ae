// SPDX-License-Identifier: GPL-3.0-or-later
// line move, line remove (the lines editor's operations) and purchases (purchase history).
#include "commands.h"

#include "metadata/value.h"
#include "sales/documentlines.h"
#include "sales/purchasehistory.h"
#include "sales/salesdocs.h"

namespace trato::cli {

namespace {

using Value::formatCents;
using Value::formatMilli;

QVariant dateJson(const QDate &d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : jsonNull(); }

Result<QString> lineArgs(Context &context, const Arguments &args, QString *entity, QString *doc)
{
    *entity = args.positional.at(0);
    *doc = args.positional.at(1);
    if (!SalesDocs::isDocument(*entity))
        return Error::badInput(Cli::tr("\"%1\" is not a sales document: use quote, sales_order, invoice or credit_note.").arg(*entity));
    return DocumentLines(*context.db).resolveLine(*entity, *doc, args.positional.at(2));
}

int runLineMove(Context &context, const Arguments &args)
{
    const bool up = args.has(QStringLiteral("up"));
    const bool down = args.has(QStringLiteral("down"));
    if (up == down)
        return usageError(context, Cli::tr("Give exactly one of --up and --down."));
    QString entity, doc;
    auto line = lineArgs(context, args, &entity, &doc);
    if (!line)
        return fail(line.error());
    if (Status s = DocumentLines(*context.db).move(entity, doc, line.value(), up ? -1 : 1); !s)
        return fail(s.error());
    return Exit::Ok;
}

int runLineRemove(Context &context, const Arguments &args)
{
    QString entity, doc;
    auto line = lineArgs(context, args, &entity, &doc);
    if (!line)
        return fail(line.error());
    if (Status s = DocumentLines(*context.db).remove(entity, doc, line.value()); !s)
        return fail(s.error());
    return Exit::Ok;
}

QVariant documentJson(const OpenDocument &d, bool invoice)
{
    JsonObject o{{QStringLiteral("entity"), d.entity},
                 {QStringLiteral("id"), d.id},
                 {QStringLiteral("number"), d.number.isEmpty() ? jsonNull() : QVariant(d.number)},
                 {QStringLiteral("subject"), d.subject.isEmpty() ? jsonNull() : QVariant(d.subject)},
                 {QStringLiteral("status"), d.status},
                 {QStringLiteral("date"), dateJson(d.date)},
                 {QStringLiteral("total"), formatCents(d.total)}};
    if (invoice)
        o << QPair<QString, QVariant>{QStringLiteral("balance_due"), formatCents(d.balanceDue)};
    return QVariant::fromValue(o);
}

QString documentText(const OpenDocument &d)
{
    return QStringLiteral("  %1  %2  %3  %4  %5").arg(d.number.isEmpty() ? d.id : d.number, d.date.toString(Qt::ISODate), d.status, formatCents(d.total), d.subject);
}

int runPurchases(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Text, Format::Json}, Format::Text, &format, &code))
        return code;
    PurchaseHistoryService service(*context.db);
    auto who = service.resolve(args.positional.at(0));
    if (!who)
        return fail(who.error());
    auto loaded = service.load(who.value().first, who.value().second);
    if (!loaded)
        return fail(loaded.error());
    const PurchaseHistory &h = loaded.value();
    if (format == Format::Json) {
        QVariantList items, years, quotes, unpaid;
        for (const PurchasedItem &i : h.items)
            items << QVariant::fromValue(JsonObject{{QStringLiteral("entity"), i.entity},
                                                    {QStringLiteral("id"), i.id},
                                                    {QStringLiteral("code"), i.code.isEmpty() ? jsonNull() : QVariant(i.code)},
                                                    {QStringLiteral("name"), i.name},
                                                    {QStringLiteral("quantity"), formatMilli(i.quantity)},
                                                    {QStringLiteral("amount"), formatCents(i.amount)},
                                                    {QStringLiteral("last_date"), dateJson(i.lastDate)}});
        for (const PurchaseYear &y : h.years)
            years << QVariant::fromValue(JsonObject{{QStringLiteral("year"), y.year},
                                                    {QStringLiteral("invoices"), y.invoices},
                                                    {QStringLiteral("invoiced"), formatCents(y.invoiced)},
                                                    {QStringLiteral("credited"), formatCents(y.credited)},
                                                    {QStringLiteral("net"), formatCents(y.net())}});
        for (const OpenDocument &d : h.openQuotes)
            quotes << documentJson(d, false);
        for (const OpenDocument &d : h.unpaidInvoices)
            unpaid << documentJson(d, true);
        const JsonObject obj{{QStringLiteral("entity"), h.entity},
                             {QStringLiteral("id"), h.id},
                             {QStringLiteral("name"), h.name},
                             {QStringLiteral("last_purchase"), dateJson(h.lastPurchase)},
                             {QStringLiteral("invoiced"), formatCents(h.invoicedTotal)},
                             {QStringLiteral("credited"), formatCents(h.creditedTotal)},
                             {QStringLiteral("net"), formatCents(h.invoicedTotal - h.creditedTotal)},
                             {QStringLiteral("items"), items},
                             {QStringLiteral("years"), years},
                             {QStringLiteral("open_quotes"), quotes},
                             {QStringLiteral("unpaid_invoices"), unpaid}};
        writeOut(toJson(QVariant::fromValue(obj), true) + QLatin1Char('\n'));
        return Exit::Ok;
    }
    writeKeyValues({{Cli::tr("Customer"), h.name},
                    {Cli::tr("Last purchase"), h.lastPurchase.isValid() ? h.lastPurchase.toString(Qt::ISODate) : Cli::tr("never")},
                    {Cli::tr("Invoiced"), formatCents(h.invoicedTotal)},
                    {Cli::tr("Credited"), formatCents(h.creditedTotal)},
                    {Cli::tr("Net"), formatCents(h.invoicedTotal - h.creditedTotal)}});
    writeOut(QLatin1Char('\n') + Cli::tr("Products and services bought:") + QLatin1Char('\n'));
    {
        RowWriter writer(Format::Table, {{QStringLiteral("code")}, {QStringLiteral("name")}, {QStringLiteral("quantity"), true},
                                         {QStringLiteral("amount"), true}, {QStringLiteral("last_date")}});
        for (const PurchasedItem &i : h.items)
            writer.add({Cell::string(i.code), Cell::string(i.name), Cell::string(formatMilli(i.quantity)), Cell::string(formatCents(i.amount)),
                        Cell::string(i.lastDate.toString(Qt::ISODate))});
        writer.finish();
    }
    writeOut(QLatin1Char('\n') + Cli::tr("Per year:") + QLatin1Char('\n'));
    {
        RowWriter writer(Format::Table, {{QStringLiteral("year")}, {QStringLiteral("invoices"), true}, {QStringLiteral("invoiced"), true},
                                         {QStringLiteral("credited"), true}, {QStringLiteral("net"), true}});
        for (const PurchaseYear &y : h.years)
            writer.add({Cell::string(QString::number(y.year)), Cell::string(QString::number(y.invoices)), Cell::string(formatCents(y.invoiced)),
                        Cell::string(formatCents(y.credited)), Cell::string(formatCents(y.net()))});
        writer.finish();
    }
    writeOut(QLatin1Char('\n') + Cli::tr("Open quotes: %1").arg(h.openQuotes.size()) + QLatin1Char('\n'));
    for (const OpenDocument &d : h.openQuotes)
        writeOut(documentText(d) + QLatin1Char('\n'));
    writeOut(Cli::tr("Unpaid invoices: %1").arg(h.unpaidInvoices.size()) + QLatin1Char('\n'));
    for (const OpenDocument &d : h.unpaidInvoices)
        writeOut(documentText(d) + QStringLiteral("  ") + Cli::tr("due %1").arg(formatCents(d.balanceDue)) + QLatin1Char('\n'));
    return Exit::Ok;
}

} // namespace

void appendPurchaseCommands(QList<Command> &c)
{
    c.append({"line move", "ENTITY DOC_ID LINE --up|--down", QT_TRANSLATE_NOOP("trato::Cli", "Move a line of a sales document up or down"),
              QT_TRANSLATE_NOOP("trato::Cli", "ENTITY is quote, sales_order, invoice or credit_note; LINE the line's number (position) or id. "
                "The line swaps places with its neighbour; the lines are numbered 1, 2, 3... again. Only a document that may still be "
                "edited (a draft, a sent quote, an open order) changes."),
              {{"up", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Move the line one place up")},
               {"down", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Move the line one place down")}},
              3, 3, Command::OpenExisting, runLineMove});
    c.append({"line remove", "ENTITY DOC_ID LINE", QT_TRANSLATE_NOOP("trato::Cli", "Delete a line of a sales document"),
              QT_TRANSLATE_NOOP("trato::Cli", "LINE is the line's number (position) or id. The line goes to the Trash; the document's totals "
                "follow. Only a document that may still be edited changes."),
              {}, 3, 3, Command::OpenExisting, runLineRemove});
    c.append({"purchases", "ACCOUNT_OR_CONTACT [--format text|json]", QT_TRANSLATE_NOOP("trato::Cli", "Show what an account or contact bought"),
              QT_TRANSLATE_NOOP("trato::Cli", "ACCOUNT_OR_CONTACT is an id or exact name. Products and services from issued, partially paid, "
                "paid and overdue invoices minus issued credit notes (quantity, net amount, last date), totals per year (taxes included), "
                "the last purchase, open quotes (draft, sent) and unpaid invoices. A contact's history is the documents naming that contact."),
              {{"format", "text|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: text)")}},
              1, 1, Command::OpenExisting, runPurchases});
}

} // namespace trato::cli
