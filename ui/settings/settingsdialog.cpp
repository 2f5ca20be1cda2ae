// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "activitiespage.h"
#include "companypage.h" // sales: printing

#include "fieldspage.h"
#include "sync/synccontroller.h" // sync: gui
#include "sync/teamserverpage.h"
#include "telephonypage.h"

#include "dedupe/matchkeys.h"
#include "util/appsettings.h"

#include "store/database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace trato {

SettingsDialog::SettingsDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_tabs(new QTabWidget)
    , m_language(new QComboBox)
    , m_databasePath(new QLineEdit)
    , m_backupFolder(new QLineEdit)
    , m_fields(new FieldsPage(db))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setAccessibleName(windowTitle());
    resize(720, 520);
    m_tabs->setAccessibleName(tr("Settings sections"));
    m_tabs->addTab(buildGeneral(), tr("&General"));
    m_tabs->addTab(m_fields, tr("&Fields"));
    m_tabs->addTab(new ActivitiesPage(db, this), tr("&Activities")); // saves itself when the dialog is accepted
    m_tabs->addTab(new TelephonyPage(this), tr("Telep&hony")); // caller lookup: saves itself on accept
    m_tabs->addTab(new CompanyPage(db, this), tr("Co&mpany")); // sales: printing — saves itself on accept
    // sync: gui — its buttons act at once; the main window's sync controller runs the first sync
    m_tabs->addTab(new TeamServerPage(db, SyncController::find(parent), this), tr("Team ser&ver"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

QWidget *SettingsDialog::buildGeneral()
{
    auto *page = new QWidget;
    m_language->setObjectName(QStringLiteral("languagePicker"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    // Each language in its own name, so anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings::language())));

    m_databasePath->setObjectName(QStringLiteral("databasePath"));
    m_databasePath->setAccessibleName(tr("Database file"));
    m_initialDatabasePath = AppSettings::databasePath().isEmpty() ? m_db.path() : AppSettings::databasePath();
    m_databasePath->setText(QDir::toNativeSeparators(m_initialDatabasePath));
    auto *browseDb = new QPushButton(tr("Bro&wse…"));
    browseDb->setAccessibleName(tr("Choose the database file"));
    m_backupFolder->setObjectName(QStringLiteral("backupFolder"));
    m_backupFolder->setAccessibleName(tr("Backup folder"));
    m_backupFolder->setText(AppSettings::backupFolder());
    auto *browseBackup = new QPushButton(tr("Brow&se…"));
    browseBackup->setAccessibleName(tr("Choose the backup folder"));

    auto *dbRow = new QHBoxLayout;
    dbRow->addWidget(m_databasePath, 1);
    dbRow->addWidget(browseDb);
    auto *backupRow = new QHBoxLayout;
    backupRow->addWidget(m_backupFolder, 1);
    backupRow->addWidget(browseBackup);

    auto *languageLabel = new QLabel(tr("&Language:"));
    languageLabel->setBuddy(m_language);
    auto *dbLabel = new QLabel(tr("&Database file:"));
    dbLabel->setBuddy(m_databasePath);
    auto *backupLabel = new QLabel(tr("&Backup folder:"));
    backupLabel->setBuddy(m_backupFolder);
    auto *dbNote = new QLabel(tr("Trato uses this file from its next start; to switch now, use Open database… in the File menu. "
                                 "The --db option and the TRATO_DB variable override it."));
    dbNote->setWordWrap(true);
    auto *backupNote = new QLabel(tr("File → Back up now… writes a copy of the database here."));
    backupNote->setWordWrap(true);

    // Phone numbers written without a country code belong to this region (duplicate detection).
    m_phoneRegion = new QComboBox;
    m_phoneRegion->setObjectName(QStringLiteral("phoneRegionPicker"));
    m_phoneRegion->setAccessibleName(tr("Default phone region"));
    m_phoneRegion->addItem(tr("System default (%1)").arg(MatchKeys::systemRegion()), QString());
    for (const QString &code : MatchKeys::supportedRegions()) {
        const QString country = QLocale::territoryToString(QLocale::codeToTerritory(code));
        m_phoneRegion->addItem(QStringLiteral("%1 (%2)").arg(country, code), code);
    }
    m_phoneRegion->setCurrentIndex(qMax(0, m_phoneRegion->findData(AppSettings::savedPhoneRegion())));
    auto *regionLabel = new QLabel(tr("Default &phone region:"));
    regionLabel->setBuddy(m_phoneRegion);

    auto *form = new QFormLayout(page);
    form->addRow(languageLabel, m_language);
    form->addRow(regionLabel, m_phoneRegion);
    form->addRow(dbLabel, dbRow);
    form->addRow(QString(), dbNote);
    form->addRow(backupLabel, backupRow);
    form->addRow(QString(), backupNote);

    connect(browseDb, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Database file"), m_databasePath->text(),
                                                          tr("Trato databases (*.sqlite *.db);;All files (*)"), nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_databasePath->setText(QDir::toNativeSeparators(path));
    });
    connect(browseBackup, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_backupFolder->text());
        if (!dir.isEmpty())
            m_backupFolder->setText(QDir::toNativeSeparators(dir));
    });
    return page;
}

void SettingsDialog::accept()
{
    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != AppSettings::language();
    AppSettings::setLanguage(language);
    // Only a path the user changed is saved: the one shown may come from --db or TRATO_DB.
    const QString path = QDir::fromNativeSeparators(m_databasePath->text().trimmed());
    if (path != m_initialDatabasePath)
        AppSettings::setDatabasePath(path == Database::defaultPath() ? QString() : path);
    AppSettings::setPhoneRegion(m_phoneRegion->currentData().toString());
    AppSettings::setBackupFolder(QDir::fromNativeSeparators(m_backupFolder->text().trimmed()));
    QDialog::accept();
    if (languageChanged)
        Q_EMIT this->languageChanged(language);
}

} // namespace trato
