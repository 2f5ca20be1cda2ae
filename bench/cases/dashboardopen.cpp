// SPDX-License-Identifier: GPL-3.0-or-later
// dashboard-open: the data of the default dashboard (every widget of DashboardLayout::defaults(),
// this month compared with the previous one) on the demo database of the run's size, as the
// Dashboard page reads it on its worker, against the widgets' main aggregate statements through
// the sqlite3 C API. The issue's target: ≤ 1 s on the 1M demo database.
#include "../benchcase.h"
#include "../benchcontext.h"
#include "../probes.h"

#include "analytics/dashboard.h"
#include "inventory/replenishment.h"
#include "store/database.h"

#include <QElapsedTimer>

#include <climits>

namespace trato::bench {

namespace {

const QString kCase = QStringLiteral("dashboard-open");

class DashboardOpenCase : public BenchCase
{
public:
    QString name() const override { return kCase; }
    QString summary() const override
    {
        return QStringLiteral("Default dashboard's data (11 widgets, this month vs last) vs their aggregates in the sqlite3 C API");
    }

    QList<Measurement> run(BenchContext &ctx) override
    {
        QList<Measurement> out;
        for (qint64 size : ctx.sizes()) {
            const QString at = QStringLiteral(" @") + QString::number(size) + QStringLiteral(" contacts");
            const QString what = QStringLiteral("DashboardWidgets::compute, default dashboard") + at;
            ctx.say(QStringLiteral("%1: %2").arg(kCase, what));
            auto opened = ctx.openDataset(size);
            if (!opened) {
                out << Measurement::failed(kCase, what, opened.error().message);
                continue;
            }
            Database &db = *opened.value().db;
            const QDate today = QDate::currentDate();
            DashboardOptions o;
            o.range = Period::resolve(QStringLiteral("this_month"), today).value();
            o.compare = true;
            o.now = QDateTime::currentDateTimeUtc();
            const DateRange prev = o.range.previous();
            // The statements the widgets are made of (each for this and the previous period).
            const QList<QPair<QString, QVariantList>> rawSql{
                {QStringLiteral("SELECT substr(invoice_date, 1, 7), sum(total - tax_total) FROM invoice WHERE deleted = 0 AND invoice_date BETWEEN ? AND ? "
                                "AND status IN ('issued', 'partially_paid', 'paid', 'overdue') GROUP BY 1"), {}},
                {QStringLiteral("SELECT substr(credit_date, 1, 7), sum(total - tax_total) FROM credit_note WHERE deleted = 0 AND credit_date BETWEEN ? AND ? "
                                "AND status = 'issued' GROUP BY 1"), {}},
                {QStringLiteral("SELECT owner, sum(total - tax_total) FROM invoice WHERE deleted = 0 AND invoice_date BETWEEN ? AND ? "
                                "AND status IN ('issued', 'partially_paid', 'paid', 'overdue') GROUP BY 1"), {}},
                {QStringLiteral("SELECT l.product, sum(l.net) FROM invoice d JOIN sales_line l ON l.invoice = d.id AND l.deleted = 0 WHERE d.deleted = 0 "
                                "AND d.invoice_date BETWEEN ? AND ? AND d.status IN ('issued', 'partially_paid', 'paid', 'overdue') GROUP BY 1"), {}},
                {QStringLiteral("SELECT substr(expected_close, 1, 7), sum(weighted_amount), count(*) FROM opportunity WHERE deleted = 0 "
                                "AND status IN ('open', 'won') AND expected_close BETWEEN ? AND ? GROUP BY 1"), {}},
                {QStringLiteral("SELECT source, count(*), count(CASE WHEN status = 'converted' THEN 1 END) FROM lead WHERE deleted = 0 "
                                "AND created_at >= ? AND created_at < ? GROUP BY 1"), {}},
                {QStringLiteral("SELECT owner, kind, count(*) FROM activity WHERE deleted = 0 AND status = 'completed' "
                                "AND completed_at >= ? AND completed_at < ? GROUP BY 1, 2"), {}},
                {QStringLiteral("SELECT count(*) FROM ticket WHERE deleted = 0 AND opened_at >= ? AND opened_at < ?"), {}},
                {QStringLiteral("SELECT count(*) FROM ticket WHERE deleted = 0 AND resolved_at >= ? AND resolved_at < ?"), {}},
            };
            RawSqlite raw(opened.value().path);
            QList<double> ms, rawMs;
            QString failure;
            qint64 points = 0;
            const QStringList types = DashboardWidgets::types();
            for (int i = -1; i < qMax(ctx.repeat(), 3); ++i) {
                QElapsedTimer timer;
                timer.start();
                qint64 n = 0;
                for (const auto &spec : DashboardLayout::defaults().widgets) {
                    auto w = DashboardWidgets::compute(db, spec.type, o);
                    if (!w) {
                        failure = spec.type + QStringLiteral(": ") + w.error().message;
                        break;
                    }
                    n += w.value().points.size();
                }
                const double t = double(timer.nsecsElapsed()) / 1e6;
                if (!failure.isEmpty())
                    break;
                points = n;
                double b = 0;
                for (const DateRange &r : {o.range, prev}) {
                    for (int k = 0; k < rawSql.size(); ++k) {
                        const bool times = k >= 5; // created_at, completed_at, opened_at: ISO times
                        const QVariantList params = times ? QVariantList{r.startIso(), r.endIsoExclusive()}
                                                          : QVariantList{r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate)};
                        auto ms1 = raw.firstPageMs(rawSql.at(k).first, params, INT_MAX);
                        if (!ms1) {
                            failure = ms1.error().message;
                            break;
                        }
                        b += ms1.value();
                    }
                }
                auto low = raw.firstPageMs(Replenishment::lowStockSql(), {}, INT_MAX);
                if (!low)
                    failure = low.error().message;
                else
                    b += low.value();
                if (!failure.isEmpty())
                    break;
                if (i >= 0) {
                    ms << t;
                    rawMs << b;
                }
            }
            if (!failure.isEmpty()) {
                out << Measurement::failed(kCase, what, failure);
                continue;
            }
            Measurement m = Measurement::make(kCase, what, Stats::median(ms), QStringLiteral("ms"),
                                              QStringLiteral("sqlite3 C API, the widgets' aggregates") + at, Stats::median(rawMs));
            m.judge(QStringLiteral("≤ 1 s"), qQNaN(), 1000.0);
            m.note = QStringLiteral("%1 widgets, %2 points, p95 %3 ms").arg(types.size()).arg(points).arg(Stats::percentile(ms, 95), 0, 'f', 1);
            out << m;
        }
        return out;
    }
};

} // namespace

TRATO_BENCH_CASE(DashboardOpenCase, 89)

} // namespace trato::bench
