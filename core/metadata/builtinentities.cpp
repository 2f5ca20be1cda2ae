// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in entity descriptions. Adding an entity to Trato is one function here: the schema,
// list columns, forms, CSV mapping, search and CLI names all follow from it. Labels are marked with
// QT_TRANSLATE_NOOP in full (lupdate does not expand macros, so no shorter helper macro) and translated where they are shown.
#include "entity.h"

#include <QCoreApplication>

namespace trato {

namespace {

Field ratingField()
{
    return Field::make("rating", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Rating"))
        .option("hot", QT_TRANSLATE_NOOP("trato::Metadata", "Hot")).option("warm", QT_TRANSLATE_NOOP("trato::Metadata", "Warm")).option("cold", QT_TRANSLATE_NOOP("trato::Metadata", "Cold"));
}

// Free labels ("vip", "feria 2025"): searchable, filtered with "has tag", counted by `trato-cli tags`.
Field tagsField()
{
    return Field::make("tags", FieldType::Tags, QT_TRANSLATE_NOOP("trato::Metadata", "Tags")).searchable();
}

Field salutationField()
{
    return Field::make("salutation", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Salutation"))
        .option("mr", QT_TRANSLATE_NOOP("trato::Metadata", "Mr.")).option("ms", QT_TRANSLATE_NOOP("trato::Metadata", "Ms.")).option("mrs", QT_TRANSLATE_NOOP("trato::Metadata", "Mrs.")).option("dr", QT_TRANSLATE_NOOP("trato::Metadata", "Dr."))
        .option("prof", QT_TRANSLATE_NOOP("trato::Metadata", "Prof."));
}

// Where people come from: the same keys on leads and contacts, so conversion copies them as they are.
Field sourceField(const char *name)
{
    return Field::make(name, FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Lead source"))
        .option("referral", QT_TRANSLATE_NOOP("trato::Metadata", "Referral")).option("web", QT_TRANSLATE_NOOP("trato::Metadata", "Web site")).option("event", QT_TRANSLATE_NOOP("trato::Metadata", "Event"))
        .option("cold_call", QT_TRANSLATE_NOOP("trato::Metadata", "Cold call")).option("campaign", QT_TRANSLATE_NOOP("trato::Metadata", "Campaign")).option("advertising", QT_TRANSLATE_NOOP("trato::Metadata", "Advertising"))
        .option("partner", QT_TRANSLATE_NOOP("trato::Metadata", "Partner")).option("social", QT_TRANSLATE_NOOP("trato::Metadata", "Social media")).option("existing_customer", QT_TRANSLATE_NOOP("trato::Metadata", "Existing customer"))
        .option("other", QT_TRANSLATE_NOOP("trato::Metadata", "Other"));
}

// A postal address: street, postal code, city, province, country. prefix "" for the main address.
void addAddress(Entity &e, const QString &prefix, bool cityInList, const char *section)
{
    auto name = [&](const char *base) -> QString { return prefix + QString::fromLatin1(base); };
    const bool shipping = prefix == QLatin1String("shipping_");
    Field street = Field::make("street", FieldType::LongText, shipping ? QT_TRANSLATE_NOOP("trato::Metadata", "Shipping street") : QT_TRANSLATE_NOOP("trato::Metadata", "Street"));
    Field postal = Field::make("postal_code", FieldType::Text, shipping ? QT_TRANSLATE_NOOP("trato::Metadata", "Shipping postal code") : QT_TRANSLATE_NOOP("trato::Metadata", "Postal code"));
    Field city = Field::make("city", FieldType::Text, shipping ? QT_TRANSLATE_NOOP("trato::Metadata", "Shipping city") : QT_TRANSLATE_NOOP("trato::Metadata", "City"));
    Field province = Field::make("province", FieldType::Text, shipping ? QT_TRANSLATE_NOOP("trato::Metadata", "Shipping province") : QT_TRANSLATE_NOOP("trato::Metadata", "Province"));
    Field country = Field::make("country", FieldType::Text, shipping ? QT_TRANSLATE_NOOP("trato::Metadata", "Shipping country") : QT_TRANSLATE_NOOP("trato::Metadata", "Country"));
    street.name = name("street");
    postal.name = name("postal_code");
    city.name = name("city");
    province.name = name("province");
    country.name = name("country");
    if (!shipping) {
        city.searchable().withIndex();
        postal.searchable();
        province.searchable();
        if (cityInList)
            city.inList();
    }
    for (Field *f : {&street, &postal, &city, &province, &country})
        f->inSection(section);
    e.fields << street << postal << city << province << country;
}

// Computed from the record's activities (core/activities): when it was last reached, when its
// next step is due (none open: the record is stalled), and for people and companies how close the
// relationship is (unknown -> acquaintance -> good acquaintance -> friend, docs/ACTIVITIES.md).
void addActivityRollups(Entity &e, bool relationship)
{
    const char *section = QT_TRANSLATE_NOOP("trato::Metadata", "Relationship");
    if (relationship)
        e.fields << Field::make("relationship", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Relationship"))
                        .option("unknown", QT_TRANSLATE_NOOP("trato::Metadata", "Unknown")).option("acquaintance", QT_TRANSLATE_NOOP("trato::Metadata", "Acquaintance"))
                        .option("good_acquaintance", QT_TRANSLATE_NOOP("trato::Metadata", "Good acquaintance")).option("friend", QT_TRANSLATE_NOOP("trato::Metadata", "Friend"))
                        .defaultsTo(QStringLiteral("unknown")).derivedValue().withIndex().inSection(section);
    e.fields << Field::make("last_activity_at", FieldType::DateTime, QT_TRANSLATE_NOOP("trato::Metadata", "Last activity")).derivedValue().withIndex().inSection(section);
    e.fields << Field::make("next_step_at", FieldType::DateTime, QT_TRANSLATE_NOOP("trato::Metadata", "Next step")).derivedValue().withIndex().inSection(section);
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
    e.fields << Field::make("type", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Type")).inList().withIndex()
                    .option("customer", QT_TRANSLATE_NOOP("trato::Metadata", "Customer")).option("prospect", QT_TRANSLATE_NOOP("trato::Metadata", "Prospect"))
                    .option("partner", QT_TRANSLATE_NOOP("trato::Metadata", "Partner")).option("supplier", QT_TRANSLATE_NOOP("trato::Metadata", "Supplier"))
                    .option("reseller", QT_TRANSLATE_NOOP("trato::Metadata", "Reseller")).option("competitor", QT_TRANSLATE_NOOP("trato::Metadata", "Competitor"))
                    .option("other", QT_TRANSLATE_NOOP("trato::Metadata", "Other"))
                    .defaultsTo(QStringLiteral("prospect"));
    e.fields << Field::make("industry", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Industry"))
                    .option("retail", QT_TRANSLATE_NOOP("trato::Metadata", "Retail")).option("manufacturing", QT_TRANSLATE_NOOP("trato::Metadata", "Manufacturing"))
                    .option("hospitality", QT_TRANSLATE_NOOP("trato::Metadata", "Hospitality")).option("construction", QT_TRANSLATE_NOOP("trato::Metadata", "Construction"))
                    .option("services", QT_TRANSLATE_NOOP("trato::Metadata", "Professional services")).option("technology", QT_TRANSLATE_NOOP("trato::Metadata", "Technology"))
                    .option("health", QT_TRANSLATE_NOOP("trato::Metadata", "Health")).option("education", QT_TRANSLATE_NOOP("trato::Metadata", "Education"))
                    .option("agriculture", QT_TRANSLATE_NOOP("trato::Metadata", "Agriculture")).option("transport", QT_TRANSLATE_NOOP("trato::Metadata", "Transport"))
                    .option("finance", QT_TRANSLATE_NOOP("trato::Metadata", "Finance")).option("public_sector", QT_TRANSLATE_NOOP("trato::Metadata", "Public sector"))
                    .option("other", QT_TRANSLATE_NOOP("trato::Metadata", "Other"));
    e.fields << Field::make("tax_id", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Tax id")).searchable().checkedAs(Field::Check::TaxId);
    // Spanish recargo de equivalencia: retailers under it pay the surcharge on every taxed line.
    e.fields << Field::make("equivalence_surcharge", FieldType::Bool, QT_TRANSLATE_NOOP("trato::Metadata", "Equivalence surcharge applies")).defaultsTo(QStringLiteral("0"));
    e.fields << Field::make("payment_terms", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Payment terms"));
    // Which SLA policies apply to its tickets (Atención al cliente).
    e.fields << Field::make("support_tier", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Customer tier"))
                    .option("standard", QT_TRANSLATE_NOOP("trato::Metadata", "Standard")).option("premium", QT_TRANSLATE_NOOP("trato::Metadata", "Premium"))
                    .option("vip", QT_TRANSLATE_NOOP("trato::Metadata", "VIP"))
                    .defaultsTo(QStringLiteral("standard"));
    e.fields << Field::make("phone", FieldType::Phone, QT_TRANSLATE_NOOP("trato::Metadata", "Phone")).inList().searchable();
    e.fields << Field::make("email", FieldType::Email, QT_TRANSLATE_NOOP("trato::Metadata", "Email")).searchable();
    e.fields << Field::make("website", FieldType::Url, QT_TRANSLATE_NOOP("trato::Metadata", "Website"));
    e.fields << Field::make("employees", FieldType::Integer, QT_TRANSLATE_NOOP("trato::Metadata", "Employees"));
    e.fields << Field::make("annual_revenue", FieldType::Money, QT_TRANSLATE_NOOP("trato::Metadata", "Annual revenue"));
    e.fields << ratingField();
    e.fields << Field::make("parent", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Parent account")).relation("account");
    e.fields << tagsField();
    addAddress(e, QString(), true, QT_TRANSLATE_NOOP("trato::Metadata", "Billing address")); // the main address
    addAddress(e, QStringLiteral("shipping_"), false, QT_TRANSLATE_NOOP("trato::Metadata", "Shipping address"));
    e.fields << Field::make("description", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Description")).inSection(QT_TRANSLATE_NOOP("trato::Metadata", "Description"));
    // Análisis: computed locally from the purchase history (core/analytics), every copy again.
    e.fields << Field::make("rfm_segment", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "RFM segment"))
                    .option("champions", QT_TRANSLATE_NOOP("trato::Metadata", "Champions")).option("loyal", QT_TRANSLATE_NOOP("trato::Metadata", "Loyal"))
                    .option("potential", QT_TRANSLATE_NOOP("trato::Metadata", "Potential loyalists")).option("new", QT_TRANSLATE_NOOP3("trato::Metadata", "New", "customer segment"))
                    .option("needs_attention", QT_TRANSLATE_NOOP("trato::Metadata", "Needs attention")).option("at_risk", QT_TRANSLATE_NOOP("trato::Metadata", "At risk"))
                    .option("cant_lose", QT_TRANSLATE_NOOP("trato::Metadata", "Can't lose them")).option("hibernating", QT_TRANSLATE_NOOP("trato::Metadata", "Hibernating"))
                    .option("lost", QT_TRANSLATE_NOOP("trato::Metadata", "Lost"))
                    .withIndex().derivedValue().inSection(QT_TRANSLATE_NOOP("trato::Metadata", "Scores"));
    e.fields << Field::make("rfm_score", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "RFM score")).derivedValue().inSection(QT_TRANSLATE_NOOP("trato::Metadata", "Scores"));
    e.fields << Field::make("purchase_score", FieldType::Integer, QT_TRANSLATE_NOOP("trato::Metadata", "Purchase propensity")).withIndex().derivedValue().inSection(QT_TRANSLATE_NOOP("trato::Metadata", "Scores"));
    addActivityRollups(e, true);
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
    e.fields << salutationField();
    e.fields << Field::make("first_name", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "First name")).inList().searchable().withIndex();
    e.fields << Field::make("last_name", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Last name")).requiredField().inList().searchable().withIndex();
    e.fields << Field::make("account", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Account")).relation("account").inList().withIndex();
    e.fields << Field::make("title", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Job title"));
    e.fields << Field::make("department", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Department"));
    e.fields << Field::make("email", FieldType::Email, QT_TRANSLATE_NOOP("trato::Metadata", "Email")).inList().searchable().withIndex();
    e.fields << Field::make("email2", FieldType::Email, QT_TRANSLATE_NOOP("trato::Metadata", "Other email")).searchable();
    e.fields << Field::make("phone", FieldType::Phone, QT_TRANSLATE_NOOP("trato::Metadata", "Work phone")).inList().searchable();
    e.fields << Field::make("mobile", FieldType::Phone, QT_TRANSLATE_NOOP("trato::Metadata", "Mobile")).searchable();
    e.fields << Field::make("home_phone", FieldType::Phone, QT_TRANSLATE_NOOP("trato::Metadata", "Home phone")).searchable();
    e.fields << Field::make("birthday", FieldType::Date, QT_TRANSLATE_NOOP("trato::Metadata", "Birthday"));
    e.fields << tagsField();
    addAddress(e, QString(), true, QT_TRANSLATE_NOOP("trato::Metadata", "Address"));
    e.fields << Field::make("best_time", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Best time to call"))
                    .option("morning", QT_TRANSLATE_NOOP("trato::Metadata", "Morning")).option("midday", QT_TRANSLATE_NOOP("trato::Metadata", "Midday"))
                    .option("afternoon", QT_TRANSLATE_NOOP("trato::Metadata", "Afternoon")).option("evening", QT_TRANSLATE_NOOP("trato::Metadata", "Evening"))
                    .option("any", QT_TRANSLATE_NOOP("trato::Metadata", "Any time")).inSection(QT_TRANSLATE_NOOP("trato::Metadata", "Marketing preferences"));
    e.fields << sourceField("lead_source").inSection(QT_TRANSLATE_NOOP("trato::Metadata", "Marketing preferences"));
    e.fields << Field::make("do_not_call", FieldType::Bool, QT_TRANSLATE_NOOP("trato::Metadata", "Do not call")).defaultsTo(QStringLiteral("0")).inSection(QT_TRANSLATE_NOOP("trato::Metadata", "Marketing preferences"));
    e.fields << Field::make("email_opt_out", FieldType::Bool, QT_TRANSLATE_NOOP("trato::Metadata", "Email opt-out")).defaultsTo(QStringLiteral("0")).inSection(QT_TRANSLATE_NOOP("trato::Metadata", "Marketing preferences"));
    e.fields << Field::make("consent_date", FieldType::Date, QT_TRANSLATE_NOOP("trato::Metadata", "Consent date")).inSection(QT_TRANSLATE_NOOP("trato::Metadata", "Marketing preferences"));
    e.fields << Field::make("description", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Notes")).inSection(QT_TRANSLATE_NOOP("trato::Metadata", "Notes"));
    addActivityRollups(e, true);
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
    // Análisis counts the leads created in a period (leads by source, lead conversion): a range
    // over this index instead of a scan of every lead.
    e.extraIndexes << QStringList{QStringLiteral("deleted"), QStringLiteral("created_at")};
    e.fields << salutationField();
    e.fields << Field::make("first_name", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "First name")).inList().searchable().withIndex();
    e.fields << Field::make("last_name", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Last name")).requiredField().inList().searchable().withIndex();
    e.fields << Field::make("company", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Company")).inList().searchable().withIndex();
    e.fields << Field::make("title", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Job title"));
    e.fields << Field::make("email", FieldType::Email, QT_TRANSLATE_NOOP("trato::Metadata", "Email")).inList().searchable();
    e.fields << Field::make("phone", FieldType::Phone, QT_TRANSLATE_NOOP("trato::Metadata", "Phone")).searchable();
    e.fields << Field::make("mobile", FieldType::Phone, QT_TRANSLATE_NOOP("trato::Metadata", "Mobile")).searchable();
    // Call lists (core/telemarketing) leave out leads who asked not to be called.
    e.fields << Field::make("do_not_call", FieldType::Bool, QT_TRANSLATE_NOOP("trato::Metadata", "Do not call")).defaultsTo(QStringLiteral("0"));
    e.fields << Field::make("website", FieldType::Url, QT_TRANSLATE_NOOP("trato::Metadata", "Website"));
    e.fields << tagsField();
    addAddress(e, QString(), false, QT_TRANSLATE_NOOP("trato::Metadata", "Address"));
    e.fields << sourceField("source").inList().inSection(QT_TRANSLATE_NOOP("trato::Metadata", "Qualification"));
    e.fields << Field::make("status", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Status")).inList().withIndex()
                    .option("new", QT_TRANSLATE_NOOP("trato::Metadata", "New")).option("contacted", QT_TRANSLATE_NOOP("trato::Metadata", "Contacted"))
                    .option("qualified", QT_TRANSLATE_NOOP("trato::Metadata", "Qualified")).option("converted", QT_TRANSLATE_NOOP("trato::Metadata", "Converted"))
                    .option("disqualified", QT_TRANSLATE_NOOP("trato::Metadata", "Disqualified"))
                    .defaultsTo(QStringLiteral("new")).inSection(QT_TRANSLATE_NOOP("trato::Metadata", "Qualification"));
    e.fields << Field::make("disqualified_reason", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Disqualification reason"))
                    .option("no_interest", QT_TRANSLATE_NOOP("trato::Metadata", "Not interested")).option("no_budget", QT_TRANSLATE_NOOP("trato::Metadata", "No budget"))
                    .option("competitor", QT_TRANSLATE_NOOP("trato::Metadata", "Went with a competitor")).option("unreachable", QT_TRANSLATE_NOOP("trato::Metadata", "Unreachable"))
                    .option("duplicate", QT_TRANSLATE_NOOP("trato::Metadata", "Duplicate")).option("bad_data", QT_TRANSLATE_NOOP("trato::Metadata", "Wrong contact data"))
                    .option("other", QT_TRANSLATE_NOOP("trato::Metadata", "Other"))
                    .requiredWhen("status", "disqualified").inSection(QT_TRANSLATE_NOOP("trato::Metadata", "Qualification"));
    e.fields << ratingField().inSection(QT_TRANSLATE_NOOP("trato::Metadata", "Qualification"));
    e.fields << Field::make("interest", FieldType::MultiPicklist, QT_TRANSLATE_NOOP("trato::Metadata", "Interested in"))
                    .option("products", QT_TRANSLATE_NOOP("trato::Metadata", "Products")).option("services", QT_TRANSLATE_NOOP("trato::Metadata", "Services"))
                    .option("support", QT_TRANSLATE_NOOP("trato::Metadata", "Support plans")).option("training", QT_TRANSLATE_NOOP("trato::Metadata", "Training")).inSection(QT_TRANSLATE_NOOP("trato::Metadata", "Qualification"));
    e.fields << Field::make("campaign", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Campaign")).relation("campaign").withIndex().inSection(QT_TRANSLATE_NOOP("trato::Metadata", "Qualification"));
    e.fields << Field::make("estimated_value", FieldType::Money, QT_TRANSLATE_NOOP("trato::Metadata", "Estimated value")).inSection(QT_TRANSLATE_NOOP("trato::Metadata", "Qualification"));
    e.fields << Field::make("probability", FieldType::Percent, QT_TRANSLATE_NOOP("trato::Metadata", "Probability")).inSection(QT_TRANSLATE_NOOP("trato::Metadata", "Qualification"));
    e.fields << Field::make("next_contact", FieldType::DateTime, QT_TRANSLATE_NOOP("trato::Metadata", "Next contact")).inSection(QT_TRANSLATE_NOOP("trato::Metadata", "Qualification"));
    e.fields << Field::make("description", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Notes")).inSection(QT_TRANSLATE_NOOP("trato::Metadata", "Notes"));
    // Filled in by the lead conversion: what this lead became.
    e.fields << Field::make("converted_account", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Converted to account")).relation("account").setBySystem().inSection(QT_TRANSLATE_NOOP("trato::Metadata", "Conversion"));
    e.fields << Field::make("converted_contact", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Converted to contact")).relation("contact").setBySystem().inSection(QT_TRANSLATE_NOOP("trato::Metadata", "Conversion"));
    e.fields << Field::make("converted_at", FieldType::DateTime, QT_TRANSLATE_NOOP("trato::Metadata", "Converted on")).setBySystem().inSection(QT_TRANSLATE_NOOP("trato::Metadata", "Conversion"));
    // Análisis: the lead score (0-100), computed locally from which leads became customers.
    e.fields << Field::make("lead_score", FieldType::Integer, QT_TRANSLATE_NOOP("trato::Metadata", "Lead score")).withIndex().derivedValue().inSection(QT_TRANSLATE_NOOP("trato::Metadata", "Scores"));
    addActivityRollups(e, false);
    return e;
}

Entity campaign()
{
    Entity e;
    e.name = QStringLiteral("campaign");
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Campaign"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Campaigns"));
    e.module = Module::Marketing;
    e.titleFields = {QStringLiteral("name")};
    e.defaultSort = QStringLiteral("name");
    e.fields << Field::make("name", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Campaign name")).requiredField().inList().searchable().withIndex();
    e.fields << Field::make("type", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Type")).inList()
                    .option("email", QT_TRANSLATE_NOOP("trato::Metadata", "Email")).option("event", QT_TRANSLATE_NOOP("trato::Metadata", "Event")).option("telemarketing", QT_TRANSLATE_NOOP("trato::Metadata", "Telemarketing"))
                    .option("advertising", QT_TRANSLATE_NOOP("trato::Metadata", "Advertising")).option("referral", QT_TRANSLATE_NOOP("trato::Metadata", "Referral program"))
                    .option("webinar", QT_TRANSLATE_NOOP("trato::Metadata", "Webinar")).option("direct_mail", QT_TRANSLATE_NOOP("trato::Metadata", "Direct mail"))
                    .option("social", QT_TRANSLATE_NOOP("trato::Metadata", "Social media")).option("trade_show", QT_TRANSLATE_NOOP("trato::Metadata", "Trade show"))
                    .option("other", QT_TRANSLATE_NOOP("trato::Metadata", "Other"));
    e.fields << Field::make("status", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Status")).inList().withIndex()
                    .option("planned", QT_TRANSLATE_NOOP("trato::Metadata", "Planned")).option("active", QT_TRANSLATE_NOOP("trato::Metadata", "Active"))
                    .option("completed", QT_TRANSLATE_NOOP("trato::Metadata", "Completed")).option("cancelled", QT_TRANSLATE_NOOP("trato::Metadata", "Cancelled"))
                    .defaultsTo(QStringLiteral("planned"));
    e.fields << Field::make("start_date", FieldType::Date, QT_TRANSLATE_NOOP("trato::Metadata", "Start date")).inList().withIndex();
    e.fields << Field::make("end_date", FieldType::Date, QT_TRANSLATE_NOOP("trato::Metadata", "End date")).inList();
    e.fields << Field::make("objective", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Objective")).searchable();
    e.fields << tagsField();
    e.fields << Field::make("budget", FieldType::Money, QT_TRANSLATE_NOOP("trato::Metadata", "Budget")).inList().inSection(QT_TRANSLATE_NOOP("trato::Metadata", "Budget and results"));
    e.fields << Field::make("actual_cost", FieldType::Money, QT_TRANSLATE_NOOP("trato::Metadata", "Actual cost")).inSection(QT_TRANSLATE_NOOP("trato::Metadata", "Budget and results"));
    e.fields << Field::make("expected_revenue", FieldType::Money, QT_TRANSLATE_NOOP("trato::Metadata", "Expected revenue")).inSection(QT_TRANSLATE_NOOP("trato::Metadata", "Budget and results"));
    e.fields << Field::make("expected_response", FieldType::Percent, QT_TRANSLATE_NOOP("trato::Metadata", "Expected response")).inSection(QT_TRANSLATE_NOOP("trato::Metadata", "Budget and results"));
    e.fields << Field::make("description", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Description")).inSection(QT_TRANSLATE_NOOP("trato::Metadata", "Description"));
    return e;
}

// A campaign's audience: one row per lead, contact or account taking part, with where it stands.
Entity campaignMember()
{
    Entity e;
    e.name = QStringLiteral("campaign_member");
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Campaign member"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Campaign members"));
    e.module = Module::Marketing;
    e.embedded = true;
    e.titleFields = {QStringLiteral("status")};
    e.defaultSort = QStringLiteral("status");
    e.fields << Field::make("campaign", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Campaign")).relation("campaign").requiredField().inList().withIndex();
    e.fields << Field::make("lead", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Lead")).relation("lead").inList().withIndex();
    e.fields << Field::make("contact", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Contact")).relation("contact").inList().withIndex();
    e.fields << Field::make("account", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Account")).relation("account").inList().withIndex();
    e.fields << Field::make("status", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Member status")).inList().withIndex()
                    .option("planned", QT_TRANSLATE_NOOP("trato::Metadata", "Pending")).option("sent", QT_TRANSLATE_NOOP("trato::Metadata", "Sent")).option("responded", QT_TRANSLATE_NOOP("trato::Metadata", "Responded"))
                    .option("converted", QT_TRANSLATE_NOOP("trato::Metadata", "Converted")).option("opted_out", QT_TRANSLATE_NOOP("trato::Metadata", "Opted out"))
                    .defaultsTo(QStringLiteral("planned"));
    e.fields << Field::make("status_date", FieldType::Date, QT_TRANSLATE_NOOP("trato::Metadata", "Status date")).inList();
    e.fields << Field::make("note", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Note"));
    e.exactlyOneOf = {QStringLiteral("lead"), QStringLiteral("contact"), QStringLiteral("account")};
    for (const auto &who : e.exactlyOneOf)
        e.uniqueTogether << QStringList{QStringLiteral("campaign"), who};
    return e;
}

} // namespace

QList<Entity> activityEntityDescriptions(); // activityentities.cpp
QList<Entity> inventoryEntityDescriptions(); // inventoryentities.cpp
QList<Entity> salesEntityDescriptions(); // salesentities.cpp
QList<Entity> supportEntityDescriptions(); // supportentities.cpp
QList<Entity> analyticsEntityDescriptions(); // analyticsentities.cpp

// For salesentities.cpp: an opportunity's source uses the same keys as a lead's.
Field leadSourceField(const char *name)
{
    return sourceField(name);
}

QList<Entity> builtinEntityDescriptions()
{
    QList<Entity> all = {account(), contact(), lead(), campaign(), campaignMember()};
    all << activityEntityDescriptions();
    all << inventoryEntityDescriptions();
    all << salesEntityDescriptions();
    all << supportEntityDescriptions();
    all << analyticsEntityDescriptions();
    return all;
}

} // namespace trato
