// SPDX-License-Identifier: GPL-3.0-or-later
// calendar-month: the Calendar's month view over a database of 100,000 activities (two years,
// eight people): CalendarQuery for the month grid's range, CalendarView's layout and one full
// paint, in a fresh GUI process; against the bare range query through the sqlite3 C API, run in
// the same process. Target: query + layout + paint ≤ 100 ms.
#include "../benchcase.h"
#include "../benchcontext.h"
#include "../probes.h"

#include "activities/calendarquery.h"
#include "activities/calendarview.h"
#include "store/bulkwriter.h"
#include "store/database.h"
#include "store/sqlite.h"
#include "store/transaction.h"
#include "util/background.h"
#include "util/uuid7.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPixmap>

#include <climits>
#include <cstdio>

namespace trato::bench {

namespace {

const QString kCase = QStringLiteral("calendar-month");
constexpr qint64 kActivities = 100000;
const QDate kMonth(2026, 1, 14); // the middle of the two years of data

// Deterministic activities: 2025-01-01 to 2026-12-31, working hours, 15 minutes to 3 hours, a
// few all-day items and tasks, eight owners.
Status generate(const QString &path, quint64 seed)
{
    auto opened = Database::open(path);
    if (!opened)
        return opened.error();
    Database &db = *opened.value();
    Transaction tx(db, Transaction::Bulk);
    if (!tx.isActive())
        return tx.error();
    const Entity *e = db.registry()->entity(QStringLiteral("activity"));
    const QStringList cols = {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("subject"), QStringLiteral("start_at"),
                              QStringLiteral("end_at"), QStringLiteral("all_day"), QStringLiteral("status"), QStringLiteral("priority"),
                              QStringLiteral("owner"), QStringLiteral("created_at"), QStringLiteral("updated_at")};
    IndexPause pause(tx.connection(), *e);
    BulkInsert ins(Sql::handle(tx.connection()), *e, cols);
    if (!ins.error().isEmpty())
        return Error::failure(ins.error());
    quint64 state = seed * 6364136223846793005ull + 1442695040888963407ull;
    auto next = [&state](quint64 n) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return (state >> 33) % n;
    };
    static const char *const kinds[] = {"call", "call", "meeting", "visit", "task"};
    static const char *const statuses[] = {"planned", "planned", "completed", "completed", "cancelled", "in_progress"};
    static const char *const owners[] = {"ana", "luis", "marta", "jorge", "sofia", "pablo", "lucia", "diego"};
    const QDateTime origin(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (qint64 i = 0; i < kActivities; ++i) {
        const QString kind = QString::fromLatin1(kinds[next(5)]);
        const bool allDay = next(50) == 0;
        QDateTime start = origin.addDays(qint64(next(730)));
        QDateTime end;
        if (allDay) {
            end = start.addDays(1 + qint64(next(3)));
        } else {
            start = start.addSecs(qint64(7 * 3600 + next(11 * 4) * 900));
            end = kind == QLatin1String("task") ? QDateTime() : start.addSecs(qint64(900 * (1 + next(12))));
        }
        const QVariantList v = {Uuid7::create(), kind, QStringLiteral("Activity %1").arg(i), start.toString(Qt::ISODate),
                                end.isValid() ? QVariant(end.toString(Qt::ISODate)) : QVariant(), allDay ? 1 : 0,
                                QString::fromLatin1(statuses[next(6)]), QStringLiteral("normal"),
                                QString::fromLatin1(owners[next(8)]), now, now};
        if (!ins.insert(v))
            return Error::failure(ins.error());
    }
    const Status resumed = pause.resume();
    if (!resumed)
        return resumed;
    return tx.commit();
}

class CalendarMonth : public BenchCase
{
public:
    QString name() const override { return kCase; }
    QString summary() const override
    {
        return QStringLiteral("calendar month view at 100k activities: query + layout + paint vs the bare range query");
    }
    bool childNeedsGui() const override { return true; }

    int child(const QStringList &args) override
    {
        const QString path = args.value(args.indexOf(QStringLiteral("--db")) + 1);
        const int repeat = args.value(args.indexOf(QStringLiteral("--repeat")) + 1).toInt();
        QJsonObject out;
        Database::Options options;
        options.create = false;
        auto db = Database::open(path, options);
        if (!db) {
            out.insert(QStringLiteral("error"), db.error().message);
        } else {
            CalendarView view;
            view.resize(1200, 800);
            view.setMode(CalendarQuery::Span::Month);
            view.setAnchor(kMonth);
            view.grab(); // fonts, style and the paint engine ready before the clock starts
            QJsonArray total, query, layout;
            int items = 0;
            for (int i = 0; i < qMax(1, repeat); ++i) {
                QElapsedTimer timer;
                timer.start();
                auto r = CalendarQuery(*db.value()).items(CalendarQuery::rangeOf(CalendarQuery::Span::Month, kMonth));
                const double q = double(timer.nsecsElapsed()) / 1e6;
                if (!r) {
                    out.insert(QStringLiteral("error"), r.error().message);
                    break;
                }
                view.setItems(r.value()); // the layout
                const double l = double(timer.nsecsElapsed()) / 1e6;
                const QPixmap painted = view.grab();
                total.append(double(timer.nsecsElapsed()) / 1e6);
                query.append(q);
                layout.append(l - q);
                items = int(r.value().size());
                if (painted.isNull())
                    out.insert(QStringLiteral("error"), QStringLiteral("nothing painted"));
            }
            out.insert(QStringLiteral("total_ms"), total);
            out.insert(QStringLiteral("query_ms"), query);
            out.insert(QStringLiteral("layout_ms"), layout);
            out.insert(QStringLiteral("items"), items);
            waitForBackgroundWork();
        }
        std::printf("%s%s\n", kChildResultPrefix, QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
        return out.contains(QStringLiteral("error")) ? 3 : 0;
    }

    QList<Measurement> run(BenchContext &ctx) override
    {
        const QString what = QStringLiteral("month view: query + layout + paint @100k activities");
        const QString path = QDir(ctx.scratchDir()).filePath(QStringLiteral("calendar-month.sqlite"));
        QFile::remove(path);
        ctx.say(QStringLiteral("%1: generating %2 activities").arg(kCase).arg(kActivities));
        const Status made = generate(path, ctx.seed());
        if (!made)
            return {Measurement::failed(kCase, what, made.error().message)};
        auto r = ctx.runChild(kCase, {QStringLiteral("--db"), path, QStringLiteral("--repeat"), QString::number(ctx.repeat())});
        if (!r)
            return {Measurement::failed(kCase, what, r.error().message)};
        if (r->contains(QStringLiteral("error")))
            return {Measurement::failed(kCase, what, r->value(QStringLiteral("error")).toString())};
        QList<double> total, query, layout, raw;
        for (const auto &v : r->value(QStringLiteral("layout_ms")).toArray())
            layout << v.toDouble();
        for (const auto &v : r->value(QStringLiteral("total_ms")).toArray())
            total << v.toDouble();
        for (const auto &v : r->value(QStringLiteral("query_ms")).toArray())
            query << v.toDouble();
        // The bare query: the same range on the same index, every row stepped, no joins.
        const CalendarFilter f = CalendarQuery::rangeOf(CalendarQuery::Span::Month, kMonth);
        const QString from = f.from.toString(Qt::ISODate), to = f.to.toString(Qt::ISODate);
        const QString lookBack = f.from.addDays(-f.maxSpanDays).toString(Qt::ISODate);
        const QString sql = QStringLiteral("SELECT id, subject, kind, status, priority, owner, location, start_at, end_at, all_day "
                                           "FROM activity WHERE deleted = 0 AND start_at >= ? AND start_at < ? "
                                           "AND (start_at >= ? OR COALESCE(end_at, start_at) > ?) ORDER BY start_at, rid");
        RawSqlite sqlite(path);
        for (int i = 0; i < ctx.repeat(); ++i) {
            auto ms = sqlite.firstPageMs(sql, {lookBack, to, from, from}, INT_MAX);
            if (!ms)
                return {Measurement::failed(kCase, what, ms.error().message)};
            raw << ms.value();
        }
        const QString rawWhat = QStringLiteral("sqlite3 C API, the bare range query @100k activities");
        Measurement m = Measurement::make(kCase, what, Stats::median(total), QStringLiteral("ms"), rawWhat, Stats::median(raw));
        m.judge(QStringLiteral("≤ 100 ms"), qQNaN(), 100.0);
        m.note = QStringLiteral("%1 items in the grid").arg(r->value(QStringLiteral("items")).toInt());
        Measurement q = Measurement::make(kCase, QStringLiteral("  of which CalendarQuery"), Stats::median(query),
                                          QStringLiteral("ms"), rawWhat, Stats::median(raw));
        Measurement l = Measurement::make(kCase, QStringLiteral("  of which layout (setItems)"), Stats::median(layout),
                                          QStringLiteral("ms"), rawWhat, Stats::median(raw));
        return {m, q, l};
    }
};

} // namespace

TRATO_BENCH_CASE(CalendarMonth, 80)

} // namespace trato::bench
