// SPDX-License-Identifier: GPL-3.0-or-later
#include "appinfo.h"

#include <QCoreApplication>

namespace trato::AppInfo {

void applyIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Trato"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("trato.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Trato"));
    QCoreApplication::setApplicationVersion(version());
}

QString version()
{
    return QStringLiteral(TRATO_VERSION);
}

} // namespace trato::AppInfo
