// SPDX-License-Identifier: GPL-3.0-or-later
// Análisis scoring: RFM quintiles and segments, the logistic regression, purchase-propensity and
// lead scores with their factors, "customers who bought X also bought Y". Every expected figure
// below is worked out by hand in the comments.
#include "testsupport.h"

#include "analytics/alsobought.h"
#include "analytics/logisticregression.h"
#include "analytics/rfm.h"
#include "analytics/scoring.h"
#include "store/recordstore.h"
#include "store/sqlite.h"

#include <catch2/catch.hpp>

using namespace trato;

namespace {

QString S(const char *s) { return QString::fromUtf8(s); }

template <typename T> T must(Result<T> r)
{
    if (!r.ok())
        FAIL(r.error().message.toStdString());
    return r.value();
}

struct Shop
{
    test::TempDb t;
    RecordStore store{t.db()};
    QHash<QString, QString> products; // sku -> id
    int number = 0;

    QString account(const char *name)
    {
        return must(store.create(S("account"), {{S("name"), S(name)}}));
    }
    QString product(const char *sku)
    {
        const QString id = must(store.create(S("product"), {{S("sku"), S(sku)}, {S("name"), QString(S("Producto ") + S(sku))}, {S("unit_price"), qlonglong(1000)}}));
        products.insert(S(sku), id);
        return id;
    }
    // An invoice of `account` on `date` with one line per product (1 unit at `cents` each), issued
    // unless `status` says otherwise.
    QString invoice(const QString &account, const char *date, qint64 cents, const QStringList &skus = {}, const char *status = "issued")
    {
        const QString id = must(store.create(S("invoice"), {{S("account"), account}, {S("invoice_date"), S(date)}, {S("subject"), S("Pedido")}}));
        const QStringList items = skus.isEmpty() ? QStringList{QString()} : skus;
        int position = 1;
        for (const QString &sku : items) {
            QVariantMap v{{S("invoice"), id}, {S("position"), position++}, {S("quantity"), qlonglong(1000)}, {S("unit_price"), qlonglong(cents)},
                          {S("description"), S("Línea")}, {S("tax_rate"), 21.0}};
            if (sku.isEmpty())
                v.insert(S("kind"), S("text"));
            else {
                v.insert(S("kind"), S("product"));
                v.insert(S("product"), products.value(sku));
            }
            must(store.create(S("sales_line"), v));
        }
        if (QString::fromUtf8(status) != S("draft"))
            REQUIRE(store.update(S("invoice"), id, {{S("status"), S(status)}, {S("number"), QStringLiteral("F-%1").arg(++number)}},
                                 RecordStore::Access::System).ok());
        return id;
    }
    void creditNote(const QString &account, const QString &invoice, const char *date, qint64 cents)
    {
        const QString id = must(store.create(S("credit_note"), {{S("account"), account}, {S("invoice"), invoice}, {S("credit_date"), S(date)},
                                                               {S("reason"), S("Devolución")}, {S("subject"), S("Abono")}}));
        must(store.create(S("sales_line"), {{S("credit_note"), id}, {S("position"), 1}, {S("kind"), S("text")}, {S("description"), S("Abono")},
                                            {S("quantity"), qlonglong(1000)}, {S("unit_price"), qlonglong(cents)}, {S("tax_rate"), 21.0}}));
        REQUIRE(store.update(S("credit_note"), id, {{S("status"), S("issued")}, {S("number"), QStringLiteral("R-%1").arg(++number)}},
                             RecordStore::Access::System).ok());
    }
    QString column(const char *entity, const QString &id, const char *field)
    {
        auto q = Sql::exec(t.db().connection(), QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(S(field), S(entity)), {id});
        REQUIRE(q.ok());
        REQUIRE(q.value().next());
        return q.value().value(0).isNull() ? S("NULL") : q.value().value(0).toString();
    }
};

// today 2026-06-30, window 12 months: 2025-07-01 .. 2026-06-30. Five buyers, so score = 1 + k.
//   Alfa     4 invoices 2025-12-01, 2026-03-01, 2026-05-01, 2026-06-20 × 100.00: R 10 d, F 4, M 400.00
//   Beta     1 invoice 2026-06-20 × 50.00:                                        R 10 d, F 1, M  50.00
//   Gamma    3 invoices 2025-08-01, 09-01, 10-01 × 200.00:                         R 272 d, F 3, M 600.00
//   Delta    1 invoice 2024-01-10 × 1000.00 (outside the window):                  R 902 d, F 0, M   0.00
//   Épsilon  1 invoice 2026-01-15 × 300.00, credit note 2026-02-01 × 100.00:       R 166 d, F 1, M 200.00
//   Zeta     a draft invoice only: no segment.
// R (fewer days better): Alfa, Beta k=3 -> 4; Gamma k=1 -> 2; Delta 1; Épsilon k=2 -> 3.
// F: Alfa k=4 -> 5; Beta k=1 -> 2; Gamma k=3 -> 4; Delta 1; Épsilon k=1 -> 2.
// M: Alfa k=3 -> 4; Beta k=1 -> 2; Gamma 5; Delta 1; Épsilon k=2 -> 3.
// Segments: Alfa R4 F5 loyal; Beta R4 F2 potential; Gamma R2 F4 at_risk; Delta R1 F1 lost; Épsilon R3 F2 needs_attention.
struct RfmShop : Shop
{
    QString alfa, beta, gamma, delta, epsilon, zeta;
    RfmShop()
    {
        alfa = account("Alfa");
        beta = account("Beta");
        gamma = account("Gamma");
        delta = account("Delta");
        epsilon = account("Épsilon");
        zeta = account("Zeta");
        for (const char *d : {"2025-12-01", "2026-03-01", "2026-05-01", "2026-06-20"})
            invoice(alfa, d, 10000);
        invoice(beta, "2026-06-20", 5000);
        for (const char *d : {"2025-08-01", "2025-09-01", "2025-10-01"})
            invoice(gamma, d, 20000);
        invoice(delta, "2024-01-10", 100000);
        const QString e = invoice(epsilon, "2026-01-15", 30000);
        creditNote(epsilon, e, "2026-02-01", 10000);
        invoice(zeta, "2026-06-01", 99999, {}, "draft");
        invoice(alfa, "2026-07-15", 10000); // after today: not counted
    }
};

} // namespace

TEST_CASE("RFM quintile scores: equal values get equal scores, 1 + floor(5k/n)")
{
    CHECK(Rfm::quintileScores({10, 10, 272, 902, 166}, false) == QList<int>{4, 4, 2, 1, 3});
    CHECK(Rfm::quintileScores({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, true) == QList<int>{1, 1, 2, 2, 3, 3, 4, 4, 5, 5});
    CHECK(Rfm::quintileScores({7, 7, 7}, true) == QList<int>{1, 1, 1});
    CHECK(Rfm::quintileScores({}, true).isEmpty());
}

TEST_CASE("RFM segment table covers every cell")
{
    CHECK(Rfm::segmentFor(5, 5) == S("champions"));
    CHECK(Rfm::segmentFor(5, 1) == S("new"));
    CHECK(Rfm::segmentFor(4, 1) == S("potential"));
    CHECK(Rfm::segmentFor(5, 3) == S("potential"));
    CHECK(Rfm::segmentFor(4, 4) == S("loyal"));
    CHECK(Rfm::segmentFor(3, 5) == S("loyal"));
    CHECK(Rfm::segmentFor(3, 3) == S("needs_attention"));
    CHECK(Rfm::segmentFor(3, 1) == S("needs_attention"));
    CHECK(Rfm::segmentFor(2, 5) == S("cant_lose"));
    CHECK(Rfm::segmentFor(1, 3) == S("at_risk"));
    CHECK(Rfm::segmentFor(2, 2) == S("hibernating"));
    CHECK(Rfm::segmentFor(1, 1) == S("lost"));
    for (int r = 1; r <= 5; ++r)
        for (int f = 1; f <= 5; ++f)
            CHECK(Rfm::segments().contains(Rfm::segmentFor(r, f)));
}

TEST_CASE("RFM on a hand-made dataset: recency, frequency, monetary, scores and segments")
{
    RfmShop s;
    Rfm::Options o;
    o.today = QDate(2026, 6, 30);
    const RfmResult r = must(Rfm::compute(s.t.db(), o));
    CHECK(r.windowStart == QDate(2025, 7, 1));
    REQUIRE(r.rows.size() == 5);
    QHash<QString, RfmRow> by;
    for (const RfmRow &row : r.rows)
        by.insert(row.name, row);
    CHECK(r.rows.at(0).name == S("Alfa")); // by name
    CHECK(by.value(S("Alfa")).recencyDays == 10);
    CHECK(by.value(S("Alfa")).frequency == 4);
    CHECK(by.value(S("Alfa")).monetary == 40000);
    CHECK(by.value(S("Gamma")).recencyDays == 272);
    CHECK(by.value(S("Delta")).recencyDays == 902);
    CHECK(by.value(S("Delta")).frequency == 0);
    CHECK(by.value(S("Épsilon")).monetary == 20000);
    CHECK(by.value(S("Alfa")).score() == S("454"));
    CHECK(by.value(S("Beta")).score() == S("422"));
    CHECK(by.value(S("Gamma")).score() == S("245"));
    CHECK(by.value(S("Delta")).score() == S("111"));
    CHECK(by.value(S("Épsilon")).score() == S("323"));
    CHECK(by.value(S("Alfa")).segment == S("loyal"));
    CHECK(by.value(S("Beta")).segment == S("potential"));
    CHECK(by.value(S("Gamma")).segment == S("at_risk"));
    CHECK(by.value(S("Delta")).segment == S("lost"));
    CHECK(by.value(S("Épsilon")).segment == S("needs_attention"));
    CHECK_FALSE(by.contains(S("Zeta")));
    REQUIRE(r.segments.size() == 9);
    QHash<QString, RfmSegmentCount> seg;
    for (const auto &c : r.segments)
        seg.insert(c.segment, c);
    CHECK(seg.value(S("loyal")).accounts == 1);
    CHECK(seg.value(S("loyal")).revenue == 40000);
    CHECK(seg.value(S("at_risk")).revenue == 60000);
    CHECK(seg.value(S("champions")).accounts == 0);
}

TEST_CASE("RFM recompute stores segment and code, writes only changes, clears accounts that no longer qualify")
{
    RfmShop s;
    Rfm::Options o;
    o.today = QDate(2026, 6, 30);
    const RfmResult first = must(Rfm::recompute(s.t.db(), o));
    CHECK(first.changed == 5);
    CHECK(s.column("account", s.alfa, "rfm_segment") == S("loyal"));
    CHECK(s.column("account", s.alfa, "rfm_score") == S("454"));
    CHECK(s.column("account", s.gamma, "rfm_segment") == S("at_risk"));
    CHECK(s.column("account", s.zeta, "rfm_segment") == S("NULL"));
    CHECK(must(Rfm::recompute(s.t.db(), o)).changed == 0);
    // Derived: no change-log rows for them.
    auto log = Sql::exec(s.t.db().connection(), S("SELECT count(*) FROM change_log WHERE field IN ('rfm_segment', 'rfm_score')"));
    REQUIRE(log.ok());
    REQUIRE(log.value().next());
    CHECK(log.value().value(0).toInt() == 0);
    // Before anyone bought: every segment goes back to NULL.
    o.today = QDate(2023, 1, 1);
    CHECK(must(Rfm::recompute(s.t.db(), o)).changed == 5);
    CHECK(s.column("account", s.alfa, "rfm_segment") == S("NULL"));
    CHECK(s.column("account", s.alfa, "rfm_score") == S("NULL"));
}

TEST_CASE("RFM refuses a bad window and changes nothing")
{
    RfmShop s;
    Rfm::Options o;
    o.today = QDate(2026, 6, 30);
    REQUIRE(Rfm::recompute(s.t.db(), o).ok());
    o.windowMonths = 0;
    auto r = Rfm::recompute(s.t.db(), o);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(S("window")));
    CHECK(s.column("account", s.alfa, "rfm_score") == S("454"));
}

TEST_CASE("logistic regression: signs, ordering of probabilities, determinism")
{
    // y = 1 for x > 5; the second feature is constant and must get no weight.
    QList<QList<double>> rows;
    QList<int> labels;
    for (int x = 1; x <= 10; ++x) {
        rows << QList<double>{double(x), 7.0};
        labels << (x > 5 ? 1 : 0);
    }
    const LogisticModel m = LogisticRegression::fit(rows, labels);
    REQUIRE(m.featureCount() == 2);
    CHECK(m.weights.at(0) > 0);
    CHECK(m.weights.at(1) == 0);
    CHECK(m.mean.at(0) == Approx(5.5));
    for (int x = 1; x < 10; ++x)
        CHECK(m.probability({double(x), 7}) < m.probability({double(x + 1), 7}));
    CHECK(m.probability({1, 7}) < 0.1);
    CHECK(m.probability({10, 7}) > 0.9);
    // The contribution is weight × standardised value; they add up to the logit.
    const QList<double> c = m.contributions({10, 7});
    CHECK(c.at(0) == Approx(m.weights.at(0) * (10 - 5.5) / m.scale.at(0)));
    CHECK(m.logit({10, 7}) == Approx(m.bias + c.at(0) + c.at(1)));

    // Flipped labels: the sign flips.
    QList<int> flipped;
    for (int y : labels)
        flipped << 1 - y;
    CHECK(LogisticRegression::fit(rows, flipped).weights.at(0) < 0);

    // Two runs, identical bit for bit.
    const LogisticModel again = LogisticRegression::fit(rows, labels);
    CHECK(again.weights == m.weights);
    CHECK(again.bias == m.bias);

    // One class only: no weights, the base rate (0.5 + 0) / 11 clamped away from 0.
    const LogisticModel none = LogisticRegression::fit(rows, QList<int>(10, 0));
    CHECK(none.weights.at(0) == 0);
    CHECK(none.probability({10, 7}) == Approx(0.5 / 11));
}

TEST_CASE("purchase propensity: trained before the cut-off, scored today, stored, reproducible, with factors")
{
    RfmShop s;
    Scoring::Options o;
    o.today = QDate(2026, 6, 30); // cut-off 2026-04-01
    o.write = false;
    const ScoreRun dry = must(Scoring::scoreAccounts(s.t.db(), o));
    CHECK(dry.cutoff == QDate(2026, 4, 1));
    // Training rows: every account as it was at the cut-off (Beta and Zeta had no purchase then).
    // Label: bought in (2026-04-01, 2026-06-30]: Alfa (05-01, 06-20) and Beta (06-20).
    CHECK(dry.trainingRows == 6);
    CHECK(dry.positives == 2);
    CHECK(dry.records.size() == 6);
    CHECK(dry.features.size() == dry.featureLabels.size());
    CHECK(dry.features.first() == S("recency"));
    CHECK(dry.model.weights.at(0) < 0); // the longer since the last purchase, the less likely
    QHash<QString, ScoredRecord> by;
    for (const ScoredRecord &r : dry.records)
        by.insert(r.name, r);
    CHECK(by.value(S("Alfa")).score > by.value(S("Delta")).score);
    CHECK(by.value(S("Alfa")).score > by.value(S("Gamma")).score);
    for (const ScoredRecord &r : dry.records) {
        CHECK(r.score >= 0);
        CHECK(r.score <= 100);
        CHECK(r.factors.size() <= 3);
    }
    const ScoredRecord alfa = by.value(S("Alfa"));
    REQUIRE_FALSE(alfa.factors.isEmpty());
    for (int i = 1; i < alfa.factors.size(); ++i)
        CHECK(std::abs(alfa.factors.at(i - 1).contribution) >= std::abs(alfa.factors.at(i).contribution));
    CHECK(alfa.factorsText().contains(alfa.factors.first().label));
    CHECK(dry.records.first().score >= dry.records.last().score);
    CHECK(s.column("account", s.alfa, "purchase_score") == S("NULL")); // write = false

    // Same data, same scores; then stored.
    o.write = true;
    const ScoreRun stored = must(Scoring::scoreAccounts(s.t.db(), o));
    CHECK(stored.changed == 6);
    REQUIRE(stored.records.size() == dry.records.size());
    for (int i = 0; i < stored.records.size(); ++i) {
        CHECK(stored.records.at(i).id == dry.records.at(i).id);
        CHECK(stored.records.at(i).score == dry.records.at(i).score);
    }
    CHECK(stored.model.weights == dry.model.weights);
    CHECK(s.column("account", s.alfa, "purchase_score") == QString::number(alfa.score));
    CHECK(must(Scoring::scoreAccounts(s.t.db(), o)).changed == 0);
    const QList<ScoredRecord> top = must(Scoring::stored(s.t.db(), S("account"), 2));
    REQUIRE(top.size() == 2);
    CHECK(top.at(0).id == stored.records.at(0).id);
    CHECK(top.at(0).score == stored.records.at(0).score);
    CHECK_FALSE(Scoring::stored(s.t.db(), S("contact"), 2).ok());
}

TEST_CASE("lead score: converted and qualified against disqualified, open leads ranked, factors in words")
{
    Shop s;
    auto lead = [&](const char *last, const char *rating, bool email, const char *status) {
        QVariantMap v{{S("last_name"), S(last)}, {S("rating"), S(rating)}, {S("status"), S(status)}, {S("source"), S("web")}};
        if (email)
            v.insert(S("email"), QString(S(last).toLower() + S("@example.com")));
        if (S(status) == S("disqualified"))
            v.insert(S("disqualified_reason"), S("no_interest"));
        return must(s.store.create(S("lead"), v));
    };
    lead("Uno", "hot", true, "qualified");
    lead("Dos", "hot", true, "converted");
    lead("Tres", "warm", true, "qualified");
    lead("Cuatro", "cold", false, "disqualified");
    lead("Cinco", "cold", false, "disqualified");
    lead("Seis", "warm", false, "disqualified");
    const QString hot = lead("Siete", "hot", true, "new");
    const QString cold = lead("Ocho", "cold", false, "new");
    Scoring::Options o;
    o.today = QDate(2026, 6, 30); // the new leads were created after the cut-off: scored, not trained on
    const ScoreRun run = must(Scoring::scoreLeads(s.t.db(), o));
    CHECK(run.trainingRows == 6);
    CHECK(run.positives == 3);
    const int rating = int(run.features.indexOf(S("rating")));
    REQUIRE(rating >= 0);
    CHECK(run.model.weights.at(rating) > 0);
    CHECK(run.model.weights.at(run.features.indexOf(S("has_email"))) > 0);
    // The only source (web) is constant: no weight.
    CHECK(run.model.weights.at(run.features.indexOf(S("source_web"))) == 0);
    QHash<QString, ScoredRecord> by;
    for (const ScoredRecord &r : run.records)
        by.insert(r.id, r);
    CHECK(by.value(hot).score > 50);
    CHECK(by.value(cold).score < 50);
    CHECK(by.value(hot).open);
    CHECK(s.column("lead", hot, "lead_score") == QString::number(by.value(hot).score));
    const QList<ScoredRecord> open = run.top(10, true);
    CHECK(open.size() == 4); // Uno, Tres, Siete, Ocho
    for (const ScoredRecord &r : open)
        CHECK(r.open);
    REQUIRE_FALSE(by.value(hot).factors.isEmpty());
    CHECK(by.value(hot).factors.first().contribution > 0);
    CHECK(by.value(hot).factorsText().contains(S("(+")));
    const QList<ScoredRecord> stored = must(Scoring::stored(s.t.db(), S("lead"), 10));
    CHECK(stored.size() == 4);
    CHECK(stored.first().id == hot);
}

TEST_CASE("recompute all: RFM, propensity and lead scores with progress, and cancel")
{
    RfmShop s;
    QStringList steps;
    const Scoring::All all = must(Scoring::recomputeAll(s.t.db(), QDate(2026, 6, 30), [&](int step, int total, const QString &what) {
        steps << QStringLiteral("%1/%2 %3").arg(step).arg(total).arg(what);
        return true;
    }));
    CHECK(steps.size() == 4);
    CHECK(all.rfm.rows.size() == 5);
    CHECK(all.accounts.records.size() == 6);
    CHECK(s.column("account", s.beta, "rfm_segment") == S("potential"));
    RfmShop other;
    auto cancelled = Scoring::recomputeAll(other.t.db(), QDate(2026, 6, 30), [](int step, int, const QString &) { return step < 1; });
    CHECK_FALSE(cancelled.ok());
    CHECK(other.column("account", other.alfa, "rfm_segment") == S("loyal")); // the first step was done and kept
    CHECK(other.column("account", other.alfa, "purchase_score") == S("NULL"));
}

// Baskets: acc1 {P1, P2, P3}, acc2 {P1, P2}, acc3 {P1, P3}, acc4 {P2, P4}, acc5 {P4}; a draft
// invoice gives acc1 P4 (not counted). 5 buyers; P2 has 3 buyers, P3 2, P4 2.
TEST_CASE("also bought: co-occurrence, confidence and lift, minimum support, suggestions for an account")
{
    Shop s;
    for (const char *p : {"P1", "P2", "P3", "P4"})
        s.product(p);
    const QString a1 = s.account("Uno"), a2 = s.account("Dos"), a3 = s.account("Tres"), a4 = s.account("Cuatro"), a5 = s.account("Cinco");
    s.invoice(a1, "2026-01-10", 1000, {S("P1"), S("P2")});
    s.invoice(a1, "2026-02-10", 1000, {S("P3")}, "paid");
    s.invoice(a1, "2026-03-10", 1000, {S("P4")}, "draft");
    s.invoice(a2, "2026-01-11", 1000, {S("P1"), S("P2")});
    s.invoice(a3, "2026-01-12", 1000, {S("P1"), S("P3")});
    s.invoice(a4, "2026-01-13", 1000, {S("P2"), S("P4")});
    s.invoice(a5, "2026-01-14", 1000, {S("P4")});

    AlsoBought::Options o;
    o.minSupport = 1;
    // P1's buyers: acc1-3. P2 with it: acc1, acc2 (2/3, lift (2/3)/(3/5) = 1.11); P3: acc1, acc3 (2/3, lift (2/3)/(2/5) = 1.67).
    const QList<AlsoBoughtItem> p1 = must(AlsoBought::forProduct(s.t.db(), s.products.value(S("P1")), o));
    REQUIRE(p1.size() == 2);
    CHECK(p1.at(0).sku == S("P3")); // same support: higher lift first
    CHECK(p1.at(0).support == 2);
    CHECK(p1.at(0).confidence == Approx(2.0 / 3));
    CHECK(p1.at(0).lift == Approx(5.0 / 3));
    CHECK(p1.at(1).sku == S("P2"));
    CHECK(p1.at(1).lift == Approx(10.0 / 9));
    o.minSupport = 3;
    CHECK(must(AlsoBought::forProduct(s.t.db(), s.products.value(S("P1")), o)).isEmpty());

    // acc2 has {P1, P2}; co-buyers acc1, acc3, acc4. P3: acc1, acc3 (2, 2/3, lift 1.67); P4: acc4 (1, 1/3, lift 0.83).
    o.minSupport = 1;
    const QList<AlsoBoughtItem> sug = must(AlsoBought::forAccount(s.t.db(), a2, o));
    REQUIRE(sug.size() == 2);
    CHECK(sug.at(0).sku == S("P3"));
    CHECK(sug.at(0).support == 2);
    CHECK(sug.at(1).sku == S("P4"));
    CHECK(sug.at(1).confidence == Approx(1.0 / 3));
    CHECK(sug.at(1).lift == Approx(5.0 / 6));
    o.minSupport = 2;
    CHECK(must(AlsoBought::forAccount(s.t.db(), a2, o)).size() == 1);
    o.top = 0;
    CHECK(must(AlsoBought::forAccount(s.t.db(), a2, o)).isEmpty());

    CHECK(must(AlsoBought::resolveProduct(s.t.db(), S("P2"))) == s.products.value(S("P2")));
    CHECK(must(AlsoBought::resolveProduct(s.t.db(), S("Producto P3"))) == s.products.value(S("P3")));
    auto missing = AlsoBought::resolveProduct(s.t.db(), S("nada"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(S("nada")));
}
