// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli's entry point after main(): global options, command lookup, database opening and
// the mapping of errors onto exit codes.
#include "cli.h"

#include "commands.h"
#include "output.h"

#include "dedupe/matchkeys.h"
#include "util/appinfo.h"
#include "util/appsettings.h"
#include "util/i18n.h"


namespace trato::cli {

namespace {

const QString kProgram = QStringLiteral("trato-cli");

struct GlobalOptions
{
    QString db;
    QString lang;
    QString region;
    bool version = false;
    bool help = false;
    QStringList rest;     // the command and its own arguments
};

// --db, --lang, --version and --help may come anywhere before "--", so `trato-cli list contact
// --db x.sqlite` works as well as `trato-cli --db x.sqlite list contact`.
bool parseGlobal(const QStringList &args, GlobalOptions *out, QString *error)
{
    bool passThrough = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (passThrough) {
            out->rest << a;
            continue;
        }
        if (a == QLatin1String("--")) {
            passThrough = true;
            out->rest << a;
            continue;
        }
        QString *target = nullptr;
        QString name;
        if (a == QLatin1String("--db") || a.startsWith(QLatin1String("--db="))) {
            target = &out->db;
            name = QStringLiteral("--db");
        } else if (a == QLatin1String("--lang") || a.startsWith(QLatin1String("--lang="))) {
            target = &out->lang;
            name = QStringLiteral("--lang");
        } else if (a == QLatin1String("--region") || a.startsWith(QLatin1String("--region="))) {
            target = &out->region;
            name = QStringLiteral("--region");
        }
        if (target) {
            if (a.contains(QLatin1Char('='))) {
                *target = a.section(QLatin1Char('='), 1);
            } else if (i + 1 < args.size()) {
                *target = args.at(++i);
            } else {
                *error = Cli::tr("%1 needs a value").arg(name);
                return false;
            }
            if (target->isEmpty()) {
                *error = Cli::tr("%1 needs a value").arg(name);
                return false;
            }
            continue;
        }
        if (a == QLatin1String("--version")) {
            out->version = true;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out->help = true;
        } else {
            out->rest << a;
        }
    }
    if (!out->lang.isEmpty() && !I18n::availableLanguages().contains(out->lang)) {
        *error = Cli::tr("--lang must be en or es, not \"%1\"").arg(out->lang);
        return false;
    }
    if (!out->region.isEmpty() && MatchKeys::normalizedRegion(out->region).isEmpty()) {
        *error = Cli::tr("--region must be a two-letter ISO country code such as ES, not \"%1\"").arg(out->region);
        return false;
    }
    return true;
}

int printUsageError(const QString &message, const QString &hint)
{
    writeErr(kProgram + QStringLiteral(": ") + message + QLatin1Char('\n') + hint + QLatin1Char('\n'));
    return Exit::Usage;
}

int openDatabase(Context &context, const Command &command)
{
    // The same file the GUI opens: --db, then TRATO_DB, then the one chosen in Settings.
    context.dbPath = Database::resolvePath(context.dbPath, AppSettings::databasePath());
    Database::Options options;
    options.backupDir = AppSettings::backupFolder();
    options.create = command.db == Command::OpenOrCreate;
    auto db = Database::open(context.dbPath, options);
    if (!db) {
        Error e = db.error();
        if (e.kind == Error::NotFound)
            e.message += QLatin1Char(' ') + Cli::tr("Create it with '%1 init', or choose another file with --db.").arg(kProgram);
        return fail(e);
    }
    context.db = db.value();
    context.store = std::make_unique<RecordStore>(*context.db);
    return Exit::Ok;
}

// "field" and "segment" start two-word commands.
QStringList groupCommands(const QString &group)
{
    QStringList names;
    for (const Command &c : commands()) {
        const QString name = QString::fromLatin1(c.name);
        if (name.startsWith(group + QLatin1Char(' ')))
            names << name;
    }
    return names;
}

bool isCommandGroup(const QString &name)
{
    return !groupCommands(name).isEmpty();
}

QString groupHelp(const QString &group)
{
    QStringList parts;
    // A group that is also a command ("sync", "stock") comes first.
    if (const Command *own = findCommand(group))
        parts << commandHelp(kProgram, *own);
    for (const QString &name : groupCommands(group))
        parts << commandHelp(kProgram, *findCommand(name));
    return parts.join(QLatin1Char('\n'));
}

} // namespace

int exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case Error::BadInput:
    case Error::NotFound:
        return Exit::BadData;
    case Error::Failure:
        break;
    }
    return Exit::Failure;
}

int fail(const Error &error)
{
    writeErr(kProgram + QStringLiteral(": ") + error.message + QLatin1Char('\n'));
    return exitCodeFor(error);
}

int usageError(const Context &context, const QString &message)
{
    const Command *command = findCommand(context.commandName);
    if (!command)
        return printUsageError(message, Cli::tr("Run '%1 --help' for the list of commands.").arg(kProgram));
    return printUsageError(context.commandName + QStringLiteral(": ") + message,
                           usageLine(kProgram, *command) + QLatin1Char('\n')
                               + Cli::tr("Run '%1 help %2' for details.").arg(kProgram, context.commandName));
}

int run(const QStringList &arguments)
{
    GlobalOptions global;
    QString error;
    const bool parsed = parseGlobal(arguments.mid(1), &global, &error);
    // Messages follow --lang, else the system locale (LANG), even for a usage error.
    I18n::install(parsed ? global.lang : QString());
    if (!parsed)
        return printUsageError(error, Cli::tr("Run '%1 --help' for the list of commands.").arg(kProgram));

    if (global.version) {
        writeOut(QStringLiteral("%1 %2 (database schema %3)\n")
                     .arg(kProgram, AppInfo::version())
                     .arg(Database::latestSchemaVersion()));
        return Exit::Ok;
    }

    QStringList rest = global.rest;
    if (rest.isEmpty() || rest.first() == QLatin1String("--")) {
        if (global.help) {
            writeOut(overviewHelp(kProgram));
            return Exit::Ok;
        }
        writeErr(overviewHelp(kProgram));
        return Exit::Usage;
    }

    // Two-word commands ("field add", "segment list") are looked up as one name, and so are
    // three-word ones ("server user add").
    QString name = rest.takeFirst();
    while (isCommandGroup(name)) {
        // A group may also be a command of its own ("stock PRODUCT" beside "stock adjust").
        const QString next = rest.isEmpty() ? QString() : name + QLatin1Char(' ') + rest.first();
        const bool groupIsCommand = findCommand(name) && (rest.isEmpty() || (!findCommand(next) && !isCommandGroup(next)));
        if (groupIsCommand)
            break;
        if (rest.isEmpty() || rest.first().startsWith(QLatin1Char('-'))) {
            if (global.help) {
                writeOut(groupHelp(name));
                return Exit::Ok;
            }
            return printUsageError(Cli::tr("%1: say what to do: %2").arg(name, groupCommands(name).join(QStringLiteral(", "))),
                                   Cli::tr("Run '%1 help %2' for details.").arg(kProgram, name));
        }
        name += QLatin1Char(' ') + rest.takeFirst();
    }
    const Command *command = findCommand(name);
    if (!command)
        return printUsageError(Cli::tr("unknown command \"%1\"").arg(name),
                               Cli::tr("Run '%1 --help' for the list of commands.").arg(kProgram));

    Context context;
    context.commandName = name;
    context.dbPath = global.db;

    if (name == QLatin1String("help")) {
        const QString topic = rest.join(QLatin1Char(' '));
        if (topic.isEmpty()) {
            writeOut(overviewHelp(kProgram));
            return Exit::Ok;
        }
        if (isCommandGroup(topic)) {
            writeOut(groupHelp(topic));
            return Exit::Ok;
        }
        const Command *about = findCommand(topic);
        if (!about)
            return usageError(context, Cli::tr("unknown command \"%1\"").arg(topic));
        writeOut(commandHelp(kProgram, *about));
        return Exit::Ok;
    }
    if (global.help) {
        writeOut(commandHelp(kProgram, *command));
        return Exit::Ok;
    }

    Arguments args;
    if (!Arguments::parse(rest, command->options, &args, &error))
        return usageError(context, error);
    if (args.positional.size() < command->minArgs)
        return usageError(context, Cli::tr("missing arguments"));
    if (command->maxArgs >= 0 && args.positional.size() > command->maxArgs)
        return usageError(context, Cli::tr("unexpected argument \"%1\"").arg(args.positional.at(command->maxArgs)));

    context.locale = QLocale();
    context.region = global.region.isEmpty() ? AppSettings::phoneRegion() : MatchKeys::normalizedRegion(global.region);
    if (command->db != Command::NoDatabase) {
        const int opened = openDatabase(context, *command);
        if (opened != Exit::Ok)
            return opened;
    }
    return command->run(context, args);
}

} // namespace trato::cli
