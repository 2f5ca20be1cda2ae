// SPDX-License-Identifier: GPL-3.0-or-later
// The entities of Atención al cliente (seed 000: incident reports, help and follow-up after a sale;
// seed 004: shorter response and resolution times): tickets and their conversation, SLA policies
// on business-hours calendars, breaches, the knowledge base, service contracts. Same rules as
// builtinentities.cpp: one function per entity, labels marked in full with QT_TRANSLATE_NOOP.
#include "entity.h"

#include <QCoreApplication>

namespace trato {

namespace {

const char *kSla = QT_TRANSLATE_NOOP("trato::Metadata", "Service level");
const char *kResolution = QT_TRANSLATE_NOOP("trato::Metadata", "Resolution");

Field priorityField()
{
    return Field::make("priority", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Priority"))
        .option("low", QT_TRANSLATE_NOOP("trato::Metadata", "Low")).option("normal", QT_TRANSLATE_NOOP("trato::Metadata", "Normal"))
        .option("high", QT_TRANSLATE_NOOP("trato::Metadata", "High")).option("urgent", QT_TRANSLATE_NOOP("trato::Metadata", "Urgent"))
        .defaultsTo(QStringLiteral("normal"));
}

Entity ticket()
{
    Entity e;
    e.name = QStringLiteral("ticket");
    e.supportWritable = true;
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Ticket"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Tickets"));
    e.module = Module::Support;
    e.titleFields = {QStringLiteral("number"), QStringLiteral("subject")};
    e.defaultSort = QStringLiteral("opened_at");
    e.defaultSortDescending = true;
    e.ownerLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Assigned to"));
    e.ownerOptional = true; // new tickets wait in the Unassigned queue until someone takes them
    e.fields << Field::make("number", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Number")).inList().searchable().withIndex().setBySystem();
    e.fields << Field::make("subject", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Subject")).requiredField().inList().searchable();
    e.fields << Field::make("status", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Status")).requiredField().inList().withIndex()
                    .option("new", QT_TRANSLATE_NOOP3("trato::Metadata", "New", "ticket status"))
                    .option("open", QT_TRANSLATE_NOOP3("trato::Metadata", "Open", "ticket status"))
                    .option("waiting_customer", QT_TRANSLATE_NOOP("trato::Metadata", "Waiting on customer"))
                    .option("waiting_third_party", QT_TRANSLATE_NOOP("trato::Metadata", "Waiting on third party"))
                    .option("resolved", QT_TRANSLATE_NOOP("trato::Metadata", "Resolved")).option("closed", QT_TRANSLATE_NOOP("trato::Metadata", "Closed"))
                    .option("reopened", QT_TRANSLATE_NOOP("trato::Metadata", "Reopened"))
                    .defaultsTo(QStringLiteral("new"));
    e.fields << priorityField().inList().withIndex();
    e.fields << Field::make("severity", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Severity"))
                    .option("minor", QT_TRANSLATE_NOOP("trato::Metadata", "Minor")).option("major", QT_TRANSLATE_NOOP("trato::Metadata", "Major"))
                    .option("critical", QT_TRANSLATE_NOOP("trato::Metadata", "Critical"))
                    .defaultsTo(QStringLiteral("minor"));
    e.fields << Field::make("account", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Account")).relation("account").inList().withIndex();
    e.fields << Field::make("contact", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Contact")).relation("contact").withIndex();
    e.fields << Field::make("channel", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Channel"))
                    .option("phone", QT_TRANSLATE_NOOP("trato::Metadata", "Phone")).option("email", QT_TRANSLATE_NOOP("trato::Metadata", "Email"))
                    .option("web", QT_TRANSLATE_NOOP("trato::Metadata", "Web")).option("in_person", QT_TRANSLATE_NOOP("trato::Metadata", "In person"))
                    .defaultsTo(QStringLiteral("phone"));
    e.fields << Field::make("category", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Category")).inList()
                    .option("question", QT_TRANSLATE_NOOP("trato::Metadata", "Question")).option("incident", QT_TRANSLATE_NOOP("trato::Metadata", "Incident"))
                    .option("complaint", QT_TRANSLATE_NOOP("trato::Metadata", "Complaint")).option("request", QT_TRANSLATE_NOOP("trato::Metadata", "Request"))
                    .option("warranty", QT_TRANSLATE_NOOP("trato::Metadata", "Warranty")).option("other", QT_TRANSLATE_NOOP("trato::Metadata", "Other"));
    e.fields << Field::make("product", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Product")).relation("product").withIndex();
    e.fields << Field::make("asset", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Asset or serial number")).searchable();
    // The support team the ticket belongs to (queues "my team"); the assignee is the owner.
    e.fields << Field::make("team", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Team")).inList().withIndex();
    e.fields << Field::make("description", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Description")).searchable();
    e.fields << Field::make("opened_at", FieldType::DateTime, QT_TRANSLATE_NOOP("trato::Metadata", "Opened")).inList().withIndex().setBySystem();
    // Service level (core/support): targets from the matching policy on its business-hours calendar;
    // the clock pauses while waiting on the customer.
    e.fields << Field::make("sla_policy", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "SLA policy")).relation("sla_policy").setBySystem().inSection(kSla);
    e.fields << Field::make("first_response_due", FieldType::DateTime, QT_TRANSLATE_NOOP("trato::Metadata", "First response due")).withIndex().setBySystem().inSection(kSla);
    e.fields << Field::make("first_response_at", FieldType::DateTime, QT_TRANSLATE_NOOP("trato::Metadata", "First response")).setBySystem().inSection(kSla);
    e.fields << Field::make("resolution_due", FieldType::DateTime, QT_TRANSLATE_NOOP("trato::Metadata", "Resolution due")).inList().withIndex().setBySystem().inSection(kSla);
    // Business seconds the SLA clock stood still so far, and since when it stands (while waiting).
    e.fields << Field::make("paused_seconds", FieldType::Integer, QT_TRANSLATE_NOOP("trato::Metadata", "Paused (business seconds)")).setBySystem().inSection(kSla);
    e.fields << Field::make("paused_since", FieldType::DateTime, QT_TRANSLATE_NOOP("trato::Metadata", "Paused since")).setBySystem().inSection(kSla);
    e.fields << Field::make("sla_state", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "SLA state")).inList().withIndex().setBySystem().inSection(kSla)
                    .option("none", QT_TRANSLATE_NOOP("trato::Metadata", "No SLA")).option("on_track", QT_TRANSLATE_NOOP("trato::Metadata", "On track"))
                    .option("at_risk", QT_TRANSLATE_NOOP("trato::Metadata", "At risk")).option("breached", QT_TRANSLATE_NOOP("trato::Metadata", "Breached"))
                    .option("paused", QT_TRANSLATE_NOOP("trato::Metadata", "Paused")).option("met", QT_TRANSLATE_NOOP("trato::Metadata", "Met"))
                    .defaultsTo(QStringLiteral("none"));
    e.fields << Field::make("contract", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Service contract")).relation("service_contract").withIndex().inSection(kResolution);
    // Hours (or units) the ticket consumed of its contract: thousandths, like any quantity.
    e.fields << Field::make("time_spent", FieldType::Quantity, QT_TRANSLATE_NOOP("trato::Metadata", "Time spent (hours)")).inSection(kResolution);
    e.fields << Field::make("resolution", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Resolution note")).searchable()
                    .requiredWhen("status", "resolved").inSection(kResolution);
    e.fields << Field::make("resolved_at", FieldType::DateTime, QT_TRANSLATE_NOOP("trato::Metadata", "Resolved on")).withIndex().setBySystem().inSection(kResolution);
    e.fields << Field::make("closed_at", FieldType::DateTime, QT_TRANSLATE_NOOP("trato::Metadata", "Closed on")).setBySystem().inSection(kResolution);
    e.fields << Field::make("reopen_count", FieldType::Integer, QT_TRANSLATE_NOOP("trato::Metadata", "Times reopened")).setBySystem().defaultsTo(QStringLiteral("0")).inSection(kResolution);
    e.fields << Field::make("satisfaction", FieldType::Integer, QT_TRANSLATE_NOOP("trato::Metadata", "Satisfaction (1-5)")).inSection(kResolution);
    e.extraIndexes << QStringList{QStringLiteral("status"), QStringLiteral("owner")};
    e.extraIndexes << QStringList{QStringLiteral("status"), QStringLiteral("team")};
    e.extraIndexes << QStringList{QStringLiteral("status"), QStringLiteral("sla_state")};
    // support: queues and kpis — deleted first, as the list queries filter it: each queue count is
    // then one index range per state (the planner otherwise walks the (deleted, owner) index).
    e.extraIndexes << QStringList{QStringLiteral("deleted"), QStringLiteral("status"), QStringLiteral("owner")};
    e.extraIndexes << QStringList{QStringLiteral("deleted"), QStringLiteral("status"), QStringLiteral("team")};
    e.extraIndexes << QStringList{QStringLiteral("deleted"), QStringLiteral("status"), QStringLiteral("sla_state")};
    return e;
}

// The conversation of a ticket: replies to the customer (logged now, sent by email later) and
// internal notes, with attachments by file reference.
Entity ticketMessage()
{
    Entity e;
    e.name = QStringLiteral("ticket_message");
    e.supportWritable = true;
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Ticket message"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Ticket messages"));
    e.module = Module::Support;
    e.embedded = true;
    e.titleFields = {QStringLiteral("kind")};
    e.defaultSort = QStringLiteral("written_at");
    e.fields << Field::make("ticket", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Ticket")).relation("ticket").requiredField().inList().withIndex();
    e.fields << Field::make("kind", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Kind")).requiredField().inList()
                    .option("reply", QT_TRANSLATE_NOOP("trato::Metadata", "Reply to the customer"))
                    .option("note", QT_TRANSLATE_NOOP("trato::Metadata", "Internal note"))
                    .option("customer", QT_TRANSLATE_NOOP("trato::Metadata", "From the customer"))
                    .defaultsTo(QStringLiteral("note"));
    e.fields << Field::make("body", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Message")).requiredField().inList().searchable();
    e.fields << Field::make("written_at", FieldType::DateTime, QT_TRANSLATE_NOOP("trato::Metadata", "Written")).inList().withIndex().setBySystem();
    // File references (paths or URLs), one per line: the files stay where they are.
    e.fields << Field::make("attachments", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Attachments"));
    return e;
}

// Working hours, holidays and a time zone: what "4 business hours" means for a policy.
Entity businessCalendar()
{
    Entity e;
    e.name = QStringLiteral("business_calendar");
    e.sharing = Entity::Sharing::Shared;
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Business hours"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Business hours calendars"));
    e.module = Module::Support;
    e.titleFields = {QStringLiteral("name")};
    e.defaultSort = QStringLiteral("name");
    e.fields << Field::make("name", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Calendar name")).requiredField().inList().searchable();
    e.fields << Field::make("time_zone", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Time zone")).requiredField().inList().defaultsTo(QStringLiteral("Europe/Madrid"));
    // "mon-fri 09:00-14:00,15:00-18:00; sat 10:00-13:00" (core/support parses and checks it).
    e.fields << Field::make("hours", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Working hours")).requiredField().inList()
                    .defaultsTo(QStringLiteral("mon-fri 09:00-18:00"));
    // ISO dates, one per line or separated by commas: "2026-12-25, 2027-01-01".
    e.fields << Field::make("holidays", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Holidays"));
    e.fields << Field::make("is_default", FieldType::Bool, QT_TRANSLATE_NOOP("trato::Metadata", "Default calendar")).defaultsTo(QStringLiteral("0")).inList();
    e.uniqueTogether << QStringList{QStringLiteral("name")};
    return e;
}

// Targets per priority (and optionally per customer tier), in business minutes on a calendar.
Entity slaPolicy()
{
    Entity e;
    e.name = QStringLiteral("sla_policy");
    e.sharing = Entity::Sharing::Shared;
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "SLA policy"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "SLA policies"));
    e.module = Module::Support;
    e.titleFields = {QStringLiteral("name")};
    e.defaultSort = QStringLiteral("name");
    e.fields << Field::make("name", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Policy name")).requiredField().inList().searchable();
    e.fields << priorityField().requiredField().inList().withIndex();
    // Empty: every tier without a policy of its own.
    e.fields << Field::make("tier", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Customer tier")).inList().withIndex()
                    .option("standard", QT_TRANSLATE_NOOP("trato::Metadata", "Standard")).option("premium", QT_TRANSLATE_NOOP("trato::Metadata", "Premium"))
                    .option("vip", QT_TRANSLATE_NOOP("trato::Metadata", "VIP"));
    e.fields << Field::make("first_response_minutes", FieldType::Integer, QT_TRANSLATE_NOOP("trato::Metadata", "First response within (business minutes)")).requiredField().inList();
    e.fields << Field::make("resolution_minutes", FieldType::Integer, QT_TRANSLATE_NOOP("trato::Metadata", "Resolution within (business minutes)")).requiredField().inList();
    e.fields << Field::make("calendar", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Business hours")).relation("business_calendar").inList();
    // Warn when this share of the time is used: 80 = at risk at 80 %.
    e.fields << Field::make("warn_percent", FieldType::Integer, QT_TRANSLATE_NOOP("trato::Metadata", "Warn at (% of the time)")).defaultsTo(QStringLiteral("80"));
    e.fields << Field::make("active", FieldType::Bool, QT_TRANSLATE_NOOP("trato::Metadata", "Active")).defaultsTo(QStringLiteral("1")).inList();
    return e;
}

// A target that was missed: recorded once per ticket and kind, never edited.
Entity slaBreach()
{
    Entity e;
    e.name = QStringLiteral("sla_breach");
    e.sharing = Entity::Sharing::Local;
    e.insertOnly = true;
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "SLA breach"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "SLA breaches"));
    e.module = Module::Support;
    e.titleFields = {QStringLiteral("kind")};
    e.defaultSort = QStringLiteral("breached_at");
    e.defaultSortDescending = true;
    e.fields << Field::make("ticket", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Ticket")).relation("ticket").requiredField().inList().withIndex().setBySystem();
    e.fields << Field::make("kind", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Target")).requiredField().inList().setBySystem()
                    .option("first_response", QT_TRANSLATE_NOOP("trato::Metadata", "First response"))
                    .option("resolution", QT_TRANSLATE_NOOP("trato::Metadata", "Resolution"));
    e.fields << Field::make("due_at", FieldType::DateTime, QT_TRANSLATE_NOOP("trato::Metadata", "Was due")).inList().setBySystem();
    e.fields << Field::make("breached_at", FieldType::DateTime, QT_TRANSLATE_NOOP("trato::Metadata", "Breached")).requiredField().inList().withIndex().setBySystem();
    e.uniqueTogether << QStringList{QStringLiteral("ticket"), QStringLiteral("kind")};
    return e;
}

Entity kbArticle()
{
    Entity e;
    e.name = QStringLiteral("kb_article");
    e.sharing = Entity::Sharing::Shared;
    e.supportWritable = true;
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Knowledge base article"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Knowledge base"));
    e.module = Module::Support;
    e.titleFields = {QStringLiteral("title")};
    e.defaultSort = QStringLiteral("title");
    e.fields << Field::make("title", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Title")).requiredField().inList().searchable().withIndex();
    e.fields << Field::make("category", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Category")).inList().withIndex().searchable();
    e.fields << Field::make("status", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Status")).requiredField().inList().withIndex()
                    .option("draft", QT_TRANSLATE_NOOP("trato::Metadata", "Draft")).option("published", QT_TRANSLATE_NOOP("trato::Metadata", "Published"))
                    .defaultsTo(QStringLiteral("draft"));
    e.fields << Field::make("body", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Article")).requiredField().searchable();
    e.fields << Field::make("product", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Product")).relation("product").withIndex();
    e.fields << Field::make("helped_count", FieldType::Integer, QT_TRANSLATE_NOOP("trato::Metadata", "Helped")).inList().setBySystem().defaultsTo(QStringLiteral("0"));
    e.fields << Field::make("tags", FieldType::Tags, QT_TRANSLATE_NOOP("trato::Metadata", "Tags")).searchable();
    return e;
}

// An article used on a ticket (inserted into a reply or linked by hand).
Entity ticketArticle()
{
    Entity e;
    e.name = QStringLiteral("ticket_article");
    e.supportWritable = true;
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Linked article"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Linked articles"));
    e.module = Module::Support;
    e.embedded = true;
    e.titleFields = {QStringLiteral("article")};
    e.defaultSort = QStringLiteral("created_at");
    e.fields << Field::make("ticket", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Ticket")).relation("ticket").requiredField().inList().withIndex();
    e.fields << Field::make("article", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Article")).relation("kb_article").requiredField().inList().withIndex();
    e.fields << Field::make("helped", FieldType::Bool, QT_TRANSLATE_NOOP("trato::Metadata", "Helped")).defaultsTo(QStringLiteral("0")).inList();
    e.uniqueTogether << QStringList{QStringLiteral("ticket"), QStringLiteral("article")};
    return e;
}

// Support the customer bought: hours or tickets included per period, consumed by tickets.
Entity serviceContract()
{
    Entity e;
    e.name = QStringLiteral("service_contract");
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Service contract"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Service contracts"));
    e.module = Module::Support;
    e.titleFields = {QStringLiteral("name")};
    e.defaultSort = QStringLiteral("end_date");
    e.fields << Field::make("name", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Contract name")).requiredField().inList().searchable();
    e.fields << Field::make("account", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Account")).relation("account").requiredField().inList().withIndex();
    e.fields << Field::make("start_date", FieldType::Date, QT_TRANSLATE_NOOP("trato::Metadata", "Start")).requiredField().inList();
    e.fields << Field::make("end_date", FieldType::Date, QT_TRANSLATE_NOOP("trato::Metadata", "End")).requiredField().inList().withIndex().notBefore("start_date");
    e.fields << Field::make("unit", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Counted in")).requiredField().inList()
                    .option("hours", QT_TRANSLATE_NOOP("trato::Metadata", "Hours")).option("tickets", QT_TRANSLATE_NOOP("trato::Metadata", "Tickets"))
                    .defaultsTo(QStringLiteral("hours"));
    e.fields << Field::make("period", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Per")).requiredField()
                    .option("month", QT_TRANSLATE_NOOP("trato::Metadata", "Month")).option("quarter", QT_TRANSLATE_NOOP("trato::Metadata", "Quarter"))
                    .option("year", QT_TRANSLATE_NOOP("trato::Metadata", "Year")).option("term", QT_TRANSLATE_NOOP("trato::Metadata", "Whole term"))
                    .defaultsTo(QStringLiteral("term"));
    e.fields << Field::make("included", FieldType::Quantity, QT_TRANSLATE_NOOP("trato::Metadata", "Included per period")).requiredField().inList();
    e.fields << Field::make("used", FieldType::Quantity, QT_TRANSLATE_NOOP("trato::Metadata", "Used this period")).inList().derivedValue();
    e.fields << Field::make("sla_tier", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Customer tier"))
                    .option("standard", QT_TRANSLATE_NOOP("trato::Metadata", "Standard")).option("premium", QT_TRANSLATE_NOOP("trato::Metadata", "Premium"))
                    .option("vip", QT_TRANSLATE_NOOP("trato::Metadata", "VIP"));
    e.fields << Field::make("notes", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Notes"));
    return e;
}

} // namespace

QList<Entity> supportEntityDescriptions()
{
    return {ticket(), kbArticle(), serviceContract(), slaPolicy(), businessCalendar(), slaBreach(), ticketMessage(), ticketArticle()};
}

} // namespace trato
