// SPDX-License-Identifier: GPL-3.0-or-later
// The sales document actions on record views: convert, ship, issue (the form becomes read-only),
// Record payment… and Credit note… dialogs, refusals shown as messages.
#include "uitestsupport.h"

#include "forms/recordform.h"
#include "forms/recordview.h"
#include "inventory/stockledger.h"
#include "sales/documentactions.h"
#include "sales/salesviews.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "store/teamsettings.h"

#include <QCheckBox>
#include <QComboBox>
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

QString text(Database &db, const QString &sql, const QVariantList &params = {})
{
    auto q = Sql::exec(db.connection(), sql, params);
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    return q.value().value(0).toString();
}

QString create(Database &db, const QString &entity, const QVariantMap &values)
{
    auto id = RecordStore(db).create(entity, values);
    INFO((id.ok() ? std::string() : id.error().message.toStdString()));
    REQUIRE(id.ok());
    return id.value();
}

DocumentActions *actionsOf(RecordView &view)
{
    for (RecordViewPart *p : view.parts())
        if (auto *a = qobject_cast<DocumentActions *>(p))
            return a;
    return nullptr;
}

struct Sales
{
    QString account, widget, service;
    explicit Sales(Database &db)
    {
        account = create(db, S("account"), {{S("name"), S("Ferretería Sol")}});
        widget = create(db, S("product"), {{S("sku"), S("WID-1")}, {S("name"), S("Widget de acero")}, {S("unit_price"), qint64(1000)}});
        service = create(db, S("service"), {{S("code"), S("CONS")}, {S("name"), S("Consultoría")}, {S("unit_price"), qint64(5000)}});
        StockLedger ledger(db);
        REQUIRE(ledger.adjust(widget, ledger.defaultWarehouse().value(), 10000, S("inicial")).ok());
    }
};
} // namespace

TEST_CASE_METHOD(UiFixture, "a quote converts to an order that ships and the quote's form becomes read-only", "[ui][sales]")
{
    registerSalesViews();
    Sales s(db());
    const QString quote = create(db(), S("quote"), {{S("account"), s.account}, {S("subject"), S("Obra nueva")}});
    create(db(), S("sales_line"), {{S("quote"), quote}, {S("product"), s.widget}, {S("quantity"), qint64(2000)}});

    RecordView view(db(), S("quote"));
    REQUIRE(view.openRecord(quote));
    DocumentActions *actions = actionsOf(view);
    REQUIRE(actions);
    auto *form = view.findChild<RecordForm *>();
    REQUIRE(form);
    CHECK(form->isEnabled());
    auto *toOrder = actions->findChild<QPushButton *>(S("convertToOrderButton"));
    REQUIRE(toOrder);
    CHECK(toOrder->isEnabled());
    view.resize(1000, 700);
    view.show();
    screenshot(&view, S("quote_actions"));

    QSignalSpy opened(actions, &RecordViewPart::openRequested);
    QTest::mouseClick(toOrder, Qt::LeftButton);
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toString() == S("sales_order"));
    const QString order = opened.at(0).at(1).toString();
    CHECK(text(db(), S("SELECT status FROM quote WHERE id = ?"), {quote}) == S("accepted"));
    CHECK_FALSE(form->isEnabled()); // accepted: no longer edited

    RecordView orderView(db(), S("sales_order"));
    REQUIRE(orderView.openRecord(order));
    DocumentActions *orderActions = actionsOf(orderView);
    REQUIRE(orderActions);
    auto *ship = orderActions->findChild<QPushButton *>(S("shipOrderButton"));
    REQUIRE(ship->isEnabled());
    QTest::mouseClick(ship, Qt::LeftButton);
    CHECK(text(db(), S("SELECT status FROM sales_order WHERE id = ?"), {order}) == S("shipped"));
    CHECK(StockLedger(db()).level(s.widget).value().onHand == 8000);
    CHECK_FALSE(ship->isEnabled());
    CHECK_FALSE(orderActions->findChild<QPushButton *>(S("cancelOrderButton"))->isEnabled());
    CHECK(orderActions->findChild<QPushButton *>(S("convertToInvoiceButton"))->isEnabled());
}

TEST_CASE_METHOD(UiFixture, "an invoice is issued then paid and credited through the dialogs and refusals are shown", "[ui][sales]")
{
    registerSalesViews();
    Sales s(db());
    const QString invoice = create(db(), S("invoice"), {{S("account"), s.account}});
    create(db(), S("sales_line"), {{S("invoice"), invoice}, {S("product"), s.widget}, {S("quantity"), qint64(2000)}});
    create(db(), S("sales_line"), {{S("invoice"), invoice}, {S("kind"), S("service")}, {S("service"), s.service}});

    RecordView view(db(), S("invoice"));
    REQUIRE(view.openRecord(invoice));
    DocumentActions *actions = actionsOf(view);
    REQUIRE(actions);
    actions->setConfirmIrreversible(false);
    auto *form = view.findChild<RecordForm *>();
    auto *issue = actions->findChild<QPushButton *>(S("issueDocumentButton"));
    auto *pay = actions->findChild<QPushButton *>(S("recordPaymentButton"));
    auto *credit = actions->findChild<QPushButton *>(S("creditNoteButton"));
    CHECK(form->isEnabled());
    CHECK(issue->isEnabled());
    CHECK_FALSE(pay->isEnabled());
    CHECK_FALSE(credit->isEnabled());
    QStringList messages;
    QObject::connect(actions, &RecordViewPart::message, [&](const QString &m) { messages << m; });
    QTest::mouseClick(issue, Qt::LeftButton);
    const QString number = text(db(), S("SELECT number FROM invoice WHERE id = ?"), {invoice});
    CHECK(number.startsWith(S("INV-")));
    REQUIRE_FALSE(messages.isEmpty());
    CHECK(messages.last().contains(number));
    CHECK_FALSE(form->isEnabled()); // issued: read-only
    CHECK_FALSE(issue->isEnabled());
    CHECK(pay->isEnabled());
    CHECK(credit->isEnabled());
    view.resize(1000, 700);
    view.show();
    screenshot(&view, S("invoice_issued_actions"));

    // Record payment…: prefilled with the balance (84.70); too much is refused in the dialog.
    bool seen = false;
    onNextModal([&](QWidget *w) {
        auto *dialog = qobject_cast<PaymentDialog *>(w);
        if (!dialog)
            return false;
        seen = true;
        auto *amount = dialog->findChild<QLineEdit *>(S("paymentAmount"));
        CHECK(amount->text() == QLocale().toString(84.70, 'f', 2));
        screenshot(dialog, S("payment_dialog"));
        amount->setText(QLocale().toString(100.0, 'f', 2));
        dialog->accept();
        CHECK(dialog->isVisible());
        CHECK(dialog->findChild<QLabel *>(S("paymentError"))->text().contains(S("balance due")));
        amount->setText(QLocale().toString(40.0, 'f', 2));
        dialog->findChild<QComboBox *>(S("paymentMethod"))->setCurrentIndex(1);
        dialog->findChild<QLineEdit *>(S("paymentReference"))->setText(S("TPV-9"));
        dialog->accept();
        return true;
    });
    QTest::mouseClick(pay, Qt::LeftButton);
    CHECK(seen);
    CHECK(text(db(), S("SELECT status FROM invoice WHERE id = ?"), {invoice}) == S("partially_paid"));
    CHECK(text(db(), S("SELECT method FROM payment WHERE invoice = ?"), {invoice}) == S("card"));

    // Credit note…: only line 1, one unit, back to stock.
    seen = false;
    onNextModal([&](QWidget *w) {
        auto *dialog = qobject_cast<CreditNoteDialog *>(w);
        if (!dialog)
            return false;
        seen = true;
        auto *table = dialog->findChild<QTableWidget *>(S("creditLines"));
        REQUIRE(table->rowCount() == 2);
        dialog->accept(); // no reason yet
        CHECK(dialog->findChild<QLabel *>(S("creditError"))->text().contains(S("reason")));
        dialog->findChild<QLineEdit *>(S("creditReason"))->setText(S("Una unidad defectuosa"));
        dialog->findChild<QCheckBox *>(S("creditRestock"))->setChecked(true);
        table->item(0, 4)->setText(S("1"));
        table->item(1, 0)->setCheckState(Qt::Unchecked);
        screenshot(dialog, S("credit_note_dialog"));
        dialog->accept();
        return true;
    });
    QSignalSpy opened(actions, &RecordViewPart::openRequested);
    QTest::mouseClick(credit, Qt::LeftButton);
    CHECK(seen);
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toString() == S("credit_note"));
    const QString cn = opened.at(0).at(1).toString();
    CHECK(text(db(), S("SELECT total FROM credit_note WHERE id = ?"), {cn}) == S("1210"));
    CHECK(text(db(), S("SELECT balance_due FROM invoice WHERE id = ?"), {invoice}) == S("3260"));
    CHECK(StockLedger(db()).level(s.widget).value().onHand == 9000);

    // A refusal is a message: an order that cannot ship under "block".
    REQUIRE(TeamSettings(db()).setValue(StockLedger::oversellKey(), S("block")).ok());
    const QString order = create(db(), S("sales_order"), {{S("account"), s.account}});
    create(db(), S("sales_line"), {{S("sales_order"), order}, {S("product"), s.widget}, {S("quantity"), qint64(5000)}});
    REQUIRE(StockLedger(db()).adjust(s.widget, QString(), -8000, S("rotura")).ok());
    RecordView orderView(db(), S("sales_order"));
    REQUIRE(orderView.openRecord(order));
    auto answered = answerNextMessageBox(QMessageBox::Ok);
    QTest::mouseClick(actionsOf(orderView)->findChild<QPushButton *>(S("shipOrderButton")), Qt::LeftButton);
    CHECK(answered->seen);
    CHECK(answered->text.contains(S("Widget de acero")));
    CHECK(text(db(), S("SELECT status FROM sales_order WHERE id = ?"), {order}) == S("open"));
}
