// SPDX-License-Identifier: GPL-3.0-or-later
#include "rfm.h"
#include "derivedwriter.h"

#include "metadata/registry.h"
#include "sales/purchasehistory.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "store/transaction.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace trato {

namespace {

QString statusMarks(const QStringList &statuses, QVariantList *params)
{
    QStringList marks;
    for (const QString &s : statuses) {
        marks << QStringLiteral("?");
        *params << s;
    }
    return marks.join(QStringLiteral(", "));
}

} // namespace

QStringList Rfm::segments()
{
    return {QStringLiteral("champions"), QStringLiteral("loyal"), QStringLiteral("potential"), QStringLiteral("new"),
            QStringLiteral("needs_attention"), QStringLiteral("at_risk"), QStringLiteral("cant_lose"), QStringLiteral("hibernating"),
            QStringLiteral("lost")};
}

QString Rfm::segmentLabel(const QString &segment)
{
    if (segment == QLatin1String("champions"))
        return tr("Champions");
    if (segment == QLatin1String("loyal"))
        return tr("Loyal");
    if (segment == QLatin1String("potential"))
        return tr("Potential loyalists");
    if (segment == QLatin1String("new"))
        return QCoreApplication::translate("trato::Rfm", "New", "customer segment");
    if (segment == QLatin1String("needs_attention"))
        return tr("Needs attention");
    if (segment == QLatin1String("at_risk"))
        return tr("At risk");
    if (segment == QLatin1String("cant_lose"))
        return tr("Can't lose them");
    if (segment == QLatin1String("hibernating"))
        return tr("Hibernating");
    if (segment == QLatin1String("lost"))
        return tr("Lost");
    return segment;
}

QString Rfm::segmentFor(int r, int f)
{
    if (r >= 5 && f <= 1)
        return QStringLiteral("new");
    if (r == 4 && f <= 1)
        return QStringLiteral("potential");
    if (r >= 4 && f <= 3)
        return QStringLiteral("potential");
    if (r >= 5)
        return QStringLiteral("champions");
    if (r >= 3 && f >= 4)
        return QStringLiteral("loyal");
    if (r == 3)
        return QStringLiteral("needs_attention");
    if (f >= 5)
        return QStringLiteral("cant_lose");
    if (f >= 3)
        return QStringLiteral("at_risk");
    if (r == 2)
        return QStringLiteral("hibernating");
    return QStringLiteral("lost");
}

QList<int> Rfm::quintileScores(const QList<qint64> &values, bool higherIsBetter)
{
    const int n = int(values.size());
    QList<qint64> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    QList<int> scores;
    scores.reserve(n);
    for (qint64 v : values) {
        // k: values strictly worse than v.
        const qint64 k = higherIsBetter ? (std::lower_bound(sorted.begin(), sorted.end(), v) - sorted.begin())
                                        : (sorted.end() - std::upper_bound(sorted.begin(), sorted.end(), v));
        scores << int(1 + (5 * k) / n);
    }
    return scores;
}

Result<RfmResult> Rfm::compute(Database &db, const Options &options)
{
    if (options.windowMonths < 1 || options.windowMonths > 120)
        return Error::badInput(tr("The RFM window must be between 1 and 120 months, not %1.").arg(options.windowMonths));
    RfmResult result;
    result.today = options.today.isValid() ? options.today : QDateTime::currentDateTimeUtc().date();
    result.windowStart = result.today.addMonths(-options.windowMonths).addDays(1);
    const QString today = result.today.toString(Qt::ISODate);
    const QString start = result.windowStart.toString(Qt::ISODate);
    QSqlDatabase conn = db.connection();

    QHash<QString, int> index;
    QVariantList params{start, start, today};
    const QString marks = statusMarks(PurchaseHistoryService::countedInvoiceStatuses(), &params);
    // One grouped pass over the invoices (account index), one over the credit notes.
    auto q = Sql::exec(conn,
                       QStringLiteral("SELECT i.account, a.name, max(i.invoice_date), "
                                      "sum(CASE WHEN i.invoice_date >= ? THEN 1 ELSE 0 END), "
                                      "sum(CASE WHEN i.invoice_date >= ? THEN coalesce(i.subtotal, 0) - coalesce(i.discount_total, 0) ELSE 0 END) "
                                      "FROM invoice i JOIN account a ON a.id = i.account AND a.deleted = 0 "
                                      "WHERE i.deleted = 0 AND i.invoice_date <= ? AND i.status IN (%1) GROUP BY i.account")
                           .arg(marks),
                       params);
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        RfmRow row;
        row.accountId = r.value(0).toString();
        row.name = r.value(1).toString();
        row.lastPurchase = QDate::fromString(r.value(2).toString(), Qt::ISODate);
        row.recencyDays = int(row.lastPurchase.daysTo(result.today));
        row.frequency = r.value(3).toInt();
        row.monetary = r.value(4).toLongLong();
        index.insert(row.accountId, int(result.rows.size()));
        result.rows << row;
    }
    auto c = Sql::exec(conn,
                       QStringLiteral("SELECT c.account, sum(coalesce(c.subtotal, 0) - coalesce(c.discount_total, 0)) FROM credit_note c "
                                      "WHERE c.deleted = 0 AND c.status = 'issued' AND c.credit_date >= ? AND c.credit_date <= ? GROUP BY c.account"),
                       {start, today});
    if (!c)
        return c.error();
    while (c.value().next()) {
        const auto it = index.constFind(c.value().value(0).toString());
        if (it != index.constEnd())
            result.rows[it.value()].monetary -= c.value().value(1).toLongLong();
    }
    std::sort(result.rows.begin(), result.rows.end(), [](const RfmRow &a, const RfmRow &b) {
        const int cmp = QString::compare(a.name, b.name, Qt::CaseInsensitive);
        return cmp != 0 ? cmp < 0 : a.accountId < b.accountId;
    });

    QList<qint64> rec, freq, mon;
    for (const RfmRow &r : std::as_const(result.rows)) {
        rec << r.recencyDays;
        freq << r.frequency;
        mon << r.monetary;
    }
    const QList<int> rs = quintileScores(rec, false), fs = quintileScores(freq, true), ms = quintileScores(mon, true);
    QHash<QString, int> segIndex;
    for (const QString &s : segments()) {
        segIndex.insert(s, int(result.segments.size()));
        result.segments << RfmSegmentCount{s, 0, 0};
    }
    for (int i = 0; i < result.rows.size(); ++i) {
        RfmRow &r = result.rows[i];
        r.r = rs.at(i);
        r.f = fs.at(i);
        r.m = ms.at(i);
        r.segment = segmentFor(r.r, r.f);
        RfmSegmentCount &s = result.segments[segIndex.value(r.segment)];
        ++s.accounts;
        s.revenue += r.monetary;
    }
    return result;
}

Result<RfmResult> Rfm::recompute(Database &db, const Options &options)
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto computed = compute(db, options);
    if (!computed)
        return computed.error();
    RfmResult result = computed.value();
    // Every account that has or should have a segment; the writer changes only those that differ.
    QSet<QString> ids;
    QList<QPair<QString, QVariantList>> rows;
    for (const RfmRow &r : std::as_const(result.rows)) {
        ids.insert(r.accountId);
        rows << qMakePair(r.accountId, QVariantList{r.segment, r.score()});
    }
    auto q = Sql::exec(tx.connection(), QStringLiteral("SELECT id FROM account WHERE deleted = 0 AND (rfm_segment IS NOT NULL OR rfm_score IS NOT NULL)"));
    if (!q)
        return q.error();
    while (q.value().next())
        if (const QString id = q.value().value(0).toString(); !ids.contains(id))
            rows << qMakePair(id, QVariantList{QVariant(), QVariant()});
    q.value().finish();
    auto written = writeDerivedColumns(tx, QStringLiteral("account"), {QStringLiteral("rfm_segment"), QStringLiteral("rfm_score")}, rows);
    if (!written)
        return written.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    result.changed = written.value();
    return result;
}

} // namespace trato
