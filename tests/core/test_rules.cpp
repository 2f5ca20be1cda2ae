// SPDX-License-Identifier: GPL-3.0-or-later
// Rules every entity description can carry: tax ids checked to their control character, fields
// required only in some states, values only Trato may write, and transactions that nest.
#include "testsupport.h"

#include "metadata/registry.h"
#include "metadata/value.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "store/transaction.h"
#include "util/taxid.h"

#include <catch2/catch.hpp>

using namespace trato;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }
}

TEST_CASE("Spanish NIF, NIE and CIF are checked to their control character, foreign VAT ids pass")
{
    using TaxId::Kind;
    CHECK(TaxId::check(S("12345678Z")).kind == Kind::Nif);
    CHECK(TaxId::check(S("12.345.678-z")).normalized == S("12345678Z"));
    CHECK(TaxId::check(S("12345678A")).kind == Kind::Invalid);        // wrong letter
    CHECK(TaxId::check(S("X1234567L")).kind == Kind::Nie);
    CHECK(TaxId::check(S("Y1234567X")).kind == Kind::Nie);
    CHECK(TaxId::check(S("Z1234567R")).kind == Kind::Nie);
    CHECK(TaxId::check(S("X1234567A")).kind == Kind::Invalid);
    CHECK(TaxId::check(S("B12345674")).kind == Kind::Cif);           // S.L.: control digit
    CHECK(TaxId::check(S("B12345675")).kind == Kind::Invalid);
    CHECK(TaxId::check(S("Q2826000H")).kind == Kind::Cif);           // public body: control letter
    CHECK(TaxId::check(S("Q28260008")).kind == Kind::Invalid);       // a Q must end in a letter
    CHECK(TaxId::check(S("ESB12345674")).kind == Kind::Cif);
    CHECK(TaxId::check(S("ESB12345675")).kind == Kind::Invalid);
    CHECK(TaxId::check(S("DE123456789")).kind == Kind::ForeignVat);
    CHECK(TaxId::check(S("FR 40 303 265 045")).kind == Kind::ForeignVat);
    CHECK(TaxId::check(S("1234")).kind == Kind::Invalid);
    CHECK(TaxId::check(S("B-1234567@")).kind == Kind::Invalid);
    CHECK(TaxId::check(S("")).kind == Kind::Invalid);
}

TEST_CASE("an account's tax id is validated and stored normalized, the error names the field")
{
    test::TempDb t;
    RecordStore store(t.db());
    auto ok = store.create(S("account"), {{S("name"), S("Talleres Ruiz S.L.")}, {S("tax_id"), S("b-12345674")}});
    REQUIRE(ok.ok());
    CHECK(store.get(S("account"), ok.value()).value().value(S("tax_id")).toString() == S("B12345674"));
    auto bad = store.parseInput(S("account"), {{S("name"), S("X")}, {S("tax_id"), S("B12345675")}});
    REQUIRE(!bad.ok());
    INFO(bad.error().message.toStdString());
    CHECK(bad.error().message.contains(S("tax_id")));
    CHECK(bad.error().message.contains(S("control character")));
}

TEST_CASE("a disqualified lead needs a reason, whether set on create or on a later update")
{
    test::TempDb t;
    RecordStore store(t.db());
    auto refused = store.create(S("lead"), {{S("last_name"), S("Pérez")}, {S("status"), S("disqualified")}});
    REQUIRE(!refused.ok());
    CHECK(refused.error().message.contains(S("Disqualification reason")));
    auto id = store.create(S("lead"), {{S("last_name"), S("Pérez")}});
    REQUIRE(id.ok());
    CHECK(!store.update(S("lead"), id.value(), {{S("status"), S("disqualified")}}).ok());
    CHECK(store.get(S("lead"), id.value()).value().value(S("status")).toString() == S("new"));
    CHECK(store.update(S("lead"), id.value(), {{S("status"), S("disqualified")}, {S("disqualified_reason"), S("no_budget")}}).ok());
    // Clearing the reason while still disqualified is refused too.
    CHECK(!store.update(S("lead"), id.value(), {{S("disqualified_reason"), QVariant()}}).ok());
}

TEST_CASE("fields set by Trato are refused from users and accepted from services")
{
    test::TempDb t;
    RecordStore store(t.db());
    auto lead = store.create(S("lead"), {{S("last_name"), S("Pérez")}});
    REQUIRE(lead.ok());
    const QString now = S("2026-11-22T10:00:00Z");
    CHECK(!store.update(S("lead"), lead.value(), {{S("converted_at"), now}}).ok());
    CHECK(store.update(S("lead"), lead.value(), {{S("converted_at"), now}}, RecordStore::Access::System).ok());
    CHECK(store.get(S("lead"), lead.value()).value().value(S("converted_at")).toString() == now);
}

TEST_CASE("a transaction opened inside another is a savepoint: its rollback undoes only its writes")
{
    test::TempDb t;
    RecordStore store(t.db());
    QStringList changed;
    QObject::connect(&t.db(), &Database::recordsChanged, [&](const QString &entity) { changed << entity; });
    {
        Transaction outer(t.db());
        REQUIRE(outer.isActive());
        CHECK(!outer.isNested());
        REQUIRE(store.create(S("account"), {{S("name"), S("Kept")}}).ok()); // nests inside outer
        {
            Transaction inner(t.db());
            REQUIRE(inner.isActive());
            CHECK(inner.isNested());
            CHECK(inner.stamp().toString() == outer.stamp().toString());
            REQUIRE(store.create(S("account"), {{S("name"), S("Undone")}}).ok());
            inner.rollback();
        }
        CHECK(changed.isEmpty()); // nothing is announced before the outermost commit
        REQUIRE(outer.commit().ok());
    }
    CHECK(changed.contains(S("account")));
    ListQuery q;
    q.entity = S("account");
    auto rows = store.list(q);
    REQUIRE(rows.ok());
    REQUIRE(rows.value().size() == 1);
    CHECK(rows.value().at(0).value(S("name")).toString() == S("Kept"));

    // An outer rollback undoes what committed inner transactions wrote.
    {
        Transaction outer(t.db());
        REQUIRE(store.create(S("account"), {{S("name"), S("Gone")}}).ok());
        outer.rollback();
    }
    CHECK(store.count(q).value() == 1);
    // And a fresh transaction afterwards is a real one again.
    Transaction again(t.db());
    CHECK(!again.isNested());
}
