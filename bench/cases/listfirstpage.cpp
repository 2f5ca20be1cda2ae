// SPDX-License-Identifier: GPL-3.0-or-later
// list-first-page: the contact list as the GUI opens it (RecordListModel + QTableView), time to the
// first painted rows and RSS growth, at every size; 1M against 1k is the scale test, the sqlite3
// C API running the same first-page SQL is the raw baseline.
#include "../benchcase.h"
#include "../benchcontext.h"
#include "../contactlist.h"
#include "../firstpaint.h"
#include "../probes.h"

#include "models/recordlistmodel.h"
#include "store/database.h"
#include "util/background.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QMap>
#include <QSemaphore>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace trato::bench {

namespace {

const QString kCase = QStringLiteral("list-first-page");

// Paints a throw-away table once so that style, fonts and the platform plugin are initialised
// before the clock starts: the case measures what the list costs, not Qt's first widget.
void warmUpWidgets()
{
    QStandardItemModel model(3, 3);
    model.setItem(0, 0, new QStandardItem(QStringLiteral("warm-up")));
    QTableView view;
    view.setModel(&model);
    view.resize(400, 300);
    view.show();
    FirstPaintWatcher(view.viewport(), [] { return true; }).wait(10000);
}

class ListFirstPage : public BenchCase
{
public:
    QString name() const override { return kCase; }
    QString summary() const override
    {
        return QStringLiteral("contact list: RecordListModel + QTableView to first painted rows, RSS growth");
    }
    bool childNeedsGui() const override { return true; }

    int child(const QStringList &args) override
    {
        const QString path = args.value(args.indexOf(QStringLiteral("--db")) + 1);
        QJsonObject out;
        Database::Options options;
        options.create = false;
        auto db = Database::open(path, options);
        if (!db) {
            out.insert(QStringLiteral("error"), db.error().message);
        } else {
            warmUpWidgets();
            // Diagnostic (by hand: trato-bench --child list-first-page --db FILE --hold-background):
            // Trato's background pool is kept busy until the first paint, so the model's count(*)
            // cannot compete with the painting; tells how much of the time that competition costs.
            QSemaphore release;
            if (args.contains(QStringLiteral("--hold-background"))) {
                backgroundPool()->setMaxThreadCount(1);
                backgroundPool()->start([&release] { release.acquire(); });
            }
            out = measure(*db.value(), [&release] { release.release(); });
            waitForBackgroundWork();
        }
        std::printf("%s%s\n", kChildResultPrefix, QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
        return out.contains(QStringLiteral("error")) ? 3 : 0;
    }

    QList<Measurement> run(BenchContext &ctx) override
    {
        struct PerSize
        {
            double ms = qQNaN(), rawMs = qQNaN(), rssPaintMB = qQNaN(), rssCountMB = qQNaN(), modelMs = qQNaN();
        };
        QList<Measurement> out;
        QHash<qint64, PerSize> bySize;
        const BuiltQuery sql = contactListSql();
        struct Samples
        {
            QString path, error;
            QList<double> ms, raw, rssPaint, rssCount, modelMs;
        };
        QMap<qint64, Samples> samples;
        for (qint64 size : ctx.sizes()) {
            auto path = ctx.dataset(size);
            samples[size].path = path ? path.value() : QString();
            samples[size].error = path ? QString() : path.error().message;
        }
        // Sizes alternate within each round, so a burst of other work on the machine hits both.
        for (int i = 0; i < ctx.repeat(); ++i) {
            for (qint64 size : ctx.sizes()) {
                Samples &m = samples[size];
                if (!m.error.isEmpty())
                    continue;
                ctx.say(QStringLiteral("%1 @%2: run %3 of %4").arg(kCase, sizeLabel(size)).arg(i + 1).arg(ctx.repeat()));
                auto r = ctx.runChild(kCase, {QStringLiteral("--db"), m.path});
                // A new connection each time, as the child's model gets (schema read, page cache empty).
                auto rr = r ? RawSqlite(m.path).firstPageMs(sql.sql, sql.params, kModelFirstFetch) : Result<double>(r.error());
                if (!r || !rr) {
                    m.error = (!r ? r.error() : rr.error()).message;
                    continue;
                }
                m.ms << r->value(QStringLiteral("first_paint_ms")).toDouble();
                m.modelMs << r->value(QStringLiteral("model_ms")).toDouble();
                m.rssPaint << r->value(QStringLiteral("rss_growth_paint_kib")).toDouble() / 1024.0;
                m.rssCount << r->value(QStringLiteral("rss_growth_counted_kib")).toDouble() / 1024.0;
                m.raw << rr.value();
            }
        }
        for (qint64 size : ctx.sizes()) {
            const Samples &m = samples[size];
            const QString at = QStringLiteral(" @") + sizeLabel(size);
            if (!m.error.isEmpty()) {
                out << Measurement::failed(kCase, QStringLiteral("first painted rows") + at, m.error);
                continue;
            }
            PerSize p{Stats::median(m.ms), Stats::median(m.raw), Stats::median(m.rssPaint), Stats::median(m.rssCount),
                      Stats::median(m.modelMs)};
            bySize.insert(size, p);
            const QString rawWhat = QStringLiteral("sqlite3 C API, same SQL, %1 rows").arg(kModelFirstFetch) + at;
            out << Measurement::make(kCase, QStringLiteral("first painted rows") + at, p.ms, QStringLiteral("ms"), rawWhat, p.rawMs);
            // Where the time goes: the model's constructor runs the query and fetches the first rows.
            out << Measurement::make(kCase, QStringLiteral("  of which RecordListModel constructed") + at, p.modelMs,
                                     QStringLiteral("ms"), rawWhat, p.rawMs);
        }
        const qint64 small = ctx.smallest(), large = ctx.largest();
        if (large != small && bySize.contains(small) && bySize.contains(large)) {
            const PerSize s = bySize.value(small), l = bySize.value(large);
            const QString sl = sizeLabel(small), ll = sizeLabel(large);
            Measurement m = Measurement::make(kCase, QStringLiteral("first painted rows @%1 vs @%2").arg(ll, sl), l.ms,
                                              QStringLiteral("ms"), QStringLiteral("first painted rows @") + sl, s.ms);
            m.judge(QStringLiteral("≤ 2×"), 2.0, qQNaN());
            out << m;
        }
        // RSS growth: the target is absolute (≤ 50 MB at the largest size); the smallest is the reference.
        if (bySize.contains(large)) {
            const PerSize l = bySize.value(large);
            const bool compare = large != small && bySize.contains(small);
            const PerSize s = bySize.value(small);
            const QString at = QStringLiteral(" @") + sizeLabel(large);
            const QString ref = compare ? QStringLiteral("same @") + sizeLabel(small) : QString();
            Measurement paint = Measurement::make(kCase, QStringLiteral("RSS growth to first paint") + at, l.rssPaintMB,
                                                  QStringLiteral("MB"), ref, compare ? s.rssPaintMB : qQNaN());
            paint.judge(QStringLiteral("≤ 50 MB"), qQNaN(), 50.0);
            Measurement counted = Measurement::make(kCase, QStringLiteral("RSS growth once total counted") + at, l.rssCountMB,
                                                    QStringLiteral("MB"), ref, compare ? s.rssCountMB : qQNaN());
            counted.judge(QStringLiteral("≤ 50 MB"), qQNaN(), 50.0);
            counted.note = QStringLiteral("after the model's background count(*) finished");
            out << paint << counted;
        }
        return out;
    }

private:
    static QJsonObject measure(Database &db, const std::function<void()> &afterPaint)
    {
        const qint64 rss0 = rssKiB();
        QElapsedTimer timer;
        timer.start();
        auto *model = new RecordListModel(db, QStringLiteral("contact"));
        const double modelMs = double(timer.nsecsElapsed()) / 1e6; // query run, first rows fetched
        bool counted = false;
        QObject::connect(model, &RecordListModel::totalCountChanged, model, [&counted] { counted = true; });
        auto *view = new QTableView;
        view->setModel(model);
        view->resize(1200, 800);
        view->show();
        FirstPaintWatcher watcher(view->viewport(), [model] { return model->rowCount() > 0; });
        const bool painted = watcher.wait(60000);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const qint64 rssPaint = rssKiB();
        afterPaint();
        if (!painted)
            return {{QStringLiteral("error"), QStringLiteral("no rows painted within 60 s")}};

        spinUntil([&counted] { return counted; }, 120000);
        QCoreApplication::processEvents();
        const qint64 rssCounted = rssKiB();
        QJsonObject o{{QStringLiteral("first_paint_ms"), ms},
                      {QStringLiteral("model_ms"), modelMs},
                      {QStringLiteral("rows_fetched"), model->rowCount()},
                      {QStringLiteral("total"), double(model->totalCount())},
                      {QStringLiteral("rss_growth_paint_kib"), double(rssPaint - rss0)},
                      {QStringLiteral("rss_growth_counted_kib"), double(rssCounted - rss0)}};
        delete view;
        delete model;
        return o;
    }
};

} // namespace

TRATO_BENCH_CASE(ListFirstPage, 10)

} // namespace trato::bench
