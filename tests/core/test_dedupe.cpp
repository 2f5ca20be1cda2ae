// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "dedupe/duplicatefinder.h"
#include "dedupe/matchkeys.h"
#include "demo/demodata.h"
#include "store/recordstore.h"
#include "store/sqlite.h"

#include <QElapsedTimer>

#include <catch2/catch.hpp>

using namespace trato;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString create(RecordStore &store, const char *entity, const QVariantMap &values)
{
    auto id = store.create(s(entity), values);
    INFO((id ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    return id.value();
}

QStringList idsOf(const QList<DuplicateCandidate> &list)
{
    QStringList out;
    for (const auto &c : list)
        out << c.id;
    return out;
}
} // namespace

TEST_CASE("match keys: emails, Spanish phone numbers in every usual form, names, companies")
{
    CHECK(MatchKeys::email(s("  Ana.Ruiz@Example.COM ")) == s("ana.ruiz@example.com"));
    CHECK(MatchKeys::email(s("ana.ruiz@gmail.com")) != MatchKeys::email(s("anaruiz@gmail.com"))); // exact otherwise

    const QString es = s("ES");
    CHECK(MatchKeys::phone(s("600 11 22 33"), es) == s("+34600112233"));
    CHECK(MatchKeys::phone(s("+34 600112233"), es) == s("+34600112233"));
    CHECK(MatchKeys::phone(s("0034 600 11 22 33"), es) == s("+34600112233"));
    CHECK(MatchKeys::phone(s("(+34) 600-11-22-33"), es) == s("+34600112233"));
    CHECK(MatchKeys::phone(s("+44 20 7946 0958"), es) == s("+442079460958"));
    CHECK(MatchKeys::phone(s("020 7946 0958"), s("GB")) == s("+442079460958"));
    CHECK(MatchKeys::phone(s("12"), es) == s("12"));           // invalid: digits only
    CHECK(MatchKeys::phone(s("ext. 12-34"), es) == s("1234"));
    CHECK(MatchKeys::phone(s("n/a"), es).isEmpty());
    for (const char *text : {"600 11 22 33", "+34 600112233", "0034 600 11 22 33"})
        CHECK(MatchKeys::phoneBucket(s(text), es) == s("+34600112233"));
    CHECK(MatchKeys::phoneDigitVariants(s("+34600112233"), es).contains(s("600112233")));
    CHECK(MatchKeys::phoneDigitVariants(s("+34600112233"), es).contains(s("0034600112233")));
    CHECK(MatchKeys::phoneDigitVariants(s("+442079460958"), s("GB")).contains(s("02079460958")));

    CHECK(MatchKeys::name(s("José Ruiz-Peña")) == s("jose pena ruiz"));
    CHECK(MatchKeys::name(s("RUIZ PEÑA, Jose")) == s("jose pena ruiz"));
    CHECK(MatchKeys::name(s("Ana Ruiz")) != MatchKeys::name(s("Ana Ruiz Peña")));

    CHECK(MatchKeys::company(s("Hierros Ruiz, S.L.")) == MatchKeys::company(s("HIERROS RUIZ")));
    CHECK(MatchKeys::company(s("Hierros Ruiz SL")) == s("hierros ruiz"));
    CHECK(MatchKeys::company(s("Hierros Ruiz S. L. U.")) == s("hierros ruiz"));
    CHECK(MatchKeys::company(s("Hierros Ruiz Sociedad Limitada")) == s("hierros ruiz"));
    CHECK(MatchKeys::company(s("Construcciones Núñez S.A.")) == s("construcciones nunez"));
    CHECK(MatchKeys::company(s("Acme Ltd")) == MatchKeys::company(s("ACME Inc.")));
    CHECK(MatchKeys::company(s("Müller GmbH")) == s("muller"));
    CHECK(MatchKeys::company(s("S.A.")) == s("sa")); // nothing but a legal form: kept

    CHECK(MatchKeys::normalizedRegion(s("es")) == s("ES"));
    CHECK(MatchKeys::normalizedRegion(s("XX")).isEmpty());
    CHECK(MatchKeys::supportedRegions().contains(s("ES")));
    CHECK(!MatchKeys::systemRegion().isEmpty());
}

TEST_CASE("the finder hits the same email, phone, name with company, and misses the rest")
{
    test::TempDb t;
    RecordStore store(t.db());
    DuplicateFinder finder(t.db(), s("ES"));
    const QString acme = create(store, "account", {{s("name"), s("Hierros Ruiz S.L.")}, {s("phone"), s("+34 912 345 678")}});
    const QString other = create(store, "account", {{s("name"), s("Talleres Gómez S.A.")}});
    const QString ana = create(store, "contact", {{s("first_name"), s("Ana")}, {s("last_name"), s("Ruiz Peña")},
                                                   {s("email"), s("Ana.Ruiz@Example.com")}, {s("mobile"), s("600 11 22 33")},
                                                   {s("account"), acme}});
    const QString luis = create(store, "contact", {{s("first_name"), s("Luis")}, {s("last_name"), s("Gómez")},
                                                    {s("email2"), s("luis@gomez.es")}, {s("account"), other}});
    create(store, "contact", {{s("first_name"), s("Marta")}, {s("last_name"), s("Sanz")}, {s("email"), s("marta@sanz.es")}});

    SECTION("same email, any case, any email field")
    {
        auto r = finder.findFor(s("contact"), {{s("last_name"), s("X")}, {s("email"), s(" ana.ruiz@EXAMPLE.com")}});
        REQUIRE(r.ok());
        REQUIRE(r.value().size() == 1);
        CHECK(r.value().first().id == ana);
        CHECK(r.value().first().reasons == SameEmail);
        CHECK(r.value().first().likely);
        CHECK(r.value().first().title == s("Ana Ruiz Peña"));
        auto r2 = finder.findFor(s("contact"), {{s("last_name"), s("X")}, {s("email"), s("LUIS@gomez.es")}});
        CHECK(idsOf(r2.value()) == QStringList{luis});
    }
    SECTION("same phone in another form and another phone field")
    {
        auto r = finder.findFor(s("contact"), {{s("last_name"), s("X")}, {s("phone"), s("0034 600112233")}});
        REQUIRE(r.ok());
        CHECK(idsOf(r.value()) == QStringList{ana});
        CHECK(r.value().first().reasons == SamePhone);
        auto acc = finder.findFor(s("account"), {{s("name"), s("Otra")}, {s("phone"), s("912345678")}});
        CHECK(idsOf(acc.value()) == QStringList{acme});
    }
    SECTION("same name with the same account is likely; the name alone only possible")
    {
        auto r = finder.findFor(s("contact"), {{s("first_name"), s("ana")}, {s("last_name"), s("ruiz peña")}, {s("account"), acme}});
        REQUIRE(r.ok());
        REQUIRE(r.value().size() == 1);
        CHECK(r.value().first().reasons == (SameName | SameCompany));
        CHECK(r.value().first().score == 50);
        auto alone = finder.findFor(s("contact"), {{s("first_name"), s("Ana")}, {s("last_name"), s("Ruiz Peña")}});
        CHECK(alone.value().isEmpty());
        DuplicateFinder::Options all;
        all.includePossible = true;
        auto possible = finder.findFor(s("contact"), {{s("first_name"), s("Ana")}, {s("last_name"), s("Ruiz Peña")}}, QString(), all);
        REQUIRE(possible.value().size() == 1);
        CHECK(!possible.value().first().likely);
        auto similar = finder.findFor(s("contact"), {{s("first_name"), s("Ana")}, {s("last_name"), s("Ruiz")}, {s("account"), acme}});
        REQUIRE(similar.value().size() == 1);
        CHECK(similar.value().first().reasons == (SimilarName | SameCompany));
    }
    SECTION("accounts by company name without the legal form")
    {
        auto r = finder.findFor(s("account"), {{s("name"), s("HIERROS RUIZ, SOCIEDAD LIMITADA")}});
        REQUIRE(r.ok());
        CHECK(idsOf(r.value()) == QStringList{acme});
        CHECK(finder.findFor(s("account"), {{s("name"), s("Hierros Ruiz Norte")}}).value().isEmpty());
    }
    SECTION("misses: other values, the record itself, records in the Trash")
    {
        CHECK(finder.findFor(s("contact"), {{s("last_name"), s("Nadie")}, {s("email"), s("ana@example.com")},
                                            {s("phone"), s("600 11 22 34")}}).value().isEmpty());
        CHECK(finder.findFor(s("contact"), {{s("email"), s("ana.ruiz@example.com")}}, ana).value().isEmpty());
        auto rec = finder.findForRecord(s("contact"), ana);
        REQUIRE(rec.ok());
        CHECK(rec.value().isEmpty());
        REQUIRE(store.remove(s("contact"), ana).ok());
        CHECK(finder.findFor(s("contact"), {{s("email"), s("ana.ruiz@example.com")}}).value().isEmpty());
    }
    SECTION("leads compare the company text")
    {
        const QString lead = create(store, "lead", {{s("first_name"), s("Pedro")}, {s("last_name"), s("Sanz")},
                                                     {s("company"), s("Frutas Sanz S.L.")}});
        auto r = finder.findFor(s("lead"), {{s("first_name"), s("pedro")}, {s("last_name"), s("SANZ")}, {s("company"), s("frutas sanz")}});
        CHECK(idsOf(r.value()) == QStringList{lead});
        CHECK(finder.findFor(s("lead"), {{s("first_name"), s("Pedro")}, {s("last_name"), s("Sanz")}, {s("company"), s("Otra")}}).value().isEmpty());
    }
    CHECK(finder.findFor(s("nope"), {}).error().kind == Error::BadInput);
}

TEST_CASE("lookups use the duplicate indexes, not a scan")
{
    test::TempDb t;
    for (const char *sql : {"EXPLAIN QUERY PLAN SELECT id FROM contact WHERE lower(\"email2\") = lower('x') AND +deleted = 0",
                            "EXPLAIN QUERY PLAN SELECT id FROM contact WHERE replace(replace(replace(replace(replace(replace(replace(\"mobile\", ' ', ''), '-', ''), '.', ''), '(', ''), ')', ''), '+', ''), '/', '') IN ('1', '2') AND +deleted = 0"}) {
        auto q = Sql::exec(t.db().connection(), s(sql));
        REQUIRE(q.ok());
        QString plan;
        while (q.value().next())
            plan += q.value().value(3).toString() + QLatin1Char('\n');
        INFO(plan.toStdString());
        CHECK(plan.contains(s("USING INDEX contact__dup_")));
    }
}

TEST_CASE("scan groups duplicates through shared keys (union-find) on a demo-sized table")
{
    test::TempDb t;
    DemoOptions demo;
    demo.contacts = 2000;
    REQUIRE(DemoData::generate(t.db(), demo).ok());
    RecordStore store(t.db());
    // Three records chained: a-b share an email, b-c a phone written differently.
    const QString a = create(store, "contact", {{s("first_name"), s("Zoe")}, {s("last_name"), s("Quintana")}, {s("email"), s("zq@dup.test")}});
    const QString b = create(store, "contact", {{s("first_name"), s("Zoé")}, {s("last_name"), s("Quintana Ruiz")},
                                                 {s("email2"), s("ZQ@dup.test")}, {s("home_phone"), s("699 99 88 77")}});
    const QString c = create(store, "contact", {{s("first_name"), s("Z.")}, {s("last_name"), s("Q.")}, {s("mobile"), s("+34699998877")}});
    DuplicateFinder finder(t.db(), s("ES"));
    qint64 lastDone = 0;
    QElapsedTimer timer;
    timer.start();
    auto r = finder.scan(s("contact"), [&](qint64 done, qint64) { lastDone = done; return true; });
    const qint64 ms = timer.elapsed();
    REQUIRE(r.ok());
    CHECK(r.value().scanned == 2003);
    CHECK(lastDone == 2003);
    const DuplicateGroup *ours = nullptr;
    for (const auto &g : r.value().groups)
        if (g.ids.contains(a))
            ours = &g;
    REQUIRE(ours);
    CHECK(ours->ids == (QStringList{a, b, c}));
    CHECK(ours->reasons == (SameEmail | SamePhone));
    CHECK(ours->titles.first() == s("Zoe Quintana"));
    for (const auto &g : r.value().groups)
        CHECK(g.ids.size() >= 2);
    WARN("scan of 2003 contacts: " << ms << " ms, " << r.value().totalGroups << " groups");

    auto limited = finder.scan(s("contact"), {}, 1);
    REQUIRE(limited.ok());
    CHECK(limited.value().groups.size() == 1);
    CHECK(limited.value().totalGroups == r.value().totalGroups);

    auto cancelled = finder.scan(s("contact"), [](qint64, qint64) { return false; });
    CHECK(!cancelled.ok());

    // Accounts: the same company written two ways.
    const QString x = create(store, "account", {{s("name"), s("Quesos Quintana S.L.")}});
    const QString y = create(store, "account", {{s("name"), s("QUESOS QUINTANA")}});
    auto acc = finder.scan(s("account"));
    REQUIRE(acc.ok());
    bool found = false;
    for (const auto &g : acc.value().groups)
        found = found || g.ids == (QStringList{x, y});
    CHECK(found);
}
