// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog in the GUI (issue 5): the product's Options tab and the Configure… dialog.
#include "uitestsupport.h"

#include "forms/recordview.h"
#include "inventory/configuration.h"
#include "inventory/configuredialog.h"
#include "inventory/inventoryviews.h"
#include "inventory/productoptionsview.h"
#include "store/recordstore.h"
#include "store/sqlite.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

QString car(Database &db)
{
    const QString id = addRecord(db, S("product"), {{S("sku"), S("CAR-GT")}, {S("name"), S("Berlina GT")}, {S("unit_price"), S("25000")}});
    REQUIRE(Configuration::addGroup(db, id, S("Color"), true).ok());
    REQUIRE(Configuration::addGroup(db, id, S("Interior"), true).ok());
    REQUIRE(Configuration::addGroup(db, id, S("Gearbox"), false).ok());
    REQUIRE(Configuration::addOption(db, id, S("Color"), S("Rojo Pasión"), S("R"), 45000, false).ok());
    REQUIRE(Configuration::addOption(db, id, S("Color"), S("Blanco Nieve"), S("W"), 0, false).ok());
    REQUIRE(Configuration::addOption(db, id, S("Interior"), S("Tela"), S("F"), 0, true).ok());
    REQUIRE(Configuration::addOption(db, id, S("Interior"), S("Cuero"), S("L"), 180000, false).ok());
    REQUIRE(Configuration::addOption(db, id, S("Gearbox"), S("Automático"), S("A"), 150000, false).ok());
    REQUIRE(Configuration::addIncompatibility(db, id, S("Rojo Pasión"), S("Cuero")).ok());
    return id;
}

void choose(QComboBox *combo, const QString &text)
{
    REQUIRE(combo);
    const int i = combo->findText(text, Qt::MatchStartsWith);
    REQUIRE(i >= 0);
    combo->setCurrentIndex(i);
}
} // namespace

TEST_CASE_METHOD(UiFixture, "the Configure dialog shows live price and SKU and keeps OK disabled for an incompatible pair", "[ui][inventory]")
{
    const QString id = car(db());
    ConfigureDialog dialog(db(), id);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    // Color is required and has no default: not valid yet.
    CHECK_FALSE(ok->isEnabled());
    CHECK(dialog.problem().contains(S("Color")));
    choose(dialog.comboFor(S("Color")), S("Rojo Pasión"));
    CHECK(ok->isEnabled());
    CHECK(dialog.findChild<QLabel *>(S("configuredSku"))->text() == S("CAR-GT-R-F"));
    CHECK(dialog.findChild<QLabel *>(S("configuredPrice"))->text() == S("25450.00"));
    choose(dialog.comboFor(S("Interior")), S("Cuero"));
    CHECK_FALSE(ok->isEnabled());
    CHECK(dialog.problem().contains(S("Rojo Pasión")));
    CHECK(dialog.problem().contains(S("Cuero")));
    dialog.resize(520, 300);
    dialog.show();
    screenshot(&dialog, S("configure-dialog-incompatible"));
    choose(dialog.comboFor(S("Color")), S("Blanco Nieve"));
    choose(dialog.comboFor(S("Gearbox")), S("Automático"));
    CHECK(ok->isEnabled());
    CHECK(dialog.result().price == 2500000 + 180000 + 150000);
    CHECK(dialog.result().text == S("Color: Blanco Nieve; Interior: Cuero; Gearbox: Automático"));
    screenshot(&dialog, S("configure-dialog-valid"));
    // The JSON it returns reads back to the same configuration, and starts a new dialog there.
    const QString json = dialog.configuration();
    auto back = Configuration::fromJson(db(), json);
    REQUIRE(back.ok());
    CHECK(back.value().sku == S("CAR-GT-W-L-A"));
    ConfigureDialog again(db(), id, json);
    CHECK(again.isValid());
    CHECK(again.comboFor(S("Interior"))->currentText() == S("Cuero  (+1800.00)"));
}

TEST_CASE_METHOD(UiFixture, "the product view has an Options tab that edits groups, options and incompatible pairs", "[ui][inventory]")
{
    registerInventoryViews();
    const QString id = car(db());
    RecordView view(db(), S("product"));
    REQUIRE(view.openRecord(id));
    ProductOptionsView *tab = nullptr;
    bool configure = false;
    for (RecordViewPart *p : view.parts()) {
        if (auto *t = qobject_cast<ProductOptionsView *>(p))
            tab = t;
        if (qobject_cast<ConfigureButton *>(p))
            configure = true;
    }
    REQUIRE(tab);
    CHECK(configure);
    CHECK(tab->tree()->topLevelItemCount() == 3);
    CHECK(tab->tree()->topLevelItem(0)->childCount() == 2);
    CHECK(tab->incompatibilities()->count() == 1);
    QStringList messages;
    QObject::connect(tab, &RecordViewPart::message, [&](const QString &m) { messages << m; });

    CHECK(tab->addGroup(S("Techo"), false));
    CHECK(tab->addOption(S("Techo"), S("Solar"), S("S"), 90000, true));
    CHECK(tab->tree()->topLevelItemCount() == 4);
    CHECK(tab->tree()->topLevelItem(3)->child(0)->text(2) == S("900.00"));
    // A refused edit reports why and changes nothing.
    auto count = [&] {
        auto q = Sql::exec(db().connection(), S("SELECT count(*) FROM product_option WHERE deleted = 0"));
        REQUIRE(q.ok());
        REQUIRE(q.value().next());
        return q.value().value(0).toLongLong();
    };
    const qint64 before = count();
    CHECK_FALSE(tab->addOption(S("Techo"), S("solar"), QString(), 0, false));
    CHECK(messages.last().contains(S("already has an option")));
    CHECK(count() == before);
    CHECK(tab->addIncompatibility(S("Blanco Nieve"), S("Automático")));
    CHECK(tab->incompatibilities()->count() == 2);
    // Rename and delete the selected option.
    tab->tree()->setCurrentItem(tab->tree()->topLevelItem(3)->child(0));
    CHECK(tab->renameSelected(S("Techo solar")));
    CHECK(tab->tree()->topLevelItem(3)->child(0)->text(0) == S("Techo solar"));
    tab->tree()->setCurrentItem(tab->tree()->topLevelItem(3)->child(0));
    CHECK(tab->deleteSelected());
    CHECK(tab->tree()->topLevelItem(3)->childCount() == 0);
    tab->tree()->setCurrentItem(tab->tree()->topLevelItem(3));
    CHECK(tab->toggleRequired());
    CHECK(tab->tree()->topLevelItem(3)->text(4) == S("Yes"));
    view.resize(1000, 720);
    view.show();
    tab->resize(900, 500);
    tab->show();
    screenshot(tab, S("product-options-tab"));
}
