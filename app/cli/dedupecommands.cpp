// SPDX-License-Identifier: GPL-3.0-or-later
// Duplicates, merges and lead conversion: `duplicates`, `merge`, `convert lead`, and the duplicate
// check that `add` and `update` run before writing. Parsing and printing only; the rules live in
// core/dedupe and core/marketing.
#include "commands.h"

#include "dedupe/duplicatefinder.h"
#include "dedupe/mergeservice.h"
#include "marketing/leadconversion.h"
#include "metadata/registry.h"

namespace trato::cli {

namespace {

const OptionSpec kFormatTable = {"format", "table|csv|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: table)")};

QStringList reasonWords(unsigned reasons)
{
    QStringList out;
    if (reasons & SameEmail)
        out << QStringLiteral("email");
    if (reasons & SamePhone)
        out << QStringLiteral("phone");
    if (reasons & SameName)
        out << QStringLiteral("name");
    if (reasons & SimilarName)
        out << QStringLiteral("similar_name");
    if (reasons & SameCompany)
        out << QStringLiteral("company");
    return out;
}

int runDuplicates(Context &context, const Arguments &args)
{
    auto e = entityArgument(context, args.positional.at(0));
    if (!e)
        return fail(e.error());
    Format format;
    int code = Exit::Ok;
    qint64 limit = 0;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code)
        || !countOption(context, args, QStringLiteral("limit"), 0, &limit, &code))
        return code;
    DuplicateFinder finder(*context.db, context.region);

    if (args.positional.size() == 2) {
        DuplicateFinder::Options options;
        options.includePossible = args.has(QStringLiteral("all"));
        options.limit = limit > 0 ? int(limit) : 50;
        auto found = finder.findForRecord(e.value()->name, args.positional.at(1), options);
        if (!found)
            return fail(found.error());
        RowWriter writer(format, {{QStringLiteral("id")}, {QStringLiteral("name")}, {QStringLiteral("score"), true},
                                  {QStringLiteral("likely")}, {QStringLiteral("reasons")}});
        for (const auto &c : found.value())
            writer.add({Cell::string(c.id), Cell::string(c.title), Cell{QString::number(c.score), c.score},
                        Cell{c.likely ? Cli::tr("yes") : Cli::tr("no"), c.likely},
                        Cell{reasonWords(c.reasons).join(QLatin1Char(',')), reasonWords(c.reasons)}});
        writer.finish();
        return Exit::Ok;
    }

    const bool terminal = stderrIsTerminal();
    bool progressShown = false;
    auto progress = [&](qint64 done, qint64 total) {
        if (terminal) {
            writeErr(QLatin1Char('\r') + Cli::tr("Looking for duplicates: %1 of %2 records").arg(done).arg(total));
            progressShown = true;
        }
        return true;
    };
    auto scan = finder.scan(e.value()->name, progress, int(limit));
    if (progressShown)
        writeErr(QStringLiteral("\n"));
    if (!scan)
        return fail(scan.error());
    RowWriter writer(format, {{QStringLiteral("group"), true}, {QStringLiteral("id")}, {QStringLiteral("name")},
                              {QStringLiteral("reasons")}});
    int number = 0;
    for (const auto &g : scan.value().groups) {
        ++number;
        const QStringList reasons = reasonWords(g.reasons);
        for (int i = 0; i < g.ids.size(); ++i)
            writer.add({Cell{QString::number(number), number}, Cell::string(g.ids.at(i)), Cell::string(g.titles.at(i)),
                        Cell{reasons.join(QLatin1Char(',')), reasons}});
    }
    writer.finish();
    writeErr(Cli::tr("Groups of duplicates: %1 (%2 records) among %3 %4.")
                 .arg(scan.value().totalGroups)
                 .arg(scan.value().duplicates)
                 .arg(scan.value().scanned)
                 .arg(e.value()->displayPluralLabel().toLower())
             + QLatin1Char('\n'));
    return Exit::Ok;
}

int runMerge(Context &context, const Arguments &args)
{
    auto e = entityArgument(context, args.positional.at(0));
    if (!e)
        return fail(e.error());
    QMap<QString, QString> take;
    for (const QString &word : args.values(QStringLiteral("take"))) {
        const int eq = word.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == word.size() - 1)
            return usageError(context, Cli::tr("--take wants FIELD=ID, not \"%1\"").arg(word));
        if (take.contains(word.left(eq)))
            return usageError(context, Cli::tr("--take %1 is given more than once").arg(word.left(eq)));
        take.insert(word.left(eq), word.mid(eq + 1));
    }
    MergeService merger(*context.db);
    auto done = merger.merge(e.value()->name, args.positional.at(1), args.positional.mid(2), take);
    if (!done)
        return fail(done.error());
    writeOut(done.value().keptId + QLatin1Char('\n'));
    writeErr(Cli::tr("Merged %1 records into %2 (they are in the Trash); %3 related records now point to it.")
                 .arg(done.value().merged)
                 .arg(done.value().keptId)
                 .arg(done.value().repointed)
             + QLatin1Char('\n'));
    return Exit::Ok;
}

int runConvert(Context &context, const Arguments &args)
{
    if (args.positional.at(0) != QLatin1String("lead"))
        return usageError(context, Cli::tr("only leads are converted: convert lead ID"));
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Text, Format::Json}, Format::Text, &format, &code))
        return code;
    if (args.has(QStringLiteral("no-account")) && args.has(QStringLiteral("account")))
        return usageError(context, Cli::tr("--account and --no-account exclude each other"));
    const Entity *lead = context.db->registry()->entity(QStringLiteral("lead"));
    LeadConversionOptions options;
    options.createAccount = !args.has(QStringLiteral("no-account"));
    // --account/--contact take an id or the exact name, like relation values everywhere.
    for (const auto &[option, fieldName, target] :
         {std::tuple{"account", "converted_account", &options.accountId}, std::tuple{"contact", "converted_contact", &options.contactId}}) {
        const QString name = QString::fromLatin1(option);
        if (!args.has(name))
            continue;
        auto id = context.store->resolveRelation(*lead->field(QString::fromLatin1(fieldName)), args.value(name));
        if (!id)
            return fail(Error{id.error().kind, QStringLiteral("--") + name + QStringLiteral(": ") + id.error().message});
        *target = id.value();
    }
    LeadConversion conversion(*context.db);
    auto r = conversion.convert(args.positional.at(1), options);
    if (!r)
        return fail(r.error());
    const LeadConversionResult &c = r.value();
    if (format == Format::Json) {
        const JsonObject o = {{QStringLiteral("lead"), c.leadId},
                              {QStringLiteral("account"), c.accountId.isEmpty() ? jsonNull() : QVariant(c.accountId)},
                              {QStringLiteral("account_created"), c.accountCreated},
                              {QStringLiteral("contact"), c.contactId},
                              {QStringLiteral("contact_created"), c.contactCreated},
                              {QStringLiteral("campaign_members"), c.campaignMembers},
                              {QStringLiteral("opportunity"), c.opportunityId.isEmpty() ? jsonNull() : QVariant(c.opportunityId)}};
        writeOut(toJson(QVariant::fromValue(o), true) + QLatin1Char('\n'));
    } else {
        auto state = [](bool created) { return created ? Cli::tr("created") : Cli::tr("existing"); };
        writeKeyValues({{QStringLiteral("lead"), c.leadId},
                        {QStringLiteral("account"), c.accountId.isEmpty() ? Cli::tr("(none)")
                                                                         : c.accountId + QStringLiteral(" (") + state(c.accountCreated) + QLatin1Char(')')},
                        {QStringLiteral("contact"), c.contactId + QStringLiteral(" (") + state(c.contactCreated) + QLatin1Char(')')},
                        {QStringLiteral("campaign_members"), QString::number(c.campaignMembers)},
                        {QStringLiteral("opportunity"), c.opportunityId.isEmpty() ? Cli::tr("(none)") : c.opportunityId}});
    }
    return Exit::Ok;
}

} // namespace

void appendDedupeCommands(QList<Command> &c)
{
    c.append({"duplicates", "ENTITY [ID] [--all] [--limit N] [--format table|csv|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Find duplicate records"),
              QT_TRANSLATE_NOOP("trato::Cli", "Without ID: every group of records that share an email, a phone number (compared as E.164 "
                "with --region), or a name together with the same company/account (accounts: the company name "
                "without S.L., Ltd, GmbH...), one row per record, numbered by group, largest groups first. With "
                "ID: the likely duplicates of that record, best first; --all adds those with only the same name."),
              {{"all", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "With ID: also records with only a similar name")},
               {"limit", "N", QT_TRANSLATE_NOOP("trato::Cli", "At most N groups (or candidates with ID)")},
               kFormatTable},
              1, 2, Command::OpenExisting, runDuplicates});
    c.append({"merge", "ENTITY KEEP_ID OTHER_ID... [--take FIELD=ID]...",
              QT_TRANSLATE_NOOP("trato::Cli", "Merge duplicates into one record"),
              QT_TRANSLATE_NOOP("trato::Cli", "KEEP_ID keeps its values except for each --take FIELD=ID, which takes FIELD from record ID. "
                "Every record pointing at an OTHER_ID (contacts of an account, custom relations...) then points "
                "at KEEP_ID, and the others go to the Trash. One transaction: all of it or, on any error, "
                "nothing. Prints KEEP_ID."),
              {{"take", "FIELD=ID", QT_TRANSLATE_NOOP("trato::Cli", "Take FIELD's value from record ID (repeat for each field)"), true}},
              3, -1, Command::OpenExisting, runMerge});
    c.append({"convert", "lead ID [--account ID] [--contact ID] [--no-account] [--format text|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Convert a lead into an account and a contact"),
              QT_TRANSLATE_NOOP("trato::Cli", "Creates an account from the lead's company and a contact from the person, or links the "
                "existing ones given (by id or exact name). The lead stays, marked converted; its campaign "
                "memberships are marked converted. A lead is converted once; a disqualified lead must be "
                "requalified first."),
              {{"account", "ID", QT_TRANSLATE_NOOP("trato::Cli", "Link this existing account instead of creating one")},
               {"contact", "ID", QT_TRANSLATE_NOOP("trato::Cli", "Link this existing contact instead of creating one")},
               {"no-account", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Create no account (a private person)")},
               {"format", "text|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: text)")}},
              2, 2, Command::OpenExisting, runConvert});
}

int checkDuplicates(Context &context, const Entity &entity, const QVariantMap &values, const QString &excludeId,
                    const Arguments &args)
{
    if (!DuplicateFinder::touchesKeys(entity, values))
        return Exit::Ok;
    QVariantMap record = values;
    if (!excludeId.isEmpty()) {
        auto current = context.store->get(entity.name, excludeId);
        if (!current)
            return Exit::Ok; // the update itself reports the missing record
        record = current.value();
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            record.insert(it.key(), it.value());
    }
    DuplicateFinder finder(*context.db, context.region);
    auto found = finder.findFor(entity.name, record, excludeId);
    if (!found || found.value().isEmpty())
        return Exit::Ok; // a failed lookup never blocks a write
    const bool refuse = args.has(QStringLiteral("no-duplicates"));
    QString text = (refuse ? Cli::tr("refused: likely duplicates of this %1 exist (nothing was written):")
                           : Cli::tr("warning: likely duplicates of this %1:"))
                       .arg(entity.displayLabel().toLower())
        + QLatin1Char('\n');
    for (const auto &c : found.value())
        text += QStringLiteral("  %1  %2  (%3)\n").arg(c.id, c.title, duplicateReasonText(c.reasons));
    writeErr(QStringLiteral("trato-cli: ") + text);
    return refuse ? int(Exit::BadData) : int(Exit::Ok);
}

} // namespace trato::cli
