// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "metadata/registry.h"
#include "models/recordlistmodel.h"
#include "search/globalsearch.h"
#include "store/customfields.h"
#include "store/recordstore.h"

#include <QSignalSpy>
#include "util/background.h"
#include <catch2/catch.hpp>

using namespace trato;

TEST_CASE("a custom field is added without a restart and shows everywhere")
{
    test::TempDb t;
    RecordStore store(t.db());
    auto id = store.create(QStringLiteral("contact"), {{QStringLiteral("last_name"), QStringLiteral("Iglesias")}});
    REQUIRE(id.ok());

    QSignalSpy changed(t.db().registry(), &Registry::entityChanged);
    Field f;
    f.label = QStringLiteral("Código de socio");
    f.type = FieldType::Text;
    f.show = Field::InForm | Field::InList | Field::InSearch | Field::InImport;
    const Status added = CustomFields::add(t.db(), QStringLiteral("contact"), f);
    INFO(added.error().message.toStdString());
    REQUIRE(added.ok());
    CHECK(changed.count() == 1);
    const Field *cf = t.db().registry()->entity(QStringLiteral("contact"))->field(QStringLiteral("codigo_de_socio"));
    REQUIRE(cf);
    CHECK(cf->custom);

    // Forms/CLI: accepted by the store; history captures it; search finds it.
    auto in = store.parseInput(QStringLiteral("contact"), {{QStringLiteral("codigo_de_socio"), QStringLiteral("SOC-7781")}});
    REQUIRE(in.ok());
    REQUIRE(store.update(QStringLiteral("contact"), id.value(), in.value()).ok());
    auto h = store.history(QStringLiteral("contact"), id.value());
    REQUIRE(h.ok());
    CHECK(h.value().last().field == QStringLiteral("codigo_de_socio"));
    auto hits = GlobalSearch(t.db()).search(QStringLiteral("soc-7781"));
    REQUIRE(hits.ok());
    REQUIRE(hits.value().size() == 1);
    CHECK(hits.value().first().id == id.value());

    // Lists pick the new column up.
    {
        RecordListModel model(t.db(), QStringLiteral("contact"));
        CHECK(model.visibleFields().contains(QStringLiteral("codigo_de_socio")));
    }
    waitForBackgroundWork(); // the model's count runs on a worker

    // It survives reopening, and can be removed again.
    t.reopen();
    REQUIRE(t.db().registry()->entity(QStringLiteral("contact"))->field(QStringLiteral("codigo_de_socio")));
    REQUIRE(CustomFields::remove(t.db(), QStringLiteral("contact"), QStringLiteral("codigo_de_socio")).ok());
    CHECK(!t.db().registry()->entity(QStringLiteral("contact"))->field(QStringLiteral("codigo_de_socio")));
    RecordStore again(t.db());
    CHECK(again.get(QStringLiteral("contact"), id.value()).ok());
    CHECK(again.update(QStringLiteral("contact"), id.value(), {{QStringLiteral("city"), QStringLiteral("Ourense")}}).ok());
}

TEST_CASE("custom fields with bad definitions are refused and change nothing")
{
    test::TempDb t;
    Field clash;
    clash.name = QStringLiteral("email");
    CHECK(!CustomFields::add(t.db(), QStringLiteral("contact"), clash).ok());
    Field reserved;
    reserved.name = QStringLiteral("deleted");
    CHECK(!CustomFields::add(t.db(), QStringLiteral("contact"), reserved).ok());
    Field badName;
    badName.name = QStringLiteral("Robert'); DROP TABLE contact;--");
    CHECK(!CustomFields::add(t.db(), QStringLiteral("contact"), badName).ok());
    Field emptyPick;
    emptyPick.name = QStringLiteral("size");
    emptyPick.type = FieldType::Picklist;
    CHECK(!CustomFields::add(t.db(), QStringLiteral("contact"), emptyPick).ok());
    Field badTarget;
    badTarget.name = QStringLiteral("link");
    badTarget.type = FieldType::Relation;
    badTarget.relationTarget = QStringLiteral("nothing");
    CHECK(!CustomFields::add(t.db(), QStringLiteral("contact"), badTarget).ok());
    CHECK(!CustomFields::add(t.db(), QStringLiteral("nope"), Field()).ok());
    CHECK(!CustomFields::remove(t.db(), QStringLiteral("contact"), QStringLiteral("email")).ok()); // built-in
    CHECK(CustomFields::nameFromLabel(QStringLiteral("  Nº de pedido (SAP) ")) == QStringLiteral("n_de_pedido_sap"));
}
