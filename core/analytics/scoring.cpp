// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring.h"
#include "derivedwriter.h"

#include "metadata/registry.h"
#include "sales/purchasehistory.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "store/transaction.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace trato {

namespace {

constexpr int kNeverDays = 3650;

qint64 day(const QVariant &v)
{
    // Date or DateTime text: the day part, as a Julian day (0: none).
    const QString s = v.toString();
    if (s.size() < 10)
        return 0;
    const QDate d = QDate::fromString(s.left(10), Qt::ISODate);
    return d.isValid() ? d.toJulianDay() : 0;
}

double log1(double x) { return std::log1p(std::max(0.0, x)); }

int toScore(double p) { return int(std::lround(std::clamp(p, 0.0, 1.0) * 100.0)); }

// Factors of one record: the top 3 contributions by size.
QList<ScoreFactor> mainFactors(const LogisticModel &m, const QStringList &keys, const QStringList &labels, const QList<double> &raw,
                               const QList<double> &shown, const QList<bool> &indicator)
{
    const QList<double> c = m.contributions(raw);
    QList<int> order;
    for (int j = 0; j < c.size(); ++j)
        order << j;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return std::abs(c.at(a)) > std::abs(c.at(b)); });
    QList<ScoreFactor> out;
    for (int j : order) {
        if (out.size() == 3 || std::abs(c.at(j)) < 1e-9)
            break;
        ScoreFactor f{keys.at(j), labels.at(j), shown.value(j, raw.at(j)), c.at(j)};
        f.indicator = indicator.value(j);
        out << f;
    }
    return out;
}

void sortRecords(QList<ScoredRecord> &records)
{
    std::sort(records.begin(), records.end(), [](const ScoredRecord &a, const ScoredRecord &b) {
        if (a.score != b.score)
            return a.score > b.score;
        const int cmp = QString::compare(a.name, b.name, Qt::CaseInsensitive);
        return cmp != 0 ? cmp < 0 : a.id < b.id;
    });
}

// Stores entity.field for the records whose value differs, in one transaction.
Result<qint64> writeScores(Database &db, const QString &entity, const QString &field, const QList<ScoredRecord> &records)
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    QList<QPair<QString, QVariantList>> rows;
    rows.reserve(records.size());
    for (const ScoredRecord &r : records)
        rows << qMakePair(r.id, QVariantList{r.score});
    auto changed = writeDerivedColumns(tx, entity, {field}, rows);
    if (!changed)
        return changed.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return changed.value();
}

QDate todayOr(const QDate &d) { return d.isValid() ? d : QDateTime::currentDateTimeUtc().date(); }

} // namespace

QString ScoreFactor::text() const
{
    const QLocale locale;
    const double rounded = std::round(value * 100.0) / 100.0;
    const QString shown = std::isnan(value) ? tr("none")
                          : indicator       ? (value != 0 ? tr("yes") : tr("no"))
                                            : locale.toString(rounded, 'f', rounded == std::round(rounded) ? 0 : 2);
    return QStringLiteral("%1: %2 (%3%4)")
        .arg(label, shown, contribution >= 0 ? QStringLiteral("+") : QStringLiteral("−"),
             locale.toString(std::abs(contribution), 'f', 2));
}

QString ScoredRecord::factorsText() const
{
    QStringList parts;
    for (const ScoreFactor &f : factors)
        parts << f.text();
    return parts.join(QStringLiteral("; "));
}

QList<ScoredRecord> ScoreRun::top(int n, bool openOnly) const
{
    QList<ScoredRecord> out;
    for (const ScoredRecord &r : records) {
        if (out.size() >= n)
            break;
        if (!openOnly || r.open)
            out << r;
    }
    return out;
}

Result<ScoreRun> Scoring::scoreAccounts(Database &db, const Options &options)
{
    if (options.horizonDays < 1 || options.horizonDays > 3650)
        return Error::badInput(tr("The scoring horizon must be between 1 and 3650 days, not %1.").arg(options.horizonDays));
    QElapsedTimer timer;
    timer.start();
    ScoreRun run;
    run.entity = QStringLiteral("account");
    run.today = todayOr(options.today);
    run.cutoff = run.today.addDays(-options.horizonDays);
    run.features = {QStringLiteral("recency"), QStringLiteral("frequency"), QStringLiteral("monetary"), QStringLiteral("open_opportunities"),
                    QStringLiteral("activities_90d"), QStringLiteral("tickets_365d"), QStringLiteral("tenure")};
    run.featureLabels = {tr("Days since the last purchase"), tr("Invoices in the last 12 months"), tr("Net invoiced in the last 12 months (€)"),
                         tr("Open opportunities"), tr("Activities in the last 90 days"), tr("Tickets in the last 12 months"),
                         tr("Days as a customer")};
    const qint64 today = run.today.toJulianDay();
    const qint64 cutoff = run.cutoff.toJulianDay();
    QSqlDatabase conn = db.connection();

    struct Acc
    {
        QString id, name;
        qint64 created = 0;
        QList<QPair<qint64, qint64>> invoices; // day, net cents
        QList<QPair<qint64, qint64>> opportunities; // created day, closed day (0: open)
        QList<qint64> activities, tickets;
        // A customer since it was created or first invoiced, whichever is earlier (imported
        // accounts are created after their history).
        qint64 since() const
        {
            qint64 s = created;
            for (const auto &inv : invoices)
                if (inv.first && (s == 0 || inv.first < s))
                    s = inv.first;
            return s;
        }
    };
    QList<Acc> accounts;
    QHash<QString, int> index;
    auto a = Sql::exec(conn, QStringLiteral("SELECT id, name, created_at FROM account WHERE deleted = 0 ORDER BY id"));
    if (!a)
        return a.error();
    while (a.value().next()) {
        Acc acc;
        acc.id = a.value().value(0).toString();
        acc.name = a.value().value(1).toString();
        acc.created = day(a.value().value(2));
        index.insert(acc.id, int(accounts.size()));
        accounts << acc;
    }
    QVariantList params{run.today.toString(Qt::ISODate)};
    QStringList marks;
    for (const QString &s : PurchaseHistoryService::countedInvoiceStatuses()) {
        marks << QStringLiteral("?");
        params << s;
    }
    auto inv = Sql::exec(conn,
                         QStringLiteral("SELECT account, invoice_date, coalesce(subtotal, 0) - coalesce(discount_total, 0) FROM invoice "
                                        "WHERE deleted = 0 AND invoice_date <= ? AND status IN (%1) ORDER BY account, invoice_date, id")
                             .arg(marks.join(QStringLiteral(", "))),
                         params);
    if (!inv)
        return inv.error();
    while (inv.value().next()) {
        const auto it = index.constFind(inv.value().value(0).toString());
        if (it != index.constEnd())
            accounts[it.value()].invoices << qMakePair(day(inv.value().value(1)), inv.value().value(2).toLongLong());
    }
    auto opp = Sql::exec(conn, QStringLiteral("SELECT account, created_at, status, closed_at FROM opportunity WHERE deleted = 0 AND account IS NOT NULL ORDER BY id"));
    if (!opp)
        return opp.error();
    while (opp.value().next()) {
        const auto it = index.constFind(opp.value().value(0).toString());
        if (it == index.constEnd())
            continue;
        const bool open = opp.value().value(2).toString() == QLatin1String("open");
        qint64 closed = open ? 0 : day(opp.value().value(3));
        if (!open && closed == 0)
            closed = day(opp.value().value(1)); // closed without a date: counts as closed from the start
        accounts[it.value()].opportunities << qMakePair(day(opp.value().value(1)), closed);
    }
    const QString windowStart = QDate::fromJulianDay(cutoff - 364).toString(Qt::ISODate);
    auto act = Sql::exec(conn, QStringLiteral("SELECT account, start_at FROM activity WHERE deleted = 0 AND account IS NOT NULL AND start_at >= ? AND start_at < ?"),
                         {QDate::fromJulianDay(cutoff - 89).toString(Qt::ISODate), run.today.addDays(1).toString(Qt::ISODate)});
    if (!act)
        return act.error();
    while (act.value().next()) {
        const auto it = index.constFind(act.value().value(0).toString());
        if (it != index.constEnd())
            accounts[it.value()].activities << day(act.value().value(1));
    }
    auto tic = Sql::exec(conn, QStringLiteral("SELECT account, opened_at FROM ticket WHERE deleted = 0 AND account IS NOT NULL AND opened_at >= ? AND opened_at < ?"),
                         {windowStart, run.today.addDays(1).toString(Qt::ISODate)});
    if (!tic)
        return tic.error();
    while (tic.value().next()) {
        const auto it = index.constFind(tic.value().value(0).toString());
        if (it != index.constEnd())
            accounts[it.value()].tickets << day(tic.value().value(1));
    }

    // Features as of day d: only data dated on or before d.
    // The model's inputs, and (shown != nullptr) the same in people's units for the factors.
    auto features = [](const Acc &acc, qint64 d, QList<double> *shown = nullptr) {
        qint64 last = 0;
        int frequency = 0;
        qint64 net = 0;
        for (const auto &[when, amount] : acc.invoices) {
            if (when > d)
                continue;
            last = std::max(last, when);
            if (when > d - 365) {
                ++frequency;
                net += amount;
            }
        }
        int openOpps = 0;
        for (const auto &[created, closed] : acc.opportunities)
            if (created <= d && (closed == 0 || closed > d))
                ++openOpps;
        int activities = 0;
        for (qint64 when : acc.activities)
            if (when <= d && when > d - 90)
                ++activities;
        int tickets = 0;
        for (qint64 when : acc.tickets)
            if (when <= d && when > d - 365)
                ++tickets;
        const double recencyDays = last ? double(d - last) : double(kNeverDays);
        const qint64 since = acc.since();
        const double tenure = since ? double(std::max<qint64>(0, d - since)) : 0.0;
        if (shown)
            *shown = {last ? recencyDays : std::nan(""), double(frequency), double(net) / 100.0, double(openOpps), double(activities), double(tickets), tenure};
        return QList<double>{log1(recencyDays), double(frequency), log1(double(net) / 100.0), double(openOpps),
                             double(activities), double(tickets), log1(tenure)};
    };

    QList<QList<double>> rows;
    QList<int> labels;
    for (const Acc &acc : std::as_const(accounts)) {
        // Every account, as it looked at the cut-off: one without any history then (created later,
        // or never bought) is a row with no purchases and no tenure, so the model learns that case
        // too instead of extrapolating to it.
        rows << features(acc, cutoff);
        bool bought = false;
        for (const auto &inv : acc.invoices)
            bought = bought || (inv.first > cutoff && inv.first <= today);
        labels << (bought ? 1 : 0);
        run.positives += bought ? 1 : 0;
    }
    run.trainingRows = int(rows.size());
    run.model = LogisticRegression::fit(rows, labels, options.regression);
    if (run.model.featureCount() == 0) { // no training rows: a neutral model of the right size
        run.model.mean.fill(0.0, run.features.size());
        run.model.scale.fill(1.0, run.features.size());
        run.model.weights.fill(0.0, run.features.size());
    }
    for (const Acc &acc : std::as_const(accounts)) {
        QList<double> shown;
        const QList<double> x = features(acc, today, &shown);
        ScoredRecord r;
        r.entity = run.entity;
        r.id = acc.id;
        r.name = acc.name;
        r.score = toScore(run.model.probability(x));
        r.factors = mainFactors(run.model, run.features, run.featureLabels, x, shown, {});
        run.records << r;
    }
    sortRecords(run.records);
    if (options.write) {
        auto w = writeScores(db, run.entity, QStringLiteral("purchase_score"), run.records);
        if (!w)
            return w.error();
        run.changed = w.value();
    }
    run.elapsedMs = timer.elapsed();
    return run;
}

Result<ScoreRun> Scoring::scoreLeads(Database &db, const Options &options)
{
    if (options.horizonDays < 1 || options.horizonDays > 3650)
        return Error::badInput(tr("The scoring horizon must be between 1 and 3650 days, not %1.").arg(options.horizonDays));
    QElapsedTimer timer;
    timer.start();
    ScoreRun run;
    run.entity = QStringLiteral("lead");
    run.today = todayOr(options.today);
    run.cutoff = run.today.addDays(-options.horizonDays);
    const qint64 today = run.today.toJulianDay();
    const qint64 cutoff = run.cutoff.toJulianDay();
    QSqlDatabase conn = db.connection();

    struct Lead
    {
        QString id, name, source, rating, status;
        qint64 created = 0, estimated = 0;
        bool converted = false, campaign = false, email = false, phone = false;
        int activities = 0;
    };
    QList<Lead> leads;
    auto q = Sql::exec(conn, QStringLiteral("SELECT l.id, trim(coalesce(l.first_name, '') || ' ' || coalesce(l.last_name, '')), l.source, l.rating, l.status, "
                                            "l.created_at, coalesce(l.estimated_value, 0), l.converted_at IS NOT NULL, l.campaign IS NOT NULL, "
                                            "coalesce(l.email, '') <> '', coalesce(l.phone, '') <> '' OR coalesce(l.mobile, '') <> '' "
                                            "FROM lead l WHERE l.deleted = 0 ORDER BY l.id"));
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        Lead l;
        l.id = r.value(0).toString();
        l.name = r.value(1).toString();
        l.source = r.value(2).toString();
        l.rating = r.value(3).toString();
        l.status = r.value(4).toString();
        l.created = day(r.value(5));
        l.estimated = r.value(6).toLongLong();
        l.converted = r.value(7).toBool();
        l.campaign = r.value(8).toBool();
        l.email = r.value(9).toBool();
        l.phone = r.value(10).toBool();
        leads << l;
    }
    // Activities per lead: one grouped pass (no per-lead lookup: the demo writes before its indexes exist).
    QHash<QString, int> leadIndex;
    for (int i = 0; i < leads.size(); ++i)
        leadIndex.insert(leads.at(i).id, i);
    auto acts = Sql::exec(conn, QStringLiteral("SELECT lead, count(*) FROM activity WHERE lead IS NOT NULL AND deleted = 0 GROUP BY lead"));
    if (!acts)
        return acts.error();
    while (acts.value().next())
        if (const auto it = leadIndex.constFind(acts.value().value(0).toString()); it != leadIndex.constEnd())
            leads[it.value()].activities = acts.value().value(1).toInt();
    // Label: 1 converted/qualified, 0 disqualified or old and still open, -1 not trained on.
    auto label = [&](const Lead &l) {
        if (l.converted || l.status == QLatin1String("converted") || l.status == QLatin1String("qualified"))
            return 1;
        if (l.status == QLatin1String("disqualified"))
            return 0;
        return (l.created != 0 && l.created <= cutoff) ? 0 : -1;
    };
    // One indicator per source seen among the training rows, in the picklist's order.
    QStringList sources;
    const Entity *entity = db.registry()->entity(QStringLiteral("lead"));
    const Field *sourceField = entity ? entity->field(QStringLiteral("source")) : nullptr;
    QSet<QString> seen;
    for (const Lead &l : std::as_const(leads))
        if (label(l) >= 0 && !l.source.isEmpty())
            seen.insert(l.source);
    if (sourceField)
        for (const auto &o : sourceField->options)
            if (seen.contains(o.value))
                sources << o.value;
    for (const QString &s : sources) {
        run.features << QStringLiteral("source_") + s;
        QString optionLabel = s;
        if (sourceField)
            for (const auto &o : sourceField->options)
                if (o.value == s)
                    optionLabel = QCoreApplication::translate("trato::Metadata", o.label.toUtf8().constData());
        run.featureLabels << tr("Source is %1").arg(optionLabel);
    }
    run.features << QStringLiteral("rating") << QStringLiteral("estimated_value") << QStringLiteral("activities") << QStringLiteral("campaign")
                 << QStringLiteral("has_email") << QStringLiteral("has_phone") << QStringLiteral("age");
    run.featureLabels << tr("Rating (hot 3, warm 2, cold 1)") << tr("Estimated value (€)") << tr("Activities") << tr("In a campaign")
                      << tr("Has an email") << tr("Has a phone") << tr("Days since created");
    QList<bool> indicator(sources.size(), true);
    indicator << false << false << false << true << true << true << false;
    auto features = [&](const Lead &l, QList<double> *shown = nullptr) {
        QList<double> x;
        for (const QString &s : std::as_const(sources))
            x << (l.source == s ? 1.0 : 0.0);
        const double rating = l.rating == QLatin1String("hot") ? 3 : l.rating == QLatin1String("warm") ? 2 : l.rating == QLatin1String("cold") ? 1 : 0;
        x << rating << log1(double(l.estimated) / 100.0) << log1(l.activities) << (l.campaign ? 1.0 : 0.0) << (l.email ? 1.0 : 0.0)
          << (l.phone ? 1.0 : 0.0) << log1(l.created ? double(std::max<qint64>(0, today - l.created)) : 0.0);
        if (shown) {
            *shown = x;
            const qsizetype k = sources.size();
            (*shown)[k + 1] = double(l.estimated) / 100.0;
            (*shown)[k + 2] = l.activities;
            (*shown)[k + 6] = l.created ? double(std::max<qint64>(0, today - l.created)) : 0.0;
        }
        return x;
    };
    QList<QList<double>> rows;
    QList<int> labels;
    for (const Lead &l : std::as_const(leads)) {
        const int y = label(l);
        if (y < 0)
            continue;
        rows << features(l);
        labels << y;
        run.positives += y;
    }
    run.trainingRows = int(rows.size());
    run.model = LogisticRegression::fit(rows, labels, options.regression);
    if (run.model.featureCount() == 0) {
        run.model.mean.fill(0.0, run.features.size());
        run.model.scale.fill(1.0, run.features.size());
        run.model.weights.fill(0.0, run.features.size());
    }
    for (const Lead &l : std::as_const(leads)) {
        QList<double> shown;
        const QList<double> x = features(l, &shown);
        ScoredRecord r;
        r.entity = run.entity;
        r.id = l.id;
        r.name = l.name;
        r.score = toScore(run.model.probability(x));
        r.open = !l.converted && l.status != QLatin1String("converted") && l.status != QLatin1String("disqualified");
        r.factors = mainFactors(run.model, run.features, run.featureLabels, x, shown, indicator);
        run.records << r;
    }
    sortRecords(run.records);
    if (options.write) {
        auto w = writeScores(db, run.entity, QStringLiteral("lead_score"), run.records);
        if (!w)
            return w.error();
        run.changed = w.value();
    }
    run.elapsedMs = timer.elapsed();
    return run;
}

Result<QList<ScoredRecord>> Scoring::stored(Database &db, const QString &entity, int top)
{
    QString sql;
    if (entity == QLatin1String("account"))
        sql = QStringLiteral("SELECT id, name, purchase_score FROM account WHERE deleted = 0 AND purchase_score IS NOT NULL "
                             "ORDER BY purchase_score DESC, name COLLATE NOCASE, id LIMIT ?");
    else if (entity == QLatin1String("lead"))
        sql = QStringLiteral("SELECT id, trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')) AS n, lead_score FROM lead "
                             "WHERE deleted = 0 AND lead_score IS NOT NULL AND converted_at IS NULL "
                             "AND coalesce(status, '') NOT IN ('converted', 'disqualified') "
                             "ORDER BY lead_score DESC, n COLLATE NOCASE, id LIMIT ?");
    else
        return Error::badInput(tr("Scores exist for \"account\" and \"lead\", not \"%1\".").arg(entity));
    auto q = Sql::exec(db.connection(), sql, {top});
    if (!q)
        return q.error();
    QList<ScoredRecord> out;
    while (q.value().next()) {
        ScoredRecord r;
        r.entity = entity;
        r.id = q.value().value(0).toString();
        r.name = q.value().value(1).toString();
        r.score = q.value().value(2).toInt();
        out << r;
    }
    return out;
}

Result<Scoring::All> Scoring::recomputeAll(Database &db, const QDate &today, const std::function<bool(int, int, const QString &)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    All all;
    const QDate day = todayOr(today);
    if (progress && !progress(0, 3, tr("RFM segments")))
        return Error::failure(tr("Cancelled."));
    Rfm::Options ro;
    ro.today = day;
    auto rfm = Rfm::recompute(db, ro);
    if (!rfm)
        return rfm.error();
    all.rfm = rfm.value();
    if (progress && !progress(1, 3, tr("Purchase propensity")))
        return Error::failure(tr("Cancelled."));
    Options o;
    o.today = day;
    auto accounts = scoreAccounts(db, o);
    if (!accounts)
        return accounts.error();
    all.accounts = accounts.value();
    if (progress && !progress(2, 3, tr("Lead scores")))
        return Error::failure(tr("Cancelled."));
    auto leads = scoreLeads(db, o);
    if (!leads)
        return leads.error();
    all.leads = leads.value();
    if (progress)
        progress(3, 3, QString());
    all.elapsedMs = timer.elapsed();
    return all;
}

} // namespace trato
