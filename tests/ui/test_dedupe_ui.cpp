// SPDX-License-Identifier: GPL-3.0-or-later
// Duplicates in the GUI: the warning on save, Find duplicates, the merge dialog, lead conversion.
#include "uitestsupport.h"

#include "dedupe/duplicatesdialog.h"
#include "dedupe/duplicatewarningdialog.h"
#include "dedupe/mergedialog.h"
#include "forms/fieldeditor.h"
#include "forms/recordform.h"
#include "forms/recordview.h"
#include "marketing/convertleaddialog.h"
#include "settings/settingsdialog.h"
#include "views/recordlistview.h"
#include "models/recordlistmodel.h"

#include "store/recordstore.h"
#include "util/appsettings.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QTabWidget>
#include <QApplication>
#include <QMenu>
#include <QTimer>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QLineEdit *lineEdit(RecordView *view, const char *field)
{
    return view->form()->editor(s(field))->findChild<QLineEdit *>(s("editor_") + s(field));
}

qint64 count(Database &db, const char *entity)
{
    ListQuery q;
    q.entity = s(entity);
    return RecordStore(db).count(q).value();
}
} // namespace

TEST_CASE_METHOD(UiFixture, "saving a likely duplicate asks: Cancel, Open or Save anyway", "[ui][dedupe]")
{
    AppSettings::setPhoneRegion(s("ES"));
    const QString ana = addRecord(db(), s("contact"), {{s("first_name"), s("Ana")}, {s("last_name"), s("Ruiz")},
                                                        {s("mobile"), s("600 11 22 33")}});
    RecordView view(db(), s("contact"));
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.newRecord();
    typeText(lineEdit(&view, "last_name"), s("Otra"));
    typeText(lineEdit(&view, "phone"), s("+34 600112233"));

    // Cancel: nothing saved, the input stays.
    bool listed = false;
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<DuplicateWarningDialog *>(modal);
        if (!dialog)
            return false;
        listed = dialog->list()->topLevelItemCount() == 1 && dialog->chosenId() == ana
            && dialog->list()->topLevelItem(0)->text(1).contains(s("same phone"));
        screenshot(dialog, s("duplicate-warning"));
        dialog->reject();
        return true;
    });
    CHECK_FALSE(view.save());
    CHECK(listed);
    CHECK(view.isNew());
    CHECK(view.isModified());
    CHECK(count(db(), "contact") == 1);

    // Open: the existing record is asked for instead.
    QSignalSpy open(&view, &RecordView::openRequested);
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<DuplicateWarningDialog *>(modal);
        if (!dialog)
            return false;
        dialog->openButton()->click();
        return true;
    });
    CHECK_FALSE(view.save());
    REQUIRE(open.count() == 1);
    CHECK(open.first().at(1).toString() == ana);
    CHECK(count(db(), "contact") == 1);

    // Save anyway.
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<DuplicateWarningDialog *>(modal);
        if (!dialog)
            return false;
        dialog->saveButton()->click();
        return true;
    });
    CHECK(view.save());
    CHECK_FALSE(view.isNew());
    CHECK(count(db(), "contact") == 2);

    // Editing a field that is not a key (city) never asks.
    typeText(lineEdit(&view, "city"), s("Soria"));
    CHECK(view.save());
}

TEST_CASE_METHOD(UiFixture, "the merge dialog picks values per field, previews them and merges", "[ui][dedupe]")
{
    const QString keep = addRecord(db(), s("account"), {{s("name"), s("Hierros Ruiz S.L.")}, {s("city"), s("Zaragoza")}});
    const QString other = addRecord(db(), s("account"), {{s("name"), s("HIERROS RUIZ")}, {s("phone"), s("976 11 22 33")},
                                                          {s("city"), s("Huesca")}});
    const QString contact = addRecord(db(), s("contact"), {{s("last_name"), s("Uno")}, {s("account"), other}});
    MergeDialog dialog(db(), s("account"), {keep, other});
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(dialog.isValid());
    CHECK(dialog.differingFields().contains(s("name")));
    CHECK(dialog.differingFields().contains(s("phone")));
    CHECK(dialog.keptId() == keep);
    CHECK(dialog.resultText(s("city")) == s("Zaragoza"));
    CHECK(dialog.resultText(s("phone")) == s("976 11 22 33")); // the kept one has none: the filled one
    dialog.take(s("city"), other);
    CHECK(dialog.resultText(s("city")) == s("Huesca"));
    screenshot(&dialog, s("merge-dialog"));
    QTest::mouseClick(dialog.mergeButton(), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    RecordStore store(db());
    const auto kept = store.get(s("account"), keep).value();
    CHECK(kept.value(s("city")).toString() == s("Huesca"));
    CHECK(kept.value(s("phone")).toString() == s("976 11 22 33"));
    CHECK(kept.value(s("name")).toString() == s("Hierros Ruiz S.L."));
    CHECK(store.get(s("contact"), contact).value().value(s("account")).toString() == keep);
    CHECK(store.get(s("account"), other).value().value(s("deleted")).toBool());

    // The kept record's History says what was merged into it.
    RecordView view(db(), s("account"));
    REQUIRE(view.openRecord(keep));
    view.tabs()->setCurrentWidget(view.historyView());
    QAbstractItemModel *history = view.historyView()->model();
    bool shown = false;
    for (int row = 0; row < history->rowCount(); ++row)
        for (int column = 0; column < history->columnCount(); ++column)
            shown = shown || history->index(row, column).data().toString() == s("Merged with");
    CHECK(shown);

    // A record in the Trash cannot be merged: the dialog says so and merges nothing.
    MergeDialog refused(db(), s("account"), {keep, other});
    CHECK_FALSE(refused.isValid());
    CHECK(refused.errorText().contains(s("Trash")));
}

TEST_CASE_METHOD(UiFixture, "Find duplicates scans on a worker, lists groups and merges one", "[ui][dedupe]")
{
    AppSettings::setPhoneRegion(s("ES"));
    const QString a = addRecord(db(), s("contact"), {{s("last_name"), s("Uno")}, {s("email"), s("x@dup.es")}});
    const QString b = addRecord(db(), s("contact"), {{s("last_name"), s("Dos")}, {s("email"), s("X@DUP.ES")}});
    addRecord(db(), s("contact"), {{s("last_name"), s("Tres")}, {s("email"), s("tres@dup.es")}});
    RecordListView list(db(), s("contact"), RecordListView::Mode::Records);
    list.show();
    REQUIRE(QTest::qWaitForWindowExposed(&list));
    auto *find = list.findChild<QAction *>(s("findDuplicates"));
    REQUIRE(find);
    find->trigger();
    auto *dialog = list.findChild<DuplicatesDialog *>();
    REQUIRE(dialog);
    REQUIRE(waitFor([&] { return !dialog->isScanning() && dialog->groups()->topLevelItemCount() == 1; }));
    CHECK(dialog->summaryText().contains(s("Groups of duplicates: 1 (2 of 3 records)")));
    CHECK(dialog->selectedGroupIds() == (QStringList{a, b}));
    CHECK(dialog->groups()->topLevelItem(0)->text(1).contains(s("same email")));
    screenshot(dialog, s("duplicates-dialog"));

    onNextModal([&](QWidget *modal) {
        auto *merge = qobject_cast<MergeDialog *>(modal);
        if (!merge)
            return false;
        merge->mergeButton()->click();
        return true;
    });
    dialog->mergeSelected();
    REQUIRE(waitFor([&] { return !dialog->isScanning(); }));
    CHECK(dialog->groups()->topLevelItemCount() == 0);
    CHECK(dialog->summaryText().contains(s("No duplicates")));
    CHECK(count(db(), "contact") == 2);
    dialog->close();
}

TEST_CASE_METHOD(UiFixture, "Convert lead suggests the existing account, shows the mapping and converts", "[ui][dedupe]")
{
    const QString account = addRecord(db(), s("account"), {{s("name"), s("Frutas Martín S.L.")}});
    const QString lead = addRecord(db(), s("lead"), {{s("first_name"), s("Lucía")}, {s("last_name"), s("Martín")},
                                                      {s("company"), s("FRUTAS MARTIN")}, {s("email"), s("lucia@fm.es")},
                                                      {s("status"), s("qualified")}});
    RecordView view(db(), s("lead"));
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(view.openRecord(lead));
    auto *button = view.findChild<QPushButton *>(s("convertLead"));
    REQUIRE(button);
    CHECK(button->isVisible());

    bool suggested = false;
    bool mapped = false;
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ConvertLeadDialog *>(modal);
        if (!dialog)
            return false;
        suggested = dialog->suggestedAccounts() == QStringList{account};
        // Linking the account: only the contact is created, so only its fields are mapped.
        for (int i = 0; i < dialog->mapping()->topLevelItemCount(); ++i)
            mapped = mapped || (dialog->mapping()->topLevelItem(i)->text(2) == s("lucia@fm.es"));
        screenshot(dialog, s("convert-lead"));
        dialog->convertButton()->click();
        return true;
    });
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(suggested);
    CHECK(mapped);
    RecordStore store(db());
    const auto after = store.get(s("lead"), lead).value();
    CHECK(after.value(s("status")).toString() == s("converted"));
    CHECK(after.value(s("converted_account")).toString() == account);
    const QString contact = after.value(s("converted_contact")).toString();
    CHECK(store.get(s("contact"), contact).value().value(s("account")).toString() == account);
    CHECK(count(db(), "account") == 1);
    REQUIRE(waitFor([&] { return !button->isVisible(); })); // converted: no second time

    // The dialog refuses a converted lead with the reason.
    ConvertLeadDialog again(db(), lead, s("ES"));
    CHECK_FALSE(again.convertNow());
    CHECK(again.errorText().contains(s("already converted")));
}

TEST_CASE_METHOD(UiFixture, "Convert lead creates new records when nothing matches, the phone region is a setting", "[ui][dedupe]")
{
    const QString lead = addRecord(db(), s("lead"), {{s("last_name"), s("Sanz")}, {s("company"), s("Nueva S.A.")}});
    ConvertLeadDialog dialog(db(), lead, s("ES"));
    REQUIRE(dialog.isValid());
    CHECK(dialog.suggestedAccounts().isEmpty());
    CHECK(dialog.mapping()->topLevelItemCount() >= 2); // company -> account name, last name -> contact
    REQUIRE(dialog.convertNow());
    CHECK(dialog.result().accountCreated);
    CHECK(dialog.result().contactCreated);
    CHECK(count(db(), "account") == 1);

    SettingsDialog settings(db());
    QComboBox *region = settings.phoneRegionPicker();
    REQUIRE(region);
    region->setCurrentIndex(region->findData(s("AR")));
    screenshot(&settings, s("settings-general"));
    settings.accept();
    CHECK(AppSettings::phoneRegion() == s("AR"));
    CHECK(AppSettings::savedPhoneRegion() == s("AR"));
}

namespace {
// Runs action on the next popup menu once it is shown, then closes the menu.
void onNextMenu(const std::function<void(QMenu *)> &action)
{
    auto *timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, action] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        timer->stop();
        timer->deleteLater();
        action(menu);
        menu->close();
    });
    timer->start(20);
}

QAction *actionNamed(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions())
        if (a->text() == text)
            return a;
    return nullptr;
}
} // namespace

TEST_CASE_METHOD(UiFixture, "the list's context menu merges the selected records and converts a lead", "[ui][dedupe]")
{
    const QString a = addRecord(db(), s("account"), {{s("name"), s("Uno S.L.")}});
    const QString b = addRecord(db(), s("account"), {{s("name"), s("UNO")}});
    RecordListView accounts(db(), s("account"), RecordListView::Mode::Records);
    accounts.show();
    REQUIRE(QTest::qWaitForWindowExposed(&accounts));
    REQUIRE(waitFor([&] { return accounts.model()->rowOfId(a) >= 0 && accounts.model()->rowOfId(b) >= 0; }));
    accounts.table()->selectAll();
    REQUIRE(accounts.selectedIds().size() == 2);
    bool mergeEnabled = false;
    onNextModal([&](QWidget *modal) {
        auto *merge = qobject_cast<MergeDialog *>(modal);
        if (!merge)
            return false;
        merge->mergeButton()->click();
        return true;
    });
    onNextMenu([&](QMenu *menu) {
        QAction *merge = actionNamed(menu, s("Merge…"));
        mergeEnabled = merge && merge->isEnabled();
        CHECK_FALSE(actionNamed(menu, s("Convert lead…"))); // accounts are not converted
        if (merge)
            merge->trigger();
    });
    Q_EMIT accounts.table()->customContextMenuRequested(QPoint(10, 10));
    CHECK(mergeEnabled);
    CHECK(count(db(), "account") == 1);

    const QString lead = addRecord(db(), s("lead"), {{s("last_name"), s("Sanz")}, {s("company"), s("Nueva")}});
    RecordListView leads(db(), s("lead"), RecordListView::Mode::Records);
    leads.show();
    REQUIRE(QTest::qWaitForWindowExposed(&leads));
    REQUIRE(waitFor([&] { return leads.selectRecord(lead); }));
    onNextModal([&](QWidget *modal) {
        auto *convert = qobject_cast<ConvertLeadDialog *>(modal);
        if (!convert)
            return false;
        convert->convertButton()->click();
        return true;
    });
    onNextMenu([&](QMenu *menu) {
        QAction *convert = actionNamed(menu, s("Convert lead…"));
        REQUIRE(convert);
        CHECK(convert->isEnabled());
        convert->trigger();
    });
    QSignalSpy message(&leads, &RecordListView::message);
    Q_EMIT leads.table()->customContextMenuRequested(QPoint(10, 10));
    CHECK(RecordStore(db()).get(s("lead"), lead).value().value(s("status")).toString() == s("converted"));
    REQUIRE(message.count() == 1);
    CHECK(message.first().at(0).toString().contains(s("Converted")));
}
