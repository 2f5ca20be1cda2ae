// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpis.h"

#include "../metadata/value.h"
#include "../store/database.h"
#include "../store/sqlite.h"
#include "../support/supportkpis.h"

#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace trato {

namespace {

// An issued invoice that stands: a customer's purchase (a draft is not one; an invoice cancelled by a
// credit note for all of it is not one either).
const char *kIssued = "('issued', 'partially_paid', 'paid', 'overdue')";
// Every invoice that was issued, cancelled ones included: revenue counts them and subtracts their
// credit notes, so that the sums balance.
const char *kBooked = "(status IN ('issued', 'partially_paid', 'paid', 'overdue') OR (status = 'cancelled' AND issued_at IS NOT NULL))";

QString day(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

KpiValue ratio(qint64 num, qint64 den)
{
    KpiValue v;
    v.numerator = num;
    v.denominator = den;
    v.hasData = den > 0;
    if (v.hasData)
        v.value = 100.0 * double(num) / double(den);
    return v;
}

// Cents divided by a count, rounded half away from zero, in integers.
qint64 divideCents(qint64 cents, qint64 count)
{
    const qint64 q = cents / count, r = cents % count;
    if (2 * (r < 0 ? -r : r) >= count)
        return cents < 0 ? q - 1 : q + 1;
    return q;
}

KpiValue moneyAverage(qint64 cents, qint64 count)
{
    KpiValue v;
    v.numerator = cents;
    v.denominator = count;
    v.hasData = count > 0;
    if (v.hasData)
        v.value = double(divideCents(cents, count));
    return v;
}

KpiValue average(qint64 seconds, qint64 count, double perUnit)
{
    KpiValue v;
    v.numerator = seconds;
    v.denominator = count;
    v.hasData = count > 0;
    if (v.hasData)
        v.value = double(seconds) / double(count) / perUnit;
    return v;
}

KpiValue median(QList<qint64> seconds, double perUnit)
{
    KpiValue v;
    v.denominator = seconds.size();
    v.hasData = !seconds.isEmpty();
    if (!v.hasData)
        return v;
    std::sort(seconds.begin(), seconds.end());
    const qsizetype n = seconds.size();
    const qint64 twice = n % 2 ? 2 * seconds.at(n / 2) : seconds.at(n / 2 - 1) + seconds.at(n / 2);
    v.value = double(twice) / 2.0 / perUnit;
    return v;
}

struct Computer
{
    Database &db;
    const KpiOptions &o;

    // " AND <alias>owner = ?" and its parameter when an owner is chosen.
    QString ownerSql(const QString &alias, QVariantList *params) const
    {
        if (o.owner.isEmpty())
            return {};
        *params << o.owner;
        return QStringLiteral(" AND %1owner = ?").arg(alias);
    }

    Result<QSqlQuery> run(const QString &sql, const QVariantList &params) const
    {
        return Sql::exec(db.connection(), sql, params);
    }

    Result<qint64> scalar(const QString &sql, const QVariantList &params) const
    {
        auto q = run(sql, params);
        if (!q)
            return q.error();
        return q.value().next() ? q.value().value(0).toLongLong() : qint64(0);
    }

    // Net revenue (total - taxes) of issued invoices minus issued credit notes dated in [from, to],
    // in the chosen currency.
    Result<qint64> revenue(const QDate &from, const QDate &to) const
    {
        QVariantList p{o.currency, day(from), day(to)};
        QString sql = QStringLiteral("SELECT coalesce(sum(coalesce(total, 0) - coalesce(tax_total, 0)), 0) FROM invoice "
                                     "WHERE deleted = 0 AND %1 AND currency = ? AND invoice_date BETWEEN ? AND ?")
                          .arg(QLatin1String(kBooked));
        sql += ownerSql(QString(), &p);
        auto inv = scalar(sql, p);
        if (!inv)
            return inv;
        QVariantList pc{o.currency, day(from), day(to)};
        QString csql = QStringLiteral("SELECT coalesce(sum(coalesce(total, 0) - coalesce(tax_total, 0)), 0) FROM credit_note "
                                      "WHERE deleted = 0 AND status = 'issued' AND currency = ? AND credit_date BETWEEN ? AND ?");
        csql += ownerSql(QString(), &pc);
        auto cn = scalar(csql, pc);
        if (!cn)
            return cn;
        return inv.value() - cn.value();
    }

    Status compute(const DateRange &r, QHash<QString, KpiValue> *out) const
    {
        const QString start = r.startIso(), end = r.endIsoExclusive();
        const QString from = day(r.from), to = day(r.to);
        const QString secs = QStringLiteral("CAST(strftime('%s', closed_at) AS INTEGER) - CAST(strftime('%s', created_at) AS INTEGER)");

        // Opportunities closed in the period: cycle, deal size, win rate.
        {
            QVariantList p{o.currency, start, end};
            QString sql = QStringLiteral("SELECT status, %1, coalesce(amount, 0), coalesce(currency, '') = ? FROM opportunity "
                                         "WHERE deleted = 0 AND status IN ('won', 'lost') AND closed_at >= ? AND closed_at < ?")
                              .arg(secs);
            sql += ownerSql(QString(), &p);
            auto q = run(sql, p);
            if (!q)
                return q.error();
            qint64 won = 0, closed = 0, cycleSum = 0, dealSum = 0, deals = 0;
            QList<qint64> cycles;
            for (QSqlQuery &s = q.value(); s.next();) {
                ++closed;
                if (s.value(0).toString() != QLatin1String("won"))
                    continue;
                ++won;
                const qint64 c = std::max<qint64>(0, s.value(1).toLongLong());
                cycles << c;
                cycleSum += c;
                if (s.value(3).toInt() == 1) {
                    dealSum += s.value(2).toLongLong();
                    ++deals;
                }
            }
            out->insert(QStringLiteral("sales_cycle_days"), average(cycleSum, won, 86400.0));
            out->insert(QStringLiteral("sales_cycle_median_days"), median(cycles, 86400.0));
            out->insert(QStringLiteral("average_deal_size"), moneyAverage(dealSum, deals));
            out->insert(QStringLiteral("win_rate"), ratio(won, closed));
        }
        // Leads created in the period, and how many of them are converted.
        {
            QVariantList p{start, end};
            QString sql = QStringLiteral("SELECT count(*), count(CASE WHEN status = 'converted' THEN 1 END) FROM lead "
                                         "WHERE deleted = 0 AND created_at >= ? AND created_at < ?");
            sql += ownerSql(QString(), &p);
            auto q = run(sql, p);
            if (!q)
                return q.error();
            q.value().next();
            out->insert(QStringLiteral("lead_conversion"), ratio(q.value().value(1).toLongLong(), q.value().value(0).toLongLong()));
        }
        // Quotes dated in the period and decided.
        {
            QVariantList p{from, to};
            QString sql = QStringLiteral("SELECT count(*), count(CASE WHEN status = 'accepted' THEN 1 END) FROM quote "
                                         "WHERE deleted = 0 AND status IN ('accepted', 'rejected', 'expired') AND quote_date BETWEEN ? AND ?");
            sql += ownerSql(QString(), &p);
            auto q = run(sql, p);
            if (!q)
                return q.error();
            q.value().next();
            out->insert(QStringLiteral("quote_acceptance"), ratio(q.value().value(1).toLongLong(), q.value().value(0).toLongLong()));
        }
        // Revenue.
        {
            auto rev = revenue(r.from, r.to);
            if (!rev)
                return rev.error();
            KpiValue v;
            v.hasData = true; // a sum: an empty period is 0.00, not "no data"
            v.numerator = rev.value();
            v.value = double(rev.value());
            out->insert(QStringLiteral("revenue"), v);
        }
        // Cross-sell/upsell share: invoice lines in the period of customers who had bought before.
        {
            const QString prior = QStringLiteral(
                "SELECT 1 FROM sales_line l2 JOIN invoice i2 ON i2.id = l2.invoice WHERE i2.account = i.account AND i2.deleted = 0 "
                "AND l2.deleted = 0 AND i2.status IN %1 AND i2.invoice_date < ? AND l2.%2 = l.%2").arg(QLatin1String(kIssued));
            QVariantList p{from, from, from, o.currency, from, to};
            QString sql = QStringLiteral(
                "SELECT coalesce(sum(coalesce(l.net, 0)), 0), coalesce(sum(CASE WHEN (l.product IS NOT NULL AND NOT EXISTS (%1)) "
                "OR (l.service IS NOT NULL AND NOT EXISTS (%2)) THEN coalesce(l.net, 0) ELSE 0 END), 0) "
                "FROM sales_line l JOIN invoice i ON i.id = l.invoice "
                "WHERE l.deleted = 0 AND i.deleted = 0 AND i.status IN %3 AND EXISTS (SELECT 1 FROM invoice i3 WHERE i3.account = i.account "
                "AND i3.deleted = 0 AND i3.status IN %3 AND i3.invoice_date < ?) AND i.currency = ? AND i.invoice_date BETWEEN ? AND ?")
                              .arg(prior.arg(QStringLiteral("product")), prior.arg(QStringLiteral("service")), QLatin1String(kIssued));
            sql += ownerSql(QStringLiteral("i."), &p);
            auto q = run(sql, p);
            if (!q)
                return q.error();
            q.value().next();
            out->insert(QStringLiteral("cross_sell_share"), ratio(q.value().value(1).toLongLong(), q.value().value(0).toLongLong()));
        }
        // Retention and repeat purchase: customers = accounts with an issued invoice.
        {
            const DateRange prev = r.previous();
            QVariantList p{from, to};
            const QString inner = ownerSql(QStringLiteral("j."), &p);
            p << day(prev.from) << day(prev.to);
            QString sql = QStringLiteral("SELECT count(DISTINCT i.account), count(DISTINCT CASE WHEN EXISTS (SELECT 1 FROM invoice j "
                                         "WHERE j.account = i.account AND j.deleted = 0 AND j.status IN %1 AND j.invoice_date BETWEEN ? AND ?%2) "
                                         "THEN i.account END) FROM invoice i WHERE i.deleted = 0 AND i.status IN %1 AND i.invoice_date BETWEEN ? AND ?")
                              .arg(QLatin1String(kIssued), inner);
            sql += ownerSql(QStringLiteral("i."), &p);
            auto q = run(sql, p);
            if (!q)
                return q.error();
            q.value().next();
            out->insert(QStringLiteral("retention_rate"), ratio(q.value().value(1).toLongLong(), q.value().value(0).toLongLong()));

            QVariantList rp{from, to};
            QString rsql = QStringLiteral("SELECT count(*), count(CASE WHEN n >= 2 THEN 1 END) FROM (SELECT account, count(*) AS n FROM invoice "
                                          "WHERE deleted = 0 AND status IN %1 AND invoice_date BETWEEN ? AND ?").arg(QLatin1String(kIssued));
            rsql += ownerSql(QString(), &rp);
            rsql += QStringLiteral(" GROUP BY account)");
            auto rq = run(rsql, rp);
            if (!rq)
                return rq.error();
            rq.value().next();
            out->insert(QStringLiteral("repeat_purchase_rate"), ratio(rq.value().value(1).toLongLong(), rq.value().value(0).toLongLong()));
        }
        // Historical customer lifetime value as of the period's last day.
        {
            auto rev = revenue(QDate(1, 1, 1), r.to);
            if (!rev)
                return rev.error();
            QVariantList p{to};
            QString sql = QStringLiteral("SELECT count(DISTINCT account) FROM invoice WHERE deleted = 0 AND status IN %1 AND invoice_date <= ?")
                              .arg(QLatin1String(kIssued));
            sql += ownerSql(QString(), &p);
            auto n = scalar(sql, p);
            if (!n)
                return n.error();
            out->insert(QStringLiteral("customer_lifetime_value"), moneyAverage(rev.value(), n.value()));
        }
        // Support: first response and resolution (wall-clock), reused from SupportKpis.
        {
            SupportKpiOptions so;
            so.from = r.from;
            so.to = r.to;
            so.now = o.now;
            so.by = SupportKpiOptions::By::Agent;
            auto s = SupportKpis::compute(db, so);
            if (!s)
                return s.error();
            SupportKpiRow row = s.value().total;
            if (!o.owner.isEmpty()) {
                row = SupportKpiRow();
                for (const SupportKpiRow &a : s.value().rows)
                    if (a.key == o.owner)
                        row = a;
            }
            auto sum = [](const QList<qint64> &l) {
                qint64 t = 0;
                for (qint64 x : l)
                    t += x;
                return t;
            };
            out->insert(QStringLiteral("first_response_hours"), average(sum(row.firstResponseSeconds), row.firstResponseSeconds.size(), 3600.0));
            out->insert(QStringLiteral("resolution_hours"), average(sum(row.resolutionSeconds), row.resolutionSeconds.size(), 3600.0));
        }
        return {};
    }
};

} // namespace

const KpiFigure *KpiReport::figure(const QString &key) const
{
    for (const KpiFigure &f : figures)
        if (f.key == key)
            return &f;
    return nullptr;
}

QStringList Kpis::keys()
{
    return {QStringLiteral("revenue"),           QStringLiteral("average_deal_size"),       QStringLiteral("win_rate"),
            QStringLiteral("sales_cycle_days"),  QStringLiteral("sales_cycle_median_days"), QStringLiteral("lead_conversion"),
            QStringLiteral("quote_acceptance"),  QStringLiteral("cross_sell_share"),        QStringLiteral("retention_rate"),
            QStringLiteral("repeat_purchase_rate"), QStringLiteral("customer_lifetime_value"), QStringLiteral("first_response_hours"),
            QStringLiteral("resolution_hours")};
}

QString Kpis::label(const QString &key)
{
    if (key == QLatin1String("revenue"))
        return tr("Revenue");
    if (key == QLatin1String("average_deal_size"))
        return tr("Average deal size");
    if (key == QLatin1String("win_rate"))
        return tr("Win rate");
    if (key == QLatin1String("sales_cycle_days"))
        return tr("Sales cycle (average)");
    if (key == QLatin1String("sales_cycle_median_days"))
        return tr("Sales cycle (median)");
    if (key == QLatin1String("lead_conversion"))
        return tr("Lead to customer conversion");
    if (key == QLatin1String("quote_acceptance"))
        return tr("Quote acceptance rate");
    if (key == QLatin1String("cross_sell_share"))
        return tr("Cross-sell/upsell share");
    if (key == QLatin1String("retention_rate"))
        return tr("Customer retention rate");
    if (key == QLatin1String("repeat_purchase_rate"))
        return tr("Repeat purchase rate");
    if (key == QLatin1String("customer_lifetime_value"))
        return tr("Customer lifetime value");
    if (key == QLatin1String("first_response_hours"))
        return tr("First response time");
    if (key == QLatin1String("resolution_hours"))
        return tr("Resolution time");
    return key;
}

QString Kpis::definition(const QString &key)
{
    if (key == QLatin1String("revenue"))
        return tr("Issued invoices dated in the period minus issued credit notes dated in it, net of taxes, in the chosen currency.");
    if (key == QLatin1String("average_deal_size"))
        return tr("Total amount of the opportunities won in the period (closed on a day of it) divided by how many, to the cent.");
    if (key == QLatin1String("win_rate"))
        return tr("Opportunities won in the period divided by those won or lost in it.");
    if (key == QLatin1String("sales_cycle_days"))
        return tr("Average days from an opportunity's creation to its win, over the opportunities won in the period.");
    if (key == QLatin1String("sales_cycle_median_days"))
        return tr("Median days from an opportunity's creation to its win, over the opportunities won in the period.");
    if (key == QLatin1String("lead_conversion"))
        return tr("Of the leads created in the period, the share that are converted (to an account or contact).");
    if (key == QLatin1String("quote_acceptance"))
        return tr("Quotes dated in the period that were accepted (or converted) divided by those accepted, rejected or expired.");
    if (key == QLatin1String("cross_sell_share"))
        return tr("Of the invoice lines in the period of customers who had bought before it, the share of net amount for a product or "
                  "service the customer had never bought before.");
    if (key == QLatin1String("retention_rate"))
        return tr("Customers invoiced in the previous period who were invoiced again in this one, divided by the customers of the previous period.");
    if (key == QLatin1String("repeat_purchase_rate"))
        return tr("Customers with two or more invoices in the period divided by customers with at least one.");
    if (key == QLatin1String("customer_lifetime_value"))
        return tr("Historical: net revenue of all invoices up to the period's last day, minus credit notes, divided by the customers "
                  "invoiced up to that day.");
    if (key == QLatin1String("first_response_hours"))
        return tr("Average wall-clock hours from a ticket's opening to its first response, over tickets opened in the period and answered.");
    if (key == QLatin1String("resolution_hours"))
        return tr("Average wall-clock hours from a ticket's opening to its resolution, over tickets resolved in the period.");
    return {};
}

KpiUnit Kpis::unit(const QString &key)
{
    if (key == QLatin1String("revenue") || key == QLatin1String("average_deal_size") || key == QLatin1String("customer_lifetime_value"))
        return KpiUnit::Money;
    if (key == QLatin1String("sales_cycle_days") || key == QLatin1String("sales_cycle_median_days"))
        return KpiUnit::Days;
    if (key == QLatin1String("first_response_hours") || key == QLatin1String("resolution_hours"))
        return KpiUnit::Hours;
    return KpiUnit::Percent;
}

bool Kpis::isMoneyRatio(const QString &key)
{
    return key == QLatin1String("cross_sell_share");
}

QString Kpis::unitKey(KpiUnit unit)
{
    switch (unit) {
    case KpiUnit::Percent:
        return QStringLiteral("percent");
    case KpiUnit::Money:
        return QStringLiteral("money");
    case KpiUnit::Days:
        return QStringLiteral("days");
    case KpiUnit::Hours:
        return QStringLiteral("hours");
    }
    return {};
}

Result<KpiReport> Kpis::compute(Database &db, const KpiOptions &options)
{
    if (!options.range.from.isValid() || !options.range.to.isValid())
        return Error::badInput(tr("The KPI period needs a first and a last day."));
    if (!options.range.isValid())
        return Error::badInput(tr("The KPI period ends (%1) before it starts (%2).").arg(day(options.range.to), day(options.range.from)));
    KpiReport report;
    report.options = options;
    if (report.options.currency.trimmed().isEmpty())
        report.options.currency = QStringLiteral("EUR");
    if (!report.options.now.isValid())
        report.options.now = QDateTime::currentDateTimeUtc();
    report.previousRange = options.range.previous();
    Computer c{db, report.options};
    QHash<QString, KpiValue> cur, prev;
    if (Status s = c.compute(options.range, &cur); !s)
        return s.error();
    if (Status s = c.compute(report.previousRange, &prev); !s)
        return s.error();
    for (const QString &key : keys()) {
        KpiFigure f;
        f.key = key;
        f.unit = unit(key);
        f.current = cur.value(key);
        f.previous = prev.value(key);
        report.figures << f;
    }
    // Revenue by month, every month the range touches (clipped to the range).
    for (QDate m(options.range.from.year(), options.range.from.month(), 1); m <= options.range.to; m = m.addMonths(1)) {
        const QDate a = std::max(m, options.range.from), b = std::min(m.addMonths(1).addDays(-1), options.range.to);
        auto rev = c.revenue(a, b);
        if (!rev)
            return rev.error();
        report.revenueByMonth << qMakePair(m.toString(QStringLiteral("yyyy-MM")), rev.value());
    }
    // Documents left out for their currency.
    QVariantList p{report.options.currency, options.range.startIso(), options.range.endIsoExclusive(), report.options.currency,
                   day(options.range.from), day(options.range.to), report.options.currency, day(options.range.from), day(options.range.to)};
    auto other = c.scalar(QStringLiteral("SELECT (SELECT count(*) FROM opportunity WHERE deleted = 0 AND status = 'won' AND coalesce(currency, '') <> ? "
                                         "AND closed_at >= ? AND closed_at < ?) + (SELECT count(*) FROM invoice WHERE deleted = 0 AND status IN %1 "
                                         "AND currency <> ? AND invoice_date BETWEEN ? AND ?) + (SELECT count(*) FROM credit_note WHERE deleted = 0 "
                                         "AND status = 'issued' AND currency <> ? AND credit_date BETWEEN ? AND ?)")
                              .arg(QLatin1String(kIssued)),
                          p);
    if (!other)
        return other.error();
    report.otherCurrencyDocuments = other.value();
    return report;
}

QString Kpis::plain(const KpiFigure &figure, const KpiValue &value)
{
    if (!value.hasData)
        return {};
    if (figure.unit == KpiUnit::Money)
        return Value::formatCents(qint64(std::llround(value.value)));
    return QString::number(value.value, 'f', 1);
}

QString Kpis::text(const KpiFigure &figure, const KpiValue &value, const QString &currency)
{
    if (!value.hasData)
        return tr("no data");
    const QString p = plain(figure, value);
    switch (figure.unit) {
    case KpiUnit::Percent:
        return tr("%1 %").arg(p);
    case KpiUnit::Money:
        return p + QLatin1Char(' ') + currency;
    case KpiUnit::Days:
        return tr("%1 days").arg(p);
    case KpiUnit::Hours:
        return tr("%1 h").arg(p);
    }
    return p;
}

std::optional<double> Kpis::delta(const KpiFigure &figure)
{
    if (!figure.current.hasData || !figure.previous.hasData)
        return std::nullopt;
    return figure.current.value - figure.previous.value;
}

ReportTable Kpis::toTable(const KpiReport &report)
{
    ReportTable t;
    t.title = tr("Key performance indicators");
    QString filters = tr("Period: %1 · previous: %2").arg(Period::describe(report.options.range), Period::describe(report.previousRange));
    if (!report.options.owner.isEmpty())
        filters += tr(" · Owner: %1").arg(report.options.owner);
    filters += tr(" · Money in %1").arg(report.options.currency);
    t.filters = filters;
    t.date = report.options.range.to;
    t.headers = QStringList{tr("KPI"), tr("Value"), tr("Previous"), tr("Change"), tr("Numerator"), tr("Denominator")};
    t.numeric = {false, true, true, true, true, true};
    for (const KpiFigure &f : report.figures) {
        QString change;
        if (auto d = delta(f)) {
            KpiValue dv;
            dv.hasData = true;
            dv.value = *d;
            change = plain(f, dv);
            if (*d > 0)
                change.prepend(QLatin1Char('+'));
        }
        auto num = [&](const std::optional<qint64> &n) {
            if (!n)
                return QString();
            return f.unit == KpiUnit::Money || isMoneyRatio(f.key) ? Value::formatCents(*n) : QString::number(*n);
        };
        const QString den = !f.current.denominator ? QString()
                            : isMoneyRatio(f.key)  ? Value::formatCents(*f.current.denominator)
                                                   : QString::number(*f.current.denominator);
        t.rows << QStringList{label(f.key), text(f, f.current, report.options.currency), text(f, f.previous, report.options.currency),
                              change, num(f.current.numerator), den};
        t.rowEntities << QString();
        t.rowIds << QString();
    }
    return t;
}

} // namespace trato
