// SPDX-License-Identifier: GPL-3.0-or-later
// The entities of Comercial (seed 000's sales force automation, seed 004's "who is responsible"):
// pipelines and their stages, opportunities (potenciales), tax rates, the sales documents (quote,
// sales order, invoice, credit note) with their lines, and payments. Same rules as
// builtinentities.cpp: one function per entity, labels marked in full with QT_TRANSLATE_NOOP.
//
// Money is integer cents (FieldType::Money); quantities are integer thousandths
// (FieldType::Quantity); rates (tax, surcharge, discount, probability) are percentages with at most
// two decimals, turned into integer basis points before any arithmetic (core/sales/documentcalc).
#include "entity.h"

#include <QCoreApplication>

namespace trato {

Field leadSourceField(const char *name); // builtinentities.cpp: the same keys as a lead's source

namespace {

const char *kTotals = QT_TRANSLATE_NOOP("trato::Metadata", "Totals");
const char *kTerms = QT_TRANSLATE_NOOP("trato::Metadata", "Terms and notes");

Entity pipeline()
{
    Entity e;
    e.name = QStringLiteral("pipeline");
    e.sharing = Entity::Sharing::Shared;
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Pipeline"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Pipelines"));
    e.module = Module::Sales;
    e.titleFields = {QStringLiteral("name")};
    e.defaultSort = QStringLiteral("name");
    e.fields << Field::make("name", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Pipeline name")).requiredField().inList().searchable().withIndex();
    e.fields << Field::make("is_default", FieldType::Bool, QT_TRANSLATE_NOOP("trato::Metadata", "Default pipeline")).defaultsTo(QStringLiteral("0")).inList();
    e.fields << Field::make("active", FieldType::Bool, QT_TRANSLATE_NOOP("trato::Metadata", "Active")).defaultsTo(QStringLiteral("1")).inList();
    e.fields << Field::make("description", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Description"));
    e.uniqueTogether << QStringList{QStringLiteral("name")};
    return e;
}

// A column of a pipeline's board. `outcome` says what reaching it means: still open, won or lost.
Entity pipelineStage()
{
    Entity e;
    e.name = QStringLiteral("pipeline_stage");
    e.sharing = Entity::Sharing::Shared;
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Pipeline stage"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Pipeline stages"));
    e.module = Module::Sales;
    e.embedded = true;
    e.titleFields = {QStringLiteral("name")};
    e.defaultSort = QStringLiteral("position");
    e.fields << Field::make("pipeline", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Pipeline")).relation("pipeline").requiredField().inList().withIndex();
    e.fields << Field::make("name", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Stage name")).requiredField().inList().searchable();
    e.fields << Field::make("position", FieldType::Integer, QT_TRANSLATE_NOOP("trato::Metadata", "Position")).inList().withIndex();
    e.fields << Field::make("probability", FieldType::Percent, QT_TRANSLATE_NOOP("trato::Metadata", "Default probability")).inList();
    e.fields << Field::make("outcome", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Outcome")).requiredField().inList()
                    .option("open", QT_TRANSLATE_NOOP("trato::Metadata", "Open")).option("won", QT_TRANSLATE_NOOP("trato::Metadata", "Won"))
                    .option("lost", QT_TRANSLATE_NOOP("trato::Metadata", "Lost"))
                    .defaultsTo(QStringLiteral("open"));
    e.uniqueTogether << QStringList{QStringLiteral("pipeline"), QStringLiteral("name")};
    return e;
}

Entity opportunity()
{
    Entity e;
    e.name = QStringLiteral("opportunity");
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Opportunity"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Opportunities"));
    e.module = Module::Sales;
    e.titleFields = {QStringLiteral("name")};
    e.defaultSort = QStringLiteral("expected_close");
    e.fields << Field::make("name", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Opportunity name")).requiredField().inList().searchable().withIndex();
    e.fields << Field::make("account", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Account")).relation("account").inList().withIndex();
    e.fields << Field::make("contact", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Contact")).relation("contact").inList().withIndex();
    e.fields << Field::make("amount", FieldType::Money, QT_TRANSLATE_NOOP("trato::Metadata", "Amount")).inList();
    e.fields << Field::make("currency", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Currency")).defaultsTo(QStringLiteral("EUR"));
    e.fields << Field::make("pipeline", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Pipeline")).relation("pipeline").withIndex();
    e.fields << Field::make("stage", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Stage")).relation("pipeline_stage").inList().withIndex();
    e.fields << Field::make("probability", FieldType::Percent, QT_TRANSLATE_NOOP("trato::Metadata", "Probability")).inList();
    // open / won / lost: follows the stage's outcome (the pipeline service sets it).
    e.fields << Field::make("status", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Status")).inList().withIndex()
                    .option("open", QT_TRANSLATE_NOOP("trato::Metadata", "Open")).option("won", QT_TRANSLATE_NOOP("trato::Metadata", "Won"))
                    .option("lost", QT_TRANSLATE_NOOP("trato::Metadata", "Lost"))
                    .defaultsTo(QStringLiteral("open")).setBySystem();
    e.fields << Field::make("expected_close", FieldType::Date, QT_TRANSLATE_NOOP("trato::Metadata", "Expected close")).inList().withIndex();
    e.fields << Field::make("weighted_amount", FieldType::Money, QT_TRANSLATE_NOOP("trato::Metadata", "Weighted amount")).inList().derivedValue();
    e.fields << leadSourceField("source");
    e.fields << Field::make("campaign", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Campaign")).relation("campaign").withIndex();
    e.fields << Field::make("next_step", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Next step")).inList();
    e.fields << Field::make("competitors", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Competitors")).searchable();
    e.fields << Field::make("lost_reason", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Lost reason"))
                    .option("price", QT_TRANSLATE_NOOP("trato::Metadata", "Price")).option("competitor", QT_TRANSLATE_NOOP("trato::Metadata", "Went with a competitor"))
                    .option("no_budget", QT_TRANSLATE_NOOP("trato::Metadata", "No budget")).option("no_decision", QT_TRANSLATE_NOOP("trato::Metadata", "No decision"))
                    .option("timing", QT_TRANSLATE_NOOP("trato::Metadata", "Timing")).option("product_fit", QT_TRANSLATE_NOOP("trato::Metadata", "Product does not fit"))
                    .option("other", QT_TRANSLATE_NOOP("trato::Metadata", "Other"))
                    .requiredWhen("status", "lost");
    e.fields << Field::make("lost_details", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Lost details"));
    e.fields << Field::make("closed_at", FieldType::DateTime, QT_TRANSLATE_NOOP("trato::Metadata", "Closed on")).setBySystem();
    // The lead this opportunity came from (lead conversion).
    e.fields << Field::make("lead", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Converted from lead")).relation("lead").withIndex().setBySystem();
    e.fields << Field::make("description", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Description")).searchable();
    e.extraIndexes << QStringList{QStringLiteral("pipeline"), QStringLiteral("status"), QStringLiteral("stage")};
    return e;
}

// The rates a line can carry: Spanish IVA 21/10/4/0 with their recargo de equivalencia as the
// defaults (core/sales/taxrates creates them), editable in Settings.
Entity taxRate()
{
    Entity e;
    e.name = QStringLiteral("tax_rate");
    e.sharing = Entity::Sharing::Shared;
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Tax rate"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Tax rates"));
    e.module = Module::Sales;
    e.titleFields = {QStringLiteral("name")};
    e.defaultSort = QStringLiteral("name");
    e.fields << Field::make("name", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Tax name")).requiredField().inList().searchable();
    e.fields << Field::make("code", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Code")).requiredField().inList().withIndex();
    e.fields << Field::make("rate", FieldType::Percent, QT_TRANSLATE_NOOP("trato::Metadata", "Rate")).requiredField().inList();
    e.fields << Field::make("surcharge", FieldType::Percent, QT_TRANSLATE_NOOP("trato::Metadata", "Equivalence surcharge")).inList().defaultsTo(QStringLiteral("0"));
    // The product tax class this rate applies to (inventoryentities.cpp: standard, reduced, ...).
    e.fields << Field::make("tax_class", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Tax class")).inList().withIndex();
    e.fields << Field::make("active", FieldType::Bool, QT_TRANSLATE_NOOP("trato::Metadata", "Active")).defaultsTo(QStringLiteral("1")).inList();
    e.uniqueTogether << QStringList{QStringLiteral("code")};
    return e;
}

// What every sales document has: number (given when the document gets one), customer, currency,
// price book, addresses, the totals derived from its lines, terms and notes.
void addDocumentHeader(Entity &e)
{
    e.titleFields = {QStringLiteral("number"), QStringLiteral("subject")};
    e.fields << Field::make("number", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Number")).inList().searchable().withIndex().setBySystem();
    e.fields << Field::make("subject", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Subject")).inList().searchable();
    e.fields << Field::make("account", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Account")).relation("account").requiredField().inList().withIndex();
    e.fields << Field::make("contact", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Contact")).relation("contact").withIndex();
    e.fields << Field::make("opportunity", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Opportunity")).relation("opportunity").withIndex();
    e.fields << Field::make("currency", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Currency")).requiredField().defaultsTo(QStringLiteral("EUR"));
    e.fields << Field::make("price_book", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Price book")).relation("price_book");
    e.fields << Field::make("billing_address", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Billing address"));
    e.fields << Field::make("shipping_address", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Shipping address"));
    // Totals, in the document's currency, derived from the lines (core/sales/documentcalc).
    e.fields << Field::make("shipping", FieldType::Money, QT_TRANSLATE_NOOP("trato::Metadata", "Shipping")).inSection(kTotals);
    e.fields << Field::make("shipping_tax_rate", FieldType::Percent, QT_TRANSLATE_NOOP("trato::Metadata", "Shipping tax rate")).defaultsTo(QStringLiteral("21")).inSection(kTotals);
    e.fields << Field::make("adjustment", FieldType::Money, QT_TRANSLATE_NOOP("trato::Metadata", "Adjustment")).inSection(kTotals);
    e.fields << Field::make("subtotal", FieldType::Money, QT_TRANSLATE_NOOP("trato::Metadata", "Subtotal")).derivedValue().inSection(kTotals);
    e.fields << Field::make("discount_total", FieldType::Money, QT_TRANSLATE_NOOP("trato::Metadata", "Discounts")).derivedValue().inSection(kTotals);
    e.fields << Field::make("tax_total", FieldType::Money, QT_TRANSLATE_NOOP("trato::Metadata", "Taxes")).derivedValue().inSection(kTotals);
    e.fields << Field::make("total", FieldType::Money, QT_TRANSLATE_NOOP("trato::Metadata", "Total")).inList().derivedValue().inSection(kTotals);
    e.fields << Field::make("payment_terms", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Payment terms")).inSection(kTerms);
    e.fields << Field::make("terms", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Terms and conditions")).inSection(kTerms);
    e.fields << Field::make("notes", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Notes")).searchable().inSection(kTerms);
}

Entity quote()
{
    Entity e;
    e.name = QStringLiteral("quote");
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Quote"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Quotes"));
    e.module = Module::Sales;
    e.defaultSort = QStringLiteral("quote_date");
    e.defaultSortDescending = true;
    addDocumentHeader(e);
    e.fields.insert(3, Field::make("status", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Status")).requiredField().inList().withIndex()
                    .option("draft", QT_TRANSLATE_NOOP("trato::Metadata", "Draft")).option("sent", QT_TRANSLATE_NOOP("trato::Metadata", "Sent"))
                    .option("accepted", QT_TRANSLATE_NOOP("trato::Metadata", "Accepted")).option("rejected", QT_TRANSLATE_NOOP("trato::Metadata", "Rejected"))
                    .option("expired", QT_TRANSLATE_NOOP("trato::Metadata", "Expired"))
                    .defaultsTo(QStringLiteral("draft")));
    e.fields.insert(4, Field::make("quote_date", FieldType::Date, QT_TRANSLATE_NOOP("trato::Metadata", "Quote date")).inList().withIndex());
    e.fields.insert(5, Field::make("valid_until", FieldType::Date, QT_TRANSLATE_NOOP("trato::Metadata", "Valid until")).inList().notBefore("quote_date"));
    return e;
}

Entity salesOrder()
{
    Entity e;
    e.name = QStringLiteral("sales_order");
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Sales order"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Sales orders"));
    e.module = Module::Sales;
    e.defaultSort = QStringLiteral("order_date");
    e.defaultSortDescending = true;
    addDocumentHeader(e);
    e.fields.insert(3, Field::make("status", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Status")).requiredField().inList().withIndex()
                    .option("open", QT_TRANSLATE_NOOP("trato::Metadata", "Open")).option("shipped", QT_TRANSLATE_NOOP("trato::Metadata", "Shipped"))
                    .option("cancelled", QT_TRANSLATE_NOOP("trato::Metadata", "Cancelled"))
                    .defaultsTo(QStringLiteral("open")).setBySystem());
    e.fields.insert(4, Field::make("order_date", FieldType::Date, QT_TRANSLATE_NOOP("trato::Metadata", "Order date")).inList().withIndex());
    e.fields.insert(5, Field::make("delivery_date", FieldType::Date, QT_TRANSLATE_NOOP("trato::Metadata", "Delivery date")).inList());
    e.fields << Field::make("quote", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "From quote")).relation("quote").withIndex().setBySystem();
    e.fields << Field::make("warehouse", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Ship from warehouse")).relation("warehouse");
    e.fields << Field::make("shipped_at", FieldType::DateTime, QT_TRANSLATE_NOOP("trato::Metadata", "Shipped on")).setBySystem();
    return e;
}

Entity invoice()
{
    Entity e;
    e.name = QStringLiteral("invoice");
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Invoice"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Invoices"));
    e.module = Module::Sales;
    e.defaultSort = QStringLiteral("invoice_date");
    e.defaultSortDescending = true;
    addDocumentHeader(e);
    e.fields.insert(3, Field::make("status", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Status")).requiredField().inList().withIndex()
                    .option("draft", QT_TRANSLATE_NOOP("trato::Metadata", "Draft")).option("issued", QT_TRANSLATE_NOOP("trato::Metadata", "Issued"))
                    .option("partially_paid", QT_TRANSLATE_NOOP("trato::Metadata", "Partially paid")).option("paid", QT_TRANSLATE_NOOP("trato::Metadata", "Paid"))
                    .option("overdue", QT_TRANSLATE_NOOP("trato::Metadata", "Overdue")).option("cancelled", QT_TRANSLATE_NOOP("trato::Metadata", "Cancelled"))
                    .defaultsTo(QStringLiteral("draft")).setBySystem());
    e.fields.insert(4, Field::make("invoice_date", FieldType::Date, QT_TRANSLATE_NOOP("trato::Metadata", "Invoice date")).inList().withIndex());
    e.fields.insert(5, Field::make("due_date", FieldType::Date, QT_TRANSLATE_NOOP("trato::Metadata", "Due date")).inList().withIndex().notBefore("invoice_date"));
    e.fields << Field::make("amount_paid", FieldType::Money, QT_TRANSLATE_NOOP("trato::Metadata", "Paid")).derivedValue().inSection(kTotals);
    e.fields << Field::make("balance_due", FieldType::Money, QT_TRANSLATE_NOOP("trato::Metadata", "Balance due")).inList().derivedValue().inSection(kTotals);
    e.fields << Field::make("sales_order", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "From sales order")).relation("sales_order").withIndex().setBySystem();
    e.fields << Field::make("quote", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "From quote")).relation("quote").withIndex().setBySystem();
    e.fields << Field::make("warehouse", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Ship from warehouse")).relation("warehouse");
    e.fields << Field::make("issued_at", FieldType::DateTime, QT_TRANSLATE_NOOP("trato::Metadata", "Issued on")).setBySystem();
    return e;
}

// Corrects an issued invoice (which is never edited or deleted): its lines are the amounts
// credited, positive; the credit note's total is subtracted from what the customer owes.
Entity creditNote()
{
    Entity e;
    e.name = QStringLiteral("credit_note");
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Credit note"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Credit notes"));
    e.module = Module::Sales;
    e.defaultSort = QStringLiteral("credit_date");
    e.defaultSortDescending = true;
    addDocumentHeader(e);
    e.fields.insert(3, Field::make("status", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Status")).requiredField().inList().withIndex()
                    .option("draft", QT_TRANSLATE_NOOP("trato::Metadata", "Draft")).option("issued", QT_TRANSLATE_NOOP("trato::Metadata", "Issued"))
                    .defaultsTo(QStringLiteral("draft")).setBySystem());
    e.fields.insert(4, Field::make("credit_date", FieldType::Date, QT_TRANSLATE_NOOP("trato::Metadata", "Credit date")).inList().withIndex());
    e.fields.insert(5, Field::make("invoice", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Corrects invoice")).relation("invoice").requiredField().inList().withIndex());
    e.fields.insert(6, Field::make("reason", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Reason")).requiredField().inList().searchable());
    // Whether the credited products come back into stock (a customer return through the ledger).
    e.fields << Field::make("restock", FieldType::Bool, QT_TRANSLATE_NOOP("trato::Metadata", "Return goods to stock")).defaultsTo(QStringLiteral("0"));
    e.fields << Field::make("warehouse", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Return to warehouse")).relation("warehouse");
    e.fields << Field::make("issued_at", FieldType::DateTime, QT_TRANSLATE_NOOP("trato::Metadata", "Issued on")).setBySystem();
    return e;
}

// One line of a quote, sales order, invoice or credit note (exactly one of them): a product (with
// its configuration, seed 001), a service or free text; quantity, unit price, discount and the tax
// rate it carries. `net` is derived: quantity x price - discount (core/sales/documentcalc).
Entity salesLine()
{
    Entity e;
    e.name = QStringLiteral("sales_line");
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Sales document line"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Sales document lines"));
    e.module = Module::Sales;
    e.embedded = true;
    e.titleFields = {QStringLiteral("description")};
    e.defaultSort = QStringLiteral("position");
    e.fields << Field::make("quote", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Quote")).relation("quote").withIndex();
    e.fields << Field::make("sales_order", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Sales order")).relation("sales_order").withIndex();
    e.fields << Field::make("invoice", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Invoice")).relation("invoice").withIndex();
    e.fields << Field::make("credit_note", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Credit note")).relation("credit_note").withIndex();
    e.fields << Field::make("position", FieldType::Integer, QT_TRANSLATE_NOOP("trato::Metadata", "Line")).inList();
    e.fields << Field::make("kind", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Line type")).requiredField().inList()
                    .option("product", QT_TRANSLATE_NOOP("trato::Metadata", "Product")).option("service", QT_TRANSLATE_NOOP("trato::Metadata", "Service"))
                    .option("text", QT_TRANSLATE_NOOP("trato::Metadata", "Text"))
                    .defaultsTo(QStringLiteral("product"));
    e.fields << Field::make("product", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Product")).relation("product").inList().withIndex();
    e.fields << Field::make("service", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Service")).relation("service").inList().withIndex();
    e.fields << Field::make("description", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Description")).inList();
    // The chosen options of a configurable product: Configuration's JSON ({"group": "option", ...}).
    e.fields << Field::make("configuration", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Configuration"));
    e.fields << Field::make("quantity", FieldType::Quantity, QT_TRANSLATE_NOOP("trato::Metadata", "Quantity")).inList().defaultsTo(QStringLiteral("1000"));
    e.fields << Field::make("unit_price", FieldType::Money, QT_TRANSLATE_NOOP("trato::Metadata", "Unit price")).inList();
    e.fields << Field::make("discount_percent", FieldType::Percent, QT_TRANSLATE_NOOP("trato::Metadata", "Discount %")).inList();
    e.fields << Field::make("discount_amount", FieldType::Money, QT_TRANSLATE_NOOP("trato::Metadata", "Discount amount"));
    e.fields << Field::make("tax_rate", FieldType::Percent, QT_TRANSLATE_NOOP("trato::Metadata", "Tax rate")).inList().defaultsTo(QStringLiteral("21"));
    e.fields << Field::make("surcharge_rate", FieldType::Percent, QT_TRANSLATE_NOOP("trato::Metadata", "Equivalence surcharge")).defaultsTo(QStringLiteral("0"));
    e.fields << Field::make("warehouse", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Warehouse")).relation("warehouse");
    e.fields << Field::make("net", FieldType::Money, QT_TRANSLATE_NOOP("trato::Metadata", "Net amount")).inList().derivedValue();
    e.exactlyOneOf = {QStringLiteral("quote"), QStringLiteral("sales_order"), QStringLiteral("invoice"), QStringLiteral("credit_note")};
    return e;
}

Entity payment()
{
    Entity e;
    e.name = QStringLiteral("payment");
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Payment"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Payments"));
    e.module = Module::Sales;
    e.titleFields = {QStringLiteral("reference")};
    e.defaultSort = QStringLiteral("paid_on");
    e.defaultSortDescending = true;
    e.fields << Field::make("invoice", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Invoice")).relation("invoice").requiredField().inList().withIndex();
    e.fields << Field::make("paid_on", FieldType::Date, QT_TRANSLATE_NOOP("trato::Metadata", "Paid on")).requiredField().inList().withIndex();
    e.fields << Field::make("amount", FieldType::Money, QT_TRANSLATE_NOOP("trato::Metadata", "Amount")).requiredField().inList();
    e.fields << Field::make("method", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Method")).inList()
                    .option("transfer", QT_TRANSLATE_NOOP("trato::Metadata", "Bank transfer")).option("card", QT_TRANSLATE_NOOP("trato::Metadata", "Card"))
                    .option("cash", QT_TRANSLATE_NOOP("trato::Metadata", "Cash")).option("direct_debit", QT_TRANSLATE_NOOP("trato::Metadata", "Direct debit"))
                    .option("cheque", QT_TRANSLATE_NOOP("trato::Metadata", "Cheque")).option("other", QT_TRANSLATE_NOOP("trato::Metadata", "Other"))
                    .defaultsTo(QStringLiteral("transfer"));
    e.fields << Field::make("reference", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Reference")).inList().searchable();
    e.fields << Field::make("notes", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Notes"));
    return e;
}

} // namespace

QList<Entity> salesEntityDescriptions()
{
    // Navigator order: the pipeline's work first, the documents, then the set-up lists.
    return {opportunity(), quote(), salesOrder(), invoice(), creditNote(), salesLine(), payment(), pipeline(), pipelineStage(), taxRate()};
}

} // namespace trato
