// SPDX-License-Identifier: GPL-3.0-or-later
// Global search (Ctrl+K): accent-insensitive, prefix, grouped, Enter opens the record.
#include "uitestsupport.h"

#include "forms/recordview.h"
#include "search/globalsearchdialog.h"
#include "search/searchresultmodel.h"
#include "shell/mainwindow.h"
#include "views/recordlistview.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

TEST_CASE_METHOD(UiFixture, "global search finds José for jose and opens him with Enter", "[ui][search]")
{
    const QString jose = addRecord(db(), QStringLiteral("contact"), {{QStringLiteral("first_name"), QStringLiteral("José")},
                                                                     {QStringLiteral("last_name"), QStringLiteral("García")},
                                                                     {QStringLiteral("email"), QStringLiteral("jose@example.es")}});
    addRecord(db(), QStringLiteral("contact"), {{QStringLiteral("first_name"), QStringLiteral("Ana")}, {QStringLiteral("last_name"), QStringLiteral("Ruiz")}});
    addRecord(db(), QStringLiteral("account"), {{QStringLiteral("name"), QStringLiteral("Josefina Textiles")}});
    MainWindow w(db());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));

    QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
    GlobalSearchDialog *search = w.searchDialog();
    REQUIRE(search->isVisible());
    QSignalSpy finished(search, &GlobalSearchDialog::searchFinished);
    QTest::keyClicks(search->searchEdit(), QStringLiteral("jose"));
    REQUIRE(waitFor([&] { return finished.count() > 0 && search->results()->hitCount() == 2; }));

    // Grouped by entity: accounts first (registry order), then contacts.
    SearchResultModel *results = search->results();
    REQUIRE(results->rowCount() == 2);
    CHECK(results->index(0, 0).data().toString() == QStringLiteral("Accounts"));
    CHECK(results->index(1, 0).data().toString() == QStringLiteral("Contacts"));
    const QModelIndex hit = results->index(0, 0, results->index(1, 0));
    CHECK(hit.data().toString() == QStringLiteral("José García"));
    CHECK(hit.siblingAtColumn(1).data().toString() == QStringLiteral("jose@example.es"));

    // Down from the box moves through the results; Enter opens the chosen one.
    QTest::keyClick(search->searchEdit(), Qt::Key_Down);
    CHECK(search->resultView()->currentIndex() == hit);
    QTest::keyClick(search->searchEdit(), Qt::Key_Return);
    CHECK_FALSE(search->isVisible());
    RecordListView *list = w.currentListView();
    REQUIRE(list);
    CHECK(list->entityName() == QStringLiteral("contact"));
    REQUIRE(list->hasOpenRecord());
    CHECK(list->recordView()->recordId() == jose);

    // Prefix of two words, and no match; Ctrl+K selects the previous text, so typing replaces it.
    w.activateWindow();
    REQUIRE(waitFor([&] { return QApplication::activeWindow() == &w; }));
    // From a text box too, where X11 conventions give Ctrl+K to "delete to end of line".
    list->filterEdit()->setFocus();
    REQUIRE(QApplication::focusWidget() == list->filterEdit());
    QTest::keyClick(list->filterEdit(), Qt::Key_K, Qt::ControlModifier);
    REQUIRE(search->isVisible());
    finished.clear();
    QTest::keyClicks(search->searchEdit(), QStringLiteral("gar jo"));
    REQUIRE(waitFor([&] { return finished.count() > 0; }));
    CHECK(search->results()->hitCount() == 1);
    finished.clear();
    search->searchEdit()->setText(QStringLiteral("zzzz"));
    REQUIRE(waitFor([&] { return finished.count() > 0; }));
    CHECK(search->results()->hitCount() == 0);
}
