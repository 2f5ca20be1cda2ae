// SPDX-License-Identifier: GPL-3.0-or-later
// Search as you type in the list, the View combo with segments, the filter editor and tag editing.
#include "uitestsupport.h"

#include "forms/fieldeditor.h"
#include "forms/tagseditor.h"
#include "metadata/registry.h"
#include "models/recordlistmodel.h"
#include "search/filter.h"
#include "search/segmentstore.h"
#include "views/filterdialog.h"
#include "views/recordlistview.h"
#include "views/segmentbar.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

namespace {

QString S(const char *text)
{
    return QString::fromUtf8(text);
}

void addAccounts(Database &db)
{
    addRecord(db, S("account"), {{S("name"), S("Alfa Madrid")}, {S("city"), S("Madrid")}, {S("type"), S("customer")}});
    addRecord(db, S("account"), {{S("name"), S("Beta Madrid")}, {S("city"), S("Madrid")}, {S("type"), S("prospect")}});
    addRecord(db, S("account"), {{S("name"), S("Gamma Sevilla")}, {S("city"), S("Sevilla")}, {S("type"), S("customer")},
                                 {S("tags"), S("vip")}});
}

QStringList names(RecordListModel *model)
{
    const int col = int(model->visibleFields().indexOf(S("name")));
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, col).data().toString();
    return out;
}

} // namespace

TEST_CASE_METHOD(UiFixture, "typing in the list's search box reads pages on a worker and never blocks", "[ui][search]")
{
    for (int i = 0; i < 40; ++i)
        addRecord(db(), S("contact"), {{S("first_name"), S("Ana%1").arg(i)}, {S("last_name"), i % 4 ? S("Gilabert") : S("Gil")}});
    RecordListView view(db(), S("contact"), RecordListView::Mode::Records);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    RecordListModel *model = view.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy loaded(model, &RecordListModel::loaded);
    // A timer keeps ticking while the search is read: the GUI thread is free.
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&ticks] { ++ticks; });
    ticker.start(1);

    QTest::keyClicks(view.filterEdit(), QStringLiteral("gi"));
    QTest::keyClicks(view.filterEdit(), QStringLiteral("l"));
    REQUIRE(waitFor([&] { return loaded.count() > 0 && !model->isLoading(); }));
    CHECK(ticks > 0);
    REQUIRE(model->rowCount() == 40);
    const int last = int(model->visibleFields().indexOf(S("last_name")));
    // Exact matches ("Gil") first, then "Gilabert".
    for (int row = 0; row < 10; ++row)
        CHECK(model->index(row, last).data().toString() == S("Gil"));
    CHECK(model->index(10, last).data().toString() == S("Gilabert"));

    // Enter right after typing opens the first match once its page is in.
    view.filterEdit()->clear();
    REQUIRE(waitFor([&] { return !model->isLoading() && model->rowCount() == 40; }));
    // Enter acts only while the search box still has the focus, so the window must be active.
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    view.filterEdit()->setFocus();
    QTest::keyClicks(view.filterEdit(), QStringLiteral("ana3"));
    QTest::keyClick(view.filterEdit(), Qt::Key_Return);
    REQUIRE(waitFor([&] { return view.hasOpenRecord(); }));
    CHECK(model->rowCount() <= 11);
}

TEST_CASE_METHOD(UiFixture, "the View combo lists segments and applies them, the filter shows with its count", "[ui][segments]")
{
    addAccounts(db());
    const Entity *e = db().registry()->entity(S("account"));
    Segment madrid;
    madrid.entity = S("account");
    madrid.name = S("Madrid");
    madrid.conditions << Filter::parse(*e, S("city=Madrid")).value();
    madrid.sortField = S("name");
    madrid.descending = true;
    const QString madridId = SegmentStore(db()).add(madrid).value();

    RecordListView view(db(), S("account"), RecordListView::Mode::Records);
    view.resize(1100, 420);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    SegmentBar *bar = view.segmentBar();
    REQUIRE(bar);
    QComboBox *combo = bar->viewBox();
    REQUIRE(combo->count() == 2);
    CHECK(combo->itemText(0) == S("All accounts"));
    CHECK(combo->itemText(1) == S("Madrid"));
    CHECK(names(view.model()).size() == 3);

    REQUIRE(bar->selectSegment(madridId));
    REQUIRE(waitFor([&] { return names(view.model()) == QStringList{S("Beta Madrid"), S("Alfa Madrid")}; }));
    REQUIRE(waitFor([&] { return bar->activeLabel()->text().contains(S("2 records")); }));
    CHECK(bar->activeLabel()->text().contains(S("City is \"Madrid\"")));
    screenshot(&view, S("list-segment"));

    // A segment saved elsewhere shows up; a changed filter can be saved as a new one.
    bar->applyConditions({Filter::parse(*e, S("type=customer")).value()});
    REQUIRE(waitFor([&] { return names(view.model()) == QStringList{S("Gamma Sevilla"), S("Alfa Madrid")}; }));
    REQUIRE(waitFor([&] { return bar->activeLabel()->text().contains(S("(changed)")); }));
    REQUIRE(bar->saveAsSegment(S("Customers")));
    CHECK(combo->count() == 3);
    CHECK(combo->currentText() == S("Customers"));
    CHECK(SegmentStore(db()).byName(S("customers")).value().conditions.size() == 1);

    // Delete it: back to All, every record.
    REQUIRE(bar->deleteCurrentSegment(false));
    CHECK(combo->count() == 2);
    CHECK(combo->currentIndex() == 0);
    REQUIRE(waitFor([&] { return names(view.model()).size() == 3; }));
    CHECK(bar->activeLabel()->text().isEmpty());

    // The combo through the keyboard.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    REQUIRE(combo->currentText() == S("Madrid"));
    REQUIRE(waitFor([&] { return names(view.model()).size() == 2; }));
}

TEST_CASE_METHOD(UiFixture, "the filter dialog edits rows of field, operator and value and refuses bad values", "[ui][segments]")
{
    addAccounts(db());
    const Entity *e = db().registry()->entity(S("account"));
    FilterDialog dialog(db(), S("account"), {Filter::parse(*e, S("city=Madrid")).value()});
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(dialog.rowCount() == 1);
    CHECK(dialog.fieldBox(0)->currentData().toString() == S("city"));
    CHECK(dialog.valueEdit(0)->text() == S("Madrid"));

    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    REQUIRE(dialog.rowCount() == 2);
    dialog.fieldBox(1)->setCurrentIndex(dialog.fieldBox(1)->findData(S("annual_revenue")));
    // Money has no "contains"; it has "at least".
    CHECK(dialog.operatorBox(1)->findData(int(Condition::Contains)) < 0);
    dialog.operatorBox(1)->setCurrentIndex(dialog.operatorBox(1)->findData(int(Condition::GreaterOrEqual)));
    dialog.valueEdit(1)->setText(S("lots"));
    dialog.addRow(S("updated_at"), Condition::MoreThanDaysAgo, S("90"));
    dialog.addRow(S("website"), Condition::IsEmpty);
    CHECK_FALSE(dialog.valueEdit(3)->isEnabled());
    dialog.resize(dialog.width(), dialog.sizeHint().height());
    QApplication::processEvents();
    screenshot(&dialog, S("filter-dialog"));

    dialog.accept();
    CHECK(dialog.isVisible()); // refused: the money value
    CHECK(dialog.errorLabel()->text().contains(S("lots")));
    dialog.valueEdit(1)->setText(S("1000"));
    QTest::mouseClick(dialog.removeButton(2), Qt::LeftButton);
    REQUIRE(dialog.rowCount() == 3);
    dialog.accept();
    CHECK_FALSE(dialog.isVisible());
    const QList<Condition> c = dialog.conditions();
    REQUIRE(c.size() == 3);
    CHECK(Filter::toText(*e, c.at(0)) == S("city=Madrid"));
    CHECK(Filter::toText(*e, c.at(1)) == S("annual_revenue>=1000.00"));
    CHECK(Filter::toText(*e, c.at(2)) == S("website="));
}

TEST_CASE_METHOD(UiFixture, "the tags editor completes from tags in use and stores them normalized", "[ui][forms]")
{
    addAccounts(db());
    addRecord(db(), S("account"), {{S("name"), S("Delta")}, {S("tags"), S("feria 2025, norte")}});
    const Entity *e = db().registry()->entity(S("account"));
    std::unique_ptr<FieldEditor> editor(FieldEditor::create(db(), S("account"), *e->field(S("tags"))));
    auto *tags = qobject_cast<TagsEditor *>(editor.get());
    REQUIRE(tags);
    REQUIRE(waitFor([&] { return tags->knownTags().size() == 3; }));
    CHECK(tags->knownTags().contains(S("vip")));
    editor->setValue(S("norte;vip"));
    CHECK(tags->lineEdit()->text() == S("norte, vip"));
    editor->show();
    REQUIRE(QTest::qWaitForWindowExposed(editor.get()));
    tags->lineEdit()->setFocus();
    tags->lineEdit()->end(false);
    QTest::keyClicks(tags->lineEdit(), QStringLiteral(", fe"));
    // The completer matches the tag being typed and keeps the ones before it.
    CHECK(tags->completer()->completionCount() == 1);
    CHECK(tags->completer()->currentCompletion() == S("norte, vip, feria 2025"));
    QTest::keyClicks(tags->lineEdit(), QStringLiteral("ria 2025, VIP"));
    auto v = editor->value();
    REQUIRE(v.ok());
    CHECK(v.value().toString() == S("feria 2025;norte;vip"));
    CHECK(editor->isDirty());
}
