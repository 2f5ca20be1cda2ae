// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/sync: one page of the server's change feed, read for SyncRun::pull (docs/SYNC.md,
// "Pull").

#include "pgconnection.h"
#include "syncfastapply.h"

#include <QList>
#include <QPair>
#include <QString>

#include <memory>
#include <vector>

namespace trato::SyncDetail {

// One page of the feed as the server gave it.
struct FeedPage
{
    Status status;
    bool last = false; // nothing more below the snapshot's xmin
    QList<RemoteRecord> records;
    std::vector<FastRow> fast; // the records read for the fast path (empty: it is off)
    QList<QPair<QString, QString>> evicted;
    QString boundTxid;
    qint64 boundSeq = 0;
};

// Reads the page after (txid, seq), and its records for the fast path when there are plans. Runs on
// a thread of its own while the previous page is applied; nothing else uses the connection meanwhile.
FeedPage fetchPage(PgConnection &pg, const QString &txid, qint64 seq, int pageSize, const std::shared_ptr<const FastPlans> &plans);

} // namespace trato::SyncDetail
