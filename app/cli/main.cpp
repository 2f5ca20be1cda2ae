// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli: Trato's headless, scriptable command line on the same core as the desktop application.
#include "cli.h"

#include "util/appinfo.h"

#include <QCoreApplication>

#include <cstdio>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#endif

int main(int argc, char **argv)
{
#ifdef Q_OS_WIN
    // UTF-8 on the console, and no "\n" -> "\r\n" translation: output is the same on every system.
    SetConsoleOutputCP(CP_UTF8);
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
#endif
    QCoreApplication app(argc, argv);
    trato::AppInfo::applyIdentity();   // same default database and settings as the GUI
    const int code = trato::cli::run(QCoreApplication::arguments());
    std::fflush(stdout);
    return code;
}
