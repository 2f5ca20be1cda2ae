// SPDX-License-Identifier: GPL-3.0-or-later
// Caller lookup in the GUI: a call announced over TCP pops up the caller window over the main
// window, the call log entry starts, Create lead, Complete call, Dismiss, Settings → Telephony.
#include "uitestsupport.h"

#include "settings/settingsdialog.h"
#include "settings/telephonypage.h"
#include "shell/mainwindow.h"
#include "telephony/callerpopups.h"
#include "telephony/callerwindow.h"
#include "util/appsettings.h"
#include "views/recordlistview.h"

#include "store/recordstore.h"
#include "store/sqlite.h"
#include "telephony/callerlistener.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

namespace {
QString S(const char *text)
{
    return QString::fromUtf8(text);
}

quint16 freePort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort();
}

// Turns the listener on for the main window about to be made, on a free port.
quint16 enableListener()
{
    AppSettings::CallerListenerSettings s;
    s.enabled = true;
    s.port = freePort();
    AppSettings::setCallerListener(s);
    return quint16(s.port);
}

void sendLine(quint16 port, const QByteArray &line)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    REQUIRE(waitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
    socket.write(line);
    REQUIRE(waitFor([&] { return socket.canReadLine(); }));
    CHECK(socket.readLine().startsWith("OK "));
}

Record activityOf(Database &db, const QString &id)
{
    auto r = RecordStore(db).get(S("activity"), id);
    REQUIRE(r.ok());
    return r.value();
}

CallerWindow *onlyWindow(CallerPopups *popups)
{
    REQUIRE(waitFor([&] { return popups->windows().size() == 1; }));
    return popups->windows().first();
}
} // namespace

TEST_CASE_METHOD(UiFixture, "an incoming call pops up the caller's card over a minimized main window and starts the call log",
                 "[ui][telephony]")
{
    const QString account = addRecord(db(), S("account"), {{S("name"), S("Hierros Ruiz S.L.")}});
    const QString contact = addRecord(db(), S("contact"), {{S("first_name"), S("Ana")}, {S("last_name"), S("Ruiz")},
                                                           {S("account"), account}, {S("mobile"), S("600 11 22 33")},
                                                           {S("title"), S("Gerente")}, {S("email"), S("ana@ruiz.es")}});
    addRecord(db(), S("activity"), {{S("kind"), S("meeting")}, {S("subject"), S("Presentación del catálogo")}, {S("contact"), contact},
                                    {S("start_at"), QDateTime::currentDateTimeUtc().addDays(-30).toString(Qt::ISODate)},
                                    {S("status"), S("completed")}, {S("outcome"), S("interested")}});
    addRecord(db(), S("activity"), {{S("kind"), S("task")}, {S("subject"), S("Enviar presupuesto")}, {S("contact"), contact},
                                    {S("start_at"), S("2030-12-01T09:00:00Z")}});
    // Relationship is derived by Trato from the meeting a month ago (one interaction: an
    // acquaintance); a lead shares the number.
    addRecord(db(), S("lead"), {{S("first_name"), S("Luis")}, {S("last_name"), S("Pardo")}, {S("mobile"), S("+34600112233")}});
    AppSettings::setPhoneRegion(S("ES"));
    const quint16 port = enableListener();

    MainWindow w(db());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto *popups = w.findChild<CallerPopups *>();
    REQUIRE(popups);
    REQUIRE(popups->listener());
    CHECK(popups->listener()->serverPort() == port);
    for (const QHostAddress &a : popups->listener()->serverAddresses())
        CHECK(a.isLoopback());
    w.showMinimized();

    sendLine(port, "CALL +34600112233 ANA R\n");
    CallerWindow *window = onlyWindow(popups);
    REQUIRE(waitFor([&] { return window->isVisible(); }));
    CHECK(window->isWindow());
    CHECK(window->parentWidget() == nullptr); // its own top-level window: not hidden with the main one
    CHECK(window->windowFlags().testFlag(Qt::WindowStaysOnTopHint));
    CHECK(window->nameLabel()->text() == S("Ana Ruiz"));
    CHECK(window->callerName() == S("ANA R"));
    CHECK(window->openButton()->isVisible());
    CHECK_FALSE(window->createLeadButton()->isVisible());
    REQUIRE(window->historyList()->topLevelItemCount() == 1);
    CHECK(window->historyList()->topLevelItem(0)->text(2) == S("Presentación del catálogo"));
    CHECK(window->historyList()->topLevelItem(0)->text(3) == S("Interested"));
    REQUIRE(window->openItemsList()->topLevelItemCount() == 1); // the task (the call itself is not listed)
    CHECK(window->openItemsList()->topLevelItem(0)->text(2) == S("Enviar presupuesto"));
    QStringList labels;
    for (QLabel *l : window->findChildren<QLabel *>())
        labels << l->text();
    CHECK(labels.contains(S("Contact · Hierros Ruiz S.L. · Gerente")));
    CHECK(labels.contains(S("Mobile 600 11 22 33 (calling)")));
    CHECK(labels.contains(S("Relationship: Acquaintance")));
    CHECK(labels.contains(S("Also has this number: Lead Luis Pardo")));

    // The call log entry exists at once: an inbound call in progress about Ana and her account.
    REQUIRE_FALSE(window->callLogId().isEmpty());
    Record call = activityOf(db(), window->callLogId());
    CHECK(call.value(S("kind")).toString() == S("call"));
    CHECK(call.value(S("direction")).toString() == S("inbound"));
    CHECK(call.value(S("status")).toString() == S("in_progress"));
    CHECK(call.value(S("contact")).toString() == contact);
    CHECK(call.value(S("account")).toString() == account);
    CHECK(call.value(S("phone_number")).toString() == S("+34600112233"));
    screenshot(window, S("ui-caller-window.png"));

    // The PBX rings a second phone: the same window comes forward, nothing is logged twice.
    sendLine(port, "+34600112233\n");
    QTest::qWait(50);
    CHECK(popups->windows().size() == 1);
    {
        // Scoped: a statement left open would pin this connection's read snapshot, and the call's
        // completion below could not write once a background job has committed.
        auto count = Sql::exec(db().connection(), S("SELECT count(*) FROM activity WHERE phone_number = ?"), {S("+34600112233")});
        REQUIRE(count.ok());
        REQUIRE(count.value().next());
        CHECK(count.value().value(0).toInt() == 1);
    }

    // Open record brings the main window back with Ana's record.
    QTest::mouseClick(window->openButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return !w.isMinimized(); }));
    REQUIRE(w.currentListView());
    CHECK(w.currentListView()->entityName() == S("contact"));

    // Complete call: outcome and notes are written and the call is completed.
    window->outcomePicker()->setCurrentIndex(window->outcomePicker()->findData(S("call_back")));
    QTest::keyClicks(window->notesEdit(), S("Call back on Monday"));
    QPointer<CallerWindow> guard(window);
    auto completeDialog = acceptNextCompleteDialog();
    QTest::mouseClick(window->completeButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return completeDialog->seen; }));
    REQUIRE(waitFor([&] { return guard.isNull(); }));
    call = activityOf(db(), call.value(S("id")).toString());
    CHECK(call.value(S("status")).toString() == S("completed"));
    CHECK(call.value(S("outcome")).toString() == S("call_back"));
    CHECK(call.value(S("outcome_notes")).toString() == S("Call back on Monday"));
    CHECK_FALSE(call.value(S("end_at")).toString().isEmpty());
    CHECK(popups->windows().isEmpty());
}

TEST_CASE_METHOD(UiFixture, "an unknown number offers Create lead, Dismiss leaves the call in progress", "[ui][telephony]")
{
    AppSettings::setPhoneRegion(S("ES"));
    const quint16 port = enableListener();
    MainWindow w(db());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto *popups = w.findChild<CallerPopups *>();
    REQUIRE(popups->listener());

    QTcpSocket http;
    http.connectToHost(QHostAddress::LocalHost, port);
    REQUIRE(waitFor([&] { return http.state() == QAbstractSocket::ConnectedState; }));
    http.write("GET /call?number=%2B34911223344&name=Marta%20Gil HTTP/1.1\r\nHost: localhost\r\n\r\n");
    CallerWindow *window = onlyWindow(popups);
    REQUIRE(waitFor([&] { return window->isVisible(); }));
    CHECK(window->nameLabel()->text() == S("Marta Gil"));
    CHECK(window->createLeadButton()->isVisible());
    CHECK_FALSE(window->openButton()->isVisible());
    CHECK(window->lookup().known() == false);
    const QString callId = window->callLogId();
    REQUIRE_FALSE(callId.isEmpty());
    CHECK(activityOf(db(), callId).value(S("subject")).toString() == S("Incoming call from Marta Gil"));
    screenshot(window, S("ui-caller-unknown.png"));

    QTest::mouseClick(window->createLeadButton(), Qt::LeftButton);
    const QString lead = activityOf(db(), callId).value(S("lead")).toString();
    REQUIRE_FALSE(lead.isEmpty());
    auto l = RecordStore(db()).get(S("lead"), lead);
    REQUIRE(l.ok());
    CHECK(l.value().value(S("first_name")).toString() == S("Marta"));
    CHECK(l.value().value(S("last_name")).toString() == S("Gil"));
    CHECK(l.value().value(S("phone")).toString() == S("911 22 33 44"));
    CHECK_FALSE(window->createLeadButton()->isVisible());
    CHECK(window->openButton()->isVisible());
    REQUIRE(waitFor([&] { return w.currentListView() && w.currentListView()->entityName() == S("lead"); }));

    QPointer<CallerWindow> guard(window);
    QTest::mouseClick(window->dismissButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return guard.isNull(); }));
    CHECK(activityOf(db(), callId).value(S("status")).toString() == S("in_progress"));

    // Closing the window of a call in progress asks: cancel keeps it open, "leave" closes it,
    // "complete" completes the call with the outcome shown.
    CallerWindow *second = popups->showCall(S("+34911223355"), QString());
    REQUIRE(second);
    const QString secondCall = second->callLogId();
    QPointer<CallerWindow> secondGuard(second);
    auto cancelled = answerNextMessageBox(QMessageBox::Cancel);
    second->close();
    REQUIRE(waitFor([&] { return cancelled->seen; }));
    CHECK(cancelled->text.contains(S("still in progress")));
    CHECK_FALSE(secondGuard.isNull());
    auto left = answerNextMessageBox(QMessageBox::No);
    second->close();
    REQUIRE(waitFor([&] { return secondGuard.isNull(); }));
    CHECK(left->seen);
    CHECK(activityOf(db(), secondCall).value(S("status")).toString() == S("in_progress"));

    CallerWindow *third = popups->showCall(S("+34911223366"), QString());
    const QString thirdCall = third->callLogId();
    third->outcomePicker()->setCurrentIndex(third->outcomePicker()->findData(S("no_answer")));
    QPointer<CallerWindow> thirdGuard(third);
    auto completed = answerNextMessageBox(QMessageBox::Yes);
    auto thirdDialog = acceptNextCompleteDialog();
    third->close();
    REQUIRE(waitFor([&] { return thirdGuard.isNull(); }));
    CHECK(completed->text.contains(S("No answer")));
    CHECK(activityOf(db(), thirdCall).value(S("status")).toString() == S("completed"));
    CHECK(activityOf(db(), thirdCall).value(S("outcome")).toString() == S("no_answer"));
}

TEST_CASE_METHOD(UiFixture, "Settings → Telephony saves the listener, warns about non-loopback addresses and tests a call",
                 "[ui][telephony]")
{
    AppSettings::setPhoneRegion(S("ES"));
    addRecord(db(), S("contact"), {{S("first_name"), S("Ana")}, {S("last_name"), S("Ruiz")}, {S("mobile"), S("600112233")}});
    MainWindow w(db());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto *popups = w.findChild<CallerPopups *>();
    REQUIRE(popups);
    CHECK_FALSE(popups->listener()); // off by default

    SettingsDialog settings(db(), &w);
    settings.show();
    auto *page = settings.findChild<TelephonyPage *>();
    REQUIRE(page);
    settings.tabs()->setCurrentWidget(page);
    CHECK_FALSE(page->enabledBox()->isChecked());
    CHECK(page->portBox()->value() == 5577);
    CHECK(page->bindEdit()->text().isEmpty());
    CHECK(page->warningLabel()->isHidden());
    CHECK(page->statusLabel()->text() == S("Not listening for calls."));

    page->bindEdit()->setText(S("0.0.0.0"));
    CHECK_FALSE(page->warningLabel()->isHidden());
    CHECK(page->warningLabel()->text().contains(S("Other computers")));
    CHECK(page->warningLabel()->text().contains(S("token")));
    screenshot(&settings, S("ui-settings-telephony.png"));
    page->bindEdit()->setText(S("127.0.0.1"));
    CHECK(page->warningLabel()->isHidden());

    // Test: the caller window for the number, nothing logged.
    page->testNumberEdit()->setText(S("600 11 22 33"));
    QTest::mouseClick(page->testButton(), Qt::LeftButton);
    CallerWindow *test = onlyWindow(popups);
    CHECK(test->nameLabel()->text() == S("Ana Ruiz"));
    CHECK(test->callLogId().isEmpty());
    CHECK_FALSE(test->completeButton()->isVisible());
    {
        auto count = Sql::exec(db().connection(), S("SELECT count(*) FROM activity"));
        REQUIRE(count.ok());
        REQUIRE(count.value().next());
        CHECK(count.value().value(0).toInt() == 0);
    } // closed before the settings are saved (see the call test above)
    test->close();

    page->enabledBox()->setChecked(true);
    page->portBox()->setValue(freePort());
    page->tokenEdit()->setText(S("s3cret"));
    const int port = page->portBox()->value();
    settings.accept();
    const AppSettings::CallerListenerSettings saved = AppSettings::callerListener();
    CHECK(saved.enabled);
    CHECK(saved.port == port);
    CHECK(saved.bindAddress == S("127.0.0.1"));
    CHECK(saved.token == S("s3cret"));
    REQUIRE(popups->listener());
    CHECK(popups->listener()->serverPort() == port);
    CHECK(popups->listener()->options().token == S("s3cret"));
    CHECK(popups->statusText().contains(S("127.0.0.1:%1").arg(port)));
}
