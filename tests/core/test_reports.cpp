// SPDX-License-Identifier: GPL-3.0-or-later
// The report builder's engine and saved reports (core/analytics/report*.h). Every expected figure
// below is worked out by hand from the four opportunities of the fixture.
#include "testsupport.h"

#include "analytics/reportdefinition.h"
#include "analytics/reportengine.h"
#include "analytics/reportservice.h"
#include "store/customfields.h"
#include "store/recordstore.h"
#include "store/sqlite.h"

#include <catch2/catch.hpp>

using namespace trato;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

// Accounts: Alfa SL (Madrid), Beta SA (Sevilla), Gamma (Madrid).
// Opportunities:  O1 Alfa  1000.00  closes 2026-03-10
//                 O2 Beta   250.50  closes 2026-02-01
//                 O3 Gamma   99.99  closes 2026-03-31
//                 O4 Alfa    10.00  closes 2025-12-31
// Madrid: O1 + O3 + O4 = 1109.99, average 1109.99 / 3 = 369.9966… -> 370.00; Sevilla: 250.50.
// All four: 1360.49. Q1 2026 (today 2026-03-15, "this_quarter"): O1, O2, O3 = 1350.49.
struct Fixture
{
    test::TempDb t{[] {
        Database::Options o;
        o.user = QStringLiteral("ana");
        return o;
    }()};
    RecordStore store{t.db()};
    QString alfa, beta, gamma;

    Fixture()
    {
        alfa = account("Alfa SL", "Madrid");
        beta = account("Beta SA", "Sevilla");
        gamma = account("Gamma", "Madrid");
        opportunity("O1", alfa, 100000, "2026-03-10");
        opportunity("O2", beta, 25050, "2026-02-01");
        opportunity("O3", gamma, 9999, "2026-03-31");
        opportunity("O4", alfa, 1000, "2025-12-31");
    }
    QString account(const char *name, const char *city)
    {
        auto id = store.create(S("account"), {{S("name"), S(name)}, {S("city"), S(city)}});
        REQUIRE(id.ok());
        return id.value();
    }
    void opportunity(const char *name, const QString &account, qint64 cents, const char *close)
    {
        auto id = store.create(S("opportunity"),
                               {{S("name"), S(name)}, {S("account"), account}, {S("amount"), cents}, {S("expected_close"), S(close)}});
        INFO((id.ok() ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
    }
    ReportResult run(const ReportDefinition &d, const QDate &today = QDate(2026, 3, 15), const QString &period = QString())
    {
        ReportRunOptions o;
        o.plainValues = true;
        o.today = today;
        o.period = period;
        auto r = ReportEngine::run(t.db(), d, o);
        INFO((r.ok() ? QString() : r.error().message).toStdString());
        REQUIRE(r.ok());
        return r.value();
    }
    qint64 reportRows()
    {
        auto q = Sql::exec(t.db().connection(), S("SELECT count(*) FROM report"));
        REQUIRE(q.ok());
        q.value().next();
        return q.value().value(0).toLongLong();
    }
};

ReportDefinition opportunities()
{
    ReportDefinition d;
    d.entity = S("opportunity");
    d.columns = {{S("name"), {}, {}}, {S("account"), {}, {}}, {S("account.city"), {}, {}}, {S("amount"), {}, S("sum")}};
    d.sort = {{S("amount"), true}};
    return d;
}

QStringList column(const ReportTable &t, int c)
{
    QStringList out;
    for (int i = 0; i < t.rows.size(); ++i)
        if (t.rowKind(i) == ReportTable::Data)
            out << t.rows.at(i).at(c);
    return out;
}
} // namespace

TEST_CASE("A report lists own and related columns, sorted, with a sum in the totals", "[reports]")
{
    Fixture f;
    const ReportResult r = f.run(opportunities());
    const ReportTable &t = r.table;
    CHECK(t.headers == QStringList{S("Opportunity name"), S("Account"), S("Account › City"), S("Amount")});
    CHECK(t.numeric == QList<bool>{false, false, false, true});
    CHECK(t.rows == QList<QStringList>{{S("O1"), S("Alfa SL"), S("Madrid"), S("1000.00")},
                                       {S("O2"), S("Beta SA"), S("Sevilla"), S("250.50")},
                                       {S("O3"), S("Gamma"), S("Madrid"), S("99.99")},
                                       {S("O4"), S("Alfa SL"), S("Madrid"), S("10.00")}});
    CHECK(t.rowKinds.isEmpty());
    CHECK(t.rowEntities.value(0) == S("opportunity"));
    CHECK(t.totals == QStringList{S("Total (4 rows)"), QString(), QString(), S("1360.49")});
    CHECK(r.dataRows == 4);
}

TEST_CASE("Relative date filters resolve on the pinned today", "[reports]")
{
    Fixture f;
    ReportDefinition d = opportunities();
    d.filters = {{S("expected_close"), S("period"), S("this_quarter")}};
    ReportResult r = f.run(d);
    CHECK(column(r.table, 0) == QStringList{S("O1"), S("O2"), S("O3")});
    CHECK(r.table.totals.at(3) == S("1350.49"));
    CHECK(r.table.filters.contains(S("Expected close")));
    // On 10 Jan 2026 the last quarter is Q4 2025: only O4.
    d.filters = {{S("expected_close"), S("period"), S("last_quarter")}};
    CHECK(column(f.run(d, QDate(2026, 1, 10)).table, 0) == QStringList{S("O4")});
    // A period given at run time replaces the saved one.
    CHECK(column(f.run(d, QDate(2026, 3, 15), S("2026-02")).table, 0) == QStringList{S("O2")});
    // An empty period is refused clearly.
    ReportRunOptions bad;
    bad.period = S("2026-03-31..2026-01-01");
    auto refused = ReportEngine::run(f.t.db(), d, bad);
    REQUIRE(!refused.ok());
    CHECK(refused.error().message.contains(S("Filter 1")));
    // Other operators, also on a related field (account.city through a subquery).
    d.filters = {{S("account.city"), S("eq"), S("Madrid")}, {S("amount"), S("gt"), S("50")}};
    CHECK(column(f.run(d).table, 0) == QStringList{S("O1"), S("O3")});
}

TEST_CASE("Grouping emits headers, subtotals with sum average and count, and chart points", "[reports]")
{
    Fixture f;
    ReportDefinition d = opportunities();
    d.columns = {{S("name"), {}, S("count")}, {S("account.city"), {}, {}}, {S("amount"), {}, S("sum")}, {S("amount"), S("Average"), S("avg")}};
    d.groups = {{S("account.city"), {}}};
    d.chart = S("bar");
    const ReportResult r = f.run(d);
    const ReportTable &t = r.table;
    using K = ReportTable::RowKind;
    REQUIRE(t.rows.size() == 8);
    CHECK(t.rowKinds == QList<int>{K::GroupHeader, K::Data, K::Data, K::Data, K::Subtotal, K::GroupHeader, K::Data, K::Subtotal});
    CHECK(t.rows.at(0).at(0) == S("Account › City: Madrid"));
    CHECK(t.rows.at(4) == QStringList{S("3"), QString(), S("1109.99"), S("370.00")});
    CHECK(t.rows.at(7) == QStringList{S("1"), QString(), S("250.50"), S("250.50")});
    CHECK(t.totals == QStringList{S("4"), QString(), S("1360.49"), S("340.12")}); // 136049 / 4 = 34012.25 -> 340.12
    CHECK(t.rowIds.at(0).isEmpty());
    REQUIRE(r.chart.size() == 2);
    CHECK(r.chart.at(0).label == S("Madrid"));
    CHECK(r.chart.at(0).value == Approx(3.0)); // the first aggregated column: the count
    CHECK(r.chart.at(1).value == Approx(1.0));

    // Two levels: city, then the expected close by year; dates by quarter on their own.
    d.columns = {{S("name"), {}, {}}, {S("amount"), {}, S("sum")}};
    d.groups = {{S("account.city"), {}}, {S("expected_close"), S("year")}};
    const ReportTable two = f.run(d).table;
    QStringList labels;
    for (int i = 0; i < two.rows.size(); ++i)
        if (two.rowKind(i) == K::Subtotal)
            labels << two.rows.at(i).at(0) + S(" = ") + two.rows.at(i).at(1);
    CHECK(labels == QStringList{S("  Subtotal 2025 (1 rows) = 10.00"), S("  Subtotal 2026 (2 rows) = 1099.99"),
                                S("Subtotal Madrid (3 rows) = 1109.99"), S("  Subtotal 2026 (1 rows) = 250.50"),
                                S("Subtotal Sevilla (1 rows) = 250.50")});
    d.groups = {{S("expected_close"), S("quarter")}};
    const ReportResult q = f.run(d);
    REQUIRE(q.chart.size() == 2);
    CHECK(q.chart.at(0).label == S("2025-Q4"));
    CHECK(q.chart.at(0).value == Approx(10.0));
    CHECK(q.chart.at(1).label == S("2026-Q1"));
    CHECK(q.chart.at(1).value == Approx(1350.49));
}

TEST_CASE("A report definition survives a JSON round trip", "[reports]")
{
    ReportDefinition d = opportunities();
    d.filters = {{S("expected_close"), S("period"), S("last_quarter")}, {S("account.city"), S("contains"), S("Ma\"d'rid")}};
    d.groups = {{S("account.city"), {}}, {S("expected_close"), S("quarter")}};
    d.totals = false;
    d.chart = S("pie");
    auto back = ReportDefinition::fromJsonText(d.toJsonText());
    REQUIRE(back.ok());
    CHECK(back.value() == d);
    CHECK(!ReportDefinition::fromJsonText(S("[1,2]")).ok());
    CHECK(!ReportDefinition::fromJsonText(S("{\"entity\":\"account\",\"columns\":[{}]}")).ok());
}

TEST_CASE("A report on a deleted custom field is flagged, not lost, and runs only without it", "[reports]")
{
    Fixture f;
    Field region;
    region.label = S("Región");
    region.type = FieldType::Text;
    region.custom = true;
    region.show = Field::InForm | Field::InList | Field::InImport;
    REQUIRE(CustomFields::add(f.t.db(), S("account"), region).ok());
    REQUIRE(f.store.update(S("account"), f.alfa, {{S("region"), S("Centro")}}).ok());
    ReportDefinition d = opportunities();
    d.columns << ReportColumn{S("account.region"), S("Región"), {}};
    d.groups = {{S("account.region"), {}}};
    auto id = ReportService::save(f.t.db(), S("Por región"), d, true);
    REQUIRE(id.ok());
    REQUIRE(ReportService::validate(f.t.db()).value() == 0);

    REQUIRE(CustomFields::remove(f.t.db(), S("account"), S("region")).ok());
    auto flagged = ReportService::validate(f.t.db());
    REQUIRE(flagged.ok());
    CHECK(flagged.value() == 1);
    auto saved = ReportService::find(f.t.db(), S("Por región"));
    REQUIRE(saved.ok());
    CHECK(saved->problems.contains(S("Column 'Región' refers to the field opportunity.account.region, which no longer exists.")));
    CHECK(saved->problems.contains(S("Grouping by 'account.region'")));
    // The definition is kept as it was.
    CHECK(ReportDefinition::fromJsonText(saved->definitionText).value() == d);
    // Running it says why it cannot; dropping the broken parts runs the rest.
    auto refused = ReportService::run(f.t.db(), saved.value(), {});
    REQUIRE(!refused.ok());
    CHECK(refused.error().message.contains(S("Por región")));
    CHECK(refused.error().message.contains(S("account.region")));
    ReportRunOptions drop;
    drop.dropBroken = true;
    drop.plainValues = true;
    auto ran = ReportService::run(f.t.db(), saved.value(), drop, QDateTime(QDate(2026, 3, 15), QTime(9, 0), Qt::UTC));
    REQUIRE(ran.ok());
    CHECK(ran->table.columnCount() == 4);
    CHECK(ran->dataRows == 4);
    CHECK(ReportService::find(f.t.db(), saved->id)->lastRunAt.startsWith(S("2026-03-15T09:00:00")));
    // The field added again: the flag clears on the next validation.
    REQUIRE(CustomFields::add(f.t.db(), S("account"), region).ok());
    CHECK(ReportService::validate(f.t.db()).value() == 0);
    CHECK(ReportService::find(f.t.db(), saved->id)->problems.isEmpty());
}

TEST_CASE("Report values and names with SQL in them stay data", "[reports]")
{
    Fixture f;
    ReportDefinition d = opportunities();
    d.filters = {{S("name"), S("eq"), S("O1' OR 1=1 --")}};
    CHECK(f.run(d).dataRows == 0);
    d.filters = {{S("account.city"), S("contains"), S("%' OR '1'='1")}};
    CHECK(f.run(d).dataRows == 0);
    // Field names are identifiers only from the metadata: an unknown one is a problem, never SQL.
    ReportDefinition evil = opportunities();
    evil.columns << ReportColumn{S("name\"; DROP TABLE report; --"), {}, {}};
    evil.sort = {{S("amount) ; DELETE FROM opportunity; --"), false}};
    CHECK(evil.problems(*f.t.db().registry()).size() == 2);
    CHECK(!ReportEngine::run(f.t.db(), evil).ok());
    const qint64 before = f.reportRows();
    CHECK(!ReportService::save(f.t.db(), S("Mal"), evil, false).ok());
    CHECK(f.reportRows() == before);
    auto id = ReportService::save(f.t.db(), S("R'; DROP TABLE report; --"), opportunities(), false);
    REQUIRE(id.ok());
    auto found = ReportService::find(f.t.db(), S("R'; DROP TABLE report; --"));
    REQUIRE(found.ok());
    CHECK(found->id == id.value());
    CHECK(f.run(opportunities()).dataRows == 4);
}

TEST_CASE("Private reports are their owner's, shared ones everyone's, only the owner changes them", "[reports]")
{
    Fixture f;
    Database &db = f.t.db();
    auto mine = ReportService::save(db, S("Mío"), opportunities(), false);
    auto ours = ReportService::save(db, S("Nuestro"), opportunities(), true);
    REQUIRE(mine.ok());
    REQUIRE(ours.ok());
    CHECK(!ReportService::save(db, S("mío"), opportunities(), false).ok()); // names unique per owner
    CHECK(ReportService::list(db).value().size() == 2);

    db.setUser(S("luis"));
    auto seen = ReportService::list(db);
    REQUIRE(seen.ok());
    REQUIRE(seen->size() == 1);
    CHECK(seen->first().name == S("Nuestro"));
    CHECK(!ReportService::find(db, S("Mío")).ok());
    CHECK(!ReportService::remove(db, ours.value()).ok());
    CHECK(!ReportService::rename(db, ours.value(), S("Otro")).ok());
    auto copy = ReportService::duplicate(db, ours.value(), S("Mi copia"));
    REQUIRE(copy.ok());
    CHECK(ReportService::rename(db, copy.value(), S("Copia de Luis")).ok());
    CHECK(ReportService::find(db, S("Copia de Luis"))->owner == S("luis"));
    CHECK(ReportService::remove(db, copy.value()).ok());

    db.setUser(S("ana"));
    CHECK(ReportService::list(db).value().size() == 2);
    CHECK(ReportService::remove(db, mine.value()).ok());
    CHECK(ReportService::list(db).value().size() == 1);
}
