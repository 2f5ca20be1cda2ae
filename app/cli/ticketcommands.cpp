// SPDX-License-Identifier: GPL-3.0-or-later
// ticket add|assign|reply|note|resolve|close|reopen|show: tickets and their conversation (issue 7).
#include "commands.h"

#include "store/recordstore.h"
#include "support/ticketservice.h"

#include <optional>

namespace trato::cli {

namespace {

Result<QString> ticketArg(Context &context, const Arguments &args)
{
    return TicketService(*context.db).resolve(args.positional.at(0));
}

int runTicketAdd(Context &context, const Arguments &args)
{
    QMap<QString, QString> text = {{QStringLiteral("subject"), args.positional.at(0)}};
    static const QList<QPair<const char *, const char *>> options = {
        {"account", "account"}, {"contact", "contact"}, {"priority", "priority"}, {"channel", "channel"},
        {"category", "category"}, {"description", "description"}, {"team", "team"}};
    for (const auto &o : options)
        if (args.has(QString::fromLatin1(o.first)))
            text.insert(QString::fromLatin1(o.second), args.value(QString::fromLatin1(o.first)));
    auto values = context.store->parseInput(QStringLiteral("ticket"), text, context.locale);
    if (!values)
        return fail(values.error());
    QVariantMap v = values.value();
    if (args.has(QStringLiteral("assign"))) {
        if (args.value(QStringLiteral("assign")).trimmed().isEmpty())
            return usageError(context, Cli::tr("--assign needs a user name."));
        v.insert(QStringLiteral("owner"), args.value(QStringLiteral("assign")).trimmed());
    }
    TicketService service(*context.db);
    auto id = service.create(v);
    if (!id)
        return fail(id.error());
    auto info = service.load(id.value());
    if (!info)
        return fail(info.error());
    writeOut(info.value().number + QLatin1Char('\n'));
    return Exit::Ok;
}

int runTicketAssign(Context &context, const Arguments &args)
{
    auto id = ticketArg(context, args);
    if (!id)
        return fail(id.error());
    if (Status s = TicketService(*context.db).assign(id.value(), args.positional.at(1), args.value(QStringLiteral("team"))); !s)
        return fail(s.error());
    return Exit::Ok;
}

enum class MessageKind { Reply, Note, Customer };

int runTicketMessage(Context &context, const Arguments &args, MessageKind kind)
{
    auto id = ticketArg(context, args);
    if (!id)
        return fail(id.error());
    TicketService service(*context.db);
    const QString body = args.positional.at(1);
    const QStringList attachments = args.values(QStringLiteral("attach"));
    auto m = kind == MessageKind::Reply  ? service.reply(id.value(), body, attachments)
             : kind == MessageKind::Note ? service.note(id.value(), body, attachments)
                                         : service.customerMessage(id.value(), body, attachments);
    if (!m)
        return fail(m.error());
    writeOut(m.value() + QLatin1Char('\n'));
    return Exit::Ok;
}

int runTicketReply(Context &context, const Arguments &args) { return runTicketMessage(context, args, MessageKind::Reply); }
int runTicketNote(Context &context, const Arguments &args) { return runTicketMessage(context, args, MessageKind::Note); }
int runTicketCustomer(Context &context, const Arguments &args) { return runTicketMessage(context, args, MessageKind::Customer); }

int runTicketUnassign(Context &context, const Arguments &args)
{
    auto id = ticketArg(context, args);
    if (!id)
        return fail(id.error());
    if (Status s = TicketService(*context.db).unassign(id.value()); !s)
        return fail(s.error());
    return Exit::Ok;
}

int runTicketResolve(Context &context, const Arguments &args)
{
    if (!args.has(QStringLiteral("note")))
        return usageError(context, Cli::tr("Give the resolution with --note TEXT."));
    auto id = ticketArg(context, args);
    if (!id)
        return fail(id.error());
    if (Status s = TicketService(*context.db).resolveTicket(id.value(), args.value(QStringLiteral("note"))); !s)
        return fail(s.error());
    return Exit::Ok;
}

int runTicketClose(Context &context, const Arguments &args)
{
    std::optional<int> satisfaction;
    if (args.has(QStringLiteral("satisfaction"))) {
        qint64 n = 0;
        if (!parseCount(args.value(QStringLiteral("satisfaction")), &n) || n < 1 || n > 5)
            return usageError(context, Cli::tr("--satisfaction is a whole number from 1 to 5."));
        satisfaction = int(n);
    }
    auto id = ticketArg(context, args);
    if (!id)
        return fail(id.error());
    if (Status s = TicketService(*context.db).close(id.value(), satisfaction); !s)
        return fail(s.error());
    return Exit::Ok;
}

int runTicketReopen(Context &context, const Arguments &args)
{
    auto id = ticketArg(context, args);
    if (!id)
        return fail(id.error());
    if (Status s = TicketService(*context.db).reopen(id.value(), args.value(QStringLiteral("why"))); !s)
        return fail(s.error());
    return Exit::Ok;
}

QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("reply"))
        return Cli::tr("Reply");
    if (kind == QLatin1String("customer"))
        return Cli::tr("Customer");
    return Cli::tr("Internal note");
}

int runTicketShow(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Text, Format::Json}, Format::Text, &format, &code))
        return code;
    auto id = ticketArg(context, args);
    if (!id)
        return fail(id.error());
    auto loaded = TicketService(*context.db).load(id.value());
    if (!loaded)
        return fail(loaded.error());
    const TicketInfo &t = loaded.value();
    auto orNull = [](const QString &s) { return s.isEmpty() ? jsonNull() : QVariant(s); };
    if (format == Format::Json) {
        QVariantList messages;
        for (const TicketMessage &m : t.messages) {
            QVariantList attachments;
            for (const QString &a : m.attachments)
                attachments << a;
            messages << QVariant::fromValue(JsonObject{{QStringLiteral("id"), m.id},
                                                       {QStringLiteral("kind"), m.kind},
                                                       {QStringLiteral("written_at"), m.writtenAt},
                                                       {QStringLiteral("author"), orNull(m.author)},
                                                       {QStringLiteral("body"), m.body},
                                                       {QStringLiteral("attachments"), attachments}});
        }
        const JsonObject obj{{QStringLiteral("id"), t.id},
                             {QStringLiteral("number"), t.number},
                             {QStringLiteral("subject"), t.subject},
                             {QStringLiteral("status"), t.status},
                             {QStringLiteral("priority"), t.priority},
                             {QStringLiteral("account"), orNull(t.accountName)},
                             {QStringLiteral("contact"), orNull(t.contactName)},
                             {QStringLiteral("assigned_to"), orNull(t.owner)},
                             {QStringLiteral("team"), orNull(t.team)},
                             {QStringLiteral("opened_at"), orNull(t.openedAt)},
                             {QStringLiteral("first_response_at"), orNull(t.firstResponseAt)},
                             {QStringLiteral("resolved_at"), orNull(t.resolvedAt)},
                             {QStringLiteral("closed_at"), orNull(t.closedAt)},
                             {QStringLiteral("resolution"), orNull(t.resolution)},
                             {QStringLiteral("reopen_count"), t.reopenCount},
                             {QStringLiteral("satisfaction"), t.satisfaction.isNull() ? jsonNull() : t.satisfaction},
                             {QStringLiteral("messages"), messages}};
        writeOut(toJson(QVariant::fromValue(obj), true) + QLatin1Char('\n'));
        return Exit::Ok;
    }
    QList<QPair<QString, QString>> rows = {{Cli::tr("Ticket"), t.number},
                                           {Cli::tr("Subject"), t.subject},
                                           {Cli::tr("Status"), TicketService::statusLabel(t.status)},
                                           {Cli::tr("Priority"), t.priority},
                                           {Cli::tr("Account"), t.accountName},
                                           {Cli::tr("Contact"), t.contactName},
                                           {Cli::tr("Assigned to"), t.owner},
                                           {Cli::tr("Team"), t.team},
                                           {Cli::tr("Opened"), t.openedAt},
                                           {Cli::tr("First response"), t.firstResponseAt}};
    if (!t.resolvedAt.isEmpty())
        rows << QPair<QString, QString>{Cli::tr("Resolved"), t.resolvedAt};
    if (!t.closedAt.isEmpty())
        rows << QPair<QString, QString>{Cli::tr("Closed"), t.closedAt};
    if (!t.resolution.isEmpty())
        rows << QPair<QString, QString>{Cli::tr("Resolution"), t.resolution};
    if (t.reopenCount > 0)
        rows << QPair<QString, QString>{Cli::tr("Times reopened"), QString::number(t.reopenCount)};
    if (!t.satisfaction.isNull())
        rows << QPair<QString, QString>{Cli::tr("Satisfaction"), t.satisfaction.toString()};
    writeKeyValues(rows);
    writeOut(QLatin1Char('\n') + Cli::tr("Conversation (%1 messages):").arg(t.messages.size()) + QLatin1Char('\n'));
    for (const TicketMessage &m : t.messages) {
        writeOut(QStringLiteral("\n[%1] %2 %3\n").arg(kindLabel(m.kind), m.writtenAt, m.author));
        for (const QString &line : m.body.split(QLatin1Char('\n')))
            writeOut(QStringLiteral("  ") + line + QLatin1Char('\n'));
        for (const QString &a : m.attachments)
            writeOut(QStringLiteral("  ") + Cli::tr("Attachment: %1").arg(a) + QLatin1Char('\n'));
    }
    return Exit::Ok;
}

} // namespace

void appendTicketCommands(QList<Command> &c)
{
    c.append({"ticket add", "SUBJECT [--account A] [--contact C] [--priority P] [--channel CH] [--category CAT] [--description TEXT] [--assign USER] [--team T]",
              QT_TRANSLATE_NOOP("trato::Cli", "Open a support ticket and print its number"),
              QT_TRANSLATE_NOOP("trato::Cli", "Account and contact are an id or exact name; priority low|normal|high|urgent; channel "
                "phone|email|web|in_person; category question|incident|complaint|request|warranty|other. The ticket gets the next "
                "number TCK-YYYY-NNNNN, status new and opened now."),
              {{"account", "A", QT_TRANSLATE_NOOP("trato::Cli", "The customer account")},
               {"contact", "C", QT_TRANSLATE_NOOP("trato::Cli", "The contact who asked")},
               {"priority", "P", QT_TRANSLATE_NOOP("trato::Cli", "low, normal (default), high or urgent")},
               {"channel", "CH", QT_TRANSLATE_NOOP("trato::Cli", "How it came in")},
               {"category", "CAT", QT_TRANSLATE_NOOP("trato::Cli", "What kind of request it is")},
               {"description", "TEXT", QT_TRANSLATE_NOOP("trato::Cli", "What the customer reported")},
               {"assign", "USER", QT_TRANSLATE_NOOP("trato::Cli", "Who it is assigned to (default: nobody; it waits in the Unassigned queue)")},
               {"team", "T", QT_TRANSLATE_NOOP("trato::Cli", "The support team")}},
              1, 1, Command::OpenOrCreate, runTicketAdd});
    c.append({"ticket assign", "ID USER [--team T]", QT_TRANSLATE_NOOP("trato::Cli", "Assign a ticket to a user (and a team)"),
              QT_TRANSLATE_NOOP("trato::Cli", "ID is the ticket's id or number."),
              {{"team", "T", QT_TRANSLATE_NOOP("trato::Cli", "The support team")}}, 2, 2, Command::OpenExisting, runTicketAssign});
    c.append({"ticket unassign", "ID", QT_TRANSLATE_NOOP("trato::Cli", "Take a ticket off its assignee (back to the Unassigned queue)"),
              QT_TRANSLATE_NOOP("trato::Cli", "ID is the ticket's id or number. The team is kept."), {}, 1, 1, Command::OpenExisting,
              runTicketUnassign});
    c.append({"ticket reply", "ID TEXT [--attach FILE]...", QT_TRANSLATE_NOOP("trato::Cli", "Log a reply to the customer on a ticket"),
              QT_TRANSLATE_NOOP("trato::Cli", "The reply is logged, not sent (email comes later). The first reply is the ticket's first "
                "response; a new ticket becomes open, a resolved one is reopened. A closed ticket must be reopened first. "
                "--attach adds a file reference (path or URL); the file stays where it is."),
              {{"attach", "FILE", QT_TRANSLATE_NOOP("trato::Cli", "A file path or URL to attach (repeatable)"), true}},
              2, 2, Command::OpenExisting, runTicketReply});
    c.append({"ticket note", "ID TEXT [--attach FILE]...", QT_TRANSLATE_NOOP("trato::Cli", "Add an internal note to a ticket"),
              QT_TRANSLATE_NOOP("trato::Cli", "Internal notes are not for the customer and do not count as a response."),
              {{"attach", "FILE", QT_TRANSLATE_NOOP("trato::Cli", "A file path or URL to attach (repeatable)"), true}},
              2, 2, Command::OpenExisting, runTicketNote});
    c.append({"ticket message", "ID TEXT [--attach FILE]...", QT_TRANSLATE_NOOP("trato::Cli", "Log a message from the customer on a ticket"),
              QT_TRANSLATE_NOOP("trato::Cli", "For what the customer wrote or said (an email pasted in, a call). A ticket waiting on the "
                "customer becomes open again and its SLA clock resumes; a resolved one is reopened. A closed ticket must be reopened first."),
              {{"attach", "FILE", QT_TRANSLATE_NOOP("trato::Cli", "A file path or URL to attach (repeatable)"), true}},
              2, 2, Command::OpenExisting, runTicketCustomer});
    c.append({"ticket resolve", "ID --note TEXT", QT_TRANSLATE_NOOP("trato::Cli", "Resolve a ticket with a resolution note"), nullptr,
              {{"note", "TEXT", QT_TRANSLATE_NOOP("trato::Cli", "What solved it (required)")}}, 1, 1, Command::OpenExisting, runTicketResolve});
    c.append({"ticket close", "ID [--satisfaction N]", QT_TRANSLATE_NOOP("trato::Cli", "Close a resolved ticket"),
              QT_TRANSLATE_NOOP("trato::Cli", "Only a resolved ticket is closed. A closed ticket is not edited any more except to reopen it."),
              {{"satisfaction", "N", QT_TRANSLATE_NOOP("trato::Cli", "The customer's satisfaction, 1 to 5")}}, 1, 1, Command::OpenExisting,
              runTicketClose});
    c.append({"ticket reopen", "ID [--why TEXT]", QT_TRANSLATE_NOOP("trato::Cli", "Reopen a resolved or closed ticket"),
              QT_TRANSLATE_NOOP("trato::Cli", "Counts the reopening, clears the resolved and closed dates and logs an internal note."),
              {{"why", "TEXT", QT_TRANSLATE_NOOP("trato::Cli", "Why it is reopened (logged as a note)")}}, 1, 1, Command::OpenExisting,
              runTicketReopen});
    c.append({"ticket show", "ID [--format text|json]", QT_TRANSLATE_NOOP("trato::Cli", "Show a ticket and its conversation"), nullptr,
              {{"format", "text|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: text)")}}, 1, 1, Command::OpenExisting,
              runTicketShow});
}

} // namespace trato::cli
