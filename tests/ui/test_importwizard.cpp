// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard driven with QTest to a finished import (then undone) and a cancelled one; the
// import history with Revert; the export dialog; the File menu and list toolbar hooks.
#include "uitestsupport.h"

#include "importexport/exportdialog.h"
#include "importexport/importsdialog.h"
#include "importexport/importwizard.h"
#include "shell/mainwindow.h"

#include "importexport/exporter.h"
#include "store/sqlite.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace trato;
using namespace trato::uitest;

namespace {

QString S(const char *t)
{
    return QString::fromUtf8(t);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

qint64 count(Database &db, const QString &sql)
{
    auto r = Sql::exec(db.connection(), sql);
    REQUIRE(r.ok());
    REQUIRE(r.value().next());
    return r.value().value(0).toLongLong();
}


} // namespace

TEST_CASE_METHOD(UiFixture, "the import wizard imports a file step by step and can undo it", "[ui][import]")
{
    addRecord(db(), S("contact"), {{S("first_name"), S("Ana")}, {S("last_name"), S("Ruiz")}, {S("email"), S("ana@ruiz.es")}});
    QTemporaryDir dir;
    const QString file = writeFile(dir, S("contactos.csv"),
                                   "Nombre;Apellidos;Correo electr\xF3nico;Tel\xE9" "fono;Apodo\r\n"
                                   "Ana;Ruiz;ana@ruiz.es;976 000 111;Anita\r\n"
                                   "Luis;Gil;luis@gil.es;976 222 333;Lucho\r\n"
                                   "Eva;;eva@sanz.es;;Evita\r\n"
                                   "Marta;Sanz;marta@@sanz;;\r\n"
                                   "Jos\xE9;N\xFA\xF1" "ez;jose@nunez.es;;Pepe\r\n");
    ImportWizard wizard(db(), S("contact"));
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    wizard.setFile(file);
    auto *detected = wizard.findChild<QLabel *>(S("importDetected"));
    CHECK(detected->text().contains(S("Windows-1252")));
    CHECK(detected->text().contains(S("\";\"")));
    screenshot(&wizard, S("import-1-file"));
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
    CHECK(wizard.mapping() == QStringList{S("first_name"), S("last_name"), S("email"), S("phone"), QString()});
    CHECK(wizard.mappingTable()->item(1, 1)->text() == S("Ruiz · Gil · Sanz"));
    wizard.setMapping(4, S("description"));
    screenshot(&wizard, S("import-2-mapping"));

    QSignalSpy preview(&wizard, &ImportWizard::previewReady);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::PreviewPage);
    REQUIRE(waitFor([&] { return preview.count() > 0; }));
    QTableWidget *rows = wizard.previewTable();
    REQUIRE(rows->rowCount() == 5);
    CHECK(rows->item(0, 1)->text() == S("Skipped"));
    CHECK(rows->item(2, 1)->text() == S("Error"));
    CHECK(rows->item(2, 2)->text().contains(S("required")));
    CHECK(rows->item(2, 0)->background().color() == QColor(255, 224, 224));
    CHECK(rows->item(3, 2)->text().contains(S("marta@@sanz")));
    // With the bad rows the whole import would stop: import the good ones only.
    wizard.findChild<QCheckBox *>(S("partialImport"))->setChecked(true);
    wizard.policyCombo()->setCurrentIndex(wizard.policyCombo()->findData(int(DuplicatePolicy::Update)));
    REQUIRE(waitFor([&] { return preview.count() > 1; }));
    CHECK(rows->item(0, 1)->text() == S("Updates"));
    screenshot(&wizard, S("import-3-preview"));

    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::RunPage);
    REQUIRE(waitFor([&] { return finished.count() == 1; }, 20000));
    CHECK(finished.at(0).at(0).toBool());
    CHECK(wizard.summaryLabel()->text().contains(S("2 created, 1 updated")));
    CHECK(wizard.undoButton()->isVisible());
    CHECK(wizard.button(QWizard::FinishButton)->isEnabled());
    screenshot(&wizard, S("import-4-done"));
    CHECK(count(db(), S("SELECT count(*) FROM contact")) == 3);
    CHECK(count(db(), S("SELECT count(*) FROM contact WHERE description = 'Pepe' AND last_name = 'Núñez'")) == 1);
    CHECK(count(db(), S("SELECT count(*) FROM contact WHERE phone = '976 000 111'")) == 1);

    QSignalSpy undone(&wizard, &ImportWizard::undone);
    QTest::mouseClick(wizard.undoButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return undone.count() == 1; }, 20000));
    CHECK(undone.at(0).at(0).toBool());
    CHECK(count(db(), S("SELECT count(*) FROM contact")) == 1);
    CHECK(count(db(), S("SELECT count(*) FROM contact WHERE phone IS NULL")) == 1);
}

TEST_CASE_METHOD(UiFixture, "a cancelled import in the wizard writes nothing", "[ui][import]")
{
    QTemporaryDir dir;
    QByteArray bytes = "First Name,Last Name,E-mail Address,Business City\n";
    for (int i = 0; i < 60000; ++i)
        bytes += QStringLiteral("Nombre%1,Apellido%1,p%1@example.es,Ciudad%2\n").arg(i).arg(i % 50).toUtf8();
    const QString file = writeFile(dir, S("grande.csv"), bytes);
    ImportWizard wizard(db(), S("contact"));
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    wizard.setFile(file);
    wizard.next();
    QSignalSpy preview(&wizard, &ImportWizard::previewReady);
    wizard.next();
    REQUIRE(waitFor([&] { return preview.count() > 0; }, 20000));
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    wizard.next();
    REQUIRE(wizard.importRunning());
    CHECK(wizard.cancelImportButton()->isVisible());
    screenshot(&wizard, S("import-5-running"));
    QTest::mouseClick(wizard.cancelImportButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return finished.count() == 1; }, 60000));
    CHECK_FALSE(finished.at(0).at(0).toBool());
    CHECK(wizard.summaryLabel()->text().contains(S("cancelled")));
    CHECK_FALSE(wizard.undoButton()->isVisible());
    CHECK(count(db(), S("SELECT count(*) FROM contact")) == 0);
    CHECK(count(db(), S("SELECT count(*) FROM import_batch")) == 0);
    CHECK(count(db(), S("SELECT count(*) FROM bulk_operation")) == 0);
}

TEST_CASE_METHOD(UiFixture, "the import history lists imports and reverts one", "[ui][import]")
{
    QTemporaryDir dir;
    const QString file = writeFile(dir, S("uno.csv"), "last_name,email\nRuiz,ana@ruiz.es\nGil,luis@gil.es\n");
    ImportOptions o;
    o.entity = S("contact");
    o.path = file;
    REQUIRE(Importer(db()).run(o).ok());
    ImportsDialog dialog(db());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(dialog.table()->rowCount() == 1);
    CHECK(dialog.table()->item(0, 2)->text() == S("uno.csv"));
    CHECK(dialog.table()->item(0, 3)->text() == S("2"));
    screenshot(&dialog, S("import-6-history"));
    dialog.table()->selectRow(0);
    REQUIRE(dialog.revertButton()->isEnabled());
    QSignalSpy reverted(&dialog, &ImportsDialog::reverted);
    auto answer = answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(dialog.revertButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return reverted.count() == 1; }, 20000));
    CHECK(answer->seen);
    CHECK(reverted.at(0).at(0).toBool());
    CHECK(count(db(), S("SELECT count(*) FROM contact")) == 0);
    CHECK(dialog.table()->item(0, 6)->text() == S("Reverted"));
}

TEST_CASE_METHOD(UiFixture, "the export dialog writes the list's records as CSV", "[ui][import]")
{
    addRecord(db(), S("contact"), {{S("first_name"), S("José")}, {S("last_name"), S("Núñez")}, {S("city"), S("León")}});
    addRecord(db(), S("contact"), {{S("first_name"), S("Ana")}, {S("last_name"), S("Ruiz")}, {S("city"), S("Soria")}});
    QTemporaryDir dir;
    ListQuery q;
    q.entity = S("contact");
    q.search = S("nunez");
    ExportDialog dialog(db(), q);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const QString path = dir.filePath(S("out.csv"));
    dialog.setFile(path);
    dialog.encodingCombo()->setCurrentIndex(dialog.encodingCombo()->findData(int(ExportEncoding::Windows1252)));
    dialog.delimiterCombo()->setCurrentIndex(1);
    screenshot(&dialog, S("import-7-export"));
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return exported.count() == 1; }, 20000));
    CHECK(exported.at(0).at(0).toBool());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.contains("Jos\xE9;N\xFA\xF1" "ez;"));
    CHECK(!bytes.contains("Ruiz"));
}

TEST_CASE_METHOD(UiFixture, "File menu and list toolbar open import and export", "[ui][import]")
{
    MainWindow w(db());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.showPageByName(S("contact"));
    auto *import = w.findChild<QAction *>(S("actionImport"));
    REQUIRE(import);
    REQUIRE(w.findChild<QAction *>(S("actionExport")));
    REQUIRE(w.findChild<QAction *>(S("actionImportHistory")));
    import->trigger();
    auto *wizard = w.findChild<ImportWizard *>();
    REQUIRE(wizard);
    CHECK(wizard->entityName() == S("contact"));
    wizard->close();
    w.findChild<QAction *>(S("actionExport"))->trigger();
    REQUIRE(w.findChild<ExportDialog *>());
}

TEST_CASE_METHOD(UiFixture, "the import wizard reads a vCard file", "[ui][import]")
{
    QTemporaryDir dir;
    const QString file = writeFile(dir, S("agenda.vcf"),
                                   "BEGIN:VCARD\r\nVERSION:3.0\r\nN:G\xC3\xB3mez;Laura;;;\r\nEMAIL;TYPE=work:laura@gomez.es\r\n"
                                   "TEL;TYPE=cell:611 222 333\r\nEND:VCARD\r\n");
    ImportWizard wizard(db(), S("contact"));
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    wizard.setFile(file);
    CHECK(wizard.fileInfo().format == ImportFormat::VCard);
    CHECK(wizard.findChild<QLabel *>(S("importDetected"))->text().contains(S("vCard")));
    wizard.next();
    const QStringList mapping = wizard.mapping();
    CHECK(mapping.value(0) == S("first_name"));
    CHECK(mapping.value(1) == S("last_name"));
    CHECK(mapping.contains(S("mobile")));
    QSignalSpy preview(&wizard, &ImportWizard::previewReady);
    wizard.next();
    REQUIRE(waitFor([&] { return preview.count() > 0; }));
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    wizard.next();
    REQUIRE(waitFor([&] { return finished.count() == 1; }, 20000));
    CHECK(finished.at(0).at(0).toBool());
    CHECK(count(db(), S("SELECT count(*) FROM contact WHERE mobile = '611 222 333' AND last_name = 'Gómez'")) == 1);
}
