// SPDX-License-Identifier: GPL-3.0-or-later
// Inventario's catalog (issue 5): price, product options, product option-group add, product option
// add, product incompatible, configure.
#include "commands.h"

#include "inventory/configuration.h"
#include "inventory/pricing.h"
#include "metadata/field.h"
#include "metadata/value.h"
#include "store/database.h"
#include "store/recordstore.h"

namespace trato::cli {

namespace {

// A product by SKU (any case), id or exact name.
Result<QString> productArgument(Context &context, const QString &text)
{
    auto item = PriceResolver(*context.db).findItem(text);
    if (!item)
        return item.error();
    if (item.value().first != QLatin1String("product"))
        return Error::badInput(Cli::tr("\"%1\" is a service, not a product.").arg(text));
    return item.value().second;
}

QString money(qint64 cents)
{
    return Value::formatCents(cents);
}

int runPrice(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Text, Format::Json}, Format::Text, &format, &code))
        return code;
    PriceResolver resolver(*context.db);
    auto item = resolver.findItem(args.positional.at(0));
    if (!item)
        return fail(item.error());
    QString account;
    if (args.has(QStringLiteral("account"))) {
        auto a = context.store->resolveRelation(
            Field::make("account", FieldType::Relation, "Account").relation("account"), args.value(QStringLiteral("account")));
        if (!a)
            return fail(a.error());
        account = a.value();
    }
    QDate date = QDate::currentDate();
    if (args.has(QStringLiteral("date"))) {
        const QString text = args.value(QStringLiteral("date")).trimmed();
        date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            date = context.locale.toDate(text, QStringLiteral("dd/MM/yyyy"));
        if (!date.isValid())
            return usageError(context, Cli::tr("--date: \"%1\" is not a date (use YYYY-MM-DD)").arg(text));
    }
    qint64 quantity = 1000;
    if (args.has(QStringLiteral("quantity"))) {
        const Field f = Field::make("quantity", FieldType::Quantity, "Quantity");
        auto q = Value::parse(f, args.value(QStringLiteral("quantity")), context.locale);
        if (!q)
            return usageError(context, Cli::tr("--quantity: %1").arg(q.error().message));
        quantity = q.value().toLongLong();
    }
    auto quote = resolver.price(item.value().second, account, date, quantity);
    if (!quote)
        return fail(quote.error());
    const PriceQuote &p = quote.value();
    const QString discount = QStringLiteral("%1.%2").arg(p.discountBasisPoints / 100).arg(p.discountBasisPoints % 100, 2, 10, QLatin1Char('0'));
    if (format == Format::Json) {
        writeOut(toJson(QVariant::fromValue(JsonObject{{QStringLiteral("item"), p.item},
                                                       {QStringLiteral("entity"), p.itemEntity},
                                                       {QStringLiteral("quantity"), Value::formatMilli(quantity)},
                                                       {QStringLiteral("date"), date.toString(Qt::ISODate)},
                                                       {QStringLiteral("list_price"), money(p.listPrice)},
                                                       {QStringLiteral("unit_price"), money(p.unitPrice)},
                                                       {QStringLiteral("source"), p.sourceName()},
                                                       {QStringLiteral("price_book"), p.bookName.isEmpty() ? jsonNull() : QVariant(p.bookName)},
                                                       {QStringLiteral("discount_percent"), discount}}),
                        true)
                 + QLatin1Char('\n'));
        return Exit::Ok;
    }
    writeKeyValues({{Cli::tr("Unit price"), money(p.unitPrice)},
                    {Cli::tr("List price"), money(p.listPrice)},
                    {Cli::tr("From"), p.describe()},
                    {Cli::tr("Discount"), discount + QStringLiteral(" %")}});
    return Exit::Ok;
}

int runProductOptions(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    auto product = productArgument(context, args.positional.at(0));
    if (!product)
        return fail(product.error());
    auto options = Configuration::load(*context.db, product.value());
    if (!options)
        return fail(options.error());
    const ProductOptions &o = options.value();
    if (format == Format::Json) {
        QVariantList groups;
        for (const ProductOptionGroup &g : o.groups) {
            QVariantList list;
            for (const ProductOption &op : g.options)
                list << QVariant::fromValue(JsonObject{{QStringLiteral("id"), op.id}, {QStringLiteral("name"), op.name},
                                                       {QStringLiteral("code"), op.code}, {QStringLiteral("price_delta"), money(op.priceDelta)},
                                                       {QStringLiteral("default"), op.isDefault}});
            groups << QVariant::fromValue(JsonObject{{QStringLiteral("id"), g.id}, {QStringLiteral("name"), g.name},
                                                     {QStringLiteral("required"), g.required}, {QStringLiteral("options"), list}});
        }
        QVariantList pairs;
        for (const OptionIncompatibility &i : o.incompatibilities) {
            const ProductOption *a = o.optionById(i.optionA);
            const ProductOption *b = o.optionById(i.optionB);
            pairs << QVariant(QStringList{a ? a->name : i.optionA, b ? b->name : i.optionB});
        }
        writeOut(toJson(QVariant::fromValue(JsonObject{{QStringLiteral("product"), o.product}, {QStringLiteral("sku"), o.baseSku},
                                                       {QStringLiteral("base_price"), money(o.basePrice)},
                                                       {QStringLiteral("groups"), groups}, {QStringLiteral("incompatible"), pairs}}),
                        true)
                 + QLatin1Char('\n'));
        return Exit::Ok;
    }
    RowWriter writer(format, {{QStringLiteral("group")}, {QStringLiteral("required")}, {QStringLiteral("option")}, {QStringLiteral("code")},
                              {QStringLiteral("price_delta"), true}, {QStringLiteral("default")}});
    for (const ProductOptionGroup &g : o.groups)
        for (const ProductOption &op : g.options)
            writer.add({Cell::string(g.name), Cell::string(g.required ? Cli::tr("yes") : Cli::tr("no")), Cell::string(op.name),
                        Cell::string(op.code), Cell::string(money(op.priceDelta)),
                        Cell::string(op.isDefault ? Cli::tr("yes") : QString())});
    writer.finish();
    if (format == Format::Table)
        for (const OptionIncompatibility &i : o.incompatibilities) {
            const ProductOption *a = o.optionById(i.optionA);
            const ProductOption *b = o.optionById(i.optionB);
            writeOut(Cli::tr("Incompatible: %1 + %2").arg(a ? a->name : i.optionA, b ? b->name : i.optionB) + QLatin1Char('\n'));
        }
    return Exit::Ok;
}

int runOptionGroup(Context &context, const Arguments &args)
{
    if (args.positional.at(0) != QLatin1String("add"))
        return usageError(context, Cli::tr("say \"add\": product option-group add PRODUCT NAME"));
    auto product = productArgument(context, args.positional.at(1));
    if (!product)
        return fail(product.error());
    auto id = Configuration::addGroup(*context.db, product.value(), args.positional.mid(2).join(QLatin1Char(' ')),
                                      !args.has(QStringLiteral("optional")));
    if (!id)
        return fail(id.error());
    writeOut(id.value() + QLatin1Char('\n'));
    return Exit::Ok;
}

int runOption(Context &context, const Arguments &args)
{
    if (args.positional.at(0) != QLatin1String("add"))
        return usageError(context, Cli::tr("say \"add\": product option add PRODUCT GROUP NAME"));
    auto product = productArgument(context, args.positional.at(1));
    if (!product)
        return fail(product.error());
    qint64 delta = 0;
    if (args.has(QStringLiteral("price-delta"))) {
        QString why;
        if (!Value::parseMoney(args.value(QStringLiteral("price-delta")), context.locale, &delta, &why))
            return usageError(context, Cli::tr("--price-delta: \"%1\" %2").arg(args.value(QStringLiteral("price-delta")), why));
    }
    auto id = Configuration::addOption(*context.db, product.value(), args.positional.at(2), args.positional.mid(3).join(QLatin1Char(' ')),
                                       args.value(QStringLiteral("code")), delta, args.has(QStringLiteral("default")));
    if (!id)
        return fail(id.error());
    writeOut(id.value() + QLatin1Char('\n'));
    return Exit::Ok;
}

int runIncompatible(Context &context, const Arguments &args)
{
    auto product = productArgument(context, args.positional.at(0));
    if (!product)
        return fail(product.error());
    auto id = Configuration::addIncompatibility(*context.db, product.value(), args.positional.at(1), args.positional.at(2),
                                                args.value(QStringLiteral("note")));
    if (!id)
        return fail(id.error());
    writeOut(id.value() + QLatin1Char('\n'));
    return Exit::Ok;
}

int runConfigure(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Text, Format::Json}, Format::Text, &format, &code))
        return code;
    auto product = productArgument(context, args.positional.at(0));
    if (!product)
        return fail(product.error());
    QMap<QString, QString> choices;
    if (!fieldAssignments(context, args.positional.mid(1), &choices, &code))
        return code;
    auto c = Configuration::validate(*context.db, product.value(), choices);
    if (!c)
        return fail(c.error());
    if (format == Format::Json) {
        writeOut(toJson(QVariant::fromValue(JsonObject{{QStringLiteral("price"), money(c.value().price)},
                                                       {QStringLiteral("sku"), c.value().sku},
                                                       {QStringLiteral("text"), c.value().text},
                                                       {QStringLiteral("configuration"), c.value().json}}),
                        true)
                 + QLatin1Char('\n'));
        return Exit::Ok;
    }
    writeKeyValues({{Cli::tr("Price"), money(c.value().price)}, {Cli::tr("SKU"), c.value().sku}, {Cli::tr("Options"), c.value().text}});
    return Exit::Ok;
}

} // namespace

void appendCatalogCommands(QList<Command> &c)
{
    c.append({"price", "ITEM [--account ACCOUNT] [--date DATE] [--quantity Q] [--format text|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Show the unit price of a product or service for an account on a day"),
              QT_TRANSLATE_NOOP("trato::Cli", "ITEM is a product SKU, a service code, an id or an exact name. The account's own price "
                "book beats a book for a segment it is in, which beats the list price; see docs/INVENTORY.md. "
                "--date defaults to today, --quantity to 1 (quantity breaks)."),
              {{"account", "ACCOUNT", QT_TRANSLATE_NOOP("trato::Cli", "The customer (id or exact name)")},
               {"date", "DATE", QT_TRANSLATE_NOOP("trato::Cli", "The day (default: today)")},
               {"quantity", "Q", QT_TRANSLATE_NOOP("trato::Cli", "How many (default: 1)")},
               {"format", "text|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: text)")}},
              1, 1, Command::OpenExisting, runPrice});
    c.append({"product options", "PRODUCT [--format table|csv|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "List a configurable product's option groups, options and incompatible pairs"), nullptr,
              {{"format", "table|csv|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: table)")}},
              1, 1, Command::OpenExisting, runProductOptions});
    c.append({"product option-group", "add PRODUCT NAME... [--optional]",
              QT_TRANSLATE_NOOP("trato::Cli", "Add an option group (Color, Gearbox) to a product; print its id"),
              QT_TRANSLATE_NOOP("trato::Cli", "Groups are required unless --optional. The product becomes configurable."),
              {{"optional", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Choosing an option of this group is optional")}},
              3, -1, Command::OpenExisting, runOptionGroup});
    c.append({"product option", "add PRODUCT GROUP NAME... [--code C] [--price-delta X] [--default]",
              QT_TRANSLATE_NOOP("trato::Cli", "Add an option to a product's option group; print its id"),
              QT_TRANSLATE_NOOP("trato::Cli", "--code is appended to the SKU of a configured product; --price-delta is added to its "
                "price (may be negative); --default makes it the group's default (replacing the previous one)."),
              {{"code", "C", QT_TRANSLATE_NOOP("trato::Cli", "SKU suffix")},
               {"price-delta", "X", QT_TRANSLATE_NOOP("trato::Cli", "Price change (money)")},
               {"default", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "The group's default choice")}},
              4, -1, Command::OpenExisting, runOption});
    c.append({"product incompatible", "PRODUCT OPTION_A OPTION_B [--note TEXT]",
              QT_TRANSLATE_NOOP("trato::Cli", "Say that two options of a product cannot be chosen together"),
              QT_TRANSLATE_NOOP("trato::Cli", "Options by name, code or id; write GROUP:OPTION when a name is in several groups."),
              {{"note", "TEXT", QT_TRANSLATE_NOOP("trato::Cli", "Why (shown when someone picks both)")}},
              3, 3, Command::OpenExisting, runIncompatible});
    c.append({"configure", "PRODUCT [GROUP=OPTION]... [--format text|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Validate a choice of options; print its price, SKU and description"),
              QT_TRANSLATE_NOOP("trato::Cli", "Unchosen groups take their default. Refused (exit 2) when a required group has no "
                "choice, an option is unknown or two options are incompatible. --format json adds the canonical configuration "
                "that a sales line stores."),
              {{"format", "text|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: text)")}},
              1, -1, Command::OpenExisting, runConfigure});
}

} // namespace trato::cli
