// SPDX-License-Identifier: GPL-3.0-or-later
// Passwords for the team-server commands, and their shared helpers (serveraccess.h).
#include "serveraccess.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace trato::cli {

namespace {

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

} // namespace

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) != 0;
#else
    return false;
#endif
}

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

Error withPasswordHint(Error error)
{
    if (error.kind == Error::BadInput && error.message.contains(QLatin1String("password")))
        error.message += QLatin1Char('\n')
            + Cli::tr("Give the password in the URL, in TRATO_SERVER_PASSWORD or PGPASSWORD, in ~/.pgpass, or type it when asked.");
    return error;
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QVariant jsonText(const QString &text)
{
    return text.isEmpty() ? jsonNull() : QVariant(text);
}

} // namespace trato::cli
