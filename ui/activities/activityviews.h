// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace trato {

// Registers the views of activities, telemarketing, caller lookup and timelines with the generic
// shell (ModuleViewExtensions, RecordViewExtensions, ListViewExtensions). Called once by
// MainWindow before any page is built; safe to call again.
void registerActivityViews();

} // namespace trato
