// SPDX-License-Identifier: GPL-3.0-or-later
// analytics: printing — a list's query turned into printable rows (ListReport) and a record into
// printable sections (RecordReport), on a real SQLite file.
#include "testsupport.h"

#include "analytics/listreport.h"
#include "analytics/recordreport.h"
#include "metadata/registry.h"
#include "sales/companyprofile.h"
#include "search/filter.h"
#include "store/recordstore.h"

#include <catch2/catch.hpp>

using namespace trato;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

struct Contacts
{
    test::TempDb t;
    QString account;
    QString ana;
    Contacts()
    {
        RecordStore store(t.db());
        auto a = store.create(S("account"), {{S("name"), S("Talleres Norte S.L.")}});
        REQUIRE(a.ok());
        account = a.value();
        const char *rows[][3] = {{"Ana", "Gil", "Madrid"}, {"Luis", "Pérez", "Sevilla"}, {"Marta", "Ruiz", "Madrid"},
                                 {"Pablo", "Abad", "Madrid"}, {"Sara", "Vidal", "Bilbao"}};
        for (const auto &r : rows) {
            auto c = store.create(S("contact"), {{S("first_name"), S(r[0])}, {S("last_name"), S(r[1])}, {S("city"), S(r[2])},
                                                 {S("account"), account}});
            REQUIRE(c.ok());
            if (S(r[0]) == S("Ana"))
                ana = c.value();
        }
    }
    Condition condition(const char *text)
    {
        auto c = Filter::parse(*t.db().registry()->entity(S("contact")), S(text), QLocale::c());
        REQUIRE(c.ok());
        return c.value();
    }
};
} // namespace

TEST_CASE("ListReport reads the filtered, sorted rows of a list with its columns")
{
    Contacts f;
    ListQuery q;
    q.entity = S("contact");
    q.conditions << f.condition("city=Madrid");
    q.sortField = S("last_name");
    const QStringList fields{S("first_name"), S("last_name"), S("city"), S("account")};
    auto t = ListReport::read(f.t.db(), q, fields, QDate(2026, 3, 2), -1, QLocale::c());
    REQUIRE(t.ok());
    CHECK(t.value().title == S("Contacts"));
    CHECK(t.value().date == QDate(2026, 3, 2));
    CHECK(t.value().headers == QStringList{S("First name"), S("Last name"), S("City"), S("Account")});
    REQUIRE(t.value().rows.size() == 3);
    CHECK(t.value().rows.at(0) == QStringList{S("Pablo"), S("Abad"), S("Madrid"), S("Talleres Norte S.L.")});
    CHECK(t.value().rows.at(1).at(1) == S("Gil"));
    CHECK(t.value().rows.at(2).at(1) == S("Ruiz"));
    CHECK(t.value().filters.contains(S("Madrid")));
    CHECK(t.value().filters.contains(S("Sorted by Last name")));

    // Descending, with a search: only the matching record.
    q.descending = true;
    auto desc = ListReport::read(f.t.db(), q, fields, QDate(2026, 3, 2), -1, QLocale::c());
    REQUIRE(desc.ok());
    CHECK(desc.value().rows.at(0).at(1) == S("Ruiz"));
    q.search = S("marta");
    auto searched = ListReport::read(f.t.db(), q, fields, QDate(2026, 3, 2), -1, QLocale::c());
    REQUIRE(searched.ok());
    REQUIRE(searched.value().rows.size() == 1);
    CHECK(searched.value().rows.at(0).at(0) == S("Marta"));
    CHECK(searched.value().filters.contains(S("Search: “marta”")));
}

TEST_CASE("ListReport stream counts first, stops when told, and refuses a removed field")
{
    Contacts f;
    ListQuery q;
    q.entity = S("contact");
    qint64 total = -1;
    int rows = 0;
    Status s = ListReport::stream(
        f.t.db(), q, {S("last_name")}, QLocale::c(),
        [&](qint64 n) {
            total = n;
            return true;
        },
        [&](const QStringList &) { return ++rows < 2; });
    CHECK_FALSE(s.ok());
    CHECK(s.error().message == ListReport::cancelledMessage());
    CHECK(total == 5);
    CHECK(rows == 2);

    auto gone = ListReport::read(f.t.db(), q, {S("last_name"), S("shoe_size")}, QDate(2026, 3, 2));
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().kind == Error::BadInput);
    CHECK(gone.error().message.contains(S("shoe_size")));

    auto capped = ListReport::read(f.t.db(), q, {S("last_name")}, QDate(2026, 3, 2), 4, QLocale::c());
    REQUIRE_FALSE(capped.ok());
    CHECK(capped.error().message.contains(S("5 rows")));
    CHECK(ListReport::read(f.t.db(), q, {S("last_name")}, QDate(2026, 3, 2), 5).ok());
}

TEST_CASE("ListReport describes a list without filters and marks numbers right-aligned")
{
    Contacts f;
    const Entity &account = *f.t.db().registry()->entity(S("account"));
    ListQuery q;
    q.entity = S("account");
    CHECK(ListReport::describe(account, q, QLocale::c()).startsWith(S("All records")));
    auto head = ListReport::head(account, q, {S("name"), S("annual_revenue"), S("employees")}, QDate(2026, 3, 2), QLocale::c());
    REQUIRE(head.ok());
    CHECK(head.value().numeric == QList<bool>{false, true, true});
}

TEST_CASE("RecordReport gives the form's fields by section with the company name, or a clear error")
{
    Contacts f;
    REQUIRE(CompanySettings::set(f.t.db(), S("name"), S("Automóviles Ejemplo S.A.")).ok());
    auto r = RecordReport::load(f.t.db(), S("contact"), f.ana, QDate(2026, 3, 2), QLocale::c());
    REQUIRE(r.ok());
    CHECK(r.value().company == S("Automóviles Ejemplo S.A."));
    CHECK(r.value().entityLabel == S("Contact"));
    CHECK(r.value().title == S("Ana Gil"));
    const QString text = r.value().toText();
    CHECK(text.contains(S("First name: Ana")));
    CHECK(text.contains(S("Last name: Gil")));
    CHECK(text.contains(S("City: Madrid")));
    CHECK(text.contains(S("Account: Talleres Norte S.L.")));   // a relation by name, not by id
    CHECK_FALSE(text.contains(f.account));
    CHECK(text.contains(S("Owner: ")));
    bool sectioned = false;
    for (const auto &s : r.value().sections)
        sectioned = sectioned || !s.heading.isEmpty();
    CHECK(sectioned);

    auto missing = RecordReport::load(f.t.db(), S("contact"), S("no-such-id"), QDate(2026, 3, 2));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(S("no-such-id")));
    auto noEntity = RecordReport::load(f.t.db(), S("spaceship"), f.ana, QDate(2026, 3, 2));
    REQUIRE_FALSE(noEntity.ok());
    CHECK(noEntity.error().message.contains(S("spaceship")));
}

TEST_CASE("RecordReport adds the first rows of each related list when asked")
{
    Contacts f;
    auto plain = RecordReport::load(f.t.db(), S("account"), f.account, QDate(2026, 3, 2), QLocale::c());
    REQUIRE(plain.ok());
    CHECK_FALSE(plain.value().toText().contains(S("Contacts (Account)")));

    auto r = RecordReport::load(f.t.db(), S("account"), f.account, QDate(2026, 3, 2), QLocale::c(), 2);
    REQUIRE(r.ok());
    const PrintableRecord::Section *contacts = nullptr;
    for (const auto &s : r.value().sections)
        if (s.heading.startsWith(S("Contacts (Account)")))
            contacts = &s;
    REQUIRE(contacts);
    CHECK(contacts->heading == S("Contacts (Account) · 5"));
    REQUIRE(contacts->items.size() == 3);
    CHECK(contacts->items.at(0).label == S("Pablo Abad"));   // the contacts' default sort: last name
    CHECK(contacts->items.at(0).value.contains(S("Madrid")));
    CHECK(contacts->items.at(1).label == S("Ana Gil"));
    CHECK(contacts->items.at(2).value == S("… and 3 more"));
}
