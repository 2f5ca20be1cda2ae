// SPDX-License-Identifier: GPL-3.0-or-later
// Filter conditions (every operator per type, bound parameters), exact-first search ordering on
// both plans, tags and segments.
#include "testsupport.h"

#include "metadata/registry.h"
#include "metadata/value.h"
#include "search/filter.h"
#include "search/globalsearch.h"
#include "search/segmentstore.h"
#include "search/tagstore.h"
#include "store/recordstore.h"
#include "store/sqlite.h"

#include <QDate>
#include <QDateTime>

#include <catch2/catch.hpp>

using namespace trato;

namespace {

QString S(const char *text)
{
    return QString::fromUtf8(text);
}

// Names of the accounts a set of conditions selects, in list order.
QStringList names(Database &db, const QStringList &conditions, const QString &entity = QStringLiteral("account"))
{
    const Entity *e = db.registry()->entity(entity);
    RecordStore store(db);
    ListQuery q;
    q.entity = entity;
    for (const QString &text : conditions) {
        auto c = Filter::parse(*e, text, QLocale::c(), &store);
        if (!c)
            FAIL(c.error().message.toStdString());
        q.conditions << c.value();
    }
    auto records = store.list(q);
    REQUIRE(records.ok());
    QStringList out;
    for (const Record &r : records.value())
        out << r.value(QStringLiteral("name")).toString();
    return out;
}

struct Accounts
{
    explicit Accounts(Database &db)
    {
        RecordStore store(db);
        auto add = [&](const QMap<QString, QString> &text) {
            auto values = store.parseInput(QStringLiteral("account"), text, QLocale::c());
            REQUIRE(values.ok());
            auto id = store.create(QStringLiteral("account"), values.value());
            REQUIRE(id.ok());
            return id.value();
        };
        alfa = add({{S("name"), S("Alfa")}, {S("city"), S("Madrid")}, {S("annual_revenue"), S("100000")},
                    {S("employees"), S("12")}, {S("type"), S("customer")}, {S("email"), S("info@alfa.es")}});
        beta = add({{S("name"), S("Beta 50%_off")}, {S("city"), S("Málaga")}, {S("annual_revenue"), S("99999.99")},
                    {S("employees"), S("3")}, {S("type"), S("prospect")}});
        gamma = add({{S("name"), S("Gamma O'Brien")}, {S("annual_revenue"), S("250000")}, {S("type"), S("customer")},
                     {S("parent"), alfa}, {S("tags"), S("vip, Feria 2025")}});
    }
    QString alfa, beta, gamma;
};

} // namespace

TEST_CASE("conditions: every operator on text, numbers, money, picklists and relations")
{
    test::TempDb t;
    Accounts a(t.db());
    // text
    CHECK(names(t.db(), {S("city=madrid")}) == QStringList{S("Alfa")});         // case ignored
    CHECK(names(t.db(), {S("city!=Madrid")}) == QStringList{S("Beta 50%_off"), S("Gamma O'Brien")}); // empty included
    CHECK(names(t.db(), {S("city~ála")}) == QStringList{S("Beta 50%_off")});
    CHECK(names(t.db(), {S("name^=gam")}) == QStringList{S("Gamma O'Brien")});
    CHECK(names(t.db(), {S("city=")}) == QStringList{S("Gamma O'Brien")});      // is empty
    CHECK(names(t.db(), {S("city!=")}) == QStringList{S("Alfa"), S("Beta 50%_off")}); // is not empty
    CHECK(names(t.db(), {S("name<B")}) == QStringList{S("Alfa")});
    // integers and money (cents)
    CHECK(names(t.db(), {S("employees>3")}) == QStringList{S("Alfa")});
    CHECK(names(t.db(), {S("employees>=3")}) == QStringList{S("Alfa"), S("Beta 50%_off")});
    CHECK(names(t.db(), {S("employees<12")}) == QStringList{S("Beta 50%_off")});
    CHECK(names(t.db(), {S("employees<=12")}) == QStringList{S("Alfa"), S("Beta 50%_off")});
    CHECK(names(t.db(), {S("annual_revenue>=100000")}) == QStringList{S("Alfa"), S("Gamma O'Brien")});
    CHECK(names(t.db(), {S("annual_revenue<100000")}) == QStringList{S("Beta 50%_off")});
    CHECK(names(t.db(), {S("annual_revenue=99999.99")}) == QStringList{S("Beta 50%_off")});
    // picklists by key or label, relations by id or name
    CHECK(names(t.db(), {S("type=customer")}) == QStringList{S("Alfa"), S("Gamma O'Brien")});
    CHECK(names(t.db(), {S("type=Prospect")}) == QStringList{S("Beta 50%_off")});
    CHECK(names(t.db(), {S("type!=customer")}) == QStringList{S("Beta 50%_off")});
    CHECK(names(t.db(), {S("parent=Alfa")}) == QStringList{S("Gamma O'Brien")});
    CHECK(names(t.db(), {S("parent=") + a.alfa}) == QStringList{S("Gamma O'Brien")});
    CHECK(names(t.db(), {S("parent!=")}) == QStringList{S("Gamma O'Brien")});
    // tags: has / lacks, case ignored
    CHECK(names(t.db(), {S("tags=VIP")}) == QStringList{S("Gamma O'Brien")});
    CHECK(names(t.db(), {S("tags=feria 2025")}) == QStringList{S("Gamma O'Brien")});
    CHECK(names(t.db(), {S("tags=feria")}).isEmpty());                           // whole tags only
    CHECK(names(t.db(), {S("tags!=vip")}) == QStringList{S("Alfa"), S("Beta 50%_off")});
    // combined
    CHECK(names(t.db(), {S("type=customer"), S("city=Madrid"), S("annual_revenue>=100000")}) == QStringList{S("Alfa")});
}

TEST_CASE("conditions: day operators on dates and times, relative to now")
{
    test::TempDb t;
    Accounts a(t.db());
    const QString old = QDateTime::currentDateTimeUtc().addDays(-120).toString(Qt::ISODate);
    REQUIRE(test::sqlite3(t.path(), QStringLiteral("UPDATE account SET updated_at = '%1' WHERE id = '%2';").arg(old, a.beta)).exitCode == 0);
    CHECK(names(t.db(), {S("updated_at>90d")}) == QStringList{S("Beta 50%_off")});
    CHECK(names(t.db(), {S("updated_at<90d")}) == QStringList{S("Alfa"), S("Gamma O'Brien")});
    CHECK(names(t.db(), {S("updated_at>200d")}).isEmpty());

    RecordStore store(t.db());
    const QString birthday = QDate::currentDate().addDays(-10).toString(Qt::ISODate);
    REQUIRE(store.create(S("contact"), {{S("last_name"), S("Reciente")}, {S("birthday"), birthday}}).ok());
    REQUIRE(store.create(S("contact"), {{S("last_name"), S("Antiguo")}, {S("birthday"), S("1980-05-01")}}).ok());
    REQUIRE(store.create(S("contact"), {{S("last_name"), S("Sin fecha")}}).ok());
    auto lastNames = [&](const QString &cond) {
        const Entity *e = t.db().registry()->entity(S("contact"));
        auto c = Filter::parse(*e, cond, QLocale::c());
        REQUIRE(c.ok());
        ListQuery q;
        q.entity = S("contact");
        q.conditions << c.value();
        QStringList out;
        const auto records = store.list(q);
        REQUIRE(records.ok());
        for (const Record &r : records.value())
            out << r.value(S("last_name")).toString();
        return out;
    };
    CHECK(lastNames(S("birthday<30d")) == QStringList{S("Reciente")});
    CHECK(lastNames(S("birthday>30d")) == QStringList{S("Antiguo")}); // an empty date is no date
    CHECK(lastNames(S("birthday<1990-01-01")) == QStringList{S("Antiguo")});
    CHECK(lastNames(S("birthday=")) == QStringList{S("Sin fecha")});
}

TEST_CASE("conditions: booleans, percents, datetimes and multi-picklists on leads")
{
    test::TempDb t;
    RecordStore store(t.db());
    auto add = [&](const QMap<QString, QString> &text) {
        auto values = store.parseInput(S("lead"), text, QLocale::c());
        REQUIRE(values.ok());
        REQUIRE(store.create(S("lead"), values.value()).ok());
    };
    add({{S("last_name"), S("Uno")}, {S("probability"), S("25")}, {S("next_contact"), S("2030-01-01 10:00")},
         {S("interest"), S("products;training")}, {S("estimated_value"), S("1.500,50")}});
    add({{S("last_name"), S("Dos")}, {S("probability"), S("75.5")}, {S("next_contact"), S("2020-01-01 10:00")},
         {S("interest"), S("services")}});
    add({{S("last_name"), S("Tres")}});
    add({{S("last_name"), S("Cuatro")}, {S("status"), S("disqualified")}, {S("disqualified_reason"), S("no_budget")}});
    const Entity *e = t.db().registry()->entity(S("lead"));
    auto lastNames = [&](const char *cond) {
        auto c = Filter::parse(*e, S(cond), QLocale::c(), &store);
        if (!c)
            FAIL(c.error().message.toStdString());
        ListQuery q;
        q.entity = S("lead");
        q.sortField = S("last_name");
        q.conditions << c.value();
        QStringList out;
        const auto records = store.list(q);
        REQUIRE(records.ok());
        for (const Record &r : records.value())
            out << r.value(S("last_name")).toString();
        return out;
    };
    CHECK(lastNames("probability>50") == QStringList{S("Dos")});
    CHECK(lastNames("probability<=25") == QStringList{S("Uno")});
    CHECK(lastNames("probability=75.5") == QStringList{S("Dos")});
    CHECK(lastNames("next_contact>2025-06-01") == QStringList{S("Uno")});
    CHECK(lastNames("next_contact<2025-06-01 00:00") == QStringList{S("Dos")});
    CHECK(lastNames("next_contact>30d") == QStringList{S("Dos")});
    CHECK(lastNames("interest=training") == QStringList{S("Uno")});
    CHECK(lastNames("interest=Services") == QStringList{S("Dos")});       // by label
    CHECK(lastNames("interest!=training") == QStringList{S("Cuatro"), S("Dos"), S("Tres")});
    CHECK(lastNames("estimated_value>1500") == QStringList{S("Uno")});
    CHECK(lastNames("estimated_value>1500.50").isEmpty());                // cents, exact
    CHECK(lastNames("status=disqualified") == QStringList{S("Cuatro")});
    CHECK(lastNames("status!=new") == QStringList{S("Cuatro")});

    // Booleans on contacts.
    REQUIRE(store.create(S("contact"), {{S("last_name"), S("Llamar")}, {S("do_not_call"), 0}}).ok());
    REQUIRE(store.create(S("contact"), {{S("last_name"), S("NoLlamar")}, {S("do_not_call"), 1}}).ok());
    const Entity *contact = t.db().registry()->entity(S("contact"));
    for (const auto &[cond, expected] : {std::pair{"do_not_call=yes", "NoLlamar"}, std::pair{"do_not_call=no", "Llamar"},
                                         std::pair{"do_not_call!=sí", "Llamar"}}) {
        ListQuery q;
        q.entity = S("contact");
        q.conditions << Filter::parse(*contact, S(cond)).value();
        const auto records = store.list(q);
        REQUIRE(records.ok());
        REQUIRE(records.value().size() == 1);
        CHECK(records.value().first().value(S("last_name")).toString() == S(expected));
    }
    CHECK_FALSE(Filter::parse(*contact, S("do_not_call>1")).ok());
    CHECK_FALSE(Filter::parse(*contact, S("do_not_call=")).ok()); // yes or no, never empty
}

TEST_CASE("conditions: quotes, % and _ in values are data, never SQL or patterns")
{
    test::TempDb t;
    Accounts a(t.db());
    CHECK(names(t.db(), {S("name~50%_")}) == QStringList{S("Beta 50%_off")});
    CHECK(names(t.db(), {S("name~%")}) == QStringList{S("Beta 50%_off")});   // a literal %, not "anything"
    CHECK(names(t.db(), {S("name~_")}) == QStringList{S("Beta 50%_off")});
    CHECK(names(t.db(), {S("name~O'Brien")}) == QStringList{S("Gamma O'Brien")});
    CHECK(names(t.db(), {S("name=x' OR '1'='1")}).isEmpty());
    CHECK(names(t.db(), {S("name^=%")}).isEmpty());
    CHECK(names(t.db(), {S("name~\\")}).isEmpty());
    // The SQL has placeholders only.
    const Entity *e = t.db().registry()->entity(S("account"));
    auto c = Filter::parse(*e, S("name~x' OR 1=1 --"));
    REQUIRE(c.ok());
    const auto sql = ListSql::conditionSql(*e, c.value());
    CHECK_FALSE(sql.first.contains(S("OR 1=1")));
    CHECK(sql.second.value(0).toString() == S("%x' OR 1=1 --%"));
    CHECK(names(t.db(), {}).size() == 3); // still three accounts
}

TEST_CASE("conditions: bad conditions are refused with a message naming the condition")
{
    test::TempDb t;
    const Entity *e = t.db().registry()->entity(S("account"));
    auto err = [&](const char *text) {
        auto c = Filter::parse(*e, S(text), QLocale::c());
        REQUIRE_FALSE(c.ok());
        CHECK(c.error().kind == Error::BadInput);
        CHECK(c.error().message.contains(S(text)));
        return c.error().message;
    };
    CHECK(err("nosuch=1").contains(S("nosuch")));
    CHECK(err("annual_revenue>=abc").contains(S("annual_revenue")));
    CHECK(err("type>customer").contains(S("does not apply")));
    CHECK(err("employees~3").contains(S("does not apply")));
    CHECK(err("city").contains(S("operator")));
    CHECK(err("created_at>xd").contains(S("created_at")));
    CHECK(err("tags=a;b").contains(S("one tag")));
    // The text form round-trips.
    for (const char *text : {"city=Madrid", "city!=Madrid", "name~a'b", "name^=Tal", "annual_revenue>=1000.50",
                             "employees<3", "updated_at>90d", "updated_at<7d", "city=", "city!=", "tags=vip", "tags!=vip",
                             "type=customer"}) {
        auto c = Filter::parse(*e, S(text), QLocale::c());
        REQUIRE(c.ok());
        CHECK(Filter::toText(*e, c.value()) == S(text));
        auto again = Filter::parse(*e, Filter::toText(*e, c.value()), QLocale::c());
        REQUIRE(again.ok());
        CHECK(again.value() == c.value());
    }
}

TEST_CASE("search: exact matches come first, on both plans and in the split the list uses")
{
    test::TempDb t;
    RecordStore store(t.db());
    for (const char *last : {"Gilabert", "Gil", "Gilbert", "Gíl", "Agilar"})
        REQUIRE(store.create(S("contact"), {{S("first_name"), S("Ana")}, {S("last_name"), S(last)}}).ok());
    REQUIRE(store.create(S("contact"), {{S("first_name"), S("Gil")}, {S("last_name"), S("Zapata")}}).ok());
    REQUIRE(store.create(S("contact"), {{S("first_name"), S("Luis")}, {S("last_name"), S("Pérez")},
                                        {S("email"), S("gil@example.com")}}).ok());
    const Entity *e = t.db().registry()->entity(S("contact"));
    auto run = [&](ListQuery q) {
        QStringList out;
        auto r = ListSql::select(*t.db().registry(), *e, q);
        auto rows = Sql::exec(t.db().connection(), r.sql, r.params);
        REQUIRE(rows.ok());
        const int col = int(r.columns.indexOf(S("last_name"))) + 2;
        while (rows.value().next())
            out << rows.value().value(col).toString();
        return out;
    };
    for (ListQuery::Plan plan : {ListQuery::IndexOrder, ListQuery::SearchFirst}) {
        ListQuery q;
        q.entity = S("contact");
        q.search = S("gil");
        q.plan = plan;
        // Gil, Gíl (accents ignored) and first name Gil are exact; then the prefix matches by last name.
        CHECK(run(q) == QStringList{S("Gil"), S("Gíl"), S("Zapata"), S("Gilabert"), S("Gilbert"), S("Pérez")});
        q.exactness = ListQuery::OnlyExact;
        CHECK(run(q) == QStringList{S("Gil"), S("Gíl"), S("Zapata")});
        q.exactness = ListQuery::NotExact;
        CHECK(run(q) == QStringList{S("Gilabert"), S("Gilbert"), S("Pérez")});
        // A whole email is exact too, and the title "ana gil" splits over first and last name.
        q.exactness = ListQuery::ExactFirst;
        q.search = S("gil@example.com");
        CHECK(run(q).value(0) == S("Pérez"));
        q.search = S("ANA GIL");
        CHECK(run(q).mid(0, 2) == QStringList{S("Gil"), S("Gíl")});
        q.descending = true;
        q.search = S("gil");
        CHECK(run(q) == QStringList{S("Zapata"), S("Gíl"), S("Gil"), S("Pérez"), S("Gilbert"), S("Gilabert")});
    }
}

TEST_CASE("RecordStore::list streams exact matches first and pages across the boundary")
{
    test::TempDb t;
    RecordStore store(t.db());
    for (const char *last : {"Gilabert", "Gil", "Gilbert", "Gíl", "Gilo"})
        REQUIRE(store.create(S("contact"), {{S("last_name"), S(last)}}).ok());
    auto page = [&](int limit, int offset) {
        ListQuery q;
        q.entity = S("contact");
        q.search = S("gil");
        q.limit = limit;
        q.offset = offset;
        QStringList out;
        const auto records = store.list(q);
        REQUIRE(records.ok());
        for (const Record &r : records.value())
            out << r.value(S("last_name")).toString();
        return out;
    };
    CHECK(page(-1, 0) == QStringList{S("Gil"), S("Gíl"), S("Gilabert"), S("Gilbert"), S("Gilo")});
    CHECK(page(1, 0) == QStringList{S("Gil")});
    CHECK(page(2, 1) == QStringList{S("Gíl"), S("Gilabert")});
    CHECK(page(2, 3) == QStringList{S("Gilbert"), S("Gilo")});
    CHECK(page(10, 4) == QStringList{S("Gilo")});
    CHECK(page(0, 0).isEmpty());
}

TEST_CASE("global search ranks exact matches first")
{
    test::TempDb t;
    RecordStore store(t.db());
    // Many "gil" words make Gilabert the better bm25 match; the exact last name still comes first.
    REQUIRE(store.create(S("contact"), {{S("first_name"), S("Gilda")}, {S("last_name"), S("Gilabert")},
                                        {S("email"), S("gilda.gilabert@gil.es")}}).ok());
    REQUIRE(store.create(S("contact"), {{S("first_name"), S("Ana")}, {S("last_name"), S("Gil")}}).ok());
    auto hits = GlobalSearch(t.db()).search(S("gil"));
    REQUIRE(hits.ok());
    REQUIRE(hits.value().size() == 2);
    CHECK(hits.value().at(0).title == S("Ana Gil"));
}

TEST_CASE("tags: tag and untag in one transaction, counts, normalized storage")
{
    test::TempDb t;
    Accounts a(t.db());
    TagStore tags(t.db());
    REQUIRE(tags.tag(S("account"), {a.alfa, a.beta}, {S("VIP"), S("norte")}).ok());
    RecordStore store(t.db());
    CHECK(store.get(S("account"), a.alfa).value().value(S("tags")).toString() == S("norte;VIP"));
    CHECK(store.get(S("account"), a.gamma).value().value(S("tags")).toString() == S("Feria 2025;vip"));
    auto counts = tags.counts(S("account"));
    REQUIRE(counts.ok());
    REQUIRE(counts.value().size() == 3);
    CHECK(counts.value().at(0).tag.compare(S("vip"), Qt::CaseInsensitive) == 0);
    CHECK(counts.value().at(0).count == 3);
    CHECK(counts.value().at(1).tag == S("norte"));
    CHECK(counts.value().at(1).count == 2);
    REQUIRE(tags.untag(S("account"), {a.alfa}, {S("vip")}).ok());
    CHECK(store.get(S("account"), a.alfa).value().value(S("tags")).toString() == S("norte"));
    REQUIRE(tags.untag(S("account"), {a.alfa}, {S("norte")}).ok());
    CHECK(store.get(S("account"), a.alfa).value().value(S("tags")).isNull());

    // One unknown id: nothing changes on the others.
    const QString state = S("SELECT id, tags, updated_at FROM account ORDER BY id; SELECT count(*) FROM change_log;");
    const QString before = test::sqlite3(t.path(), state).out;
    CHECK_FALSE(tags.tag(S("account"), {a.beta, S("no-such-id")}, {S("x")}).ok());
    CHECK(test::sqlite3(t.path(), state).out == before);
    CHECK_FALSE(tags.tag(S("account"), {a.beta}, {S(" ; ")}).ok());
    CHECK_FALSE(tags.tag(S("campaign_member"), {a.beta}, {S("x")}).ok()); // no tags field there
    // Tags are searchable.
    ListQuery q;
    q.entity = S("account");
    q.search = S("feria");
    CHECK(store.list(q).value().size() == 1);
    CHECK(Value::normalizeTags(S(" b, a ;B;;  c  d ")) == QStringList{S("a"), S("b"), S("c d")});
}

TEST_CASE("segments: add, list, show, update, delete and use as a list query")
{
    test::TempDb t;
    Accounts a(t.db());
    const Entity *e = t.db().registry()->entity(S("account"));
    SegmentStore segments(t.db());
    Segment s;
    s.entity = S("account");
    s.name = S("Madrid customers with no activity in 90 days");
    s.conditions << Filter::parse(*e, S("city=Madrid")).value() << Filter::parse(*e, S("type=customer")).value()
                 << Filter::parse(*e, S("updated_at>90d")).value();
    auto id = segments.add(s);
    REQUIRE(id.ok());

    RecordStore store(t.db());
    auto query = segments.query(id.value());
    REQUIRE(query.ok());
    CHECK(query.value().entity == S("account"));
    CHECK(store.list(query.value()).value().isEmpty()); // Alfa was touched just now
    const QString old = QDateTime::currentDateTimeUtc().addDays(-100).toString(Qt::ISODate);
    REQUIRE(test::sqlite3(t.path(), QStringLiteral("UPDATE account SET updated_at = '%1';").arg(old)).exitCode == 0);
    auto rows = store.list(segments.query(id.value()).value());
    REQUIRE(rows.value().size() == 1);
    CHECK(rows.value().first().value(S("id")).toString() == a.alfa);

    // Names are unique whatever the case; bad conditions and unknown sort fields are refused.
    Segment dup = s;
    dup.name = s.name.toUpper();
    CHECK_FALSE(segments.add(dup).ok());
    Segment bad = s;
    bad.name = S("bad");
    bad.conditions = {Condition{S("employees"), Condition::Contains, S("3")}};
    CHECK(segments.add(bad).error().message.contains(S("does not apply")));
    bad.conditions = {Condition{S("nosuch"), Condition::Equals, S("3")}};
    CHECK_FALSE(segments.add(bad).ok());
    bad.conditions.clear();
    bad.sortField = S("nosuch");
    CHECK_FALSE(segments.add(bad).ok());

    auto byName = segments.byName(s.name.toLower());
    REQUIRE(byName.ok());
    CHECK(byName.value().conditions == s.conditions);
    Segment changed = byName.value();
    changed.name = S("Madrid");
    changed.conditions.removeLast();
    changed.search = S("alfa");
    changed.sortField = S("name");
    changed.descending = true;
    REQUIRE(segments.update(changed).ok());
    auto reread = segments.get(id.value());
    REQUIRE(reread.ok());
    CHECK(reread.value().name == S("Madrid"));
    CHECK(reread.value().conditions.size() == 2);
    CHECK(reread.value().search == S("alfa"));
    CHECK(reread.value().descending);
    CHECK(store.list(segments.query(id.value()).value()).value().size() == 1);

    Segment other;
    other.entity = S("contact");
    other.name = S("Everyone");
    REQUIRE(segments.add(other).ok());
    CHECK(segments.list().value().size() == 2);
    CHECK(segments.list(S("account")).value().size() == 1);
    REQUIRE(segments.remove(id.value()).ok());
    CHECK(segments.list(S("account")).value().isEmpty());
    CHECK(segments.remove(id.value()).error().kind == Error::NotFound);
    CHECK_FALSE(segments.query(id.value()).ok());
}
