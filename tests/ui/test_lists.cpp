// SPDX-License-Identifier: GPL-3.0-or-later
// The generic list view: quick filter, sorting, columns, selection, delete -> Trash -> restore.
#include "uitestsupport.h"

#include "forms/recordview.h"
#include "shell/mainwindow.h"
#include "shell/modulepage.h"
#include "views/columnchooser.h"
#include "views/recordlistview.h"

#include "models/recordlistmodel.h"
#include "store/recordstore.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

namespace {
void addPeople(Database &db)
{
    addRecord(db, QStringLiteral("contact"), {{QStringLiteral("first_name"), QStringLiteral("José")}, {QStringLiteral("last_name"), QStringLiteral("García")}});
    addRecord(db, QStringLiteral("contact"), {{QStringLiteral("first_name"), QStringLiteral("Ana")}, {QStringLiteral("last_name"), QStringLiteral("López")}});
    addRecord(db, QStringLiteral("contact"), {{QStringLiteral("first_name"), QStringLiteral("Pedro")}, {QStringLiteral("last_name"), QStringLiteral("Gómez")}});
}

int rowOfName(RecordListModel *model, const QString &lastName)
{
    const int column = int(model->visibleFields().indexOf(QStringLiteral("last_name")));
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, column).data().toString() == lastName)
            return row;
    return -1;
}
} // namespace

TEST_CASE_METHOD(UiFixture, "the list shows records and the quick filter narrows them", "[ui][list]")
{
    addPeople(db());
    RecordListView view(db(), QStringLiteral("contact"), RecordListView::Mode::Records);
    view.show();
    RecordListModel *model = view.model();
    CHECK(model->rowCount() == 3);
    CHECK(waitFor([&] { return view.totalCount() == 3; }));

    QTest::keyClicks(view.filterEdit(), QStringLiteral("ana"));
    CHECK(model->rowCount() == 3); // debounced: nothing yet
    REQUIRE(waitFor([&] { return model->rowCount() == 1; }));
    CHECK(rowOfName(model, QStringLiteral("López")) == 0);
    CHECK(waitFor([&] { return view.totalCount() == 1; }));

    // Accents and prefixes come from the full-text index.
    view.filterEdit()->clear();
    QTest::keyClicks(view.filterEdit(), QStringLiteral("gom"));
    REQUIRE(waitFor([&] { return model->rowCount() == 1 && rowOfName(model, QStringLiteral("Gómez")) == 0; }));

    view.filterEdit()->clear();
    REQUIRE(waitFor([&] { return model->rowCount() == 3; }));
}

TEST_CASE_METHOD(UiFixture, "headers sort where the model allows it", "[ui][list]")
{
    addPeople(db());
    RecordListView view(db(), QStringLiteral("contact"), RecordListView::Mode::Records);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(waitFor([&] { return view.totalCount() == 3; }));
    RecordListModel *model = view.model();
    const int lastName = int(model->visibleFields().indexOf(QStringLiteral("last_name")));
    CHECK(rowOfName(model, QStringLiteral("García")) == 0); // default sort: last name

    QHeaderView *header = view.table()->horizontalHeader();
    const QPoint where(header->sectionViewportPosition(lastName) + 5, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, where);
    CHECK(model->sortOrder() == Qt::DescendingOrder);
    CHECK(rowOfName(model, QStringLiteral("López")) == 0);
    CHECK(header->sortIndicatorSection() == lastName);
    CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
}

TEST_CASE_METHOD(UiFixture, "the column chooser changes and remembers the columns", "[ui][list]")
{
    addPeople(db());
    {
        RecordListView view(db(), QStringLiteral("contact"), RecordListView::Mode::Records);
        CHECK_FALSE(view.model()->visibleFields().contains(QStringLiteral("mobile")));
        QAction *mobile = nullptr;
        for (QAction *a : view.columnChooser()->actions())
            if (a->data().toString() == QStringLiteral("mobile"))
                mobile = a;
        REQUIRE(mobile);
        mobile->trigger();
        CHECK(view.model()->visibleFields().contains(QStringLiteral("mobile")));
        CHECK(view.model()->headerData(int(view.model()->visibleFields().indexOf(QStringLiteral("mobile"))), Qt::Horizontal)
                  .toString() == QStringLiteral("Mobile"));
    }
    {
        // Unchecking every column leaves the last one: a list always has a column.
        RecordListView view(db(), QStringLiteral("lead"), RecordListView::Mode::Records);
        for (QAction *a : view.columnChooser()->actions())
            if (a->isChecked())
                a->trigger();
        CHECK(view.model()->visibleFields().size() == 1);
        int checked = 0;
        for (QAction *a : view.columnChooser()->actions())
            checked += a->isChecked() ? 1 : 0;
        CHECK(checked == 1);
    }
    RecordListView again(db(), QStringLiteral("contact"), RecordListView::Mode::Records);
    CHECK(again.model()->visibleFields().contains(QStringLiteral("mobile")));
}

TEST_CASE_METHOD(UiFixture, "the selection survives a refresh", "[ui][list]")
{
    addPeople(db());
    RecordListView view(db(), QStringLiteral("contact"), RecordListView::Mode::Records);
    view.show();
    RecordListModel *model = view.model();
    const int row = rowOfName(model, QStringLiteral("López"));
    const QString id = model->recordId(row);
    view.selectRecord(id);
    CHECK(view.selectedIds() == QStringList{id});

    // A new record sorts before López: the model resets, the selection follows the record.
    addRecord(db(), QStringLiteral("contact"), {{QStringLiteral("last_name"), QStringLiteral("Aaron")}});
    REQUIRE(waitFor([&] { return model->rowCount() == 4; }));
    CHECK(view.selectedIds() == QStringList{id});
    CHECK(view.table()->selectionModel()->selectedRows().first().row() == row + 1);
}

TEST_CASE_METHOD(UiFixture, "delete moves to the Trash, and the Trash restores and purges", "[ui][list][trash]")
{
    addPeople(db());
    MainWindow w(db());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.showPageByName(QStringLiteral("contact"));
    RecordListView *list = w.currentListView();
    RecordListModel *model = list->model();
    const int row = rowOfName(model, QStringLiteral("López"));
    const QString id = model->recordId(row);
    list->table()->setFocus();
    list->selectRecord(id);

    auto answered = answerNextMessageBox(QMessageBox::Yes);
    QTest::keyClick(list->table(), Qt::Key_Delete);
    CHECK(answered->seen);
    CHECK(answered->text.contains(QStringLiteral("Ana López")));
    RecordStore store(db());
    CHECK(store.get(QStringLiteral("contact"), id).value().value(QStringLiteral("deleted")).toInt() == 1);
    REQUIRE(waitFor([&] { return model->rowCount() == 2; }));

    // Ctrl+8: the Trash, showing contacts. (The message box took the activation: shortcuts need it.)
    w.activateWindow();
    REQUIRE(waitFor([&] { return QApplication::activeWindow() == &w; }));
    QTest::keyClick(&w, Qt::Key_8, Qt::ControlModifier);
    CHECK(w.currentPage() == MainWindow::TrashPage);
    ModulePage *trash = w.modulePage(MainWindow::TrashPage);
    RecordListView *deleted = trash->showEntity(QStringLiteral("contact"));
    REQUIRE(deleted);
    REQUIRE(deleted->model()->rowCount() == 1);
    CHECK(deleted->model()->recordId(0) == id);
    deleted->selectRecord(id);
    QTest::keyClick(&w, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(store.get(QStringLiteral("contact"), id).value().value(QStringLiteral("deleted")).toInt() == 0);
    REQUIRE(waitFor([&] { return deleted->model()->rowCount() == 0; }));
    REQUIRE(waitFor([&] { return model->rowCount() == 3; }));

    // Delete again, then delete permanently from the Trash (with its own confirmation).
    REQUIRE(store.remove(QStringLiteral("contact"), id));
    REQUIRE(waitFor([&] { return deleted->model()->rowCount() == 1; }));
    deleted->table()->setFocus();
    deleted->selectRecord(id);
    answered = answerNextMessageBox(QMessageBox::Yes);
    QTest::keyClick(deleted->table(), Qt::Key_Delete);
    CHECK(answered->seen);
    CHECK(answered->text.contains(QStringLiteral("permanently")));
    CHECK(store.get(QStringLiteral("contact"), id).error().kind == Error::NotFound);
}

TEST_CASE_METHOD(UiFixture, "cancelling the delete confirmation deletes nothing", "[ui][list][trash]")
{
    addPeople(db());
    RecordListView view(db(), QStringLiteral("contact"), RecordListView::Mode::Records);
    view.show();
    view.table()->selectAll();
    CHECK(view.selectedIds().size() == 3);
    auto answered = answerNextMessageBox(QMessageBox::Cancel);
    view.deleteSelected();
    CHECK(answered->seen);
    CHECK(answered->text.contains(QStringLiteral("3 contacts")));
    ListQuery q;
    q.entity = QStringLiteral("contact");
    CHECK(RecordStore(db()).count(q).value() == 3);
}

TEST_CASE_METHOD(UiFixture, "the search box stays on the toolbar in a narrow window, other actions are under More", "[ui][list]")
{
    MainWindow w(db());
    w.resize(1024, 700);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.showPageByName(QStringLiteral("contact"));
    RecordListView *list = w.currentListView();
    QTest::qWait(50);
    CHECK(list->filterEdit()->isVisible());
    CHECK(list->filterEdit()->width() >= 180);
    auto *more = list->findChild<QMenu *>(QStringLiteral("moreActions"));
    REQUIRE(more);
    QStringList texts;
    for (QAction *a : more->actions())
        texts << a->text();
    CHECK(texts.contains(QStringLiteral("Import…")));
    CHECK(texts.contains(QStringLiteral("Export…")));
    CHECK(texts.contains(QStringLiteral("Find duplicates…")));
}
