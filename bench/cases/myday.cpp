// SPDX-License-Identifier: GPL-3.0-or-later
// myday: MyDay::load for the demo's current user (the day's items and the overdue ones, with the
// regarding records' names and phones) against the same three queries through the sqlite3 C API. The
// issue's target: ≤ 100 ms at a million contacts (the demo's activities included).
#include "../benchcase.h"
#include "../benchcontext.h"
#include "../probes.h"

#include "activities/myday.h"
#include "store/database.h"
#include "store/sqlite.h"
#include "util/background.h"

#include <QElapsedTimer>

#include <climits>

namespace trato::bench {

namespace {

const QString kCase = QStringLiteral("myday");

class MyDayCase : public BenchCase
{
public:
    QString name() const override { return kCase; }
    QString summary() const override
    {
        return QStringLiteral("My day (today's and overdue items of one user) vs the same queries in the sqlite3 C API");
    }

    QList<Measurement> run(BenchContext &ctx) override
    {
        QList<Measurement> out;
        for (qint64 size : ctx.sizes()) {
            const QString at = QStringLiteral(" @") + sizeLabel(size);
            const QString what = QStringLiteral("MyDay::load, today") + at;
            auto data = ctx.openDataset(size);
            if (!data) {
                out << Measurement::failed(kCase, what, data.error().message);
                continue;
            }
            Database &db = *data.value().db;
            ctx.say(QStringLiteral("%1: %2").arg(kCase, what));
            // The user with the most activities: the demo's current user when the dataset was made.
            auto who = Sql::exec(db.connection(), QStringLiteral("SELECT name FROM user_profile ORDER BY "
                                                                 "(SELECT count(*) FROM activity WHERE owner = name) DESC LIMIT 1"));
            if (!who || !who.value().next()) {
                out << Measurement::failed(kCase, what, QStringLiteral("the dataset has no demo team"));
                continue;
            }
            const QString user = who.value().value(0).toString();
            const QDateTime now = QDateTime::currentDateTime();
            const QDate today = now.date();
            RawSqlite raw(data.value().path);
            QList<double> ms, rawMs;
            qsizetype items = 0;
            qint64 overdue = 0;
            bool failed = false;
            for (int i = -1; i < qMax(ctx.repeat(), 5); ++i) {
                QElapsedTimer timer;
                timer.start();
                auto r = MyDay::load(db, user, today, now);
                const double t = double(timer.nsecsElapsed()) / 1e6;
                if (!r) {
                    out << Measurement::failed(kCase, what, r.error().message);
                    failed = true;
                    break;
                }
                items = r.value().items.size();
                overdue = r.value().overdueTotal;
                // The same three statements: overdue count, overdue items, the day's items.
                const QString from = MyDay::dayStartUtc(today);
                auto b1 = raw.firstPageMs(MyDay::overdueCountSql(), {user, from}, INT_MAX);
                auto b2 = raw.firstPageMs(MyDay::overdueSql(db), {user, from, MyDay::kDefaultOverdueLimit}, INT_MAX);
                auto b3 = raw.firstPageMs(MyDay::daySql(db), {user, from, MyDay::dayStartUtc(today.addDays(1))}, INT_MAX);
                if (!b1 || !b2 || !b3) {
                    out << Measurement::failed(kCase, what, (!b1 ? b1 : !b2 ? b2 : b3).error().message);
                    failed = true;
                    break;
                }
                const Result<double> b(b1.value() + b2.value() + b3.value());
                if (i >= 0) { // one untimed round: warm caches on both sides
                    ms << t;
                    rawMs << b.value();
                }
            }
            waitForBackgroundWork();
            if (failed)
                continue;
            Measurement m = Measurement::make(kCase, what, Stats::median(ms), QStringLiteral("ms"),
                                              QStringLiteral("sqlite3 C API, the same 3 queries") + at, Stats::median(rawMs));
            m.judge(QStringLiteral("≤ 100 ms"), qQNaN(), 100.0);
            m.note = QStringLiteral("%1 items (%2 overdue from earlier days), p95 %3 ms")
                         .arg(items).arg(overdue).arg(Stats::percentile(ms, 95), 0, 'f', 2);
            out << m;
        }
        return out;
    }
};

} // namespace

TRATO_BENCH_CASE(MyDayCase, 80)

} // namespace trato::bench
