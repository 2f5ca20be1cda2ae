// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in entity descriptions. Adding an entity to Trato is one function here: the schema,
// list columns, forms, CSV mapping, search and CLI names all follow from it.
#include "entity.h"

#include <QCoreApplication>

namespace trato {

namespace {

#define N(text) QT_TRANSLATE_NOOP("trato::Metadata", text)

Field ratingField()
{
    return Field::make("rating", FieldType::Picklist, N("Rating"))
        .option("hot", N("Hot")).option("warm", N("Warm")).option("cold", N("Cold"));
}

Entity account()
{
    Entity e;
    e.name = QStringLiteral("account");
    e.label = QStringLiteral(N("Account"));
    e.pluralLabel = QStringLiteral(N("Accounts"));
    e.module = Module::Marketing;
    e.titleFields = {QStringLiteral("name")};
    e.defaultSort = QStringLiteral("name");
    e.fields << Field::make("name", FieldType::Text, N("Account name")).requiredField().inList().searchable().withIndex();
    e.fields << Field::make("type", FieldType::Picklist, N("Type")).inList()
                    .option("customer", N("Customer")).option("prospect", N("Prospect"))
                    .option("partner", N("Partner")).option("supplier", N("Supplier"))
                    .option("reseller", N("Reseller")).option("competitor", N("Competitor"))
                    .defaultsTo(QStringLiteral("prospect"));
    e.fields << Field::make("industry", FieldType::Picklist, N("Industry"))
                    .option("retail", N("Retail")).option("manufacturing", N("Manufacturing"))
                    .option("hospitality", N("Hospitality")).option("construction", N("Construction"))
                    .option("services", N("Professional services")).option("technology", N("Technology"))
                    .option("health", N("Health")).option("education", N("Education"))
                    .option("agriculture", N("Agriculture")).option("transport", N("Transport"));
    e.fields << Field::make("tax_id", FieldType::Text, N("Tax id")).searchable();
    e.fields << Field::make("phone", FieldType::Phone, N("Phone")).inList().searchable();
    e.fields << Field::make("email", FieldType::Email, N("Email")).searchable();
    e.fields << Field::make("website", FieldType::Url, N("Website"));
    e.fields << Field::make("employees", FieldType::Integer, N("Employees"));
    e.fields << Field::make("annual_revenue", FieldType::Money, N("Annual revenue"));
    e.fields << Field::make("city", FieldType::Text, N("City")).inList().searchable().withIndex();
    e.fields << Field::make("country", FieldType::Text, N("Country"));
    e.fields << ratingField();
    e.fields << Field::make("parent", FieldType::Relation, N("Parent account")).relation("account");
    e.fields << Field::make("description", FieldType::LongText, N("Description"));
    return e;
}

Entity contact()
{
    Entity e;
    e.name = QStringLiteral("contact");
    e.label = QStringLiteral(N("Contact"));
    e.pluralLabel = QStringLiteral(N("Contacts"));
    e.module = Module::Marketing;
    e.titleFields = {QStringLiteral("first_name"), QStringLiteral("last_name")};
    e.defaultSort = QStringLiteral("last_name");
    e.fields << Field::make("salutation", FieldType::Picklist, N("Salutation"))
                    .option("mr", N("Mr.")).option("ms", N("Ms.")).option("dr", N("Dr."));
    e.fields << Field::make("first_name", FieldType::Text, N("First name")).inList().searchable().withIndex();
    e.fields << Field::make("last_name", FieldType::Text, N("Last name")).requiredField().inList().searchable().withIndex();
    e.fields << Field::make("account", FieldType::Relation, N("Account")).relation("account").inList().withIndex();
    e.fields << Field::make("title", FieldType::Text, N("Job title"));
    e.fields << Field::make("email", FieldType::Email, N("Email")).inList().searchable().withIndex();
    e.fields << Field::make("phone", FieldType::Phone, N("Phone")).inList().searchable();
    e.fields << Field::make("mobile", FieldType::Phone, N("Mobile")).searchable();
    e.fields << Field::make("city", FieldType::Text, N("City")).inList().searchable().withIndex();
    e.fields << Field::make("birthday", FieldType::Date, N("Birthday"));
    e.fields << Field::make("do_not_call", FieldType::Bool, N("Do not call")).defaultsTo(QStringLiteral("0"));
    e.fields << Field::make("description", FieldType::LongText, N("Notes"));
    return e;
}

Entity lead()
{
    Entity e;
    e.name = QStringLiteral("lead");
    e.label = QStringLiteral(N("Lead"));
    e.pluralLabel = QStringLiteral(N("Leads"));
    e.module = Module::Marketing;
    e.titleFields = {QStringLiteral("first_name"), QStringLiteral("last_name")};
    e.defaultSort = QStringLiteral("last_name");
    e.fields << Field::make("first_name", FieldType::Text, N("First name")).inList().searchable().withIndex();
    e.fields << Field::make("last_name", FieldType::Text, N("Last name")).requiredField().inList().searchable().withIndex();
    e.fields << Field::make("company", FieldType::Text, N("Company")).inList().searchable().withIndex();
    e.fields << Field::make("email", FieldType::Email, N("Email")).inList().searchable();
    e.fields << Field::make("phone", FieldType::Phone, N("Phone")).searchable();
    e.fields << Field::make("source", FieldType::Picklist, N("Lead source")).inList()
                    .option("referral", N("Referral")).option("web", N("Web site"))
                    .option("event", N("Event")).option("cold_call", N("Cold call"))
                    .option("campaign", N("Campaign")).option("other", N("Other"));
    e.fields << Field::make("status", FieldType::Picklist, N("Status")).inList().withIndex()
                    .option("new", N("New")).option("contacted", N("Contacted"))
                    .option("qualified", N("Qualified")).option("converted", N("Converted"))
                    .option("disqualified", N("Disqualified"))
                    .defaultsTo(QStringLiteral("new"));
    e.fields << ratingField();
    e.fields << Field::make("interest", FieldType::MultiPicklist, N("Interested in"))
                    .option("products", N("Products")).option("services", N("Services"))
                    .option("support", N("Support plans")).option("training", N("Training"));
    e.fields << Field::make("estimated_value", FieldType::Money, N("Estimated value"));
    e.fields << Field::make("probability", FieldType::Percent, N("Probability"));
    e.fields << Field::make("next_contact", FieldType::DateTime, N("Next contact"));
    e.fields << Field::make("description", FieldType::LongText, N("Notes"));
    return e;
}

#undef N

} // namespace

QList<Entity> builtinEntityDescriptions()
{
    return {account(), contact(), lead()};
}

} // namespace trato
