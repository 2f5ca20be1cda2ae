// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/listquery.h"

namespace trato::bench {

// The SQL RecordListModel runs for the default contact list (same columns, sort and filter, no
// search), built by core's ListSql so the baselines follow every schema change.
BuiltQuery contactListSql(const QString &search = QString());

} // namespace trato::bench
