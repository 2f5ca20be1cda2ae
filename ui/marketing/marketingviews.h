// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace trato {

// Registers the Marketing module's parts of the generic views: a campaign's figures and Members
// tab, the contact card, the account summary, "Add to campaign…" on leads, contacts and accounts,
// and the lead list's status quick filter. Safe to call more than once.
void registerMarketingViews();

} // namespace trato
