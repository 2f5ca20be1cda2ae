// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QDate>

namespace trato {

class Database;

// The demo's sales targets (Análisis dashboards, "Forecast vs target"): a company target for each
// month from five months before `today` to six after, a tenth above the average monthly forecast
// of the demo's opportunities over those months, rounded up to the hundred euros. Skipped when the
// database already has targets. Runs inside DemoData's transaction, through RecordStore. The
// dashboards themselves are made on first open, per user (Dashboards::openDefault). Returns the
// number of targets.
Result<int> generateDemoDashboards(Database &db, const QDate &today);

} // namespace trato
