// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "dedupe/mergeservice.h"
#include "marketing/leadconversion.h"
#include "store/customfields.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "store/transaction.h"

#include <QSqlRecord>

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

QVariant field(RecordStore &store, const char *entity, const QString &id, const char *name)
{
    return store.get(s(entity), id).value().value(s(name));
}

// Every row of every table that a merge or conversion writes, as text: equal before and after a
// refused operation proves nothing was written.
QString snapshot(Database &db)
{
    QString out;
    for (const char *table : {"account", "contact", "lead", "campaign_member", "change_log", "bulk_operation"}) {
        auto q = Sql::exec(db.connection(), QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(s(table)));
        REQUIRE(q.ok());
        while (q.value().next())
            for (int i = 0; i < q.value().record().count(); ++i)
                out += q.value().value(i).toString() + QLatin1Char('|');
        out += QLatin1Char('\n');
    }
    return out;
}
} // namespace

TEST_CASE("merging accounts re-points their contacts and custom relations, trashes the others, records history")
{
    test::TempDb t;
    RecordStore store(t.db());
    Field link;
    link.label = s("Supplier");
    link.type = FieldType::Relation;
    link.relationTarget = s("account");
    REQUIRE(CustomFields::add(t.db(), s("lead"), link).ok());

    const QString keep = create(store, "account", {{s("name"), s("Hierros Ruiz S.L.")}, {s("city"), s("Zaragoza")}});
    const QString other = create(store, "account", {{s("name"), s("HIERROS RUIZ")}, {s("phone"), s("976 11 22 33")},
                                                     {s("city"), s("Huesca")}, {s("parent"), keep}});
    const QString third = create(store, "account", {{s("name"), s("Hierros Ruiz SL")}});
    const QString child = create(store, "account", {{s("name"), s("Filial")}, {s("parent"), third}});
    const QString c1 = create(store, "contact", {{s("last_name"), s("Uno")}, {s("account"), other}});
    const QString c2 = create(store, "contact", {{s("last_name"), s("Dos")}, {s("account"), third}});
    const QString c3 = create(store, "contact", {{s("last_name"), s("Tres")}, {s("account"), keep}});
    const QString lead = create(store, "lead", {{s("last_name"), s("Pista")}, {s("supplier"), other}});
    REQUIRE(store.remove(s("contact"), c2).ok()); // in the Trash: still re-pointed, so restoring it is consistent

    MergeService merger(t.db());
    auto preview = merger.preview(s("account"), keep, {other, third});
    REQUIRE(preview.ok());
    CHECK(preview.value().records.size() == 3);
    CHECK(preview.value().differingFields.contains(s("name")));
    CHECK(preview.value().differingFields.contains(s("city")));
    CHECK(!preview.value().differingFields.contains(s("industry")));
    CHECK(!preview.value().differingFields.contains(s("created_at")));

    auto r = merger.merge(s("account"), keep, {other, third}, {{s("phone"), other}, {s("city"), keep}});
    INFO((r ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    CHECK(r.value().merged == 2);
    CHECK(field(store, "account", keep, "phone").toString() == s("976 11 22 33"));
    CHECK(field(store, "account", keep, "city").toString() == s("Zaragoza"));
    CHECK(field(store, "account", keep, "name").toString() == s("Hierros Ruiz S.L."));
    CHECK(field(store, "account", keep, "parent").isNull()); // would have pointed at itself
    CHECK(field(store, "contact", c1, "account").toString() == keep);
    CHECK(field(store, "contact", c2, "account").toString() == keep);
    CHECK(field(store, "contact", c3, "account").toString() == keep);
    CHECK(field(store, "account", child, "parent").toString() == keep);
    CHECK(field(store, "lead", lead, "supplier").toString() == keep);   // custom relation field
    CHECK(field(store, "account", other, "deleted").toBool());
    CHECK(field(store, "account", third, "deleted").toBool());

    auto history = store.history(s("account"), keep);
    REQUIRE(history.ok());
    bool merged = false;
    for (const auto &h : history.value())
        if (h.op == s("event") && h.field == s("merge"))
            merged = h.note.contains(other) && h.note.contains(third) && h.note.contains(s("HIERROS RUIZ"));
    CHECK(merged);
    CHECK(history.value().last().op == s("event")); // newest last, after the field changes
    bool into = false;
    const auto otherHistory = store.history(s("account"), other);
    for (const auto &h : otherHistory.value())
        into = into || (h.op == s("event") && h.field == s("merged_into") && h.note.contains(keep));
    CHECK(into);
    // Undo: the merged records come back from the Trash.
    REQUIRE(store.restore(s("account"), other).ok());
}

TEST_CASE("a merge is refused across entities, with itself, with records in the Trash, and writes nothing")
{
    test::TempDb t;
    RecordStore store(t.db());
    const QString a = create(store, "contact", {{s("last_name"), s("A")}});
    const QString b = create(store, "contact", {{s("last_name"), s("B")}});
    const QString acc = create(store, "account", {{s("name"), s("X")}});
    const QString gone = create(store, "contact", {{s("last_name"), s("C")}});
    REQUIRE(store.remove(s("contact"), gone).ok());
    MergeService merger(t.db());
    const QString before = snapshot(t.db());
    CHECK(merger.merge(s("contact"), a, {a}).error().kind == Error::BadInput);
    CHECK(merger.merge(s("contact"), a, {b, b}).error().kind == Error::BadInput);
    CHECK(merger.merge(s("contact"), a, {}).error().kind == Error::BadInput);
    CHECK(merger.merge(s("contact"), a, {acc}).error().kind == Error::NotFound); // an account is not a contact
    CHECK(merger.merge(s("contact"), a, {gone}).error().kind == Error::BadInput);
    CHECK(merger.merge(s("contact"), gone, {a}).error().kind == Error::BadInput);
    CHECK(merger.merge(s("contact"), a, {b}, {{s("nope"), b}}).error().kind == Error::BadInput);
    CHECK(merger.merge(s("contact"), a, {b}, {{s("created_at"), b}}).error().kind == Error::BadInput);
    CHECK(merger.merge(s("contact"), a, {b}, {{s("email"), acc}}).error().kind == Error::BadInput);
    CHECK(merger.merge(s("nope"), a, {b}).error().kind == Error::BadInput);
    CHECK(snapshot(t.db()) == before);
}

TEST_CASE("a merge that fails half-way rolls back completely")
{
    test::TempDb t;
    RecordStore store(t.db());
    const QString keep = create(store, "account", {{s("name"), s("Keep")}});
    const QString other = create(store, "account", {{s("name"), s("Other")}, {s("phone"), s("600112233")}});
    const QString contact = create(store, "contact", {{s("last_name"), s("Uno")}, {s("account"), other}});
    // Moving the other account to the Trash (the last step) fails.
    REQUIRE(Sql::execScript(t.db().connection(),
                            s("CREATE TRIGGER test_fail BEFORE UPDATE OF deleted ON account WHEN NEW.deleted = 1 "
                              "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END;")).ok());
    const QString before = snapshot(t.db());
    auto r = MergeService(t.db()).merge(s("account"), keep, {other}, {{s("phone"), other}});
    REQUIRE(!r.ok());
    CHECK(r.error().message.contains(s("disk on fire")));
    CHECK(snapshot(t.db()) == before);
    CHECK(field(store, "contact", contact, "account").toString() == other);
    CHECK(field(store, "account", keep, "phone").isNull());
}

TEST_CASE("a lead converts into an account and a contact, with its campaign memberships, once")
{
    test::TempDb t;
    RecordStore store(t.db());
    const QString campaign = create(store, "campaign", {{s("name"), s("Feria 2026")}});
    const QString lead = create(store, "lead", {{s("salutation"), s("ms")}, {s("first_name"), s("Lucía")},
                                                 {s("last_name"), s("Martín")}, {s("company"), s("Frutas Martín S.L.")},
                                                 {s("title"), s("Gerente")}, {s("email"), s("lucia@frutasmartin.es")},
                                                 {s("phone"), s("976 000 111")}, {s("mobile"), s("600 222 333")},
                                                 {s("website"), s("https://frutasmartin.es")}, {s("city"), s("Teruel")},
                                                 {s("source"), s("event")}, {s("description"), s("Wants a quote")},
                                                 {s("status"), s("qualified")}, {s("campaign"), campaign}});
    const QString member = create(store, "campaign_member", {{s("campaign"), campaign}, {s("lead"), lead}, {s("status"), s("responded")}});

    LeadConversion conversion(t.db());
    auto r = conversion.convert(lead);
    INFO((r ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    CHECK(r.value().accountCreated);
    CHECK(r.value().contactCreated);
    CHECK(r.value().campaignMembers == 1);
    const auto account = store.get(s("account"), r.value().accountId).value();
    CHECK(account.value(s("name")).toString() == s("Frutas Martín S.L."));
    CHECK(account.value(s("website")).toString() == s("https://frutasmartin.es"));
    CHECK(account.value(s("phone")).toString() == s("976 000 111"));
    CHECK(account.value(s("city")).toString() == s("Teruel"));
    const auto contact = store.get(s("contact"), r.value().contactId).value();
    CHECK(contact.value(s("salutation")).toString() == s("ms"));
    CHECK(contact.value(s("first_name")).toString() == s("Lucía"));
    CHECK(contact.value(s("title")).toString() == s("Gerente"));
    CHECK(contact.value(s("email")).toString() == s("lucia@frutasmartin.es"));
    CHECK(contact.value(s("mobile")).toString() == s("600 222 333"));
    CHECK(contact.value(s("lead_source")).toString() == s("event"));
    CHECK(contact.value(s("description")).toString() == s("Wants a quote"));
    CHECK(contact.value(s("account")).toString() == r.value().accountId);
    const auto after = store.get(s("lead"), lead).value();
    CHECK(after.value(s("status")).toString() == s("converted"));
    CHECK(after.value(s("converted_account")).toString() == r.value().accountId);
    CHECK(after.value(s("converted_contact")).toString() == r.value().contactId);
    CHECK(!after.value(s("converted_at")).toString().isEmpty());
    CHECK(!after.value(s("deleted")).toBool());
    CHECK(field(store, "campaign_member", member, "lead").toString() == lead);
    CHECK(field(store, "campaign_member", member, "contact").isNull());
    CHECK(field(store, "campaign_member", member, "status").toString() == s("converted"));
    bool fromLead = false;
    const auto contactHistory = store.history(s("contact"), r.value().contactId);
    for (const auto &h : contactHistory.value())
        fromLead = fromLead || (h.op == s("event") && h.field == s("converted_from") && h.note.contains(lead));
    CHECK(fromLead);

    const QString before = snapshot(t.db());
    auto again = conversion.convert(lead);
    CHECK(again.error().kind == Error::BadInput);
    CHECK(again.error().message.contains(s("already converted")));
    CHECK(snapshot(t.db()) == before);
}

TEST_CASE("a lead converts onto existing records, refusals and a failing step write nothing")
{
    test::TempDb t;
    RecordStore store(t.db());
    const QString account = create(store, "account", {{s("name"), s("Existente S.A.")}});
    const QString contact = create(store, "contact", {{s("last_name"), s("Existente")}});
    const QString l1 = create(store, "lead", {{s("last_name"), s("Uno")}, {s("company"), s("Nueva")}});
    const QString l2 = create(store, "lead", {{s("last_name"), s("Dos")}, {s("company"), s("Nueva")}});
    const QString l3 = create(store, "lead", {{s("last_name"), s("Tres")}, {s("status"), s("disqualified")},
                                               {s("disqualified_reason"), s("no_budget")}});
    const QString l4 = create(store, "lead", {{s("last_name"), s("Cuatro")}, {s("company"), s("Sola")}});
    LeadConversion conversion(t.db());

    LeadConversionOptions link;
    link.accountId = account;
    link.contactId = contact;
    auto r = conversion.convert(l1, link);
    REQUIRE(r.ok());
    CHECK(!r.value().accountCreated);
    CHECK(!r.value().contactCreated);
    CHECK(field(store, "contact", contact, "account").toString() == account); // it had none
    CHECK(field(store, "lead", l1, "converted_contact").toString() == contact);

    LeadConversionOptions noAccount;
    noAccount.createAccount = false;
    auto r2 = conversion.convert(l2, noAccount);
    REQUIRE(r2.ok());
    CHECK(r2.value().accountId.isEmpty());
    CHECK(field(store, "contact", r2.value().contactId, "account").isNull());
    CHECK(field(store, "lead", l2, "converted_account").isNull());

    const QString before = snapshot(t.db());
    auto disq = conversion.convert(l3);
    CHECK(disq.error().kind == Error::BadInput);
    CHECK(disq.error().message.contains(s("requalify")));
    LeadConversionOptions missing;
    missing.accountId = s("no-such-id");
    CHECK(conversion.convert(l4, missing).error().kind == Error::NotFound);
    CHECK(conversion.convert(s("no-such-lead")).error().kind == Error::NotFound);
    LeadConversion::addStep(s("test"), [](Database &, Transaction &, const Record &, LeadConversionResult &) -> Status {
        return Error::failure(s("the opportunity could not be made"));
    });
    auto failed = conversion.convert(l4);
    LeadConversion::removeStep(s("test"));
    REQUIRE(!failed.ok());
    CHECK(failed.error().message.contains(s("opportunity")));
    CHECK(snapshot(t.db()) == before);
    REQUIRE(conversion.convert(l4).ok()); // the step is gone
}
