// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"

namespace trato::test {

// The small fixed data set of the KPI tests (core, CLI and GUI), written through RecordStore and
// the sales, pipeline, lead-conversion services so every rule applies, then with the dates the
// services take from the real clock (created_at, closed_at, ticket clocks) pinned to the data
// set's. March 2026 is the period under test, February the previous one. The hand computation of
// every KPI over it is in tests/core/test_kpis.cpp.
void writeKpiDataSet(Database &db);

} // namespace trato::test
