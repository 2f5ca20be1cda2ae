// SPDX-License-Identifier: GPL-3.0-or-later
// The Lines tab of sales documents (completion, in-place edits and refusals, Configure…, read-only
// issued invoices) and the Purchases tab of accounts and contacts, on salesfixture.h's dataset.
#include "uitestsupport.h"
#include "salesfixture.h"

#include "forms/recordview.h"
#include "inventory/configuration.h"
#include "inventory/configuredialog.h"
#include "sales/linesview.h"
#include "sales/purchasehistoryview.h"
#include "sales/salesviews.h"
#include "store/recordstore.h"
#include "store/sqlite.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QInputDialog>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;
using trato::test::SalesFixture;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

template <typename T> T *part(RecordView &view)
{
    for (RecordViewPart *p : view.parts())
        if (auto *t = qobject_cast<T *>(p))
            return t;
    return nullptr;
}

QString lineConfiguration(Database &db, const QString &line)
{
    auto q = Sql::exec(db.connection(), S("SELECT configuration FROM sales_line WHERE id = ?"), {line});
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    return q.value().value(0).toString();
}
} // namespace

TEST_CASE_METHOD(UiFixture, "the Lines tab adds a product through the completer, edits a quantity and the total follows", "[ui][sales]")
{
    registerSalesViews();
    SalesFixture f(db());
    RecordView view(db(), S("quote"));
    view.resize(1100, 700);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(view.openRecord(f.quote1));
    auto *lines = part<LinesView>(view);
    REQUIRE(lines);
    CHECK(view.tabs()->tabText(view.tabs()->indexOf(lines)) == S("Lines"));
    view.tabs()->setCurrentWidget(lines);
    REQUIRE(lines->table()->rowCount() == 1);
    CHECK_FALSE(lines->isReadOnly());
    CHECK(lines->totalLabel()->text().contains(S("217.78")));

    // Type part of a name: the completion (read on a worker) offers the product; choosing it adds the line.
    view.activateWindow();
    lines->searchEdit()->setFocus();
    QSignalSpy ready(lines, &LinesView::completionsReady);
    typeText(lines->searchEdit(), S("torni"));
    REQUIRE(waitFor([&] { return lines->completionCount() == 1; }));
    QAbstractItemView *popup = lines->completer()->popup();
    REQUIRE(waitFor([&] { return popup->isVisible(); }));
    CHECK(popup->model()->index(0, 0).data().toString() == S("TOR-10 — Tornillo"));
    popup->setCurrentIndex(popup->model()->index(0, 0));
    QTest::keyClick(popup, Qt::Key_Return);
    INFO("search: " << lines->searchEdit()->text().toStdString() << " error: " << lines->errorLabel()->text().toStdString());
    REQUIRE(waitFor([&] { return lines->table()->rowCount() == 2; }));
    CHECK(lines->table()->item(1, LinesView::ItemColumn)->text() == S("TOR-10 — Tornillo"));
    CHECK(waitFor([&] { return lines->searchEdit()->text().isEmpty(); })); // ready for the next item
    CHECK(lines->table()->item(1, LinesView::PriceColumn)->text() == S("2.50"));
    CHECK(lines->table()->item(1, LinesView::PositionColumn)->text() == S("2"));
    // 179.98 + 2.50 = 182.48; IVA 38.32; total 220.80.
    CHECK(lines->totalLabel()->text().contains(S("220.80")));

    // Edit the quantity in place: 10 x 2.50; base 204.98, IVA 43.05 (43.0458), total 248.03.
    lines->table()->item(1, LinesView::QuantityColumn)->setText(S("10"));
    REQUIRE(waitFor([&] { return lines->totalLabel()->text().contains(S("248.03")); }));
    CHECK(lines->table()->item(1, LinesView::NetColumn)->text() == S("25.00"));
    CHECK(lines->breakdownLabel()->text().contains(S("204.98")));
    CHECK(lines->breakdownLabel()->text().contains(S("43.05")));

    // A value the store refuses: the message is shown and the cell shows the stored value again.
    lines->table()->item(1, LinesView::QuantityColumn)->setText(S("diez"));
    REQUIRE(waitFor([&] { return lines->table()->item(1, LinesView::QuantityColumn)->text() == S("10"); }));
    CHECK(lines->errorLabel()->isVisible());
    CHECK(lines->errorLabel()->text().contains(S("diez")));
    CHECK(lines->totalLabel()->text().contains(S("248.03")));

    // Move up, then a text line, then delete it.
    lines->table()->selectRow(1);
    REQUIRE(lines->upButton()->isEnabled());
    lines->upButton()->click();
    CHECK(lines->table()->item(0, LinesView::ItemColumn)->text() == S("TOR-10 — Tornillo"));
    CHECK(lines->table()->item(0, LinesView::PositionColumn)->text() == S("1"));
    onNextModal([](QWidget *modal) {
        auto *input = qobject_cast<QInputDialog *>(modal);
        if (!input)
            return false;
        input->setTextValue(S("Entrega en obra, planta 2"));
        input->accept();
        return true;
    });
    lines->addTextButton()->click();
    REQUIRE(lines->table()->rowCount() == 3);
    lines->table()->selectRow(2);
    CHECK_FALSE(lines->configureButton()->isEnabled());
    CHECK_FALSE(lines->errorLabel()->isVisible()); // cleared by the next successful change
    screenshot(&view, S("ui-sales-lines-tab.png"));
    lines->deleteButton()->click();
    CHECK(lines->table()->rowCount() == 2);
    CHECK(lines->totalLabel()->text().contains(S("248.03")));
}

TEST_CASE_METHOD(UiFixture, "Configure… on a configurable product line stores the chosen configuration's JSON and price", "[ui][sales]")
{
    registerSalesViews();
    SalesFixture f(db());
    const QString car = SalesFixture::must(RecordStore(db()).create(S("product"), {{S("sku"), S("CAR-GT")}, {S("name"), S("Berlina GT")},
                                                                                 {S("unit_price"), qlonglong(2500000)}, {S("configurable"), true}}));
    SalesFixture::must(Configuration::addGroup(db(), car, S("Color"), true));
    SalesFixture::must(Configuration::addOption(db(), car, S("Color"), S("Red"), S("R"), 45000, false));
    SalesFixture::must(Configuration::addOption(db(), car, S("Color"), S("White"), S("W"), 0, true));
    const QString redJson = SalesFixture::must(Configuration::validate(db(), car, {{S("Color"), S("Red")}})).json;

    RecordView view(db(), S("quote"));
    view.resize(1100, 700);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(view.openRecord(f.quote1));
    auto *lines = part<LinesView>(view);
    REQUIRE(lines);
    view.tabs()->setCurrentWidget(lines);
    lines->searchEdit()->setText(S("CAR-GT"));
    REQUIRE(lines->addFromSearch());
    REQUIRE(lines->table()->rowCount() == 2);
    CHECK(lines->table()->item(1, LinesView::ItemColumn)->text().contains(S("not configured")));
    lines->table()->selectRow(1);
    REQUIRE(lines->configureButton()->isEnabled());

    bool answered = false;
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ConfigureDialog *>(modal);
        if (!dialog)
            return false;
        QComboBox *color = dialog->comboFor(S("Color"));
        const int red = color->findText(S("Red"), Qt::MatchStartsWith);
        if (red < 0)
            return false;
        color->setCurrentIndex(red);
        screenshot(dialog, S("ui-sales-lines-configure.png"));
        answered = true;
        dialog->accept();
        return true;
    });
    lines->configureButton()->click();
    REQUIRE(answered);
    const QString line = lines->lines().at(1).id;
    CHECK(lineConfiguration(db(), line) == redJson);
    CHECK(lines->table()->item(1, LinesView::DescriptionColumn)->text() == S("Berlina GT\nColor: Red"));
    CHECK(lines->table()->item(1, LinesView::PriceColumn)->text() == S("25,450.00"));
    // The configured price changes only through Configure…
    CHECK_FALSE(lines->table()->item(1, LinesView::PriceColumn)->flags().testFlag(Qt::ItemIsEditable));
    CHECK(lines->table()->item(1, LinesView::QuantityColumn)->flags().testFlag(Qt::ItemIsEditable));
}

TEST_CASE_METHOD(UiFixture, "an issued invoice's Lines tab is read-only and says why", "[ui][sales]")
{
    registerSalesViews();
    SalesFixture f(db());
    RecordView view(db(), S("invoice"));
    view.resize(1100, 600);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(view.openRecord(f.invoiceB));
    auto *lines = part<LinesView>(view);
    REQUIRE(lines);
    view.tabs()->setCurrentWidget(lines);
    CHECK(lines->isReadOnly());
    CHECK(lines->noteLabel()->isVisible());
    CHECK(lines->noteLabel()->text().contains(S("credit note")));
    CHECK_FALSE(lines->addButton()->isEnabled());
    CHECK_FALSE(lines->addTextButton()->isEnabled());
    REQUIRE(lines->table()->rowCount() == 2);
    lines->table()->selectRow(0);
    CHECK_FALSE(lines->deleteButton()->isEnabled());
    CHECK_FALSE(lines->downButton()->isEnabled());
    for (int c = 0; c < lines->table()->columnCount(); ++c)
        CHECK_FALSE(lines->table()->item(0, c)->flags().testFlag(Qt::ItemIsEditable));
    // 150.00 base, IVA 31.50, total 181.50.
    CHECK(lines->totalLabel()->text().contains(S("181.50")));
    screenshot(&view, S("ui-sales-lines-issued.png"));
}

TEST_CASE_METHOD(UiFixture, "the Purchases tab of an account and of a contact lists what was bought and opens the records", "[ui][sales]")
{
    registerSalesViews();
    SalesFixture f(db());
    RecordView view(db(), S("account"));
    view.resize(1100, 720);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(view.openRecord(f.account));
    auto *history = part<PurchaseHistoryView>(view);
    REQUIRE(history);
    CHECK(view.tabs()->tabText(view.tabs()->indexOf(history)) == S("Purchases"));
    view.tabs()->setCurrentWidget(history);
    REQUIRE(waitFor([&] { return !history->isLoading() && history->itemsTable()->rowCount() == 3; }));
    QTableWidget *items = history->itemsTable();
    CHECK(items->item(0, 0)->text() == S("TOR-10"));
    CHECK(items->item(0, 2)->text() == S("110"));
    CHECK(items->item(0, 3)->text() == S("252.50"));
    CHECK(history->yearsTable()->rowCount() == 2);
    CHECK(history->yearsTable()->item(0, 0)->text() == S("2026"));
    CHECK(history->yearsTable()->item(0, 4)->text() == S("154.27"));
    CHECK(history->quotesTable()->rowCount() == 1);
    REQUIRE(history->unpaidTable()->rowCount() == 1);
    CHECK(history->unpaidTable()->item(0, 0)->text() == S("F-2026-0001"));
    CHECK(history->unpaidTable()->item(0, 4)->text() == S("131.50"));
    CHECK(history->summaryLabel()->text().contains(S("562.64")));
    screenshot(&view, S("ui-sales-purchases-tab.png"));

    QSignalSpy open(history, &RecordViewPart::openRequested);
    history->unpaidTable()->setFocus();
    history->unpaidTable()->setCurrentCell(0, 2);
    QTest::keyClick(history->unpaidTable(), Qt::Key_Return);
    REQUIRE(open.size() == 1);
    CHECK(open.first().at(0).toString() == S("invoice"));
    CHECK(open.first().at(1).toString() == f.invoiceB);

    // A contact: only the documents naming it (Luis: invoice B and quote Q1).
    RecordView contactView(db(), S("contact"));
    contactView.resize(1100, 720);
    contactView.show();
    REQUIRE(QTest::qWaitForWindowExposed(&contactView));
    REQUIRE(contactView.openRecord(f.luis));
    auto *luis = part<PurchaseHistoryView>(contactView);
    REQUIRE(luis);
    contactView.tabs()->setCurrentWidget(luis);
    REQUIRE(waitFor([&] { return !luis->isLoading() && luis->itemsTable()->rowCount() == 2; }));
    CHECK(luis->itemsTable()->item(0, 0)->text() == S("INST"));
    CHECK(luis->unpaidTable()->rowCount() == 1);
    CHECK(luis->quotesTable()->rowCount() == 1);
}
