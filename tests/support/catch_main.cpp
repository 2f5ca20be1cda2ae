// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 runner with the Qt application object the tests need: QApplication on the offscreen
// platform for GUI tests, QCoreApplication otherwise.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef TRATO_GUI_TESTS
#include <QApplication>
#else
#include <QCoreApplication>
#endif

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("TRATO_USER"))
        qputenv("TRATO_USER", "tester");
#ifdef TRATO_GUI_TESTS
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    return Catch::Session().run(argc, argv);
}
