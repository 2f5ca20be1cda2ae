// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in entity descriptions. Adding an entity to Trato is one function here: the schema,
// list columns, forms, CSV mapping, search and CLI names all follow from it. Labels are marked with
// QT_TRANSLATE_NOOP in full (lupdate does not expand macros) and translated where they are shown.
#include "entity.h"

#include <QCoreApplication>

namespace trato {

namespace {

Field ratingField()
{
    return Field::make("rating", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Rating"))
        .option("hot", QT_TRANSLATE_NOOP("trato::Metadata", "Hot")).option("warm", QT_TRANSLATE_NOOP("trato::Metadata", "Warm")).option("cold", QT_TRANSLATE_NOOP("trato::Metadata", "Cold"));
}

Entity account()
{
    Entity e;
    e.name = QStringLiteral("account");
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Account"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Accounts"));
    e.module = Module::Marketing;
    e.titleFields = {QStringLiteral("name")};
    e.defaultSort = QStringLiteral("name");
    e.fields << Field::make("name", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Account name")).requiredField().inList().searchable().withIndex();
    e.fields << Field::make("type", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Type")).inList()
                    .option("customer", QT_TRANSLATE_NOOP("trato::Metadata", "Customer")).option("prospect", QT_TRANSLATE_NOOP("trato::Metadata", "Prospect"))
                    .option("partner", QT_TRANSLATE_NOOP("trato::Metadata", "Partner")).option("supplier", QT_TRANSLATE_NOOP("trato::Metadata", "Supplier"))
                    .option("reseller", QT_TRANSLATE_NOOP("trato::Metadata", "Reseller")).option("competitor", QT_TRANSLATE_NOOP("trato::Metadata", "Competitor"))
                    .defaultsTo(QStringLiteral("prospect"));
    e.fields << Field::make("industry", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Industry"))
                    .option("retail", QT_TRANSLATE_NOOP("trato::Metadata", "Retail")).option("manufacturing", QT_TRANSLATE_NOOP("trato::Metadata", "Manufacturing"))
                    .option("hospitality", QT_TRANSLATE_NOOP("trato::Metadata", "Hospitality")).option("construction", QT_TRANSLATE_NOOP("trato::Metadata", "Construction"))
                    .option("services", QT_TRANSLATE_NOOP("trato::Metadata", "Professional services")).option("technology", QT_TRANSLATE_NOOP("trato::Metadata", "Technology"))
                    .option("health", QT_TRANSLATE_NOOP("trato::Metadata", "Health")).option("education", QT_TRANSLATE_NOOP("trato::Metadata", "Education"))
                    .option("agriculture", QT_TRANSLATE_NOOP("trato::Metadata", "Agriculture")).option("transport", QT_TRANSLATE_NOOP("trato::Metadata", "Transport"));
    e.fields << Field::make("tax_id", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Tax id")).searchable();
    e.fields << Field::make("phone", FieldType::Phone, QT_TRANSLATE_NOOP("trato::Metadata", "Phone")).inList().searchable();
    e.fields << Field::make("email", FieldType::Email, QT_TRANSLATE_NOOP("trato::Metadata", "Email")).searchable();
    e.fields << Field::make("website", FieldType::Url, QT_TRANSLATE_NOOP("trato::Metadata", "Website"));
    e.fields << Field::make("employees", FieldType::Integer, QT_TRANSLATE_NOOP("trato::Metadata", "Employees"));
    e.fields << Field::make("annual_revenue", FieldType::Money, QT_TRANSLATE_NOOP("trato::Metadata", "Annual revenue"));
    e.fields << Field::make("city", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "City")).inList().searchable().withIndex();
    e.fields << Field::make("country", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Country"));
    e.fields << ratingField();
    e.fields << Field::make("parent", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Parent account")).relation("account");
    e.fields << Field::make("description", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Description"));
    return e;
}

Entity contact()
{
    Entity e;
    e.name = QStringLiteral("contact");
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Contact"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Contacts"));
    e.module = Module::Marketing;
    e.titleFields = {QStringLiteral("first_name"), QStringLiteral("last_name")};
    e.defaultSort = QStringLiteral("last_name");
    e.fields << Field::make("salutation", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Salutation"))
                    .option("mr", QT_TRANSLATE_NOOP("trato::Metadata", "Mr.")).option("ms", QT_TRANSLATE_NOOP("trato::Metadata", "Ms.")).option("dr", QT_TRANSLATE_NOOP("trato::Metadata", "Dr."));
    e.fields << Field::make("first_name", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "First name")).inList().searchable().withIndex();
    e.fields << Field::make("last_name", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Last name")).requiredField().inList().searchable().withIndex();
    e.fields << Field::make("account", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Account")).relation("account").inList().withIndex();
    e.fields << Field::make("title", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Job title"));
    e.fields << Field::make("email", FieldType::Email, QT_TRANSLATE_NOOP("trato::Metadata", "Email")).inList().searchable().withIndex();
    e.fields << Field::make("phone", FieldType::Phone, QT_TRANSLATE_NOOP("trato::Metadata", "Phone")).inList().searchable();
    e.fields << Field::make("mobile", FieldType::Phone, QT_TRANSLATE_NOOP("trato::Metadata", "Mobile")).searchable();
    e.fields << Field::make("city", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "City")).inList().searchable().withIndex();
    e.fields << Field::make("birthday", FieldType::Date, QT_TRANSLATE_NOOP("trato::Metadata", "Birthday"));
    e.fields << Field::make("do_not_call", FieldType::Bool, QT_TRANSLATE_NOOP("trato::Metadata", "Do not call")).defaultsTo(QStringLiteral("0"));
    e.fields << Field::make("description", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Notes"));
    return e;
}

Entity lead()
{
    Entity e;
    e.name = QStringLiteral("lead");
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Lead"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Leads"));
    e.module = Module::Marketing;
    e.titleFields = {QStringLiteral("first_name"), QStringLiteral("last_name")};
    e.defaultSort = QStringLiteral("last_name");
    e.fields << Field::make("first_name", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "First name")).inList().searchable().withIndex();
    e.fields << Field::make("last_name", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Last name")).requiredField().inList().searchable().withIndex();
    e.fields << Field::make("company", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Company")).inList().searchable().withIndex();
    e.fields << Field::make("email", FieldType::Email, QT_TRANSLATE_NOOP("trato::Metadata", "Email")).inList().searchable();
    e.fields << Field::make("phone", FieldType::Phone, QT_TRANSLATE_NOOP("trato::Metadata", "Phone")).searchable();
    e.fields << Field::make("source", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Lead source")).inList()
                    .option("referral", QT_TRANSLATE_NOOP("trato::Metadata", "Referral")).option("web", QT_TRANSLATE_NOOP("trato::Metadata", "Web site"))
                    .option("event", QT_TRANSLATE_NOOP("trato::Metadata", "Event")).option("cold_call", QT_TRANSLATE_NOOP("trato::Metadata", "Cold call"))
                    .option("campaign", QT_TRANSLATE_NOOP("trato::Metadata", "Campaign")).option("other", QT_TRANSLATE_NOOP("trato::Metadata", "Other"));
    e.fields << Field::make("status", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Status")).inList().withIndex()
                    .option("new", QT_TRANSLATE_NOOP("trato::Metadata", "New")).option("contacted", QT_TRANSLATE_NOOP("trato::Metadata", "Contacted"))
                    .option("qualified", QT_TRANSLATE_NOOP("trato::Metadata", "Qualified")).option("converted", QT_TRANSLATE_NOOP("trato::Metadata", "Converted"))
                    .option("disqualified", QT_TRANSLATE_NOOP("trato::Metadata", "Disqualified"))
                    .defaultsTo(QStringLiteral("new"));
    e.fields << ratingField();
    e.fields << Field::make("interest", FieldType::MultiPicklist, QT_TRANSLATE_NOOP("trato::Metadata", "Interested in"))
                    .option("products", QT_TRANSLATE_NOOP("trato::Metadata", "Products")).option("services", QT_TRANSLATE_NOOP("trato::Metadata", "Services"))
                    .option("support", QT_TRANSLATE_NOOP("trato::Metadata", "Support plans")).option("training", QT_TRANSLATE_NOOP("trato::Metadata", "Training"));
    e.fields << Field::make("estimated_value", FieldType::Money, QT_TRANSLATE_NOOP("trato::Metadata", "Estimated value"));
    e.fields << Field::make("probability", FieldType::Percent, QT_TRANSLATE_NOOP("trato::Metadata", "Probability"));
    e.fields << Field::make("next_contact", FieldType::DateTime, QT_TRANSLATE_NOOP("trato::Metadata", "Next contact"));
    e.fields << Field::make("description", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Notes"));
    return e;
}

} // namespace

QList<Entity> builtinEntityDescriptions()
{
    return {account(), contact(), lead()};
}

} // namespace trato
