// SPDX-License-Identifier: GPL-3.0-or-later
// demo-generate: DemoData::generate for N contacts (plus N/8 accounts and N/4 leads) into a new
// database, against the sqlite3 C API inserting as many rows into plain tables with the same
// columns (one transaction, one prepared statement per table, no index, no FTS, no triggers).
#include "../benchcase.h"
#include "../benchcontext.h"

#include "demo/demodata.h"
#include "metadata/registry.h"
#include "store/database.h"
#include "store/sqlite.h"

#include <QDir>
#include <QElapsedTimer>

#include <sqlite3.h>

#include <cstdio>

namespace trato::bench {

namespace {

const QString kCase = QStringLiteral("demo-generate");
// Above this size one generation per run is enough (a million contacts take tens of seconds).
constexpr qint64 kRepeatOnceFrom = 200000;

Result<double> demoMs(BenchContext &ctx, qint64 contacts, const QString &file)
{
    double ms = 0;
    {
        auto db = Database::open(file);
        if (!db)
            return db.error();
        DemoOptions options;
        options.contacts = contacts;
        options.seed = ctx.seed();
        QElapsedTimer timer;
        timer.start();
        auto r = DemoData::generate(*db.value(), options);
        ms = double(timer.nsecsElapsed()) / 1e6;
        if (!r)
            return r.error();
    }
    ctx.cache().adoptOrRemove(contacts, file);
    return ms;
}

// Synthetic values of about the size DemoData writes: the baseline pays for SQLite, not for names.
void bindRow(sqlite3_stmt *stmt, const QList<const Field *> &fields, qint64 row)
{
    char text[64];
    for (int i = 0; i < fields.size(); ++i) {
        switch (fields.at(i)->type) {
        case FieldType::Integer:
        case FieldType::Money:
        case FieldType::Quantity:
        case FieldType::Bool:
            sqlite3_bind_int64(stmt, i + 1, row * 31 + i);
            break;
        case FieldType::Decimal:
        case FieldType::Percent:
            sqlite3_bind_double(stmt, i + 1, double(row % 100) / 3.0);
            break;
        default: {
            const int n = fields.at(i)->name == QLatin1String("id")
                ? std::snprintf(text, sizeof text, "0190f1e2-%04x-7abc-8def-%012llx", unsigned(i), static_cast<unsigned long long>(row))
                : std::snprintf(text, sizeof text, "value %lld of %d", static_cast<long long>(row), i);
            sqlite3_bind_text(stmt, i + 1, text, n, SQLITE_TRANSIENT);
        }
        }
    }
}

Result<double> rawMs(const QString &file, const DemoSummary &counts)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(file.toUtf8().constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return Error::failure(QStringLiteral("cannot open %1").arg(file));
    }
    // Trato's own journal settings, so the comparison is about what is written, not how.
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL", nullptr, nullptr, nullptr);
    const Registry registry;
    struct Table
    {
        const Entity *entity;
        qint64 rows;
        QList<const Field *> fields;
        QByteArray insert;
    };
    QList<Table> tables;
    for (const auto &[name, rows] : {std::pair{"account", counts.accounts}, std::pair{"contact", counts.contacts},
                                     std::pair{"lead", counts.leads}}) {
        Table t{registry.entity(QLatin1String(name)), rows, {}, {}};
        QStringList columns, marks;
        for (const Field &f : t.entity->fields) {
            t.fields << &f;
            columns << Sql::ident(f.name) + QLatin1Char(' ') + f.sqlType();
            marks << QStringLiteral("?");
        }
        const QString create = QStringLiteral("CREATE TABLE %1 (rid INTEGER PRIMARY KEY, %2)")
                                   .arg(Sql::ident(t.entity->name), columns.join(QStringLiteral(", ")));
        if (sqlite3_exec(db, create.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
            const QString why = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_close(db);
            return Error::failure(why);
        }
        QStringList names;
        for (const Field *f : t.fields)
            names << Sql::ident(f->name);
        t.insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                       .arg(Sql::ident(t.entity->name), names.join(QLatin1Char(',')), marks.join(QLatin1Char(',')))
                       .toUtf8();
        tables << t;
    }

    QElapsedTimer timer;
    timer.start();
    bool ok = sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
    for (const Table &t : tables) {
        sqlite3_stmt *stmt = nullptr;
        ok = ok && sqlite3_prepare_v2(db, t.insert.constData(), -1, &stmt, nullptr) == SQLITE_OK;
        for (qint64 row = 0; ok && row < t.rows; ++row) {
            bindRow(stmt, t.fields, row);
            ok = sqlite3_step(stmt) == SQLITE_DONE;
            sqlite3_reset(stmt);
        }
        sqlite3_finalize(stmt);
    }
    ok = ok && sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const QString why = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_close(db);
    if (!ok)
        return Error::failure(QStringLiteral("raw insert failed: %1").arg(why));
    return ms;
}

class DemoGenerate : public BenchCase
{
public:
    QString name() const override { return kCase; }
    QString summary() const override
    {
        return QStringLiteral("DemoData::generate vs sqlite3 C API prepared inserts of as many rows");
    }

    QList<Measurement> run(BenchContext &ctx) override
    {
        QList<Measurement> out;
        for (qint64 size : ctx.sizes()) {
            const QString what = QStringLiteral("generate demo data @") + sizeLabel(size);
            const DemoSummary counts{qMax<qint64>(5, size / 8), size, qMax<qint64>(10, size / 4)};
            const int repeat = size >= kRepeatOnceFrom ? 1 : ctx.repeat();
            QList<double> demo, raw;
            QString error;
            for (int i = 0; i < repeat && error.isEmpty(); ++i) {
                ctx.say(QStringLiteral("%1 @%2: run %3 of %4").arg(kCase, sizeLabel(size)).arg(i + 1).arg(repeat));
                const QString dir = ctx.scratchDir();
                const QString demoFile = QDir(dir).filePath(QStringLiteral("demo-%1.sqlite").arg(size));
                const QString rawFile = QDir(dir).filePath(QStringLiteral("raw-%1.sqlite").arg(size));
                removeDatabaseFiles(demoFile);
                removeDatabaseFiles(rawFile);
                auto d = demoMs(ctx, size, demoFile);
                auto r = d ? rawMs(rawFile, counts) : Result<double>(d.error());
                removeDatabaseFiles(rawFile);
                if (!d || !r) {
                    error = (!d ? d.error() : r.error()).message;
                    break;
                }
                demo << d.value();
                raw << r.value();
            }
            if (!error.isEmpty()) {
                out << Measurement::failed(kCase, what, error);
                continue;
            }
            const qint64 rows = counts.accounts + counts.contacts + counts.leads;
            Measurement m = Measurement::make(kCase, what, Stats::median(demo), QStringLiteral("ms"),
                                              QStringLiteral("sqlite3 C API, %1 rows, plain tables").arg(rows),
                                              Stats::median(raw));
            m.note = QStringLiteral("%1 rows/s; median of %2").arg(qRound64(double(rows) * 1000.0 / m.value)).arg(repeat);
            out << m;
        }
        return out;
    }
};

} // namespace

TRATO_BENCH_CASE(DemoGenerate, 30)

} // namespace trato::bench
