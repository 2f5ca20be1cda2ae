// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace trato {

// Registers the views of Comercial (the pipeline board and forecast, sales document lines and
// actions, printed documents, purchase history on accounts and contacts) with the generic shell.
// Called once by MainWindow before any page is built.
void registerSalesViews();

} // namespace trato
