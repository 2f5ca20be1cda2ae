// SPDX-License-Identifier: GPL-3.0-or-later
// Tickets in the GUI: the Conversation tab (compose a reply and a note, attachments, refusals shown
// and nothing written), the Resolve and Assign dialogs, Close and Reopen, refresh on messages
// written elsewhere.
#include "uitestsupport.h"

#include "forms/recordviewextensions.h"
#include "store/recordstore.h"
#include "store/sqlite.h"
#include "support/supportviews.h"
#include "support/ticketconversation.h"
#include "support/queues.h"
#include "support/ticketservice.h"

#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

namespace {
QString S(const char *s) { return QString::fromUtf8(s); }

qint64 count(Database &db, const QString &sql)
{
    auto q = Sql::exec(db.connection(), sql);
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    return q.value().value(0).toLongLong();
}
} // namespace

TEST_CASE_METHOD(UiFixture, "ticket conversation: compose a reply and a note, resolve, close and reopen through the dialogs", "[ui][tickets]")
{
    registerSupportViews();
    bool registered = false;
    for (const auto &e : RecordViewExtensions::forEntity(S("ticket")))
        if (e.place == RecordViewExtensions::Place::Tab) {
            std::unique_ptr<RecordViewPart> part(e.factory(db()));
            registered = registered || qobject_cast<TicketConversationTab *>(part.get()) != nullptr;
        }
    CHECK(registered);

    const QString account = addRecord(db(), S("account"), {{S("name"), S("Talleres Ruiz")}});
    auto id = TicketService(db()).create({{S("subject"), S("La impresora no imprime")}, {S("account"), account}});
    REQUIRE(id.ok());

    TicketConversationTab tab(db());
    tab.resize(820, 620);
    tab.show();
    tab.setRecordId(id.value());
    auto *composer = tab.findChild<QPlainTextEdit *>(S("ticketComposer"));
    auto *reply = tab.findChild<QPushButton *>(S("replyButton"));
    auto *note = tab.findChild<QPushButton *>(S("noteButton"));
    auto *messages = tab.findChild<QTextBrowser *>(S("ticketMessages"));
    REQUIRE(composer);
    CHECK_FALSE(tab.findChild<QPushButton *>(S("closeButton"))->isEnabled());
    CHECK_FALSE(tab.findChild<QPushButton *>(S("reopenButton"))->isEnabled());

    // An empty reply is refused with a message: nothing written.
    auto box = answerNextMessageBox(QMessageBox::Ok);
    QTest::mouseClick(reply, Qt::LeftButton);
    CHECK(box->seen);
    CHECK(count(db(), S("SELECT count(*) FROM ticket_message")) == 0);

    typeText(composer, S("Mire el registro de la cola de impresión"));
    QTest::mouseClick(note, Qt::LeftButton);
    CHECK(count(db(), S("SELECT count(*) FROM ticket_message WHERE kind = 'note'")) == 1);
    CHECK(tab.info().status == S("new"));

    typeText(composer, S("Estamos en ello: reinstale el controlador."));
    tab.addAttachment(S("/tmp/captura pantalla.png"));
    tab.addAttachment(S("https://soporte.example.com/kb/12"));
    CHECK(tab.attachments().size() == 2);
    QTest::mouseClick(reply, Qt::LeftButton);
    CHECK(composer->toPlainText().isEmpty());
    CHECK(tab.attachments().isEmpty());
    CHECK(tab.info().status == S("open"));
    CHECK_FALSE(tab.info().firstResponseAt.isEmpty());
    REQUIRE(tab.info().messages.size() == 2);
    CHECK(tab.info().messages.at(1).attachments.size() == 2);
    const QString html = messages->toHtml();
    CHECK(html.contains(S("Internal note")));
    CHECK(html.contains(S("#fff6c4")));
    CHECK(html.contains(S("https://soporte.example.com/kb/12")));
    CHECK(html.contains(S("not sent")));

    // Another part of Trato writes a reply message directly: the tab follows.
    REQUIRE(RecordStore(db()).create(S("ticket_message"), {{S("ticket"), id.value()}, {S("kind"), S("customer")}, {S("body"), S("Gracias, ya funciona")}}).ok());
    CHECK(waitFor([&] { return tab.info().messages.size() == 3; }));
    screenshot(&tab, S("ticket-conversation"));

    // Resolve: the dialog asks the note.
    bool resolveSeen = false;
    onNextModal([&](QWidget *w) {
        auto *dialog = qobject_cast<TicketResolveDialog *>(w);
        if (!dialog)
            return false;
        resolveSeen = true;
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        CHECK_FALSE(ok->isEnabled());
        dialog->setNote(S("Controlador reinstalado"));
        CHECK(ok->isEnabled());
        screenshot(dialog, S("ticket-resolve-dialog"));
        dialog->accept();
        return true;
    });
    QTest::mouseClick(tab.findChild<QPushButton *>(S("resolveButton")), Qt::LeftButton);
    CHECK(resolveSeen);
    CHECK(tab.info().status == S("resolved"));
    CHECK(tab.info().resolution == S("Controlador reinstalado"));
    CHECK(tab.findChild<QPushButton *>(S("closeButton"))->isEnabled());

    // Close with satisfaction 5.
    onNextModal([&](QWidget *w) {
        auto *dialog = qobject_cast<QInputDialog *>(w);
        if (!dialog)
            return false;
        dialog->setTextValue(S("5"));
        dialog->accept();
        return true;
    });
    QTest::mouseClick(tab.findChild<QPushButton *>(S("closeButton")), Qt::LeftButton);
    CHECK(tab.info().status == S("closed"));
    CHECK(tab.info().satisfaction.toInt() == 5);
    CHECK_FALSE(reply->isEnabled());
    CHECK_FALSE(composer->isEnabled());
    CHECK(tab.findChild<QLabel *>(S("ticketStatus"))->text().contains(S("reopen")));
    screenshot(&tab, S("ticket-conversation-closed"));

    // Closed: a reply is refused even if the button were pressed (the service refuses), nothing written.
    const qint64 before = count(db(), S("SELECT count(*) FROM ticket_message"));
    auto refusal = answerNextMessageBox(QMessageBox::Ok);
    composer->setEnabled(true);
    composer->setPlainText(S("hola"));
    CHECK_FALSE(tab.sendReply());
    CHECK(refusal->seen);
    CHECK(refusal->text.contains(S("reopen it first")));
    CHECK(count(db(), S("SELECT count(*) FROM ticket_message")) == before);

    onNextModal([&](QWidget *w) {
        auto *dialog = qobject_cast<QInputDialog *>(w);
        if (!dialog)
            return false;
        dialog->setTextValue(S("Vuelve a fallar"));
        dialog->accept();
        return true;
    });
    QTest::mouseClick(tab.findChild<QPushButton *>(S("reopenButton")), Qt::LeftButton);
    CHECK(tab.info().status == S("reopened"));
    CHECK(tab.info().reopenCount == 1);
    CHECK(tab.info().messages.last().body == S("Reopened: Vuelve a fallar"));
    CHECK(reply->isEnabled());
}

TEST_CASE_METHOD(UiFixture, "ticket assign dialog sets user and team", "[ui][tickets]")
{
    auto id = TicketService(db()).create({{S("subject"), S("Alta de usuario")}});
    REQUIRE(id.ok());
    TicketConversationTab tab(db());
    tab.setRecordId(id.value());
    bool seen = false;
    onNextModal([&](QWidget *w) {
        auto *dialog = qobject_cast<TicketAssignDialog *>(w);
        if (!dialog)
            return false;
        seen = true;
        dialog->setValues(S("lucia"), S("Nivel 2"));
        screenshot(dialog, S("ticket-assign-dialog"));
        dialog->accept();
        return true;
    });
    QTest::mouseClick(tab.findChild<QPushButton *>(S("assignButton")), Qt::LeftButton);
    CHECK(seen);
    CHECK(tab.info().owner == S("lucia"));
    CHECK(tab.info().team == S("Nivel 2"));

    // "Assign to me" fills the current user; emptying the field gives the ticket back to the
    // Unassigned queue, in the team the dialog says.
    onNextModal([&](QWidget *w) {
        auto *dialog = qobject_cast<TicketAssignDialog *>(w);
        if (!dialog)
            return false;
        QTest::mouseClick(dialog->findChild<QPushButton *>(S("assignToMe")), Qt::LeftButton);
        CHECK(dialog->user() == db().user());
        dialog->setValues(QString(), S("Nivel 1"));
        dialog->accept();
        return true;
    });
    QTest::mouseClick(tab.findChild<QPushButton *>(S("assignButton")), Qt::LeftButton);
    CHECK(tab.info().owner.isEmpty());
    CHECK(tab.info().team == S("Nivel 1"));
    CHECK(SupportQueues::count(db(), SupportQueues::Queue::Unassigned, db().user()).value() == 1);
}

TEST_CASE_METHOD(UiFixture, "new ticket from a contact opens a ticket for the contact and its account", "[ui][tickets]")
{
    const QString account = addRecord(db(), S("account"), {{S("name"), S("Talleres Ruiz")}});
    const QString contact = addRecord(db(), S("contact"), {{S("first_name"), S("Ana")}, {S("last_name"), S("Ruiz")}, {S("account"), account}});
    NewTicketButton button(db(), S("contact"));
    CHECK(button.isHidden());
    button.setRecordId(contact);
    CHECK_FALSE(button.isHidden());
    QString opened;
    QObject::connect(&button, &RecordViewPart::openRequested, [&](const QString &entity, const QString &id) {
        if (entity == S("ticket"))
            opened = id;
    });
    // No subject: refused with a message, nothing written.
    auto box = answerNextMessageBox(QMessageBox::Ok);
    CHECK(button.createTicket(S("  ")).isEmpty());
    CHECK(box->seen);
    CHECK(count(db(), S("SELECT count(*) FROM ticket")) == 0);
    const QString id = button.createTicket(S("No llega la factura"));
    REQUIRE_FALSE(id.isEmpty());
    CHECK(opened == id);
    auto info = TicketService(db()).load(id);
    REQUIRE(info.ok());
    CHECK(info.value().accountName == S("Talleres Ruiz"));
    CHECK(info.value().contactName.contains(S("Ana")));
    CHECK(info.value().number.startsWith(S("TCK-")));
}
