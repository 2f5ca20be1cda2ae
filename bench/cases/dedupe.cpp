// SPDX-License-Identifier: GPL-3.0-or-later
// dedupe: DuplicateFinder::findFor on existing contacts (email, phones, name + account: several
// indexed lookups and libphonenumber) against one indexed email lookup through the sqlite3 C API;
// DuplicateFinder::scan of the whole contact table against reading the same columns raw.
#include "../benchcase.h"
#include "../benchcontext.h"
#include "../probes.h"

#include "dedupe/duplicatefinder.h"
#include "store/database.h"
#include "store/schemabuilder.h"
#include "store/sqlite.h"
#include "util/background.h"

#include <QElapsedTimer>

#include <climits>

namespace trato::bench {

namespace {

const QString kCase = QStringLiteral("dedupe");
constexpr int kSamples = 50;

class Dedupe : public BenchCase
{
public:
    QString name() const override { return kCase; }
    QString summary() const override
    {
        return QStringLiteral("duplicate lookup for one contact vs one raw indexed lookup; whole-table scan vs reading it raw");
    }

    QList<Measurement> run(BenchContext &ctx) override
    {
        QList<Measurement> out;
        for (qint64 size : ctx.sizes()) {
            const QString at = QStringLiteral(" @") + sizeLabel(size);
            auto data = ctx.openDataset(size);
            if (!data) {
                out << Measurement::failed(kCase, QStringLiteral("findFor") + at, data.error().message);
                continue;
            }
            const QString path = data.value().path;
            Database &db = *data.value().db;
            out << lookups(ctx, db, path, at);
            out << scan(ctx, db, path, at);
            waitForBackgroundWork();
        }
        return out;
    }

private:
    static Measurement lookups(BenchContext &ctx, Database &db, const QString &path, const QString &at)
    {
        const QString what = QStringLiteral("findFor, median of %1 contacts").arg(kSamples) + at;
        ctx.say(QStringLiteral("%1: %2").arg(kCase, what));
        // Contacts spread over the table, read once.
        QList<QVariantMap> samples;
        auto q = Sql::exec(db.connection(), QStringLiteral("SELECT * FROM contact WHERE rid % ? = 0 LIMIT ?"),
                           {997, kSamples});
        if (!q)
            return Measurement::failed(kCase, what, q.error().message);
        while (q.value().next()) {
            QVariantMap v;
            for (const char *f : {"id", "first_name", "last_name", "email", "email2", "phone", "mobile", "home_phone", "account"})
                v.insert(QString::fromLatin1(f), q.value().value(QString::fromLatin1(f)));
            samples << v;
        }
        if (samples.isEmpty())
            return Measurement::failed(kCase, what, QStringLiteral("no contacts"));
        DuplicateFinder finder(db, QStringLiteral("ES"));
        RawSqlite raw(path);
        const QString rawSql = QStringLiteral("SELECT id FROM contact WHERE %1 = lower(?) AND +deleted = 0 LIMIT 100")
                                   .arg(SchemaBuilder::emailKeySql(QStringLiteral("email")));
        QList<double> ms, rawMs;
        for (int i = -1; i < ctx.repeat(); ++i) {
            for (const auto &v : std::as_const(samples)) {
                QElapsedTimer timer;
                timer.start();
                auto r = finder.findFor(QStringLiteral("contact"), v, v.value(QStringLiteral("id")).toString());
                const double t = double(timer.nsecsElapsed()) / 1e6;
                if (!r)
                    return Measurement::failed(kCase, what, r.error().message);
                auto b = raw.firstPageMs(rawSql, {v.value(QStringLiteral("email"))}, 100);
                if (!b)
                    return Measurement::failed(kCase, what, b.error().message);
                if (i >= 0) { // one untimed round: warm caches on both sides
                    ms << t;
                    rawMs << b.value();
                }
            }
        }
        Measurement m = Measurement::make(kCase, what, Stats::median(ms), QStringLiteral("ms"),
                                          QStringLiteral("sqlite3 C API, one email lookup") + at, Stats::median(rawMs));
        m.note = QStringLiteral("email, email2, 3 phones (E.164 via libphonenumber), name among the account's contacts; p95 %1 ms")
                     .arg(Stats::percentile(ms, 95), 0, 'f', 2);
        return m;
    }

    static Measurement scan(BenchContext &ctx, Database &db, const QString &path, const QString &at)
    {
        const QString what = QStringLiteral("scan contact") + at;
        ctx.say(QStringLiteral("%1: %2").arg(kCase, what));
        DuplicateFinder finder(db, QStringLiteral("ES"));
        RawSqlite raw(path);
        const QString rawSql = QStringLiteral("SELECT rid, email, email2, phone, mobile, home_phone, first_name, last_name, account "
                                              "FROM contact WHERE +deleted = 0 ORDER BY rid");
        const int runs = qMin(ctx.repeat(), 3); // seconds each at a million rows
        QList<double> ms, rawMs;
        int groups = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            auto r = finder.scan(QStringLiteral("contact"));
            const double t = double(timer.nsecsElapsed()) / 1e6;
            if (!r)
                return Measurement::failed(kCase, what, r.error().message);
            groups = r.value().totalGroups;
            auto b = raw.firstPageMs(rawSql, {}, INT_MAX);
            if (!b)
                return Measurement::failed(kCase, what, b.error().message);
            ms << t;
            rawMs << b.value();
        }
        Measurement m = Measurement::make(kCase, what, Stats::median(ms), QStringLiteral("ms"),
                                          QStringLiteral("sqlite3 C API, reading the same columns") + at, Stats::median(rawMs));
        m.note = QStringLiteral("%1 groups").arg(groups);
        return m;
    }
};

} // namespace

TRATO_BENCH_CASE(Dedupe, 50)

} // namespace trato::bench
