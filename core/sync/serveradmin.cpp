// SPDX-License-Identifier: GPL-3.0-or-later
#include "serveradmin.h"
#include "serverschema.h"

namespace trato {

int ServerAdmin::schemaVersion()
{
    return ServerSchema::latestVersion();
}

QStringList ServerAdmin::roles()
{
    return {QStringLiteral("admin"), QStringLiteral("manager"), QStringLiteral("sales"), QStringLiteral("support")};
}

Status ServerAdmin::init(const ServerAddress &, const Registry &)
{
    return Error::failure(QStringLiteral("server init: being built"));
}

Status ServerAdmin::addUser(const ServerAddress &, const ServerUser &, const QString &)
{
    return Error::failure(QStringLiteral("server user add: being built"));
}

Status ServerAdmin::removeUser(const ServerAddress &, const QString &)
{
    return Error::failure(QStringLiteral("server user remove: being built"));
}

Result<QList<ServerUser>> ServerAdmin::users(const ServerAddress &)
{
    return Error::failure(QStringLiteral("server users: being built"));
}

} // namespace trato
