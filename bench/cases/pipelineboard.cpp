// SPDX-License-Identifier: GPL-3.0-or-later
// pipeline-board: the Sales › Pipeline board with 10,000 open opportunities (issue 6's target:
// opens ≤ 300 ms): PipelineBoard::load (one windowed query: per-stage totals + the first cards,
// stalled flags for the cards shown) plus building the column models and reading every card's
// text as the views do, against the plain per-stage totals (GROUP BY stage) through the sqlite3
// C API. The opportunities are made in a scratch database with one set-based INSERT.
#include "../benchcase.h"
#include "../benchcontext.h"
#include "../probes.h"

#include "sales/pipelineboard.h"
#include "sales/pipelineboardpage.h"
#include "store/database.h"
#include "store/sqlite.h"
#include "store/transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <climits>
#include <memory>

namespace trato::bench {

namespace {

const QString kCase = QStringLiteral("pipeline-board");
constexpr qint64 kOpportunities = 10000;

class PipelineBoardCase : public BenchCase
{
public:
    QString name() const override { return kCase; }
    QString summary() const override
    {
        return QStringLiteral("Pipeline board with 10k open opportunities (query + column models) vs per-stage totals in the sqlite3 C API");
    }

    QList<Measurement> run(BenchContext &ctx) override
    {
        QList<Measurement> out;
        const QString at = QStringLiteral(" @10k opportunities");
        const QString what = QStringLiteral("PipelineBoard::load + column models") + at;
        ctx.say(QStringLiteral("%1: %2").arg(kCase, what));
        const QString path = QDir(ctx.scratchDir()).filePath(QStringLiteral("pipeline-board.sqlite"));
        QFile::remove(path);
        QList<double> ms, rawMs;
        QString failure;
        qint64 cards = 0;
        QString pipelineId;
        {
            auto opened = Database::open(path);
            if (!opened)
                return {Measurement::failed(kCase, what, opened.error().message)};
            Database &db = *opened.value();
            auto pipeline = Pipelines::pipeline(db);
            if (!pipeline)
                return {Measurement::failed(kCase, what, pipeline.error().message)};
            pipelineId = pipeline.value().id;
            {
                Transaction tx(db, Transaction::Bulk);
                // Spread over the five open stages, eight owners and a year of expected closes; a
                // third without a next step (stalled candidates).
                const QString fill = QStringLiteral(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1), p(pid) AS (SELECT ?) "
                    "INSERT INTO opportunity (id, name, amount, currency, pipeline, stage, status, probability, weighted_amount, "
                    "expected_close, owner, next_step, created_at, updated_at) "
                    "SELECT 'bench-' || i, 'Bench opportunity ' || i, 100000 + (i * 7919) % 5000000, 'EUR', p.pid, "
                    "(SELECT id FROM pipeline_stage WHERE pipeline = p.pid AND position = 1 + i % 5), 'open', "
                    "(SELECT probability FROM pipeline_stage WHERE pipeline = p.pid AND position = 1 + i % 5), 0, "
                    "date('2026-01-01', '+' || (i % 365) || ' days'), 'user' || (i % 8), "
                    "CASE WHEN i % 3 = 0 THEN NULL ELSE 'Call' END, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM n, p")
                                         .arg(kOpportunities);
                auto r = Sql::exec(tx.connection(), fill, {pipelineId});
                if (!r)
                    return {Measurement::failed(kCase, what, r.error().message)};
                auto w = Sql::exec(tx.connection(), QStringLiteral("UPDATE opportunity SET weighted_amount = (amount * CAST(round(probability * 100) AS INTEGER) + 5000) / 10000"));
                if (!w || !tx.commit())
                    return {Measurement::failed(kCase, what, w ? QStringLiteral("commit failed") : w.error().message)};
            }
            RawSqlite raw(path);
            const QString rawSql = QStringLiteral("SELECT stage, count(*), sum(amount), sum(weighted_amount) FROM opportunity "
                                                  "WHERE deleted = 0 AND pipeline = ? GROUP BY stage");
            for (int i = -1; i < qMax(ctx.repeat(), 5); ++i) {
                QElapsedTimer timer;
                timer.start();
                PipelineBoardQuery q;
                q.cardLimit = 60;
                auto board = PipelineBoard::load(db, q);
                if (!board) {
                    failure = board.error().message;
                    break;
                }
                // The board's models, each card's text read once as a view paints it.
                std::vector<std::unique_ptr<PipelineColumnModel>> models;
                qint64 shown = 0;
                qint64 chars = 0;
                for (const auto &column : board.value().columns) {
                    models.push_back(std::make_unique<PipelineColumnModel>(column));
                    for (int r = 0; r < models.back()->rowCount(); ++r)
                        chars += models.back()->index(r).data().toString().size();
                    shown += models.back()->rowCount();
                }
                const double t = double(timer.nsecsElapsed()) / 1e6;
                if (board.value().count != kOpportunities || chars == 0) {
                    failure = QStringLiteral("the board counted %1 opportunities").arg(board.value().count);
                    break;
                }
                cards = shown;
                auto b = raw.firstPageMs(rawSql, {pipelineId}, INT_MAX);
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
        if (!failure.isEmpty())
            return {Measurement::failed(kCase, what, failure)};
        Measurement m = Measurement::make(kCase, what, Stats::median(ms), QStringLiteral("ms"),
                                          QStringLiteral("sqlite3 C API, per-stage totals (GROUP BY stage)") + at, Stats::median(rawMs));
        m.judge(QStringLiteral("≤ 300 ms"), qQNaN(), 300.0);
        m.note = QStringLiteral("%1 cards shown, p95 %2 ms").arg(cards).arg(Stats::percentile(ms, 95), 0, 'f', 2);
        out << m;
        return out;
    }
};

} // namespace

TRATO_BENCH_CASE(PipelineBoardCase, 87)

} // namespace trato::bench
