// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9, "Tests": many seeded runs of five offline clients against one real PostgreSQL, the
// connection cut at random points (after the server's COMMIT, around COPY, anywhere), then
// convergence and the oracle of tests/support/syncsim. One server for all seeds, a fresh server
// database per seed. TRATO_SYNC_SEED=N runs only seed N; TRATO_SYNC_SEEDS=N runs seeds 1..N (default 10: about 70 s here).

#include "pgtestserver.h"
#include "syncsim.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

using namespace trato;
using namespace trato::test;

namespace {

QList<quint32> seedsToRun(bool *single)
{
    *single = qEnvironmentVariableIsSet("TRATO_SYNC_SEED");
    if (*single)
        return {quint32(qEnvironmentVariableIntValue("TRATO_SYNC_SEED"))};
    bool ok = false;
    int n = qEnvironmentVariableIntValue("TRATO_SYNC_SEEDS", &ok);
    if (!ok || n <= 0)
        n = 10;
    QList<quint32> seeds;
    for (int i = 1; i <= n; ++i)
        seeds << quint32(i);
    return seeds;
}

} // namespace

TEST_CASE("Sync convergence: seeded offline clients with cut connections end equal to the server", "[sync][convergence]")
{
    PgTestServer pg;
    if (!pg.running()) {
        if (qEnvironmentVariableIsSet("TRATO_REQUIRE_POSTGRES"))
            FAIL(pg.error().toStdString());
        WARN("PostgreSQL is not available, sync convergence not tested: " << pg.error().toStdString());
        return;
    }
    bool single = false;
    const QList<quint32> seeds = seedsToRun(&single);
    QStringList failedSeeds;
    QMap<QString, int> cuts;
    int syncs = 0, failedSyncs = 0, conflicts = 0, operations = 0;
    QMap<QString, int> ops;
    QElapsedTimer total;
    total.start();
    for (quint32 seed : seeds) {
        QElapsedTimer t;
        t.start();
        SyncSim sim(pg, QStringLiteral("sim_%1").arg(seed), seed);
        const QStringList failures = sim.run();
        const SyncSim::Stats &st = sim.stats();
        for (auto it = st.cuts.constBegin(); it != st.cuts.constEnd(); ++it)
            cuts[it.key()] += it.value();
        for (auto it = st.ops.constBegin(); it != st.ops.constEnd(); ++it)
            ops[it.key()] += it.value();
        syncs += st.syncs;
        failedSyncs += st.failedSyncs;
        conflicts += st.conflicts;
        operations += st.operations;
        if (!failures.isEmpty()) {
            failedSeeds << QString::number(seed);
            QStringList shown = failures.mid(0, 25);
            if (failures.size() > shown.size())
                shown << QStringLiteral("... and %1 more").arg(failures.size() - shown.size());
            UNSCOPED_INFO("FAILED " << sim.rerunHint().toStdString() << "\n  " << shown.join(QStringLiteral("\n  ")).toStdString());
        }
        WARN("seed " << seed << ": " << t.elapsed() << " ms, " << st.operations << " operations, " << st.syncs << " syncs ("
                     << st.failedSyncs << " cut), " << st.conflicts << " conflicts, " << st.settlePasses << " settle passes"
                     << (failures.isEmpty() ? "" : ", FAILED"));
    }
    QStringList cutText;
    for (auto it = cuts.constBegin(); it != cuts.constEnd(); ++it)
        cutText << QStringLiteral("%1 x%2").arg(it.key()).arg(it.value());
    WARN(seeds.size() << " seeds in " << total.elapsed() << " ms: " << operations << " operations, " << syncs << " syncs, "
                      << failedSyncs << " failed, " << conflicts << " conflicts; cuts: " << cutText.join(QStringLiteral(", ")).toStdString());
    if (!failedSeeds.isEmpty())
        FAIL("failing seeds: " << failedSeeds.join(QStringLiteral(", ")).toStdString()
                               << " (rerun one: TRATO_SYNC_SEED=N ctest --preset ci -R convergence)");
    // The faults the issue names really happened (over all seeds; one seed may miss some).
    if (!single) {
        CHECK(cuts.value(QStringLiteral("after COMMIT")) > 0);
        CHECK(cuts.value(QStringLiteral("before COPY")) + cuts.value(QStringLiteral("after COPY")) > 0);
        CHECK(failedSyncs > 0);
        CHECK(conflicts > 0);
        CHECK(ops.value(QStringLiteral("invoice")) > 0);
        CHECK(ops.value(QStringLiteral("stock")) > 0);
        CHECK(ops.value(QStringLiteral("delete")) > 0);
        CHECK(ops.value(QStringLiteral("restore")) > 0);
    }
}
