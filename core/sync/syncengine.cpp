// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncengine.h"
#include "serverschema.h"
#include "syncstate.h"

#include "../store/database.h"

namespace trato {

SyncEngine::SyncEngine(Database &db)
    : m_db(db)
{
}

int SyncEngine::clientSchemaVersion()
{
    return ServerSchema::latestVersion();
}

Result<SyncReport> SyncEngine::sync(const ServerAddress &, const Progress &)
{
    return Error::failure(QStringLiteral("sync: being built"));
}

SyncStatus SyncEngine::status() const
{
    SyncStatus s;
    return s;
}

} // namespace trato
