// SPDX-License-Identifier: GPL-3.0-or-later
// stock, stock adjust|transfer|return|verify, warehouse default: the stock ledger (issue 5).
#include "commands.h"

#include "inventory/stockledger.h"
#include "metadata/field.h"
#include "metadata/value.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "store/sqlite.h"

namespace trato::cli {

namespace {

// A product by id or SKU.
Result<QString> productArgument(Context &context, const QString &text)
{
    auto q = Sql::exec(context.db->connection(),
                       QStringLiteral("SELECT id FROM product WHERE deleted = 0 AND (id = ? OR sku = ?) LIMIT 1"), {text, text});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(Cli::tr("There is no product with the id or SKU \"%1\".").arg(text));
    return q.value().value(0).toString();
}

// A quantity as people type it ("12", "0.5", "-3,125" in Spanish) -> thousandths.
bool quantityArgument(const Context &context, const QString &text, qint64 *out, int *exitCode)
{
    const Field f = Field::make("quantity", FieldType::Quantity, "Quantity");
    auto v = Value::parse(f, text, context.locale);
    if (!v || !v.value().isValid()) {
        *exitCode = usageError(context, Cli::tr("\"%1\" is not a quantity (for example 12, 0.5 or -3)").arg(text));
        return false;
    }
    *out = v.value().toLongLong();
    return true;
}

int runStock(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    auto product = productArgument(context, args.positional.at(0));
    if (!product)
        return fail(product.error());
    QSqlDatabase conn = context.db->connection();
    QString sql = QStringLiteral(
        "SELECT w.id, w.name, coalesce(b.on_hand, 0), (SELECT coalesce(sum(quantity), 0) FROM stock_reservation r "
        "WHERE r.product = ? AND r.warehouse = w.id), (SELECT average_cost FROM product WHERE id = ?) "
        "FROM warehouse w LEFT JOIN stock_balance b ON b.product = ? AND b.warehouse = w.id WHERE w.deleted = 0");
    QVariantList params = {product.value(), product.value(), product.value()};
    if (args.has(QStringLiteral("warehouse"))) {
        sql += QStringLiteral(" AND (w.id = ? OR w.name = ? OR w.code = ?)");
        params << args.value(QStringLiteral("warehouse")) << args.value(QStringLiteral("warehouse")) << args.value(QStringLiteral("warehouse"));
    }
    sql += QStringLiteral(" ORDER BY w.is_default DESC, w.name");
    auto q = Sql::exec(conn, sql, params);
    if (!q)
        return fail(q.error());
    RowWriter writer(format, {{QStringLiteral("warehouse")}, {QStringLiteral("on_hand"), true}, {QStringLiteral("reserved"), true},
                              {QStringLiteral("available"), true}, {QStringLiteral("average_cost"), true},
                              {QStringLiteral("value"), true}, {QStringLiteral("warehouse_id")}});
    qint64 onHandTotal = 0, reservedTotal = 0;
    QVariant average;
    int rows = 0;
    auto quantityCell = [](qint64 milli) { return Cell{Value::formatMilli(milli), Value::formatMilli(milli)}; };
    auto moneyCell = [](const QVariant &cents) {
        if (cents.isNull())
            return Cell::string(QString());
        const qint64 c = cents.toLongLong();
        const QString text = QStringLiteral("%1%2.%3").arg(c < 0 ? QStringLiteral("-") : QString()).arg(qAbs(c) / 100).arg(qAbs(c) % 100, 2, 10, QLatin1Char('0'));
        return Cell{text, text};
    };
    // Value = on hand x average cost, in cents, rounded half up (away from zero) to the cent.
    auto value = [](qint64 milli, const QVariant &avg) -> QVariant {
        if (avg.isNull())
            return {};
        const qint64 v = milli * avg.toLongLong();
        return qlonglong(v >= 0 ? (v + 500) / 1000 : -((-v + 500) / 1000));
    };
    while (q.value().next()) {
        const qint64 onHand = q.value().value(2).toLongLong(), reserved = q.value().value(3).toLongLong();
        average = q.value().value(4);
        onHandTotal += onHand;
        reservedTotal += reserved;
        ++rows;
        writer.add({Cell::string(q.value().value(1).toString()), quantityCell(onHand), quantityCell(reserved), quantityCell(onHand - reserved),
                    moneyCell(average), moneyCell(value(onHand, average)), Cell::string(q.value().value(0).toString())});
    }
    if (rows == 0 && args.has(QStringLiteral("warehouse")))
        return fail(Error::notFound(Cli::tr("There is no warehouse \"%1\".").arg(args.value(QStringLiteral("warehouse")))));
    if (rows > 1)
        writer.add({Cell::string(format == Format::Table ? Cli::tr("Total") : QStringLiteral("*")), quantityCell(onHandTotal),
                    quantityCell(reservedTotal), quantityCell(onHandTotal - reservedTotal), moneyCell(average),
                    moneyCell(value(onHandTotal, average)), Cell::string(QString())});
    writer.finish();
    return Exit::Ok;
}

int runStockAdjust(Context &context, const Arguments &args)
{
    qint64 qty = 0;
    int code = Exit::Ok;
    if (!quantityArgument(context, args.positional.at(1), &qty, &code))
        return code;
    if (!args.has(QStringLiteral("reason")))
        return usageError(context, Cli::tr("--reason is required: say why the stock changes"));
    auto product = productArgument(context, args.positional.at(0));
    if (!product)
        return fail(product.error());
    auto id = StockLedger(*context.db).adjust(product.value(), args.value(QStringLiteral("warehouse")), qty, args.value(QStringLiteral("reason")));
    if (!id)
        return fail(id.error());
    writeOut(id.value() + QLatin1Char('\n'));
    return Exit::Ok;
}

int runStockTransfer(Context &context, const Arguments &args)
{
    qint64 qty = 0;
    int code = Exit::Ok;
    if (!quantityArgument(context, args.positional.at(1), &qty, &code))
        return code;
    if (!args.has(QStringLiteral("from")) || !args.has(QStringLiteral("to")))
        return usageError(context, Cli::tr("--from and --to are required"));
    auto product = productArgument(context, args.positional.at(0));
    if (!product)
        return fail(product.error());
    auto ids = StockLedger(*context.db).transfer(product.value(), args.value(QStringLiteral("from")), args.value(QStringLiteral("to")), qty);
    if (!ids)
        return fail(ids.error());
    writeOut(ids.value().join(QLatin1Char('\n')) + QLatin1Char('\n'));
    return Exit::Ok;
}

int runStockReturn(Context &context, const Arguments &args)
{
    qint64 qty = 0;
    int code = Exit::Ok;
    if (!quantityArgument(context, args.positional.at(1), &qty, &code))
        return code;
    if (!args.has(QStringLiteral("reason")))
        return usageError(context, Cli::tr("--reason is required: say why the customer returns it"));
    auto product = productArgument(context, args.positional.at(0));
    if (!product)
        return fail(product.error());
    auto id = StockLedger(*context.db).returnFromCustomer(product.value(), args.value(QStringLiteral("warehouse")), qty,
                                                          args.value(QStringLiteral("reason")), args.value(QStringLiteral("document")));
    if (!id)
        return fail(id.error());
    writeOut(id.value() + QLatin1Char('\n'));
    return Exit::Ok;
}

int runStockVerify(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    auto diffs = StockLedger(*context.db).verify();
    if (!diffs)
        return fail(diffs.error());
    if (diffs.value().isEmpty()) {
        writeErr(Cli::tr("Stock is consistent: every balance equals the sum of its movements.") + QLatin1Char('\n'));
        return Exit::Ok;
    }
    RowWriter writer(format, {{QStringLiteral("what")}, {QStringLiteral("product")}, {QStringLiteral("warehouse")},
                              {QStringLiteral("recorded"), true}, {QStringLiteral("computed"), true}});
    for (const StockDifference &d : diffs.value())
        writer.add({Cell::string(d.what), Cell::string(d.product), Cell::string(d.warehouse), Cell::string(Value::formatMilli(d.recorded)),
                    Cell::string(Value::formatMilli(d.computed))});
    writer.finish();
    writeErr(Cli::tr("%n difference(s) between the balances and the movements; "
                     "run 'stock verify --repair' to rebuild the balances from the movements.", nullptr, int(diffs.value().size()))
             + QLatin1Char('\n'));
    if (args.has(QStringLiteral("repair"))) {
        if (Status s = StockLedger(*context.db).recomputeBalances(); !s)
            return fail(s.error());
        writeErr(Cli::tr("Balances rebuilt from the movements.") + QLatin1Char('\n'));
        return Exit::Ok;
    }
    return fail(Error::failure(Cli::tr("The stock balances do not match the movements.")));
}

int runWarehouseDefault(Context &context, const Arguments &args)
{
    StockLedger ledger(*context.db);
    if (!args.positional.isEmpty()) {
        const QString name = args.positional.join(QLatin1Char(' '));
        auto q = Sql::exec(context.db->connection(), QStringLiteral("SELECT id FROM warehouse WHERE deleted = 0 AND (id = ? OR name = ? OR code = ?)"),
                           {name, name, name});
        if (!q)
            return fail(q.error());
        if (!q.value().next())
            return fail(Error::notFound(Cli::tr("There is no warehouse \"%1\".").arg(name)));
        if (Status s = ledger.setDefaultWarehouse(q.value().value(0).toString()); !s)
            return fail(s.error());
    }
    auto id = ledger.defaultWarehouse();
    if (!id)
        return fail(id.error());
    auto name = Sql::exec(context.db->connection(), QStringLiteral("SELECT name FROM warehouse WHERE id = ?"), {id.value()});
    if (!name)
        return fail(name.error());
    writeOut((name.value().next() ? name.value().value(0).toString() : QString()) + QLatin1Char('\t') + id.value() + QLatin1Char('\n'));
    return Exit::Ok;
}

} // namespace

void appendStockCommands(QList<Command> &c)
{
    c.append({"stock", "PRODUCT [--warehouse W] [--format table|csv|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Show a product's stock per warehouse: on hand, reserved, available, average cost, value"),
              QT_TRANSLATE_NOOP("trato::Cli", "PRODUCT is an id or a SKU; W a warehouse's id, name or code. Quantities are in the "
                "product's unit; value = on hand x average cost, rounded half up to the cent."),
              {{"warehouse", "W", QT_TRANSLATE_NOOP("trato::Cli", "Only this warehouse")},
               {"format", "table|csv|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default table)")}},
              1, 1, Command::OpenExisting, runStock});
    c.append({"stock adjust", "PRODUCT QTY --reason TEXT [--warehouse W]",
              QT_TRANSLATE_NOOP("trato::Cli", "Correct stock by a signed quantity (a counted difference), with a reason"),
              QT_TRANSLATE_NOOP("trato::Cli", "QTY is signed: -2 takes two out, 5 adds five. Fractions only for measured units "
                "(kg, l, m...). Refused when it would leave less than nothing. Prints the movement's id."),
              {{"reason", "TEXT", QT_TRANSLATE_NOOP("trato::Cli", "Why (required)")},
               {"warehouse", "W", QT_TRANSLATE_NOOP("trato::Cli", "Warehouse (default: the default warehouse)")}},
              2, 2, Command::OpenExisting, runStockAdjust});
    c.append({"stock transfer", "PRODUCT QTY --from W --to W",
              QT_TRANSLATE_NOOP("trato::Cli", "Move stock between warehouses (two movements, one transaction)"),
              QT_TRANSLATE_NOOP("trato::Cli", "Refused when the source warehouse has less than QTY. Prints both movements' ids."),
              {{"from", "W", QT_TRANSLATE_NOOP("trato::Cli", "Source warehouse")},
               {"to", "W", QT_TRANSLATE_NOOP("trato::Cli", "Destination warehouse")}},
              2, 2, Command::OpenExisting, runStockTransfer});
    c.append({"stock return", "PRODUCT QTY --reason TEXT [--warehouse W] [--document DOC]",
              QT_TRANSLATE_NOOP("trato::Cli", "Take back goods from a customer"),
              nullptr,
              {{"reason", "TEXT", QT_TRANSLATE_NOOP("trato::Cli", "Why (required)")},
               {"warehouse", "W", QT_TRANSLATE_NOOP("trato::Cli", "Warehouse (default: the default warehouse)")},
               {"document", "DOC", QT_TRANSLATE_NOOP("trato::Cli", "The sales document, e.g. invoice:<id>")}},
              2, 2, Command::OpenExisting, runStockReturn});
    c.append({"stock verify", "[--repair] [--format table|csv|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Check that every stock balance equals the sum of its movements"),
              QT_TRANSLATE_NOOP("trato::Cli", "Lists differences (balance per product and warehouse, product on hand, reserved) and "
                "exits with 3 when there are any; --repair rebuilds the balances from the movements."),
              {{"repair", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Rebuild the balances from the movements")},
               {"format", "table|csv|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default table)")}},
              0, 0, Command::OpenExisting, runStockVerify});
    c.append({"warehouse default", "[NAME]",
              QT_TRANSLATE_NOOP("trato::Cli", "Show or set the default warehouse"),
              QT_TRANSLATE_NOOP("trato::Cli", "Without NAME prints the default warehouse (creating \"Main warehouse\" when there is "
                "none); with NAME (a warehouse's name, code or id) makes it the only default."),
              {}, 0, -1, Command::OpenExisting, runWarehouseDefault});
}

} // namespace trato::cli
