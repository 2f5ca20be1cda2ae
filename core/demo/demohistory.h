// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QDate>

namespace trato {

class Database;

struct DemoHistorySummary
{
    int invoices = 0;      // issued, dated over the 24 months before today − 56 days
    int payments = 0;
    int creditNotes = 0;
    int opportunities = 0; // closed won or lost
    int quotes = 0;        // accepted, rejected or expired
    int leads = 0;         // converted, disqualified or still open
};

// Two years of sales history for the demo (core/demo/demodata.cpp), so Análisis has something to
// show: issued invoices from the demo catalog over many accounts with customer patterns (loyal
// monthly/quarterly buyers, a few big ones, customers who stopped a year ago, new ones,
// occasional ones), baskets from one product category (co-purchases for "also bought"), most
// paid, a few left unpaid (overdue), a handful of credit notes; won and lost opportunities,
// decided quotes and leads spread over the months. Everything goes through the services
// (SalesDocuments, RecordStore, Pipelines, StockLedger: totals, gapless numbers, stock), then the
// service-stamped times are set to the historical dates. Invoices are issued in date order and
// end 56 days before `today`, before demosales' recent documents, so the INV series stays in
// date order. Deterministic for the same database, seed and today.
// Invoices: contacts × 15 %, at least 60, at most 300 (the services cost some 15-60 ms an invoice
// on a big database, so the 100,000-contact demo stays within seconds of its old time).
Result<DemoHistorySummary> generateDemoHistory(Database &db, const QDate &today, quint64 seed, qint64 contacts);

} // namespace trato
