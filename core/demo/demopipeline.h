// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QDate>

namespace trato {

class Database;

// Demo opportunities (issue 6): eight per demo account (at least 40, at most 400) over the
// demo accounts and their contacts, spread across the default pipeline's stages, the demo team's
// owners and the months around `today`; some won, some lost (with a reason), some stalled (no next
// step, or an expected close already past). Through RecordStore, so the pipeline rules derive status,
// probability and weighted amounts. Deterministic for the same database. Returns how many it made.
Result<int> generateDemoPipeline(Database &db, const QDate &today);

} // namespace trato
