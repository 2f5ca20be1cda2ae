// SPDX-License-Identifier: GPL-3.0-or-later
// The entities of time management and telemarketing (seed 003): activities (calls, meetings,
// visits, tasks), notes, call scripts, call lists and their entries. Same rules as
// builtinentities.cpp: one function per entity, labels marked in full with QT_TRANSLATE_NOOP.
#include "entity.h"

#include <QCoreApplication>

namespace trato {

namespace {

// The records an activity, a note or a call-list entry is about. Later modules add their own
// relation (opportunity, ticket) to the activity description.
void addRegarding(Entity &e, bool inList)
{
    for (auto [name, label] : {std::pair{"account", QT_TRANSLATE_NOOP("trato::Metadata", "Account")},
                               std::pair{"contact", QT_TRANSLATE_NOOP("trato::Metadata", "Contact")},
                               std::pair{"lead", QT_TRANSLATE_NOOP("trato::Metadata", "Lead")}}) {
        Field f = Field::make(name, FieldType::Relation, label).relation(name).withIndex();
        if (inList && qstrcmp(name, "lead") != 0)
            f.inList();
        e.fields << f;
    }
}

} // namespace

// What a call ended in. Shared by activities and call-list entries; each outcome has a follow-up
// rule (core/activities/followuprules).
Field callOutcomeField(const char *name, const char *label)
{
    return Field::make(name, FieldType::Picklist, label)
        .option("done", QT_TRANSLATE_NOOP("trato::Metadata", "Done"))
        .option("reached", QT_TRANSLATE_NOOP("trato::Metadata", "Reached"))
        .option("no_answer", QT_TRANSLATE_NOOP("trato::Metadata", "No answer"))
        .option("busy", QT_TRANSLATE_NOOP("trato::Metadata", "Busy"))
        .option("wrong_number", QT_TRANSLATE_NOOP("trato::Metadata", "Wrong number"))
        .option("call_back", QT_TRANSLATE_NOOP("trato::Metadata", "Call back"))
        .option("interested", QT_TRANSLATE_NOOP("trato::Metadata", "Interested"))
        .option("not_interested", QT_TRANSLATE_NOOP("trato::Metadata", "Not interested"))
        .option("sale", QT_TRANSLATE_NOOP("trato::Metadata", "Sale"));
}

namespace {

Entity activity()
{
    Entity e;
    e.name = QStringLiteral("activity");
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Activity"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Activities"));
    e.module = Module::Activities;
    e.titleFields = {QStringLiteral("subject")};
    e.defaultSort = QStringLiteral("start_at");
    e.ownerLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Assigned to"));
    // Events (call, meeting, visit) have a start and an end; a task's start_at is when it is due.
    e.fields << Field::make("kind", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Kind")).requiredField().inList().withIndex()
                    .option("call", QT_TRANSLATE_NOOP("trato::Metadata", "Call")).option("meeting", QT_TRANSLATE_NOOP("trato::Metadata", "Meeting"))
                    .option("visit", QT_TRANSLATE_NOOP("trato::Metadata", "Visit")).option("task", QT_TRANSLATE_NOOP("trato::Metadata", "Task"))
                    .defaultsTo(QStringLiteral("task"));
    e.fields << Field::make("subject", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Subject")).requiredField().inList().searchable().withIndex();
    e.fields << Field::make("start_at", FieldType::DateTime, QT_TRANSLATE_NOOP("trato::Metadata", "Starts / due")).requiredField().inList().withIndex();
    e.fields << Field::make("end_at", FieldType::DateTime, QT_TRANSLATE_NOOP("trato::Metadata", "Ends")).notBefore("start_at");
    e.fields << Field::make("all_day", FieldType::Bool, QT_TRANSLATE_NOOP("trato::Metadata", "All day")).defaultsTo(QStringLiteral("0"));
    e.fields << Field::make("status", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Status")).requiredField().inList().withIndex()
                    .option("planned", QT_TRANSLATE_NOOP("trato::Metadata", "Planned")).option("in_progress", QT_TRANSLATE_NOOP("trato::Metadata", "In progress"))
                    .option("completed", QT_TRANSLATE_NOOP("trato::Metadata", "Completed")).option("cancelled", QT_TRANSLATE_NOOP("trato::Metadata", "Cancelled"))
                    .defaultsTo(QStringLiteral("planned"));
    e.fields << Field::make("priority", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Priority")).inList()
                    .option("high", QT_TRANSLATE_NOOP("trato::Metadata", "High")).option("normal", QT_TRANSLATE_NOOP("trato::Metadata", "Normal"))
                    .option("low", QT_TRANSLATE_NOOP("trato::Metadata", "Low"))
                    .defaultsTo(QStringLiteral("normal"));
    e.fields << Field::make("location", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Location")).searchable();
    addRegarding(e, true);
    // The opportunity (Comercial) the activity moves forward; its next step and stalled flag follow.
    e.fields << Field::make("opportunity", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Opportunity")).relation("opportunity").withIndex();
    // The ticket (Atención al cliente) the activity works on.
    e.fields << Field::make("ticket", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Ticket")).relation("ticket").withIndex();
    e.fields << Field::make("direction", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Direction"))
                    .option("outbound", QT_TRANSLATE_NOOP("trato::Metadata", "Outbound")).option("inbound", QT_TRANSLATE_NOOP("trato::Metadata", "Inbound"));
    e.fields << Field::make("phone_number", FieldType::Phone, QT_TRANSLATE_NOOP("trato::Metadata", "Phone number")).searchable();
    e.fields << Field::make("description", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Description")).searchable();

    const char *outcome = QT_TRANSLATE_NOOP("trato::Metadata", "Outcome");
    e.fields << callOutcomeField("outcome", QT_TRANSLATE_NOOP("trato::Metadata", "Outcome")).inSection(outcome);
    e.fields << Field::make("outcome_notes", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Outcome notes")).searchable().inSection(outcome);
    e.fields << Field::make("completed_at", FieldType::DateTime, QT_TRANSLATE_NOOP("trato::Metadata", "Completed on")).setBySystem().withIndex().inSection(outcome);
    // The activity this one follows up: the sales loop's chain, one step after another.
    e.fields << Field::make("follows", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Follows up")).relation("activity").setBySystem().withIndex().inSection(outcome);

    // Reminders: minutes before the start; remind_at is when it pops up next (snooze moves it,
    // dismissing clears it).
    const char *reminder = QT_TRANSLATE_NOOP("trato::Metadata", "Reminder");
    e.fields << Field::make("reminder", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Remind me"))
                    .option("none", QT_TRANSLATE_NOOP("trato::Metadata", "No reminder")).option("0", QT_TRANSLATE_NOOP("trato::Metadata", "At the start"))
                    .option("5", QT_TRANSLATE_NOOP("trato::Metadata", "5 minutes before")).option("15", QT_TRANSLATE_NOOP("trato::Metadata", "15 minutes before"))
                    .option("30", QT_TRANSLATE_NOOP("trato::Metadata", "30 minutes before")).option("60", QT_TRANSLATE_NOOP("trato::Metadata", "1 hour before"))
                    .option("120", QT_TRANSLATE_NOOP("trato::Metadata", "2 hours before")).option("1440", QT_TRANSLATE_NOOP("trato::Metadata", "1 day before"))
                    .defaultsTo(QStringLiteral("none")).inSection(reminder);
    e.fields << Field::make("remind_at", FieldType::DateTime, QT_TRANSLATE_NOOP("trato::Metadata", "Next reminder")).setBySystem().withIndex().inSection(reminder);

    // Recurrence: occurrences are activities of their own (each can be moved, completed, deleted),
    // linked to the first one through `series`.
    const char *repeat = QT_TRANSLATE_NOOP("trato::Metadata", "Repeat");
    e.fields << Field::make("repeat", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Repeats"))
                    .option("none", QT_TRANSLATE_NOOP("trato::Metadata", "Does not repeat")).option("daily", QT_TRANSLATE_NOOP("trato::Metadata", "Daily"))
                    .option("weekly", QT_TRANSLATE_NOOP("trato::Metadata", "Weekly")).option("monthly", QT_TRANSLATE_NOOP("trato::Metadata", "Monthly"))
                    .defaultsTo(QStringLiteral("none")).inSection(repeat);
    e.fields << Field::make("repeat_interval", FieldType::Integer, QT_TRANSLATE_NOOP("trato::Metadata", "Every")).inSection(repeat);
    e.fields << Field::make("repeat_until", FieldType::Date, QT_TRANSLATE_NOOP("trato::Metadata", "Until")).inSection(repeat);
    e.fields << Field::make("repeat_count", FieldType::Integer, QT_TRANSLATE_NOOP("trato::Metadata", "Occurrences")).inSection(repeat);
    e.fields << Field::make("series", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Series")).relation("activity").setBySystem().withIndex().inSection(repeat);

    e.fields << Field::make("call_list", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Call list")).relation("call_list").setBySystem().withIndex().inSection(outcome);
    // My day (core/activities/myday): a user's open items up to a day, and the day's items, are
    // index ranges at any size.
    e.extraIndexes << QStringList{QStringLiteral("owner"), QStringLiteral("status"), QStringLiteral("start_at")};
    e.fields << Field::make("ical_uid", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Calendar UID")).setBySystem().withIndex().inSection(repeat);
    return e;
}

// A free-text note on a record: shown in its timeline.
Entity note()
{
    Entity e;
    e.name = QStringLiteral("note");
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Note"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Notes"));
    e.module = Module::Activities;
    e.embedded = true;
    e.titleFields = {QStringLiteral("body")};
    e.defaultSort = QStringLiteral("created_at");
    e.fields << Field::make("body", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Note")).requiredField().inList().searchable();
    addRegarding(e, true);
    return e;
}

// What an operator says on a call: text with merge fields ({first_name}, {company}...) and
// questions whose answers are saved on the called record, one per line: "field | question".
Entity callScript()
{
    Entity e;
    e.name = QStringLiteral("call_script");
    e.sharing = Entity::Sharing::Shared;
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Call script"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Call scripts"));
    e.module = Module::Activities;
    e.titleFields = {QStringLiteral("name")};
    e.defaultSort = QStringLiteral("name");
    e.fields << Field::make("name", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Script name")).requiredField().inList().searchable().withIndex();
    e.fields << Field::make("body", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Script")).searchable();
    e.fields << Field::make("questions", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Questions"));
    return e;
}

Entity callList()
{
    Entity e;
    e.name = QStringLiteral("call_list");
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Call list"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Call lists"));
    e.module = Module::Activities;
    e.titleFields = {QStringLiteral("name")};
    e.defaultSort = QStringLiteral("name");
    e.fields << Field::make("name", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Call list name")).requiredField().inList().searchable().withIndex();
    e.fields << Field::make("status", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Status")).inList().withIndex()
                    .option("active", QT_TRANSLATE_NOOP("trato::Metadata", "Active")).option("paused", QT_TRANSLATE_NOOP("trato::Metadata", "Paused"))
                    .option("completed", QT_TRANSLATE_NOOP("trato::Metadata", "Completed"))
                    .defaultsTo(QStringLiteral("active"));
    e.fields << Field::make("campaign", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Campaign")).relation("campaign").inList().withIndex();
    e.fields << Field::make("segment", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Built from segment")).setBySystem();
    e.fields << Field::make("script", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Call script")).relation("call_script").inList();
    e.fields << Field::make("description", FieldType::LongText, QT_TRANSLATE_NOOP("trato::Metadata", "Description"));
    return e;
}

// One number to call in a call list, in queue order.
Entity callListEntry()
{
    Entity e;
    e.name = QStringLiteral("call_list_entry");
    e.label = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Call list entry"));
    e.pluralLabel = QStringLiteral(QT_TRANSLATE_NOOP("trato::Metadata", "Call list entries"));
    e.module = Module::Activities;
    e.embedded = true;
    e.titleFields = {QStringLiteral("phone")};
    e.defaultSort = QStringLiteral("position");
    e.fields << Field::make("call_list", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Call list")).relation("call_list").requiredField().inList().withIndex();
    e.fields << Field::make("contact", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Contact")).relation("contact").inList().withIndex();
    e.fields << Field::make("lead", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Lead")).relation("lead").inList().withIndex();
    e.fields << Field::make("position", FieldType::Integer, QT_TRANSLATE_NOOP("trato::Metadata", "Position")).inList().withIndex();
    e.fields << Field::make("phone", FieldType::Phone, QT_TRANSLATE_NOOP("trato::Metadata", "Phone")).inList();
    e.fields << Field::make("status", FieldType::Picklist, QT_TRANSLATE_NOOP("trato::Metadata", "Status")).inList().withIndex()
                    .option("pending", QT_TRANSLATE_NOOP("trato::Metadata", "To call")).option("call_back", QT_TRANSLATE_NOOP("trato::Metadata", "Call back"))
                    .option("done", QT_TRANSLATE_NOOP("trato::Metadata", "Done")).option("skipped", QT_TRANSLATE_NOOP("trato::Metadata", "Skipped"))
                    .defaultsTo(QStringLiteral("pending"));
    e.fields << Field::make("attempts", FieldType::Integer, QT_TRANSLATE_NOOP("trato::Metadata", "Attempts")).inList().defaultsTo(QStringLiteral("0"));
    e.fields << callOutcomeField("last_outcome", QT_TRANSLATE_NOOP("trato::Metadata", "Last outcome")).inList();
    e.fields << Field::make("callback_at", FieldType::DateTime, QT_TRANSLATE_NOOP("trato::Metadata", "Call back at")).withIndex();
    e.fields << Field::make("operator", FieldType::Text, QT_TRANSLATE_NOOP("trato::Metadata", "Operator")).withIndex();
    // When `operator` took the entry from the queue (CallListService::next): another operator does
    // not get it while the claim is fresh. Cleared when the call is logged.
    e.fields << Field::make("claimed_at", FieldType::DateTime, QT_TRANSLATE_NOOP("trato::Metadata", "Taken at")).setBySystem();
    e.fields << Field::make("last_call", FieldType::Relation, QT_TRANSLATE_NOOP("trato::Metadata", "Last call")).relation("activity");
    e.exactlyOneOf = {QStringLiteral("contact"), QStringLiteral("lead")};
    for (const auto &who : e.exactlyOneOf)
        e.uniqueTogether << QStringList{QStringLiteral("call_list"), who};
    return e;
}

} // namespace

QList<Entity> activityEntityDescriptions()
{
    return {activity(), note(), callScript(), callList(), callListEntry()};
}

} // namespace trato
