// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probes.h"

#include "util/result.h"

namespace trato {
class Database;
class RecordListModel;
} // namespace trato

namespace trato::bench {

// One search typed into the contact list: the time from RecordListModel::setSearchText() until its
// first page is in the model (read on the interactive worker, handed to the GUI thread), and the
// same statements ListPager ran (exact matches, the plan's hit count, the rest) replayed through the
// sqlite3 C API, one after the other, on a long-lived raw connection.
struct SearchTiming
{
    double modelMs = 0;
    double rawMs = 0;
    int rows = 0;
    int statements = 0;
};

Result<SearchTiming> timeSearch(Database &db, RecordListModel &model, RawSqlite &raw, const QString &text);

} // namespace trato::bench
