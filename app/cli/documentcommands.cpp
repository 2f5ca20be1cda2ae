// SPDX-License-Identifier: GPL-3.0-or-later
// Comercial documents: quote convert, order ship|cancel|invoice, invoice issue|pay|overdue,
// credit-note, line add, lines, tax-rates.
#include "commands.h"

#include "metadata/registry.h"
#include "metadata/value.h"
#include "sales/salesdocs.h"
#include "sales/salesdocuments.h"
#include "sales/taxrates.h"
#include "store/sqlite.h"

#include <QSqlQuery>

namespace trato::cli {

namespace {

using Value::formatCents;
using Value::formatMilli;

QString percentText(double p)
{
    return QString::number(p, 'g', 15);
}

bool dateText(const Context &context, const QString &text, QDate *out)
{
    QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!d.isValid())
        d = context.locale.toDate(text.trimmed(), QLocale::ShortFormat);
    if (!d.isValid())
        d = context.locale.toDate(text.trimmed(), QStringLiteral("dd/MM/yyyy"));
    *out = d;
    return d.isValid();
}

Result<QVariant> parseAs(const Context &context, FieldType type, const QString &option, const QString &text)
{
    const Field f = Field::make("value", type, "Value");
    auto v = Value::parse(f, text, context.locale);
    if (!v)
        return Error::badInput(QStringLiteral("--") + option + QStringLiteral(": ") + v.error().message);
    if (v.value().isNull())
        return Error::badInput(Cli::tr("--%1 needs a value.").arg(option));
    return v.value();
}

// A document of an entity by id or number; the entity must be a sales document.
Result<QString> document(Context &context, const QString &entity, const QString &text)
{
    return SalesDocuments(*context.db).resolve(entity, text);
}

// Prints the result of an operation: the text (an id or a number) or, with --format json, an object.
int done(const Context &context, const Arguments &args, const JsonObject &json, const QString &text)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Text, Format::Json}, Format::Text, &format, &code))
        return code;
    if (format == Format::Json)
        writeOut(toJson(QVariant::fromValue(json), true) + QLatin1Char('\n'));
    else
        writeOut(text + QLatin1Char('\n'));
    return Exit::Ok;
}

QString numberOf(Context &context, const QString &entity, const QString &id)
{
    auto q = Sql::exec(context.db->connection(), QStringLiteral("SELECT coalesce(number, '') FROM %1 WHERE id = ?").arg(entity), {id});
    return q && q.value().next() ? q.value().value(0).toString() : QString();
}

int runQuoteConvert(Context &context, const Arguments &args)
{
    auto quote = document(context, QStringLiteral("quote"), args.positional.at(0));
    if (!quote)
        return fail(quote.error());
    const QString target = args.value(QStringLiteral("to"));
    if (target.isEmpty())
        return usageError(context, Cli::tr("--to sales_order|invoice is required"));
    auto id = SalesDocuments(*context.db).convert(QStringLiteral("quote"), quote.value(), target);
    if (!id)
        return fail(id.error());
    const QString number = numberOf(context, target, id.value());
    return done(context, args, {{QStringLiteral("entity"), target}, {QStringLiteral("id"), id.value()},
                                {QStringLiteral("number"), number.isEmpty() ? jsonNull() : QVariant(number)}},
                id.value());
}

int runOrderInvoice(Context &context, const Arguments &args)
{
    auto order = document(context, QStringLiteral("sales_order"), args.positional.at(0));
    if (!order)
        return fail(order.error());
    auto id = SalesDocuments(*context.db).convert(QStringLiteral("sales_order"), order.value(), QStringLiteral("invoice"));
    if (!id)
        return fail(id.error());
    return done(context, args, {{QStringLiteral("entity"), QStringLiteral("invoice")}, {QStringLiteral("id"), id.value()}}, id.value());
}

int runOrderShip(Context &context, const Arguments &args)
{
    auto order = document(context, QStringLiteral("sales_order"), args.positional.at(0));
    if (!order)
        return fail(order.error());
    auto warnings = SalesDocuments(*context.db).ship(order.value());
    if (!warnings)
        return fail(warnings.error());
    for (const QString &w : warnings.value())
        writeErr(Cli::tr("warning: %1").arg(w) + QLatin1Char('\n'));
    return done(context, args, {{QStringLiteral("id"), order.value()}, {QStringLiteral("status"), QStringLiteral("shipped")},
                                {QStringLiteral("warnings"), warnings.value()}},
                QStringLiteral("shipped"));
}

int runOrderCancel(Context &context, const Arguments &args)
{
    auto order = document(context, QStringLiteral("sales_order"), args.positional.at(0));
    if (!order)
        return fail(order.error());
    if (Status s = SalesDocuments(*context.db).cancel(order.value()); !s)
        return fail(s.error());
    return done(context, args, {{QStringLiteral("id"), order.value()}, {QStringLiteral("status"), QStringLiteral("cancelled")}},
                QStringLiteral("cancelled"));
}

int runInvoiceIssue(Context &context, const Arguments &args)
{
    auto invoice = document(context, QStringLiteral("invoice"), args.positional.at(0));
    if (!invoice)
        return fail(invoice.error());
    QStringList warnings;
    auto number = SalesDocuments(*context.db).issue(invoice.value(), &warnings);
    if (!number)
        return fail(number.error());
    for (const QString &w : std::as_const(warnings))
        writeErr(Cli::tr("warning: %1").arg(w) + QLatin1Char('\n'));
    return done(context, args, {{QStringLiteral("id"), invoice.value()}, {QStringLiteral("number"), number.value()},
                                {QStringLiteral("warnings"), warnings}},
                number.value());
}

int runInvoicePay(Context &context, const Arguments &args)
{
    auto invoice = document(context, QStringLiteral("invoice"), args.positional.at(0));
    if (!invoice)
        return fail(invoice.error());
    qint64 amount = 0;
    QString why;
    if (!Value::parseMoney(args.positional.at(1), context.locale, &amount, &why))
        return fail(Error::badInput(Cli::tr("AMOUNT: %1").arg(why)));
    QDate date;
    if (args.has(QStringLiteral("date")) && !dateText(context, args.value(QStringLiteral("date")), &date))
        return usageError(context, Cli::tr("--date: \"%1\" is not a date (use YYYY-MM-DD)").arg(args.value(QStringLiteral("date"))));
    SalesDocuments docs(*context.db);
    auto id = docs.pay(invoice.value(), amount, date, args.value(QStringLiteral("method")), args.value(QStringLiteral("reference")));
    if (!id)
        return fail(id.error());
    auto info = docs.load(QStringLiteral("invoice"), invoice.value());
    if (!info)
        return fail(info.error());
    if (!args.has(QStringLiteral("format")))
        writeErr(Cli::tr("%1: %2, balance due %3").arg(info.value().number, SalesDocuments::statusLabel(QStringLiteral("invoice"), info.value().status),
                                                      formatCents(info.value().balanceDue))
                 + QLatin1Char('\n'));
    return done(context, args, {{QStringLiteral("payment"), id.value()}, {QStringLiteral("invoice"), invoice.value()},
                                {QStringLiteral("status"), info.value().status}, {QStringLiteral("amount_paid"), formatCents(info.value().amountPaid)},
                                {QStringLiteral("balance_due"), formatCents(info.value().balanceDue)}},
                id.value());
}

int runInvoiceOverdue(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    auto changed = SalesDocuments(*context.db).refreshOverdue();
    if (!changed)
        return fail(changed.error());
    auto q = Sql::exec(context.db->connection(),
                       QStringLiteral("SELECT i.number, coalesce(a.name, ''), i.due_date, i.total, i.balance_due, i.currency, i.id FROM invoice i "
                                      "LEFT JOIN account a ON a.id = i.account WHERE i.deleted = 0 AND i.status = 'overdue' ORDER BY i.due_date, i.number"));
    if (!q)
        return fail(q.error());
    RowWriter writer(format, {{QStringLiteral("number")}, {QStringLiteral("account")}, {QStringLiteral("due_date")}, {QStringLiteral("total"), true},
                              {QStringLiteral("balance_due"), true}, {QStringLiteral("currency")}, {QStringLiteral("id")}});
    while (q.value().next())
        writer.add({Cell::string(q.value().value(0).toString()), Cell::string(q.value().value(1).toString()), Cell::string(q.value().value(2).toString()),
                    Cell::string(formatCents(q.value().value(3).toLongLong())), Cell::string(formatCents(q.value().value(4).toLongLong())),
                    Cell::string(q.value().value(5).toString()), Cell::string(q.value().value(6).toString())});
    writer.finish();
    if (format != Format::Json)
        writeErr(Cli::tr("%n invoice(s) changed status.", nullptr, changed.value()) + QLatin1Char('\n'));
    return Exit::Ok;
}

int runCreditNote(Context &context, const Arguments &args)
{
    auto invoice = document(context, QStringLiteral("invoice"), args.positional.at(0));
    if (!invoice)
        return fail(invoice.error());
    CreditNoteRequest r;
    r.invoice = invoice.value();
    r.reason = args.value(QStringLiteral("reason"));
    if (r.reason.trimmed().isEmpty())
        return usageError(context, Cli::tr("--reason TEXT is required"));
    r.restock = args.has(QStringLiteral("restock"));
    for (const QString &spec : args.values(QStringLiteral("line"))) {
        const int eq = spec.indexOf(QLatin1Char('='));
        bool ok = false;
        const int position = eq > 0 ? spec.left(eq).trimmed().toInt(&ok) : 0;
        if (!ok)
            return usageError(context, Cli::tr("--line takes LINE=QUANTITY (the line's number), not \"%1\"").arg(spec));
        auto qty = parseAs(context, FieldType::Quantity, QStringLiteral("line"), spec.mid(eq + 1));
        if (!qty)
            return fail(qty.error());
        if (r.quantities.contains(position))
            return usageError(context, Cli::tr("--line %1 is given twice").arg(position));
        r.quantities.insert(position, qty.value().toLongLong());
    }
    auto id = SalesDocuments(*context.db).creditNote(r);
    if (!id)
        return fail(id.error());
    const QString number = numberOf(context, QStringLiteral("credit_note"), id.value());
    return done(context, args, {{QStringLiteral("id"), id.value()}, {QStringLiteral("number"), number}}, number);
}

// An item by code (SKU or service code), id or exact name.
Result<QString> item(Context &context, const QString &entity, const QString &text)
{
    const QString codeField = entity == QLatin1String("product") ? QStringLiteral("sku") : QStringLiteral("code");
    auto q = Sql::exec(context.db->connection(), QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 AND upper(%2) = upper(?) LIMIT 1").arg(entity, codeField),
                       {text.trimmed()});
    if (!q)
        return q.error();
    if (q.value().next())
        return q.value().value(0).toString();
    const Entity *line = context.db->registry()->entity(QStringLiteral("sales_line"));
    return context.store->resolveRelation(*line->field(entity), text);
}

int runLineAdd(Context &context, const Arguments &args)
{
    const QString entity = args.positional.at(0);
    if (!SalesDocs::isDocument(entity))
        return usageError(context, Cli::tr("ENTITY is one of quote, sales_order, invoice, credit_note; not \"%1\"").arg(entity));
    auto doc = document(context, entity, args.positional.at(1));
    if (!doc)
        return fail(doc.error());
    const int kinds = int(args.has(QStringLiteral("product"))) + int(args.has(QStringLiteral("service"))) + int(args.has(QStringLiteral("text")));
    if (kinds != 1)
        return usageError(context, Cli::tr("give exactly one of --product, --service or --text"));
    QVariantMap values{{SalesDocs::lineField(entity), doc.value()}};
    if (args.has(QStringLiteral("product"))) {
        auto id = item(context, QStringLiteral("product"), args.value(QStringLiteral("product")));
        if (!id)
            return fail(Error{id.error().kind, QStringLiteral("--product: ") + id.error().message});
        values.insert(QStringLiteral("kind"), QStringLiteral("product"));
        values.insert(QStringLiteral("product"), id.value());
    } else if (args.has(QStringLiteral("service"))) {
        auto id = item(context, QStringLiteral("service"), args.value(QStringLiteral("service")));
        if (!id)
            return fail(Error{id.error().kind, QStringLiteral("--service: ") + id.error().message});
        values.insert(QStringLiteral("kind"), QStringLiteral("service"));
        values.insert(QStringLiteral("service"), id.value());
    } else {
        values.insert(QStringLiteral("kind"), QStringLiteral("text"));
        values.insert(QStringLiteral("description"), args.value(QStringLiteral("text")));
    }
    if (args.has(QStringLiteral("description")))
        values.insert(QStringLiteral("description"), args.value(QStringLiteral("description")));
    const QList<std::tuple<const char *, const char *, FieldType>> numeric = {
        {"qty", "quantity", FieldType::Quantity},        {"price", "unit_price", FieldType::Money},
        {"discount", "discount_percent", FieldType::Percent}, {"discount-amount", "discount_amount", FieldType::Money},
        {"tax", "tax_rate", FieldType::Percent},          {"surcharge", "surcharge_rate", FieldType::Percent}};
    for (const auto &[option, field, type] : numeric) {
        const QString name = QString::fromLatin1(option);
        if (!args.has(name))
            continue;
        auto v = parseAs(context, type, name, args.value(name));
        if (!v)
            return fail(v.error());
        values.insert(QString::fromLatin1(field), v.value());
    }
    if (args.has(QStringLiteral("configuration")))
        values.insert(QStringLiteral("configuration"), args.value(QStringLiteral("configuration")));
    auto id = context.store->create(QStringLiteral("sales_line"), values);
    if (!id)
        return fail(id.error());
    auto line = context.store->get(QStringLiteral("sales_line"), id.value());
    if (!line)
        return fail(line.error());
    const Record &l = line.value();
    return done(context, args, {{QStringLiteral("id"), id.value()}, {QStringLiteral("line"), l.value(QStringLiteral("position"))},
                                {QStringLiteral("description"), l.value(QStringLiteral("description"))},
                                {QStringLiteral("quantity"), formatMilli(l.value(QStringLiteral("quantity")).toLongLong())},
                                {QStringLiteral("unit_price"), formatCents(l.value(QStringLiteral("unit_price")).toLongLong())},
                                {QStringLiteral("tax_rate"), percentText(l.value(QStringLiteral("tax_rate")).toDouble())},
                                {QStringLiteral("surcharge_rate"), percentText(l.value(QStringLiteral("surcharge_rate")).toDouble())},
                                {QStringLiteral("net"), formatCents(l.value(QStringLiteral("net")).toLongLong())}},
                id.value());
}

int runLines(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Text, Format::Json}, Format::Text, &format, &code))
        return code;
    const QString entity = args.positional.at(0);
    if (!SalesDocs::isDocument(entity))
        return usageError(context, Cli::tr("ENTITY is one of quote, sales_order, invoice, credit_note; not \"%1\"").arg(entity));
    auto doc = document(context, entity, args.positional.at(1));
    if (!doc)
        return fail(doc.error());
    auto info = SalesDocuments(*context.db).load(entity, doc.value());
    if (!info)
        return fail(info.error());
    const SalesDocumentInfo &d = info.value();
    const DocumentTotals &t = d.totals;
    if (format == Format::Json) {
        QVariantList lines;
        for (const SalesLineInfo &l : d.lines)
            lines << QVariant::fromValue(JsonObject{{QStringLiteral("line"), l.position},
                                                    {QStringLiteral("id"), l.id},
                                                    {QStringLiteral("kind"), l.kind},
                                                    {QStringLiteral("code"), l.itemCode.isEmpty() ? jsonNull() : QVariant(l.itemCode)},
                                                    {QStringLiteral("description"), l.description},
                                                    {QStringLiteral("quantity"), formatMilli(l.quantity)},
                                                    {QStringLiteral("unit_price"), formatCents(l.unitPrice)},
                                                    {QStringLiteral("discount_percent"), percentText(l.discountPercent)},
                                                    {QStringLiteral("discount_amount"), formatCents(l.discountAmount)},
                                                    {QStringLiteral("tax_rate"), percentText(l.taxRate)},
                                                    {QStringLiteral("surcharge_rate"), percentText(l.surchargeRate)},
                                                    {QStringLiteral("net"), formatCents(l.net)}});
        QVariantList taxes;
        for (const TaxBucket &b : t.breakdown)
            taxes << QVariant::fromValue(JsonObject{{QStringLiteral("rate"), percentText(b.taxBp / 100.0)},
                                                    {QStringLiteral("surcharge_rate"), percentText(b.surchargeBp / 100.0)},
                                                    {QStringLiteral("base"), formatCents(b.base)},
                                                    {QStringLiteral("tax"), formatCents(b.tax)},
                                                    {QStringLiteral("surcharge"), formatCents(b.surcharge)}});
        JsonObject obj{{QStringLiteral("entity"), entity},
                       {QStringLiteral("id"), d.id},
                       {QStringLiteral("number"), d.number.isEmpty() ? jsonNull() : QVariant(d.number)},
                       {QStringLiteral("status"), d.status},
                       {QStringLiteral("account"), d.accountName},
                       {QStringLiteral("currency"), d.currency},
                       {QStringLiteral("lines"), lines},
                       {QStringLiteral("taxes"), taxes},
                       {QStringLiteral("subtotal"), formatCents(t.subtotal)},
                       {QStringLiteral("discount_total"), formatCents(t.discountTotal)},
                       {QStringLiteral("shipping"), formatCents(t.shipping)},
                       {QStringLiteral("tax_total"), formatCents(t.taxTotal)},
                       {QStringLiteral("adjustment"), formatCents(t.adjustment)},
                       {QStringLiteral("total"), formatCents(t.total)}};
        if (entity == QLatin1String("invoice")) {
            obj.append({QStringLiteral("amount_paid"), formatCents(d.amountPaid)});
            obj.append({QStringLiteral("credited"), formatCents(d.credited)});
            obj.append({QStringLiteral("balance_due"), formatCents(d.balanceDue)});
        }
        writeOut(toJson(QVariant::fromValue(obj), true) + QLatin1Char('\n'));
        return Exit::Ok;
    }
    writeKeyValues({{Cli::tr("Number"), d.number.isEmpty() ? Cli::tr("(draft)") : d.number},
                    {Cli::tr("Status"), SalesDocuments::statusLabel(entity, d.status)},
                    {Cli::tr("Account"), d.accountName},
                    {Cli::tr("Currency"), d.currency}});
    writeOut(QStringLiteral("\n"));
    {
        RowWriter writer(Format::Table, {{QStringLiteral("line"), true}, {QStringLiteral("code")}, {QStringLiteral("description")},
                                         {QStringLiteral("quantity"), true}, {QStringLiteral("unit_price"), true}, {QStringLiteral("discount"), true},
                                         {QStringLiteral("tax"), true}, {QStringLiteral("net"), true}});
        for (const SalesLineInfo &l : d.lines) {
            QString discount = l.discountPercent != 0 ? percentText(l.discountPercent) + QStringLiteral(" %") : QString();
            if (l.discountAmount != 0)
                discount += (discount.isEmpty() ? QString() : QStringLiteral(" + ")) + formatCents(l.discountAmount);
            QString tax = percentText(l.taxRate) + QStringLiteral(" %");
            if (l.surchargeRate != 0)
                tax += QStringLiteral(" + ") + percentText(l.surchargeRate) + QStringLiteral(" %");
            writer.add({Cell::string(QString::number(l.position)), Cell::string(l.itemCode), Cell::string(l.description.section(QLatin1Char('\n'), 0, 0)),
                        Cell::string(formatMilli(l.quantity)), Cell::string(formatCents(l.unitPrice)), Cell::string(discount), Cell::string(tax),
                        Cell::string(formatCents(l.net))});
        }
        writer.finish();
    }
    writeOut(QStringLiteral("\n"));
    {
        RowWriter writer(Format::Table, {{QStringLiteral("base"), true}, {QStringLiteral("rate"), true}, {QStringLiteral("tax"), true},
                                         {QStringLiteral("surcharge_rate"), true}, {QStringLiteral("surcharge"), true}});
        for (const TaxBucket &b : t.breakdown)
            writer.add({Cell::string(formatCents(b.base)), Cell::string(percentText(b.taxBp / 100.0) + QStringLiteral(" %")), Cell::string(formatCents(b.tax)),
                        Cell::string(percentText(b.surchargeBp / 100.0) + QStringLiteral(" %")), Cell::string(formatCents(b.surcharge))});
        writer.finish();
    }
    writeOut(QStringLiteral("\n"));
    QList<QPair<QString, QString>> totals{{Cli::tr("Subtotal"), formatCents(t.subtotal)},
                                          {Cli::tr("Discounts"), formatCents(t.discountTotal)},
                                          {Cli::tr("Shipping"), formatCents(t.shipping)},
                                          {Cli::tr("Taxes"), formatCents(t.taxTotal)},
                                          {Cli::tr("Adjustment"), formatCents(t.adjustment)},
                                          {Cli::tr("Total"), formatCents(t.total) + QLatin1Char(' ') + d.currency}};
    if (entity == QLatin1String("invoice")) {
        totals << qMakePair(Cli::tr("Paid"), formatCents(d.amountPaid)) << qMakePair(Cli::tr("Credited"), formatCents(d.credited))
               << qMakePair(Cli::tr("Balance due"), formatCents(d.balanceDue));
    }
    writeKeyValues(totals);
    return Exit::Ok;
}

int runTaxRates(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    if (Status s = TaxRates::ensureDefaults(*context.db); !s)
        return fail(s.error());
    auto rates = TaxRates::list(*context.db);
    if (!rates)
        return fail(rates.error());
    RowWriter writer(format, {{QStringLiteral("code")}, {QStringLiteral("name")}, {QStringLiteral("rate"), true}, {QStringLiteral("surcharge"), true},
                              {QStringLiteral("tax_class")}, {QStringLiteral("active")}, {QStringLiteral("id")}});
    for (const TaxRateInfo &r : rates.value())
        writer.add({Cell::string(r.code), Cell::string(r.name), Cell::string(percentText(r.rate)), Cell::string(percentText(r.surcharge)),
                    Cell::string(r.taxClass), Cell::string(r.active ? QStringLiteral("yes") : QStringLiteral("no")), Cell::string(r.id)});
    writer.finish();
    return Exit::Ok;
}

const OptionSpec kFormat{"format", "text|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: text)")};

} // namespace

void appendDocumentCommands(QList<Command> &c)
{
    c.append({"quote convert", "QUOTE --to sales_order|invoice [--format text|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Convert a quote into a sales order or an invoice; print the new id"),
              QT_TRANSLATE_NOOP("trato::Cli", "QUOTE is an id or number. The header and lines are copied forward and linked; the quote "
                "becomes accepted. A rejected or expired quote is refused."),
              {{"to", "sales_order|invoice", QT_TRANSLATE_NOOP("trato::Cli", "What to convert it into")}, kFormat},
              1, 1, Command::OpenExisting, runQuoteConvert});
    c.append({"order invoice", "ORDER [--format text|json]", QT_TRANSLATE_NOOP("trato::Cli", "Invoice a sales order (a draft invoice); print its id"),
              nullptr, {kFormat}, 1, 1, Command::OpenExisting, runOrderInvoice});
    c.append({"order ship", "ORDER [--format text|json]", QT_TRANSLATE_NOOP("trato::Cli", "Ship an open sales order: its products leave the stock"),
              QT_TRANSLATE_NOOP("trato::Cli", "One transaction: every product line is shipped through the stock ledger, consuming the "
                "order's reservation. Under the oversell policy \"block\" a shortfall refuses it all; \"warn\" ships and warns on stderr."),
              {kFormat}, 1, 1, Command::OpenExisting, runOrderShip});
    c.append({"order cancel", "ORDER [--format text|json]", QT_TRANSLATE_NOOP("trato::Cli", "Cancel an open sales order and release its reservation"),
              nullptr, {kFormat}, 1, 1, Command::OpenExisting, runOrderCancel});
    c.append({"invoice issue", "INVOICE [--format text|json]", QT_TRANSLATE_NOOP("trato::Cli", "Issue a draft invoice; print its number"),
              QT_TRANSLATE_NOOP("trato::Cli", "The invoice gets the next number of INV-{YYYY}-{NNNNN} (gapless: a refused issue takes no "
                "number), today's date when it has none and its due date from the payment terms. Its product lines leave the stock "
                "unless it comes from an order that shipped. An issued invoice is never edited: a credit note corrects it."),
              {kFormat}, 1, 1, Command::OpenExisting, runInvoiceIssue});
    c.append({"invoice pay", "INVOICE AMOUNT [--date D] [--method M] [--reference R] [--format text|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Record a payment of an issued invoice; print the payment's id"),
              QT_TRANSLATE_NOOP("trato::Cli", "AMOUNT is more than zero and at most the balance due. The invoice becomes partially paid or paid."),
              {{"date", "D", QT_TRANSLATE_NOOP("trato::Cli", "Day of the payment (default: today)")},
               {"method", "transfer|card|cash|direct_debit|cheque|other", QT_TRANSLATE_NOOP("trato::Cli", "How it was paid (default: transfer)")},
               {"reference", "R", QT_TRANSLATE_NOOP("trato::Cli", "Bank reference or receipt")},
               kFormat},
              2, 2, Command::OpenExisting, runInvoicePay});
    c.append({"invoice overdue", "[--format table|csv|json]", QT_TRANSLATE_NOOP("trato::Cli", "Mark overdue invoices and list them"),
              QT_TRANSLATE_NOOP("trato::Cli", "Issued or partially paid invoices with a balance after their due date become overdue."),
              {{"format", "table|csv|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: table)")}},
              0, 0, Command::OpenExisting, runInvoiceOverdue});
    c.append({"credit-note", "INVOICE --reason TEXT [--restock] [--line LINE=QTY]... [--format text|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Issue a credit note for an issued invoice; print its number"),
              QT_TRANSLATE_NOOP("trato::Cli", "Without --line every line is credited in full. LINE is the invoice line's number (see "
                "`lines invoice INVOICE`). --restock returns the credited products to stock. The invoice's balance drops by the "
                "credit note's total; fully credited, the invoice is cancelled."),
              {{"reason", "TEXT", QT_TRANSLATE_NOOP("trato::Cli", "Why the invoice is corrected (required)")},
               {"restock", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Return the credited products to stock")},
               {"line", "LINE=QTY", QT_TRANSLATE_NOOP("trato::Cli", "Credit QTY of line LINE (repeatable)"), true},
               kFormat},
              1, 1, Command::OpenExisting, runCreditNote});
    c.append({"line add", "ENTITY DOC (--product SKU|--service CODE|--text TEXT) [--qty Q] [--price P] [--discount PCT] [--discount-amount A] "
                          "[--tax RATE] [--configuration JSON] [--format text|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Add a line to a quote, sales order, invoice or credit note; print its id"),
              QT_TRANSLATE_NOOP("trato::Cli", "ENTITY is quote, sales_order, invoice or credit_note; DOC an id or number. Not given: the "
                "description is the item's name, the price the customer's (price books), the tax the item's tax class and the "
                "equivalence surcharge the customer's. Only documents that may still change take lines."),
              {{"product", "SKU", QT_TRANSLATE_NOOP("trato::Cli", "A product line (SKU, id or name)")},
               {"service", "CODE", QT_TRANSLATE_NOOP("trato::Cli", "A service line (code, id or name)")},
               {"text", "TEXT", QT_TRANSLATE_NOOP("trato::Cli", "A text line")},
               {"description", "TEXT", QT_TRANSLATE_NOOP("trato::Cli", "Line description")},
               {"qty", "Q", QT_TRANSLATE_NOOP("trato::Cli", "Quantity (default 1)")},
               {"price", "P", QT_TRANSLATE_NOOP("trato::Cli", "Unit price")},
               {"discount", "PCT", QT_TRANSLATE_NOOP("trato::Cli", "Discount percent")},
               {"discount-amount", "A", QT_TRANSLATE_NOOP("trato::Cli", "Discount amount off the line")},
               {"tax", "RATE", QT_TRANSLATE_NOOP("trato::Cli", "Tax rate percent")},
               {"surcharge", "RATE", QT_TRANSLATE_NOOP("trato::Cli", "Equivalence surcharge percent")},
               {"configuration", "JSON", QT_TRANSLATE_NOOP("trato::Cli", "The chosen options of a configurable product")},
               kFormat},
              2, 2, Command::OpenExisting, runLineAdd});
    c.append({"lines", "ENTITY DOC [--format text|json]", QT_TRANSLATE_NOOP("trato::Cli", "Show a document's lines, tax breakdown and totals"),
              nullptr, {kFormat}, 2, 2, Command::OpenExisting, runLines});
    c.append({"tax-rates", "[--format table|csv|json]", QT_TRANSLATE_NOOP("trato::Cli", "List the tax rates (Spanish defaults created when missing)"),
              QT_TRANSLATE_NOOP("trato::Cli", "Rates are records of tax_rate: change them with `update tax_rate ID rate=...`."),
              {{"format", "table|csv|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: table)")}},
              0, 0, Command::OpenExisting, runTaxRates});
}

} // namespace trato::cli
