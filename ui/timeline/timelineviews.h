// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace trato {

// The Timeline tab of accounts, contacts and leads and the "Not reached in N days" bar of the
// contact and account lists. Called by registerActivityViews().
void registerTimelineViews();

} // namespace trato
