// SPDX-License-Identifier: GPL-3.0-or-later
// The entities of Inventario (seed 000, 001): the catalog (products, services, categories, price
// books, product options), vendors, warehouses, purchase orders and the stock ledger. Same rules as
// builtinentities.cpp: one function per entity, labels marked in full with QT_TRANSLATE_NOOP.
#include "entity.h"

#include <QCoreApplication>

namespace trato {

namespace {

Field taxClassField()
{
    // The rates of each class are configurable (Comercial); these are the Spanish IVA classes.
    return Field::make("tax_class", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Tax class"))
        .option("standard", QT_TRANSLATE_NOOP("trato::Metadata", "Standard (21 %)"))
        .option("reduced", QT_TRANSLATE_NOOP("trato::Metadata", "Reduced (10 %)"))
        .option("super_reduced", QT_TRANSLATE_NOOP("trato::Metadata", "Super-reduced (4 %)"))
        .option("exempt", QT_TRANSLATE_NOOP("trato::Metadata", "Exempt (0 %)"))
        .defaultsTo(QStringLiteral("standard"));
}

// Units of measure. Which of them allow fractions (kg yes, unit no) is said by core/inventory/Units.
Field unitField()
{
    return Field::make("unit", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Unit"))
        .option("unit", QT_TRANSLATE_NOOP("trato::Metadata", "Unit")).option("box", QT_TRANSLATE_NOOP("trato::Metadata", "Box"))
        .option("pack", QT_TRANSLATE_NOOP("trato::Metadata", "Pack")).option("pair", QT_TRANSLATE_NOOP("trato::Metadata", "Pair"))
        .option("kg", QT_TRANSLATE_NOOP("trato::Metadata", "Kilogram")).option("g", QT_TRANSLATE_NOOP("trato::Metadata", "Gram"))
        .option("l", QT_TRANSLATE_NOOP("trato::Metadata", "Litre")).option("m", QT_TRANSLATE_NOOP("trato::Metadata", "Metre"))
        .option("m2", QT_TRANSLATE_NOOP("trato::Metadata", "Square metre")).option("hour", QT_TRANSLATE_NOOP("trato::Metadata", "Hour"))
        .option("day", QT_TRANSLATE_NOOP("trato::Metadata", "Day"))
        .defaultsTo(QStringLiteral("unit"));
}

void addPostalAddress(Entity &e)
{
    const char *section = QT_TRANSLATE_NOOP("trato::Metadata", "Address");
    e.fields << Field::make("street", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Street")).inSection(section);
    e.fields << Field::make("postal_code", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Postal code")).inSection(section);
    e.fields << Field::make("city", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "City")).inList().searchable().inSection(section);
    e.fields << Field::make("province", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Province")).inSection(section);
    e.fields << Field::make("country", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Country")).inSection(section);
}

Entity productCategory()
{
    Entity e;
    e.name = QStringLiteral("product_category");
    e.sharing = Entity::Sharing::Shared;
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Product category"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Product categories"));
    e.module = Module::Inventory;
    e.titleFields = {QStringLiteral("name")};
    e.defaultSort = QStringLiteral("name");
    e.fields << Field::make("name", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Category name")).requiredField().inList().searchable().withIndex();
    e.fields << Field::make("parent", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Parent category")).relation("product_category").inList().withIndex();
    e.fields << Field::make("description", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Description"));
    e.uniqueTogether << QStringList{QStringLiteral("name")};
    return e;
}

Entity product()
{
    Entity e;
    e.name = QStringLiteral("product");
    e.sharing = Entity::Sharing::Shared;
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Product"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Products"));
    e.module = Module::Inventory;
    e.titleFields = {QStringLiteral("name")};
    e.defaultSort = QStringLiteral("name");
    e.fields << Field::make("sku", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "SKU")).requiredField().inList().searchable().withIndex();
    e.fields << Field::make("name", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Product name")).requiredField().inList().searchable().withIndex();
    e.fields << Field::make("category", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Category")).relation("product_category").inList().withIndex();
    e.fields << unitField();
    e.fields << Field::make("unit_price", FieldType::Money, QT_TRANSLATE_NOOP("trato::Metadata", "Unit price")).inList();
    e.fields << Field::make("cost", FieldType::Money, QT_TRANSLATE_NOOP("trato::Metadata", "Cost"));
    e.fields << taxClassField();
    e.fields << Field::make("active", FieldType::Bool, QT_TRANSLATE_NOOP("trato::Metadata", "Active")).defaultsTo(QStringLiteral("1")).withIndex();
    e.fields << Field::make("vendor", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Vendor")).relation("vendor").inList().withIndex();
    e.fields << Field::make("barcode", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Barcode")).searchable().withIndex();
    e.fields << Field::make("configurable", FieldType::Bool, QT_TRANSLATE_NOOP("trato::Metadata", "Configurable")).defaultsTo(QStringLiteral("0"));
    e.fields << Field::make("description", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Description")).searchable();
    const char *stock = QT_TRANSLATE_NOOP("trato::Metadata", "Stock");
    e.fields << Field::make("reorder_level", FieldType::Quantity, QT_TRANSLATE_NOOP("trato::Metadata", "Reorder level")).inSection(stock);
    e.fields << Field::make("reorder_qty", FieldType::Quantity, QT_TRANSLATE_NOOP("trato::Metadata", "Reorder quantity")).inSection(stock);
    // Kept by the stock ledger (core/inventory): every warehouse together.
    e.fields << Field::make("on_hand", FieldType::Quantity, QT_TRANSLATE_NOOP("trato::Metadata", "On hand")).derivedValue().inList().withIndex().inSection(stock);
    e.fields << Field::make("reserved", FieldType::Quantity, QT_TRANSLATE_NOOP("trato::Metadata", "Reserved")).derivedValue().inSection(stock);
    e.fields << Field::make("on_order", FieldType::Quantity, QT_TRANSLATE_NOOP("trato::Metadata", "On order")).derivedValue().inSection(stock);
    e.fields << Field::make("average_cost", FieldType::Money, QT_TRANSLATE_NOOP("trato::Metadata", "Average cost")).derivedValue().inSection(stock);
    e.uniqueTogether << QStringList{QStringLiteral("sku")};
    return e;
}

Entity service()
{
    Entity e;
    e.name = QStringLiteral("service");
    e.sharing = Entity::Sharing::Shared;
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Service"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Services"));
    e.module = Module::Inventory;
    e.titleFields = {QStringLiteral("name")};
    e.defaultSort = QStringLiteral("name");
    e.fields << Field::make("code", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Code")).inList().searchable().withIndex();
    e.fields << Field::make("name", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Service name")).requiredField().inList().searchable().withIndex();
    e.fields << Field::make("category", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Category")).relation("product_category").inList().withIndex();
    e.fields << unitField().defaultsTo(QStringLiteral("hour"));
    e.fields << Field::make("unit_price", FieldType::Money, QT_TRANSLATE_NOOP("trato::Metadata", "Unit price")).inList();
    e.fields << taxClassField();
    e.fields << Field::make("active", FieldType::Bool, QT_TRANSLATE_NOOP("trato::Metadata", "Active")).defaultsTo(QStringLiteral("1")).withIndex();
    e.fields << Field::make("description", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Description")).searchable();
    e.uniqueTogether << QStringList{QStringLiteral("code")};
    return e;
}

// Prices for some customers: an account, or the accounts of a saved segment, during a period.
Entity priceBook()
{
    Entity e;
    e.name = QStringLiteral("price_book");
    e.sharing = Entity::Sharing::Shared;
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Price book"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Price books"));
    e.module = Module::Inventory;
    e.titleFields = {QStringLiteral("name")};
    e.defaultSort = QStringLiteral("name");
    e.fields << Field::make("name", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Price book name")).requiredField().inList().searchable().withIndex();
    e.fields << Field::make("active", FieldType::Bool, QT_TRANSLATE_NOOP("trato::Metadata", "Active")).defaultsTo(QStringLiteral("1")).inList();
    e.fields << Field::make("account", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "For account")).relation("account").inList().withIndex();
    e.fields << Field::make("segment", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "For segment")).inList();
    e.fields << Field::make("valid_from", FieldType::Date, QT_TRANSLATE_NOOP("trato::Metadata", "Valid from")).inList();
    e.fields << Field::make("valid_to", FieldType::Date, QT_TRANSLATE_NOOP("trato::Metadata", "Valid to")).inList();
    e.fields << Field::make("discount", FieldType::Percent, QT_TRANSLATE_NOOP("trato::Metadata", "Discount on list prices"));
    e.fields << Field::make("description", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Description"));
    return e;
}

Entity priceBookEntry()
{
    Entity e;
    e.name = QStringLiteral("price_book_entry");
    e.sharing = Entity::Sharing::Shared;
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Price book entry"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Price book entries"));
    e.module = Module::Inventory;
    e.embedded = true;
    e.titleFields = {QStringLiteral("price")};
    e.defaultSort = QStringLiteral("created_at");
    e.fields << Field::make("price_book", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Price book")).relation("price_book").requiredField().inList().withIndex();
    e.fields << Field::make("product", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Product")).relation("product").inList().withIndex();
    e.fields << Field::make("service", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Service")).relation("service").inList().withIndex();
    e.fields << Field::make("price", FieldType::Money, QT_TRANSLATE_NOOP("trato::Metadata", "Price")).inList();
    e.fields << Field::make("discount", FieldType::Percent, QT_TRANSLATE_NOOP("trato::Metadata", "Discount")).inList();
    e.fields << Field::make("min_quantity", FieldType::Quantity, QT_TRANSLATE_NOOP("trato::Metadata", "From quantity")).inList();
    e.exactlyOneOf = {QStringLiteral("product"), QStringLiteral("service")};
    return e;
}

// Configurable products (seed 001): a product's option groups (color, interior, gearbox), their
// choices, and the pairs of choices that cannot go together.
Entity productOptionGroup()
{
    Entity e;
    e.name = QStringLiteral("product_option_group");
    e.sharing = Entity::Sharing::Shared;
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Option group"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Option groups"));
    e.module = Module::Inventory;
    e.embedded = true;
    e.titleFields = {QStringLiteral("name")};
    e.defaultSort = QStringLiteral("position");
    e.fields << Field::make("product", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Product")).relation("product").requiredField().inList().withIndex();
    e.fields << Field::make("name", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Option group")).requiredField().inList();
    e.fields << Field::make("required", FieldType::Bool, QT_TRANSLATE_NOOP("trato::Metadata", "Required")).defaultsTo(QStringLiteral("1")).inList();
    e.fields << Field::make("position", FieldType::Integer, QT_TRANSLATE_NOOP("trato::Metadata", "Position")).inList().withIndex();
    e.uniqueTogether << QStringList{QStringLiteral("product"), QStringLiteral("name")};
    return e;
}

Entity productOption()
{
    Entity e;
    e.name = QStringLiteral("product_option");
    e.sharing = Entity::Sharing::Shared;
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Option"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Options"));
    e.module = Module::Inventory;
    e.embedded = true;
    e.titleFields = {QStringLiteral("name")};
    e.defaultSort = QStringLiteral("position");
    e.fields << Field::make("option_group", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Option group")).relation("product_option_group").requiredField().inList().withIndex();
    e.fields << Field::make("name", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Option")).requiredField().inList();
    e.fields << Field::make("code", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "SKU suffix")).inList();
    e.fields << Field::make("price_delta", FieldType::Money, QT_TRANSLATE_NOOP("trato::Metadata", "Price change")).inList();
    e.fields << Field::make("is_default", FieldType::Bool, QT_TRANSLATE_NOOP("trato::Metadata", "Default choice")).defaultsTo(QStringLiteral("0"));
    e.fields << Field::make("position", FieldType::Integer, QT_TRANSLATE_NOOP("trato::Metadata", "Position")).inList().withIndex();
    e.uniqueTogether << QStringList{QStringLiteral("option_group"), QStringLiteral("name")};
    return e;
}

Entity optionIncompatibility()
{
    Entity e;
    e.name = QStringLiteral("option_incompatibility");
    e.sharing = Entity::Sharing::Shared;
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Incompatible options"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Incompatible options"));
    e.module = Module::Inventory;
    e.embedded = true;
    e.titleFields = {QStringLiteral("option_a"), QStringLiteral("option_b")};
    e.defaultSort = QStringLiteral("created_at");
    e.fields << Field::make("product", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Product")).relation("product").requiredField().inList().withIndex();
    e.fields << Field::make("option_a", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Option")).relation("product_option").requiredField().inList().withIndex();
    e.fields << Field::make("option_b", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Is incompatible with")).relation("product_option").requiredField().inList().withIndex();
    e.fields << Field::make("note", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Why"));
    return e;
}

Entity vendor()
{
    Entity e;
    e.name = QStringLiteral("vendor");
    e.sharing = Entity::Sharing::Shared;
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Vendor"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Vendors"));
    e.module = Module::Inventory;
    e.titleFields = {QStringLiteral("name")};
    e.defaultSort = QStringLiteral("name");
    e.fields << Field::make("name", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Vendor name")).requiredField().inList().searchable().withIndex();
    e.fields << Field::make("tax_id", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Tax id")).searchable().checkedAs(Field::Check::TaxId);
    e.fields << Field::make("contact_name", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Contact person")).inList();
    e.fields << Field::make("phone", FieldType::Phone, QT_TRANSLATE_NOOP("trato::Metadata", "Phone")).inList().searchable();
    e.fields << Field::make("email", FieldType::Email, QT_TRANSLATE_NOOP("trato::Metadata", "Email")).inList().searchable();
    e.fields << Field::make("website", FieldType::Url, QT_TRANSLATE_NOOP("trato::Metadata", "Website"));
    e.fields << Field::make("payment_terms", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Payment terms"));
    e.fields << Field::make("lead_time_days", FieldType::Integer, QT_TRANSLATE_NOOP("trato::Metadata", "Lead time (days)"));
    addPostalAddress(e);
    e.fields << Field::make("description", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Notes")).inSection(QT_TRANSLATE_NOOP("trato::Metadata", "Notes"));
    return e;
}

Entity warehouse()
{
    Entity e;
    e.name = QStringLiteral("warehouse");
    e.sharing = Entity::Sharing::Shared;
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Warehouse"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Warehouses"));
    e.module = Module::Inventory;
    e.titleFields = {QStringLiteral("name")};
    e.defaultSort = QStringLiteral("name");
    e.fields << Field::make("name", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Warehouse name")).requiredField().inList().searchable().withIndex();
    e.fields << Field::make("code", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Code")).inList().withIndex();
    e.fields << Field::make("is_default", FieldType::Bool, QT_TRANSLATE_NOOP("trato::Metadata", "Default warehouse")).defaultsTo(QStringLiteral("0")).inList();
    addPostalAddress(e);
    e.uniqueTogether << QStringList{QStringLiteral("name")};
    return e;
}

Entity purchaseOrder()
{
    Entity e;
    e.name = QStringLiteral("purchase_order");
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Purchase order"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Purchase orders"));
    e.module = Module::Inventory;
    e.titleFields = {QStringLiteral("number")};
    e.defaultSort = QStringLiteral("order_date");
    e.fields << Field::make("number", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Number")).inList().searchable().withIndex().setBySystem();
    e.fields << Field::make("vendor", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Vendor")).relation("vendor").requiredField().inList().withIndex();
    e.fields << Field::make("status", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Status")).requiredField().inList().withIndex()
                    .option("draft", QT_TRANSLATE_NOOP("trato::Metadata", "Draft")).option("ordered", QT_TRANSLATE_NOOP("trato::Metadata", "Ordered"))
                    .option("partially_received", QT_TRANSLATE_NOOP("trato::Metadata", "Partially received")).option("received", QT_TRANSLATE_NOOP("trato::Metadata", "Received"))
                    .option("cancelled", QT_TRANSLATE_NOOP("trato::Metadata", "Cancelled"))
                    .defaultsTo(QStringLiteral("draft")).setBySystem();
    e.fields << Field::make("order_date", FieldType::Date, QT_TRANSLATE_NOOP("trato::Metadata", "Order date")).inList().withIndex();
    e.fields << Field::make("expected_date", FieldType::Date, QT_TRANSLATE_NOOP("trato::Metadata", "Expected on")).inList();
    e.fields << Field::make("warehouse", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Deliver to warehouse")).relation("warehouse");
    e.fields << Field::make("total", FieldType::Money, QT_TRANSLATE_NOOP("trato::Metadata", "Total")).inList().derivedValue();
    e.fields << Field::make("notes", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Notes")).searchable();
    return e;
}

Entity purchaseOrderLine()
{
    Entity e;
    e.name = QStringLiteral("purchase_order_line");
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Purchase order line"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Purchase order lines"));
    e.module = Module::Inventory;
    e.embedded = true;
    e.titleFields = {QStringLiteral("description")};
    e.defaultSort = QStringLiteral("position");
    e.fields << Field::make("purchase_order", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Purchase order")).relation("purchase_order").requiredField().inList().withIndex();
    e.fields << Field::make("position", FieldType::Integer, QT_TRANSLATE_NOOP("trato::Metadata", "Line")).inList().withIndex();
    e.fields << Field::make("product", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Product")).relation("product").requiredField().inList().withIndex();
    e.fields << Field::make("description", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Description")).inList();
    e.fields << Field::make("quantity", FieldType::Quantity, QT_TRANSLATE_NOOP("trato::Metadata", "Quantity")).requiredField().inList();
    e.fields << Field::make("unit_cost", FieldType::Money, QT_TRANSLATE_NOOP("trato::Metadata", "Unit cost")).inList();
    e.fields << Field::make("received_quantity", FieldType::Quantity, QT_TRANSLATE_NOOP("trato::Metadata", "Received")).inList().setBySystem().defaultsTo(QStringLiteral("0"));
    return e;
}

// The stock ledger: every change of stock is one movement, never edited or deleted. Quantities are
// signed (in > 0, out < 0); a transfer is two movements sharing `transfer`.
Entity stockMovement()
{
    Entity e;
    e.name = QStringLiteral("stock_movement");
    e.sharing = Entity::Sharing::Shared;
    e.insertOnly = true;
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Stock movement"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Stock movements"));
    e.module = Module::Inventory;
    e.titleFields = {QStringLiteral("kind")};
    e.defaultSort = QStringLiteral("occurred_at");
    e.defaultSortDescending = true;
    e.fields << Field::make("occurred_at", FieldType::DateTime, QT_TRANSLATE_NOOP("trato::Metadata", "When")).requiredField().inList().withIndex().setBySystem();
    e.fields << Field::make("product", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Product")).relation("product").requiredField().inList().withIndex().setBySystem();
    e.fields << Field::make("warehouse", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Warehouse")).relation("warehouse").requiredField().inList().withIndex().setBySystem();
    e.fields << Field::make("kind", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Kind")).requiredField().inList().withIndex().setBySystem()
                    .option("receipt", QT_TRANSLATE_NOOP("trato::Metadata", "Receipt")).option("shipment", QT_TRANSLATE_NOOP("trato::Metadata", "Shipment"))
                    .option("return", QT_TRANSLATE_NOOP("trato::Metadata", "Customer return")).option("adjustment", QT_TRANSLATE_NOOP("trato::Metadata", "Adjustment"))
                    .option("transfer_out", QT_TRANSLATE_NOOP("trato::Metadata", "Transfer out")).option("transfer_in", QT_TRANSLATE_NOOP("trato::Metadata", "Transfer in"));
    e.fields << Field::make("quantity", FieldType::Quantity, QT_TRANSLATE_NOOP("trato::Metadata", "Quantity")).requiredField().inList().setBySystem();
    e.fields << Field::make("unit_cost", FieldType::Money, QT_TRANSLATE_NOOP("trato::Metadata", "Unit cost")).inList().setBySystem();
    e.fields << Field::make("reason", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Reason")).inList().searchable().setBySystem();
    e.fields << Field::make("purchase_order", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Purchase order")).relation("purchase_order").withIndex().setBySystem();
    // The sales document that caused it (Comercial): "sales_order:<id>", "invoice:<id>".
    e.fields << Field::make("document", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Document")).withIndex().setBySystem();
    e.fields << Field::make("transfer", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Transfer")).withIndex().setBySystem();
    return e;
}

} // namespace

QList<Entity> inventoryEntityDescriptions()
{
    // Navigator order: what people open most first (products), then the lists that set them up.
    return {product(), service(), productCategory(), priceBook(), priceBookEntry(), productOptionGroup(), productOption(),
            optionIncompatibility(), vendor(), warehouse(), purchaseOrder(), purchaseOrderLine(), stockMovement()};
}

} // namespace trato
