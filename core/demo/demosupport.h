// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QDateTime>

namespace trato {

class Database;

// Demo tickets (issue 7) over the first demo accounts, all through TicketService so numbering,
// first responses and status rules apply: ~60 tickets opened over the last two months with
// conversations (customer messages, replies, internal notes), mixed statuses and priorities, some
// resolved and closed with satisfaction. Deterministic; `now` anchors the times. Returns the number
// of tickets (0 when the demo has no accounts).
Result<int> generateDemoSupport(Database &db, const QDateTime &now);

} // namespace trato
