// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "store/recordstore.h"
#include "util/uuid7.h"

#include <catch2/catch.hpp>

using namespace trato;

TEST_CASE("records are created, read, updated, trashed, restored and purged")
{
    test::TempDb t;
    RecordStore store(t.db());
    auto acc = store.create(QStringLiteral("account"), {{QStringLiteral("name"), QStringLiteral("Talleres Ruiz S.L.")}});
    REQUIRE(acc.ok());
    CHECK(Uuid7::isValid(acc.value()));

    auto in = store.parseInput(QStringLiteral("contact"), {{QStringLiteral("first_name"), QStringLiteral("José")},
                                                           {QStringLiteral("last_name"), QStringLiteral("Núñez")},
                                                           {QStringLiteral("account"), QStringLiteral("talleres ruiz s.l.")},
                                                           {QStringLiteral("email"), QStringLiteral("jose@ruiz.es")}});
    REQUIRE(in.ok());
    CHECK(in.value().value(QStringLiteral("account")).toString() == acc.value());
    auto id = store.create(QStringLiteral("contact"), in.value());
    REQUIRE(id.ok());

    auto rec = store.get(QStringLiteral("contact"), id.value());
    REQUIRE(rec.ok());
    CHECK(rec.value().value(QStringLiteral("first_name")).toString() == QStringLiteral("José"));
    CHECK(rec.value().value(QStringLiteral("account__title")).toString() == QStringLiteral("Talleres Ruiz S.L."));
    CHECK(rec.value().value(QStringLiteral("owner")).toString() == QStringLiteral("tester"));
    CHECK(rec.value().value(QStringLiteral("created_by")).toString() == QStringLiteral("tester"));
    CHECK(!rec.value().value(QStringLiteral("created_at")).toString().isEmpty());

    const Status updated = store.update(QStringLiteral("contact"), id.value(), {{QStringLiteral("email"), QStringLiteral("jose.nunez@ruiz.es")}});
    INFO(updated.error().message.toStdString());
    REQUIRE(updated.ok());
    CHECK(store.get(QStringLiteral("contact"), id.value()).value().value(QStringLiteral("email")).toString() == QStringLiteral("jose.nunez@ruiz.es"));

    REQUIRE(store.remove(QStringLiteral("contact"), id.value()).ok());
    ListQuery active;
    active.entity = QStringLiteral("contact");
    CHECK(store.count(active).value() == 0);
    ListQuery trash = active;
    trash.deleted = ListQuery::OnlyDeleted;
    CHECK(store.count(trash).value() == 1);
    CHECK(!store.remove(QStringLiteral("contact"), id.value()).ok());
    REQUIRE(store.restore(QStringLiteral("contact"), id.value()).ok());
    CHECK(store.count(active).value() == 1);
    CHECK(!store.purge(QStringLiteral("contact"), id.value()).ok()); // only from the Trash
    REQUIRE(store.remove(QStringLiteral("contact"), id.value()).ok());
    REQUIRE(store.purge(QStringLiteral("contact"), id.value()).ok());
    CHECK(store.get(QStringLiteral("contact"), id.value()).error().kind == Error::NotFound);
}

TEST_CASE("bad input is refused with a message naming the field, and nothing is written")
{
    test::TempDb t;
    RecordStore store(t.db());
    ListQuery all;
    all.entity = QStringLiteral("account");
    all.deleted = ListQuery::All;

    auto money = store.parseInput(QStringLiteral("account"), {{QStringLiteral("name"), QStringLiteral("X")},
                                                              {QStringLiteral("annual_revenue"), QStringLiteral("abc")}});
    REQUIRE(!money.ok());
    CHECK(money.error().kind == Error::BadInput);
    CHECK(money.error().message.contains(QStringLiteral("annual_revenue")));

    auto date = store.parseInput(QStringLiteral("contact"), {{QStringLiteral("birthday"), QStringLiteral("31/02/2025")}});
    REQUIRE(!date.ok());
    CHECK(date.error().message.contains(QStringLiteral("birthday")));
    CHECK(date.error().message.contains(QStringLiteral("31/02/2025")));

    auto unknown = store.parseInput(QStringLiteral("contact"), {{QStringLiteral("shoe_size"), QStringLiteral("42")}});
    REQUIRE(!unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("shoe_size")));

    auto entity = store.create(QStringLiteral("spaceship"), {});
    REQUIRE(!entity.ok());
    CHECK(entity.error().message.contains(QStringLiteral("spaceship")));

    auto missing = store.create(QStringLiteral("account"), {{QStringLiteral("city"), QStringLiteral("Lugo")}});
    REQUIRE(!missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("name")));

    auto relation = store.create(QStringLiteral("contact"), {{QStringLiteral("last_name"), QStringLiteral("Pérez")},
                                                             {QStringLiteral("account"), QStringLiteral("0190aaaa-0000-7000-8000-000000000000")}});
    REQUIRE(!relation.ok());
    CHECK(relation.error().message.contains(QStringLiteral("account")));

    auto readOnly = store.parseInput(QStringLiteral("account"), {{QStringLiteral("created_at"), QStringLiteral("2020-01-01")}});
    CHECK(!readOnly.ok());

    CHECK(store.count(all).value() == 0);
    ListQuery contacts = all;
    contacts.entity = QStringLiteral("contact");
    CHECK(store.count(contacts).value() == 0);
}

TEST_CASE("user text reaches SQL only as bound parameters")
{
    test::TempDb t;
    RecordStore store(t.db());
    const QString evil = QStringLiteral("Robert'); DROP TABLE contact; --");
    auto id = store.create(QStringLiteral("contact"), {{QStringLiteral("last_name"), evil}});
    REQUIRE(id.ok());
    ListQuery q;
    q.entity = QStringLiteral("contact");
    q.search = QStringLiteral("\" OR 1=1 --");
    CHECK(store.list(q).ok());
    q.search.clear();
    q.where = {{QStringLiteral("last_name"), evil}};
    auto rows = store.list(q);
    REQUIRE(rows.ok());
    REQUIRE(rows.value().size() == 1);
    CHECK(rows.value().first().value(QStringLiteral("last_name")).toString() == evil);
}

TEST_CASE("lists sort, filter and page in SQL")
{
    test::TempDb t;
    RecordStore store(t.db());
    for (const char *name : {"Zamora", "álvarez", "Baena", "Castro"})
        REQUIRE(store.create(QStringLiteral("contact"), {{QStringLiteral("last_name"), QString::fromUtf8(name)},
                                                         {QStringLiteral("city"), QStringLiteral("Lugo")}}).ok());
    ListQuery q;
    q.entity = QStringLiteral("contact");
    q.sortField = QStringLiteral("last_name");
    q.descending = true;
    q.limit = 2;
    auto page = store.list(q);
    REQUIRE(page.ok());
    REQUIRE(page.value().size() == 2);
    CHECK(page.value().at(0).value(QStringLiteral("last_name")).toString() == QStringLiteral("Zamora"));
    CHECK(page.value().at(1).value(QStringLiteral("last_name")).toString() == QStringLiteral("Castro"));
    q.descending = false;
    CHECK(store.list(q).value().at(0).value(QStringLiteral("last_name")).toString() == QString::fromUtf8("álvarez")); // accents fold for sorting
    q.offset = 2;
    CHECK(store.list(q).value().size() == 2);
    q.where = {{QStringLiteral("city"), QStringLiteral("lugo")}}; // text compares without case
    q.limit = -1;
    q.offset = 0;
    CHECK(store.list(q).value().size() == 4);
    q.sortField = QStringLiteral("nope");
    CHECK(!store.list(q).ok());
}

TEST_CASE("trash operations on several records are all or nothing")
{
    test::TempDb t;
    RecordStore store(t.db());
    QStringList ids;
    for (const char *name : {"Uno", "Dos", "Tres"})
        ids << store.create(QStringLiteral("contact"), {{QStringLiteral("last_name"), QString::fromLatin1(name)}}).value();
    ListQuery active;
    active.entity = QStringLiteral("contact");
    REQUIRE(store.remove(QStringLiteral("contact"), ids.at(1)).ok());
    // One of the three is already in the Trash: the batch is refused and the other two stay put.
    const Status mixed = store.trash(RecordStore::TrashAction::MoveToTrash, QStringLiteral("contact"), ids);
    REQUIRE(!mixed.ok());
    CHECK(store.count(active).value() == 2);
    REQUIRE(store.trash(RecordStore::TrashAction::MoveToTrash, QStringLiteral("contact"), {ids.at(0), ids.at(2)}).ok());
    CHECK(store.count(active).value() == 0);
    REQUIRE(store.trash(RecordStore::TrashAction::Purge, QStringLiteral("contact"), ids).ok());
    ListQuery all = active;
    all.deleted = ListQuery::All;
    CHECK(store.count(all).value() == 0);
    CHECK(!store.trash(RecordStore::TrashAction::Restore, QStringLiteral("contact"), {ids.at(0)}).ok()); // gone
}
