// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace trato::AppInfo {

// Organization and application names used by QSettings and QStandardPaths. The GUI and the CLI
// both call this first, so they agree on the default database file and on saved settings.
void applyIdentity();
QString version();

} // namespace trato::AppInfo
