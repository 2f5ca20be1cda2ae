// SPDX-License-Identifier: GPL-3.0-or-later
// Análisis › Segments & scores and the also-bought tabs: the page recomputes on a worker, shows the
// segment counts (table and chart), the top accounts and leads with their factors, and opens the
// records; an account shows "Suggested products" and a product "Bought together with".
#include "uitestsupport.h"

#include "analytics/alsoboughtview.h"
#include "analytics/analyticsviews.h"
#include "analytics/scoringpage.h"
#include "forms/recordview.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "views/moduleviewextensions.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

template <typename T> T must(Result<T> r)
{
    if (!r.ok())
        FAIL(r.error().message.toStdString());
    return r.value();
}

template <typename T> T *part(RecordView &view)
{
    for (RecordViewPart *p : view.parts())
        if (auto *t = qobject_cast<T *>(p))
            return t;
    return nullptr;
}

// Baskets (issued invoices): Uno {Aceite, Arroz, Vino}, Dos {Aceite, Arroz}, Tres {Aceite, Vino},
// Cuatro {Arroz, Queso}, Cinco {Queso}. Leads: two hot qualified, two cold disqualified, one hot and
// one cold still new.
struct Shop
{
    Database &db;
    RecordStore store{db};
    QHash<QString, QString> products;
    QHash<QString, QString> accounts;
    int number = 0;

    explicit Shop(Database &d) : db(d)
    {
        for (const char *p : {"Aceite", "Arroz", "Vino", "Queso"})
            products.insert(S(p), must(store.create(S("product"), {{S("sku"), QString(S(p).left(3).toUpper() + S("-01"))}, {S("name"), S(p)}})));
        buy("Uno", "2026-06-20", {S("Aceite"), S("Arroz")});
        buy("Uno", "2026-03-02", {S("Vino")});
        buy("Uno", "2025-12-01", {S("Aceite")});
        buy("Dos", "2026-05-11", {S("Aceite"), S("Arroz")});
        buy("Tres", "2025-09-12", {S("Aceite"), S("Vino")});
        buy("Cuatro", "2026-01-13", {S("Arroz"), S("Queso")});
        buy("Cinco", "2024-11-14", {S("Queso")});
        lead("Alta", "hot", "qualified");
        lead("Buena", "hot", "qualified");
        lead("Fría", "cold", "disqualified");
        lead("Helada", "cold", "disqualified");
        lead("Caliente", "hot", "new");
        lead("Tibia", "cold", "new");
    }
    void buy(const char *account, const char *date, const QStringList &items)
    {
        if (!accounts.contains(S(account)))
            accounts.insert(S(account), must(store.create(S("account"), {{S("name"), S(account)}})));
        const QString inv = must(store.create(S("invoice"), {{S("account"), accounts.value(S(account))}, {S("invoice_date"), S(date)}, {S("subject"), S("Pedido")}}));
        int position = 1;
        for (const QString &p : items)
            must(store.create(S("sales_line"), {{S("invoice"), inv}, {S("position"), position++}, {S("kind"), S("product")}, {S("product"), products.value(p)},
                                                {S("description"), p}, {S("quantity"), qlonglong(1000)}, {S("unit_price"), qlonglong(2500)}, {S("tax_rate"), 21.0}}));
        REQUIRE(store.update(S("invoice"), inv, {{S("status"), S("issued")}, {S("number"), QStringLiteral("F-%1").arg(++number)}}, RecordStore::Access::System).ok());
    }
    void lead(const char *last, const char *rating, const char *status)
    {
        QVariantMap v{{S("last_name"), S(last)}, {S("rating"), S(rating)}, {S("status"), S(status)}};
        if (S(status) == S("disqualified"))
            v.insert(S("disqualified_reason"), S("no_budget"));
        must(store.create(S("lead"), v));
    }
};
} // namespace

TEST_CASE_METHOD(UiFixture, "Segments & scores recomputes on a worker, shows segments, chart, top accounts and leads, opens records", "[ui][analytics]")
{
    registerAnalyticsViews();
    Shop shop(db());
    bool found = false;
    for (const auto &factory : ModuleViewExtensions::pages(Module::Analytics, ModuleViewExtensions::Placement::AfterLists)) {
        std::unique_ptr<QWidget> w(factory(db()));
        found = found || w->objectName() == S("scoringPage");
    }
    CHECK(found);

    ScoringPage page(db());
    page.setToday(QDate(2026, 6, 30));
    QSignalSpy finished(&page, &ScoringPage::finished);
    page.resize(1200, 720);
    page.show(); // the first show recomputes
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE((finished.count() > 0 || finished.wait(20000)));
    CHECK(finished.first().first().toBool());
    QTableWidget *segments = page.segmentTable();
    REQUIRE(segments->rowCount() == 9);
    int accounts = 0;
    for (int i = 0; i < segments->rowCount(); ++i)
        accounts += segments->item(i, 1)->text().toInt();
    CHECK(accounts == 5); // every buyer in exactly one segment
    CHECK(segments->item(0, 0)->text() == S("Champions"));
    REQUIRE(page.chartView()->chart()->series().size() == 1);
    CHECK(page.accountTable()->rowCount() == 5);
    CHECK(page.leadTable()->rowCount() == 4); // the open ones: two qualified, two new
    CHECK_FALSE(page.leadTable()->item(0, 2)->text().isEmpty());
    CHECK(page.findChild<QLabel *>(S("scoringStatus"))->text().contains(S("5")));
    // Stored in the records.
    auto q = Sql::exec(db().connection(), S("SELECT count(*) FROM account WHERE rfm_segment IS NOT NULL AND purchase_score IS NOT NULL"));
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    CHECK(q.value().value(0).toInt() == 5);
    QTest::qWait(300); // the chart lays its axes out on the next event loop passes
    screenshot(&page, S("ui-analytics-segments-scores.png"));

    QSignalSpy open(&page, &ScoringPage::openRecord);
    Q_EMIT page.leadTable()->cellDoubleClicked(0, 0);
    REQUIRE(open.count() == 1);
    CHECK(open.first().at(0).toString() == S("lead"));
    CHECK_FALSE(open.first().at(1).toString().isEmpty());

    // Recompute again: same data, same table.
    const QString first = page.accountTable()->item(0, 0)->text() + page.accountTable()->item(0, 1)->text();
    page.recompute();
    REQUIRE(finished.wait(20000));
    CHECK(page.accountTable()->item(0, 0)->text() + page.accountTable()->item(0, 1)->text() == first);
}

TEST_CASE_METHOD(UiFixture, "an account suggests products its co-buyers bought, a product lists what was bought with it", "[ui][analytics]")
{
    registerAnalyticsViews();
    Shop shop(db());
    RecordView view(db(), S("account"));
    view.resize(1100, 720);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    // Dos has {Aceite, Arroz}; its co-buyers Uno, Tres, Cuatro bought Vino (Uno, Tres: 2) and Queso (Cuatro: 1).
    REQUIRE(view.openRecord(shop.accounts.value(S("Dos"))));
    auto *suggested = part<AlsoBoughtView>(view);
    REQUIRE(suggested);
    CHECK(view.tabs()->tabText(view.tabs()->indexOf(suggested)) == S("Suggested products"));
    view.tabs()->setCurrentWidget(suggested);
    REQUIRE(waitFor([&] { return !suggested->isLoading(); }));
    REQUIRE(suggested->table()->rowCount() == 1); // Queso has support 1 < 2
    CHECK(suggested->table()->item(0, 0)->text() == S("Vino"));
    CHECK(suggested->table()->item(0, 2)->text() == S("2"));
    screenshot(&view, S("ui-analytics-suggested-products.png"));
    QSignalSpy open(suggested, &RecordViewPart::openRequested);
    Q_EMIT suggested->table()->cellDoubleClicked(0, 0);
    REQUIRE(open.count() == 1);
    CHECK(open.first().at(1).toString() == shop.products.value(S("Vino")));

    RecordView product(db(), S("product"));
    product.resize(1100, 720);
    product.show();
    REQUIRE(QTest::qWaitForWindowExposed(&product));
    // Aceite's buyers Uno, Dos, Tres: Arroz with Uno, Dos (2); Vino with Uno, Tres (2).
    REQUIRE(product.openRecord(shop.products.value(S("Aceite"))));
    auto *together = part<AlsoBoughtView>(product);
    REQUIRE(together);
    CHECK(product.tabs()->tabText(product.tabs()->indexOf(together)) == S("Bought together with"));
    product.tabs()->setCurrentWidget(together);
    REQUIRE(waitFor([&] { return !together->isLoading() && together->table()->rowCount() == 2; }));
    QStringList names{together->table()->item(0, 0)->text(), together->table()->item(1, 0)->text()};
    names.sort();
    CHECK(names == QStringList{S("Arroz"), S("Vino")});
    screenshot(&product, S("ui-analytics-bought-together.png"));
}
