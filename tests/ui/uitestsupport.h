// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testsupport.h"

#include <QMessageBox>
#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace trato::uitest {

// Each GUI test case starts from here: QSettings in a private folder emptied for the test (no
// test reads or writes the real user's settings), the application names Trato uses, and a fresh
// temporary database. At the end it waits for background work, which uses the database, before
// the database goes away.
struct UiFixture
{
    UiFixture();
    ~UiFixture();
    test::TempDb temp;
    Database &db() { return temp.db(); }
};

// Processes events until pred() holds or the time is up; returns pred().
bool waitFor(const std::function<bool()> &pred, int timeoutMs = 5000);

// What happened to a message box answered by answerNextMessageBox.
struct Answered
{
    bool seen = false;
    QString text;
    QString objectName;
};

// Answers the next modal QMessageBox (Trato's prompts are real dialogs run with exec()): clicks the
// button with this standard role, or, for Trato's confirm() boxes, the button with AcceptRole when
// button == QMessageBox::Yes.
std::shared_ptr<Answered> answerNextMessageBox(QMessageBox::StandardButton button, int timeoutMs = 5000);

// Accepts the next Complete dialog (the sales loop's: ActivityActions::complete) as it is proposed.
// withNextStep false: "No next step" is chosen first.
std::shared_ptr<Answered> acceptNextCompleteDialog(bool withNextStep = true, int timeoutMs = 5000);

// Runs action(dialog) on the next modal dialog of type T once it is shown.
void onNextModal(const std::function<bool(QWidget *)> &action, int timeoutMs = 5000);

// Types text into a widget key by key, accents included (QTest::keyClicks takes Latin-1 only).
void typeText(QWidget *widget, const QString &text);

// A record through the store; returns its id.
QString addRecord(Database &db, const QString &entity, const QMap<QString, QString> &fields);

// A picture of a widget for people reviewing layouts: checked to be a real image, and written as
// NAME.png to $TRATO_SCREENSHOT_DIR when that is set (nothing is written otherwise).
void screenshot(QWidget *widget, const QString &name);

} // namespace trato::uitest
