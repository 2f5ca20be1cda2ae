// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli: Trato's headless, scriptable command line on the same core as the desktop application.
#include "cli.h"

#include "util/appinfo.h"

#include <QCoreApplication>
#ifdef TRATO_CLI_PDF
#include <QGuiApplication>
#include <memory>
#endif

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
#ifdef TRATO_CLI_PDF
    // Painting a PDF (`stock report --pdf FILE`) needs fonts, hence a QGuiApplication; it runs on
    // the offscreen platform, so no display is needed. Every other command keeps QCoreApplication.
    bool pdf = false;
    for (int i = 1; i < argc; ++i)
        pdf = pdf || qstrcmp(argv[i], "--pdf") == 0 || qstrncmp(argv[i], "--pdf=", 6) == 0;
    if (pdf && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(pdf ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
#else
    QCoreApplication app(argc, argv);
#endif
    trato::AppInfo::applyIdentity();   // same default database and settings as the GUI
    const int code = trato::cli::run(QCoreApplication::arguments());
    std::fflush(stdout);
    return code;
}
