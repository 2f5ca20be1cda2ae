// SPDX-License-Identifier: GPL-3.0-or-later
// Purchasing in the GUI: a purchase order's Lines tab and actions, the Receive dialog (prefilled,
// refusals shown, nothing written), and Inventario's Reorder page (read on a worker, draft orders).
#include "uitestsupport.h"

#include "inventory/inventoryviews.h"
#include "inventory/purchasing.h"
#include "inventory/purchasingviews.h"
#include "inventory/stockledger.h"
#include "store/recordstore.h"
#include "util/background.h"
#include "store/sqlite.h"
#include "views/moduleviewextensions.h"
#include "views/recordlistview.h"
#include "models/recordlistmodel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

qint64 scalar(Database &db, const QString &sql, const QVariantList &params = {})
{
    auto q = Sql::exec(db.connection(), sql, params);
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    return q.value().value(0).toLongLong();
}
} // namespace

TEST_CASE_METHOD(UiFixture, "a purchase order's lines are edited in draft, ordered and received in part through the dialog",
                 "[ui][purchasing]")
{
    const QString acme = addRecord(db(), S("vendor"), {{S("name"), S("Suministros Acme")}});
    const QString tor = addRecord(db(), S("product"), {{S("sku"), S("TOR-01")}, {S("name"), S("Tornillo de acero")}, {S("unit"), S("unit")},
                                                       {S("cost"), S("1.25")}});
    addRecord(db(), S("product"), {{S("sku"), S("HAR-25")}, {S("name"), S("Harina de fuerza")}, {S("unit"), S("kg")}, {S("cost"), S("3.33")}});
    auto po = Purchasing(db()).createOrder(acme);
    REQUIRE(po.ok());

    PurchaseLinesTab tab(db());
    PurchaseOrderActions actions(db());
    tab.resize(900, 380);
    tab.setRecordId(po.value());
    actions.setRecordId(po.value());
    auto *table = tab.findChild<QTableWidget *>(S("purchaseLinesTable"));
    auto *add = tab.findChild<QPushButton *>(S("addLineButton"));
    REQUIRE(table);
    REQUIRE(add->isEnabled());
    typeText(tab.findChild<QLineEdit *>(S("lineProduct")), S("TOR-01"));
    typeText(tab.findChild<QLineEdit *>(S("lineQuantity")), S("100"));
    QTest::mouseClick(add, Qt::LeftButton);
    typeText(tab.findChild<QLineEdit *>(S("lineProduct")), S("HAR-25"));
    typeText(tab.findChild<QLineEdit *>(S("lineQuantity")), S("2.5"));
    typeText(tab.findChild<QLineEdit *>(S("lineCost")), S("4.01"));
    QTest::mouseClick(add, Qt::LeftButton);
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(1, 6)->text().contains(S("10.03")));
    // A fractional quantity of a product counted in units is refused in the tab.
    typeText(tab.findChild<QLineEdit *>(S("lineProduct")), S("TOR-01"));
    typeText(tab.findChild<QLineEdit *>(S("lineQuantity")), S("1.5"));
    QTest::mouseClick(add, Qt::LeftButton);
    CHECK(table->rowCount() == 2);
    // Editing a quantity in place changes the line and the total.
    table->item(0, 3)->setText(S("80"));
    CHECK(scalar(db(), S("SELECT quantity FROM purchase_order_line WHERE product = ?"), {tor}) == 80000);
    CHECK(scalar(db(), S("SELECT total FROM purchase_order WHERE id = ?"), {po.value()}) == 10000 + 1003);
    CHECK(tab.findChild<QLabel *>(S("purchaseTotal"))->text().contains(S("110.03")));
    screenshot(&tab, S("purchase_lines_draft"));

    auto *order = actions.findChild<QPushButton *>(S("orderPurchaseButton"));
    auto *receive = actions.findChild<QPushButton *>(S("receivePurchaseButton"));
    CHECK_FALSE(receive->isEnabled());
    QTest::mouseClick(order, Qt::LeftButton);
    CHECK(Purchasing(db()).load(po.value()).value().status == S("ordered"));
    tab.reload();
    CHECK_FALSE(add->isEnabled());          // lines frozen once ordered
    CHECK(receive->isEnabled());
    CHECK_FALSE(order->isEnabled());

    ReceiveDialog dialog(db(), po.value());
    auto *rt = dialog.table();
    REQUIRE(rt->rowCount() == 2);
    CHECK(rt->item(0, 4)->text() == S("80"));      // prefilled with what is outstanding
    CHECK(rt->item(1, 4)->text() == S("2.5"));
    // Too much: refused in the dialog, nothing written.
    const qint64 movements = scalar(db(), S("SELECT count(*) FROM stock_movement"));
    rt->item(0, 4)->setText(S("81"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorLabel()->text().contains(S("still outstanding")));
    CHECK(scalar(db(), S("SELECT count(*) FROM stock_movement")) == movements);
    dialog.show();
    screenshot(&dialog, S("purchase_receive_refused"));
    // Part of it: 30 screws, no flour.
    rt->item(0, 4)->setText(S("30"));
    rt->item(1, 4)->setText(QString());
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(StockLedger(db()).level(tor).value().onHand == 30000);
    CHECK(Purchasing(db()).load(po.value()).value().status == S("partially_received"));
    actions.refresh();
    CHECK_FALSE(actions.findChild<QPushButton *>(S("cancelPurchaseButton"))->isEnabled());
}

TEST_CASE_METHOD(UiFixture, "the Reorder page lists low stock from a worker and drafts orders per vendor", "[ui][purchasing]")
{
    registerInventoryViews();
    bool registered = false;
    // Reports and the Reorder page come after the lists: Inventario opens on its products.
    for (const auto &factory : ModuleViewExtensions::pages(Module::Inventory, ModuleViewExtensions::Placement::AfterLists)) {
        QWidget *w = factory(db());
        registered |= w->objectName() == S("reorderPage");
        delete w;
    }
    CHECK(registered);
    waitForBackgroundWork();

    addRecord(db(), S("vendor"), {{S("name"), S("Acme")}});
    addRecord(db(), S("product"), {{S("sku"), S("A-1")}, {S("name"), S("Alfa")}, {S("vendor"), S("Acme")}, {S("reorder_level"), S("5")},
                                   {S("cost"), S("2")}});
    addRecord(db(), S("product"), {{S("sku"), S("B-2")}, {S("name"), S("Bravo sin proveedor")}, {S("reorder_level"), S("1")}});
    ReorderPage page(db());
    page.resize(900, 400);
    auto *table = page.findChild<QTableWidget *>(S("reorderTable"));
    REQUIRE(waitFor([&] { return table->rowCount() == 2; }));
    screenshot(&page, S("reorder_page"));
    QSignalSpy refreshed(&page, &ReorderPage::refreshed);
    QTest::mouseClick(page.findChild<QPushButton *>(S("draftOrdersButton")), Qt::LeftButton);
    const QString result = page.findChild<QLabel *>(S("reorderResult"))->text();
    CHECK(result.contains(S("1 purchase order")));
    CHECK(result.contains(S("Bravo sin proveedor")));
    CHECK(scalar(db(), S("SELECT count(*) FROM purchase_order WHERE status = 'draft'")) == 1);
    REQUIRE(waitFor([&] { return refreshed.count() > 0; }));
    screenshot(&page, S("reorder_page_drafted"));
}

TEST_CASE_METHOD(UiFixture, "products at or below their reorder level are marked in the product list and keep their figure", "[ui][purchasing]")
{
    const QString low = addRecord(db(), S("product"), {{S("sku"), S("LOW-1")}, {S("name"), S("Bajo mínimos")}, {S("reorder_level"), S("5")}});
    const QString ok = addRecord(db(), S("product"), {{S("sku"), S("OK-1")}, {S("name"), S("Bien surtido")}, {S("reorder_level"), S("5")}});
    addRecord(db(), S("product"), {{S("sku"), S("NONE-1")}, {S("name"), S("Sin nivel")}});
    StockLedger ledger(db());
    REQUIRE(ledger.adjust(low, QString(), 3000, S("Recuento inicial")).ok());
    REQUIRE(ledger.adjust(ok, QString(), 9000, S("Recuento inicial")).ok());

    RecordListView list(db(), S("product"), RecordListView::Mode::Records);
    RecordListModel *model = list.model();
    REQUIRE(waitFor([&] { return model->rowCount() == 3; }));
    const int onHand = int(model->visibleFields().indexOf(S("on_hand")));
    REQUIRE(onHand >= 0);
    int flagged = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString id = model->data(model->index(row, 0), RecordListModel::IdRole).toString();
        const QString flag = model->data(model->index(row, 0), RecordListModel::FlagRole).toString();
        if (id == low) {
            CHECK(flag == S("Reorder"));
            CHECK(model->data(model->index(row, onHand), Qt::DisplayRole).toString() == S("3"));
            CHECK(model->data(model->index(row, onHand), Qt::ToolTipRole).toString().contains(S("reorder level")));
            ++flagged;
        } else {
            CHECK(flag.isEmpty()); // above its level, or no level at all
        }
    }
    CHECK(flagged == 1);

    // Received stock lifts the mark.
    REQUIRE(ledger.adjust(low, QString(), 10000, S("Llegó mercancía")).ok());
    REQUIRE(waitFor([&] {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->data(model->index(row, 0), RecordListModel::IdRole).toString() == low)
                return model->data(model->index(row, 0), RecordListModel::FlagRole).toString().isEmpty();
        return false;
    }));
}
