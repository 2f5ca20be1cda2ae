// SPDX-License-Identifier: GPL-3.0-or-later
// po add/line/order/receive/cancel/close/show, reorder.
#include "commands.h"

#include "inventory/purchasing.h"
#include "inventory/replenishment.h"
#include "metadata/registry.h"
#include "metadata/value.h"
#include "store/sqlite.h"

#include <QDateTime>

namespace trato::cli {

namespace {

using Value::formatCents;
using Value::formatMilli;
using Value::parseMoney;

Result<QString> relation(Context &context, const char *entity, const char *field, const QString &text)
{
    const Entity *e = context.db->registry()->entity(QString::fromLatin1(entity));
    return context.store->resolveRelation(*e->field(QString::fromLatin1(field)), text);
}

// A product by id, SKU (exact) or name.
Result<QString> productArgument(Context &context, const QString &text)
{
    auto q = Sql::exec(context.db->connection(), QStringLiteral("SELECT id FROM product WHERE deleted = 0 AND sku = ? LIMIT 1"), {text.trimmed()});
    if (!q)
        return q.error();
    if (q.value().next())
        return q.value().value(0).toString();
    return relation(context, "purchase_order_line", "product", text);
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

Result<qint64> quantity(const Context &context, const QString &text)
{
    Field f = Field::make("quantity", FieldType::Quantity, QT_TRANSLATE_NOOP("trato::Metadata", "Quantity"));
    auto v = Value::parse(f, text, context.locale);
    if (!v)
        return v.error();
    if (v.value().isNull())
        return Error::badInput(Cli::tr("A quantity is missing."));
    return qint64(v.value().toLongLong());
}

Result<QString> order(Context &context, const QString &text)
{
    return Purchasing(*context.db).resolve(text);
}

int runPoAdd(Context &context, const Arguments &args)
{
    auto vendor = relation(context, "purchase_order", "vendor", args.positional.at(0));
    if (!vendor)
        return fail(vendor.error());
    QString warehouse;
    if (args.has(QStringLiteral("warehouse"))) {
        auto w = relation(context, "purchase_order", "warehouse", args.value(QStringLiteral("warehouse")));
        if (!w)
            return fail(Error{w.error().kind, QStringLiteral("--warehouse: ") + w.error().message});
        warehouse = w.value();
    }
    QDate expected;
    if (args.has(QStringLiteral("expected")) && !dateText(context, args.value(QStringLiteral("expected")), &expected))
        return usageError(context, Cli::tr("--expected: \"%1\" is not a date (use YYYY-MM-DD)").arg(args.value(QStringLiteral("expected"))));
    auto id = Purchasing(*context.db).createOrder(vendor.value(), warehouse, expected);
    if (!id)
        return fail(id.error());
    writeOut(id.value() + QLatin1Char('\n'));
    return Exit::Ok;
}

int runPoLine(Context &context, const Arguments &args)
{
    auto po = order(context, args.positional.at(0));
    if (!po)
        return fail(po.error());
    auto product = productArgument(context, args.positional.at(1));
    if (!product)
        return fail(product.error());
    auto qty = quantity(context, args.positional.at(2));
    if (!qty)
        return fail(qty.error());
    qint64 cost = -1;
    if (args.has(QStringLiteral("cost"))) {
        QString why;
        if (!parseMoney(args.value(QStringLiteral("cost")), context.locale, &cost, &why))
            return fail(Error::badInput(QStringLiteral("--cost: ") + why));
    }
    auto id = Purchasing(*context.db).addLine(po.value(), product.value(), qty.value(), cost, args.value(QStringLiteral("description")));
    if (!id)
        return fail(id.error());
    writeOut(id.value() + QLatin1Char('\n'));
    return Exit::Ok;
}

int runPoOrder(Context &context, const Arguments &args)
{
    auto po = order(context, args.positional.at(0));
    if (!po)
        return fail(po.error());
    auto number = Purchasing(*context.db).order(po.value());
    if (!number)
        return fail(number.error());
    writeOut(number.value() + QLatin1Char('\n'));
    return Exit::Ok;
}

int runPoReceive(Context &context, const Arguments &args)
{
    auto po = order(context, args.positional.at(0));
    if (!po)
        return fail(po.error());
    Purchasing purchasing(*context.db);
    auto info = purchasing.load(po.value());
    if (!info)
        return fail(info.error());
    QMap<QString, qint64> quantities;
    for (const QString &spec : args.values(QStringLiteral("line"))) {
        const int eq = spec.indexOf(QLatin1Char('='));
        bool ok = false;
        const int position = eq > 0 ? spec.left(eq).trimmed().toInt(&ok) : 0;
        if (!ok)
            return usageError(context, Cli::tr("--line takes LINE=QUANTITY (the line's number), not \"%1\"").arg(spec));
        QString lineId;
        for (const PurchaseLine &l : info.value().lines)
            if (l.position == position)
                lineId = l.id;
        if (lineId.isEmpty())
            return fail(Error::badInput(Cli::tr("%1 has no line %2.").arg(info.value().number.isEmpty() ? po.value() : info.value().number).arg(position)));
        auto qty = quantity(context, spec.mid(eq + 1));
        if (!qty)
            return fail(Error{qty.error().kind, Cli::tr("Line %1: ").arg(position) + qty.error().message});
        if (quantities.contains(lineId))
            return usageError(context, Cli::tr("--line %1 is given twice").arg(position));
        quantities.insert(lineId, qty.value());
    }
    QDateTime at;
    if (args.has(QStringLiteral("date"))) {
        QDate d;
        if (!dateText(context, args.value(QStringLiteral("date")), &d))
            return usageError(context, Cli::tr("--date: \"%1\" is not a date (use YYYY-MM-DD)").arg(args.value(QStringLiteral("date"))));
        at = d == QDate::currentDate() ? QDateTime::currentDateTimeUtc() : QDateTime(d, QTime(12, 0), Qt::UTC);
    }
    if (Status s = purchasing.receive(po.value(), quantities, at); !s)
        return fail(s.error());
    auto after = purchasing.load(po.value());
    if (!after)
        return fail(after.error());
    writeOut(after.value().status + QLatin1Char('\n'));
    return Exit::Ok;
}

int runPoCancel(Context &context, const Arguments &args)
{
    auto po = order(context, args.positional.at(0));
    if (!po)
        return fail(po.error());
    if (Status s = Purchasing(*context.db).cancel(po.value()); !s)
        return fail(s.error());
    return Exit::Ok;
}

int runPoClose(Context &context, const Arguments &args)
{
    auto po = order(context, args.positional.at(0));
    if (!po)
        return fail(po.error());
    if (Status s = Purchasing(*context.db).closeShort(po.value()); !s)
        return fail(s.error());
    return Exit::Ok;
}

int runPoShow(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Text, Format::Json}, Format::Text, &format, &code))
        return code;
    auto po = order(context, args.positional.at(0));
    if (!po)
        return fail(po.error());
    auto info = Purchasing(*context.db).load(po.value());
    if (!info)
        return fail(info.error());
    const PurchaseOrderInfo &o = info.value();
    if (format == Format::Json) {
        QVariantList lines;
        for (const PurchaseLine &l : o.lines)
            lines << QVariant::fromValue(JsonObject{{QStringLiteral("line"), l.position},
                                                    {QStringLiteral("id"), l.id},
                                                    {QStringLiteral("product"), l.product},
                                                    {QStringLiteral("sku"), l.sku},
                                                    {QStringLiteral("description"), l.description},
                                                    {QStringLiteral("quantity"), formatMilli(l.quantity)},
                                                    {QStringLiteral("unit_cost"), formatCents(l.unitCost)},
                                                    {QStringLiteral("received"), formatMilli(l.received)},
                                                    {QStringLiteral("outstanding"), formatMilli(l.outstanding())},
                                                    {QStringLiteral("total"), formatCents(l.total())}});
        const JsonObject obj{{QStringLiteral("id"), o.id},
                             {QStringLiteral("number"), o.number.isEmpty() ? jsonNull() : QVariant(o.number)},
                             {QStringLiteral("status"), o.status},
                             {QStringLiteral("vendor"), o.vendor},
                             {QStringLiteral("vendor_name"), o.vendorName},
                             {QStringLiteral("warehouse"), o.warehouse.isEmpty() ? jsonNull() : QVariant(o.warehouse)},
                             {QStringLiteral("order_date"), o.orderDate.isValid() ? QVariant(o.orderDate.toString(Qt::ISODate)) : jsonNull()},
                             {QStringLiteral("expected_date"), o.expectedDate.isValid() ? QVariant(o.expectedDate.toString(Qt::ISODate)) : jsonNull()},
                             {QStringLiteral("total"), formatCents(o.total)},
                             {QStringLiteral("lines"), lines}};
        writeOut(toJson(QVariant::fromValue(obj), true) + QLatin1Char('\n'));
        return Exit::Ok;
    }
    writeKeyValues({{Cli::tr("Number"), o.number.isEmpty() ? Cli::tr("(draft)") : o.number},
                    {Cli::tr("Status"), Purchasing::statusLabel(o.status)},
                    {Cli::tr("Vendor"), o.vendorName},
                    {Cli::tr("Order date"), o.orderDate.toString(Qt::ISODate)},
                    {Cli::tr("Expected on"), o.expectedDate.toString(Qt::ISODate)},
                    {Cli::tr("Total"), formatCents(o.total)}});
    writeOut(QStringLiteral("\n"));
    RowWriter writer(Format::Table, {{QStringLiteral("line"), true}, {QStringLiteral("sku")}, {QStringLiteral("description")},
                                     {QStringLiteral("quantity"), true}, {QStringLiteral("unit_cost"), true},
                                     {QStringLiteral("received"), true}, {QStringLiteral("total"), true}});
    for (const PurchaseLine &l : o.lines)
        writer.add({Cell::string(QString::number(l.position)), Cell::string(l.sku), Cell::string(l.description),
                    Cell::string(formatMilli(l.quantity)), Cell::string(formatCents(l.unitCost)),
                    Cell::string(formatMilli(l.received)), Cell::string(formatCents(l.total()))});
    writer.finish();
    return Exit::Ok;
}

int runReorder(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    Replenishment replenishment(*context.db);
    if (args.has(QStringLiteral("draft"))) {
        auto r = replenishment.draftOrders();
        if (!r)
            return fail(r.error());
        const DraftOrdersResult &d = r.value();
        if (format == Format::Json) {
            writeOut(toJson(QVariant::fromValue(JsonObject{{QStringLiteral("orders"), d.orders},
                                                           {QStringLiteral("lines"), d.lines},
                                                           {QStringLiteral("without_vendor"), d.withoutVendor},
                                                           {QStringLiteral("already_on_draft"), d.alreadyOnDraft}}), true)
                     + QLatin1Char('\n'));
            return Exit::Ok;
        }
        for (const QString &id : d.orders)
            writeOut(id + QLatin1Char('\n'));
        writeErr(Cli::tr("%n purchase order(s) drafted", nullptr, int(d.orders.size())) + Cli::tr(", %1 line(s).").arg(d.lines) + QLatin1Char('\n'));
        if (!d.withoutVendor.isEmpty())
            writeErr(Cli::tr("Without a vendor (not ordered): %1").arg(d.withoutVendor.join(QStringLiteral(", "))) + QLatin1Char('\n'));
        if (!d.alreadyOnDraft.isEmpty())
            writeErr(Cli::tr("Already on a draft order: %1").arg(d.alreadyOnDraft.join(QStringLiteral(", "))) + QLatin1Char('\n'));
        return Exit::Ok;
    }
    auto low = replenishment.lowStock();
    if (!low)
        return fail(low.error());
    RowWriter writer(format, {{QStringLiteral("sku")}, {QStringLiteral("name")}, {QStringLiteral("vendor")},
                              {QStringLiteral("on_hand"), true}, {QStringLiteral("reserved"), true}, {QStringLiteral("on_order"), true},
                              {QStringLiteral("reorder_level"), true}, {QStringLiteral("suggested"), true}, {QStringLiteral("product")}});
    for (const LowStockItem &i : low.value())
        writer.add({Cell::string(i.sku), Cell::string(i.name), Cell::string(i.vendorName.isEmpty() ? QString() : i.vendorName),
                    Cell::string(formatMilli(i.onHand)), Cell::string(formatMilli(i.reserved)), Cell::string(formatMilli(i.onOrder)),
                    Cell::string(formatMilli(i.reorderLevel)), Cell::string(formatMilli(i.suggested)), Cell::string(i.product)});
    writer.finish();
    return Exit::Ok;
}

} // namespace

void appendPurchasingCommands(QList<Command> &c)
{
    c.append({"po add", "VENDOR [--warehouse W] [--expected DATE]", QT_TRANSLATE_NOOP("trato::Cli", "Start a draft purchase order; print its id"),
              QT_TRANSLATE_NOOP("trato::Cli", "VENDOR and W are ids or names. Add lines with `po line`, then `po order`."),
              {{"warehouse", "W", QT_TRANSLATE_NOOP("trato::Cli", "Deliver to this warehouse (default: the default warehouse)")},
               {"expected", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "Expected delivery day")}},
              1, 1, Command::OpenExisting, runPoAdd});
    c.append({"po line", "PO PRODUCT QTY [--cost X] [--description T]", QT_TRANSLATE_NOOP("trato::Cli", "Add a line to a draft purchase order; print its id"),
              QT_TRANSLATE_NOOP("trato::Cli", "PO is an id or number; PRODUCT an id, SKU or name. The unit cost defaults to the product's cost. "
                "Fractional quantities only for products measured in kg, l, m and the like."),
              {{"cost", "X", QT_TRANSLATE_NOOP("trato::Cli", "Unit cost (default: the product's cost)")},
               {"description", "T", QT_TRANSLATE_NOOP("trato::Cli", "Line description (default: the product's name)")}},
              3, 3, Command::OpenExisting, runPoLine});
    c.append({"po order", "PO", QT_TRANSLATE_NOOP("trato::Cli", "Place a draft purchase order: it gets its number (printed)"),
              nullptr, {}, 1, 1, Command::OpenExisting, runPoOrder});
    c.append({"po receive", "PO [--line LINE=QTY]... [--date D]", QT_TRANSLATE_NOOP("trato::Cli", "Receive goods of a purchase order into stock"),
              QT_TRANSLATE_NOOP("trato::Cli", "Without --line everything outstanding is received. LINE is the line number shown by `po show`. "
                "Stock enters at the line's unit cost. All or nothing: a bad line receives nothing. Prints the order's new status."),
              {{"line", "LINE=QTY", QT_TRANSLATE_NOOP("trato::Cli", "Receive QTY of line LINE (repeatable)"), true},
               {"date", "D", QT_TRANSLATE_NOOP("trato::Cli", "Day of the receipt (default: now)")}},
              1, 1, Command::OpenExisting, runPoReceive});
    c.append({"po cancel", "PO", QT_TRANSLATE_NOOP("trato::Cli", "Cancel a purchase order nothing of which was received"),
              nullptr, {}, 1, 1, Command::OpenExisting, runPoCancel});
    c.append({"po close", "PO", QT_TRANSLATE_NOOP("trato::Cli", "Close a partially received purchase order short"),
              nullptr, {}, 1, 1, Command::OpenExisting, runPoClose});
    c.append({"po show", "PO [--format text|json]", QT_TRANSLATE_NOOP("trato::Cli", "Show a purchase order and its lines"),
              nullptr, {{"format", "text|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: text)")}},
              1, 1, Command::OpenExisting, runPoShow});
    c.append({"reorder", "[--draft] [--format table|csv|json]", QT_TRANSLATE_NOOP("trato::Cli", "List products to reorder, or draft purchase orders for them"),
              QT_TRANSLATE_NOOP("trato::Cli", "Active products whose on hand - reserved + on order is at or below the reorder level, with the "
                "suggested quantity (the reorder quantity, else up to the level). --draft drafts one purchase order per vendor "
                "(printing their ids); products without a vendor or already on a draft order are reported on stderr."),
              {{"draft", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Draft purchase orders grouped by vendor")},
               {"format", "table|csv|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: table)")}},
              0, 0, Command::OpenExisting, runReorder});
}

} // namespace trato::cli
