// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "activities/userprofiles.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "support/queues.h"
#include "support/supportkpis.h"

#include <QDateTime>

#include <catch2/catch.hpp>

using namespace trato;

namespace {

QDateTime utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

QString ticket(Database &db, const QString &subject, const QString &owner, const QString &status, QVariantMap extra = {})
{
    extra[QStringLiteral("subject")] = subject;
    extra[QStringLiteral("status")] = status;
    if (!owner.isEmpty())
        extra[QStringLiteral("owner")] = owner;
    if (status == QLatin1String("resolved") || status == QLatin1String("closed"))
        extra.insert(QStringLiteral("resolution"), QStringLiteral("Done"));
    auto id = RecordStore(db).create(QStringLiteral("ticket"), extra, RecordStore::Access::System);
    INFO((id.ok() ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    // The clock fields as this data set states them (the write rules derive their own from now).
    REQUIRE(test::pinTicketClock(db, id.value(), extra));
    return id.value();
}

void breach(Database &db, const QString &ticketId, const char *kind, const QDateTime &at)
{
    auto id = RecordStore(db).create(QStringLiteral("sla_breach"),
                                     {{QStringLiteral("ticket"), ticketId}, {QStringLiteral("kind"), QString::fromLatin1(kind)},
                                      {QStringLiteral("due_at"), at}, {QStringLiteral("breached_at"), at}},
                                     RecordStore::Access::System);
    INFO((id.ok() ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
}

// The fixed data set of the queue and KPI tests (docs/SUPPORT.md works the same figures by hand).
struct Fixture
{
    QString t1, t2, t3, t4, t5, t6, t7, t8;

    explicit Fixture(Database &db)
    {
        const QString ana = QStringLiteral("ana"), luis = QStringLiteral("luis");
        const QString n1 = QStringLiteral("soporte-n1");
        REQUIRE(UserProfiles(db).set(ana, {std::nullopt, std::nullopt, n1}).ok());
        auto k = [](const char *s) { return QString::fromLatin1(s); };
        t1 = ticket(db, k("T1"), ana, k("resolved"), {{k("opened_at"), utc(3, 2, 9)}, {k("first_response_at"), utc(3, 2, 10)},
                                                     {k("resolved_at"), utc(3, 3, 9)}, {k("reopen_count"), 1},
                                                     {k("resolution_due"), utc(3, 4, 9)}, {k("sla_state"), k("met")}});
        t2 = ticket(db, k("T2"), ana, k("closed"), {{k("opened_at"), utc(3, 5, 8)}, {k("first_response_at"), utc(3, 5, 11)},
                                                  {k("resolved_at"), utc(3, 5, 20)}, {k("closed_at"), utc(3, 6, 9)},
                                                  {k("resolution_due"), utc(3, 5, 16)}, {k("sla_state"), k("breached")},
                                                  {k("team"), n1}});
        breach(db, t2, "resolution", utc(3, 5, 16));
        t3 = ticket(db, k("T3"), ana, k("open"), {{k("opened_at"), utc(3, 10, 12)}, {k("resolution_due"), utc(3, 12, 12)},
                                                 {k("sla_state"), k("breached")}, {k("team"), n1}});
        breach(db, t3, "resolution", utc(3, 12, 12));
        t4 = ticket(db, k("T4"), luis, k("resolved"), {{k("opened_at"), utc(2, 25, 10)}, {k("first_response_at"), utc(2, 25, 10, 30)},
                                                      {k("resolved_at"), utc(3, 1, 10)}, {k("resolution_due"), utc(3, 1, 12)},
                                                      {k("sla_state"), k("met")}});
        t5 = ticket(db, k("T5"), luis, k("new"), {{k("opened_at"), utc(3, 20, 0)}, {k("first_response_at"), utc(3, 20, 2)},
                                                 {k("resolution_due"), utc(4, 20, 0)}, {k("sla_state"), k("at_risk")}});
        t6 = ticket(db, k("T6"), QString(), k("new"), {{k("opened_at"), utc(3, 25, 0)}});
        t7 = ticket(db, k("T7"), ana, k("open"), {{k("opened_at"), utc(4, 2, 0)}, {k("resolution_due"), utc(4, 5, 0)},
                                                 {k("sla_state"), k("on_track")}});
        t8 = ticket(db, k("T8"), luis, k("waiting_customer"), {{k("opened_at"), utc(2, 1, 0)}, {k("team"), n1},
                                                              {k("sla_state"), k("paused")}});
    }
};

QStringList subjects(Database &db, SupportQueues::Queue queue, const QString &user)
{
    auto rows = RecordStore(db).list(SupportQueues::query(db, queue, user));
    REQUIRE(rows.ok());
    QStringList out;
    for (const auto &r : rows.value())
        out << r.value(QStringLiteral("subject")).toString();
    return out;
}

const SupportKpiRow &row(const SupportKpiReport &report, const QString &key)
{
    for (const SupportKpiRow &r : report.rows)
        if (r.key == key)
            return r;
    FAIL("no row " << key.toStdString());
    return report.rows.first();
}

} // namespace

TEST_CASE("support queues: each queue's members on a hand-made set of tickets, counts equal the lists")
{
    test::TempDb t;
    Database &db = t.db();
    Fixture f(db);
    using Q = SupportQueues::Queue;
    const QString ana = QStringLiteral("ana");
    // Sorted by resolution due time: T3 (12 March) before T7 (5 April).
    CHECK(subjects(db, Q::Mine, ana) == QStringList{QStringLiteral("T3"), QStringLiteral("T7")});
    CHECK(subjects(db, Q::Mine, QStringLiteral("luis")) == QStringList{QStringLiteral("T8"), QStringLiteral("T5")});
    // T2 is the team's too, but closed.
    CHECK(subjects(db, Q::Team, ana) == QStringList{QStringLiteral("T8"), QStringLiteral("T3")});
    CHECK(subjects(db, Q::Team, QStringLiteral("luis")).isEmpty()); // luis has no team
    CHECK(subjects(db, Q::Unassigned, ana) == QStringList{QStringLiteral("T6")});
    CHECK(subjects(db, Q::AtRisk, ana) == QStringList{QStringLiteral("T5")});
    CHECK(subjects(db, Q::Overdue, ana) == QStringList{QStringLiteral("T3")}); // T2 breached but closed
    CHECK(subjects(db, Q::Waiting, ana) == QStringList{QStringLiteral("T8")});
    CHECK(subjects(db, Q::Mine, QString()).isEmpty());

    auto counts = SupportQueues::counts(db, ana);
    REQUIRE(counts.ok());
    REQUIRE(counts.value().size() == 6);
    for (const auto &c : counts.value()) {
        INFO(SupportQueues::key(c.queue).toStdString());
        CHECK(c.count == subjects(db, c.queue, ana).size());
        auto one = SupportQueues::count(db, c.queue, ana);
        REQUIRE(one.ok());
        CHECK(one.value() == c.count);
    }

    // A change moves the ticket between queues: T3 waits on the customer, T8 is deleted.
    REQUIRE(RecordStore(db).update(QStringLiteral("ticket"), f.t3, {{QStringLiteral("status"), QStringLiteral("waiting_customer")}}).ok());
    REQUIRE(RecordStore(db).remove(QStringLiteral("ticket"), f.t8).ok());
    CHECK(subjects(db, Q::Waiting, ana) == QStringList{QStringLiteral("T3")});
    CHECK(subjects(db, Q::Team, ana) == QStringList{QStringLiteral("T3")});
}

TEST_CASE("support queues: keys round-trip and every count is an index search")
{
    for (auto q : SupportQueues::all())
        CHECK(SupportQueues::fromKey(SupportQueues::key(q)) == q);
    CHECK_FALSE(SupportQueues::fromKey(QStringLiteral("nobody")).has_value());

    test::TempDb t;
    Database &db = t.db();
    for (auto q : SupportQueues::all()) {
        const ListQuery query = SupportQueues::query(q, QStringLiteral("ana"), QStringLiteral("n1"));
        const BuiltQuery b = ListSql::count(*db.registry(), *db.registry()->entity(QStringLiteral("ticket")), query);
        auto plan = Sql::exec(db.connection(), QStringLiteral("EXPLAIN QUERY PLAN ") + b.sql, b.params);
        REQUIRE(plan.ok());
        QString text;
        while (plan.value().next())
            text += plan.value().value(3).toString() + QLatin1Char('\n');
        INFO(SupportQueues::key(q).toStdString() << ": " << text.toStdString());
        CHECK(text.contains(QStringLiteral("USING")));
        // One range per state on a (deleted, status, ...) index, never the whole owner's or state's rows.
        if (q != SupportQueues::Queue::Waiting)
            CHECK(text.contains(QStringLiteral("status=?")));
        CHECK_FALSE(text.contains(QStringLiteral("SCAN a\n")));
        CHECK_FALSE(text.contains(QStringLiteral("SCAN ticket")));
    }
}

TEST_CASE("support KPIs per agent equal the hand-computed figures")
{
    test::TempDb t;
    Database &db = t.db();
    Fixture f(db);
    SupportKpiOptions o;
    o.from = QDate(2026, 3, 1);
    o.to = QDate(2026, 3, 31);
    o.now = utc(4, 10, 0);
    auto r = SupportKpis::compute(db, o);
    REQUIRE(r.ok());
    const SupportKpiReport &k = r.value();
    REQUIRE(k.rows.size() == 3);
    CHECK(k.rows.at(2).key.isEmpty()); // unassigned last

    const SupportKpiRow &ana = row(k, QStringLiteral("ana"));
    CHECK(ana.opened == 3);
    CHECK(ana.resolved == 2);
    CHECK(ana.backlog == 1);
    CHECK(SupportKpiRow::averageHours(ana.firstResponseSeconds) == Approx(2.0));
    CHECK(SupportKpiRow::medianHours(ana.firstResponseSeconds) == Approx(2.0));
    CHECK(SupportKpiRow::averageHours(ana.resolutionSeconds) == Approx(18.0));
    CHECK(SupportKpiRow::medianHours(ana.resolutionSeconds) == Approx(18.0));
    CHECK(ana.reopenRate() == Approx(0.5));
    CHECK(ana.slaDue == 3);
    CHECK(ana.slaMet == 1);
    CHECK(ana.breaches == 2);

    const SupportKpiRow &luis = row(k, QStringLiteral("luis"));
    CHECK(luis.opened == 1);
    CHECK(luis.resolved == 1);
    CHECK(luis.backlog == 2);
    CHECK(SupportKpiRow::averageHours(luis.resolutionSeconds) == Approx(96.0));
    CHECK(luis.reopenRate() == Approx(0.0));
    CHECK(luis.slaCompliance() == Approx(1.0));
    CHECK(luis.breaches == 0);

    const SupportKpiRow &none = row(k, QString());
    CHECK(none.opened == 1);
    CHECK(none.backlog == 1);
    CHECK_FALSE(none.reopenRate().has_value());
    CHECK_FALSE(none.slaCompliance().has_value());

    CHECK(k.total.opened == 5);
    CHECK(k.total.resolved == 3);
    CHECK(k.total.backlog == 4);
    CHECK(SupportKpiRow::averageHours(k.total.resolutionSeconds) == Approx(44.0));
    CHECK(SupportKpiRow::medianHours(k.total.resolutionSeconds) == Approx(24.0));
    CHECK(k.total.reopenRate() == Approx(1.0 / 3.0));
    CHECK(k.total.slaCompliance() == Approx(0.5));
    CHECK(k.total.breaches == 2);

    const ReportTable table = SupportKpis::toTable(k);
    CHECK(table.rows.size() == 3);
    CHECK(table.totals == QStringList{QStringLiteral("Total"), QStringLiteral("5"), QStringLiteral("3"), QStringLiteral("4"),
                                      QStringLiteral("2.00"), QStringLiteral("2.00"), QStringLiteral("44.00"),
                                      QStringLiteral("24.00"), QStringLiteral("33.3"), QStringLiteral("2"), QStringLiteral("4"),
                                      QStringLiteral("50.0"), QStringLiteral("2")});
    Q_UNUSED(f)
}

TEST_CASE("support KPIs by month and by week: backlog at each period's end")
{
    test::TempDb t;
    Database &db = t.db();
    Fixture f(db);
    Q_UNUSED(f)
    SupportKpiOptions o;
    o.from = QDate(2026, 2, 1);
    o.to = QDate(2026, 3, 31);
    o.now = utc(4, 10, 0);
    o.by = SupportKpiOptions::By::Month;
    auto r = SupportKpis::compute(db, o);
    REQUIRE(r.ok());
    REQUIRE(r.value().rows.size() == 2);
    const SupportKpiRow &feb = r.value().rows.at(0);
    CHECK(feb.key == QStringLiteral("2026-02"));
    CHECK(feb.opened == 2);
    CHECK(feb.resolved == 0);
    CHECK(feb.backlog == 2);
    CHECK(SupportKpiRow::averageHours(feb.firstResponseSeconds) == Approx(0.5));
    const SupportKpiRow &mar = r.value().rows.at(1);
    CHECK(mar.key == QStringLiteral("2026-03"));
    CHECK(mar.opened == 5);
    CHECK(mar.resolved == 3);
    CHECK(mar.backlog == 4);
    CHECK(r.value().total.opened == 7);
    CHECK(r.value().total.backlog == 4);

    o.by = SupportKpiOptions::By::Week;
    o.from = QDate(2026, 3, 1); // a Sunday: the first week is one day long
    o.to = QDate(2026, 3, 15);
    auto w = SupportKpis::compute(db, o);
    REQUIRE(w.ok());
    REQUIRE(w.value().rows.size() == 3);
    CHECK(w.value().rows.at(0).key == QStringLiteral("2026-W09"));
    CHECK(w.value().rows.at(0).to == QDate(2026, 3, 1));
    CHECK(w.value().rows.at(0).resolved == 1); // T4
    CHECK(w.value().rows.at(1).key == QStringLiteral("2026-W10"));
    CHECK(w.value().rows.at(1).opened == 2);   // T1, T2
    CHECK(w.value().rows.at(2).opened == 1);   // T3
    CHECK(w.value().rows.at(2).to == QDate(2026, 3, 15));
}

TEST_CASE("support KPIs refuse a period that ends before it starts")
{
    test::TempDb t;
    SupportKpiOptions o;
    o.from = QDate(2026, 3, 31);
    o.to = QDate(2026, 3, 1);
    auto r = SupportKpis::compute(t.db(), o);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == Error::BadInput);
    CHECK(r.error().message.contains(QStringLiteral("2026-03-01")));
}
