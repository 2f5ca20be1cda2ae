// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace trato {

// Adds My day and the Team counts to Home (ModuleViewExtensions::addHomeSection). Called from
// registerActivityViews().
void registerHomeSections();

} // namespace trato
