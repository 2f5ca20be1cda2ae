// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QTabWidget;

namespace trato {

class Database;
class FieldsPage;

// Tools -> Settings: General (language, applied at once; database file, used from the next start
// or File -> Open database; backup folder) and Fields (custom fields of every entity).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Database &db, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    FieldsPage *fieldsPage() const { return m_fields; }
    QComboBox *languagePicker() const { return m_language; }
    QComboBox *phoneRegionPicker() const { return m_phoneRegion; }

    void accept() override;

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    QWidget *buildGeneral();

    Database &m_db;
    QTabWidget *m_tabs;
    QComboBox *m_language;
    QComboBox *m_phoneRegion = nullptr;
    QLineEdit *m_databasePath;
    QLineEdit *m_backupFolder;
    FieldsPage *m_fields;
    QString m_initialDatabasePath;
};

} // namespace trato
