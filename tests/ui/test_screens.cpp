// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: pictures of the main screens for people to look at (and for docs/). Hidden from
// ctest; run it under a real X server:
//   TRATO_SCREENSHOT_DIR=/tmp/shots QT_QPA_PLATFORM=xcb xvfb-run -a test_ui "[.screenshots]"
#include "uitestsupport.h"

#include "forms/recordview.h"
#include "search/globalsearchdialog.h"
#include "settings/fieldspage.h"
#include "settings/settingsdialog.h"
#include "shell/mainwindow.h"
#include "util/background.h"
#include "views/recordlistview.h"

#include "demo/demodata.h"
#include "models/recordlistmodel.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

TEST_CASE_METHOD(UiFixture, "screenshots of the main screens", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("TRATO_SCREENSHOT_DIR", QDir::tempPath());
    // A file named like the default one, for the status bar in the pictures.
    auto opened = Database::open(temp.dir() + QStringLiteral("/trato.sqlite"));
    REQUIRE(opened);
    Database &db = *opened.value();
    DemoOptions demo;
    demo.contacts = 2000;
    REQUIRE(DemoData::generate(db, demo));

    MainWindow w(db);
    w.resize(1280, 800);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.showPageByName(QStringLiteral("contact"));
    RecordListView *list = w.currentListView();
    REQUIRE(list->openRecord(list->model()->recordId(3)));
    QTest::qWait(300);
    CHECK(w.grab().save(dir + QStringLiteral("/ui-record.png")));

    list->recordView()->tabs()->setCurrentWidget(list->recordView()->historyView());
    QTest::qWait(100);
    CHECK(w.grab().save(dir + QStringLiteral("/ui-history.png")));

    w.showPageByName(QStringLiteral("account"));
    RecordListView *accounts = w.currentListView();
    REQUIRE(accounts->openRecord(accounts->model()->recordId(0)));
    accounts->recordView()->tabs()->setCurrentIndex(1);
    QTest::qWait(300);
    CHECK(w.grab().save(dir + QStringLiteral("/ui-related.png")));

    w.showPage(MainWindow::HomePage);
    QTest::qWait(300);
    CHECK(w.grab().save(dir + QStringLiteral("/ui-home.png")));

    SettingsDialog settings(db, &w);
    settings.show();
    settings.tabs()->setCurrentIndex(1);
    settings.fieldsPage()->entityPicker()->setCurrentIndex(1);
    QTest::qWait(200);
    CHECK(settings.grab().save(dir + QStringLiteral("/ui-settings-fields.png")));
    settings.tabs()->setCurrentIndex(0);
    QTest::qWait(100);
    CHECK(settings.grab().save(dir + QStringLiteral("/ui-settings-general.png")));
    settings.hide();

    GlobalSearchDialog *search = w.searchDialog();
    search->activate();
    search->searchEdit()->setText(QStringLiteral("garcia"));
    REQUIRE(waitFor([&] { return search->resultView()->model()->rowCount() > 0; }));
    QTest::qWait(200);
    CHECK(search->grab().save(dir + QStringLiteral("/ui-search.png")));
    search->hide();
    waitForBackgroundWork();
}
