// SPDX-License-Identifier: GPL-3.0-or-later
// The record view generated from metadata: create, validate, unsaved changes, history, relations.
#include "uitestsupport.h"

#include "forms/fieldeditor.h"
#include "forms/historymodel.h"
#include "forms/optionaldatetimeedit.h"
#include "forms/recordform.h"
#include "forms/recordview.h"
#include "forms/relatedlists.h"
#include "forms/relationeditor.h"
#include "shell/mainwindow.h"
#include "views/recordlistview.h"

#include "models/recordlistmodel.h"
#include "store/recordstore.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

namespace {
template<typename T>
T *editorWidget(RecordView *view, const QString &field)
{
    FieldEditor *editor = view->form()->editor(field);
    return editor ? editor->findChild<T *>(QStringLiteral("editor_") + field) : nullptr;
}

qint64 countOf(Database &db, const QString &entity)
{
    ListQuery q;
    q.entity = entity;
    q.deleted = ListQuery::All;
    return RecordStore(db).count(q).value();
}
} // namespace

TEST_CASE_METHOD(UiFixture, "a new record made in the form appears in the list and in the store", "[ui][form]")
{
    MainWindow w(db());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.showPageByName(QStringLiteral("contact"));
    RecordListView *list = w.currentListView();
    QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
    REQUIRE(list->hasOpenRecord());
    RecordView *record = list->recordView();
    CHECK(record->isNew());

    typeText(editorWidget<QLineEdit>(record, QStringLiteral("first_name")), QStringLiteral("Lucía"));
    typeText(editorWidget<QLineEdit>(record, QStringLiteral("last_name")), QStringLiteral("Fernández"));
    QTest::keyClicks(editorWidget<QLineEdit>(record, QStringLiteral("email")), QStringLiteral("lucia@example.es"));
    editorWidget<QCheckBox>(record, QStringLiteral("do_not_call"))->click();
    CHECK(record->isModified());
    QTest::keyClick(&w, Qt::Key_S, Qt::ControlModifier);

    CHECK(record->errorText().isEmpty());
    REQUIRE_FALSE(record->isNew());
    CHECK_FALSE(record->isModified());
    const QString id = record->recordId();
    auto stored = RecordStore(db()).get(QStringLiteral("contact"), id);
    REQUIRE(stored);
    CHECK(stored->value(QStringLiteral("last_name")).toString() == QStringLiteral("Fernández"));
    CHECK(stored->value(QStringLiteral("email")).toString() == QStringLiteral("lucia@example.es"));
    CHECK(stored->value(QStringLiteral("do_not_call")).toInt() == 1);
    CHECK(stored->value(QStringLiteral("owner")).toString() == QStringLiteral("tester"));
    REQUIRE(waitFor([&] { return list->model()->rowOfId(id) >= 0; }));
    CHECK(list->selectedIds() == QStringList{id});
}

TEST_CASE_METHOD(UiFixture, "bad input shows an error, keeps the input and writes nothing", "[ui][form]")
{
    RecordListView list(db(), QStringLiteral("lead"), RecordListView::Mode::Records);
    list.show();
    list.newRecord();
    RecordView *record = list.recordView();
    QTest::keyClicks(editorWidget<QLineEdit>(record, QStringLiteral("last_name")), QStringLiteral("Ruiz"));
    auto *money = editorWidget<QLineEdit>(record, QStringLiteral("estimated_value"));
    QTest::keyClicks(money, QStringLiteral("abc"));
    CHECK_FALSE(record->save());
    CHECK(record->errorText().contains(QStringLiteral("Estimated value")));
    CHECK(record->errorText().contains(QStringLiteral("abc")));
    CHECK(money->text() == QStringLiteral("abc"));
    CHECK(record->form()->editor(QStringLiteral("estimated_value"))->property("invalid").toBool());
    CHECK(countOf(db(), QStringLiteral("lead")) == 0);

    // A required field left empty: the form says which, nothing is written.
    editorWidget<QLineEdit>(record, QStringLiteral("last_name"))->clear();
    money->clear();
    QTest::keyClicks(money, QStringLiteral("1,234.50"));
    CHECK_FALSE(record->save());
    CHECK(record->errorText().contains(QStringLiteral("Last name")));
    CHECK(countOf(db(), QStringLiteral("lead")) == 0);

    QTest::keyClicks(editorWidget<QLineEdit>(record, QStringLiteral("last_name")), QStringLiteral("Ruiz"));
    REQUIRE(record->save());
    CHECK(RecordStore(db()).get(QStringLiteral("lead"), record->recordId())->value(QStringLiteral("estimated_value")).toLongLong() == 123450);
}

TEST_CASE_METHOD(UiFixture, "switching records with unsaved changes asks first", "[ui][form]")
{
    const QString a = addRecord(db(), QStringLiteral("contact"), {{QStringLiteral("last_name"), QStringLiteral("Alba")}});
    const QString b = addRecord(db(), QStringLiteral("contact"), {{QStringLiteral("last_name"), QStringLiteral("Bravo")}});
    RecordListView list(db(), QStringLiteral("contact"), RecordListView::Mode::Records);
    list.show();
    REQUIRE(list.openRecord(a));
    RecordView *record = list.recordView();
    auto *city = editorWidget<QLineEdit>(record, QStringLiteral("city"));
    QTest::keyClicks(city, QStringLiteral("Sevilla"));
    REQUIRE(record->isModified());

    // Cancel: stay on the record with the edit.
    auto answered = answerNextMessageBox(QMessageBox::Cancel);
    CHECK_FALSE(list.openRecord(b));
    CHECK(answered->seen);
    CHECK(answered->objectName == QStringLiteral("unsavedChangesPrompt"));
    CHECK(record->recordId() == a);
    CHECK(city->text() == QStringLiteral("Sevilla"));

    // Save: written, then switched.
    answered = answerNextMessageBox(QMessageBox::Save);
    CHECK(list.openRecord(b));
    CHECK(answered->seen);
    CHECK(record->recordId() == b);
    CHECK(RecordStore(db()).get(QStringLiteral("contact"), a)->value(QStringLiteral("city")).toString() == QStringLiteral("Sevilla"));

    // Discard: nothing written.
    QTest::keyClicks(editorWidget<QLineEdit>(record, QStringLiteral("city")), QStringLiteral("Vigo"));
    answered = answerNextMessageBox(QMessageBox::Discard);
    CHECK(list.openRecord(a));
    CHECK(answered->seen);
    CHECK(RecordStore(db()).get(QStringLiteral("contact"), b)->value(QStringLiteral("city")).isNull());

    // Closing the panel asks too.
    QTest::keyClicks(editorWidget<QLineEdit>(record, QStringLiteral("city")), QStringLiteral("Lugo"));
    answered = answerNextMessageBox(QMessageBox::Discard);
    QTest::keyClick(editorWidget<QLineEdit>(record, QStringLiteral("city")), Qt::Key_Escape);
    CHECK(answered->seen);
    CHECK_FALSE(list.hasOpenRecord());
}

TEST_CASE_METHOD(UiFixture, "the History tab shows who changed what from what to what", "[ui][form]")
{
    const QString id = addRecord(db(), QStringLiteral("contact"), {{QStringLiteral("last_name"), QStringLiteral("Soto")},
                                                                   {QStringLiteral("email"), QStringLiteral("old@example.com")}});
    RecordListView list(db(), QStringLiteral("contact"), RecordListView::Mode::Records);
    list.show();
    REQUIRE(list.openRecord(id));
    RecordView *record = list.recordView();
    auto *email = editorWidget<QLineEdit>(record, QStringLiteral("email"));
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("new@example.com"));
    REQUIRE(record->save());

    record->tabs()->setCurrentWidget(record->historyView());
    QAbstractItemModel *history = record->historyView()->model();
    REQUIRE(history->rowCount() == 2);
    // Newest first.
    CHECK(history->index(0, HistoryModel::What).data().toString() == QStringLiteral("Email"));
    CHECK(history->index(0, HistoryModel::From).data().toString() == QStringLiteral("old@example.com"));
    CHECK(history->index(0, HistoryModel::To).data().toString() == QStringLiteral("new@example.com"));
    CHECK(history->index(0, HistoryModel::Who).data().toString() == QStringLiteral("tester"));
    CHECK(history->index(1, HistoryModel::What).data().toString() == QStringLiteral("Record created"));

    // A write made outside Trato shows as such.
    test::TempDb &t = temp;
    REQUIRE(test::sqlite3(t.path(), QStringLiteral("UPDATE contact SET city = 'Ourense' WHERE id = '%1';").arg(id)).exitCode == 0);
    record->tabs()->setCurrentIndex(0);
    record->tabs()->setCurrentWidget(record->historyView());
    REQUIRE(history->rowCount() == 3);
    CHECK(history->index(0, HistoryModel::Who).data().toString() == QStringLiteral("outside Trato"));
    CHECK(history->index(0, HistoryModel::To).data().toString() == QStringLiteral("Ourense"));
}

TEST_CASE_METHOD(UiFixture, "the relation picker finds records and stores the id and Related lists them", "[ui][form]")
{
    const QString acme = addRecord(db(), QStringLiteral("account"), {{QStringLiteral("name"), QStringLiteral("Acmé Iberia")}});
    addRecord(db(), QStringLiteral("account"), {{QStringLiteral("name"), QStringLiteral("Zeta")}});
    RecordListView list(db(), QStringLiteral("contact"), RecordListView::Mode::Records);
    list.show();
    list.newRecord();
    RecordView *record = list.recordView();
    QTest::keyClicks(editorWidget<QLineEdit>(record, QStringLiteral("last_name")), QStringLiteral("Vidal"));
    auto *picker = qobject_cast<RelationEditor *>(record->form()->editor(QStringLiteral("account")));
    REQUIRE(picker);
    picker->lineEdit()->setFocus();
    QTest::keyClicks(picker->lineEdit(), QStringLiteral("acme"));
    QCompleter *completer = picker->completer();
    REQUIRE(waitFor([&] { return completer->popup()->isVisible() && completer->completionModel()->rowCount() == 1; }));
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    CHECK(picker->currentId() == acme);
    CHECK(picker->lineEdit()->text() == QStringLiteral("Acmé Iberia"));
    REQUIRE(record->save());
    const QString contact = record->recordId();
    CHECK(RecordStore(db()).get(QStringLiteral("contact"), contact)->value(QStringLiteral("account")).toString() == acme);

    // The account's Related tab lists the contact; a typed exact name also resolves.
    RecordListView accounts(db(), QStringLiteral("account"), RecordListView::Mode::Records);
    REQUIRE(accounts.openRecord(acme));
    accounts.recordView()->tabs()->setCurrentIndex(1);
    const QList<QTableView *> tables = accounts.recordView()->relatedLists()->tables();
    QTableView *contacts = nullptr;
    for (QTableView *t : tables)
        if (t->objectName() == QStringLiteral("related_contact_account"))
            contacts = t;
    REQUIRE(contacts);
    REQUIRE(waitFor([&] { return contacts->model()->rowCount() == 1; }));
    CHECK(static_cast<RecordListModel *>(contacts->model())->recordId(0) == contact);
}

TEST_CASE_METHOD(UiFixture, "date editors have a no-date state", "[ui][form]")
{
    RecordListView list(db(), QStringLiteral("contact"), RecordListView::Mode::Records);
    list.show();
    list.newRecord();
    RecordView *record = list.recordView();
    QTest::keyClicks(editorWidget<QLineEdit>(record, QStringLiteral("last_name")), QStringLiteral("Mora"));
    auto *birthday = editorWidget<OptionalDateTimeEdit>(record, QStringLiteral("birthday"));
    REQUIRE(birthday);
    CHECK(birthday->isEmpty());
    CHECK(birthday->text() == QStringLiteral("No date"));
    birthday->setDate(QDate(1990, 5, 17));
    REQUIRE(record->save());
    RecordStore store(db());
    CHECK(store.get(QStringLiteral("contact"), record->recordId())->value(QStringLiteral("birthday")).toString() == QStringLiteral("1990-05-17"));
    birthday->setEmpty();
    REQUIRE(record->save());
    CHECK(store.get(QStringLiteral("contact"), record->recordId())->value(QStringLiteral("birthday")).isNull());
    // Stepping an empty date starts from today, not from the year 100.
    birthday->stepUp();
    CHECK(birthday->date() == QDate::currentDate());
}

TEST_CASE_METHOD(UiFixture, "forms group fields under the section headings of the metadata", "[ui][form]")
{
    RecordListView list(db(), QStringLiteral("lead"), RecordListView::Mode::Records);
    list.show();
    list.newRecord();
    RecordView *record = list.recordView();
    QStringList captions;
    for (QLabel *label : record->form()->findChildren<QLabel *>())
        if (label->font().bold() && !label->buddy())
            captions << label->text();
    CHECK(captions.contains(QStringLiteral("Address")));
    CHECK(captions.contains(QStringLiteral("Qualification")));
    CHECK(captions.contains(QStringLiteral("Conversion")));
    // The headings come in the order of the description.
    CHECK(captions.indexOf(QStringLiteral("Address")) < captions.indexOf(QStringLiteral("Qualification")));

    // A disqualified lead without a reason is refused with the reason named; nothing is written.
    QTest::keyClicks(editorWidget<QLineEdit>(record, QStringLiteral("last_name")), QStringLiteral("Mora"));
    auto *status = editorWidget<QComboBox>(record, QStringLiteral("status"));
    REQUIRE(status);
    status->setCurrentIndex(status->findData(QStringLiteral("disqualified")));
    CHECK(!record->save());
    CHECK(countOf(db(), QStringLiteral("lead")) == 0);
    auto *reason = editorWidget<QComboBox>(record, QStringLiteral("disqualified_reason"));
    REQUIRE(reason);
    reason->setCurrentIndex(reason->findData(QStringLiteral("no_budget")));
    CHECK(record->save());
    CHECK(countOf(db(), QStringLiteral("lead")) == 1);
}
