// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QList>
#include <QPair>
#include <QStringList>
#include <QVariantList>

namespace trato {

class Transaction;

// Stores computed (Field::derived) columns of many records in one set-based pass, like
// ActivityRollups::refreshAll: the values go to a temporary table, then one UPDATE … FROM writes
// only the rows whose values differ. Derived columns are not change-captured (every copy
// recomputes them), so no history rows are written; the transaction announces the entity as
// changed (Database::recordsChanged) when it commits. Used for RFM codes and scores, where a
// RecordStore::update per record would take minutes on the 1M demo database.
// entity and columns are metadata names (never user text); rows: (id, one value per column).
Result<qint64> writeDerivedColumns(Transaction &tx, const QString &entity, const QStringList &columns,
                                   const QList<QPair<QString, QVariantList>> &rows);

} // namespace trato
