// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli segments rfm, score account|lead and also-bought on a real database file.
#include "clitest.h"

#include "store/recordstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace trato;
using test::Cli;
using test::S;

namespace {

struct Seeder
{
    RecordStore store;
    int number = 0;
    QHash<QString, QString> products;

    explicit Seeder(Database &db) : store(db) {}

    QString id(Result<QString> r)
    {
        REQUIRE(r.ok());
        return r.value();
    }
    void invoice(const QString &account, const char *date, qint64 cents, const QStringList &skus)
    {
        const QString inv = id(store.create(S("invoice"), {{S("account"), account}, {S("invoice_date"), S(date)}, {S("subject"), S("Pedido")}}));
        int position = 1;
        for (const QString &sku : skus)
            id(store.create(S("sales_line"), {{S("invoice"), inv}, {S("position"), position++}, {S("kind"), S("product")}, {S("product"), products.value(sku)},
                                              {S("description"), sku}, {S("quantity"), qlonglong(1000)}, {S("unit_price"), qlonglong(cents / skus.size())},
                                              {S("tax_rate"), 21.0}}));
        REQUIRE(store.update(S("invoice"), inv, {{S("status"), S("issued")}, {S("number"), QStringLiteral("F-%1").arg(++number)}}, RecordStore::Access::System).ok());
    }
};

// The hand-checked RFM dataset of tests/core/test_scoring.cpp (today 2026-06-30), the lines carrying
// products: Alfa P1+P2 (×4), Beta P1, Gamma P1+P3 (×3), Delta P2+P3, Épsilon P3 (credit 100.00).
void seed(test::TempDb &t)
{
    Seeder s(t.db());
    for (const char *p : {"P1", "P2", "P3"})
        s.products.insert(S(p), s.id(s.store.create(S("product"), {{S("sku"), S(p)}, {S("name"), QString(S("Producto ") + S(p))}})));
    const QString alfa = s.id(s.store.create(S("account"), {{S("name"), S("Alfa")}}));
    const QString beta = s.id(s.store.create(S("account"), {{S("name"), S("Beta")}}));
    const QString gamma = s.id(s.store.create(S("account"), {{S("name"), S("Gamma")}}));
    const QString delta = s.id(s.store.create(S("account"), {{S("name"), S("Delta")}}));
    const QString epsilon = s.id(s.store.create(S("account"), {{S("name"), S("Épsilon")}}));
    for (const char *d : {"2025-12-01", "2026-03-01", "2026-05-01", "2026-06-20"})
        s.invoice(alfa, d, 10000, {S("P1"), S("P2")});
    s.invoice(beta, "2026-06-20", 5000, {S("P1")});
    for (const char *d : {"2025-08-01", "2025-09-01", "2025-10-01"})
        s.invoice(gamma, d, 20000, {S("P1"), S("P3")});
    s.invoice(delta, "2024-01-10", 100000, {S("P2"), S("P3")});
    s.invoice(epsilon, "2026-01-15", 30000, {S("P3")});
    // A lead that converted and one that did not.
    s.id(s.store.create(S("lead"), {{S("last_name"), S("Sí")}, {S("rating"), S("hot")}, {S("status"), S("qualified")}}));
    s.id(s.store.create(S("lead"), {{S("last_name"), S("No")}, {S("rating"), S("cold")}, {S("status"), S("disqualified")}, {S("disqualified_reason"), S("no_budget")}}));
    s.id(s.store.create(S("lead"), {{S("last_name"), S("Quizá")}, {S("rating"), S("hot")}}));
}

} // namespace

TEST_CASE("segments rfm recomputes and lists accounts and revenue per segment")
{
    test::TempDb t;
    seed(t);
    t.close();
    Cli cli(t.path());
    const auto r = cli({S("segments"), S("rfm"), S("--today"), S("2026-06-30"), S("--format"), S("csv")});
    REQUIRE(r.exitCode == 0);
    const QStringList csv = r.out.split(QRegularExpression(S("\r?\n")), Qt::SkipEmptyParts);
    REQUIRE(csv.size() == 10);
    CHECK(csv.at(0) == S("segment,name,accounts,revenue"));
    CHECK(csv.contains(S("loyal,Loyal,1,400.00")));
    CHECK(csv.contains(S("potential,Potential loyalists,1,50.00")));
    CHECK(csv.contains(S("at_risk,At risk,1,600.00")));
    CHECK(csv.contains(S("lost,Lost,1,0.00")));
    CHECK(csv.contains(S("needs_attention,Needs attention,1,300.00"))); // no credit note in this dataset
    CHECK(r.err.contains(S("5 accounts changed")));
    // Stored: the account list shows them, and a second run changes nothing.
    const QJsonArray accounts = cli.jsonArray({S("list"), S("account"), S("--fields"), S("name,rfm_segment,rfm_score"), S("--format"), S("json")});
    bool alfa = false;
    for (const auto &v : accounts)
        if (v.toObject().value(S("name")).toString() == S("Alfa"))
            alfa = v.toObject().value(S("rfm_score")).toString() == S("454") && v.toObject().value(S("rfm_segment")).toString() == S("loyal");
    CHECK(alfa);
    CHECK(cli({S("segments"), S("rfm"), S("--today"), S("2026-06-30")}).err.contains(S("0 accounts changed")));

    // A bad window: a clear error, nothing written.
    const QString before = test::dump(t.path());
    const auto bad = cli({S("segments"), S("rfm"), S("--months"), S("0")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(S("window")));
    CHECK(test::dump(t.path()) == before);
}

TEST_CASE("score account and score lead list the top N with factors, reproducibly, and read back stored scores")
{
    test::TempDb t;
    seed(t);
    t.close();
    Cli cli(t.path());
    const QStringList args{S("score"), S("account"), S("--today"), S("2026-06-30"), S("--top"), S("3"), S("--format"), S("json")};
    const auto first = cli(args);
    REQUIRE(first.exitCode == 0);
    CHECK(first.err.contains(S("Trained on 5 accounts (2 positive)")));
    const QJsonArray rows = QJsonDocument::fromJson(first.out.toUtf8()).array();
    REQUIRE(rows.size() == 3);
    const QString best = rows.at(0).toObject().value(S("name")).toString();
    CHECK(QStringList{S("Alfa"), S("Beta"), S("Gamma"), S("Delta"), S("Épsilon")}.contains(best));
    const int top = rows.at(0).toObject().value(S("score")).toInt();
    CHECK(top >= rows.at(1).toObject().value(S("score")).toInt());
    const QJsonArray factors = rows.at(0).toObject().value(S("factors")).toArray();
    REQUIRE_FALSE(factors.isEmpty());
    CHECK(factors.size() <= 3);
    CHECK_FALSE(factors.at(0).toObject().value(S("label")).toString().isEmpty());
    CHECK(factors.at(0).toObject().contains(S("contribution")));
    // Same data, same output.
    CHECK(cli(args).out == first.out);
    // --no-recompute reads the stored scores.
    const QJsonArray stored = cli.jsonArray({S("score"), S("account"), S("--no-recompute"), S("--top"), S("1"), S("--format"), S("json")});
    REQUIRE(stored.size() == 1);
    CHECK(stored.at(0).toObject().value(S("name")).toString() == best);
    CHECK(stored.at(0).toObject().value(S("score")).toInt() == top);

    const QString table = cli.ok({S("score"), S("lead"), S("--today"), S("2026-06-30")});
    CHECK(table.contains(S("Quizá")));  // open
    CHECK(table.contains(S("Sí")));     // qualified is still open
    CHECK_FALSE(table.contains(S(" No "))); // disqualified is not listed
    CHECK(table.contains(S("Rating")));

    const QString before = test::dump(t.path());
    const auto bad = cli({S("score"), S("contact")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(S("contact")));
    const auto badTop = cli({S("score"), S("lead"), S("--top"), S("muchos")});
    CHECK(badTop.exitCode == 1);
    CHECK(test::dump(t.path()) == before);
}

TEST_CASE("also-bought for a product and for an account")
{
    test::TempDb t;
    seed(t);
    t.close();
    Cli cli(t.path());
    // P1's buyers: Alfa, Beta, Gamma (3 of 5). P2 with it: Alfa (1/3, lift (1/3)/(2/5) = 0.83); P3: Gamma (1/3, lift (1/3)/(3/5) = 0.56).
    const QStringList csv = cli.lines({S("also-bought"), S("P1"), S("--min-support"), S("1"), S("--format"), S("csv")});
    REQUIRE(csv.size() == 3);
    CHECK(csv.at(0) == S("id,sku,name,support,confidence,lift"));
    CHECK(csv.at(1).endsWith(S(",P2,Producto P2,1,0.333,0.83")));
    CHECK(csv.at(2).endsWith(S(",P3,Producto P3,1,0.333,0.56")));
    CHECK(cli.lines({S("also-bought"), S("P1"), S("--format"), S("csv")}).size() == 1); // default minimum support 2: none
    // Beta {P1}: co-buyers Alfa, Gamma -> P2 (Alfa), P3 (Gamma).
    const QJsonArray beta = cli.jsonArray({S("also-bought"), S("--account"), S("Beta"), S("--min-support"), S("1"), S("--format"), S("json")});
    REQUIRE(beta.size() == 2);
    CHECK(beta.at(0).toObject().value(S("sku")).toString() == S("P2"));

    const auto missing = cli({S("also-bought"), S("nada")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(S("nada")));
    CHECK(cli({S("also-bought")}).exitCode == 1);
    CHECK(cli({S("also-bought"), S("P1"), S("--account"), S("Beta")}).exitCode == 1);
}
