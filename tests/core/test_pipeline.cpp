// SPDX-License-Identifier: GPL-3.0-or-later
// Comercial's pipeline (issue 6): the default pipeline, the opportunity rules on every write path,
// exact weighted amounts, the board query against direct sums, the forecast on a hand-computed
// set, lead conversion opening an opportunity.
#include "testsupport.h"

#include "marketing/leadconversion.h"
#include "sales/forecast.h"
#include "sales/pipelineboard.h"
#include "sales/pipelines.h"
#include "store/recordrules.h"
#include "store/recordstore.h"
#include "store/sqlite.h"

#include <QSqlRecord>
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

QString snapshot(Database &db)
{
    QString out;
    for (const char *table : {"opportunity", "pipeline", "pipeline_stage", "change_log"}) {
        auto q = Sql::exec(db.connection(), S("SELECT * FROM %1 ORDER BY 1").arg(S(table)));
        REQUIRE(q.ok());
        out += S("[%1]\n").arg(S(table));
        while (q.value().next()) {
            const QSqlRecord r = q.value().record();
            for (int i = 0; i < r.count(); ++i)
                out += r.value(i).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}

QString stageId(Database &db, const char *name, const QString &pipeline = {})
{
    auto p = Pipelines::pipeline(db, pipeline);
    REQUIRE(p.ok());
    const PipelineStageInfo *s = p.value().stage(S(name));
    REQUIRE(s);
    return s->id;
}

QString opportunity(RecordStore &store, const QVariantMap &values)
{
    auto id = store.create(S("opportunity"), values);
    INFO((id.ok() ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    return id.value();
}
} // namespace

TEST_CASE("the default Sales pipeline is created once with its seven stages")
{
    test::TempDb t;
    CHECK(scalar(t.db(), S("SELECT count(*) FROM pipeline")) == 0);
    auto a = Pipelines::defaultPipeline(t.db());
    REQUIRE(a.ok());
    auto b = Pipelines::defaultPipeline(t.db());
    REQUIRE(b.ok());
    CHECK(a.value() == b.value());
    CHECK(scalar(t.db(), S("SELECT count(*) FROM pipeline")) == 1);
    auto p = Pipelines::pipeline(t.db());
    REQUIRE(p.ok());
    CHECK(p.value().name == S("Sales"));
    CHECK(p.value().isDefault);
    REQUIRE(p.value().stages.size() == 7);
    const QStringList names{S("Prospecting"), S("Qualification"), S("Needs analysis"), S("Proposal"), S("Negotiation"), S("Closed won"), S("Closed lost")};
    const QList<int> bp{1000, 2000, 4000, 6000, 8000, 10000, 0};
    const QStringList outcomes{S("open"), S("open"), S("open"), S("open"), S("open"), S("won"), S("lost")};
    for (int i = 0; i < 7; ++i) {
        CHECK(p.value().stages.at(i).name == names.at(i));
        CHECK(p.value().stages.at(i).probabilityBp == bp.at(i));
        CHECK(p.value().stages.at(i).outcome == outcomes.at(i));
        CHECK(p.value().stages.at(i).position == i + 1);
    }
}

TEST_CASE("pipelines with their own stages and refusals that write nothing")
{
    test::TempDb t;
    REQUIRE(Pipelines::defaultPipeline(t.db()).ok());
    auto id = Pipelines::add(t.db(), S("Renovaciones"), {{S("Contactado"), S("30")}, {S("Renovado"), S("100"), S("won")}, {S("Baja"), S("0"), S("lost")}});
    REQUIRE(id.ok());
    auto p = Pipelines::pipeline(t.db(), S("renovaciones"));
    REQUIRE(p.ok());
    CHECK(p.value().id == id.value());
    CHECK_FALSE(p.value().isDefault);
    CHECK(p.value().stages.size() == 3);

    const QString before = snapshot(t.db());
    CHECK_FALSE(Pipelines::add(t.db(), S("Otra"), {{S("A"), S("10")}, {S("a"), S("20")}}).ok());          // repeated stage name
    CHECK_FALSE(Pipelines::add(t.db(), S("renovaciones"), {{S("A"), S("10")}}).ok());                     // name taken
    CHECK_FALSE(Pipelines::add(t.db(), S("Otra"), {{S("A"), S("120")}}).ok());                            // probability
    CHECK_FALSE(Pipelines::add(t.db(), S("Otra"), {{S("W"), S("100"), S("won")}}).ok());                  // no open stage
    CHECK_FALSE(Pipelines::add(t.db(), S("Otra"), {}).ok());
    CHECK_FALSE(Pipelines::parseStageSpec(S("Nombre")).ok());
    CHECK_FALSE(Pipelines::parseStageSpec(S("Nombre:10:maybe")).ok());
    // Stage names are unique in a pipeline on every write path.
    RecordStore store(t.db());
    auto dup = store.create(S("pipeline_stage"), {{S("pipeline"), id.value()}, {S("name"), S("CONTACTADO")}, {S("outcome"), S("open")}});
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().message.contains(S("name")));
    CHECK(snapshot(t.db()) == before);
    // The same name in another pipeline is fine.
    CHECK(store.create(S("pipeline_stage"), {{S("pipeline"), id.value()}, {S("name"), S("Negociación")}, {S("outcome"), S("open")}}).ok());

    // --default moves the default flag.
    auto d = Pipelines::add(t.db(), S("Grandes cuentas"), {{S("Inicio"), S("5")}}, true);
    REQUIRE(d.ok());
    CHECK(Pipelines::defaultPipeline(t.db()).value() == d.value());
    CHECK(scalar(t.db(), S("SELECT count(*) FROM pipeline WHERE is_default = 1")) == 1);
}

TEST_CASE("opportunity rules: defaults, status from the stage, closed_at, probability and exact weighted amounts")
{
    test::TempDb t;
    RecordStore store(t.db());
    const QString o = opportunity(store, {{S("name"), S("Renovación Acme")}, {S("amount"), qint64(100005)}, {S("currency"), S("usd")}});
    auto r = store.get(S("opportunity"), o);
    REQUIRE(r.ok());
    CHECK(r.value().value(S("pipeline")).toString() == Pipelines::defaultPipeline(t.db()).value());
    CHECK(r.value().value(S("stage")).toString() == stageId(t.db(), "Prospecting"));
    CHECK(r.value().value(S("status")).toString() == S("open"));
    CHECK(r.value().value(S("probability")).toDouble() == 10.0);
    CHECK(r.value().value(S("weighted_amount")).toLongLong() == 10001); // 1000.05 x 10 % = 100.005 -> 100.01
    CHECK(r.value().value(S("currency")).toString() == S("USD"));
    CHECK(r.value().value(S("closed_at")).isNull());

    // Stage change: probability follows (60 %), weighted 600.03.
    REQUIRE(Pipelines::move(t.db(), o, S("Proposal")).ok());
    r = store.get(S("opportunity"), o);
    CHECK(r.value().value(S("probability")).toDouble() == 60.0);
    CHECK(r.value().value(S("weighted_amount")).toLongLong() == 60003);

    // The same write sets the probability: it wins over the stage's default. 1000.05 x 33.33 % = 333.316665 -> 333.32
    REQUIRE(store.update(S("opportunity"), o, {{S("stage"), stageId(t.db(), "Negotiation")}, {S("probability"), 33.33}}).ok());
    r = store.get(S("opportunity"), o);
    CHECK(r.value().value(S("probability")).toDouble() == 33.33);
    CHECK(r.value().value(S("weighted_amount")).toLongLong() == 33332);
    // The amount changes alone: weighted follows with the kept probability. 0.15 x 33.33 % = 0.049995 -> 0.05
    REQUIRE(store.update(S("opportunity"), o, {{S("amount"), qint64(15)}}).ok());
    CHECK(store.get(S("opportunity"), o).value().value(S("weighted_amount")).toLongLong() == 5);
    REQUIRE(store.update(S("opportunity"), o, {{S("amount"), qint64(-15)}}).ok());
    CHECK(store.get(S("opportunity"), o).value().value(S("weighted_amount")).toLongLong() == -5);
    REQUIRE(store.update(S("opportunity"), o, {{S("amount"), qint64(100005)}}).ok());

    // Won: status and closed_at; reopened: both back.
    REQUIRE(Pipelines::move(t.db(), o, S("Closed won")).ok());
    r = store.get(S("opportunity"), o);
    CHECK(r.value().value(S("status")).toString() == S("won"));
    CHECK_FALSE(r.value().value(S("closed_at")).isNull());
    CHECK(r.value().value(S("weighted_amount")).toLongLong() == 100005);
    REQUIRE(Pipelines::move(t.db(), o, S("Qualification")).ok());
    r = store.get(S("opportunity"), o);
    CHECK(r.value().value(S("status")).toString() == S("open"));
    CHECK(r.value().value(S("closed_at")).isNull());
    CHECK(r.value().value(S("weighted_amount")).toLongLong() == 20001);

    // A stage given without a pipeline brings its pipeline.
    auto other = Pipelines::add(t.db(), S("Renovaciones"), {{S("Contactado"), S("30")}, {S("Renovado"), S("100"), S("won")}});
    REQUIRE(other.ok());
    const QString o2 = opportunity(store, {{S("name"), S("Otra")}, {S("stage"), stageId(t.db(), "Contactado", other.value())}, {S("amount"), qint64(1000)}});
    CHECK(store.get(S("opportunity"), o2).value().value(S("pipeline")).toString() == other.value());
    CHECK(store.get(S("opportunity"), o2).value().value(S("weighted_amount")).toLongLong() == 300);
    // Changing the pipeline alone puts it on the new pipeline's first stage.
    REQUIRE(store.update(S("opportunity"), o2, {{S("pipeline"), Pipelines::defaultPipeline(t.db()).value()}}).ok());
    CHECK(store.get(S("opportunity"), o2).value().value(S("stage")).toString() == stageId(t.db(), "Prospecting"));
}

TEST_CASE("opportunity refusals name the field and leave the database unchanged")
{
    test::TempDb t;
    RecordStore store(t.db());
    const QString o = opportunity(store, {{S("name"), S("Acme")}, {S("amount"), qint64(50000)}});
    auto other = Pipelines::add(t.db(), S("Renovaciones"), {{S("Contactado"), S("30")}});
    REQUIRE(other.ok());
    const QString before = snapshot(t.db());

    // A lost stage without a reason.
    Status s = Pipelines::move(t.db(), o, S("Closed lost"));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(S("lost_reason")));
    s = store.update(S("opportunity"), o, {{S("stage"), stageId(t.db(), "Closed lost")}});
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(S("lost_reason")));
    // A stage of another pipeline.
    s = store.update(S("opportunity"), o, {{S("stage"), stageId(t.db(), "Contactado", other.value())}});
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(S("stage")));
    // A stage the pipeline does not have (by name).
    s = Pipelines::move(t.db(), o, S("Nowhere"));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(S("Nowhere")));
    // Currency.
    s = store.update(S("opportunity"), o, {{S("currency"), S("EURO")}});
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(S("currency")));
    CHECK_FALSE(store.create(S("opportunity"), {{S("name"), S("X")}, {S("currency"), S("E1")}}).ok());
    // Probability out of range.
    s = store.update(S("opportunity"), o, {{S("probability"), 140.0}});
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(S("probability")));
    // Status is the system's.
    CHECK_FALSE(store.update(S("opportunity"), o, {{S("status"), S("won")}}).ok());
    // A lost reason that is no option.
    CHECK_FALSE(Pipelines::move(t.db(), o, S("Closed lost"), S("because")).ok());
    CHECK(snapshot(t.db()) == before);

    // With a reason (key or label) it goes through.
    REQUIRE(Pipelines::move(t.db(), o, S("Closed lost"), S("Price")).ok());
    auto r = store.get(S("opportunity"), o);
    CHECK(r.value().value(S("status")).toString() == S("lost"));
    CHECK(r.value().value(S("lost_reason")).toString() == S("price"));
    CHECK(r.value().value(S("weighted_amount")).toLongLong() == 0);
}

TEST_CASE("board query: columns per stage with totals equal to direct sums, card limit and stalled flags")
{
    test::TempDb t;
    RecordStore store(t.db());
    const QDate today(2026, 6, 15);
    const QStringList stages{S("Prospecting"), S("Qualification"), S("Proposal"), S("Closed won")};
    QStringList ids;
    for (int i = 0; i < 40; ++i) {
        QVariantMap v{{S("name"), S("Opp %1").arg(i)}, {S("amount"), qint64(1000 * i + 7)},
                      {S("stage"), stageId(t.db(), stages.at(i % 4).toUtf8().constData())},
                      {S("expected_close"), today.addDays(i - 10).toString(Qt::ISODate)},
                      {S("owner"), i % 3 == 0 ? S("ana") : S("luis")}};
        if (i % 2 == 0)
            v.insert(S("next_step"), S("Llamar"));
        ids << opportunity(store, v);
    }
    // One without a next step but with a planned activity: not stalled (if its close is ahead).
    const QString withActivity = ids.at(13); // Qualification, close today+3, no next_step
    REQUIRE(store.create(S("activity"), {{S("kind"), S("task")}, {S("subject"), S("Seguimiento")}, {S("status"), S("planned")},
                                         {S("start_at"), S("2026-06-20T09:00:00Z")}, {S("opportunity"), withActivity}}).ok());

    PipelineBoardQuery q;
    q.today = today;
    q.cardLimit = 4;
    auto b = PipelineBoard::load(t.db(), q);
    REQUIRE(b.ok());
    const auto &d = b.value();
    REQUIRE(d.columns.size() == 7);
    qint64 total = 0;
    for (const auto &c : d.columns) {
        CHECK(c.count == scalar(t.db(), S("SELECT count(*) FROM opportunity WHERE stage = ? AND deleted = 0"), {c.stage.id}));
        CHECK(c.amount == scalar(t.db(), S("SELECT coalesce(sum(amount), 0) FROM opportunity WHERE stage = ? AND deleted = 0"), {c.stage.id}));
        CHECK(c.weighted == scalar(t.db(), S("SELECT coalesce(sum(weighted_amount), 0) FROM opportunity WHERE stage = ? AND deleted = 0"), {c.stage.id}));
        CHECK(c.cards.size() == qMin<qint64>(4, c.count));
        CHECK(c.more() == c.count - c.cards.size());
        total += c.amount;
    }
    CHECK(d.amount == total);
    CHECK(d.count == 40);
    CHECK(d.columns.at(0).count == 10);
    CHECK(d.columns.at(0).more() == 6);
    // Soonest close first.
    CHECK(d.columns.at(0).cards.at(0).name == S("Opp 0"));
    // Stalled: open and (close in the past, or no next step and no open activity).
    QHash<QString, bool> stalled;
    for (const auto &c : d.columns)
        for (const auto &card : c.cards)
            stalled.insert(card.name, card.stalled);
    CHECK(stalled.value(S("Opp 0")));           // closes 10 days ago
    CHECK(stalled.value(S("Opp 1")));           // in the past as well
    CHECK_FALSE(stalled.value(S("Opp 3")));     // won: never stalled
    q.cardLimit = 50;
    b = PipelineBoard::load(t.db(), q);
    for (const auto &c : b.value().columns)
        for (const auto &card : c.cards)
            stalled.insert(card.name, card.stalled);
    CHECK_FALSE(stalled.value(S("Opp 12")));    // next step, close ahead
    CHECK(stalled.value(S("Opp 17")));          // no next step, no activity
    CHECK_FALSE(stalled.value(S("Opp 13")));    // no next step but a planned activity
    CHECK_FALSE(stalled.value(S("Opp 19")));    // won: never stalled

    // Filters: owner and expected close.
    q.owner = S("ana");
    q.closeFrom = today;
    q.closeTo = today.addDays(20);
    b = PipelineBoard::load(t.db(), q);
    REQUIRE(b.ok());
    CHECK(b.value().count == scalar(t.db(), S("SELECT count(*) FROM opportunity WHERE owner = 'ana' AND expected_close BETWEEN ? AND ?"),
                                    {today.toString(Qt::ISODate), today.addDays(20).toString(Qt::ISODate)}));
    CHECK(b.value().weighted == scalar(t.db(), S("SELECT sum(weighted_amount) FROM opportunity WHERE owner = 'ana' AND expected_close BETWEEN ? AND ?"),
                                       {today.toString(Qt::ISODate), today.addDays(20).toString(Qt::ISODate)}));
    CHECK(b.value().owners == QStringList{S("ana"), S("luis")});
}

TEST_CASE("forecast by month and by owner, hand-computed")
{
    test::TempDb t;
    RecordStore store(t.db());
    struct O { const char *stage; qint64 amount; const char *close; const char *owner; };
    // Weighted: Prospecting 10 %, Proposal 60 %, Negotiation 80 %, won = its amount.
    const O set[] = {
        {"Prospecting", 100000, "2026-03-10", "ana"},  // w 10000.00 -> 10000 cents... 1000.00 x 10 % = 100.00
        {"Proposal", 250050, "2026-03-31", "luis"},    // 2500.50 x 60 % = 1500.30
        {"Closed won", 300000, "2026-03-05", "ana"},   // won 3000.00
        {"Closed lost", 999900, "2026-03-07", "ana"},  // lost: not counted
        {"Negotiation", 12345, "2026-04-01", "luis"},  // 123.45 x 80 % = 98.76
        {"Proposal", 77777, "2026-06-15", "ana"},      // outside Mar..May
        {"Proposal", 5000, "2026-02-28", "ana"},       // outside
    };
    for (const O &o : set) {
        QVariantMap v{{S("name"), S("F")}, {S("stage"), stageId(t.db(), o.stage)}, {S("amount"), o.amount},
                      {S("expected_close"), S(o.close)}, {S("owner"), S(o.owner)}};
        if (QByteArray(o.stage) == "Closed lost")
            v.insert(S("lost_reason"), S("price"));
        opportunity(store, v);
    }
    opportunity(store, {{S("name"), S("sin fecha")}, {S("amount"), qint64(123)}}); // no expected close: not counted

    ForecastQuery q;
    q.from = QDate(2026, 3, 1);
    q.to = QDate(2026, 5, 20);
    auto f = Forecast::compute(t.db(), q);
    REQUIRE(f.ok());
    REQUIRE(f.value().rows.size() == 3);
    const ForecastRow &mar = f.value().rows.at(0);
    CHECK(mar.key == S("2026-03"));
    CHECK(mar.weighted == 10000 + 150030 + 300000);
    CHECK(mar.bestCase == 100000 + 250050 + 300000);
    CHECK(mar.won == 300000);
    CHECK(mar.count == 3);
    CHECK(mar.wonCount == 1);
    const ForecastRow &apr = f.value().rows.at(1);
    CHECK(apr.key == S("2026-04"));
    CHECK(apr.weighted == 9876);
    CHECK(apr.bestCase == 12345);
    CHECK(apr.count == 1);
    CHECK(f.value().rows.at(2).key == S("2026-05"));
    CHECK(f.value().rows.at(2).count == 0);
    CHECK(f.value().total.weighted == 10000 + 150030 + 300000 + 9876);
    CHECK(f.value().total.bestCase == 100000 + 250050 + 300000 + 12345);
    CHECK(f.value().to == QDate(2026, 5, 31));

    q.by = ForecastQuery::Owner;
    f = Forecast::compute(t.db(), q);
    REQUIRE(f.ok());
    REQUIRE(f.value().rows.size() == 2);
    CHECK(f.value().rows.at(0).key == S("ana"));
    CHECK(f.value().rows.at(0).weighted == 10000 + 300000);
    CHECK(f.value().rows.at(0).won == 300000);
    CHECK(f.value().rows.at(1).key == S("luis"));
    CHECK(f.value().rows.at(1).weighted == 150030 + 9876);
    CHECK(f.value().rows.at(1).bestCase == 250050 + 12345);

    q.from = QDate(2026, 6, 1);
    q.to = QDate(2026, 5, 1);
    CHECK_FALSE(Forecast::compute(t.db(), q).ok());
    CHECK(Forecast::parseMonth(S("2026-02")) == QDate(2026, 2, 1));
    CHECK_FALSE(Forecast::parseMonth(S("2026-13")).isValid());
}

TEST_CASE("lead conversion opens an opportunity in the default pipeline")
{
    test::TempDb t;
    RecordStore store(t.db());
    auto campaign = store.create(S("campaign"), {{S("name"), S("Feria 2026")}});
    REQUIRE(campaign.ok());
    auto lead = store.create(S("lead"), {{S("first_name"), S("Marta")}, {S("last_name"), S("Ruiz")}, {S("company"), S("Talleres Ruiz")},
                                         {S("estimated_value"), qint64(1250000)}, {S("campaign"), campaign.value()}, {S("source"), S("web")}});
    REQUIRE(lead.ok());
    auto c = LeadConversion(t.db()).convert(lead.value());
    REQUIRE(c.ok());
    REQUIRE_FALSE(c.value().opportunityId.isEmpty());
    auto o = store.get(S("opportunity"), c.value().opportunityId);
    REQUIRE(o.ok());
    CHECK(o.value().value(S("name")).toString() == S("Talleres Ruiz"));
    CHECK(o.value().value(S("amount")).toLongLong() == 1250000);
    CHECK(o.value().value(S("weighted_amount")).toLongLong() == 125000);
    CHECK(o.value().value(S("account")).toString() == c.value().accountId);
    CHECK(o.value().value(S("contact")).toString() == c.value().contactId);
    CHECK(o.value().value(S("lead")).toString() == lead.value());
    CHECK(o.value().value(S("campaign")).toString() == campaign.value());
    CHECK(o.value().value(S("source")).toString() == S("web"));
    CHECK(o.value().value(S("pipeline")).toString() == Pipelines::defaultPipeline(t.db()).value());

    // A person without a company: the opportunity takes the name.
    auto person = store.create(S("lead"), {{S("first_name"), S("Luis")}, {S("last_name"), S("Gil")}});
    REQUIRE(person.ok());
    LeadConversionOptions noAccount;
    noAccount.createAccount = false;
    auto c2 = LeadConversion(t.db()).convert(person.value(), noAccount);
    REQUIRE(c2.ok());
    CHECK(store.get(S("opportunity"), c2.value().opportunityId).value().value(S("name")).toString() == S("Luis Gil"));
}

TEST_CASE("bulk-loaded opportunities get the same derived values")
{
    test::TempDb t;
    RecordStore store(t.db());
    const QString first = opportunity(store, {{S("name"), S("A")}, {S("amount"), qint64(100005)}});
    // A raw load (as the bulk path writes) followed by the entity's after-bulk rules.
    const QString prop = stageId(t.db(), "Proposal");
    auto ins = Sql::exec(t.db().connection(),
                         S("INSERT INTO opportunity (id, name, amount, stage, created_at, updated_at) VALUES ('b1', 'B', 100005, ?, 'x', 'x')"), {prop});
    REQUIRE(ins.ok());
    const qint64 rid = scalar(t.db(), S("SELECT rid FROM opportunity WHERE id = 'b1'"));
    for (const auto &rule : RecordRules::afterBulks(S("opportunity")))
        REQUIRE(rule(t.db(), rid, rid).ok());
    auto r = store.get(S("opportunity"), S("b1"));
    REQUIRE(r.ok());
    CHECK(r.value().value(S("pipeline")).toString() == Pipelines::defaultPipeline(t.db()).value());
    CHECK(r.value().value(S("status")).toString() == S("open"));
    CHECK(r.value().value(S("probability")).toDouble() == 60.0);
    CHECK(r.value().value(S("weighted_amount")).toLongLong() == 60003);
    CHECK(store.get(S("opportunity"), first).value().value(S("weighted_amount")).toLongLong() == 10001);
}
