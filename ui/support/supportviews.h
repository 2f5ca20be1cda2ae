// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace trato {

// Registers the views of Atención al cliente (ticket conversation and actions, queues with
// counts, support KPIs, the knowledge base, service contracts, SLA settings) with the generic shell.
// Called once by MainWindow before any page is built.
void registerSupportViews();

} // namespace trato
