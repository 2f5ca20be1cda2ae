// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metadata/entity.h"

#include <QIcon>

namespace trato::Icons {

// Trato's icons: the application mark from resources/icons, and small painted badges for modules
// and entities (a coloured tile with a glyph), so the navigator needs no icon theme, which
// Windows, macOS and bare X servers do not have.

QIcon app();
QIcon module(Module module);
QIcon trash();
QIcon entity(const QString &entityName, const QString &label = QString());

} // namespace trato::Icons
