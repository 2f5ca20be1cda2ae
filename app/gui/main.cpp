// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop application. Everything but the QApplication lives in trato_ui (shell/launcher.h).
#include "shell/launcher.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Trato"));
    QApplication::setApplicationName(QStringLiteral("Trato"));
    QApplication::setApplicationVersion(QStringLiteral(TRATO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.trato.Trato")); // packaging/linux/*.desktop
    trato::Launcher launcher;
    return launcher.run(QApplication::arguments());
}
