// SPDX-License-Identifier: GPL-3.0-or-later
// server init, server user add|remove|list, sync, sync status, conflicts list|show|keep|restore:
// the team server from the command line (core/sync: ServerAdmin, SyncEngine, SyncConflicts).
// Passwords never come from the command line (it shows in `ps`): the URL, the environment,
// ~/.pgpass, a prompt without echo, or stdin for a new user's password.
#include "commands.h"

#include "metadata/registry.h"
#include "sync/serveradmin.h"
#include "sync/syncengine.h"
#include "sync/valuecodec.h"

#include <QDir>
#include <QFileInfo>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace trato::cli {

namespace {

const OptionSpec kServer{"server", "URL", QT_TRANSLATE_NOOP("trato::Cli", "The team server as an administrator, postgresql://user@host:port/database (default: $TRATO_SERVER_URL)")};
const OptionSpec kListFormat{"format", "table|csv|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: table)")};

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) != 0;
#else
    return false;
#endif
}

// One line of stdin without its line end; false at end of input with nothing read.
bool readStdinLine(QString *out)
{
    std::string line;
    bool any = false;
    for (int ch = std::fgetc(stdin); ch != EOF; ch = std::fgetc(stdin)) {
        any = true;
        if (ch == '\n')
            break;
        line.push_back(char(ch));
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    *out = QString::fromStdString(line);
    return any;
}

// Asks on the terminal with echo off; empty when stdin is no terminal.
QString promptPassword(const QString &prompt)
{
#ifdef Q_OS_UNIX
    if (!stdinIsTerminal())
        return {};
    writeErr(prompt);
    termios saved{};
    const bool haveTerminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QString password;
    readStdinLine(&password);
    if (haveTerminal)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    writeErr(QStringLiteral("\n"));
    return password;
#else
    Q_UNUSED(prompt)
    return {};
#endif
}

bool pgpassFileExists()
{
    QString path = qEnvironmentVariable("PGPASSFILE");
    if (path.isEmpty()) {
#ifdef Q_OS_WIN
        path = qEnvironmentVariable("APPDATA") + QStringLiteral("/postgresql/pgpass.conf");
#else
        path = QDir::homePath() + QStringLiteral("/.pgpass");
#endif
    }
    return QFileInfo(path).isFile();
}

// The password of `address`, in this order: the URL, TRATO_SERVER_PASSWORD, PGPASSWORD and
// ~/.pgpass (both read by libpq itself, so the address stays without one), else a prompt when
// stdin is a terminal. Without any, the server's "asks for a password" error says what to do.
void resolvePassword(ServerAddress &address)
{
    if (!address.password.isEmpty())
        return;
    const QString fromEnv = qEnvironmentVariable("TRATO_SERVER_PASSWORD");
    if (!fromEnv.isEmpty()) {
        address.password = fromEnv;
        return;
    }
    if (qEnvironmentVariableIsSet("PGPASSWORD") || pgpassFileExists())
        return;
    address.password = promptPassword(Cli::tr("Password of %1: ").arg(address.display()));
}

// A connection error about a missing password gets the ways to give one.
Error withPasswordHint(Error error)
{
    if (error.kind == Error::BadInput && error.message.contains(QLatin1String("password")))
        error.message += QLatin1Char('\n')
            + Cli::tr("Give the password in the URL, in TRATO_SERVER_PASSWORD or PGPASSWORD, in ~/.pgpass, or type it when asked.");
    return error;
}

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

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QVariant jsonText(const QString &text)
{
    return text.isEmpty() ? jsonNull() : QVariant(text);
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

// ---- sync --------------------------------------------------------------------------------

// The engine of the running `sync`, for Ctrl-C: cancel() only stores an atomic flag.
std::atomic<SyncEngine *> g_running{nullptr};

extern "C" void onInterrupt(int)
{
    if (SyncEngine *engine = g_running.load())
        engine->cancel();
}

// Same replica: the same user on the same database of the same server (the TLS mode may differ).
bool sameServer(const ServerAddress &a, const ServerAddress &b)
{
    return a.display() == b.display();
}

QString phaseText(SyncProgress::Phase phase)
{
    switch (phase) {
    case SyncProgress::Connecting: return Cli::tr("Connecting");
    case SyncProgress::Uploading: return Cli::tr("Uploading this database");
    case SyncProgress::Pushing: return Cli::tr("Sending changes");
    case SyncProgress::Pulling: return Cli::tr("Receiving records");
    case SyncProgress::Done: return Cli::tr("Done");
    }
    return {};
}

// English plurals without a translation file: two source texts, one chosen by the count.
QString counted(qint64 n, const char *one, const char *many)
{
    return Cli::tr(n == 1 ? one : many).arg(n);
}

// "sent 12 changes in 1 batch, received 40 records, 1 new conflict"
QString summary(const SyncReport &r)
{
    QStringList parts;
    parts << counted(r.pushed, QT_TRANSLATE_NOOP("trato::Cli", "sent %1 change"), QT_TRANSLATE_NOOP("trato::Cli", "sent %1 changes"))
                 + QLatin1Char(' ')
                 + counted(r.batches, QT_TRANSLATE_NOOP("trato::Cli", "in %1 batch"), QT_TRANSLATE_NOOP("trato::Cli", "in %1 batches"));
    parts << counted(r.pulled, QT_TRANSLATE_NOOP("trato::Cli", "received %1 record"), QT_TRANSLATE_NOOP("trato::Cli", "received %1 records"));
    parts << counted(r.conflicts, QT_TRANSLATE_NOOP("trato::Cli", "%1 new conflict"), QT_TRANSLATE_NOOP("trato::Cli", "%1 new conflicts"));
    if (r.denied > 0)
        parts << counted(r.denied, QT_TRANSLATE_NOOP("trato::Cli", "%1 change refused by the server (kept in conflicts)"),
                         QT_TRANSLATE_NOOP("trato::Cli", "%1 changes refused by the server (kept in conflicts)"));
    if (r.evicted > 0)
        parts << counted(r.evicted, QT_TRANSLATE_NOOP("trato::Cli", "%1 record no longer shared with you removed here"),
                         QT_TRANSLATE_NOOP("trato::Cli", "%1 records no longer shared with you removed here"));
    return parts.join(QStringLiteral(", "));
}

int runSync(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Text, Format::Json}, Format::Text, &format, &code))
        return code;
    const SyncSettings settings = SyncSettings::load(*context.db);
    ServerAddress address;
    bool saveAfter = false;
    if (args.has(QStringLiteral("server"))) {
        auto parsed = ServerAddress::fromUrl(args.value(QStringLiteral("server")));
        if (!parsed)
            return fail(parsed.error());
        address = parsed.value();
        if (settings.enabled && !sameServer(settings.server, address)) {
            if (!args.has(QStringLiteral("switch")))
                return fail(Error::badInput(Cli::tr("This database syncs with %1, not %2. To move it to %2 (its records are "
                                                    "then uploaded there), add --switch.")
                                                .arg(settings.server.display(), address.display())));
            // Another replica: SyncSettings::save starts its bookkeeping from scratch, before the sync;
            // a server that does not answer (or refuses the password) is not worth that.
            ServerAddress probe = address;
            resolvePassword(probe);
            if (auto connected = PgConnection::connect(probe); !connected)
                return fail(withPasswordHint(connected.error()));
            address = probe;
            SyncSettings moved = settings;
            moved.server = address;
            if (Status s = moved.save(*context.db); !s)
                return fail(s.error());
        }
        saveAfter = !settings.enabled;
    } else if (settings.enabled) {
        address = settings.server;
    } else {
        return fail(Error::badInput(Cli::tr("This database has no team server yet: give one with --server "
                                            "postgresql://user@host:port/database")));
    }
    resolvePassword(address);

    SyncEngine engine(*context.db);
    const bool showProgress = stderrIsTerminal() && format != Format::Json;
    int lastWidth = 0;
    auto progress = [&](const SyncProgress &p) {
        if (!showProgress)
            return;
        QString line = phaseText(p.phase);
        if (p.total > 0)
            line += QStringLiteral(" %1/%2").arg(p.done).arg(p.total);
        else if (p.done > 0)
            line += QStringLiteral(" %1").arg(p.done);
        const int width = int(line.size());
        writeErr(QLatin1Char('\r') + line + QString(qMax(0, lastWidth - width), QLatin1Char(' ')));
        lastWidth = width;
    };
    g_running = &engine;
    auto previousHandler = std::signal(SIGINT, onInterrupt);
    auto report = engine.sync(address, progress);
    std::signal(SIGINT, previousHandler);
    g_running = nullptr;
    if (showProgress && lastWidth > 0)
        writeErr(QLatin1Char('\r') + QString(lastWidth, QLatin1Char(' ')) + QLatin1Char('\r'));

    if (!report) {
        Error e = withPasswordHint(report.error());
        const SyncStatus after = engine.status();
        // A server that took this database in (it has a device code now) before going away is its
        // server from now on; an address that never answered, or refused, is not remembered.
        if (saveAfter && !after.device.isEmpty()) {
            SyncSettings first = settings;
            first.server = address;
            first.save(*context.db);
        }
        const qint64 pending = after.pendingChanges;
        e.message += QLatin1Char('\n')
            + counted(pending, QT_TRANSLATE_NOOP("trato::Cli", "Nothing was lost: %1 local change is kept for the next sync."),
                      QT_TRANSLATE_NOOP("trato::Cli", "Nothing was lost: %1 local changes are kept for the next sync."));
        return fail(e);
    }
    if (saveAfter) {
        SyncSettings first = settings;
        first.server = address;
        if (Status s = first.save(*context.db); !s)
            writeErr(Cli::tr("The sync worked, but the server could not be saved for the next time: %1").arg(s.error().message)
                     + QLatin1Char('\n'));
    }
    const SyncReport &r = report.value();
    if (!r.warning.isEmpty())
        writeErr(QStringLiteral("trato-cli: ") + r.warning + QLatin1Char('\n'));
    if (format == Format::Json) {
        writeOut(toJson(QVariant::fromValue(JsonObject{{QStringLiteral("server"), address.display()},
                                                       {QStringLiteral("pushed"), r.pushed},
                                                       {QStringLiteral("batches"), r.batches},
                                                       {QStringLiteral("pulled"), r.pulled},
                                                       {QStringLiteral("applied"), r.applied},
                                                       {QStringLiteral("evicted"), r.evicted},
                                                       {QStringLiteral("conflicts"), r.conflicts},
                                                       {QStringLiteral("denied"), r.denied},
                                                       {QStringLiteral("joined"), r.joined},
                                                       {QStringLiteral("warning"), jsonText(r.warning)}}),
                        true)
                 + QLatin1Char('\n'));
        return Exit::Ok;
    }
    if (r.joined)
        writeOut(Cli::tr("This database joined the team server %1: its records were uploaded.").arg(address.display()) + QLatin1Char('\n'));
    writeOut(Cli::tr("Synced with %1: %2.").arg(address.display(), summary(r)) + QLatin1Char('\n'));
    if (r.conflicts > 0 || r.denied > 0)
        writeOut(Cli::tr("Review them with 'trato-cli conflicts list'.") + QLatin1Char('\n'));
    return Exit::Ok;
}

int runSyncStatus(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Json}, Format::Table, &format, &code))
        return code;
    const SyncStatus s = SyncEngine(*context.db).status();
    if (format == Format::Json) {
        writeOut(toJson(QVariant::fromValue(JsonObject{{QStringLiteral("configured"), s.configured},
                                                       {QStringLiteral("server"), s.configured ? QVariant(s.server.toUrl()) : jsonNull()},
                                                       {QStringLiteral("device"), jsonText(s.device)},
                                                       {QStringLiteral("pending_changes"), s.pendingChanges},
                                                       {QStringLiteral("open_conflicts"), s.openConflicts},
                                                       {QStringLiteral("parked"), s.parked},
                                                       {QStringLiteral("last_sync"), jsonText(timeText(s.lastSync))},
                                                       {QStringLiteral("last_attempt"), jsonText(timeText(s.lastAttempt))},
                                                       {QStringLiteral("last_error"), jsonText(s.lastError)}}),
                        true)
                 + QLatin1Char('\n'));
        return Exit::Ok;
    }
    const QString never = Cli::tr("never");
    writeKeyValues({{Cli::tr("Team server"), s.configured ? s.server.toUrl() : Cli::tr("none (this database works alone)")},
                    {Cli::tr("Device"), s.device.isEmpty() ? Cli::tr("not joined yet") : s.device},
                    {Cli::tr("Pending changes"), QString::number(s.pendingChanges)},
                    {Cli::tr("Open conflicts"), QString::number(s.openConflicts)},
                    {Cli::tr("Parked records"), QString::number(s.parked)},
                    {Cli::tr("Last sync"), s.lastSync.isValid() ? timeText(s.lastSync) : never},
                    {Cli::tr("Last attempt"), s.lastAttempt.isValid() ? timeText(s.lastAttempt) : never},
                    {Cli::tr("Last error"), s.lastError.isEmpty() ? Cli::tr("none") : s.lastError}});
    return Exit::Ok;
}

// ---- conflicts ---------------------------------------------------------------------------

// An id, or the start of exactly one (ids are long: "conflicts keep 0193f2" is enough).
Result<SyncConflict> findConflict(const SyncConflicts &conflicts, const QString &id)
{
    auto exact = conflicts.get(id);
    if (exact || exact.error().kind != Error::NotFound || id.size() < 4)
        return exact;
    auto all = conflicts.list(true);
    if (!all)
        return all.error();
    QList<SyncConflict> matches;
    for (const SyncConflict &c : all.value())
        if (c.id.startsWith(id, Qt::CaseInsensitive))
            matches << c;
    if (matches.size() == 1)
        return matches.front();
    if (matches.size() > 1)
        return Error::badInput(Cli::tr("\"%1\" starts %2 conflict ids: give more of it").arg(id).arg(matches.size()));
    return exact;
}

QString fieldLabel(const Context &context, const SyncConflict &c)
{
    if (c.field == QLatin1String("deleted"))
        return Cli::tr("deleted");
    const Entity *e = context.db->registry()->entity(c.entity);
    const Field *f = e ? e->field(c.field) : nullptr;
    return f ? f->displayLabel() : c.field;
}

QString reasonText(const QString &reason)
{
    if (reason == QLatin1String("concurrent"))
        return Cli::tr("changed in two places while apart");
    if (reason == QLatin1String("denied"))
        return Cli::tr("refused by the server (no right to change it)");
    if (reason == QLatin1String("deleted"))
        return Cli::tr("changed here, deleted elsewhere");
    return reason;
}

QString resolutionText(const QString &resolution)
{
    if (resolution.isEmpty())
        return Cli::tr("open");
    if (resolution == QLatin1String("kept"))
        return Cli::tr("kept the winner");
    if (resolution == QLatin1String("restored"))
        return Cli::tr("restored the other value");
    return resolution;
}

JsonObject conflictJson(const Context &context, const SyncConflict &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("entity"), c.entity},
            {QStringLiteral("record_id"), c.recordId},
            {QStringLiteral("record"), jsonText(c.recordTitle)},
            {QStringLiteral("field"), c.field},
            {QStringLiteral("field_label"), fieldLabel(context, c)},
            {QStringLiteral("reason"), c.reason},
            {QStringLiteral("winner_value"), jsonText(ValueCodec::display(c.winnerValue))},
            {QStringLiteral("winner_user"), jsonText(c.winnerUser)},
            {QStringLiteral("winner_hlc"), jsonText(c.winnerHlc)},
            {QStringLiteral("loser_value"), jsonText(ValueCodec::display(c.loserValue))},
            {QStringLiteral("loser_user"), jsonText(c.loserUser)},
            {QStringLiteral("loser_hlc"), jsonText(c.loserHlc)},
            {QStringLiteral("at"), jsonText(timeText(c.at))},
            {QStringLiteral("resolution"), jsonText(c.resolution)}};
}

int runConflictsList(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    const bool all = args.has(QStringLiteral("all"));
    auto list = SyncConflicts(*context.db).list(all);
    if (!list)
        return fail(list.error());
    if (format == Format::Json) {
        QVariantList out;
        for (const SyncConflict &c : list.value())
            out << QVariant::fromValue(conflictJson(context, c));
        writeOut(toJson(out, true) + QLatin1Char('\n'));
        return Exit::Ok;
    }
    QList<Column> columns{{QStringLiteral("id")}, {QStringLiteral("entity")}, {QStringLiteral("record")}, {QStringLiteral("field")},
                          {QStringLiteral("reason")}, {QStringLiteral("winner")}, {QStringLiteral("winner_user")},
                          {QStringLiteral("loser")}, {QStringLiteral("loser_user")}, {QStringLiteral("at")}};
    if (all)
        columns << Column{QStringLiteral("resolution")};
    RowWriter writer(format, columns);
    for (const SyncConflict &c : list.value()) {
        QList<Cell> row{Cell::string(c.id), Cell::string(c.entity), Cell::string(c.recordTitle.isEmpty() ? c.recordId : c.recordTitle),
                        Cell::string(c.field), Cell::string(c.reason), Cell::string(ValueCodec::display(c.winnerValue)),
                        Cell::string(c.winnerUser), Cell::string(ValueCodec::display(c.loserValue)), Cell::string(c.loserUser),
                        Cell::string(timeText(c.at))};
        if (all)
            row << Cell::string(c.resolution.isEmpty() ? QStringLiteral("open") : c.resolution);
        writer.add(row);
    }
    writer.finish();
    if (format == Format::Table && list.value().isEmpty())
        writeErr((all ? Cli::tr("No conflicts.") : Cli::tr("No open conflicts.")) + QLatin1Char('\n'));
    return Exit::Ok;
}

int runConflictsShow(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Text, Format::Json}, Format::Text, &format, &code))
        return code;
    const SyncConflicts conflicts(*context.db);
    auto c = findConflict(conflicts, args.positional.at(0));
    if (!c)
        return fail(c.error());
    if (format == Format::Json) {
        writeOut(toJson(QVariant::fromValue(conflictJson(context, c.value())), true) + QLatin1Char('\n'));
        return Exit::Ok;
    }
    const SyncConflict &v = c.value();
    const QString empty = Cli::tr("(empty)");
    auto value = [&](const QString &json) {
        const QString text = ValueCodec::display(json);
        return text.isEmpty() ? empty : text;
    };
    auto who = [](const QString &user, const QString &hlc) {
        return hlc.isEmpty() ? user : Cli::tr("%1 (clock %2)").arg(user, hlc);
    };
    writeKeyValues({{Cli::tr("Conflict"), v.id},
                    {Cli::tr("Record"), QStringLiteral("%1 %2 (%3)").arg(v.entity, v.recordTitle, v.recordId)},
                    {Cli::tr("Field"), fieldLabel(context, v)},
                    {Cli::tr("Why"), reasonText(v.reason)},
                    {Cli::tr("Value now"), value(v.winnerValue)},
                    {Cli::tr("Written by"), who(v.winnerUser, v.winnerHlc)},
                    {Cli::tr("Other value"), value(v.loserValue)},
                    {Cli::tr("Written by"), who(v.loserUser, v.loserHlc)},
                    {Cli::tr("Decided at"), timeText(v.at)},
                    {Cli::tr("Resolution"), resolutionText(v.resolution)}});
    return Exit::Ok;
}

int runConflictsKeep(Context &context, const Arguments &args)
{
    SyncConflicts conflicts(*context.db);
    auto c = findConflict(conflicts, args.positional.at(0));
    if (!c)
        return fail(c.error());
    if (Status s = conflicts.keep(c->id); !s)
        return fail(s.error());
    writeOut(Cli::tr("Conflict %1 closed: %2 stays \"%3\".").arg(c->id, fieldLabel(context, c.value()), ValueCodec::display(c->winnerValue))
             + QLatin1Char('\n'));
    return Exit::Ok;
}

int runConflictsRestore(Context &context, const Arguments &args)
{
    SyncConflicts conflicts(*context.db);
    auto c = findConflict(conflicts, args.positional.at(0));
    if (!c)
        return fail(c.error());
    if (Status s = conflicts.restore(c->id); !s)
        return fail(s.error());
    writeOut(Cli::tr("Conflict %1 closed: %2 is \"%3\" again; it goes to the team at the next sync.")
                 .arg(c->id, fieldLabel(context, c.value()), ValueCodec::display(c->loserValue))
             + QLatin1Char('\n'));
    return Exit::Ok;
}

} // namespace

void appendSyncCommands(QList<Command> &c)
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
    c.append({"sync", "[--server URL [--switch]] [--format text|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Send this database's changes to the team server and receive the team's"),
              QT_TRANSLATE_NOOP("trato::Cli", "The first --server makes it this database's team server (saved without the password; the "
                "database's records are uploaded). The password comes from the URL, TRATO_SERVER_PASSWORD, PGPASSWORD or ~/.pgpass, or is "
                "asked for when the input is a terminal. Progress goes to stderr when it is a terminal. Exit 2: wrong password, no "
                "rights, a bad address or a newer server; exit 3: the server could not be reached or went away. Either way nothing is "
                "lost: the changes wait for the next sync. Ctrl-C stops between pages, as safely."),
              {{"server", "URL", QT_TRANSLATE_NOOP("trato::Cli", "The team server, postgresql://user@host:port/database (default: the saved one)")},
               {"switch", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Move this database to the server of --server when it syncs with another one")},
               {"format", "text|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: text)")}},
              0, 0, Command::OpenExisting, runSync});
    c.append({"sync status", "[--format table|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Show the team server, pending changes, the last sync and open conflicts"), nullptr,
              {{"format", "table|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: table)")}},
              0, 0, Command::OpenExisting, runSyncStatus});
    c.append({"conflicts list", "[--all] [--format table|csv|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "List the open sync conflicts: both values, who and when"),
              QT_TRANSLATE_NOOP("trato::Cli", "The winner is the value everybody has now; the loser is kept here for review. --all adds "
                "the resolved ones."),
              {{"all", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Include resolved conflicts")}, kListFormat},
              0, 0, Command::OpenExisting, runConflictsList});
    c.append({"conflicts show", "ID [--format text|json]", QT_TRANSLATE_NOOP("trato::Cli", "Show one conflict"),
              QT_TRANSLATE_NOOP("trato::Cli", "ID may be the start of an id when it names only one conflict."),
              {{"format", "text|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: text)")}},
              1, 1, Command::OpenExisting, runConflictsShow});
    c.append({"conflicts keep", "ID", QT_TRANSLATE_NOOP("trato::Cli", "Close a conflict keeping the value everybody has now"), nullptr,
              {}, 1, 1, Command::OpenExisting, runConflictsKeep});
    c.append({"conflicts restore", "ID", QT_TRANSLATE_NOOP("trato::Cli", "Close a conflict writing the other value again"),
              QT_TRANSLATE_NOOP("trato::Cli", "The value that lost is written again as a new change of yours and goes to the team at the "
                "next sync. A change the server refused cannot be restored."),
              {}, 1, 1, Command::OpenExisting, runConflictsRestore});
}

} // namespace trato::cli
