// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace trato {

// Registers the views of Inventario (product tabs, purchase order lines, the module's report and
// reorder pages) with the generic shell. Called once by MainWindow before any page is built.
void registerInventoryViews();

} // namespace trato
