// SPDX-License-Identifier: GPL-3.0-or-later
// stock-level: StockLedger::level for a product with as many movements as the size (1M at the
// largest), read from the balance the triggers keep, against the raw baseline that sums the ledger
// (SELECT SUM(quantity) FROM stock_movement WHERE product = ?) through the sqlite3 C API. Issue 5's
// target: ≤ 5 ms at a million movements.
#include "../benchcase.h"
#include "../benchcontext.h"
#include "../probes.h"

#include "inventory/stockledger.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "store/transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

namespace trato::bench {

namespace {

const QString kCase = QStringLiteral("stock-level");

class StockLevelCase : public BenchCase
{
public:
    QString name() const override { return kCase; }
    QString summary() const override
    {
        return QStringLiteral("stock on hand of a product with N movements (maintained balance) vs SUM over the ledger");
    }

    QList<Measurement> run(BenchContext &ctx) override
    {
        QList<Measurement> out;
        for (qint64 size : ctx.sizes()) {
            const QString at = QStringLiteral(" @") + sizeLabel(size) + QStringLiteral(" movements");
            const QString what = QStringLiteral("StockLedger::level") + at;
            const QString path = QDir(ctx.scratchDir()).filePath(QStringLiteral("stock-%1.sqlite").arg(size));
            QFile::remove(path);
            QString productId;
            qint64 expected = 0;
            {
                auto opened = Database::open(path);
                if (!opened) {
                    out << Measurement::failed(kCase, what, opened.error().message);
                    continue;
                }
                Database &db = *opened.value();
                ctx.say(QStringLiteral("%1: writing %2 movements").arg(kCase, sizeLabel(size)));
                auto made = fill(db, size, &productId, &expected);
                if (!made) {
                    out << Measurement::failed(kCase, what, made.error().message);
                    continue;
                }
            }
            auto opened = Database::open(path);
            if (!opened) {
                out << Measurement::failed(kCase, what, opened.error().message);
                continue;
            }
            Database &db = *opened.value();
            StockLedger ledger(db);
            RawSqlite raw(path);
            ctx.say(QStringLiteral("%1: %2").arg(kCase, what));
            QList<double> ms, rawMs;
            QString error;
            for (int i = -1; i < ctx.repeat() * 5; ++i) { // one untimed round first: warm caches on both sides
                QElapsedTimer timer;
                timer.start();
                auto level = ledger.level(productId);
                const double t = double(timer.nsecsElapsed()) / 1e6;
                if (!level || level.value().onHand != expected) {
                    error = level ? QStringLiteral("on hand %1, expected %2").arg(level.value().onHand).arg(expected) : level.error().message;
                    break;
                }
                auto r = raw.firstPageMs(QStringLiteral("SELECT SUM(quantity) FROM stock_movement WHERE product = ?"), {productId}, 1);
                if (!r) {
                    error = r.error().message;
                    break;
                }
                if (i >= 0) {
                    ms << t;
                    rawMs << r.value();
                }
            }
            if (!error.isEmpty()) {
                out << Measurement::failed(kCase, what, error);
                continue;
            }
            Measurement m = Measurement::make(kCase, what, Stats::median(ms), QStringLiteral("ms"),
                                              QStringLiteral("sqlite3 C API, SELECT SUM(quantity) over the ledger") + at,
                                              Stats::median(rawMs));
            m.note = QStringLiteral("ratio < 1: the maintained balance is faster than summing the movements");
            m.judge(QStringLiteral("≤ 5 ms"), qQNaN(), 5.0);
            out << m;
        }
        return out;
    }

private:
    // One product, three warehouses, `count` movements written raw in one bulk transaction (the
    // triggers stand down), then the balances rebuilt set-based as after any bulk load.
    static Status fill(Database &db, qint64 count, QString *productId, qint64 *expected)
    {
        auto product = RecordStore(db).create(QStringLiteral("product"), {{QStringLiteral("sku"), QStringLiteral("BENCH-1")},
                                                                          {QStringLiteral("name"), QStringLiteral("Bench product")}});
        if (!product)
            return product.error();
        *productId = product.value();
        QStringList warehouses;
        for (const char *name : {"Norte", "Centro", "Sur"}) {
            auto w = RecordStore(db).create(QStringLiteral("warehouse"), {{QStringLiteral("name"), QString::fromLatin1(name)}});
            if (!w)
                return w.error();
            warehouses << w.value();
        }
        {
            Transaction tx(db, Transaction::Bulk);
            if (!tx.isActive())
                return tx.error();
            QSqlQuery q(tx.connection());
            if (!q.prepare(QStringLiteral("INSERT INTO stock_movement (id, occurred_at, product, warehouse, kind, quantity, unit_cost) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?)")))
                return Error::failure(q.lastError().text());
            const QDateTime start = QDateTime(QDate(2020, 1, 1), QTime(8, 0), Qt::UTC);
            *expected = 0;
            for (qint64 i = 0; i < count; ++i) {
                const bool in = i % 3 != 2;
                const qint64 qty = in ? 2000 : -3000;
                *expected += qty;
                q.bindValue(0, QStringLiteral("bench-%1").arg(i));
                q.bindValue(1, start.addSecs(i * 60).toString(Qt::ISODate));
                q.bindValue(2, *productId);
                q.bindValue(3, warehouses.at(int(i % warehouses.size())));
                q.bindValue(4, in ? QStringLiteral("receipt") : QStringLiteral("shipment"));
                q.bindValue(5, qty);
                q.bindValue(6, in ? QVariant(qlonglong(100 + i % 50)) : QVariant());
                if (!q.exec())
                    return Error::failure(q.lastError().text());
            }
            if (Status s = tx.commit(); !s)
                return s;
        }
        return StockLedger(db).recomputeBalances();
    }
};

} // namespace

TRATO_BENCH_CASE(StockLevelCase, 95)

} // namespace trato::bench
