// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QList>
#include <QString>

namespace trato {

class Database;

struct ImportBatch
{
    QString id, entity, file, format, at, user, policy, status, revertedAt;
    qint64 created = 0, updated = 0, skipped = 0, failed = 0;
    bool partial = false;
};

// The import log: every import that committed, what it created (rid ranges) and what it updated
// (previous values), and reverting one: its created records deleted, its updated ones given their
// previous values back, in one transaction. A revert refuses when a record was changed after the
// import (unless forced) and an import is reverted at most once.
class ImportLog
{
public:
    explicit ImportLog(Database &db);

    Result<QList<ImportBatch>> list() const;   // newest first
    Result<ImportBatch> get(const QString &id) const;

    struct RevertResult
    {
        qint64 deleted = 0;
        qint64 restored = 0;
        QStringList changedSince; // what was changed after the import (reported even when forced)
    };
    Result<RevertResult> revert(const QString &id, bool force = false);

private:
    Database &m_db;
};

} // namespace trato
