// SPDX-License-Identifier: GPL-3.0-or-later
// Registers the Telemarketing page in the Activities module (called from registerActivityViews).
#include "telemarketingpage.h"

#include "views/moduleviewextensions.h"

namespace trato {

void registerTelemarketingViews()
{
    ModuleViewExtensions::addPage(Module::Activities, [](Database &db) -> QWidget * { return new TelemarketingPage(db); });
}

} // namespace trato
