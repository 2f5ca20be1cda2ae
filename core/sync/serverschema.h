// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace trato::ServerSchema {

// The server schema's DDL and functions (PostgreSQL), version by version (docs/SYNC.md, "Server").
// Each step takes the schema from version n-1 to n; all run in one transaction.
int latestVersion();
QString migrationSql(int toVersion);

} // namespace trato::ServerSchema
