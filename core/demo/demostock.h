// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QStringList>

namespace trato {

class Database;

// Demo stock for the demo catalog (issue 5): for each product a receipt with a unit cost, for most
// a second receipt at another cost, some shipments and one counting adjustment, all through
// StockLedger (one transaction). Deterministic for the same product ids. The catalog's demo data
// passes its product ids; returns the number of movements posted.
Result<int> generateDemoStock(Database &db, const QStringList &productIds);

} // namespace trato
