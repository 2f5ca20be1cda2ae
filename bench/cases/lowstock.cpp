// SPDX-License-Identifier: GPL-3.0-or-later
// low-stock: Replenishment::lowStock (the Reorder page's list) over a catalog of products (one
// per 10 contacts of the run's size, at least 100k at the big size: 100k products at a million)
// against the same statement through the sqlite3 C API. The issue's target: ≤ 100 ms at 100k
// products. The catalog is made in a scratch database with one set-based INSERT (a third of the
// products without reorder level, a sixth low).
#include "../benchcase.h"
#include "../benchcontext.h"
#include "../probes.h"

#include "inventory/replenishment.h"
#include "store/database.h"
#include "store/sqlite.h"
#include "store/transaction.h"

#include <QDir>
#include <QFile>
#include <QElapsedTimer>

#include <climits>

namespace trato::bench {

namespace {

const QString kCase = QStringLiteral("low-stock");

class LowStockCase : public BenchCase
{
public:
    QString name() const override { return kCase; }
    QString summary() const override
    {
        return QStringLiteral("Reorder list (Replenishment::lowStock) vs the same query in the sqlite3 C API");
    }

    QList<Measurement> run(BenchContext &ctx) override
    {
        QList<Measurement> out;
        for (qint64 size : ctx.sizes()) {
            const qint64 products = qMax<qint64>(size / 10, 100);
            const QString at = QStringLiteral(" @") + QString::number(products) + QStringLiteral(" products");
            const QString what = QStringLiteral("Replenishment::lowStock") + at;
            ctx.say(QStringLiteral("%1: %2").arg(kCase, what));
            const QString path = QDir(ctx.scratchDir()).filePath(QStringLiteral("low-stock-%1.sqlite").arg(products));
            QFile::remove(path);
            qsizetype rows = 0;
            QList<double> ms, rawMs;
            QString failure;
            {
                auto opened = Database::open(path);
                if (!opened) {
                    out << Measurement::failed(kCase, what, opened.error().message);
                    continue;
                }
                Database &db = *opened.value();
                {
                    Transaction tx(db, Transaction::Bulk);
                    const QString fill = QStringLiteral(
                        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                        "INSERT INTO product (sku, name, unit, cost, active, reorder_level, reorder_qty, on_hand, reserved, on_order) "
                        "SELECT 'BK-' || i, 'Bench product ' || i, 'unit', 100, 1, CASE WHEN i % 3 = 0 THEN NULL ELSE 10000 END, 5000, "
                        "(i % 60) * 1000, 0, 0 FROM n")
                                             .arg(products);
                    auto r = Sql::exec(tx.connection(), fill);
                    if (!r || !tx.commit()) {
                        out << Measurement::failed(kCase, what, r ? QStringLiteral("commit failed") : r.error().message);
                        continue;
                    }
                }
                RawSqlite raw(path);
                for (int i = -1; i < qMax(ctx.repeat(), 5); ++i) {
                    QElapsedTimer timer;
                    timer.start();
                    auto low = Replenishment(db).lowStock();
                    const double t = double(timer.nsecsElapsed()) / 1e6;
                    if (!low) {
                        failure = low.error().message;
                        break;
                    }
                    rows = low.value().size();
                    auto b = raw.firstPageMs(Replenishment::lowStockSql(), {}, INT_MAX);
                    if (!b) {
                        failure = b.error().message;
                        break;
                    }
                    if (i >= 0) {
                        ms << t;
                        rawMs << b.value();
                    }
                }
            }
            QFile::remove(path);
            if (!failure.isEmpty()) {
                out << Measurement::failed(kCase, what, failure);
                continue;
            }
            Measurement m = Measurement::make(kCase, what, Stats::median(ms), QStringLiteral("ms"),
                                              QStringLiteral("sqlite3 C API, the same query") + at, Stats::median(rawMs));
            m.judge(QStringLiteral("≤ 100 ms"), qQNaN(), 100.0);
            m.note = QStringLiteral("%1 low products listed, p95 %2 ms").arg(rows).arg(Stats::percentile(ms, 95), 0, 'f', 2);
            out << m;
        }
        return out;
    }
};

} // namespace

TRATO_BENCH_CASE(LowStockCase, 85)

} // namespace trato::bench
