// SPDX-License-Identifier: GPL-3.0-or-later
// call incoming / call listen: caller lookup from the command line, printed the way the caller
// window shows it (card, recent history, open items). The rules live in core/telephony.
#include "commands.h"

#include "metadata/registry.h"
#include "telephony/callerlistener.h"
#include "telephony/callerlookup.h"
#include "telephony/calllog.h"
#include "util/appsettings.h"

#include <QJsonDocument>
#include <QTimer>

#include <csignal>

namespace trato::cli {

namespace {

volatile std::sig_atomic_t g_stop = 0;

void onStopSignal(int)
{
    g_stop = 1;
}

QString when(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : iso;
}

QString optionLabel(const Registry &registry, const QString &entity, const QString &field, const QString &key)
{
    const Entity *e = registry.entity(entity);
    const Field *f = e ? e->field(field) : nullptr;
    return f && !key.isEmpty() ? f->optionLabel(key) : key;
}

QString activityLine(const Registry &registry, const CallerActivity &a, bool withStatus)
{
    QString line = QStringLiteral("    %1  %2  %3").arg(when(a.startAt),
                                                       optionLabel(registry, QStringLiteral("activity"), QStringLiteral("kind"), a.kind),
                                                       a.subject);
    if (!a.outcome.isEmpty())
        line += QStringLiteral(" — ") + optionLabel(registry, QStringLiteral("activity"), QStringLiteral("outcome"), a.outcome);
    else if (withStatus || a.status == QLatin1String("cancelled"))
        line += QStringLiteral(" (") + optionLabel(registry, QStringLiteral("activity"), QStringLiteral("status"), a.status) + QLatin1Char(')');
    return line + QLatin1Char('\n');
}

// The caller's card as text: the same parts, in the same order, as the caller window.
QString cardText(const Registry &registry, const CallerLookupResult &r, const QString &callerName, const QString &region)
{
    QString out = Cli::tr("Incoming call: %1").arg(CallerLookup::formatted(r.number, region));
    if (CallerLookup::formatted(r.number, region) != r.number)
        out += QStringLiteral(" (%1)").arg(r.number);
    out += QLatin1Char('\n');
    if (!callerName.isEmpty())
        out += Cli::tr("Caller ID name: %1").arg(callerName) + QLatin1Char('\n');
    if (!r.known())
        return out + Cli::tr("Unknown number: no contact, lead or account has it.") + QLatin1Char('\n');
    for (int i = 0; i < r.matches.size(); ++i) {
        const CallerMatch &m = r.matches.at(i);
        const Entity *e = registry.entity(m.entity);
        out += QLatin1Char('\n');
        out += QStringLiteral("%1: %2  [%3]\n").arg(e->displayLabel(), m.name, m.id);
        QList<QPair<QString, QString>> facts;
        if (!m.accountName.isEmpty() && m.entity != QLatin1String("account"))
            facts << qMakePair(m.entity == QLatin1String("lead") ? Cli::tr("Company") : Cli::tr("Account"), m.accountName);
        if (!m.title.isEmpty())
            facts << qMakePair(Cli::tr("Job title"), m.title);
        QStringList phones;
        for (const auto &p : m.phones) {
            const Field *f = e->field(p.first);
            phones << QStringLiteral("%1 %2%3").arg(f ? f->displayLabel() : p.first, p.second,
                                                   p.first == m.matchedField ? QStringLiteral(" (") + Cli::tr("calling") + QLatin1Char(')') : QString());
        }
        facts << qMakePair(Cli::tr("Phones"), phones.join(QStringLiteral(" · ")));
        if (!m.email.isEmpty())
            facts << qMakePair(Cli::tr("Email"), m.email);
        if (!m.relationship.isEmpty() && m.relationship != QLatin1String("unknown"))
            facts << qMakePair(Cli::tr("Relationship"), optionLabel(registry, m.entity, QStringLiteral("relationship"), m.relationship));
        for (const auto &fact : std::as_const(facts))
            out += QStringLiteral("  %1: %2\n").arg(fact.first, fact.second);
        // The best match gets the whole card; the others a line each.
        if (i > 0)
            continue;
        out += QStringLiteral("  ") + Cli::tr("Recent history:") + QLatin1Char('\n');
        if (m.recent.isEmpty())
            out += QStringLiteral("    ") + Cli::tr("(none)") + QLatin1Char('\n');
        for (const auto &a : m.recent)
            out += activityLine(registry, a, false);
        out += QStringLiteral("  ") + Cli::tr("Open items:") + QLatin1Char('\n');
        if (m.open.isEmpty())
            out += QStringLiteral("    ") + Cli::tr("(none)") + QLatin1Char('\n');
        for (const auto &a : m.open)
            out += activityLine(registry, a, true);
    }
    return out;
}

// Looks the number up, optionally starts the call log entry, prints the card. Exit code.
int announce(Context &context, const QString &number, const QString &callerName, bool log, Format format)
{
    CallerLookup lookup(*context.db, context.region);
    auto r = lookup.lookup(number);
    if (!r)
        return fail(r.error());
    QString logId;
    if (log) {
        auto id = CallLog::startInbound(*context.db, r.value(), callerName, QDateTime::currentDateTimeUtc());
        if (!id)
            return fail(id.error());
        logId = id.value();
    }
    if (format == Format::Json) {
        QJsonObject o = CallerLookup::toJson(r.value(), callerName);
        if (log)
            o.insert(QStringLiteral("call_log"), logId);
        writeOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    } else {
        QString text = cardText(*context.db->registry(), r.value(), callerName, context.region);
        if (log)
            text += Cli::tr("Call log entry: %1").arg(logId) + QLatin1Char('\n');
        writeOut(text);
    }
    return Exit::Ok;
}

int runCallIncoming(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Text, Format::Json}, Format::Text, &format, &code))
        return code;
    return announce(context, args.positional.at(0), args.value(QStringLiteral("name")).simplified(),
                    args.has(QStringLiteral("log")), format);
}

int runCallListen(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Text, Format::Json}, Format::Text, &format, &code))
        return code;
    const AppSettings::CallerListenerSettings saved = AppSettings::callerListener();
    CallerListenerOptions options;
    options.port = quint16(saved.port);
    options.bindAddress = saved.bindAddress;
    options.token = saved.token;
    qint64 port = options.port;
    if (!countOption(context, args, QStringLiteral("port"), port, &port, &code))
        return code;
    if (port > 65535)
        return usageError(context, Cli::tr("--port must be a TCP port from 1 to 65535 (0: any free port)"));
    options.port = quint16(port);
    if (args.has(QStringLiteral("bind")))
        options.bindAddress = args.value(QStringLiteral("bind"));
    if (args.has(QStringLiteral("token")))
        options.token = args.value(QStringLiteral("token"));
    qint64 count = 0;
    if (!countOption(context, args, QStringLiteral("count"), 0, &count, &code))
        return code;

    CallerListener listener(*context.db, context.region);
    listener.setOptions(options);
    const Status started = listener.start();
    if (!started)
        return fail(started.error());
    QStringList where;
    for (const QHostAddress &a : listener.serverAddresses())
        where << (a.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]:%2") : QStringLiteral("%1:%2"))
                     .arg(a.toString())
                     .arg(listener.serverPort());
    writeErr(Cli::tr("Listening for calls on %1 (Ctrl+C to stop)").arg(where.join(QStringLiteral(", "))) + QLatin1Char('\n'));
    if (!CallerListener::isLoopback(options.bindAddress))
        writeErr(Cli::tr("Warning: %1 is reachable from other machines; set a token and a firewall rule.")
                     .arg(options.bindAddress)
                 + QLatin1Char('\n'));

    int result = Exit::Ok;
    qint64 seen = 0;
    QObject::connect(&listener, &CallerListener::incomingCall, &listener, [&](const QString &number, const QString &name) {
        const int c = announce(context, number, name, args.has(QStringLiteral("log")), format);
        if (c != Exit::Ok)
            result = c;
        if (count > 0 && ++seen >= count)
            QCoreApplication::quit();
    });
    // Ctrl+C / SIGTERM: a flag the event loop polls (nothing else is safe in a signal handler).
    g_stop = 0;
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &listener, [] {
        if (g_stop)
            QCoreApplication::quit();
    });
    poll.start(100);
    QCoreApplication::exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return result;
}

} // namespace

void appendTelephonyCommands(QList<Command> &c)
{
    const OptionSpec format = {"format", "text|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: text)")};
    c.append({"call incoming", "NUMBER [--name NAME] [--log] [--format text|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Show who is calling from NUMBER: card, recent history, open items"),
              QT_TRANSLATE_NOOP("trato::Cli", "NUMBER is read in the phone region (--region, else Settings) and looked up in every "
                "phone field of contacts, then leads, then accounts. The best match is printed as the caller window "
                "shows it (account, phones, relationship, the last 5 finished activities, open activities); other "
                "matches follow with a line each. An unknown number is not an error (exit 0); a NUMBER that is not "
                "a phone number is (exit 2). --log starts the call log entry: an inbound call in progress about "
                "the caller, and prints its id."),
              {{"name", "NAME", QT_TRANSLATE_NOOP("trato::Cli", "The caller ID name the PBX gave")},
               {"log", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Start the call log entry (an inbound call activity in progress)")},
               format},
              1, 1, Command::OpenExisting, runCallIncoming});
    c.append({"call listen", "[--port N] [--bind ADDRESS] [--token TOKEN] [--log] [--count N] [--format text|json]",
              QT_TRANSLATE_NOOP("trato::Cli", "Listen for calls from a PBX or softphone and print each caller"),
              QT_TRANSLATE_NOOP("trato::Cli", "Runs the caller listener headless until interrupted (Ctrl+C), with the port, bind "
                "address and token of Settings → Telephony unless given here; by default only this machine can "
                "connect (127.0.0.1 and ::1). Callers announce a call with HTTP (GET /call?number=...&name=...) or "
                "one text line (NUMBER, or CALL NUMBER [NAME]); see docs/TELEPHONY.md. Each call is printed as "
                "call incoming prints it. --port 0 takes any free port (printed on stderr)."),
              {{"port", "N", QT_TRANSLATE_NOOP("trato::Cli", "TCP port (default: Settings, else 5577)")},
               {"bind", "ADDRESS", QT_TRANSLATE_NOOP("trato::Cli", "Listen on this IP address instead of loopback only")},
               {"token", "TOKEN", QT_TRANSLATE_NOOP("trato::Cli", "Require this shared token from callers")},
               {"log", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Start a call log entry for each call")},
               {"count", "N", QT_TRANSLATE_NOOP("trato::Cli", "Stop after N calls")},
               format},
              0, 0, Command::OpenExisting, runCallListen});
}

} // namespace trato::cli
