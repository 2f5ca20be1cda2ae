// SPDX-License-Identifier: GPL-3.0-or-later
// search-prefix: RecordListModel::setSearchText for a few prefixes, time until the model holds its
// first page (read on the interactive worker), against the same statements (exact matches, plan
// count, FTS5 prefix match sorted) through the sqlite3 C API.
#include "../benchcase.h"
#include "../benchcontext.h"
#include "../probes.h"
#include "../searchtiming.h"

#include "metadata/registry.h"
#include "models/recordlistmodel.h"
#include "store/database.h"
#include "store/listquery.h"
#include "util/background.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace trato::bench {

namespace {

const QString kCase = QStringLiteral("search-prefix");
const QStringList kPrefixes = {QStringLiteral("g"), QStringLiteral("go"), QStringLiteral("gonz"), QStringLiteral("jose"),
                               QStringLiteral("madrid")};

// The model counts the total on a worker thread after every query; let it finish so it does not
// compete with the next measurement for the CPU (it is not part of the time to the first page).
void waitForCount(bool &counted)
{
    spinUntil([&counted] { return counted; }, 120000);
    counted = false;
}

class SearchPrefix : public BenchCase
{
public:
    QString name() const override { return kCase; }
    QString summary() const override
    {
        return QStringLiteral("contact list search (FTS5 prefix, sorted) to first page vs the same SQL raw");
    }

    QList<Measurement> run(BenchContext &ctx) override
    {
        QList<Measurement> out;
        for (qint64 size : ctx.sizes()) {
            const QString at = QStringLiteral(" @") + sizeLabel(size);
            auto data = ctx.openDataset(size);
            if (!data) {
                out << Measurement::failed(kCase, QStringLiteral("search") + at, data.error().message);
                continue;
            }
            const QString path = data.value().path;
            Database &db = *data.value().db;
            QList<Measurement> perPrefix = measure(ctx, db, path, at);
            waitForBackgroundWork(); // before the Database goes
            QList<double> modelMs, rawMs, ratios;
            bool failed = false;
            for (const Measurement &m : perPrefix) {
                failed = failed || m.verdict == Measurement::Verdict::Failed;
                modelMs << m.value;
                rawMs << m.baseline;
                ratios << m.ratio;
            }
            // Every prefix at the largest size; the summary lines at every size.
            if (size == ctx.largest() || failed)
                out << perPrefix;
            if (failed)
                continue;
            Measurement median = Measurement::make(kCase, QStringLiteral("search, median of %1 prefixes").arg(kPrefixes.size()) + at,
                                                   Stats::median(modelMs), QStringLiteral("ms"),
                                                   QStringLiteral("sqlite3 C API, same SQL") + at, Stats::median(rawMs));
            median.ratio = Stats::median(ratios);
            median.note = QStringLiteral("ratio: median of the per-prefix ratios");
            Measurement p95 = Measurement::make(kCase, QStringLiteral("search, p95 of %1 prefixes").arg(kPrefixes.size()) + at,
                                                Stats::percentile(modelMs, 95), QStringLiteral("ms"),
                                                QStringLiteral("sqlite3 C API, same SQL") + at, Stats::percentile(rawMs, 95));
            p95.ratio = Stats::percentile(ratios, 95);
            p95.note = QStringLiteral("ratio: p95 of the per-prefix ratios");
            out << median << p95;
        }
        return out;
    }

private:
    static QList<Measurement> measure(BenchContext &ctx, Database &db, const QString &path, const QString &at)
    {
        QList<Measurement> out;
        RecordListModel model(db, QStringLiteral("contact"));
        bool counted = false;
        QObject::connect(&model, &RecordListModel::totalCountChanged, &model, [&counted] { counted = true; });
        waitForCount(counted);
        // One connection for the whole case, like the model's.
        RawSqlite rawDb(path);
        for (const QString &prefix : kPrefixes) {
            const QString what = QStringLiteral("search \"%1\"").arg(prefix) + at;
            ctx.say(QStringLiteral("%1: %2").arg(kCase, what));
            QList<double> modelMs, rawMs;
            int rows = 0;
            QString error;
            // One untimed round first: both sides are measured with warm caches.
            for (int i = -1; i < ctx.repeat(); ++i) {
                if (!model.searchText().isEmpty()) {
                    model.setSearchText(QString());
                    spinUntil([&model] { return !model.isLoading(); }, 60000);
                    waitForCount(counted);
                }
                auto t = timeSearch(db, model, rawDb, prefix);
                if (!t) {
                    error = t.error().message;
                    break;
                }
                rows = t.value().rows;
                waitForCount(counted);
                if (i >= 0) {
                    modelMs << t.value().modelMs;
                    rawMs << t.value().rawMs;
                }
            }
            if (!error.isEmpty() || rows == 0) {
                out << Measurement::failed(kCase, what, error.isEmpty() ? QStringLiteral("no rows found") : error);
                continue;
            }
            Measurement m = Measurement::make(kCase, what, Stats::median(modelMs), QStringLiteral("ms"),
                                              QStringLiteral("sqlite3 C API, same SQL") + at, Stats::median(rawMs));
            m.note = QStringLiteral("%1 rows in the first page, %2 hits").arg(rows).arg(model.totalCount());
            out << m;
        }
        model.setSearchText(QString());
        spinUntil([&model] { return !model.isLoading(); }, 60000);
        waitForCount(counted);
        return out;
    }
};

} // namespace

TRATO_BENCH_CASE(SearchPrefix, 40)

} // namespace trato::bench
