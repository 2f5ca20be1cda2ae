// SPDX-License-Identifier: GPL-3.0-or-later
// The table of trato-cli's commands and the option helpers they share. The texts are marked with
// QT_TRANSLATE_NOOP written out in full: lupdate does not expand macros.
#include "commands.h"

#include "metadata/registry.h"

namespace trato::cli {

namespace {

const OptionSpec kFormatTable = {"format", "table|csv|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: table)")};

const OptionSpec kNoDuplicates = {"no-duplicates", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Refuse (exit 2, nothing written) when likely duplicates exist")};

QList<Command> buildCommands()
{
    QList<Command> c;
    c.append({"init", "", QT_TRANSLATE_NOOP("trato::Cli", "Create or upgrade the database; print its path and schema version"),
              QT_TRANSLATE_NOOP("trato::Cli", "Creates the database file (and its folder) if it does not exist, or upgrades an older one "
                "after taking a backup copy beside it."),
              {}, 0, 0, Command::OpenOrCreate, runInit});
    c.append({"demo", "[--size N] [--seed S]", QT_TRANSLATE_NOOP("trato::Cli", "Add deterministic demo data"),
              QT_TRANSLATE_NOOP("trato::Cli", "Adds N contacts, N/8 accounts (at least 5) and N/4 leads (at least 10) of realistic Spanish and "
                "international small-business data. The same seed and size give the same data on every "
                "machine. Progress goes to stderr."),
              {{"size", "N", QT_TRANSLATE_NOOP("trato::Cli", "Number of contacts (default: 200; up to 10000000)")},
               {"seed", "S", QT_TRANSLATE_NOOP("trato::Cli", "Seed of the generator (default: 1)")}},
              0, 0, Command::OpenOrCreate, runDemo});
    c.append({"entities", "[--format table|csv|json]", QT_TRANSLATE_NOOP("trato::Cli", "List the entities with their record counts"), nullptr,
              {kFormatTable}, 0, 0, Command::OpenExisting, runEntities});
    c.append({"fields", "ENTITY [--format table|csv|json]", QT_TRANSLATE_NOOP("trato::Cli", "Describe the fields of an entity"), nullptr,
              {kFormatTable}, 1, 1, Command::OpenExisting, runFields});
    c.append({"field add",
              "ENTITY NAME --type TYPE [--label L] [--required] [--option VALUE[=LABEL]]... [--target ENTITY] [--list] [--search]",
              QT_TRANSLATE_NOOP("trato::Cli", "Add a custom field to an entity"),
              QT_TRANSLATE_NOOP("trato::Cli", "NAME is lower snake_case. TYPE is one of: text, long_text, email, phone, url, integer, decimal, "
                "money, percent, date, datetime, bool, picklist, multi_picklist, relation, tags. Picklists need at "
                "least one --option; relations need --target."),
              {{"type", "TYPE", QT_TRANSLATE_NOOP("trato::Cli", "Field type")},
               {"label", "L", QT_TRANSLATE_NOOP("trato::Cli", "Label shown in forms and lists (default: NAME)")},
               {"required", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "A value is required")},
               {"option", "VALUE[=LABEL]", QT_TRANSLATE_NOOP("trato::Cli", "A picklist value (repeat for each)"), true},
               {"target", "ENTITY", QT_TRANSLATE_NOOP("trato::Cli", "The entity a relation points to")},
               {"list", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Show the field in lists by default")},
               {"search", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Include the field in search")}},
              2, 2, Command::OpenOrCreate, runFieldAdd});
    c.append({"field remove", "ENTITY NAME", QT_TRANSLATE_NOOP("trato::Cli", "Remove a custom field and its values"), nullptr,
              {}, 2, 2, Command::OpenExisting, runFieldRemove});
    c.append({"list",
              "ENTITY [--search TEXT] [--where CONDITION]... [--segment NAME] [--sort FIELD[:desc]] [--limit N] [--offset N] "
              "[--deleted] [--fields a,b,c] [--format table|csv|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "List records"),
              QT_TRANSLATE_NOOP("trato::Cli", "The table shows the entity's list fields plus id; csv and json give every field unless --fields "
                "says otherwise. Relations show the related record's name; csv and json add its id as FIELD_id. "
                "A --where CONDITION is FIELD OP VALUE: = != ~ (contains) ^= (starts with) < <= > >=; on dates "
                "<Nd is within the last N days and >Nd more than N days ago; on tags =TAG has the tag. Values are "
                "read like input values (a relation by id or name); FIELD= and FIELD!= match empty and non-empty "
                "fields. Search matches where a field equals the whole text come first."),
              {{"search", "TEXT", QT_TRANSLATE_NOOP("trato::Cli", "Only records matching TEXT (accents ignored, words prefix-matched)")},
               {"where", "CONDITION", QT_TRANSLATE_NOOP("trato::Cli", "Only records meeting CONDITION, e.g. city=Madrid (repeat to combine)"), true},
               {"segment", "NAME", QT_TRANSLATE_NOOP("trato::Cli", "Only the records of a saved segment")},
               {"sort", "FIELD[:desc]", QT_TRANSLATE_NOOP("trato::Cli", "Sort by FIELD, ascending or :desc (default: the entity's sort)")},
               {"limit", "N", QT_TRANSLATE_NOOP("trato::Cli", "At most N records")},
               {"offset", "N", QT_TRANSLATE_NOOP("trato::Cli", "Skip the first N records")},
               {"deleted", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "List the records in the Trash instead")},
               {"fields", "a,b,c", QT_TRANSLATE_NOOP("trato::Cli", "The fields to show, in order")},
               kFormatTable},
              1, 1, Command::OpenExisting, runList});
    c.append({"show", "ENTITY ID [--format text|json]", QT_TRANSLATE_NOOP("trato::Cli", "Show every field of one record"), nullptr,
              {{"format", "text|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: text)")}},
              2, 2, Command::OpenExisting, runShow});
    c.append({"add", "ENTITY FIELD=VALUE... [--no-duplicates]", QT_TRANSLATE_NOOP("trato::Cli", "Add a record; print its id"),
              QT_TRANSLATE_NOOP("trato::Cli", "Values are read as people type them: see docs/CLI.md for each field type. Example:\n"
                "  id=$(trato-cli add contact first_name=Ana last_name=Ruiz account=\"Talleres Ruiz S.L.\")\n"
                "Likely duplicates (same email, phone, or name and company) are listed on stderr; the record is "
                "still added unless --no-duplicates is given."),
              {kNoDuplicates}, 1, -1, Command::OpenOrCreate, runAdd});
    c.append({"update", "ENTITY ID FIELD=VALUE... [--no-duplicates]", QT_TRANSLATE_NOOP("trato::Cli", "Change fields of a record"),
              QT_TRANSLATE_NOOP("trato::Cli", "An empty value (FIELD=) clears the field. Likely duplicates are listed on stderr, as for add."),
              {kNoDuplicates}, 3, -1, Command::OpenExisting, runUpdate});
    c.append({"delete", "ENTITY ID", QT_TRANSLATE_NOOP("trato::Cli", "Move a record to the Trash"), nullptr,
              {}, 2, 2, Command::OpenExisting, runDelete});
    c.append({"restore", "ENTITY ID", QT_TRANSLATE_NOOP("trato::Cli", "Bring a record back from the Trash"), nullptr,
              {}, 2, 2, Command::OpenExisting, runRestore});
    c.append({"purge", "ENTITY ID", QT_TRANSLATE_NOOP("trato::Cli", "Remove a record in the Trash for good"), nullptr,
              {}, 2, 2, Command::OpenExisting, runPurge});
    c.append({"trash", "[ENTITY] [--format table|csv|json]", QT_TRANSLATE_NOOP("trato::Cli", "List the records in the Trash"), nullptr,
              {kFormatTable}, 0, 1, Command::OpenExisting, runTrash});
    c.append({"history", "ENTITY ID [--format table|csv|json]", QT_TRANSLATE_NOOP("trato::Cli", "Show who changed what and when"), nullptr,
              {kFormatTable}, 2, 2, Command::OpenExisting, runHistory});
    c.append({"search", "TEXT [--limit N] [--format table|csv|json]", QT_TRANSLATE_NOOP("trato::Cli", "Search every entity"),
              QT_TRANSLATE_NOOP("trato::Cli", "Accents and case are ignored and every word is matched as a prefix."),
              {{"limit", "N", QT_TRANSLATE_NOOP("trato::Cli", "At most N results per entity (default: 10)")}, kFormatTable},
              1, -1, Command::OpenExisting, runSearch});
    c.append({"import",
              "ENTITY FILE [--format csv|vcard] [--map HEADER=FIELD]... [--on-duplicate skip|update|create] [--dry-run] "
              "[--partial] [--create-missing] [--delimiter C] [--encoding E] | --revert IMPORT_ID [--force]",
              QT_TRANSLATE_NOOP("trato::Cli", "Import records from a CSV or vCard file, or revert an import"),
              QT_TRANSLATE_NOOP("trato::Cli", "Columns are recognized by their headers (Outlook, Google Contacts, Spanish spreadsheets, field "
                "names and labels); --map HEADER=FIELD sets one (FIELD \"-\" ignores the column). The mapping used "
                "is remembered for files with the same headers. Duplicates (same email, personal phone, or name and "
                "company) are skipped, update the match, or are created anyway. All or nothing: one bad row and "
                "nothing is written, every bad row is reported with its line and column (exit 2); --partial imports "
                "the good rows. Prints the counts and the import id; --revert undoes an import (refused if its "
                "records were changed since, unless --force)."),
              {{"format", "csv|vcard", QT_TRANSLATE_NOOP("trato::Cli", "File format (default: from the file)")},
               {"map", "HEADER=FIELD", QT_TRANSLATE_NOOP("trato::Cli", "Put column HEADER into FIELD (repeat for each)"), true},
               {"on-duplicate", "skip|update|create", QT_TRANSLATE_NOOP("trato::Cli", "What to do with a duplicate (default: skip)")},
               {"dry-run", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Check and count everything, write nothing")},
               {"partial", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Import the good rows even if some are bad")},
               {"create-missing", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Create related records named in the file that do not exist (accounts)")},
               {"delimiter", "C", QT_TRANSLATE_NOOP("trato::Cli", "Field separator (default: detected; \"tab\" for a tab)")},
               {"encoding", "utf-8|utf-16le|utf-16be|windows-1252", QT_TRANSLATE_NOOP("trato::Cli", "Text encoding (default: detected)")},
               {"revert", "IMPORT_ID", QT_TRANSLATE_NOOP("trato::Cli", "Undo this import")},
               {"force", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Revert even if its records were changed since")}},
              0, 2, Command::OpenExisting, runImport});
    c.append({"imports", "[--format table|csv|json]", QT_TRANSLATE_NOOP("trato::Cli", "List the import log"), nullptr,
              {kFormatTable}, 0, 0, Command::OpenExisting, runImports});
    c.append({"export",
              "ENTITY FILE [--format csv|vcard] [--search TEXT] [--where FIELD=VALUE]... [--delimiter C] "
              "[--encoding utf-8|utf-8-bom|windows-1252] [--labels]",
              QT_TRANSLATE_NOOP("trato::Cli", "Export records to a CSV or vCard 4.0 file"),
              QT_TRANSLATE_NOOP("trato::Cli", "CSV is UTF-8 with a BOM by default (Excel and LibreOffice read the accents right), CRLF line "
                "ends and RFC 4180 quoting; relations are written as the related record's name, so the file "
                "imports back. Windows-1252 refuses characters it cannot hold."),
              {{"format", "csv|vcard", QT_TRANSLATE_NOOP("trato::Cli", "File format (default: csv)")},
               {"search", "TEXT", QT_TRANSLATE_NOOP("trato::Cli", "Only records matching TEXT")},
               {"where", "FIELD=VALUE", QT_TRANSLATE_NOOP("trato::Cli", "Only records whose FIELD equals VALUE (repeat to combine)"), true},
               {"delimiter", "C", QT_TRANSLATE_NOOP("trato::Cli", "Field separator (default: comma; \"tab\" for a tab)")},
               {"encoding", "utf-8|utf-8-bom|windows-1252", QT_TRANSLATE_NOOP("trato::Cli", "Text encoding (default: utf-8-bom)")},
               {"labels", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Headers are field labels instead of names")}},
              2, 2, Command::OpenExisting, runExport});
    appendDedupeCommands(c);
    c.append({"campaign members", "CAMPAIGN [--status STATUS] [--format table|csv|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "List a campaign's members"),
              QT_TRANSLATE_NOOP("trato::Cli", "CAMPAIGN is the campaign's id or exact name. Each member shows its id, the lead, contact or "
                "account it stands for, its status and the date of that status."),
              {{"status", "STATUS", QT_TRANSLATE_NOOP("trato::Cli", "Only members with this status (planned, sent, responded, converted, opted_out)")},
               kFormatTable},
              1, 1, Command::OpenExisting, runCampaignMembers});
    c.append({"campaign add", "CAMPAIGN ENTITY [ID...] [--segment NAME] [--search TEXT] [--where CONDITION]... [--all] [--dry-run] [--format text|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Add leads, contacts or accounts to a campaign"),
              QT_TRANSLATE_NOOP("trato::Cli", "ENTITY is lead, contact or account. Give record ids, or --search/--where to add every record "
                "that matches (as in list), the records of a saved --segment, or --all. Records already in the campaign are skipped; email campaigns "
                "skip contacts who opted out of email and telemarketing campaigns skip do-not-call contacts. "
                "All of it is one transaction. Prints what was added and skipped."),
              {{"search", "TEXT", QT_TRANSLATE_NOOP("trato::Cli", "Only records matching TEXT (accents ignored, words prefix-matched)")},
               {"where", "CONDITION", QT_TRANSLATE_NOOP("trato::Cli", "A condition as for list --where (repeat to combine)"), true},
               {"segment", "NAME", QT_TRANSLATE_NOOP("trato::Cli", "The records of a saved segment of ENTITY")},
               {"all", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Every record of ENTITY")},
               {"dry-run", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Count what would be added without writing")},
               {"format", "text|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: text)")}},
              2, -1, Command::OpenExisting, runCampaignAdd});
    c.append({"campaign status", "CAMPAIGN ID... --to STATUS",
              QT_TRANSLATE_NOOP("trato::Cli", "Set the status of campaign members"),
              QT_TRANSLATE_NOOP("trato::Cli", "Each ID is a member id or the id of the lead, contact or account in the campaign. The status "
                "date becomes today. An ID that is not a member refuses the whole command."),
              {{"to", "planned|sent|responded|converted|opted_out", QT_TRANSLATE_NOOP("trato::Cli", "The new status")}},
              2, -1, Command::OpenExisting, runCampaignStatus});
    c.append({"campaign remove", "CAMPAIGN ID...", QT_TRANSLATE_NOOP("trato::Cli", "Remove members from a campaign"),
              QT_TRANSLATE_NOOP("trato::Cli", "Each ID is a member id or the id of the lead, contact or account in the campaign. An ID that "
                "is not a member refuses the whole command."),
              {}, 2, -1, Command::OpenExisting, runCampaignRemove});
    c.append({"campaign stats", "CAMPAIGN [--format text|json]", QT_TRANSLATE_NOOP("trato::Cli", "Show a campaign's figures: members, responses, leads, cost and ROI"),
              QT_TRANSLATE_NOOP("trato::Cli", "Figures are computed from the members, the leads whose campaign this is and, when the sales "
                "module is present, the opportunities attributed to it. A figure that cannot be computed is shown as "
                "\"n/a\" (null in JSON)."),
              {{"format", "text|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: text)")}},
              1, 1, Command::OpenExisting, runCampaignStats});
    c.append({"segment add", "ENTITY NAME [--where CONDITION]... [--search TEXT] [--sort FIELD[:desc]]",
              QT_TRANSLATE_NOOP("trato::Cli", "Save a filter as a named segment; print its id"),
              QT_TRANSLATE_NOOP("trato::Cli", "Conditions are written as for list --where. Day conditions stay relative: a segment with "
                "updated_at>90d means 90 days before the moment it is used. Example:\n"
                "  trato-cli segment add account \"Madrid customers, quiet\" --where city=Madrid --where type=customer --where \"updated_at>90d\""),
              {{"where", "CONDITION", QT_TRANSLATE_NOOP("trato::Cli", "A condition (repeat to combine)"), true},
               {"search", "TEXT", QT_TRANSLATE_NOOP("trato::Cli", "Search text the records must match")},
               {"sort", "FIELD[:desc]", QT_TRANSLATE_NOOP("trato::Cli", "Sort order of the segment's list")}},
              2, 2, Command::OpenExisting, runSegmentAdd});
    c.append({"segment list", "[ENTITY] [--format table|csv|json]", QT_TRANSLATE_NOOP("trato::Cli", "List the saved segments"), nullptr,
              {kFormatTable}, 0, 1, Command::OpenExisting, runSegmentList});
    c.append({"segment show", "NAME [--format text|json]", QT_TRANSLATE_NOOP("trato::Cli", "Show a segment and how many records it has"), nullptr,
              {{"format", "text|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: text)")}},
              1, 1, Command::OpenExisting, runSegmentShow});
    c.append({"segment delete", "NAME", QT_TRANSLATE_NOOP("trato::Cli", "Delete a segment (its records stay)"), nullptr,
              {}, 1, 1, Command::OpenExisting, runSegmentDelete});
    c.append({"tag", "ENTITY ID TAG...", QT_TRANSLATE_NOOP("trato::Cli", "Add tags to a record"),
              QT_TRANSLATE_NOOP("trato::Cli", "Each TAG is one tag (quote tags with spaces: \"feria 2025\"); capitals are ignored "
                "when matching. "
                "Find tagged records with: list ENTITY --where tags=TAG"),
              {}, 3, -1, Command::OpenExisting, runTag});
    c.append({"untag", "ENTITY ID TAG...", QT_TRANSLATE_NOOP("trato::Cli", "Remove tags from a record"), nullptr,
              {}, 3, -1, Command::OpenExisting, runUntag});
    c.append({"tags", "ENTITY [--format table|csv|json]", QT_TRANSLATE_NOOP("trato::Cli", "List the tags in use with their record counts"), nullptr,
              {kFormatTable}, 1, 1, Command::OpenExisting, runTags});
    c.append({"check", "", QT_TRANSLATE_NOOP("trato::Cli", "Run the database integrity check"), nullptr,
              {}, 0, 0, Command::OpenExisting, runCheck});
    c.append({"backup", "FILE", QT_TRANSLATE_NOOP("trato::Cli", "Write a consistent copy of the database to FILE"), nullptr,
              {}, 1, 1, Command::OpenExisting, runBackup});
    c.append({"help", "[COMMAND]", QT_TRANSLATE_NOOP("trato::Cli", "Show help for a command"), nullptr,
              {}, 0, 2, Command::NoDatabase, nullptr});
    // Each module appends its own commands (declared in commands.h), one line per module:
    // activities (activity, stalled, myday, relationship)
    appendActivityCommands(c);
    appendHomeCommands(c);
    // calendar
    appendCalendarCommands(c);
    // telemarketing
    appendTelemarketingCommands(c);
    // telephony
    appendTelephonyCommands(c);
    // timeline
    appendTimelineCommands(c);
    // inventory: catalog
    appendCatalogCommands(c);
    // inventory: stock
    appendStockCommands(c);
    // inventory: purchasing
    appendPurchasingCommands(c);
    // inventory: reports
    appendStockReportCommands(c);
    // sales: documents
    appendDocumentCommands(c);
    // sales: pipeline
    appendPipelineCommands(c);
    // sales: printing
    appendPrintCommands(c);
    // sales: lines and history
    appendPurchaseCommands(c);
    // support: sla
    appendSlaCommands(c);
    // support: tickets
    appendTicketCommands(c);
    // support: queues and kpis
    appendQueueCommands(c);
    // support: knowledge base and contracts
    appendKbCommands(c);
    // analytics: dashboards
    appendDashboardCommands(c);
    // analytics: kpis
    appendKpiCommands(c);
    // analytics: reports
    appendReportCommands(c);
    // analytics: printing
    appendPrintListCommands(c);
    // analytics: scoring
    appendScoreCommands(c);
    // sync: cli
    appendSyncCommands(c);
    return c;
}

} // namespace

const QList<Command> &commands()
{
    static const QList<Command> all = buildCommands();
    return all;
}

const Command *findCommand(const QString &name)
{
    for (const auto &c : commands())
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

bool formatOption(const Context &context, const Arguments &args, const QList<Format> &allowed,
                  Format fallback, Format *out, int *exitCode)
{
    *out = fallback;
    if (!args.has(QStringLiteral("format")))
        return true;
    if (parseFormat(args.value(QStringLiteral("format")), allowed, out))
        return true;
    QStringList names;
    for (const Format f : allowed)
        names << formatName(f);
    *exitCode = usageError(context, Cli::tr("--%1 must be one of: %2").arg(QStringLiteral("format"), names.join(QStringLiteral(", "))));
    return false;
}

bool countOption(const Context &context, const Arguments &args, const QString &name, qint64 fallback,
                 qint64 *out, int *exitCode)
{
    *out = fallback;
    if (!args.has(name))
        return true;
    if (parseCount(args.value(name), out))
        return true;
    *exitCode = usageError(context, Cli::tr("--%1: \"%2\" is not a whole number of zero or more").arg(name, args.value(name)));
    return false;
}

bool fieldAssignments(const Context &context, const QStringList &words, QMap<QString, QString> *out,
                      int *exitCode)
{
    for (const QString &word : words) {
        const int eq = word.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *exitCode = usageError(context, Cli::tr("\"%1\" is not FIELD=VALUE").arg(word));
            return false;
        }
        const QString field = word.left(eq).trimmed();
        if (out->contains(field)) {
            *exitCode = usageError(context, Cli::tr("%1 is given more than once").arg(field));
            return false;
        }
        out->insert(field, word.mid(eq + 1));
    }
    return true;
}

Result<const Entity *> entityArgument(const Context &context, const QString &name)
{
    const Entity *e = context.db->registry()->entity(name);
    if (!e)
        return Error::badInput(Cli::tr("unknown entity \"%1\"; the entities are: %2")
                                   .arg(name, context.db->registry()->entityNames().join(QStringLiteral(", "))));
    return e;
}


} // namespace trato::cli
