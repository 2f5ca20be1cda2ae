// SPDX-License-Identifier: GPL-3.0-or-later
// sync-pull: the team server holds N contacts (written and pushed by another user's client); a
// fresh client joins and pulls them with SyncEngine::sync. Against a raw SQLite insert of the same
// rows: the sqlite3 C API, one prepared statement, one transaction, into a table with the
// contact's columns (Trato's own CREATE TABLE, foreign keys left out) and the same indexes, with
// Trato's pragmas, in the same run. Issue 9's target: Trato ≥ 50 % of the raw insert's rows/s.
#include "../benchcase.h"
#include "../benchcontext.h"
#include "../syncfixture.h"

#include "store/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <sqlite3.h>

#include <optional>

namespace trato::bench {

namespace {

using namespace syncbench;

const QString kCase = QStringLiteral("sync-pull");
const QString kWriter = QStringLiteral("bench_writer");
const QString kReader = QStringLiteral("bench_reader");

void removeDb(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// What the baseline file needs to look like Trato's contact table: its CREATE TABLE without the
// foreign keys (the baseline file has no account table), its indexes, and every column but rid.
struct ContactSchema
{
    QString tableSql;
    QStringList indexSql;
    QStringList columns;
};

ContactSchema readSchema(Database &db)
{
    ContactSchema s;
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'contact'")) && q.next()) {
        s.tableSql = q.value(0).toString();
        static const QRegularExpression fk(QStringLiteral("\\s+REFERENCES\\s[^,\\n]*"));
        s.tableSql.replace(fk, QString());
    }
    if (q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contact' AND sql IS NOT NULL ORDER BY name")))
        while (q.next())
            s.indexSql << q.value(0).toString();
    if (q.exec(QStringLiteral("PRAGMA table_info(contact)")))
        while (q.next())
            if (q.value(1).toString() != QLatin1String("rid"))
                s.columns << q.value(1).toString();
    return s;
}

// The baseline: a new file with Trato's pragmas and the contact table, then the timed insert.
Result<double> rawInsert(const QString &path, const ContactSchema &schema, const RowSet &rows)
{
    removeDb(path);
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return Error::failure(QStringLiteral("cannot create %1").arg(path));
    }
    QStringList setup = {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
                         QStringLiteral("PRAGMA secure_delete=FAST"), QStringLiteral("PRAGMA temp_store=MEMORY"),
                         QStringLiteral("PRAGMA cache_size=-32768"), schema.tableSql};
    setup << schema.indexSql;
    for (const QString &sql : setup) {
        char *message = nullptr;
        if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString error = QStringLiteral("%1: %2").arg(sql.left(60), QString::fromUtf8(message));
            sqlite3_free(message);
            sqlite3_close(db);
            return Error::failure(error);
        }
    }
    auto ms = rows.insertInto(db, QStringLiteral("contact"));
    sqlite3_close(db);
    removeDb(path);
    return ms;
}

class SyncPullCase : public BenchCase
{
public:
    QString name() const override { return kCase; }
    QString summary() const override
    {
        return QStringLiteral("SyncEngine::sync of a fresh client pulling N contacts vs a raw sqlite3 insert of the same rows (rows/s)");
    }

    QList<Measurement> run(BenchContext &ctx) override
    {
        QList<Measurement> out;
        if (test::PgTestServer::binDir().isEmpty()) {
            out << Measurement::skipped(kCase, QStringLiteral("pull"), QStringLiteral("PostgreSQL is not installed"));
            return out;
        }
        ctx.say(QStringLiteral("%1: starting PostgreSQL").arg(kCase));
        test::PgTestServer pg;
        if (!pg.running()) {
            out << Measurement::failed(kCase, QStringLiteral("pull"), QStringLiteral("PostgreSQL did not start: ") + pg.error());
            return out;
        }
        if (ServerProfile::requested())
            if (Status s = ServerProfile::enable(pg); !s)
                ctx.say(QStringLiteral("%1: no server profile: %2").arg(kCase, s.error().message));
        for (qint64 size : syncbench::sizes(ctx.sizes())) {
            const QString server = QStringLiteral("pull_%1").arg(size);
            out << measure(ctx, pg, server, size);
            dropServerDatabase(pg, server);
        }
        return out;
    }

private:
    static QList<Measurement> measure(BenchContext &ctx, test::PgTestServer &pg, const QString &server, qint64 size)
    {
        const QString at = QStringLiteral(" @") + sizeLabel(size) + QStringLiteral(" contacts");
        const QString what = QStringLiteral("pull phase of SyncEngine::sync, fresh client") + at;
        const QString baseline = QStringLiteral("sqlite3 C API insert, same rows, columns and indexes") + at;
        const QString dir = ctx.scratchDir();
        const QString writerPath = QDir(dir).filePath(QStringLiteral("sync-pull-writer-%1.sqlite").arg(size));
        const QString readerPath = QDir(dir).filePath(QStringLiteral("sync-pull-reader-%1.sqlite").arg(size));
        const QString rawPath = QDir(dir).filePath(QStringLiteral("sync-pull-raw-%1.sqlite").arg(size));
        auto fail = [&](const QString &why) { return QList<Measurement>{Measurement::failed(kCase, what, why)}; };

        // The server's content: another user of the team writes N contacts and pushes them. Those
        // rows, as the writer's database holds them, are what the baseline inserts.
        QString tratoError;
        if (Status s = createServerDatabase(pg, server); !s)
            return fail(s.error().message);
        if (Status s = initServer(pg, server, {kWriter, kReader}); !s)
            tratoError = s.error().message;
        ContactSchema schema;
        std::optional<RowSet> rows;
        {
            auto writer = openClient(writerPath, kWriter);
            if (!writer)
                return fail(writer.error().message);
            const ServerAddress address = pg.user(kWriter, kPassword, server);
            if (tratoError.isEmpty())
                if (auto joined = timedSync(*writer.value(), address); !joined)
                    tratoError = QStringLiteral("writer joining the server: ") + joined.error().message;
            ctx.say(QStringLiteral("%1: writing and pushing %2 contacts").arg(kCase).arg(size));
            QElapsedTimer writing;
            writing.start();
            if (Status s = insertContacts(*writer.value(), size, ctx.seed()); !s)
                return fail(s.error().message);
            ctx.say(QStringLiteral("%1: %2 contacts written in %3 ms").arg(kCase).arg(size).arg(writing.elapsed()));
            if (tratoError.isEmpty()) {
                auto pushed = timedSync(*writer.value(), address);
                if (!pushed)
                    tratoError = QStringLiteral("writer pushing: ") + pushed.error().message;
                else if (pushed.value().report.pushed < size)
                    tratoError = QStringLiteral("the writer pushed %1 changes of %2").arg(pushed.value().report.pushed).arg(size);
            }
            schema = readSchema(*writer.value());
            if (schema.tableSql.isEmpty() || schema.columns.isEmpty())
                return fail(QStringLiteral("cannot read the contact table's schema"));
        }
        {
            auto read = RowSet::read(writerPath, QStringLiteral("contact"), schema.columns);
            if (!read)
                return fail(read.error().message);
            if (read.value().rows() != size)
                return fail(QStringLiteral("%1 contacts written, %2 read back").arg(size).arg(read.value().rows()));
            rows = std::move(read.value());
        }
        removeDb(writerPath);

        const int repeat = repeatsFor(size, ctx.repeat());
        QList<double> pullMs, totalMs, rawMs;
        QString phases;
        for (int r = 0; r < repeat; ++r) {
            ctx.say(QStringLiteral("%1: run %2 of %3 at %4 contacts").arg(kCase).arg(r + 1).arg(repeat).arg(size));
            const bool baselineFirst = r % 2 == 1; // alternate, so neither side always finds the caches warm
            if (baselineFirst) {
                auto ms = rawInsert(rawPath, schema, *rows);
                if (!ms)
                    return fail(QStringLiteral("raw insert: ") + ms.error().message);
                rawMs << ms.value();
            }
            if (tratoError.isEmpty()) {
                auto reader = openClient(readerPath, kReader);
                if (!reader)
                    return fail(reader.error().message);
                const qsizetype logFrom = ServerProfile::requested() ? ServerProfile::logSize(pg) : 0;
                auto pulled = timedSync(*reader.value(), pg.user(kReader, kPassword, server));
                if (!pulled) {
                    tratoError = pulled.error().message;
                } else if (const qint64 have = contactCount(*reader.value()); have != size) {
                    tratoError = QStringLiteral("the fresh client has %1 contacts after the sync, the server %2 (%3 records pulled)")
                                     .arg(have)
                                     .arg(size)
                                     .arg(pulled.value().report.pulled);
                } else if (pulled.value().pullStartMs < 0) {
                    tratoError = QStringLiteral("no pull seen among the sync's server statements");
                } else {
                    pullMs << pulled.value().pullMs();
                    totalMs << pulled.value().totalMs;
                    phases = pulled.value().phases();
                    if (ServerProfile::requested())
                        phases += QStringLiteral("; ") + ServerProfile::summarize(pg, logFrom, kReader);
                }
            }
            removeDb(readerPath);
            if (!baselineFirst) {
                auto ms = rawInsert(rawPath, schema, *rows);
                if (!ms)
                    return fail(QStringLiteral("raw insert: ") + ms.error().message);
                rawMs << ms.value();
            }
        }
        const double rawRate = double(size) * 1000.0 / Stats::median(rawMs);
        if (!tratoError.isEmpty()) {
            // The baseline ran: show it, with why Trato's side did not.
            Measurement m = Measurement::failed(kCase, what, tratoError);
            m.unit = QStringLiteral("rows/s");
            m.baselineWhat = baseline;
            m.baseline = rawRate;
            return {m};
        }
        Measurement pull = Measurement::make(kCase, what, double(size) * 1000.0 / Stats::median(pullMs), QStringLiteral("rows/s"),
                                             baseline, rawRate);
        pull.note = QStringLiteral("pull %1 ms vs raw insert %2 ms (median of %3; %4 columns, %5 indexes); last run: %6")
                        .arg(formatNumber(Stats::median(pullMs)), formatNumber(Stats::median(rawMs)))
                        .arg(repeat)
                        .arg(schema.columns.size())
                        .arg(schema.indexSql.size())
                        .arg(phases);
        pull.target = QStringLiteral("≥ 0.5×");
        pull.verdict = !qIsNaN(pull.ratio) && pull.ratio >= 0.5 ? Measurement::Verdict::Met : Measurement::Verdict::Missed;
        Measurement total = Measurement::make(kCase, QStringLiteral("whole SyncEngine::sync of a fresh client") + at,
                                              double(size) * 1000.0 / Stats::median(totalMs), QStringLiteral("rows/s"), baseline, rawRate);
        total.note = QStringLiteral("sync %1 ms (median of %2)").arg(formatNumber(Stats::median(totalMs))).arg(repeat);
        return {pull, total};
    }
};

} // namespace

TRATO_BENCH_CASE(SyncPullCase, 101)

} // namespace trato::bench
