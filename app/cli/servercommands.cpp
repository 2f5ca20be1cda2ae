// SPDX-License-Identifier: GPL-3.0-or-later
// server init, server user add|remove|list: the team server's schema and users
// (core/sync: ServerAdmin). Part of `appendSyncCommands` (synccommands.cpp).
#include "serveraccess.h"

#include "metadata/registry.h"
#include "sync/serveradmin.h"

namespace trato::cli {

namespace {

const OptionSpec kServer{"server", "URL", QT_TRANSLATE_NOOP("trato::Cli", "The team server as an administrator, postgresql://user@host:port/database (default: $TRATO_SERVER_URL)")};

// The administrator's address of `server user ...`: --server, else TRATO_SERVER_URL.
bool adminAddress(const Context &context, const Arguments &args, ServerAddress *out, int *exitCode)
{
    QString url = args.value(QStringLiteral("server"));
    if (url.isEmpty())
        url = qEnvironmentVariable("TRATO_SERVER_URL");
    if (url.isEmpty()) {
        *exitCode = usageError(context, Cli::tr("which server? Give --server URL or set TRATO_SERVER_URL"));
        return false;
    }
    auto address = ServerAddress::fromUrl(url);
    if (!address) {
        *exitCode = fail(address.error());
        return false;
    }
    *out = address.value();
    resolvePassword(*out);
    return true;
}

// The server schema version before `server init` (0: none yet), read from the table the server
// schema keeps it in (core/sync/serverschema.cpp, trato.meta); -1 when it cannot be read, and
// then init reports the problem itself. A connection that fails is the error of the command.
Result<int> installedSchemaVersion(const ServerAddress &address)
{
    auto conn = PgConnection::connect(address);
    if (!conn)
        return conn.error();
    auto exists = conn.value()->exec(QStringLiteral("SELECT to_regclass('trato.meta') IS NOT NULL"));
    if (!exists)
        return -1;
    if (exists->scalar() != QLatin1String("t"))
        return 0;
    auto v = conn.value()->exec(QStringLiteral("SELECT value FROM trato.meta WHERE key = 'schema_version'"));
    return v ? v->scalar().toInt() : -1;
}

// ---- server ------------------------------------------------------------------------------

int runServerInit(Context &, const Arguments &args)
{
    auto parsed = ServerAddress::fromUrl(args.positional.at(0));
    if (!parsed)
        return fail(parsed.error());
    ServerAddress address = parsed.value();
    resolvePassword(address);
    auto installed = installedSchemaVersion(address);
    if (!installed)
        return fail(withPasswordHint(installed.error()));
    const int before = installed.value();
    const Registry registry; // the built-in entities: what every Trato of the team shares
    if (Status s = ServerAdmin::init(address, registry); !s)
        return fail(withPasswordHint(s.error()));
    const int now = ServerAdmin::schemaVersion();
    QString what;
    if (before == 0)
        what = Cli::tr("created the server schema");
    else if (before > 0 && before < now)
        what = Cli::tr("upgraded the server schema from version %1").arg(before);
    else if (before == now)
        what = Cli::tr("the server schema was up to date; the sharing rules were refreshed");
    else
        what = Cli::tr("the server schema is in place");
    writeOut(Cli::tr("Team server %1 is ready: server schema version %2 (%3).").arg(address.display()).arg(now).arg(what)
             + QLatin1Char('\n'));
    ServerAddress member = address;
    member.user = QStringLiteral("NAME");
    writeErr(Cli::tr("Next: add users with '%1', then run '%2' on each computer.")
                 .arg(QStringLiteral("trato-cli server user add NAME --role sales --team TEAM --server ") + address.toUrl(),
                      QStringLiteral("trato-cli sync --server ") + member.toUrl())
             + QLatin1Char('\n'));
    return Exit::Ok;
}

int runServerUserAdd(Context &context, const Arguments &args)
{
    const QString name = args.positional.at(0).trimmed();
    const QString role = args.value(QStringLiteral("role")).trimmed();
    const QString team = args.value(QStringLiteral("team")).trimmed();
    const bool update = args.has(QStringLiteral("update"));
    if (name.isEmpty())
        return fail(Error::badInput(Cli::tr("The user needs a name")));
    if (!update && role.isEmpty())
        return usageError(context, Cli::tr("--role is required (one of %1)").arg(ServerAdmin::roles().join(QStringLiteral(", "))));
    if (!role.isEmpty() && !ServerAdmin::roles().contains(role))
        return fail(Error::badInput(Cli::tr("\"%1\" is not a role: the roles are %2").arg(role, ServerAdmin::roles().join(QStringLiteral(", ")))));
    if (!update && team.isEmpty())
        return usageError(context, Cli::tr("--team is required"));
    ServerAddress admin;
    int code = Exit::Ok;
    if (!adminAddress(context, args, &admin, &code))
        return code;

    QString password;
    if (args.has(QStringLiteral("password-stdin"))) {
        if (stdinIsTerminal())
            password = promptPassword(Cli::tr("Password of the new user %1: ").arg(name));
        else
            readStdinLine(&password);
        if (password.isEmpty())
            return fail(Error::badInput(Cli::tr("--password-stdin: the first line of the input is empty")));
    } else {
        password = qEnvironmentVariable("TRATO_NEW_USER_PASSWORD");
    }

    auto existing = ServerAdmin::users(admin);
    if (!existing)
        return fail(withPasswordHint(existing.error()));
    // A removed user (kept inactive for their records' sake) may be added again, with a password.
    const ServerUser *current = nullptr;
    for (const ServerUser &u : existing.value())
        if (u.name == name && u.active)
            current = &u;
    if (current && !update)
        return fail(Error::badInput(Cli::tr("User %1 already exists (role %2, team %3); add --update to change them")
                                        .arg(name, current->role, current->team)));
    if (!current && update)
        return fail(Error::notFound(Cli::tr("There is no user %1 on %2").arg(name, admin.display())));
    if (!current && password.isEmpty())
        return fail(Error::badInput(Cli::tr("The new user needs a password: give it with --password-stdin (the first line of the input) "
                                            "or in TRATO_NEW_USER_PASSWORD")));
    ServerUser user;
    user.name = name;
    user.role = role.isEmpty() ? current->role : role;
    user.team = team.isEmpty() ? current->team : team;
    if (Status s = ServerAdmin::addUser(admin, user, password); !s)
        return fail(s.error());
    writeOut((current ? Cli::tr("Changed user %1: role %2, team %3") : Cli::tr("Added user %1: role %2, team %3"))
                 .arg(user.name, user.role, user.team)
             + QLatin1Char('\n'));
    return Exit::Ok;
}

int runServerUserRemove(Context &context, const Arguments &args)
{
    const QString name = args.positional.at(0).trimmed();
    ServerAddress admin;
    int code = Exit::Ok;
    if (!adminAddress(context, args, &admin, &code))
        return code;
    auto existing = ServerAdmin::users(admin);
    if (!existing)
        return fail(withPasswordHint(existing.error()));
    bool found = false;
    for (const ServerUser &u : existing.value())
        found = found || (u.name == name && u.active);
    if (!found)
        return fail(Error::notFound(Cli::tr("There is no user %1 on %2").arg(name, admin.display())));
    if (Status s = ServerAdmin::removeUser(admin, name); !s)
        return fail(s.error());
    writeOut(Cli::tr("Removed user %1 (their records stay on the server)").arg(name) + QLatin1Char('\n'));
    return Exit::Ok;
}

int runServerUserList(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    ServerAddress admin;
    if (!adminAddress(context, args, &admin, &code))
        return code;
    auto users = ServerAdmin::users(admin);
    if (!users)
        return fail(withPasswordHint(users.error()));
    RowWriter writer(format, {{QStringLiteral("name")}, {QStringLiteral("role")}, {QStringLiteral("team")}, {QStringLiteral("active")}});
    const bool all = args.has(QStringLiteral("all"));
    for (const ServerUser &u : users.value())
        if (all || u.active)
            writer.add({Cell::string(u.name), Cell::string(u.role), Cell::string(u.team),
                        Cell{u.active ? Cli::tr("yes") : Cli::tr("no"), u.active}});
    writer.finish();
    return Exit::Ok;
}

} // namespace

void appendServerCommands(QList<Command> &c)
{
    c.append({"server init", "URL", QT_TRANSLATE_NOOP("trato::Cli", "Create or upgrade the team server's schema on a PostgreSQL database"),
              QT_TRANSLATE_NOOP("trato::Cli", "URL is postgresql://user@host:port/database[?sslmode=MODE], a role that may create roles "
                "(the database owner with CREATEROLE, or a superuser). The password comes from the URL, TRATO_SERVER_PASSWORD, "
                "PGPASSWORD or ~/.pgpass, or is asked for (without echo) when the input is a terminal; it is never printed. "
                "Running it again is safe: an up-to-date server is left as it is, an older one is upgraded, a newer one is refused."),
              {}, 1, 1, Command::NoDatabase, runServerInit});
    c.append({"server user add", "NAME --role admin|manager|sales|support --team TEAM [--password-stdin] [--update] [--server URL]",
              QT_TRANSLATE_NOOP("trato::Cli", "Add a user to the team server (a PostgreSQL login)"),
              QT_TRANSLATE_NOOP("trato::Cli", "The new user's password is the first line of the input with --password-stdin, else "
                "TRATO_NEW_USER_PASSWORD; never an argument, which others could see in the process list. admin: everything; "
                "manager: everything of the team; sales: the team's records, writes their own; support: like sales, and every ticket "
                "of the team. A user that exists is refused unless --update is given (then role, team and, when given, the password "
                "change). The administrator's address is --server or TRATO_SERVER_URL."),
              {{"role", "ROLE", QT_TRANSLATE_NOOP("trato::Cli", "admin, manager, sales or support")},
               {"team", "TEAM", QT_TRANSLATE_NOOP("trato::Cli", "The user's team")},
               {"password-stdin", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Read the new password from the first line of the input")},
               {"update", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Change a user that exists instead of refusing")},
               kServer},
              1, 1, Command::NoDatabase, runServerUserAdd});
    c.append({"server user remove", "NAME [--server URL]", QT_TRANSLATE_NOOP("trato::Cli", "Remove a user's login from the team server"),
              QT_TRANSLATE_NOOP("trato::Cli", "The user can no longer sync; their records stay, with their name as owner."),
              {kServer}, 1, 1, Command::NoDatabase, runServerUserRemove});
    c.append({"server user list", "[--all] [--server URL] [--format table|csv|json]", QT_TRANSLATE_NOOP("trato::Cli", "List the team server's users"),
              QT_TRANSLATE_NOOP("trato::Cli", "The users who may sync; --all adds the removed ones (active: no), whose records stay on the server."),
              {{"all", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Include removed users")}, kServer, kListFormat}, 0, 0, Command::NoDatabase,
              runServerUserList});
}

} // namespace trato::cli
