// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverschema.h"

namespace trato::ServerSchema {

int latestVersion()
{
    return 1;
}

QString migrationSql(int)
{
    return {};
}

} // namespace trato::ServerSchema
