// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importexport/importer.h"

#include <QWizard>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace trato {

class Database;

// File > Import…: choose the file and the entity (format, encoding and delimiter detected, shown
// and overridable) -> map each column to a field (recognized and remembered mappings pre-filled) ->
// preview with every row judged and the duplicate policy -> the import on a worker thread with a
// progress bar and Cancel, then its summary with "Undo this import". All the work is Importer's.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, PreviewPage, RunPage };

    ImportWizard(Database &db, const QString &entity = QString(), QWidget *parent = nullptr);
    ~ImportWizard() override;

    // For tests and the pages.
    void setFile(const QString &path);
    QString filePath() const;
    QString entityName() const;
    const ImportFileInfo &fileInfo() const { return m_info; }
    QStringList mapping() const;
    void setMapping(int column, const QString &field);
    ImportOptions options() const;
    QTableWidget *mappingTable() const { return m_mappingTable; }
    QTableWidget *previewTable() const { return m_previewTable; }
    QComboBox *policyCombo() const { return m_policy; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelImportButton() const { return m_cancelButton; }
    QPushButton *undoButton() const { return m_undoButton; }
    QLabel *summaryLabel() const { return m_summary; }
    bool importRunning() const { return m_running; }
    bool importDone() const { return m_done; }
    QString importId() const { return m_importId; }
    void cancelImport();

Q_SIGNALS:
    void previewReady();
    void importFinished(bool ok);
    void undone(bool ok);

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;
    void reject() override;

private:
    QWizardPage *buildFilePage();
    QWizardPage *buildMappingPage();
    QWizardPage *buildPreviewPage();
    QWizardPage *buildRunPage();
    void inspectFile();
    void fillMapping();
    void runPreview();
    void startImport();
    void undo();
    CsvReaderOptions csvOptions() const;

    Database &m_db;
    ImportFileInfo m_info;
    bool m_infoOk = false;
    // File page
    QLineEdit *m_path = nullptr;
    QComboBox *m_entity = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QLabel *m_detected = nullptr;
    // Mapping page
    QTableWidget *m_mappingTable = nullptr;
    QLabel *m_mappingNote = nullptr;
    // Preview page
    QTableWidget *m_previewTable = nullptr;
    QComboBox *m_policy = nullptr;
    QCheckBox *m_createMissing = nullptr;
    QCheckBox *m_partial = nullptr;
    QLabel *m_previewNote = nullptr;
    int m_previewGeneration = 0;
    // Run page
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_undoButton = nullptr;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_issues = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    bool m_running = false;
    bool m_done = false;
    QString m_importId;
};

} // namespace trato
