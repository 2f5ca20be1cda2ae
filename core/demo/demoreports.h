// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

namespace trato {

class Database;

// analytics: reports — a few useful saved reports of the report builder for the demo: open
// opportunities by stage and invoicing per month this year (shared), customers by city (private to
// the demo user). Runs inside DemoData's transaction through ReportService; skipped when the
// database already has reports. Returns how many were saved.
Result<int> generateDemoReports(Database &db);

} // namespace trato
