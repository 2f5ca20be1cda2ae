// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace trato {

// The activities-core part of registerActivityViews(): "Complete…" on an activity's record view
// and in the activity list's context menu.
void registerCompletionViews();

} // namespace trato
