// SPDX-License-Identifier: GPL-3.0-or-later
// sync-push: a client that has joined an empty team server writes N new contacts (the normal,
// change-capturing write path) and syncs: SyncEngine::sync's push phase in rows/s, against
// `psql -c "\copy ..."` of the same rows (the same contacts as CSV, into a table with the
// contact's columns) on the same PostgreSQL in the same run. Issue 9's target: Trato ≥ 50 % of
// \copy's rows/s. The PostgreSQL is the bench's own (tests/support's PgTestServer).
#include "../benchcase.h"
#include "../benchcontext.h"
#include "../syncfixture.h"

#include "store/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

namespace trato::bench {

namespace {

using namespace syncbench;

const QString kCase = QStringLiteral("sync-push");
const QString kUser = QStringLiteral("bench_push");

QString pgType(const QString &sqliteType)
{
    if (sqliteType == QLatin1String("INTEGER"))
        return QStringLiteral("bigint");
    if (sqliteType == QLatin1String("REAL"))
        return QStringLiteral("double precision");
    return QStringLiteral("text");
}

class SyncPushCase : public BenchCase
{
public:
    QString name() const override { return kCase; }
    QString summary() const override
    {
        return QStringLiteral("SyncEngine::sync pushing N new contacts to a PostgreSQL vs psql \\copy of the same rows (rows/s)");
    }

    QList<Measurement> run(BenchContext &ctx) override
    {
        QList<Measurement> out;
        const QList<qint64> runSizes = syncbench::sizes(ctx.sizes());
        if (test::PgTestServer::binDir().isEmpty()) {
            out << Measurement::skipped(kCase, QStringLiteral("push"), QStringLiteral("PostgreSQL is not installed"));
            return out;
        }
        ctx.say(QStringLiteral("%1: starting PostgreSQL").arg(kCase));
        test::PgTestServer pg;
        if (!pg.running()) {
            out << Measurement::failed(kCase, QStringLiteral("push"), QStringLiteral("PostgreSQL did not start: ") + pg.error());
            return out;
        }
        if (ServerProfile::requested())
            if (Status s = ServerProfile::enable(pg); !s)
                ctx.say(QStringLiteral("%1: no server profile: %2").arg(kCase, s.error().message));
        for (qint64 size : runSizes)
            out << measure(ctx, pg, size);
        return out;
    }

private:
    static QList<Measurement> measure(BenchContext &ctx, test::PgTestServer &pg, qint64 size)
    {
        const QString at = QStringLiteral(" @") + sizeLabel(size) + QStringLiteral(" contacts");
        const QString what = QStringLiteral("push phase of SyncEngine::sync") + at;
        const QString baseline = QStringLiteral("psql \\copy, same rows as CSV") + at;
        const int repeat = repeatsFor(size, ctx.repeat());
        const QString dir = ctx.scratchDir();
        const QString clientPath = QDir(dir).filePath(QStringLiteral("sync-push-%1.sqlite").arg(size));
        const QString csvPath = QDir(dir).filePath(QStringLiteral("sync-push-%1.csv").arg(size));
        QList<double> pushMs, totalMs, copyMs;
        QString phases, tratoError;
        for (int r = 0; r < repeat; ++r) {
            const QString server = QStringLiteral("push_%1_%2").arg(size).arg(r);
            ctx.say(QStringLiteral("%1: run %2 of %3 at %4 contacts").arg(kCase).arg(r + 1).arg(repeat).arg(size));
            auto run = once(ctx, pg, server, clientPath, csvPath, size, quint64(r) + ctx.seed(), r % 2 == 1);
            dropServerDatabase(pg, server);
            QFile::remove(csvPath);
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(clientPath + QLatin1String(suffix));
            if (!run)
                return {Measurement::failed(kCase, what, run.error().message)};
            copyMs << run.value().copyMs;
            if (!run.value().tratoError.isEmpty()) {
                tratoError = run.value().tratoError;
                continue;
            }
            pushMs << run.value().pushMs;
            totalMs << run.value().totalMs;
            phases = run.value().phases;
        }
        const double copyRate = double(size) * 1000.0 / Stats::median(copyMs);
        if (!tratoError.isEmpty()) {
            // The baseline ran: show it, with why Trato's side did not.
            Measurement m = Measurement::failed(kCase, what, tratoError);
            m.unit = QStringLiteral("rows/s");
            m.baselineWhat = baseline;
            m.baseline = copyRate;
            return {m};
        }
        Measurement push = Measurement::make(kCase, what, double(size) * 1000.0 / Stats::median(pushMs), QStringLiteral("rows/s"),
                                             baseline, copyRate);
        push.note = QStringLiteral("push %1 ms vs \\copy %2 ms (median of %3); last run: %4")
                        .arg(formatNumber(Stats::median(pushMs)), formatNumber(Stats::median(copyMs)))
                        .arg(repeat)
                        .arg(phases);
        push.target = QStringLiteral("≥ 0.5×");
        push.verdict = !qIsNaN(push.ratio) && push.ratio >= 0.5 ? Measurement::Verdict::Met : Measurement::Verdict::Missed;
        Measurement total = Measurement::make(kCase, QStringLiteral("whole SyncEngine::sync after N new contacts") + at,
                                              double(size) * 1000.0 / Stats::median(totalMs), QStringLiteral("rows/s"), baseline, copyRate);
        total.note = QStringLiteral("sync %1 ms (median of %2)").arg(formatNumber(Stats::median(totalMs))).arg(repeat);
        return {push, total};
    }

    struct Run
    {
        double pushMs = 0, totalMs = 0, copyMs = 0;
        QString phases;
        QString tratoError; // why Trato's side could not be measured (the baseline still was)
    };

    // One run on a fresh server database: join, write `size` contacts, then (in either order) the
    // timed sync and the timed \copy of the same rows into a plain table. An error of the baseline
    // or of the data fails the run; an error of Trato's side is kept in Run::tratoError.
    static Result<Run> once(BenchContext &ctx, test::PgTestServer &pg, const QString &server, const QString &clientPath,
                            const QString &csvPath, qint64 size, quint64 seed, bool baselineFirst)
    {
        Run run;
        if (Status s = createServerDatabase(pg, server); !s)
            return s.error();
        if (Status s = initServer(pg, server, {kUser}); !s)
            run.tratoError = s.error().message;
        auto opened = openClient(clientPath, kUser);
        if (!opened)
            return opened.error();
        Database &db = *opened.value();
        const ServerAddress address = pg.user(kUser, kPassword, server);
        if (run.tratoError.isEmpty()) {
            auto joined = timedSync(db, address); // an empty database joins the empty team
            if (!joined)
                run.tratoError = QStringLiteral("joining the server: ") + joined.error().message;
        }
        ctx.say(QStringLiteral("%1: writing %2 contacts").arg(kCase).arg(size));
        QElapsedTimer writing;
        writing.start();
        if (Status s = insertContacts(db, size, seed); !s)
            return s.error();
        ctx.say(QStringLiteral("%1: %2 contacts written in %3 ms").arg(kCase).arg(size).arg(writing.elapsed()));

        // The same rows for the baseline, as CSV, and a table with the contact's columns.
        QStringList names, defs;
        for (const Column &c : contactColumns(db)) {
            names << c.name;
            defs << PgConnection::quoteIdent(c.name) + QLatin1Char(' ')
                        + (c.name == QLatin1String("id") ? QStringLiteral("uuid PRIMARY KEY") : pgType(c.sqlType));
        }
        auto rows = RowSet::read(clientPath, QStringLiteral("contact"), names);
        if (!rows)
            return rows.error();
        if (rows.value().rows() != size)
            return Error::failure(QStringLiteral("%1 contacts written, %2 read back").arg(size).arg(rows.value().rows()));
        {
            QFile csv(csvPath);
            if (!csv.open(QIODevice::WriteOnly) || csv.write(rows.value().toCsv()) < 0)
                return Error::failure(QStringLiteral("cannot write %1").arg(csvPath));
        }
        auto admin = PgConnection::connect(pg.admin(server));
        if (!admin)
            return admin.error();
        if (Status s = admin.value()->run(QStringLiteral("CREATE TABLE bench_copy (%1)").arg(defs.join(QStringLiteral(", ")))); !s)
            return s.error();

        auto copy = [&]() -> Status {
            auto ms = psqlCopy(pg, server, QStringLiteral("bench_copy"), csvPath);
            if (!ms)
                return ms.error();
            run.copyMs = ms.value();
            auto copied = admin.value()->exec(QStringLiteral("SELECT count(*) FROM bench_copy"));
            if (!copied)
                return copied.error();
            if (copied.value().scalar().toLongLong() != size)
                return Error::failure(QStringLiteral("\\copy loaded %1 rows of %2").arg(copied.value().scalar()).arg(size));
            return {};
        };
        auto sync = [&]() {
            const qsizetype logFrom = ServerProfile::requested() ? ServerProfile::logSize(pg) : 0;
            auto synced = timedSync(db, address);
            if (!synced) {
                run.tratoError = synced.error().message;
                return;
            }
            if (synced.value().report.pushed < size) {
                run.tratoError = QStringLiteral("the sync pushed %1 changes, %2 contacts were written").arg(synced.value().report.pushed).arg(size);
                return;
            }
            if (const qint64 pending = SyncEngine(db).status().pendingChanges; pending != 0) {
                run.tratoError = QStringLiteral("%1 changes still pending after the sync").arg(pending);
                return;
            }
            run.pushMs = synced.value().pushMs();
            run.totalMs = synced.value().totalMs;
            run.phases = synced.value().phases();
            if (ServerProfile::requested())
                run.phases += QStringLiteral("; ") + ServerProfile::summarize(pg, logFrom, kUser);
        };
        if (baselineFirst)
            if (Status s = copy(); !s)
                return s.error();
        if (run.tratoError.isEmpty())
            sync();
        if (!baselineFirst)
            if (Status s = copy(); !s)
                return s.error();
        return run;
    }
};

} // namespace

TRATO_BENCH_CASE(SyncPushCase, 100)

} // namespace trato::bench
