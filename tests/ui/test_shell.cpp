// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: modules, keyboard shortcuts, status bar, accessibility, Home and its demo offer.
#include "uitestsupport.h"

#include "shell/launcher.h"
#include "shell/mainwindow.h"
#include "shell/modulepage.h"
#include "util/background.h"
#include "views/homeview.h"
#include "views/recordlistview.h"
#include "forms/recordview.h"

#include "models/recordlistmodel.h"
#include "store/recordstore.h"
#include "util/appsettings.h"
#include "util/i18n.h"

#include <QAccessible>
#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QMessageBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

TEST_CASE_METHOD(UiFixture, "main window builds and switches modules by keyboard and mouse", "[ui][shell]")
{
    addRecord(db(), QStringLiteral("contact"), {{QStringLiteral("last_name"), QStringLiteral("García")}});
    MainWindow w(db());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(w.pageCount() == 8);
    CHECK(w.currentPage() == MainWindow::HomePage);

    QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
    CHECK(w.currentPage() == 1);
    ModulePage *marketing = w.modulePage(1);
    REQUIRE(marketing);
    CHECK(marketing->entities() == QStringList{QStringLiteral("account"), QStringLiteral("contact"), QStringLiteral("lead"), QStringLiteral("campaign")});
    REQUIRE(w.currentListView());
    CHECK(w.currentListView()->entityName() == QStringLiteral("account"));

    QTest::keyClick(&w, Qt::Key_8, Qt::ControlModifier);
    CHECK(w.currentPage() == MainWindow::TrashPage);
    REQUIRE(w.currentListView());
    CHECK(w.currentListView()->mode() == RecordListView::Mode::Trash);

    // Sales opens on its Pipeline board (a module page comes before the lists), then its opportunities.
    QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
    CHECK(w.currentPage() == 2);
    REQUIRE(w.modulePage(2));
    REQUIRE_FALSE(w.modulePage(2)->extraPages().isEmpty());
    CHECK(w.modulePage(2)->extraPages().first()->objectName() == QStringLiteral("pipelineBoard"));
    REQUIRE(w.modulePage(2)->showEntity(QStringLiteral("opportunity")));
    REQUIRE(w.currentListView());
    CHECK(w.currentListView()->entityName() == QStringLiteral("opportunity"));

    // Customer service opens on its tickets.
    QTest::keyClick(&w, Qt::Key_4, Qt::ControlModifier);
    CHECK(w.currentPage() == 3);
    REQUIRE(w.modulePage(3)->showEntity(QStringLiteral("ticket")));
    CHECK(w.currentListView()->entityName() == QStringLiteral("ticket"));

    // Analytics opens on its Dashboard page (a module page before the lists), no list; the KPIs
    // and Reports pages are among its pages.
    QTest::keyClick(&w, Qt::Key_5, Qt::ControlModifier);
    CHECK(w.currentPage() == 4);
    CHECK(w.currentListView() == nullptr);
    REQUIRE_FALSE(w.modulePage(4)->extraPages().isEmpty());
    CHECK(w.modulePage(4)->extraPages().first()->objectName() == QStringLiteral("dashboardPage"));
    QStringList analyticsPages;
    for (QWidget *page : w.modulePage(4)->extraPages())
        analyticsPages << page->objectName();
    CHECK(analyticsPages.contains(QStringLiteral("analyticsKpiPage")));
    CHECK(analyticsPages.contains(QStringLiteral("reportsPage")));
    // A page title's ampersand is shown, not taken as a mnemonic.
    auto *analyticsTabs = w.modulePage(4)->findChild<QTabBar *>(QStringLiteral("entityTabs"));
    REQUIRE(analyticsTabs);
    QStringList analyticsTabTexts;
    for (int i = 0; i < analyticsTabs->count(); ++i)
        analyticsTabTexts << analyticsTabs->tabText(i);
    CHECK(analyticsTabTexts.contains(QStringLiteral("Segments && scores")));

    // Inventario opens on its products; its reports and the Reorder page follow the lists.
    QTest::keyClick(&w, Qt::Key_6, Qt::ControlModifier);
    CHECK(w.currentPage() == 5);
    REQUIRE(w.currentListView());
    CHECK(w.currentListView()->entityName() == QStringLiteral("product"));
    auto *inventory = w.modulePage(5);
    auto *tabs = inventory->findChild<QTabBar *>(QStringLiteral("entityTabs"));
    REQUIRE(tabs);
    CHECK(tabs->tabText(0) == QStringLiteral("Products"));
    CHECK(tabs->tabText(tabs->count() - 1) == QStringLiteral("Slow movers"));
    REQUIRE(inventory->showPage(QStringLiteral("reorderPage")));
    CHECK(w.currentListView() == nullptr);
    CHECK(tabs->tabText(tabs->currentIndex()) == QStringLiteral("Reorder"));
    REQUIRE(inventory->showEntity(QStringLiteral("vendor")));
    CHECK(w.currentListView()->entityName() == QStringLiteral("vendor"));

    // A click in the navigator.
    QListWidget *nav = w.navigator();
    const QRect rect = nav->visualItemRect(nav->item(1));
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
    CHECK(w.currentPage() == 1);

    // By name, as --module does; an entity name picks its tab.
    CHECK(w.showPageByName(QStringLiteral("contact")));
    CHECK(w.currentListView()->entityName() == QStringLiteral("contact"));
    CHECK(waitFor([&] { return w.countText() == QStringLiteral("Contacts: 1"); }));
    CHECK_FALSE(w.showPageByName(QStringLiteral("nonsense")));
}

TEST_CASE_METHOD(UiFixture, "every focusable control has an accessible name", "[ui][shell][a11y]")
{
    const QString account = addRecord(db(), QStringLiteral("account"), {{QStringLiteral("name"), QStringLiteral("Acme")}});
    MainWindow w(db());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.showPageByName(QStringLiteral("account"));
    REQUIRE(w.openRecord(QStringLiteral("account"), account));
    w.currentListView()->recordView()->tabs()->setCurrentIndex(1); // Related lists too
    QCoreApplication::processEvents();

    QStringList unnamed;
    for (QWidget *widget : w.findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus || !widget->isEnabled())
            continue;
        if (widget->focusProxy())
            continue; // the proxy is the control
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 (%2)").arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    }
    INFO(unnamed.join(QStringLiteral(", ")).toStdString());
    CHECK(unnamed.isEmpty());
}

TEST_CASE_METHOD(UiFixture, "home offers demo data on an empty database and loads it on a worker", "[ui][shell][home]")
{
    MainWindow w(db());
    w.show();
    HomeView *home = w.homeView();
    REQUIRE(waitFor([&] { return home->count(QStringLiteral("contact")) == 0; }));
    CHECK(home->isDemoOfferVisible());

    auto *load = home->findChild<QAbstractButton *>(QStringLiteral("loadDemoButton"));
    auto *size = home->findChild<QComboBox *>();
    REQUIRE(load);
    REQUIRE(size);
    size->setCurrentIndex(0); // 300 contacts
    load->click();
    REQUIRE(waitFor([&] { return home->count(QStringLiteral("contact")) == 300; }, 20000));
    CHECK_FALSE(home->isDemoOfferVisible());
    CHECK(home->count(QStringLiteral("account")) > 0);
    CHECK(home->findChild<QLabel *>(QStringLiteral("count_contact"))->text() == QStringLiteral("300"));
}

TEST_CASE_METHOD(UiFixture, "declining the demo offer is remembered for that database", "[ui][shell][home]")
{
    {
        MainWindow w(db());
        w.show();
        REQUIRE(waitFor([&] { return w.homeView()->isDemoOfferVisible(); }));
        w.homeView()->findChild<QAbstractButton *>(QStringLiteral("startEmptyButton"))->click();
        CHECK_FALSE(w.homeView()->isDemoOfferVisible());
        waitForBackgroundWork();
    }
    MainWindow again(db());
    again.show();
    REQUIRE(waitFor([&] { return again.homeView()->count(QStringLiteral("contact")) == 0; }));
    QTest::qWait(50);
    CHECK_FALSE(again.homeView()->isDemoOfferVisible());
}

TEST_CASE_METHOD(UiFixture, "a language change rebuilds the main window live, keeping its place", "[ui][shell][i18n]")
{
    temp.close(); // the launcher opens the file itself
    Launcher launcher;
    QPointer<MainWindow> first;
    QPointer<MainWindow> second;
    QLocale::Language language = QLocale::AnyLanguage;
    QTimer::singleShot(200, &launcher, [&] {
        first = launcher.window();
        first->showPage(1);
        Q_EMIT first->languageChangeRequested(QStringLiteral("es"));
        QTimer::singleShot(200, &launcher, [&] {
            second = launcher.window();
            language = QLocale().language();
            QApplication::exit(second && second->currentPage() == 1 ? 0 : 5);
        });
    });
    const int rc = launcher.run({QStringLiteral("trato"), QStringLiteral("--db"), temp.path()});
    I18n::install(QString()); // back to the system locale for the other tests
    CHECK(rc == 0);
    CHECK(first.isNull()); // replaced, not reused
    CHECK(language == QLocale::Spanish);
    temp.reopen();
}

TEST_CASE_METHOD(UiFixture, "Back up now copies the database to the backup folder off the GUI thread", "[ui][shell]")
{
    addRecord(db(), QStringLiteral("account"), {{QStringLiteral("name"), QStringLiteral("Bodegas Rial S.L.")}});
    const QString folder = temp.dir() + QStringLiteral("/copias");
    AppSettings::setBackupFolder(folder);
    MainWindow w(db());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto answered = answerNextMessageBox(QMessageBox::Ok, 15000);
    w.backupNow();
    REQUIRE(waitFor([&] { return answered->seen; }, 15000));
    CHECK(answered->text.contains(folder));
    const QStringList copies = QDir(folder).entryList({QStringLiteral("trato-*.sqlite")}, QDir::Files);
    REQUIRE(copies.size() == 1);
    auto copy = Database::open(folder + QLatin1Char('/') + copies.first());
    REQUIRE(copy.ok());
    ListQuery accounts;
    accounts.entity = QStringLiteral("account");
    accounts.search = QStringLiteral("bodegas rial");
    CHECK(RecordStore(*copy.value()).count(accounts).value() == 1);
}
