// SPDX-License-Identifier: GPL-3.0-or-later
// import-csv: Importer::run of an N-row contacts CSV (Outlook-style headers) into a new database,
// against the sqlite3 shell's `.import --csv` of the same file into a plain table, and end to end
// against the shell doing the same import plus exactly the indexes and the FTS5 index Trato builds.
// import-latency: the same import on Trato's background pool while a 10 ms QTimer on the main
// thread measures how late the event loop answers (the GUI stays responsive during an import).
#include "../benchcase.h"
#include "../benchcontext.h"
#include "../probes.h"

#include "importexport/importer.h"
#include "store/database.h"
#include "store/sqlite.h"
#include "util/background.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTimer>

#include <ctime>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace trato::bench {

namespace {

// Deterministic rows of about the size real contact exports have (~110 bytes).
Result<QString> writeCsv(const QString &dir, qint64 rows)
{
    const QString path = QDir(dir).filePath(QStringLiteral("contacts-%1.csv").arg(rows));
    if (QFileInfo::exists(path))
        return path;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::failure(QStringLiteral("cannot write %1").arg(path));
    static const char *const first[] = {"María", "José", "Antonio", "Carmen", "Lucía", "Javier", "Íñigo", "Begoña", "John", "Zoë"};
    static const char *const last[] = {"García", "Rodríguez", "Núñez", "Martín", "Álvarez", "Smith", "Müller", "Ibáñez", "Peña", "Ortiz"};
    static const char *const city[] = {"Madrid", "Barcelona", "Zaragoza", "Málaga", "A Coruña", "León", "Lisboa", "Paris"};
    QByteArray buf = "First Name,Last Name,E-mail Address,Business Phone,Mobile Phone,Job Title,Business City,Notes\r\n";
    quint64 x = 88172645463325252ull;
    for (qint64 i = 0; i < rows; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        const char *fn = first[x % 10];
        const char *ln = last[(x >> 8) % 10];
        buf += QByteArray(fn) + ',' + QByteArray(ln) + ' ' + QByteArray::number(i) + ",user" + QByteArray::number(i) + "@example.es,"
            + "+34 9" + QByteArray::number(10000000 + (x >> 16) % 89999999) + ",+34 6" + QByteArray::number(10000000 + (x >> 24) % 89999999)
            + ",Gerente," + city[(x >> 32) % 8] + ",\"Cliente desde " + QByteArray::number(1990 + (x >> 40) % 35) + ", prefiere correo\"\r\n";
        if (buf.size() > (1 << 20)) {
            f.write(buf);
            buf.clear();
        }
    }
    f.write(buf);
    return path;
}

// Processor time of the child processes waited for so far (the sqlite3 shell), in ms; -1 unknown.
double childrenCpuMs()
{
#ifdef Q_OS_UNIX
    rusage u{};
    if (getrusage(RUSAGE_CHILDREN, &u) == 0)
        return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0 + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
#endif
    return -1;
}

struct Timing
{
    double wallMs = 0;
    double cpuMs = -1;
};

Result<Timing> sqlite3Ms(const QString &db, const QString &script)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty())
        return Error::notFound(QStringLiteral("the sqlite3 shell is not installed"));
    QProcess p;
    QElapsedTimer timer;
    const double cpu0 = childrenCpuMs();
    timer.start();
    p.start(shell, {db});
    p.write(script.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(30 * 60 * 1000) || p.exitCode() != 0)
        return Error::failure(QStringLiteral("sqlite3 failed: %1").arg(QString::fromUtf8(p.readAllStandardError())));
    Timing t;
    t.wallMs = double(timer.nsecsElapsed()) / 1e6;
    const double cpu1 = childrenCpuMs();
    if (cpu0 >= 0 && cpu1 >= 0)
        t.cpuMs = cpu1 - cpu0;
    return t;
}

// What the shell must build to match Trato's import end to end: the contact table's derived indexes
// and its FTS5 table, as Trato's database has them (read from its sqlite_master), the file's columns
// under Trato's field names, and the values Trato gave the columns the file does not have.
struct TratoSchema
{
    QStringList fileColumns;            // per CSV column: the field it went to ("" = ignored)
    QStringList indexSql;
    QString ftsSql, ftsTable;
    QList<QPair<QString, QVariant>> extraColumns; // columns not in the file, with the first row's value
};

struct TratoRun
{
    double totalMs = 0, loadMs = 0, totalCpuMs = 0, loadCpuMs = 0;
    qint64 created = 0;
    TratoSchema schema;
    QList<double> lateMs; // event loop lateness samples (latency case)
};

Result<TratoRun> tratoImport(const QString &dbFile, const QString &csv, bool probe)
{
    auto db = Database::open(dbFile);
    if (!db)
        return db.error();
    ImportOptions o;
    o.entity = QStringLiteral("contact");
    o.path = csv;
    TratoRun run;
    QElapsedTimer timer;
    if (!probe) {
        timer.start();
        const std::clock_t cpu = std::clock();
        auto r = Importer(*db.value()).run(o);
        run.totalMs = double(timer.nsecsElapsed()) / 1e6;
        run.totalCpuMs = 1000.0 * double(std::clock() - cpu) / CLOCKS_PER_SEC;
        if (!r)
            return r.error();
        if (r.value().rejected)
            return Error::failure(QStringLiteral("import rejected: %1").arg(r.value().issues.value(0).text()));
        run.loadMs = r.value().loadMs;
        run.loadCpuMs = r.value().loadCpuMs;
        run.created = r.value().created;
        // Not timed: what the shell has to build for the same end result.
        TratoSchema &sc = run.schema;
        sc.fileColumns = r.value().mapping;
        const QSqlDatabase conn = db.value()->connection();
        auto idx = Sql::exec(conn, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contact' "
                                                  "AND sql IS NOT NULL ORDER BY name"));
        if (!idx)
            return idx.error();
        while (idx.value().next())
            sc.indexSql << idx.value().value(0).toString();
        auto fts = Sql::exec(conn, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name = 'contact_fts'"));
        if (!fts)
            return fts.error();
        if (fts.value().next()) {
            sc.ftsTable = fts.value().value(0).toString();
            sc.ftsSql = fts.value().value(1).toString();
        }
        auto row = Sql::exec(conn, QStringLiteral("SELECT * FROM contact ORDER BY rid LIMIT 1"));
        if (!row)
            return row.error();
        if (row.value().next()) {
            const QSqlRecord rec = row.value().record();
            for (int i = 0; i < rec.count(); ++i) {
                const QString name = rec.fieldName(i);
                if (name == QLatin1String("rid") || name == QLatin1String("id") || name.endsWith(QLatin1String("__sort"))
                    || sc.fileColumns.contains(name))
                    continue;
                sc.extraColumns << qMakePair(name, row.value().value(i));
            }
        }
        return run;
    }
    // Latency: the import on a worker, a 10 ms timer on this thread.
    QObject context;
    bool done = false;
    Error error;
    timer.start();
    runInBackground(*db.value(), &context, [o](Database &d) { return Importer(d).run(o); },
                    [&](Result<ImportSummary> r) {
                        done = true;
                        run.totalMs = double(timer.nsecsElapsed()) / 1e6;
                        if (!r)
                            error = r.error();
                        else
                            run.created = r.value().created;
                    });
    QTimer tick;
    tick.setInterval(10);
    QElapsedTimer since;
    since.start();
    QObject::connect(&tick, &QTimer::timeout, &context, [&] {
        run.lateMs << qMax(0.0, double(since.nsecsElapsed()) / 1e6 - 10.0);
        since.restart();
    });
    tick.start();
    spinUntil([&] { return done; }, 60 * 60 * 1000);
    tick.stop();
    waitForBackgroundWork();
    if (!error.message.isEmpty())
        return error;
    return run;
}

// The shell's part: `.import` of the file into a plain table (the row-rate baseline), or, end to end,
// into a table with Trato's column names followed by exactly the indexes and the FTS5 index Trato
// builds (its statements, with two rewrites: a sort-key column "x__sort", which Trato fills while
// inserting, becomes the expression lower("x"), and Trato's rid, the rowid, is left to the rowid
// every index entry and the FTS5 table have anyway). The
// fields the file lacks are added as columns whose default is Trato's value (ALTER TABLE ... ADD
// COLUMN writes nothing), so the indexes on them cover the same data.
QString rawScript(const QString &csv, const TratoSchema *schema)
{
    if (!schema)
        return QStringLiteral(".import --csv '%1' contacts\n").arg(csv);
    QStringList cols;
    for (int i = 0; i < schema->fileColumns.size(); ++i) {
        const QString f = schema->fileColumns.at(i);
        cols << QStringLiteral("\"%1\"").arg(f.isEmpty() ? QStringLiteral("ignored_%1").arg(i) : f);
    }
    QString s = QStringLiteral("CREATE TABLE contact (%1);\n.import --csv --skip 1 '%2' contact\n").arg(cols.join(QStringLiteral(", ")), csv);
    for (const auto &c : schema->extraColumns) {
        QString def = QStringLiteral("NULL");
        if (!c.second.isNull()) {
            const int type = c.second.typeId();
            def = (type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::Double)
                ? c.second.toString()
                : QLatin1Char('\'') + c.second.toString().replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
        }
        s += QStringLiteral("ALTER TABLE contact ADD COLUMN \"%1\" %2DEFAULT %3;\n")
                 .arg(c.first, c.second.isNull() ? QString() : QStringLiteral("NOT NULL "), def);
    }
    static const QRegularExpression sortKey(QStringLiteral("\"([a-z0-9_]+)__sort\""));
    static const QRegularExpression ridLast(QStringLiteral(",\\s*rid\\s*\\)"));
    static const QRegularExpression contentRid(QStringLiteral(",\\s*content_rowid\\s*=\\s*'rid'"));
    for (QString sql : schema->indexSql) {
        sql.replace(sortKey, QStringLiteral("lower(\"\\1\")"));
        sql.replace(ridLast, QStringLiteral(")")); // every index entry ends with the rowid anyway
        s += sql + QStringLiteral(";\n");
    }
    if (!schema->ftsSql.isEmpty()) {
        QString sql = schema->ftsSql;
        sql.replace(contentRid, QString()); // the shell's table: its rowid, FTS5's default
        s += sql + QStringLiteral(";\nINSERT INTO \"%1\"(\"%1\") VALUES ('rebuild');\n").arg(schema->ftsTable);
    }
    return s;
}

class ImportCsv : public BenchCase
{
public:
    QString name() const override { return QStringLiteral("import-csv"); }
    QString summary() const override
    {
        return QStringLiteral("Importer::run of an N-row contacts CSV vs sqlite3 .import (and + indexes + FTS)");
    }
    QList<Measurement> run(BenchContext &ctx) override
    {
        QList<Measurement> out;
        for (qint64 size : ctx.sizes()) {
            const QString at = QStringLiteral(" @") + sizeLabel(size);
            const QString dir = ctx.scratchDir();
            auto csv = writeCsv(dir, size);
            if (!csv) {
                out << Measurement::failed(name(), QStringLiteral("import") + at, csv.error().message);
                continue;
            }
            const int repeat = size >= 200000 ? 1 : ctx.repeat();
            QList<double> total, load, rawImport, rawFull, totalCpu, loadCpu, rawImportCpu, rawFullCpu;
            QString error;
            for (int i = 0; i < repeat && error.isEmpty(); ++i) {
                ctx.say(QStringLiteral("import-csv @%1: run %2 of %3").arg(sizeLabel(size)).arg(i + 1).arg(repeat));
                const QString trato = QDir(dir).filePath(QStringLiteral("import-%1.sqlite").arg(size));
                const QString raw = QDir(dir).filePath(QStringLiteral("raw-import-%1.sqlite").arg(size));
                removeDatabaseFiles(trato);
                removeDatabaseFiles(raw);
                auto t = tratoImport(trato, csv.value(), false);
                removeDatabaseFiles(trato);
                if (!t) {
                    error = t.error().message;
                    break;
                }
                auto a = sqlite3Ms(raw, rawScript(csv.value(), nullptr));
                removeDatabaseFiles(raw);
                auto b = a ? sqlite3Ms(raw, rawScript(csv.value(), &t.value().schema)) : a;
                removeDatabaseFiles(raw);
                if (!a || !b) {
                    error = (!a ? a : b).error().message;
                    break;
                }
                total << t.value().totalMs;
                load << t.value().loadMs;
                totalCpu << t.value().totalCpuMs;
                loadCpu << t.value().loadCpuMs;
                rawImport << a.value().wallMs;
                rawFull << b.value().wallMs;
                rawImportCpu << a.value().cpuMs;
                rawFullCpu << b.value().cpuMs;
            }
            if (!error.isEmpty()) {
                out << (error.contains(QLatin1String("not installed")) ? Measurement::skipped(name(), QStringLiteral("import") + at, error)
                                                                        : Measurement::failed(name(), QStringLiteral("import") + at, error));
                continue;
            }
            const double loadMs = Stats::median(load), rawMs = Stats::median(rawImport);
            Measurement rate = Measurement::make(name(), QStringLiteral("rows loaded (rate vs sqlite3) ") + at, loadMs, QStringLiteral("ms"),
                                                 QStringLiteral("sqlite3 .import --csv, plain table"), rawMs);
            rate.note = QStringLiteral("%1 % of sqlite3's rows/s (%2 vs %3 rows/s)")
                            .arg(formatNumber(100.0 * rawMs / loadMs))
                            .arg(qRound64(double(size) * 1000.0 / loadMs))
                            .arg(qRound64(double(size) * 1000.0 / rawMs));
            if (size >= 1000000)
                rate.judge(QStringLiteral("≥ 50 % rows/s (≤ 2×)"), 2.0, qQNaN());
            out << rate;
            Measurement full = Measurement::make(name(), QStringLiteral("import end to end") + at, Stats::median(total), QStringLiteral("ms"),
                                                 QStringLiteral("sqlite3 .import + Trato's indexes + FTS5"), Stats::median(rawFull));
            full.note = QStringLiteral("median of %1").arg(repeat);
            if (size >= 1000000)
                full.judge(QStringLiteral("≤ 2×"), 2.0, qQNaN());
            out << full;
            // Processor time: what the work costs whatever else the machine is doing (wall-clock
            // ratios swing with the load of a shared machine; these do not).
            if (Stats::median(rawImportCpu) > 0) {
                Measurement c1 = Measurement::make(name(), QStringLiteral("rows loaded, CPU time") + at, Stats::median(loadCpu),
                                                   QStringLiteral("ms"), QStringLiteral("sqlite3 .import --csv, CPU time"),
                                                   Stats::median(rawImportCpu));
                c1.note = QStringLiteral("%1 % of sqlite3's rows per CPU second").arg(formatNumber(100.0 / c1.ratio));
                out << c1;
                out << Measurement::make(name(), QStringLiteral("import end to end, CPU time") + at, Stats::median(totalCpu),
                                         QStringLiteral("ms"), QStringLiteral("sqlite3 .import + Trato's indexes + FTS5, CPU time"),
                                         Stats::median(rawFullCpu));
            }
        }
        return out;
    }
};

class ImportLatency : public BenchCase
{
public:
    QString name() const override { return QStringLiteral("import-latency"); }
    QString summary() const override
    {
        return QStringLiteral("main-thread event loop lateness (10 ms timer) while an import runs on a worker");
    }
    QList<Measurement> run(BenchContext &ctx) override
    {
        QList<Measurement> out;
        const qint64 size = ctx.largest();
        const QString at = QStringLiteral(" @") + sizeLabel(size);
        const QString dir = ctx.scratchDir();
        auto csv = writeCsv(dir, size);
        if (!csv)
            return {Measurement::failed(name(), QStringLiteral("latency") + at, csv.error().message)};
        ctx.say(QStringLiteral("import-latency @%1").arg(sizeLabel(size)));
        // Baseline: the same probe for a second with nothing running.
        QList<double> idle;
        {
            QObject context;
            QTimer tick;
            tick.setInterval(10);
            QElapsedTimer since;
            since.start();
            QObject::connect(&tick, &QTimer::timeout, &context, [&] {
                idle << qMax(0.0, double(since.nsecsElapsed()) / 1e6 - 10.0);
                since.restart();
            });
            tick.start();
            QElapsedTimer wait;
            wait.start();
            spinUntil([&] { return wait.elapsed() > 1000; }, 2000);
        }
        const QString file = QDir(dir).filePath(QStringLiteral("latency-%1.sqlite").arg(size));
        removeDatabaseFiles(file);
        auto r = tratoImport(file, csv.value(), true);
        removeDatabaseFiles(file);
        if (!r)
            return {Measurement::failed(name(), QStringLiteral("latency") + at, r.error().message)};
        Measurement p99 = Measurement::make(name(), QStringLiteral("event loop lateness p99 during import") + at,
                                            Stats::percentile(r.value().lateMs, 99), QStringLiteral("ms"),
                                            QStringLiteral("same probe, idle"), Stats::percentile(idle, 99));
        p99.note = QStringLiteral("%1 samples, max %2 ms, import %3 ms")
                       .arg(r.value().lateMs.size())
                       .arg(formatNumber(r.value().lateMs.isEmpty() ? 0 : *std::max_element(r.value().lateMs.begin(), r.value().lateMs.end())))
                       .arg(formatNumber(r.value().totalMs));
        p99.judge(QStringLiteral("≤ 100 ms"), qQNaN(), 100.0);
        out << p99;
        return out;
    }
};

} // namespace

TRATO_BENCH_CASE(ImportCsv, 50)
TRATO_BENCH_CASE(ImportLatency, 51)

} // namespace trato::bench
