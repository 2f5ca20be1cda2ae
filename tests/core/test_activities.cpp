// SPDX-License-Identifier: GPL-3.0-or-later
// The rules of activities on the store's write path (every writer obeys them), recurrence and the
// sales loop of ActivityService::complete.
#include "testsupport.h"

#include "activities/activityrules.h"
#include "activities/activityservice.h"
#include "activities/recurrence.h"
#include "importexport/importer.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "store/transaction.h"

#include <QFile>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace trato;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

qint64 scalar(Database &db, const QString &sql, const QVariantList &params = {})
{
    auto r = Sql::exec(db.connection(), sql, params);
    REQUIRE(r.ok());
    REQUIRE(r.value().next());
    return r.value().value(0).toLongLong();
}

// Every row of every table, as text: equal snapshots, unchanged database.
QString snapshot(Database &db)
{
    QString out;
    auto tables = Sql::exec(db.connection(), S("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE '%fts%' "
                                                "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    REQUIRE(tables.ok());
    QStringList names;
    while (tables.value().next())
        names << tables.value().value(0).toString();
    for (const QString &name : names) {
        auto rows = Sql::exec(db.connection(), S("SELECT * FROM \"%1\"").arg(name));
        REQUIRE(rows.ok());
        out += name + QLatin1Char('\n');
        while (rows.value().next()) {
            for (int i = 0; i < rows.value().record().count(); ++i)
                out += rows.value().value(i).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}

QString iso(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODate);
}

// Fixes the clock of completed_at for one test.
struct FixedClock
{
    explicit FixedClock(const QDateTime &at) { ActivityRules::setClock([at] { return at; }); }
    ~FixedClock() { ActivityRules::setClock({}); }
};

QString newActivity(RecordStore &store, QVariantMap values)
{
    if (!values.contains(S("kind")))
        values[S("kind")] = S("call");
    if (!values.contains(S("subject")))
        values[S("subject")] = S("Llamar");
    auto id = store.create(S("activity"), values);
    REQUIRE(id.ok());
    return id.value();
}

Record get(RecordStore &store, const QString &id)
{
    auto r = store.get(S("activity"), id);
    REQUIRE(r.ok());
    return r.value();
}
} // namespace

TEST_CASE("an activity cannot end before it starts, on create and on update, the database is unchanged")
{
    test::TempDb t;
    RecordStore store(t.db());
    const qint64 log = scalar(t.db(), S("SELECT count(*) FROM change_log"));
    auto bad = store.create(S("activity"), {{S("kind"), S("meeting")}, {S("subject"), S("Reunión")},
                                            {S("start_at"), S("2026-05-04T10:00:00Z")}, {S("end_at"), S("2026-05-04T09:00:00Z")}});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().kind == Error::BadInput);
    CHECK(bad.error().message.contains(S("end_at")));
    CHECK(bad.error().message.contains(S("start_at")));
    CHECK(bad.error().message.contains(S("Ends")));
    CHECK(scalar(t.db(), S("SELECT count(*) FROM activity")) == 0);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM change_log")) == log);

    const QString id = newActivity(store, {{S("start_at"), S("2026-05-04T10:00:00Z")}, {S("end_at"), S("2026-05-04T11:00:00Z")}});
    // Moving the start past the end is refused as well (judged on the record after the write).
    const Status moved = store.update(S("activity"), id, {{S("start_at"), S("2026-05-04T12:00:00Z")}});
    REQUIRE_FALSE(moved.ok());
    CHECK(moved.error().message.contains(S("start_at")));
    CHECK(get(store, id).value(S("start_at")).toString() == S("2026-05-04T10:00:00Z"));
    // Equal is fine; no end is fine.
    CHECK(store.update(S("activity"), id, {{S("end_at"), S("2026-05-04T10:00:00Z")}}).ok());
    CHECK(store.update(S("activity"), id, {{S("end_at"), QVariant()}}).ok());
}

TEST_CASE("all-day events cover whole local days")
{
    test::TempDb t;
    RecordStore store(t.db());
    const QDateTime start(QDate(2026, 5, 4), QTime(15, 30), Qt::LocalTime);
    const QString id = newActivity(store, {{S("kind"), S("meeting")}, {S("all_day"), true}, {S("start_at"), iso(start)}});
    Record r = get(store, id);
    CHECK(r.value(S("start_at")).toString() == iso(QDateTime(QDate(2026, 5, 4), QTime(0, 0), Qt::LocalTime)));
    CHECK(r.value(S("end_at")).toString() == iso(QDateTime(QDate(2026, 5, 4), QTime(23, 59, 59), Qt::LocalTime)));
    // A later last day keeps its day, to its end.
    REQUIRE(store.update(S("activity"), id, {{S("end_at"), iso(QDateTime(QDate(2026, 5, 6), QTime(9, 0), Qt::LocalTime))}}).ok());
    CHECK(get(store, id).value(S("end_at")).toString() == iso(QDateTime(QDate(2026, 5, 6), QTime(23, 59, 59), Qt::LocalTime)));
    // A last day before the first is refused.
    CHECK_FALSE(store.update(S("activity"), id, {{S("end_at"), iso(QDateTime(QDate(2026, 5, 2), QTime(9, 0), Qt::LocalTime))}}).ok());
}

TEST_CASE("remind_at follows start and reminder, survives a snooze and is cleared when closed")
{
    test::TempDb t;
    RecordStore store(t.db());
    const QString id = newActivity(store, {{S("start_at"), S("2026-05-04T10:00:00Z")}, {S("reminder"), S("15")}});
    CHECK(get(store, id).value(S("remind_at")).toString() == S("2026-05-04T09:45:00Z"));
    REQUIRE(store.update(S("activity"), id, {{S("start_at"), S("2026-05-05T08:00:00Z")}}).ok());
    CHECK(get(store, id).value(S("remind_at")).toString() == S("2026-05-05T07:45:00Z"));
    REQUIRE(store.update(S("activity"), id, {{S("reminder"), S("1440")}}).ok());
    CHECK(get(store, id).value(S("remind_at")).toString() == S("2026-05-04T08:00:00Z"));
    // A snooze (another part writes remind_at as the system) stays through unrelated edits...
    REQUIRE(store.update(S("activity"), id, {{S("remind_at"), S("2026-05-04T08:10:00Z")}}, RecordStore::Access::System).ok());
    REQUIRE(store.update(S("activity"), id, {{S("subject"), S("Llamar otra vez")}, {S("start_at"), S("2026-05-05T08:00:00Z")}}).ok());
    CHECK(get(store, id).value(S("remind_at")).toString() == S("2026-05-04T08:10:00Z"));
    // ...users cannot write it...
    CHECK_FALSE(store.update(S("activity"), id, {{S("remind_at"), S("2026-05-04T08:20:00Z")}}).ok());
    // ...and moving the start recomputes it.
    REQUIRE(store.update(S("activity"), id, {{S("start_at"), S("2026-05-06T08:00:00Z")}}).ok());
    CHECK(get(store, id).value(S("remind_at")).toString() == S("2026-05-05T08:00:00Z"));
    REQUIRE(store.update(S("activity"), id, {{S("reminder"), S("none")}}).ok());
    CHECK(get(store, id).value(S("remind_at")).isNull());
    REQUIRE(store.update(S("activity"), id, {{S("reminder"), S("0")}}).ok());
    CHECK(get(store, id).value(S("remind_at")).toString() == S("2026-05-06T08:00:00Z"));
    REQUIRE(store.update(S("activity"), id, {{S("status"), S("cancelled")}}).ok());
    CHECK(get(store, id).value(S("remind_at")).isNull());
    REQUIRE(store.update(S("activity"), id, {{S("status"), S("planned")}}).ok());
    CHECK(get(store, id).value(S("remind_at")).toString() == S("2026-05-06T08:00:00Z"));
}

TEST_CASE("completed_at is set when an activity is completed and cleared when it is reopened")
{
    test::TempDb t;
    RecordStore store(t.db());
    FixedClock clock(QDateTime(QDate(2026, 5, 4), QTime(12, 0), Qt::UTC));
    const QString id = newActivity(store, {{S("start_at"), S("2026-05-04T10:00:00Z")}, {S("reminder"), S("5")}});
    CHECK(get(store, id).value(S("completed_at")).isNull());
    REQUIRE(store.update(S("activity"), id, {{S("status"), S("completed")}}).ok());
    CHECK(get(store, id).value(S("completed_at")).toString() == S("2026-05-04T12:00:00Z"));
    CHECK(get(store, id).value(S("remind_at")).isNull());
    REQUIRE(store.update(S("activity"), id, {{S("status"), S("in_progress")}}).ok());
    CHECK(get(store, id).value(S("completed_at")).isNull());
    CHECK(get(store, id).value(S("remind_at")).toString() == S("2026-05-04T09:55:00Z"));
    // Created completed (history, an import): completed when it took place, if that is past...
    const QString done = newActivity(store, {{S("start_at"), S("2026-05-01T10:00:00Z")}, {S("status"), S("completed")}});
    CHECK(get(store, done).value(S("completed_at")).toString() == S("2026-05-01T10:00:00Z"));
    const QString meeting = newActivity(store, {{S("start_at"), S("2026-05-02T10:00:00Z")}, {S("end_at"), S("2026-05-02T11:30:00Z")},
                                                {S("status"), S("completed")}});
    CHECK(get(store, meeting).value(S("completed_at")).toString() == S("2026-05-02T11:30:00Z"));
    // ...and now when it was planned for later.
    const QString early = newActivity(store, {{S("start_at"), S("2026-05-09T10:00:00Z")}, {S("status"), S("completed")}});
    CHECK(get(store, early).value(S("completed_at")).toString() == S("2026-05-04T12:00:00Z"));
}

TEST_CASE("an activity with a contact counts for the contact's account")
{
    test::TempDb t;
    RecordStore store(t.db());
    auto account = store.create(S("account"), {{S("name"), S("Talleres Ruiz")}});
    auto contact = store.create(S("contact"), {{S("last_name"), S("Ruiz")}, {S("account"), account.value()}});
    const QString id = newActivity(store, {{S("start_at"), S("2026-05-04T10:00:00Z")}, {S("contact"), contact.value()}});
    CHECK(get(store, id).value(S("account")).toString() == account.value());
}

TEST_CASE("recurrence: occurrences of daily, weekly and monthly rules")
{
    const QDateTime start(QDate(2026, 1, 31), QTime(10, 0), Qt::LocalTime);
    RecurrenceRule monthly;
    monthly.frequency = RecurrenceRule::Frequency::Monthly;
    monthly.count = 4;
    auto m = Recurrence::occurrences(monthly, start);
    REQUIRE(m.ok());
    REQUIRE(m.value().size() == 4);
    // The 31st falls on the last day of shorter months and comes back to the 31st.
    CHECK(m.value().at(1).toLocalTime().date() == QDate(2026, 2, 28));
    CHECK(m.value().at(2).toLocalTime().date() == QDate(2026, 3, 31));
    CHECK(m.value().at(3).toLocalTime().date() == QDate(2026, 4, 30));
    CHECK(m.value().at(3).toLocalTime().time() == QTime(10, 0));

    RecurrenceRule weekly;
    weekly.frequency = RecurrenceRule::Frequency::Weekly;
    weekly.interval = 2;
    weekly.until = QDate(2026, 3, 1);
    auto w = Recurrence::occurrences(weekly, start);
    REQUIRE(w.ok());
    CHECK(w.value().size() == 3); // Jan 31, Feb 14, Feb 28
    CHECK(w.value().last().toLocalTime().date() == QDate(2026, 2, 28));

    // Both an until date and a count: whichever comes first.
    RecurrenceRule daily;
    daily.frequency = RecurrenceRule::Frequency::Daily;
    daily.count = 10;
    daily.until = QDate(2026, 2, 2);
    CHECK(Recurrence::occurrences(daily, start).value().size() == 3);

    // Impossible rules are refused, naming the field.
    RecurrenceRule bad = daily;
    bad.interval = 0;
    CHECK(Recurrence::occurrences(bad, start).error().message.contains(S("repeat_interval")));
    bad.interval = 100;
    CHECK_FALSE(Recurrence::occurrences(bad, start).ok());
    bad = daily;
    bad.until = QDate(2026, 1, 1);
    bad.count = 0;
    CHECK(Recurrence::occurrences(bad, start).error().message.contains(S("repeat_until")));
    bad.until = QDate();
    CHECK(Recurrence::occurrences(bad, start).error().message.contains(S("repeat_count")));
    bad.count = 501;
    CHECK_FALSE(Recurrence::occurrences(bad, start).ok());
    bad.count = 0;
    bad.until = QDate(2028, 1, 1); // daily for two years: more than 500
    CHECK(Recurrence::occurrences(bad, start).error().message.contains(S("500")));
}

TEST_CASE("a repeating activity created through the store is expanded in one transaction")
{
    test::TempDb t;
    RecordStore store(t.db());
    auto contact = store.create(S("contact"), {{S("last_name"), S("Ruiz")}});
    const QString first = newActivity(store, {{S("kind"), S("meeting")}, {S("start_at"), S("2026-05-04T10:00:00Z")},
                                              {S("end_at"), S("2026-05-04T11:30:00Z")}, {S("reminder"), S("15")},
                                              {S("contact"), contact.value()}, {S("repeat"), S("weekly")}, {S("repeat_count"), 5}});
    CHECK(scalar(t.db(), S("SELECT count(*) FROM activity WHERE series = ?"), {first}) == 5);
    CHECK(get(store, first).value(S("series")).toString() == first);
    auto rows = Sql::exec(t.db().connection(), S("SELECT start_at, end_at, remind_at, contact, status FROM activity ORDER BY start_at"));
    REQUIRE(rows.ok());
    int n = 0;
    while (rows.value().next()) {
        const QDateTime at = QDateTime::fromString(S("2026-05-04T10:00:00Z"), Qt::ISODate).toLocalTime().addDays(7 * n);
        CHECK(rows.value().value(0).toString() == iso(at));
        CHECK(rows.value().value(1).toString() == iso(at.addSecs(90 * 60)));
        CHECK(rows.value().value(2).toString() == iso(at.addSecs(-15 * 60)));
        CHECK(rows.value().value(3).toString() == contact.value());
        CHECK(rows.value().value(4).toString() == S("planned"));
        ++n;
    }
    CHECK(n == 5);

    // A refused rule writes nothing at all.
    const QString before = snapshot(t.db());
    for (const QVariantMap &bad : QList<QVariantMap>{
             {{S("repeat"), S("daily")}},                                           // no end
             {{S("repeat"), S("daily")}, {S("repeat_count"), 0}},
             {{S("repeat"), S("daily")}, {S("repeat_count"), 501}},
             {{S("repeat"), S("daily")}, {S("repeat_interval"), -1}, {S("repeat_count"), 3}},
             {{S("repeat"), S("daily")}, {S("repeat_until"), S("2026-05-01")}},
             {{S("repeat"), S("daily")}, {S("repeat_until"), S("2029-05-01")}}}) {
        QVariantMap values = bad;
        values[S("kind")] = S("task");
        values[S("subject")] = S("Repetir");
        values[S("start_at")] = S("2026-05-04T10:00:00Z");
        auto r = store.create(S("activity"), values);
        CHECK_FALSE(r.ok());
        CHECK(r.error().kind == Error::BadInput);
    }
    CHECK(snapshot(t.db()) == before);
}

TEST_CASE("occurrences are completed and deleted on their own, the series from here")
{
    test::TempDb t;
    RecordStore store(t.db());
    const QString first = newActivity(store, {{S("start_at"), S("2026-05-04T10:00:00Z")}, {S("repeat"), S("daily")}, {S("repeat_count"), 6}});
    auto ids = Sql::exec(t.db().connection(), S("SELECT id FROM activity ORDER BY start_at"));
    QStringList all;
    while (ids.value().next())
        all << ids.value().value(0).toString();
    REQUIRE(all.size() == 6);
    ActivityService service(t.db());
    ActivityService::CompleteRequest done;
    done.next = ActivityService::CompleteRequest::Next::None;
    REQUIRE(service.complete(all.at(1), done).ok());
    REQUIRE(store.remove(S("activity"), all.at(2)).ok());
    CHECK(scalar(t.db(), S("SELECT count(*) FROM activity WHERE deleted = 0 AND status = 'planned'")) == 4);

    auto later = service.deleteSeries(all.at(3), true);
    REQUIRE(later.ok());
    CHECK(later.value() == 3); // the 4th, 5th and 6th
    CHECK(scalar(t.db(), S("SELECT count(*) FROM activity WHERE deleted = 0")) == 2);
    auto rest = service.deleteSeries(first, false);
    REQUIRE(rest.ok());
    CHECK(rest.value() == 1); // the first; the completed one stays
    CHECK(scalar(t.db(), S("SELECT count(*) FROM activity WHERE deleted = 0")) == 1);
    const QString single = newActivity(store, {{S("start_at"), S("2026-05-04T10:00:00Z")}});
    CHECK_FALSE(service.deleteSeries(single, false).ok());
}

TEST_CASE("completing follows the outcome's rule: a next step, closing the lead, or nothing")
{
    test::TempDb t;
    RecordStore store(t.db());
    FixedClock clock(QDateTime(QDate(2026, 5, 4), QTime(12, 0), Qt::UTC));
    auto contact = store.create(S("contact"), {{S("first_name"), S("Ana")}, {S("last_name"), S("Ruiz")}});
    auto lead = store.create(S("lead"), {{S("first_name"), S("Luis")}, {S("last_name"), S("Gil")}});
    ActivityService service(t.db());
    using Next = ActivityService::CompleteRequest::Next;

    const QString call = newActivity(store, {{S("start_at"), S("2026-05-04T10:00:00Z")}, {S("contact"), contact.value()},
                                             {S("phone_number"), S("600112233")}});
    ActivityService::CompleteRequest request;
    request.outcome = S("no_answer");
    request.notes = S("Buzón de voz");
    auto done = service.complete(call, request);
    REQUIRE(done.ok());
    Record finished = get(store, call);
    CHECK(finished.value(S("status")).toString() == S("completed"));
    CHECK(finished.value(S("outcome")).toString() == S("no_answer"));
    CHECK(finished.value(S("outcome_notes")).toString() == S("Buzón de voz"));
    CHECK(finished.value(S("completed_at")).toString() == S("2026-05-04T12:00:00Z"));
    REQUIRE_FALSE(done.value().nextId.isEmpty());
    Record next = get(store, done.value().nextId);
    CHECK(next.value(S("kind")).toString() == S("call"));
    CHECK(next.value(S("start_at")).toString() == S("2026-05-05T12:00:00Z")); // a day later
    CHECK(next.value(S("follows")).toString() == call);
    CHECK(next.value(S("contact")).toString() == contact.value());
    CHECK(next.value(S("subject")).toString() == S("Call Ana Ruiz again"));
    CHECK(next.value(S("status")).toString() == S("planned"));

    // Completed twice: refused, nothing changes.
    const QString before = snapshot(t.db());
    auto again = service.complete(call, request);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(S("already completed")));
    CHECK(snapshot(t.db()) == before);

    // An edited next step: the user's kind, subject and time over the proposal.
    ActivityService::CompleteRequest edited;
    edited.outcome = S("interested");
    edited.next = Next::Activity;
    edited.nextValues = {{S("kind"), S("visit")}, {S("subject"), S("Visita")}, {S("start_at"), S("2026-05-10T09:00:00Z")}};
    auto visit = service.complete(done.value().nextId, edited);
    REQUIRE(visit.ok());
    next = get(store, visit.value().nextId);
    CHECK(next.value(S("kind")).toString() == S("visit"));
    CHECK(next.value(S("subject")).toString() == S("Visita"));
    CHECK(next.value(S("start_at")).toString() == S("2026-05-10T09:00:00Z"));

    // Not interested closes the lead (the rule's reason).
    const QString leadCall = newActivity(store, {{S("start_at"), S("2026-05-04T10:00:00Z")}, {S("lead"), lead.value()}});
    ActivityService::CompleteRequest no;
    no.outcome = S("not_interested");
    auto closed = service.complete(leadCall, no);
    REQUIRE(closed.ok());
    CHECK(closed.value().nextId.isEmpty());
    CHECK(closed.value().closedEntity == S("lead"));
    Record l = store.get(S("lead"), lead.value()).value();
    CHECK(l.value(S("status")).toString() == S("disqualified"));
    CHECK(l.value(S("disqualified_reason")).toString() == S("no_interest"));

    // Closing an activity that is not about a lead is refused, and changes nothing.
    const QString contactCall = newActivity(store, {{S("start_at"), S("2026-05-04T10:00:00Z")}, {S("contact"), contact.value()}});
    ActivityService::CompleteRequest close;
    close.next = Next::Close;
    close.closeReason = S("no_budget");
    const QString beforeClose = snapshot(t.db());
    CHECK_FALSE(service.complete(contactCall, close).ok());
    CHECK(snapshot(t.db()) == beforeClose);

    // An activity about nothing has no next step by default.
    const QString lonely = newActivity(store, {{S("start_at"), S("2026-05-04T10:00:00Z")}});
    auto alone = service.complete(lonely, {});
    REQUIRE(alone.ok());
    CHECK(alone.value().nextId.isEmpty());
}

TEST_CASE("sales loop 'require': no completion without a next step or a close, the database is unchanged")
{
    test::TempDb t;
    RecordStore store(t.db());
    auto lead = store.create(S("lead"), {{S("last_name"), S("Gil")}});
    ActivityService service(t.db());
    CHECK(ActivityService::strictness(t.db()) == ActivityService::Strictness::Suggest);
    REQUIRE(ActivityService::setStrictness(t.db(), ActivityService::Strictness::Require).ok());
    CHECK(ActivityService::strictness(t.db()) == ActivityService::Strictness::Require);
    using Next = ActivityService::CompleteRequest::Next;

    const QString call = newActivity(store, {{S("start_at"), S("2026-05-04T10:00:00Z")}, {S("lead"), lead.value()}});
    auto plan = service.plan(call, S("reached"));
    REQUIRE(plan.ok());
    CHECK(plan.value().requireNext);
    CHECK(plan.value().canClose);
    ActivityService::CompleteRequest none;
    none.next = Next::None;
    const QString before = snapshot(t.db());
    auto refused = service.complete(call, none);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::BadInput);
    CHECK(refused.error().message.contains(S("next step")));
    CHECK(snapshot(t.db()) == before);

    ActivityService::CompleteRequest close;
    close.next = Next::Close;
    close.closeReason = S("no_budget");
    REQUIRE(service.complete(call, close).ok());
    CHECK(store.get(S("lead"), lead.value()).value().value(S("disqualified_reason")).toString() == S("no_budget"));

    // Nor by editing the status as a user (forms, trato-cli update): only the service completes it.
    const QString edited = newActivity(store, {{S("start_at"), S("2026-05-04T10:00:00Z")}, {S("lead"), lead.value()}});
    const Status byForm = store.update(S("activity"), edited, {{S("status"), S("completed")}});
    REQUIRE_FALSE(byForm.ok());
    CHECK(byForm.error().message.contains(S("Complete")));
    CHECK(get(store, edited).value(S("status")).toString() == S("planned"));
    // Creating a completed activity (history, an import) is not completing one.
    CHECK(store.create(S("activity"), {{S("kind"), S("call")}, {S("subject"), S("Hecha")}, {S("lead"), lead.value()},
                                       {S("start_at"), S("2026-04-04T10:00:00Z")}, {S("status"), S("completed")}}).ok());

    // An activity about no record is not held to it.
    const QString own = newActivity(store, {{S("kind"), S("task")}, {S("start_at"), S("2026-05-04T10:00:00Z")}});
    CHECK(service.complete(own, none).ok());

    // A failing next step (it would end before it starts) rolls the completion back.
    const QString other = newActivity(store, {{S("start_at"), S("2026-05-04T10:00:00Z")}, {S("lead"), lead.value()}});
    ActivityService::CompleteRequest broken;
    broken.next = Next::Activity;
    broken.nextValues = {{S("start_at"), S("2026-05-10T10:00:00Z")}, {S("end_at"), S("2026-05-09T10:00:00Z")}};
    const QString beforeBroken = snapshot(t.db());
    CHECK_FALSE(service.complete(other, broken).ok());
    CHECK(snapshot(t.db()) == beforeBroken);
    CHECK(get(store, other).value(S("status")).toString() == S("planned"));
}

TEST_CASE("a CSV import of activities obeys the rules on the record path and on the bulk path")
{
    const bool bulk = GENERATE(false, true);
    test::TempDb t;
    RecordStore store(t.db());
    FixedClock clock(QDateTime(QDate(2026, 5, 4), QTime(12, 0), Qt::UTC));
    auto account = store.create(S("account"), {{S("name"), S("Talleres Ruiz")}}).value();
    auto contact = store.create(S("contact"), {{S("last_name"), S("Ruiz")}, {S("account"), account}}).value();
    QTemporaryDir dir;
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    };
    ImportOptions o;
    o.entity = S("activity");
    o.bulkFromBytes = bulk ? 0 : (1 << 20);
    o.path = write(S("good.csv"), "kind,subject,start_at,end_at,all_day,status,reminder,contact\n"
                                  "call,Llamar,2026-05-04T10:00:00Z,,no,planned,15," + contact.toUtf8() + "\n"
                                  "meeting,Feria,2026-05-06T15:00:00Z,,yes,planned,none,\n"
                                  "task,Hecha,2026-05-01T10:00:00Z,,no,completed,none,\n");
    auto r = Importer(t.db()).run(o);
    REQUIRE(r.ok());
    CHECK(r.value().bulk == bulk);
    CHECK(r.value().created == 3);
    auto byName = [&](const char *subject) {
        auto q = Sql::exec(t.db().connection(), S("SELECT id FROM activity WHERE subject = ?"), {S(subject)});
        REQUIRE(q.value().next());
        return get(store, q.value().value(0).toString());
    };
    CHECK(byName("Llamar").value(S("remind_at")).toString() == S("2026-05-04T09:45:00Z"));
    CHECK(byName("Llamar").value(S("account")).toString() == account);
    CHECK(byName("Feria").value(S("start_at")).toString() == iso(QDateTime(QDate(2026, 5, 6), QTime(0, 0), Qt::LocalTime)));
    CHECK(byName("Feria").value(S("end_at")).toString() == iso(QDateTime(QDate(2026, 5, 6), QTime(23, 59, 59), Qt::LocalTime)));
    CHECK(byName("Hecha").value(S("completed_at")).toString() == S("2026-05-01T10:00:00Z")); // when it took place
    // The rollups of the contact and its account follow, on both paths.
    CHECK(scalar(t.db(), S("SELECT count(*) FROM contact WHERE next_step_at = '2026-05-04T10:00:00Z'")) == 1);
    CHECK(scalar(t.db(), S("SELECT count(*) FROM account WHERE next_step_at = '2026-05-04T10:00:00Z'")) == 1);

    // An activity ending before it starts refuses the whole file; nothing is written.
    const QString before = snapshot(t.db());
    o.path = write(S("bad.csv"), "kind,subject,start_at,end_at\n"
                                 "call,Bien,2026-05-04T10:00:00Z,2026-05-04T10:30:00Z\n"
                                 "meeting,Al revés,2026-05-04T10:00:00Z,2026-05-04T09:00:00Z\n");
    auto bad = Importer(t.db()).run(o);
    CHECK((!bad.ok() || bad.value().rejected));
    const QString message = bad.ok() ? (bad.value().issues.isEmpty() ? QString() : bad.value().issues.first().message) : bad.error().message;
    CHECK(message.contains(S("end_at")));
    CHECK(snapshot(t.db()) == before);
}
