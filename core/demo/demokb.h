// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QDate>

namespace trato {

class Database;

// The demo's knowledge base and service contracts (issue 7): a dozen Spanish FAQ articles (one a
// draft) and a service contract for each of the first three accounts (hours per month, tickets per
// quarter, hours for the term). Fixed lists; skipped when the database already has articles.
// Runs inside DemoData's transaction, through RecordStore. Returns the number of articles.
Result<int> generateDemoKb(Database &db, const QDate &today);

} // namespace trato
