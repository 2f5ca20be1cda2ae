// SPDX-License-Identifier: GPL-3.0-or-later
// Pictures of the main screens, checked to be real (not blank) and kept for people to look at:
// set TRATO_SCREENSHOT_DIR to keep them, and run under a real X server for true rendering:
//   TRATO_SCREENSHOT_DIR=/tmp/shots QT_QPA_PLATFORM=xcb xvfb-run -a test_ui "[screens]"
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
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

TEST_CASE_METHOD(UiFixture, "screenshots of the main screens show real content", "[ui][screens]")
{
    QTemporaryDir scratch;
    const QString dir = qEnvironmentVariable("TRATO_SCREENSHOT_DIR", scratch.path());
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

    // A campaign with its figures and members (the README's picture).
    w.showPageByName(QStringLiteral("campaign"));
    RecordListView *campaigns = w.currentListView();
    REQUIRE(campaigns->openRecord(campaigns->model()->recordId(1)));
    QTabWidget *campaignTabs = campaigns->recordView()->tabs();
    for (int i = 0; i < campaignTabs->count(); ++i)
        if (campaignTabs->tabText(i).remove(QLatin1Char('&')) == QStringLiteral("Members"))
            campaignTabs->setCurrentIndex(i);
    waitForBackgroundWork();
    QTest::qWait(400);
    CHECK(w.grab().save(dir + QStringLiteral("/ui-campaign-members.png")));

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

    // Every picture has content: text, lines and colours, not an empty or single-colour window.
    for (const char *name : {"ui-record", "ui-history", "ui-related", "ui-home", "ui-settings-fields",
                             "ui-settings-general", "ui-search"}) {
        INFO(name);
        const QImage image(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
        REQUIRE_FALSE(image.isNull());
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 5)
            for (int x = 0; x < image.width(); x += 5)
                colours.insert(image.pixel(x, y));
        CHECK(colours.size() >= 8);
    }
}
