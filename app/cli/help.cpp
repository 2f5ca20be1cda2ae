// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli's help texts, built from the command table so they never drift from what is parsed.
#include "commands.h"

#include "store/database.h"

namespace trato::cli {

namespace {

QString translated(const char *text)
{
    return text && *text ? Cli::tr(text) : QString();
}

// Two columns, the second one starting at the same place on every line.
QString columns(const QList<QPair<QString, QString>> &rows)
{
    int width = 0;
    for (const auto &r : rows)
        width = qMax(width, int(r.first.size()));
    QString out;
    for (const auto &r : rows)
        out += QStringLiteral("  ") + r.first.leftJustified(width + 2) + r.second + QLatin1Char('\n');
    return out;
}

// Breaks a paragraph into lines of at most `width` characters; lines that start with spaces
// (examples) are kept as they are.
QString wrapped(const QString &text, int width = 79)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char(' ')) || line.size() <= width) {
            out << line;
            continue;
        }
        QString current;
        for (const QString &word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!current.isEmpty() && current.size() + 1 + word.size() > width) {
                out << current;
                current.clear();
            }
            current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        out << current;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

QString usageLine(const QString &program, const Command &command)
{
    const QString synopsis = QString::fromLatin1(command.synopsis);
    return Cli::tr("Usage: %1").arg(program + QLatin1Char(' ') + QString::fromLatin1(command.name)
                               + (synopsis.isEmpty() ? QString() : QLatin1Char(' ') + synopsis));
}

QString overviewHelp(const QString &program)
{
    QString out = Cli::tr("Usage: %1 [--db PATH] [--lang en|es] COMMAND [ARGUMENTS]").arg(program) + QStringLiteral("\n\n");
    out += Cli::tr("Trato's command line: the same database and rules as the desktop application.") + QStringLiteral("\n\n");
    out += Cli::tr("Commands:") + QLatin1Char('\n');
    QList<QPair<QString, QString>> rows;
    for (const auto &c : commands())
        rows.append({QString::fromLatin1(c.name), translated(c.summary)});
    out += columns(rows) + QLatin1Char('\n');
    out += Cli::tr("Global options:") + QLatin1Char('\n');
    out += columns({{QStringLiteral("--db PATH"), Cli::tr("The database file (default: $TRATO_DB, else the one chosen in Trato's Settings, else %1)").arg(Database::defaultPath())},
                    {QStringLiteral("--lang en|es"), Cli::tr("Language of messages (default: the system's, from LANG)")},
                    {QStringLiteral("--region XX"), Cli::tr("Phone region for duplicate detection, an ISO country code (default: Settings, else the system's)")},
                    {QStringLiteral("--version"), Cli::tr("Print the version and exit")},
                    {QStringLiteral("--help, -h"), Cli::tr("Show this help; '%1 help COMMAND' shows one command").arg(program)}});
    out += QLatin1Char('\n');
    out += Cli::tr("Exit codes: 0 done, 1 usage error, 2 bad input or data error (nothing was written), 3 other failure.")
        + QLatin1Char('\n');
    out += Cli::tr("Environment: TRATO_DB (database file), TRATO_USER (who writes), LANG (language).") + QLatin1Char('\n');
    return out;
}

QString commandHelp(const QString &program, const Command &command)
{
    QString out = usageLine(program, command) + QStringLiteral("\n\n") + translated(command.summary) + QStringLiteral(".\n");
    if (command.details)
        out += QLatin1Char('\n') + wrapped(translated(command.details)) + QLatin1Char('\n');
    if (!command.options.isEmpty()) {
        out += QLatin1Char('\n') + Cli::tr("Options:") + QLatin1Char('\n');
        QList<QPair<QString, QString>> rows;
        for (const auto &o : command.options) {
            QString left = QStringLiteral("--") + QString::fromLatin1(o.name);
            if (o.valueName)
                left += QLatin1Char(' ') + QString::fromLatin1(o.valueName);
            rows.append({left, translated(o.help)});
        }
        out += columns(rows);
    }
    out += QLatin1Char('\n') + Cli::tr("Global options --db PATH and --lang en|es work with every command.") + QLatin1Char('\n');
    return out;
}

} // namespace trato::cli
