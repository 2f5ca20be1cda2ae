// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QDate>

namespace trato {

class Database;

struct DemoSalesSummary
{
    int quotes = 0;
    int orders = 0;
    int invoices = 0;
    int payments = 0;
    int creditNotes = 0;
};

// Demo sales documents (issue 6) on the first demo accounts, products and services, all through
// SalesDocuments (core/sales/salesdocuments) so every rule and number applies: quotes (some
// converted), orders (shipped, open, one cancelled), invoices (issued, some paid, some in part, one
// overdue) and one credit note. Deterministic for the same database; `today` anchors the dates.
// Nothing is written when the demo has no accounts or products.
Result<DemoSalesSummary> generateDemoSales(Database &db, const QDate &today);

} // namespace trato
