// SPDX-License-Identifier: GPL-3.0-or-later
// Record timelines: ordering, one entry per write, filters, an account with its contacts'
// activities, keyset paging over thousands of entries; notes; the cooling-down list.
#include "testsupport.h"

#include "dedupe/mergeservice.h"
#include "importexport/importer.h"
#include "demo/demodata.h"
#include "marketing/campaignservice.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "store/transaction.h"
#include "timeline/cooling.h"
#include "timeline/notes.h"
#include "timeline/timeline.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace trato;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

QString add(Database &db, const char *entity, const QVariantMap &values, RecordStore::Access access = RecordStore::Access::User)
{
    auto id = RecordStore(db).create(S(entity), values, access);
    if (!id.ok())
        FAIL(id.error().message);
    return id.value();
}

QString activity(Database &db, const char *regarding, const QString &id, const char *subject, const char *startAt,
                 const char *status = "planned")
{
    return add(db, "activity", {{S("kind"), S("call")}, {S("subject"), S(subject)}, {S("start_at"), S(startAt)},
                                {S("status"), S(status)}, {S(regarding), id}});
}

QList<TimelineEntry> entries(Database &db, TimelineQuery q)
{
    auto page = Timeline::page(db, q);
    if (!page.ok())
        FAIL(page.error().message);
    return page.value().entries;
}

TimelineQuery about(const char *entity, const QString &id)
{
    TimelineQuery q;
    q.entity = S(entity);
    q.id = id;
    q.limit = 1000;
    return q;
}

QStringList titles(const QList<TimelineEntry> &list)
{
    QStringList out;
    for (const auto &e : list)
        out << e.title;
    return out;
}

qint64 rows(Database &db, const char *table)
{
    auto q = Sql::exec(db.connection(), S("SELECT count(*) FROM %1").arg(S(table)));
    REQUIRE(q.ok());
    q.value().next();
    return q.value().value(0).toLongLong();
}
} // namespace

TEST_CASE("a timeline is newest first and groups the fields changed in one write into one entry")
{
    test::TempDb t;
    Database &db = t.db();
    const QString campaign = add(db, "campaign", {{S("name"), S("Feria 2026")}, {S("type"), S("trade_show")}});
    const QString lead = add(db, "lead", {{S("last_name"), S("Ruiz")}, {S("company"), S("Ruiz SL")}});
    activity(db, "lead", lead, "Old call", "2020-01-10T09:00:00Z", "completed");
    activity(db, "lead", lead, "Future call", "2099-05-01T09:00:00Z");
    REQUIRE(RecordStore(db).update(S("lead"), lead, {{S("status"), S("contacted")}, {S("campaign"), campaign}, {S("company"), S("Ruiz Hermanos SL")}}));
    REQUIRE(NoteService(db).add(S("lead"), lead, S("Prefers mornings")).ok());

    const auto all = entries(db, about("lead", lead));
    REQUIRE(all.size() == 5);
    CHECK(all.at(0).title == S("Call: Future call"));
    CHECK(all.at(0).open);
    CHECK(all.at(0).recordEntity == S("activity"));
    // Written now, in this order: creation, the change, the note (same second, ordered by clock).
    CHECK(all.at(1).kind == S("note"));
    CHECK(all.at(1).text == S("Prefers mornings"));
    CHECK(all.at(2).kind == S("change"));
    CHECK(all.at(2).title == S("Company: Ruiz SL → Ruiz Hermanos SL; Status: New → Contacted; Campaign: → Feria 2026"));
    CHECK(all.at(2).user == db.user());
    CHECK(all.at(3).kind == S("event"));
    CHECK(all.at(3).title == S("Record created"));
    CHECK(all.at(4).title == S("Call: Old call"));
    CHECK_FALSE(all.at(4).open);
    for (int i = 1; i < all.size(); ++i)
        CHECK(all.at(i - 1).at >= all.at(i).at);

    SECTION("moving to the Trash and back are changes of their own")
    {
        REQUIRE(RecordStore(db).remove(S("lead"), lead));
        REQUIRE(RecordStore(db).restore(S("lead"), lead));
        TimelineQuery q = about("lead", lead);
        q.kinds = {S("change")};
        CHECK(titles(entries(db, q)) == QStringList{S("Restored from the Trash"), S("Moved to the Trash"),
                                                    S("Company: Ruiz SL → Ruiz Hermanos SL; Status: New → Contacted; Campaign: → Feria 2026")});
    }
    SECTION("derived fields computed by Trato are not shown as changes")
    {
        REQUIRE(RecordStore(db).update(S("lead"), lead, {{S("last_activity_at"), S("2026-01-01T10:00:00Z")}}, RecordStore::Access::System));
        TimelineQuery q = about("lead", lead);
        q.kinds = {S("change")};
        CHECK(entries(db, q).size() == 1);
    }
}

TEST_CASE("a timeline filters by kind, text and date range, and refuses bad queries")
{
    test::TempDb t;
    Database &db = t.db();
    const QString contact = add(db, "contact", {{S("first_name"), S("Ana")}, {S("last_name"), S("Gómez")}});
    activity(db, "contact", contact, "Presentación del catálogo", "2025-03-10T10:00:00Z", "completed");
    activity(db, "contact", contact, "Seguimiento", "2025-04-02T10:00:00Z");
    REQUIRE(NoteService(db).add(S("contact"), contact, S("Pidió el catálogo en papel")).ok());
    REQUIRE(RecordStore(db).update(S("contact"), contact, {{S("city"), S("Málaga")}}));

    TimelineQuery q = about("contact", contact);
    q.kinds = {S("activity")};
    CHECK(titles(entries(db, q)) == QStringList{S("Call: Seguimiento"), S("Call: Presentación del catálogo")});
    q.kinds = {S("note"), S("change")};
    CHECK(entries(db, q).size() == 2);

    q = about("contact", contact);
    q.search = S("CATALOGO");   // accents and case ignored; title and text both searched
    const auto found = entries(db, q);
    REQUIRE(found.size() == 2);
    CHECK(found.at(0).kind == S("note"));
    CHECK(found.at(1).title == S("Call: Presentación del catálogo"));
    q.search = S("malaga city");
    CHECK(entries(db, q).size() == 1);
    q.search = S("catalogo nothing");
    CHECK(entries(db, q).isEmpty());

    q = about("contact", contact);
    q.from = QDate(2025, 3, 1);
    q.to = QDate(2025, 3, 31);
    CHECK(titles(entries(db, q)) == QStringList{S("Call: Presentación del catálogo")});
    q.from = QDate(2025, 4, 2);
    q.to = QDate(2025, 4, 2);   // inclusive, whole day
    CHECK(titles(entries(db, q)) == QStringList{S("Call: Seguimiento")});

    q = about("contact", contact);
    q.kinds = {S("gossip")};
    auto bad = Timeline::page(db, q);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().kind == Error::BadInput);
    CHECK(bad.error().message.contains(S("gossip")));
    q = about("contact", contact);
    q.from = QDate(2025, 5, 1);
    q.to = QDate(2025, 4, 1);
    CHECK(Timeline::page(db, q).error().message.contains(S("2025-04-01")));
    q = about("contact", S("no-such-id"));
    CHECK(Timeline::page(db, q).error().kind == Error::NotFound);
    q = about("nothing", contact);
    CHECK(Timeline::page(db, q).error().kind == Error::BadInput);
}

TEST_CASE("an account's timeline has its contacts' activities and notes, marked with the contact's name")
{
    test::TempDb t;
    Database &db = t.db();
    const QString account = add(db, "account", {{S("name"), S("Talleres Norte")}});
    const QString other = add(db, "account", {{S("name"), S("Otra SA")}});
    const QString ana = add(db, "contact", {{S("first_name"), S("Ana")}, {S("last_name"), S("Ruiz")}, {S("account"), account}});
    const QString luis = add(db, "contact", {{S("first_name"), S("Luis")}, {S("last_name"), S("Pardo")}, {S("account"), other}});
    activity(db, "account", account, "Visit the plant", "2025-06-01T08:00:00Z");
    activity(db, "contact", ana, "Call Ana", "2025-06-02T08:00:00Z");
    activity(db, "contact", luis, "Call Luis", "2025-06-03T08:00:00Z");
    REQUIRE(NoteService(db).add(S("contact"), ana, S("Ana is the buyer")).ok());

    TimelineQuery q = about("account", account);
    q.kinds = {S("activity"), S("note")};
    const auto list = entries(db, q);
    REQUIRE(list.size() == 3);
    CHECK(list.at(0).kind == S("note"));
    CHECK(list.at(0).via == S("Ana Ruiz"));
    CHECK(list.at(1).title == S("Call: Call Ana"));
    CHECK(list.at(1).via == S("Ana Ruiz"));
    CHECK(list.at(2).title == S("Call: Visit the plant"));
    CHECK(list.at(2).via.isEmpty());
    // A contact's own timeline does not show its account's activities.
    TimelineQuery c = about("contact", ana);
    c.kinds = {S("activity")};
    CHECK(titles(entries(db, c)) == QStringList{S("Call: Call Ana")});
}

TEST_CASE("timeline pages are disjoint and complete over thousands of entries")
{
    test::TempDb t;
    Database &db = t.db();
    const QString contact = add(db, "contact", {{S("last_name"), S("Busy")}});
    {
        Transaction tx(db);
        for (int i = 0; i < 1500; ++i) {
            // Many in the same second: the key orders them.
            const QString at = QStringLiteral("2024-%1-%2T10:00:00Z").arg(1 + i % 12, 2, 10, QLatin1Char('0')).arg(1 + i % 28, 2, 10, QLatin1Char('0'));
            add(db, "activity", {{S("kind"), S("task")}, {S("subject"), S("Task %1").arg(i)}, {S("start_at"), at}, {S("contact"), contact}});
        }
        for (int i = 0; i < 300; ++i)
            REQUIRE(RecordStore(db).update(S("contact"), contact, {{S("city"), S("City %1").arg(i)}}));
        REQUIRE(tx.commit());
    }
    // 300 updates in one transaction share one clock stamp: they are one write, one entry.
    TimelineQuery changes = about("contact", contact);
    changes.kinds = {S("change")};
    CHECK(entries(db, changes).size() == 1);
    for (int i = 0; i < 700; ++i)
        REQUIRE(RecordStore(db).update(S("contact"), contact, {{S("phone"), S("600 000 %1").arg(i, 3, 10, QLatin1Char('0'))}}));

    TimelineQuery everything = about("contact", contact);
    everything.limit = 100000;
    const auto all = entries(db, everything);
    REQUIRE(all.size() == 1500 + 1 + 700 + 1);

    TimelineQuery q = about("contact", contact);
    q.limit = 37;
    QList<TimelineEntry> paged;
    QSet<QString> keys;
    int pages = 0;
    for (;;) {
        auto page = Timeline::page(db, q);
        REQUIRE(page.ok());
        REQUIRE(page.value().entries.size() <= 37);
        for (const auto &e : page.value().entries) {
            CHECK_FALSE(keys.contains(e.key));
            keys.insert(e.key);
        }
        paged << page.value().entries;
        ++pages;
        if (page.value().next.isEmpty())
            break;
        q.after = page.value().next;
    }
    CHECK(pages == (int(all.size()) + 36) / 37);
    REQUIRE(paged.size() == all.size());
    for (int i = 0; i < all.size(); ++i)
        CHECK(paged.at(i).key == all.at(i).key);
    for (int i = 1; i < all.size(); ++i)
        CHECK((all.at(i - 1).at > all.at(i).at || (all.at(i - 1).at == all.at(i).at && all.at(i - 1).key > all.at(i).key)));

    q.after = S("not a cursor");
    CHECK(Timeline::page(db, q).error().kind == Error::BadInput);
}

TEST_CASE("the timeline shows bulk creation, merges and campaign memberships")
{
    test::TempDb t;
    Database &db = t.db();
    DemoOptions options;
    options.contacts = 50;
    REQUIRE(DemoData::generate(db, options).ok());
    auto q = Sql::exec(db.connection(), S("SELECT id FROM contact ORDER BY rid LIMIT 2"));
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    const QString keep = q.value().value(0).toString();
    REQUIRE(q.value().next());
    const QString other = q.value().value(0).toString();
    TimelineQuery tq = about("contact", keep);
    tq.kinds = {S("event")};
    CHECK(titles(entries(db, tq)) == QStringList{S("Created as demo data")});

    REQUIRE(MergeService(db).merge(S("contact"), keep, {other}).ok());
    const auto events = entries(db, tq);
    REQUIRE(events.size() == 2);
    CHECK(events.at(0).title == S("Merged with"));
    CHECK(events.at(0).subkind == S("merge"));

    const QString campaign = add(db, "campaign", {{S("name"), S("Spring mailing")}, {S("type"), S("email")}});
    REQUIRE(CampaignService(db).addMembers(campaign, S("contact"), {keep}).ok());
    tq.kinds = {S("campaign")};
    const auto memberships = entries(db, tq); // demo data may have made it a member of another one
    REQUIRE_FALSE(memberships.isEmpty());
    CHECK(memberships.at(0).title == S("Added to campaign Spring mailing"));
    CHECK(memberships.at(0).recordId == campaign);
}

TEST_CASE("records created by a bulk import say which file made them")
{
    test::TempDb t;
    Database &db = t.db();
    const QString path = t.dir() + S("/clientes-feria.csv");
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("first_name,last_name,email\nAna,Ruiz,ana@example.com\nLuis,Pardo,luis@example.com\n");
    f.close();
    ImportOptions options;
    options.entity = S("contact");
    options.path = path;
    options.bulkFromBytes = 0; // the bulk path even for a small file
    auto summary = Importer(db).run(options);
    REQUIRE(summary.ok());
    auto q = Sql::exec(db.connection(), S("SELECT id FROM contact WHERE last_name = 'Pardo'"));
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    const auto list = entries(db, about("contact", q.value().value(0).toString()));
    REQUIRE(list.size() == 1);
    CHECK(list.at(0).kind == S("event"));
    CHECK(list.at(0).subkind == S("import"));
    CHECK(list.at(0).title.startsWith(S("Created by import ")));
    CHECK(list.at(0).title.contains(QFileInfo(path).fileName()));
}

TEST_CASE("a module adds its own kind of timeline entry through the source registry")
{
    class Greeting : public TimelineSource
    {
    public:
        QString kind() const override { return QStringLiteral("test_greeting"); }
        QString label() const override { return QStringLiteral("Greetings"); }
        bool appliesTo(const Registry &, const QString &entity) const override { return entity == QLatin1String("contact"); }
        Status fetch(Database &, const TimelineQuery &, TimelineSink &sink) const override
        {
            for (const char *at : {"2030-01-02T00:00:00Z", "2030-01-01T00:00:00Z"}) {
                TimelineEntry e;
                e.kind = kind();
                e.at = QString::fromLatin1(at);
                e.key = e.at;
                e.title = QStringLiteral("Hello");
                if (!sink.offer(e))
                    break;
            }
            return Status::success();
        }
    };
    TimelineSources::add(std::make_shared<Greeting>());
    CHECK(TimelineSources::kinds().contains(S("test_greeting")));
    test::TempDb t;
    const QString contact = add(t.db(), "contact", {{S("last_name"), S("Sol")}});
    const auto list = entries(t.db(), about("contact", contact));
    REQUIRE(list.size() == 3);
    CHECK(list.at(0).kind == S("test_greeting"));
    CHECK(list.at(1).kind == S("test_greeting"));
    CHECK(list.at(2).title == S("Record created"));
    const QString lead = add(t.db(), "lead", {{S("last_name"), S("Sol")}});
    CHECK(entries(t.db(), about("lead", lead)).size() == 1);
    TimelineSources::remove(S("test_greeting"));
    CHECK(entries(t.db(), about("contact", contact)).size() == 1);
}

TEST_CASE("notes are added, edited and deleted through the store, and bad notes change nothing")
{
    test::TempDb t;
    Database &db = t.db();
    const QString lead = add(db, "lead", {{S("last_name"), S("Sanz")}});
    NoteService notes(db);
    auto id = notes.add(S("lead"), lead, S("  Call after the summer  "));
    REQUIRE(id.ok());
    auto list = notes.list(S("lead"), lead);
    REQUIRE(list.ok());
    REQUIRE(list.value().size() == 1);
    CHECK(list.value().at(0).body == S("Call after the summer"));
    CHECK(list.value().at(0).createdBy == db.user());

    TimelineQuery noteQuery = about("lead", lead);
    noteQuery.kinds = {S("note")};
    CHECK(titles(entries(db, noteQuery)) == QStringList{S("Note")});
    REQUIRE(notes.edit(id.value(), S("Call in September")));
    CHECK(notes.list(S("lead"), lead).value().at(0).body == S("Call in September"));
    CHECK(titles(entries(db, noteQuery)) == QStringList{S("Note (edited)")});

    const qint64 before = rows(db, "note");
    const qint64 log = rows(db, "change_log");
    CHECK(notes.add(S("lead"), lead, S("   ")).error().kind == Error::BadInput);
    CHECK(notes.add(S("campaign"), lead, S("x")).error().message.contains(S("campaign")));
    CHECK(notes.add(S("lead"), S("missing"), S("x")).error().kind == Error::NotFound);
    CHECK_FALSE(notes.edit(id.value(), S("")).ok());
    CHECK_FALSE(notes.edit(S("missing"), S("text")).ok());
    CHECK(rows(db, "note") == before);
    CHECK(rows(db, "change_log") == log);
    CHECK(notes.list(S("lead"), lead).value().at(0).body == S("Call in September"));

    REQUIRE(notes.remove(id.value()));
    CHECK(notes.list(S("lead"), lead).value().isEmpty());
    TimelineQuery q = about("lead", lead);
    q.kinds = {S("note")};
    CHECK(entries(db, q).isEmpty());
}

TEST_CASE("cooling down lists contacts not reached for N days, and never reached ones with past interactions")
{
    test::TempDb t;
    Database &db = t.db();
    // "now" is injected; the notes written by the test are stamped with the real clock, so it is
    // a little after that.
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(60);
    auto ago = [&](int days) { return now.addDays(-days).toString(S("yyyy-MM-ddTHH:mm:ss'Z'")); };
    auto contact = [&](const char *name, int daysAgo, bool dnc = false) {
        QVariantMap v = {{S("last_name"), S(name)}, {S("do_not_call"), dnc ? 1 : 0}};
        if (daysAgo >= 0)
            v.insert(S("last_activity_at"), ago(daysAgo));
        return add(db, "contact", v, RecordStore::Access::System);
    };
    const QString recent = contact("Recent", 10);
    const QString cold = contact("Cold", 90);
    const QString colder = contact("Colder", 200);
    contact("Cold but do not call", 150, true);
    const QString tried = contact("Tried", -1);
    const QString noted = contact("Noted", -1);
    const QString untouched = contact("Untouched", -1);
    const QString future = contact("Only future", -1);
    add(db, "activity", {{S("kind"), S("call")}, {S("subject"), S("No answer")}, {S("start_at"), ago(20)}, {S("contact"), tried}});
    add(db, "activity", {{S("kind"), S("call")}, {S("subject"), S("Next week")}, {S("start_at"), ago(-7)}, {S("contact"), future}});
    REQUIRE(NoteService(db).add(S("contact"), noted, S("Met at the fair")).ok());

    CoolingQuery q;
    q.days = 30;
    q.now = now;
    auto list = Cooling::list(db, q);
    REQUIRE(list.ok());
    QStringList ids;
    for (const auto &r : list.value())
        ids << r.id;
    CHECK(ids == QStringList{cold, colder, noted, tried});
    CHECK(list.value().at(0).days == 90);
    CHECK(list.value().at(2).days == -1);
    CHECK_FALSE(ids.contains(recent));
    CHECK_FALSE(ids.contains(untouched));

    q.days = 100;
    ids.clear();
    const auto older = Cooling::list(db, q);
    REQUIRE(older.ok());
    for (const auto &r : older.value())
        ids << r.id;
    CHECK(ids == QStringList{colder, noted, tried});
    q.limit = 1;
    CHECK(Cooling::list(db, q).value().size() == 1);

    q = {};
    q.entity = S("campaign");
    CHECK(Cooling::list(db, q).error().kind == Error::BadInput);
    q.entity = S("account");
    q.now = now;
    const QString account = add(db, "account", {{S("name"), S("Quiet SL")}, {S("last_activity_at"), ago(45)}},
                                RecordStore::Access::System);
    auto accounts = Cooling::list(db, q);
    REQUIRE(accounts.ok());
    REQUIRE(accounts.value().size() == 1);
    CHECK(accounts.value().at(0).id == account);
    CHECK(Cooling::daysSince(ago(1), now) == 1);
    CHECK(Cooling::daysSince(QString(), now) == -1);
}
