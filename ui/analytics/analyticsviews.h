// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace trato {

// Registers the views of Análisis (dashboards, KPIs, the report builder and saved reports,
// "Print this list" and "Print record", scores and segments) with the generic shell. Called once
// by MainWindow before any page is built; tests call it too.
void registerAnalyticsViews();

} // namespace trato
