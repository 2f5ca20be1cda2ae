// SPDX-License-Identifier: GPL-3.0-or-later
// Reading one page of the change feed: see syncfeed.h.
#include "syncfeed.h"

#include <QSet>

namespace trato::SyncDetail {

// Reads the page after (txid, seq), and its records for the fast path when there are plans. Runs on
// a thread of its own while the previous page is applied; nothing else uses the connection meanwhile.
FeedPage fetchPage(PgConnection &pg, const QString &txid, qint64 seq, int pageSize, const std::shared_ptr<const FastPlans> &plans)
{
    FeedPage out;
    // One snapshot for the page's bound and its rows: the same xmin for both.
    if (Status s = pg.run(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")); !s) {
        out.status = s;
        return out;
    }
    auto page = pg.exec(QStringLiteral("SELECT entity, id, visible, txid::text, seq FROM trato.feed_page($1::xid8, $2, $3)"),
                        {txid, seq, pageSize});
    if (!page) {
        if (pg.isOpen())
            pg.run(QStringLiteral("ROLLBACK"));
        out.status = page.error();
        return out;
    }
    if (page->count() == 0) {
        out.status = pg.run(QStringLiteral("COMMIT"));
        out.last = true;
        return out;
    }
    out.boundTxid = page->value(page->count() - 1, 3);
    out.boundSeq = page->value(page->count() - 1, 4).toLongLong();
    auto rows = pg.exec(QStringLiteral("SELECT entity, id, data::text, clocks::text, authors::text, purged FROM trato.rec "
                                       "WHERE (txid, seq) > ($1::xid8, $2) AND (txid, seq) <= ($3::xid8, $4) ORDER BY txid, seq"),
                        {txid, seq, out.boundTxid, out.boundSeq});
    if (!rows) {
        if (pg.isOpen())
            pg.run(QStringLiteral("ROLLBACK"));
        out.status = rows.error();
        return out;
    }
    if (Status s = pg.run(QStringLiteral("COMMIT")); !s) {
        out.status = s;
        return out;
    }
    QSet<QString> got;
    out.records.reserve(rows->count());
    for (int i = 0; i < rows->count(); ++i) {
        RemoteRecord r;
        r.entity = rows->value(i, 0);
        r.id = rows->value(i, 1);
        r.data = rows->value(i, 2);
        r.clocks = rows->value(i, 3);
        r.authors = rows->value(i, 4);
        r.purged = rows->value(i, 5) == QLatin1String("t");
        got.insert(r.entity + QLatin1Char('\x1f') + r.id);
        out.records << r;
    }
    // Records this user may no longer see (moved to another team, say) leave this copy.
    for (int i = 0; i < page->count(); ++i)
        if (page->value(i, 2) != QLatin1String("t") && !got.contains(page->value(i, 0) + QLatin1Char('\x1f') + page->value(i, 1)))
            out.evicted << qMakePair(page->value(i, 0), page->value(i, 1));
    if (plans) {
        FastEncoder encoder(plans);
        out.fast.resize(size_t(out.records.size()));
        for (qsizetype i = 0; i < out.records.size(); ++i)
            encoder.encode(out.records.at(i), &out.fast[size_t(i)]);
    }
    return out;
}

} // namespace trato::SyncDetail
