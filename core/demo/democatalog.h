// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

namespace trato {

class Database;

// The demo's catalog (issue 5): product categories, about 60 products and 10 services with Spanish
// names, SKUs, units (some by kg or litre), prices, costs and tax classes; Spanish vendors with valid
// CIFs; two warehouses (one default); a configurable car (color, upholstery, gearbox, one
// incompatible pair); a price book for the first account and one for the segment "Clientes de
// Madrid". Fixed lists: the same every time. Skipped when the database already has products or
// warehouses (a second demo run). Runs inside DemoData's transaction, through RecordStore.
namespace DemoCatalog {
struct Summary
{
    int products = 0;
    int services = 0;
    int vendors = 0;
};
Result<Summary> generate(Database &db);
} // namespace DemoCatalog

} // namespace trato
