// SPDX-License-Identifier: GPL-3.0-or-later
// Settings: custom fields reach open forms and lists at once; language and paths are saved.
#include "uitestsupport.h"

#include "forms/fieldeditor.h"
#include "forms/recordform.h"
#include "forms/recordview.h"
#include "settings/customfielddialog.h"
#include "settings/fieldspage.h"
#include "settings/settingsdialog.h"
#include "shell/mainwindow.h"
#include "util/appsettings.h"
#include "views/recordlistview.h"

#include "models/recordlistmodel.h"
#include "store/recordstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

TEST_CASE_METHOD(UiFixture, "a custom field added in Settings appears in open forms and lists", "[ui][settings]")
{
    const QString id = addRecord(db(), QStringLiteral("contact"), {{QStringLiteral("last_name"), QStringLiteral("Prieto")}});
    MainWindow w(db());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.showPageByName(QStringLiteral("contact"));
    RecordListView *list = w.currentListView();
    REQUIRE(list->openRecord(id));
    RecordView *record = list->recordView();
    // Typed but not saved: must survive the form's rebuild.
    auto *city = record->form()->editor(QStringLiteral("city"))->findChild<QLineEdit *>();
    QTest::keyClicks(city, QStringLiteral("Toledo"));

    SettingsDialog settings(db(), &w);
    settings.show();
    settings.tabs()->setCurrentIndex(1);
    FieldsPage *fields = settings.fieldsPage();
    fields->entityPicker()->setCurrentIndex(fields->entityPicker()->findData(QStringLiteral("contact")));

    bool filled = false;
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<CustomFieldDialog *>(modal);
        if (!dialog)
            return false;
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("fieldLabel")), QStringLiteral("Nivel de fidelidad"));
        auto *type = dialog->findChild<QComboBox *>(QStringLiteral("fieldType"));
        type->setCurrentIndex(type->findData(int(FieldType::Text)));
        dialog->findChild<QCheckBox *>(QStringLiteral("fieldInSearch"))->setChecked(true);
        filled = dialog->findChild<QLineEdit *>(QStringLiteral("fieldName"))->text() == QStringLiteral("nivel_de_fidelidad");
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        return true;
    });
    QTest::mouseClick(fields->addButton(), Qt::LeftButton);
    CHECK(filled);

    const Entity *contact = db().registry()->entity(QStringLiteral("contact"));
    REQUIRE(contact->field(QStringLiteral("nivel_de_fidelidad")));
    // The Fields list, the open form (input kept) and the list's columns follow without a restart.
    CHECK_FALSE(fields->fieldList()->findItems(QStringLiteral("nivel_de_fidelidad"), Qt::MatchExactly, 1).isEmpty());
    FieldEditor *editor = record->form()->editor(QStringLiteral("nivel_de_fidelidad"));
    REQUIRE(editor);
    CHECK(record->form()->editor(QStringLiteral("city"))->findChild<QLineEdit *>()->text() == QStringLiteral("Toledo"));
    REQUIRE(waitFor([&] { return list->model()->visibleFields().contains(QStringLiteral("nivel_de_fidelidad")); }));
    const int column = int(list->model()->visibleFields().indexOf(QStringLiteral("nivel_de_fidelidad")));
    CHECK(list->model()->headerData(column, Qt::Horizontal).toString() == QStringLiteral("Nivel de fidelidad"));

    // Fill it in through the form; it is saved, listed and searchable.
    QTest::keyClicks(editor->findChild<QLineEdit *>(), QStringLiteral("Oro"));
    REQUIRE(record->save());
    auto stored = RecordStore(db()).get(QStringLiteral("contact"), id);
    CHECK(stored->value(QStringLiteral("nivel_de_fidelidad")).toString() == QStringLiteral("Oro"));
    CHECK(stored->value(QStringLiteral("city")).toString() == QStringLiteral("Toledo"));
    REQUIRE(waitFor([&] { return list->model()->index(0, column).data().toString() == QStringLiteral("Oro"); }));

    // Remove it again, confirming.
    auto items = fields->fieldList()->findItems(QStringLiteral("nivel_de_fidelidad"), Qt::MatchExactly, 1);
    REQUIRE(items.size() == 1);
    fields->fieldList()->setCurrentItem(items.first());
    REQUIRE(fields->removeButton()->isEnabled());
    auto answered = answerNextMessageBox(QMessageBox::Yes);
    fields->removeButton()->click();
    CHECK(answered->seen);
    CHECK_FALSE(db().registry()->entity(QStringLiteral("contact"))->field(QStringLiteral("nivel_de_fidelidad")));
    CHECK_FALSE(record->form()->editor(QStringLiteral("nivel_de_fidelidad")));
    CHECK_FALSE(list->model()->visibleFields().contains(QStringLiteral("nivel_de_fidelidad")));
}

TEST_CASE_METHOD(UiFixture, "built-in fields cannot be removed and a bad field is refused", "[ui][settings]")
{
    FieldsPage page(db());
    page.entityPicker()->setCurrentIndex(page.entityPicker()->findData(QStringLiteral("account")));
    auto items = page.fieldList()->findItems(QStringLiteral("name"), Qt::MatchExactly, 1);
    REQUIRE(items.size() == 1);
    page.fieldList()->setCurrentItem(items.first());
    CHECK_FALSE(page.removeButton()->isEnabled());

    Field bad;
    bad.label = QStringLiteral("Colour");
    bad.type = FieldType::Picklist; // no values
    auto answered = answerNextMessageBox(QMessageBox::Ok);
    CHECK_FALSE(page.addField(QStringLiteral("account"), bad));
    CHECK(answered->seen);
    CHECK_FALSE(db().registry()->entity(QStringLiteral("account"))->field(QStringLiteral("colour")));
}

TEST_CASE_METHOD(UiFixture, "the General tab saves language and folders and announces a new language", "[ui][settings]")
{
    MainWindow w(db());
    SettingsDialog settings(db(), &w);
    QSignalSpy spy(&settings, &SettingsDialog::languageChanged);
    QComboBox *language = settings.languagePicker();
    language->setCurrentIndex(language->findData(QStringLiteral("es")));
    settings.findChild<QLineEdit *>(QStringLiteral("backupFolder"))->setText(temp.dir() + QStringLiteral("/backups"));
    settings.accept();
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).toString() == QStringLiteral("es"));
    CHECK(AppSettings::language() == QStringLiteral("es"));
    CHECK(AppSettings::backupFolder() == temp.dir() + QStringLiteral("/backups"));
    // The database shown was the one in use (as --db would give it): not saved unless changed.
    CHECK(AppSettings::databasePath().isEmpty());
}
