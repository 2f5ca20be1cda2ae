// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli kpi on the KPI tests' fixed data set: JSON values equal the core's, periods, owner, CSV,
// PDF, and bad input (exit 2, nothing written).
#include "clitest.h"
#include "kpitestdata.h"

#include "analytics/kpis.h"
#include "metadata/value.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::test;

namespace {

KpiReport coreReport(Database &db, const DateRange &range, const QString &owner = {})
{
    KpiOptions o;
    o.range = range;
    o.owner = owner;
    o.now = QDateTime(QDate(2026, 4, 10), QTime(12, 0), Qt::UTC);
    auto r = Kpis::compute(db, o);
    REQUIRE(r.ok());
    return r.value();
}

// Every KPI of the JSON equals the core's: value, previous, numerator, denominator.
void sameAsCore(const QJsonObject &json, const KpiReport &core)
{
    const QJsonArray kpis = json.value(S("kpis")).toArray();
    REQUIRE(kpis.size() == core.figures.size());
    for (int i = 0; i < kpis.size(); ++i) {
        const QJsonObject k = kpis.at(i).toObject();
        const KpiFigure &f = core.figures.at(i);
        INFO(f.key.toStdString());
        CHECK(k.value(S("key")).toString() == f.key);
        CHECK(k.value(S("unit")).toString() == Kpis::unitKey(f.unit));
        CHECK(k.value(S("label")).toString() == Kpis::label(f.key));
        for (const auto &[name, v] : {std::pair<const char *, const KpiValue *>{"value", &f.current}, {"previous", &f.previous}}) {
            const QJsonValue j = k.value(S(name));
            if (!v->hasData) {
                CHECK(j.isNull());
            } else if (f.unit == KpiUnit::Money) {
                CHECK(j.toString() == Kpis::plain(f, *v));
            } else {
                CHECK(j.toDouble() == Approx(v->value));
            }
        }
        if (f.current.denominator && Kpis::isMoneyRatio(f.key))
            CHECK(k.value(S("denominator")).toString() == Value::formatCents(*f.current.denominator));
        else if (f.current.denominator)
            CHECK(k.value(S("denominator")).toInteger() == *f.current.denominator);
        else
            CHECK(k.value(S("denominator")).isNull());
        if (!f.current.numerator)
            CHECK(k.value(S("numerator")).isNull());
        else if (f.unit == KpiUnit::Money || Kpis::isMoneyRatio(f.key))
            CHECK(k.value(S("numerator")).toString() == Value::formatCents(*f.current.numerator));
        else
            CHECK(k.value(S("numerator")).toInteger() == *f.current.numerator);
    }
}

} // namespace

TEST_CASE("cli kpi: JSON values equal the core's for a month, a period key and one owner")
{
    TempDb t;
    writeKpiDataSet(t.db());
    const DateRange march{QDate(2026, 3, 1), QDate(2026, 3, 31)};
    const KpiReport all = coreReport(t.db(), march);
    const KpiReport ana = coreReport(t.db(), march, S("ana"));
    t.close();
    Cli cli(t.path());

    const QJsonObject json = cli.jsonObject({S("kpi"), S("--from"), S("2026-03-01"), S("--to"), S("2026-03-31"), S("--now"),
                                             S("2026-04-10T12:00:00Z"), S("--format"), S("json")});
    CHECK(json.value(S("from")).toString() == S("2026-03-01"));
    CHECK(json.value(S("previous_from")).toString() == S("2026-02-01"));
    CHECK(json.value(S("previous_to")).toString() == S("2026-02-28"));
    CHECK(json.value(S("other_currency_documents")).toInt() == 1);
    sameAsCore(json, all);
    // The hand-computed figures of tests/core/test_kpis.cpp, through the binary.
    const QJsonObject win = json.value(S("kpis")).toArray().at(Kpis::keys().indexOf(S("win_rate"))).toObject();
    CHECK(win.value(S("value")).toDouble() == Approx(75.0));
    CHECK(win.value(S("previous")).toDouble() == Approx(100.0));
    const QJsonObject rev = json.value(S("kpis")).toArray().at(0).toObject();
    CHECK(rev.value(S("value")).toString() == S("300.00"));
    CHECK(json.value(S("revenue_by_month")).toArray().at(0).toObject().value(S("revenue")).toString() == S("300.00"));

    // The same month as a period key, for one owner.
    const QJsonObject mine = cli.jsonObject({S("kpi"), S("--period"), S("2026-03"), S("--owner"), S("ana"), S("--now"),
                                             S("2026-04-10T12:00:00Z"), S("--format"), S("json")});
    CHECK(mine.value(S("owner")).toString() == S("ana"));
    sameAsCore(mine, ana);

    // "this_month" relative to --today.
    const QJsonObject rel = cli.jsonObject({S("kpi"), S("--period"), S("last_month"), S("--today"), S("2026-04-15"), S("--format"), S("json")});
    CHECK(rel.value(S("from")).toString() == S("2026-03-01"));
    CHECK(rel.value(S("to")).toString() == S("2026-03-31"));
}

TEST_CASE("cli kpi: table and CSV say no data for an empty period, PDF is written")
{
    TempDb t;
    writeKpiDataSet(t.db());
    t.close();
    Cli cli(t.path());
    const QString table = cli.ok({S("kpi"), S("--period"), S("2025-06")});
    CHECK(table.contains(S("Win rate")));
    CHECK(table.contains(S("no data")));
    CHECK_FALSE(table.contains(S("nan")));
    const QStringList csv = cli.lines({S("kpi"), S("--period"), S("2026-03"), S("--format"), S("csv")});
    REQUIRE(csv.size() == Kpis::keys().size() + 1);
    CHECK(csv.at(0) == S("kpi,value,previous,change,numerator,denominator"));
    CHECK(csv.at(3) == S("Win rate,75.0 %,100.0 %,-25.0,3,4"));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(S("kpis.pdf"));
    auto r = cli({S("kpi"), S("--period"), S("2026-03"), S("--pdf"), pdf});
    CHECK(r.exitCode == 0);
    CHECK(fileBytes(pdf).startsWith("%PDF"));
}

TEST_CASE("cli kpi: a bad date, a reversed period, an unknown period or an unwritable PDF exit 2 and change nothing")
{
    TempDb t;
    writeKpiDataSet(t.db());
    t.close();
    Cli cli(t.path());
    const QString before = dump(t.path());
    auto reversed = cli({S("kpi"), S("--from"), S("2026-03-31"), S("--to"), S("2026-03-01")});
    CHECK(reversed.exitCode == 2);
    CHECK(reversed.err.contains(S("2026-03-01")));
    auto bad = cli({S("kpi"), S("--from"), S("2026-02-30")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(S("2026-02-30")));
    auto unknown = cli({S("kpi"), S("--period"), S("fortnight")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(S("fortnight")));
    auto pdf = cli({S("kpi"), S("--period"), S("2026-03"), S("--pdf"), S("/nonexistent-dir/kpis.pdf")});
    CHECK(pdf.exitCode != 0);
    CHECK_FALSE(pdf.err.isEmpty());
    auto both = cli({S("kpi"), S("--period"), S("2026-03"), S("--from"), S("2026-03-01")});
    CHECK(both.exitCode == 1);
    // Unknown owner: fine, zero data.
    const QJsonObject nobody = cli.jsonObject({S("kpi"), S("--period"), S("2026-03"), S("--owner"), S("nobody"), S("--format"), S("json")});
    CHECK(nobody.value(S("kpis")).toArray().at(2).toObject().value(S("value")).isNull());
    CHECK(dump(t.path()) == before);
}
