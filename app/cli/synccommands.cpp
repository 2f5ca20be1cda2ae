// SPDX-License-Identifier: GPL-3.0-or-later
// sync, sync status: this database and its team server (core/sync: SyncEngine); with
// servercommands.cpp (server init, server user …) and conflictcommands.cpp (conflicts …) the
// team-server commands of `appendSyncCommands`. Passwords never come from the command line
// (serveraccess.h).
#include "serveraccess.h"

#include "sync/syncengine.h"

#include <atomic>
#include <csignal>
#include <cstdio>

namespace trato::cli {

namespace {

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

} // namespace

void appendSyncCommands(QList<Command> &c)
{
    appendServerCommands(c);
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
    appendConflictCommands(c);
}

} // namespace trato::cli
