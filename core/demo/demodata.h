// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QDateTime>
#include <QString>
#include <functional>

namespace trato {

class Database;

// Deterministic demo data: the same seed and size give the same names, companies, phones and
// relations on every machine (a splitmix64 generator, no std:: distributions). Spanish and
// international small-business data for every built-in entity. Writes in bulk (one transaction,
// prepared statements on the raw SQLite handle, change capture as one bulk_operation row per
// entity, secondary indexes built after the load, the FTS index filled for the new rows only):
// about 50 s for --size 1000000 on a 2-core machine (docs/BENCHMARKS.md, demo-generate).
struct DemoOptions
{
    qint64 contacts = 200;     // accounts = contacts / 8 (at least 5), leads = contacts / 4 (at least 10),
                               // campaigns and their members (DemoSummary)
    quint64 seed = 1;
    // Called every 1,000 records from the calling thread; return false to cancel (nothing is written).
    std::function<bool(qint64 done, qint64 total)> progress;
    // The moment activities are planned around (today's agenda, overdue items); invalid = now.
    QDateTime now;
};

struct DemoSummary
{
    qint64 accounts = 0;
    qint64 contacts = 0;
    qint64 leads = 0;
    qint64 campaigns = 0;        // contacts / 5000, between 4 and 200
    qint64 campaignMembers = 0;  // leads from campaigns and about 3 % of contacts
    qint64 activities = 0;       // calls, meetings, visits and tasks of a team of users (DemoActivities)
    qint64 callListEntries = 0;  // people queued in the demo call list (a telemarketing campaign's)
};

namespace DemoData {
Result<DemoSummary> generate(Database &db, const DemoOptions &options);
}

} // namespace trato
