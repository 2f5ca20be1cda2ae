// SPDX-License-Identifier: GPL-3.0-or-later
// Derived fields of accounts, contacts and leads (last activity, next step, relationship): kept
// by triggers on every write, recomputed by refreshAll, never logged; and stalled records.
#include "testsupport.h"

#include "activities/activityrollups.h"
#include "marketing/leadconversion.h"
#include "store/recordstore.h"
#include "store/sqlite.h"

#include <QRandomGenerator>
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

QString text(Database &db, const QString &sql, const QVariantList &params = {})
{
    auto r = Sql::exec(db.connection(), sql, params);
    REQUIRE(r.ok());
    REQUIRE(r.value().next());
    return r.value().value(0).toString();
}

QString iso(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODate);
}

struct Rollup
{
    QString last, next, relationship;
    bool operator==(const Rollup &o) const { return last == o.last && next == o.next && relationship == o.relationship; }
};

// The rules of docs/ACTIVITIES.md, computed from scratch in C++ over every activity.
Rollup expected(Database &db, const QString &entity, const QString &id, const QDateTime &now, bool relationship)
{
    auto q = Sql::exec(db.connection(), S("SELECT status, completed_at, start_at, outcome FROM activity WHERE deleted = 0 AND \"%1\" = ?").arg(entity), {id});
    REQUIRE(q.ok());
    Rollup r;
    QString lastInteraction;
    int inWindow = 0;
    const QString window = iso(now.addDays(-180));
    while (q.value().next()) {
        const QString status = q.value().value(0).toString();
        const QString completed = q.value().value(1).toString();
        const QString start = q.value().value(2).toString();
        const QString outcome = q.value().value(3).toString();
        if (status == S("completed") && !completed.isEmpty() && (r.last.isEmpty() || completed > r.last))
            r.last = completed;
        if ((status == S("planned") || status == S("in_progress")) && (r.next.isEmpty() || start < r.next))
            r.next = start;
        const bool interaction = status == S("completed") && !completed.isEmpty()
            && outcome != S("no_answer") && outcome != S("busy") && outcome != S("wrong_number");
        if (interaction) {
            if (lastInteraction.isEmpty() || completed > lastInteraction)
                lastInteraction = completed;
            if (completed >= window)
                ++inWindow;
        }
    }
    if (relationship) {
        auto within = [&](int days) { return !lastInteraction.isEmpty() && lastInteraction >= iso(now.addDays(-days)); };
        r.relationship = inWindow >= 8 && within(30) ? S("friend")
            : inWindow >= 3 && within(60)            ? S("good_acquaintance")
            : within(365)                            ? S("acquaintance")
                                                     : S("unknown");
    }
    return r;
}

Rollup stored(Database &db, const QString &entity, const QString &id, bool relationship)
{
    auto q = Sql::exec(db.connection(), S("SELECT last_activity_at, next_step_at, %1 FROM \"%2\" WHERE id = ?")
                                            .arg(relationship ? S("relationship") : S("NULL"), entity), {id});
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    return {q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString()};
}

QStringList ids(Database &db, const QString &entity)
{
    auto q = Sql::exec(db.connection(), S("SELECT id FROM \"%1\" ORDER BY rid").arg(entity));
    QStringList out;
    while (q.value().next())
        out << q.value().value(0).toString();
    return out;
}

// A completed activity at a given time (completed_at written by the system, as a service would).
QString completed(RecordStore &store, const QVariantMap &regarding, const QDateTime &at, const QString &outcome = S("reached"))
{
    QVariantMap v = regarding;
    v[S("kind")] = S("call");
    v[S("subject")] = S("Llamada");
    v[S("start_at")] = iso(at);
    v[S("status")] = S("completed");
    v[S("completed_at")] = iso(at);
    v[S("outcome")] = outcome;
    auto id = store.create(S("activity"), v, RecordStore::Access::System);
    REQUIRE(id.ok());
    return id.value();
}
} // namespace

TEST_CASE("derived fields are kept by the database, not logged, and leave updated_at alone")
{
    test::TempDb t;
    RecordStore store(t.db());
    auto contact = store.create(S("contact"), {{S("last_name"), S("Ruiz")}});
    REQUIRE(contact.ok());
    REQUIRE(Sql::exec(t.db().connection(), S("UPDATE contact SET updated_at = '2020-01-01T00:00:00Z'")).ok());
    const qint64 logged = scalar(t.db(), S("SELECT count(*) FROM change_log WHERE entity = 'contact'"));
    auto call = store.create(S("activity"), {{S("kind"), S("call")}, {S("subject"), S("Llamar")}, {S("contact"), contact.value()},
                                             {S("start_at"), S("2030-05-04T10:00:00Z")}});
    REQUIRE(call.ok());
    CHECK(text(t.db(), S("SELECT next_step_at FROM contact")) == S("2030-05-04T10:00:00Z"));
    CHECK(text(t.db(), S("SELECT updated_at FROM contact")) == S("2020-01-01T00:00:00Z"));
    CHECK(scalar(t.db(), S("SELECT count(*) FROM change_log WHERE entity = 'contact'")) == logged);
    // Users and imports cannot write them.
    CHECK_FALSE(store.update(S("contact"), contact.value(), {{S("next_step_at"), S("2030-01-01T00:00:00Z")}}).ok());
    REQUIRE(store.update(S("activity"), call.value(), {{S("status"), S("completed")}}).ok());
    CHECK(text(t.db(), S("SELECT next_step_at IS NULL FROM contact")) == S("1"));
    CHECK_FALSE(text(t.db(), S("SELECT last_activity_at FROM contact")).isEmpty());
    CHECK(text(t.db(), S("SELECT relationship FROM contact")) == S("acquaintance"));
    CHECK(text(t.db(), S("SELECT updated_at FROM contact")) == S("2020-01-01T00:00:00Z"));
    CHECK(scalar(t.db(), S("SELECT count(*) FROM change_log WHERE entity = 'contact'")) == logged);
}

TEST_CASE("relationship thresholds: acquaintance, good acquaintance, friend, and cooling down with time")
{
    test::TempDb t;
    RecordStore store(t.db());
    const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    auto contact = store.create(S("contact"), {{S("last_name"), S("Ruiz")}}).value();
    const QVariantMap who{{S("contact"), contact}};
    // Calls nobody answered do not count.
    for (int i = 0; i < 5; ++i)
        completed(store, who, now.addDays(-i - 1), S("no_answer"));
    REQUIRE(ActivityRollups::refreshAll(t.db(), now).ok());
    CHECK(stored(t.db(), S("contact"), contact, true).relationship == S("unknown"));
    completed(store, who, now.addDays(-100));
    REQUIRE(ActivityRollups::refreshAll(t.db(), now).ok());
    CHECK(stored(t.db(), S("contact"), contact, true).relationship == S("acquaintance"));
    completed(store, who, now.addDays(-50));
    completed(store, who, now.addDays(-20));
    REQUIRE(ActivityRollups::refreshAll(t.db(), now).ok());
    CHECK(stored(t.db(), S("contact"), contact, true).relationship == S("good_acquaintance"));
    for (int i = 0; i < 5; ++i)
        completed(store, who, now.addDays(-10 - i));
    REQUIRE(ActivityRollups::refreshAll(t.db(), now).ok());
    CHECK(stored(t.db(), S("contact"), contact, true).relationship == S("friend"));
    // A team's own thresholds.
    ActivityRollups::Thresholds th;
    th.friendCount = 12;
    REQUIRE(ActivityRollups::setThresholds(t.db(), th).ok());
    CHECK(ActivityRollups::thresholds(t.db()).friendCount == 12);
    REQUIRE(ActivityRollups::refreshAll(t.db(), now).ok());
    CHECK(stored(t.db(), S("contact"), contact, true).relationship == S("good_acquaintance"));
    th.friendCount = 1; // fewer than a good acquaintance needs: refused
    CHECK_FALSE(ActivityRollups::setThresholds(t.db(), th).ok());
    // Nothing for a year and more: it cools down to unknown.
    REQUIRE(ActivityRollups::refreshAll(t.db(), now.addDays(400)).ok());
    CHECK(stored(t.db(), S("contact"), contact, true).relationship == S("unknown"));
    CHECK(ActivityRollups::refreshAll(t.db(), now.addDays(400)).value() == 0); // nothing left to change
}

TEST_CASE("after random edits on every path the derived fields equal a from-scratch computation")
{
    test::TempDb t;
    RecordStore store(t.db());
    QRandomGenerator rng(20261122);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList accounts, contacts, leads;
    for (int i = 0; i < 4; ++i)
        accounts << store.create(S("account"), {{S("name"), S("Cuenta %1").arg(i)}}).value();
    for (int i = 0; i < 8; ++i) {
        QVariantMap v{{S("last_name"), S("Contacto %1").arg(i)}};
        if (i % 2 == 0)
            v[S("account")] = accounts.at(i % accounts.size());
        contacts << store.create(S("contact"), v).value();
    }
    for (int i = 0; i < 4; ++i)
        leads << store.create(S("lead"), {{S("last_name"), S("Lead %1").arg(i)}}).value();
    const QStringList statuses = {S("planned"), S("in_progress"), S("completed"), S("cancelled")};
    const QStringList outcomes = {S("done"), S("reached"), S("no_answer"), S("busy"), S("wrong_number"), S("interested"), S("sale")};
    auto randomAt = [&] { return now.addSecs(qint64(rng.bounded(-500 * 24, 60 * 24)) * 3600); };
    QStringList activities;
    for (int i = 0; i < 150; ++i) {
        QVariantMap v{{S("kind"), S("call")}, {S("subject"), S("A %1").arg(i)}, {S("start_at"), iso(randomAt())}};
        const int who = int(rng.bounded(4));
        if (who == 0)
            v[S("contact")] = contacts.at(int(rng.bounded(contacts.size())));
        else if (who == 1)
            v[S("lead")] = leads.at(int(rng.bounded(leads.size())));
        else if (who == 2)
            v[S("account")] = accounts.at(int(rng.bounded(accounts.size())));
        const QString status = statuses.at(int(rng.bounded(statuses.size())));
        v[S("status")] = status;
        if (status == S("completed")) {
            v[S("completed_at")] = iso(randomAt());
            v[S("outcome")] = outcomes.at(int(rng.bounded(outcomes.size())));
        }
        activities << store.create(S("activity"), v, RecordStore::Access::System).value();
    }
    // Edits of every kind: status changes, moves, re-pointing, Trash, restore, purge, merge-style
    // re-pointing with plain SQL, a contact purged (its activities lose it).
    for (int i = 0; i < 200; ++i) {
        const QString id = activities.at(int(rng.bounded(activities.size())));
        switch (rng.bounded(7)) {
        case 0: {
            const QString status = statuses.at(int(rng.bounded(statuses.size())));
            QVariantMap v{{S("status"), status}};
            if (status == S("completed"))
                v[S("completed_at")] = iso(randomAt());
            store.update(S("activity"), id, v, RecordStore::Access::System);
            break;
        }
        case 1:
            store.update(S("activity"), id, {{S("start_at"), iso(randomAt())}, {S("end_at"), QVariant()}});
            break;
        case 2:
            store.update(S("activity"), id, {{S("contact"), contacts.at(int(rng.bounded(contacts.size())))}});
            break;
        case 3:
            store.remove(S("activity"), id);
            break;
        case 4:
            store.restore(S("activity"), id);
            break;
        case 5:
            store.update(S("activity"), id, {{S("outcome"), outcomes.at(int(rng.bounded(outcomes.size())))}});
            break;
        case 6:
            if (store.remove(S("activity"), id).ok())
                store.purge(S("activity"), id);
            break;
        }
    }
    REQUIRE(Sql::exec(t.db().connection(), S("UPDATE activity SET lead = ? WHERE lead = ?"), {leads.at(0), leads.at(1)}).ok());
    REQUIRE(store.remove(S("contact"), contacts.at(3)).ok());
    REQUIRE(store.purge(S("contact"), contacts.at(3)).ok());
    contacts.removeAt(3);

    for (const QString &e : ActivityRollups::entities()) {
        const bool rel = e != S("lead");
        for (const QString &id : ids(t.db(), e)) {
            INFO(e.toStdString() << " " << id.toStdString());
            CHECK(stored(t.db(), e, id, rel) == expected(t.db(), e, id, now, rel));
        }
    }
    // The set-based pass agrees with the triggers (nothing to change) and with the computation.
    auto changed = ActivityRollups::refreshAll(t.db(), now);
    REQUIRE(changed.ok());
    CHECK(changed.value() == 0);
}

TEST_CASE("the sqlite3 shell's writes keep the derived fields too")
{
    test::TempDb t;
    RecordStore store(t.db());
    auto lead = store.create(S("lead"), {{S("last_name"), S("Gil")}}).value();
    const QString path = t.path();
    t.close();
    const auto r = test::sqlite3(path, S("INSERT INTO activity (kind, subject, start_at, status, lead) VALUES "
                                         "('call', 'Fuera', '2031-01-01T10:00:00Z', 'planned', '%1');").arg(lead));
    REQUIRE(r.exitCode == 0);
    t.reopen();
    CHECK(text(t.db(), S("SELECT next_step_at FROM lead")) == S("2031-01-01T10:00:00Z"));
}

TEST_CASE("stalled: open leads, contacts that had activities, customer and prospect accounts without a next step")
{
    test::TempDb t;
    RecordStore store(t.db());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto lead = store.create(S("lead"), {{S("last_name"), S("Nuevo")}}).value();
    auto busyLead = store.create(S("lead"), {{S("last_name"), S("Ocupado")}}).value();
    auto lost = store.create(S("lead"), {{S("last_name"), S("Perdido")}, {S("status"), S("disqualified")}, {S("disqualified_reason"), S("other")}}).value();
    auto quiet = store.create(S("contact"), {{S("last_name"), S("Callado")}}).value();
    auto stopped = store.create(S("contact"), {{S("last_name"), S("Parado")}}).value();
    auto customer = store.create(S("account"), {{S("name"), S("Cliente")}, {S("type"), S("customer")}}).value();
    auto partner = store.create(S("account"), {{S("name"), S("Socio")}, {S("type"), S("partner")}}).value();
    REQUIRE(store.create(S("activity"), {{S("kind"), S("task")}, {S("subject"), S("Siguiente")}, {S("lead"), busyLead},
                                         {S("start_at"), iso(now.addDays(3))}}).ok());
    completed(store, {{S("contact"), stopped}}, now.addDays(-3));
    completed(store, {{S("lead"), lost}}, now.addDays(-3));

    auto ids = [&](const QString &entity) {
        ActivityRollups::StalledQuery q;
        q.entity = entity;
        auto r = ActivityRollups::stalled(t.db(), q);
        REQUIRE(r.ok());
        QStringList out;
        for (const Record &rec : r.value())
            out << rec.value(S("id")).toString();
        return out;
    };
    CHECK(ids(S("lead")) == QStringList{lead});
    CHECK(ids(S("contact")) == QStringList{stopped});
    CHECK(ids(S("account")) == QStringList{customer});
    Q_UNUSED(quiet);
    Q_UNUSED(partner);
    CHECK_FALSE(ActivityRollups::stalled(t.db(), {S("campaign"), QString(), 10}).ok());
}

TEST_CASE("a converted lead's activities become its contact's and account's, and so do their rollups")
{
    test::TempDb t;
    RecordStore store(t.db());
    auto lead = store.create(S("lead"), {{S("first_name"), S("Luis")}, {S("last_name"), S("Gil")}, {S("company"), S("Gil Hermanos")},
                                         {S("status"), S("qualified")}}).value();
    auto open = store.create(S("activity"), {{S("kind"), S("meeting")}, {S("subject"), S("Demo")}, {S("lead"), lead},
                                             {S("start_at"), S("2031-02-01T10:00:00Z")}}).value();
    completed(store, {{S("lead"), lead}}, QDateTime::currentDateTimeUtc().addDays(-2));
    auto converted = LeadConversion(t.db()).convert(lead);
    REQUIRE(converted.ok());
    const QString contact = converted.value().contactId;
    const QString account = converted.value().accountId;
    REQUIRE_FALSE(account.isEmpty());
    CHECK(store.get(S("activity"), open).value().value(S("contact")).toString() == contact);
    CHECK(store.get(S("activity"), open).value().value(S("lead")).toString() == lead);
    CHECK(stored(t.db(), S("contact"), contact, true).next == S("2031-02-01T10:00:00Z"));
    CHECK(stored(t.db(), S("account"), account, true).next == S("2031-02-01T10:00:00Z"));
    CHECK(stored(t.db(), S("contact"), contact, true).relationship == S("acquaintance"));
}
