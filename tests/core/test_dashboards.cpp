// SPDX-License-Identifier: GPL-3.0-or-later
// Análisis dashboards (issue 8): each widget's figures on a small hand-made set (March 2026 against
// February), the previous-period comparison, drill-down queries returning exactly the records
// behind a bar, the layout JSON round trip and edits, and the default dashboard created once.
#include "testsupport.h"

#include "analytics/dashboard.h"
#include "inventory/replenishment.h"
#include "inventory/stockledger.h"
#include "sales/pipelines.h"
#include "sales/salesdocuments.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "support/supportkpis.h"

#include <catch2/catch.hpp>

using namespace trato;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

qint64 scalar(Database &db, const QString &sql, const QVariantList &params = {})
{
    auto q = Sql::exec(db.connection(), sql, params);
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    return q.value().value(0).toLongLong();
}

struct Data
{
    test::TempDb t;
    RecordStore store{t.db()};
    SalesDocuments docs{t.db()};
    QString account, widget, book, invA, invB, invC, invDraft, oppOpen, oppWon;

    QString create(const QString &entity, const QVariantMap &values)
    {
        auto id = store.create(entity, values);
        INFO(entity.toStdString() << ": " << (id.ok() ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        return id.value();
    }
    QString invoice(const char *date, const char *owner, const QList<QPair<QString, qint64>> &lines, bool issue = true)
    {
        const QString inv = create(S("invoice"), {{S("account"), account}, {S("invoice_date"), S(date)}, {S("owner"), S(owner)}});
        for (const auto &l : lines)
            create(S("sales_line"), {{S("invoice"), inv}, {S("product"), l.first}, {S("quantity"), l.second}});
        if (issue) {
            auto n = docs.issue(inv);
            INFO((n.ok() ? QString() : n.error().message).toStdString());
            REQUIRE(n.ok());
        }
        return inv;
    }

    Data()
    {
        account = create(S("account"), {{S("name"), S("Ferretería Sol")}});
        widget = create(S("product"), {{S("sku"), S("WID-1")}, {S("name"), S("Widget")}, {S("unit_price"), qint64(1000)}, {S("reorder_level"), qint64(5000)}});
        book = create(S("product"), {{S("sku"), S("BOOK-1")}, {S("name"), S("Libro")}, {S("unit_price"), qint64(2000)}, {S("reorder_level"), qint64(1000)}});
        StockLedger ledger(t.db());
        auto w = ledger.defaultWarehouse();
        REQUIRE(w.ok());
        REQUIRE(ledger.adjust(widget, w.value(), 10000, S("initial count")).ok());
        REQUIRE(ledger.adjust(book, w.value(), 10000, S("initial count")).ok());
        // March: A (ana) 2 widgets = 20.00; B (luis) 1 book + 1 widget = 30.00, then a credit note
        // for B's widget (-10.00) on 25 March. February: C (ana) 1 widget = 10.00. A draft in March
        // (5 widgets) does not count.
        invA = invoice("2026-03-05", "ana", {{widget, 2000}});
        invB = invoice("2026-03-20", "luis", {{book, 1000}, {widget, 1000}});
        invC = invoice("2026-02-10", "ana", {{widget, 1000}});
        invDraft = invoice("2026-03-15", "ana", {{widget, 5000}}, false);
        CreditNoteRequest cn;
        cn.invoice = invB;
        cn.reason = S("Devolución");
        cn.quantities = {{2, 1000}};
        cn.date = QDate(2026, 3, 25);
        REQUIRE(docs.creditNote(cn).ok());

        // Opportunities: one open in Proposal (60 %) closing 15 March, 1000.00; one won on 10 March, 500.00.
        auto p = Pipelines::pipeline(t.db());
        REQUIRE(p.ok());
        const QString proposal = p.value().stage(S("Proposal"))->id;
        const QString won = p.value().stage(S("Closed won"))->id;
        oppOpen = create(S("opportunity"), {{S("name"), S("Reforma")}, {S("amount"), qint64(100000)}, {S("stage"), proposal}, {S("expected_close"), S("2026-03-15")}});
        oppWon = create(S("opportunity"), {{S("name"), S("Pedido")}, {S("amount"), qint64(50000)}, {S("stage"), won}, {S("expected_close"), S("2026-03-10")}});
        // Targets: 5000.00 for March and 3000.00 for the first quarter (1000.00 a month).
        create(S("sales_target"), {{S("period_start"), S("2026-03-01")}, {S("period"), S("month")}, {S("amount"), qint64(500000)}});
        create(S("sales_target"), {{S("period_start"), S("2026-01-01")}, {S("period"), S("quarter")}, {S("amount"), qint64(300000)}});
        create(S("sales_target"), {{S("period_start"), S("2026-03-01")}, {S("period"), S("month")}, {S("salesperson"), S("ana")}, {S("amount"), qint64(99900)}});

        // Leads: in March two from the web (one converted) and one referral; one web lead in February.
        const QList<QPair<const char *, const char *>> leads{{"web", "2026-03-02T10:00:00Z"}, {"web", "2026-03-30T23:59:59Z"},
                                                             {"referral", "2026-03-10T08:00:00Z"}, {"web", "2026-02-27T12:00:00Z"}};
        int i = 0;
        for (const auto &l : leads) {
            const QString id = create(S("lead"), {{S("last_name"), S("Lead %1").arg(++i)}, {S("source"), S(l.first)}});
            // Creation times are the store's clock; the fixture places them in the test's months.
            REQUIRE(Sql::exec(t.db().connection(), S("UPDATE lead SET created_at = ? WHERE id = ?"), {S(l.second), id}).ok());
            if (i == 1)
                REQUIRE(Sql::exec(t.db().connection(), S("UPDATE lead SET status = 'converted' WHERE id = ?"), {id}).ok());
        }
    }
};

DashboardOptions march(bool compare = false)
{
    DashboardOptions o;
    o.range = Period::resolve(S("2026-03"), QDate(2026, 11, 23)).value();
    o.compare = compare;
    o.now = QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC);
    return o;
}

DashboardWidgetData widget(Database &db, const char *type, const DashboardOptions &o)
{
    auto w = DashboardWidgets::compute(db, S(type), o);
    INFO((w.ok() ? QString() : w.error().message).toStdString());
    REQUIRE(w.ok());
    return w.value();
}

QStringList drillIds(RecordStore &store, const ListQuery &q)
{
    auto list = store.list(q);
    INFO((list.ok() ? QString() : list.error().message).toStdString());
    REQUIRE(list.ok());
    QStringList ids;
    for (const auto &r : list.value())
        ids << r.value(S("id")).toString();
    ids.sort();
    return ids;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}
} // namespace

TEST_CASE("dashboard sales widgets: issued invoices net of tax minus credit notes, by month, owner and product")
{
    Data d;
    // Line nets are quantity x price: the invoices' totals less their taxes.
    REQUIRE(scalar(d.t.db(), S("SELECT total - tax_total FROM invoice WHERE id = ?"), {d.invB}) == 3000);

    auto m = widget(d.t.db(), "sales_month", march(true));
    REQUIRE(m.points.size() == 1);
    CHECK(m.points.at(0).key == S("2026-03"));
    CHECK(m.points.at(0).values == QList<qint64>{2000 + 3000 - 1000});
    CHECK(m.figure == 4000);
    CHECK(m.unit == DashboardUnit::Money);
    REQUIRE(m.previousFigure.has_value());
    CHECK(*m.previousFigure == 1000);
    CHECK(m.points.at(0).previous.value() == 1000);
    // The bar's records: March's issued invoices, not the draft.
    CHECK(drillIds(d.store, m.points.at(0).drill) == sorted({d.invA, d.invB}));

    auto q = march(true);
    q.range = Period::resolve(S("2026-01-01..2026-03-31"), QDate(2026, 11, 23)).value();
    auto quarter = widget(d.t.db(), "sales_month", q);
    REQUIRE(quarter.points.size() == 3);
    CHECK(quarter.points.at(0).values.first() == 0);
    CHECK(quarter.points.at(1).values.first() == 1000);
    CHECK(quarter.points.at(2).values.first() == 4000);
    CHECK(quarter.figure == 5000);

    auto owner = widget(d.t.db(), "sales_owner", march(true));
    REQUIRE(owner.points.size() == 2);
    CHECK(owner.points.at(0).key == S("ana"));
    CHECK(owner.points.at(0).values.first() == 2000);
    CHECK(owner.points.at(0).previous.value() == 1000);
    CHECK(owner.points.at(1).key == S("luis"));
    CHECK(owner.points.at(1).values.first() == 3000 - 1000);
    CHECK(owner.points.at(1).previous.value() == 0);
    CHECK(drillIds(d.store, owner.points.at(0).drill) == QStringList{d.invA});

    auto product = widget(d.t.db(), "sales_product", march());
    REQUIRE(product.points.size() == 2);
    QMap<QString, qint64> byProduct;
    for (const auto &p : product.points)
        byProduct.insert(p.key, p.values.first());
    CHECK(byProduct.value(d.widget) == 2000 + 1000 - 1000);
    CHECK(byProduct.value(d.book) == 2000);
    CHECK(product.figure == 4000);
    for (const auto &p : product.points)
        if (p.key == d.widget)
            CHECK(drillIds(d.store, p.drill) == sorted({d.invA, d.invB}));
        else
            CHECK(drillIds(d.store, p.drill) == QStringList{d.invB});
}

TEST_CASE("dashboard forecast against company targets, pipeline by stage and the funnel")
{
    Data d;
    auto f = widget(d.t.db(), "forecast_target", march());
    REQUIRE(f.points.size() == 1);
    // Weighted: 60 % of 1000.00 open + 500.00 won; target: 5000.00 for March + a third of 3000.00.
    CHECK(f.points.at(0).values == QList<qint64>{60000 + 50000, 500000 + 100000, 50000});
    CHECK(f.figure == 110000);
    CHECK(f.note.isEmpty());
    CHECK(drillIds(d.store, f.points.at(0).drill) == sorted({d.oppOpen, d.oppWon}));

    // A quarterly target spread over its months keeps its exact sum (1000.01 -> 333.33 x 2 + 333.35).
    d.create(S("sales_target"), {{S("period_start"), S("2026-07-01")}, {S("period"), S("quarter")}, {S("amount"), qint64(100001)}});
    auto o = march();
    o.range = Period::resolve(S("2026-Q3"), QDate(2026, 11, 23)).value();
    auto q3 = widget(d.t.db(), "forecast_target", o);
    REQUIRE(q3.points.size() == 3);
    CHECK(q3.points.at(0).values.at(1) == 33333);
    CHECK(q3.points.at(1).values.at(1) == 33333);
    CHECK(q3.points.at(2).values.at(1) == 33335);

    auto p = widget(d.t.db(), "pipeline", march());
    REQUIRE(p.points.size() == 5); // the open stages
    qint64 total = 0;
    for (const auto &pt : p.points) {
        total += pt.values.first();
        if (pt.label == S("Proposal")) {
            CHECK(pt.values == QList<qint64>{100000, 1});
            CHECK(drillIds(d.store, pt.drill) == QStringList{d.oppOpen});
        } else {
            CHECK(pt.values == QList<qint64>{0, 0});
        }
    }
    CHECK(total == 100000);
    CHECK(p.figure == 100000);

    auto funnel = widget(d.t.db(), "funnel", march());
    REQUIRE(funnel.points.size() == 5);
    // Reached at least: Prospecting .. Proposal 2 (the open one and the won one), Negotiation 1 (won).
    CHECK(funnel.points.at(0).values.first() == 2);
    CHECK(funnel.points.at(3).values.first() == 2);
    CHECK(funnel.points.at(4).values.first() == 1);
    CHECK(funnel.chart == S("funnel"));
}

TEST_CASE("dashboard leads by source with the conversion rate, and stock alerts")
{
    Data d;
    auto l = widget(d.t.db(), "leads_source", march(true));
    REQUIRE(l.points.size() == 2);
    CHECK(l.points.at(0).key == S("web"));
    CHECK(l.points.at(0).values == QList<qint64>{2, 1});
    CHECK(l.points.at(0).previous.value() == 1);
    CHECK(l.points.at(1).key == S("referral"));
    CHECK(l.points.at(1).values == QList<qint64>{1, 0});
    CHECK(l.figure == 3333); // 1 of 3 converted: 33.33 %
    CHECK(DashboardWidgets::format(l.figure, DashboardUnit::Percent) == S("33.3 %"));
    CHECK(*l.previousFigure == 0);
    CHECK(drillIds(d.store, l.points.at(0).drill).size() == 2);

    // Stock: widget 10 - 2 - 1 - 1 (A, B, C issued) + 0 = 6 units on hand, reorder level 5: fine.
    // Book: 9 on hand, reorder 1: fine. Raise the widget's reorder level to 8: short by 2.
    auto s0 = widget(d.t.db(), "stock_alerts", march());
    CHECK(s0.figure == 0);
    REQUIRE(d.store.update(S("product"), d.widget, {{S("reorder_level"), qint64(8000)}}).ok());
    auto s = widget(d.t.db(), "stock_alerts", march());
    auto low = Replenishment(d.t.db()).lowStock();
    REQUIRE(low.ok());
    REQUIRE(low.value().size() == 1);
    CHECK(s.figure == 1);
    REQUIRE(s.points.size() == 1);
    CHECK(s.points.at(0).key == d.widget);
    CHECK(s.points.at(0).values.first() == (low.value().first().reorderLevel - low.value().first().projected + 999) / 1000);
    CHECK(drillIds(d.store, s.points.at(0).drill) == QStringList{d.widget});
}

TEST_CASE("dashboard tickets, activities and campaigns agree with their modules' services")
{
    Data d;
    // Support: the widget's points are SupportKpis' weeks; empty set -> no SLA due.
    auto t = widget(d.t.db(), "tickets", march());
    SupportKpiOptions k;
    k.from = QDate(2026, 3, 1);
    k.to = QDate(2026, 3, 31);
    k.by = SupportKpiOptions::By::Week;
    k.now = march().now;
    auto r = SupportKpis::compute(d.t.db(), k);
    REQUIRE(r.ok());
    CHECK(t.points.size() == r.value().rows.size());
    CHECK(t.timeSeries);
    CHECK(t.figure == 0);
    auto a = widget(d.t.db(), "activities_operator", march());
    CHECK(a.points.isEmpty());
    auto c = widget(d.t.db(), "campaign_roi", march());
    CHECK(c.points.isEmpty());
    CHECK(c.figure == 0);

    // A campaign running in March with a cost and a won opportunity: ROI = (500 - 200) / 200 = 150 %.
    const QString camp = d.create(S("campaign"), {{S("name"), S("Feria")}, {S("start_date"), S("2026-03-01")}, {S("actual_cost"), qint64(20000)}});
    REQUIRE(d.store.update(S("opportunity"), d.oppWon, {{S("campaign"), camp}}).ok());
    auto c2 = widget(d.t.db(), "campaign_roi", march());
    REQUIRE(c2.points.size() == 1);
    CHECK(c2.points.at(0).values == QList<qint64>{50000, 20000});
    CHECK(c2.figure == 15000);
    CHECK(drillIds(d.store, c2.points.at(0).drill) == QStringList{d.oppWon});
}

TEST_CASE("dashboard widgets refuse unknown types and empty periods")
{
    test::TempDb t;
    DashboardOptions o;
    auto bad = DashboardWidgets::compute(t.db(), S("nope"), march());
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(S("nope")));
    auto empty = DashboardWidgets::compute(t.db(), S("sales_month"), o);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message.contains(S("period")));
    // Every widget computes on an empty database.
    for (const QString &type : DashboardWidgets::types()) {
        auto w = DashboardWidgets::compute(t.db(), type, march(true));
        INFO(type.toStdString() << ": " << (w.ok() ? std::string() : w.error().message.toStdString()));
        CHECK(w.ok());
    }
}

TEST_CASE("dashboard layout JSON round trip and edits")
{
    const DashboardLayout def = DashboardLayout::defaults();
    CHECK(def.widgets.size() == DashboardWidgets::types().size());
    DashboardLayout l;
    l.widgets << DashboardWidgetSpec{S("sales_month"), QString()} << DashboardWidgetSpec{S("pipeline"), S("pie")}
              << DashboardWidgetSpec{S("from_the_future"), QString()};
    auto back = DashboardLayout::fromText(l.toText());
    REQUIRE(back.ok());
    CHECK(back.value() == l);
    CHECK(l.toText() == S(R"({"version":1,"widgets":[{"type":"sales_month"},{"chart":"pie","type":"pipeline"},{"type":"from_the_future"}]})"));
    CHECK_FALSE(DashboardLayout::fromText(S("[1,2]")).ok());
    CHECK_FALSE(DashboardLayout::fromText(S(R"({"widgets":[{"chart":"bar"}]})")).ok());
    CHECK_FALSE(DashboardLayout::fromText(S(R"({"widgets":[{"type":"pipeline","chart":"radar"}]})")).ok());

    auto added = Dashboards::addWidget(l, S("tickets"), S("bar"));
    REQUIRE(added.ok());
    CHECK(added.value().widgets.last() == (DashboardWidgetSpec{S("tickets"), S("bar")}));
    CHECK_FALSE(Dashboards::addWidget(l, S("pipeline")).ok()); // already there
    CHECK_FALSE(Dashboards::addWidget(l, S("unknown")).ok());
    auto moved = Dashboards::moveWidget(l, 0, 1);
    REQUIRE(moved.ok());
    CHECK(moved.value().widgets.at(0).type == S("pipeline"));
    CHECK(moved.value().widgets.at(1).type == S("sales_month"));
    CHECK_FALSE(Dashboards::moveWidget(l, 0, 3).ok());
    auto removed = Dashboards::removeWidget(l, 2);
    REQUIRE(removed.ok());
    CHECK(removed.value().widgets.size() == 2);
    CHECK_FALSE(Dashboards::removeWidget(l, -1).ok());
}

TEST_CASE("each user's default dashboard is created once and saves its period, comparison and layout")
{
    test::TempDb t;
    auto a = Dashboards::openDefault(t.db(), S("ana"));
    REQUIRE(a.ok());
    CHECK(a.value().owner == S("ana"));
    CHECK(a.value().period == S("this_month"));
    CHECK(a.value().compare);
    CHECK(a.value().layout == DashboardLayout::defaults());
    auto again = Dashboards::openDefault(t.db(), S("ana"));
    REQUIRE(again.ok());
    CHECK(again.value().id == a.value().id);
    auto luis = Dashboards::openDefault(t.db(), S("luis"));
    REQUIRE(luis.ok());
    CHECK(luis.value().id != a.value().id);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM dashboard")) == 2);

    DashboardInfo info = a.value();
    info.period = S("last_quarter");
    info.compare = false;
    info.layout = Dashboards::removeWidget(info.layout, 0).value();
    REQUIRE(Dashboards::save(t.db(), info).ok());
    auto saved = Dashboards::openDefault(t.db(), S("ana"));
    REQUIRE(saved.ok());
    CHECK(saved.value().period == S("last_quarter"));
    CHECK_FALSE(saved.value().compare);
    CHECK(saved.value().layout == info.layout);

    // Refusals change nothing.
    const QString before = QString::number(scalar(t.db(), S("SELECT count(*) FROM change_log")));
    DashboardInfo bad = saved.value();
    bad.period = S("next_century");
    CHECK_FALSE(Dashboards::save(t.db(), bad).ok());
    bad = saved.value();
    bad.layout.widgets << DashboardWidgetSpec{S("unknown"), QString()};
    CHECK_FALSE(Dashboards::save(t.db(), bad).ok());
    CHECK(QString::number(scalar(t.db(), S("SELECT count(*) FROM change_log"))) == before);
    CHECK(Dashboards::openDefault(t.db(), S("ana")).value().period == S("last_quarter"));
}
