// SPDX-License-Identifier: GPL-3.0-or-later
// The product's Stock tab (levels per warehouse, movements newest first, Adjust… and Transfer… with
// clear refusals) and the insert-only stock movement list (no New, Delete or Import).
#include "uitestsupport.h"

#include "forms/recordview.h"
#include "inventory/inventoryviews.h"
#include "inventory/productstockview.h"
#include "inventory/stockledger.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "views/recordlistview.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

ProductStockView *stockTab(RecordView &view)
{
    for (RecordViewPart *p : view.parts())
        if (auto *t = qobject_cast<ProductStockView *>(p))
            return t;
    return nullptr;
}

qint64 count(Database &db, const QString &sql)
{
    auto q = Sql::exec(db.connection(), sql);
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    return q.value().value(0).toLongLong();
}
} // namespace

TEST_CASE_METHOD(UiFixture, "the product's Stock tab shows levels and movements, and adjusts and transfers", "[ui][stock]")
{
    registerInventoryViews();
    const QString product = addRecord(db(), S("product"), {{S("sku"), S("TOR-01")}, {S("name"), S("Tornillo de acero inoxidable")},
                                                           {S("unit"), S("unit")}});
    StockLedger ledger(db());
    const QString main = ledger.defaultWarehouse().value();
    const QString norte = addRecord(db(), S("warehouse"), {{S("name"), S("Almacén Norte")}});
    StockMove receipt;
    receipt.product = product;
    receipt.warehouse = main;
    receipt.kind = S("receipt");
    receipt.quantity = 20000;
    receipt.unitCost = 125;
    REQUIRE(ledger.post({receipt}).ok());
    REQUIRE(ledger.reserve(S("sales_order:P-7"), {{product, main, 5000}}).ok());

    RecordView view(db(), S("product"));
    view.resize(1000, 720);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(view.openRecord(product));
    auto *stock = stockTab(view);
    REQUIRE(stock);
    CHECK(view.tabs()->tabText(view.tabs()->indexOf(stock)) == S("Stock"));
    view.tabs()->setCurrentWidget(stock);
    REQUIRE(waitFor([&] { return !stock->isLoading() && stock->levelsTable()->rowCount() == 2; }));
    QTableWidget *levels = stock->levelsTable();
    CHECK(levels->item(0, 0)->text() == S("Main warehouse"));
    CHECK(levels->item(0, 1)->text() == S("20"));
    CHECK(levels->item(0, 2)->text() == S("5"));
    CHECK(levels->item(0, 3)->text() == S("15"));
    CHECK(levels->item(0, 4)->text().contains(S("1.25")));
    CHECK(levels->item(0, 5)->text().contains(S("25.00")));
    CHECK(stock->movementsTable()->rowCount() == 1);

    // Adjust…: a missing reason is refused in the dialog, which stays open; nothing is written.
    {
        StockMoveDialog dialog(db(), StockMoveDialog::Adjust, product, &view);
        dialog.show();
        dialog.quantityEdit()->setText(S("-2"));
        const qint64 before = count(db(), S("SELECT count(*) FROM stock_movement"));
        CHECK_FALSE(dialog.submit());
        CHECK(dialog.errorLabel()->isVisible());
        CHECK(dialog.errorLabel()->text().contains(S("reason")));
        CHECK(count(db(), S("SELECT count(*) FROM stock_movement")) == before);
        dialog.reasonEdit()->setText(S("Dos dañadas en el recuento"));
        screenshot(&dialog, S("ui-stock-adjust.png"));
        CHECK(dialog.submit());
    }
    // Transfer…: more than the source has is refused with the figures.
    {
        StockMoveDialog dialog(db(), StockMoveDialog::Transfer, product, &view);
        dialog.show();
        CHECK(dialog.toBox()->currentData().toString() == norte);
        dialog.quantityEdit()->setText(S("50"));
        CHECK_FALSE(dialog.submit());
        CHECK(dialog.errorLabel()->text().contains(S("has only 18")));
        screenshot(&dialog, S("ui-stock-transfer-refused.png"));
        dialog.quantityEdit()->setText(S("8"));
        CHECK(dialog.submit());
    }
    REQUIRE(waitFor([&] { return !stock->isLoading() && stock->movementsTable()->rowCount() == 4; }));
    CHECK(levels->item(0, 1)->text() == S("10"));
    CHECK(levels->item(1, 0)->text() == S("Almacén Norte"));
    CHECK(levels->item(1, 1)->text() == S("8"));
    // Newest first, with who and why.
    QTableWidget *moves = stock->movementsTable();
    CHECK(moves->item(3, 1)->text() == S("Receipt"));
    bool adjustmentShown = false;
    for (int r = 0; r < moves->rowCount(); ++r)
        adjustmentShown = adjustmentShown || moves->item(r, 5)->text() == S("Dos dañadas en el recuento");
    CHECK(adjustmentShown);
    screenshot(&view, S("ui-stock-tab.png"));
}

TEST_CASE_METHOD(UiFixture, "the stock movement list is insert-only: it lists and opens movements but offers no New or Delete", "[ui][stock]")
{
    const QString product = addRecord(db(), S("product"), {{S("sku"), S("LST-01")}, {S("name"), S("Listado")}});
    StockLedger ledger(db());
    REQUIRE(ledger.adjust(product, QString(), 3000, S("Alta inicial")).ok());

    RecordListView movements(db(), S("stock_movement"), RecordListView::Mode::Records);
    movements.resize(1000, 600);
    movements.show();
    REQUIRE(QTest::qWaitForWindowExposed(&movements));
    QStringList actions;
    for (QToolBar *bar : movements.findChildren<QToolBar *>())
        for (QAction *a : bar->actions())
            actions << a->text();
    CHECK(actions.contains(S("Open")));
    CHECK_FALSE(actions.contains(S("New")));
    CHECK_FALSE(actions.contains(S("Delete")));
    CHECK(movements.findChild<QWidget *>(S("moreButton")) == nullptr);
    movements.newRecord(); // Ctrl+N does nothing either
    movements.deleteSelected();
    CHECK(count(db(), S("SELECT count(*) FROM stock_movement WHERE deleted = 0")) == 1);

    // An ordinary entity keeps them.
    RecordListView products(db(), S("product"), RecordListView::Mode::Records);
    QStringList productActions;
    for (QToolBar *bar : products.findChildren<QToolBar *>())
        for (QAction *a : bar->actions())
            productActions << a->text();
    CHECK(productActions.contains(S("New")));
    screenshot(&movements, S("ui-stock-movements-list.png"));
}
