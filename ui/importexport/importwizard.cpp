// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizard.h"

#include "importexport/headermapping.h"
#include "importexport/importlog.h"
#include "metadata/registry.h"
#include "metadata/value.h"
#include "store/database.h"
#include "util/appsettings.h"
#include "util/background.h"
#include "util/dialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace trato {

namespace {

// A wizard page whose "Next" is enabled by a function of the wizard's state.
class Page : public QWizardPage
{
public:
    std::function<bool()> complete;
    bool isComplete() const override { return complete ? complete() : true; }
    void changed() { Q_EMIT completeChanged(); }
};

QString actionText(ImportRow::Action a)
{
    switch (a) {
    case ImportRow::Create: return ImportWizard::tr("New");
    case ImportRow::Update: return ImportWizard::tr("Updates");
    case ImportRow::Skip: return ImportWizard::tr("Skipped");
    case ImportRow::Error: return ImportWizard::tr("Error");
    }
    return {};
}

} // namespace

ImportWizard::ImportWizard(Database &db, const QString &entity, QWidget *parent)
    : QWizard(parent)
    , m_db(db)
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    setAccessibleName(tr("Import wizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, buildFilePage());
    setPage(MappingPage, buildMappingPage());
    setPage(PreviewPage, buildPreviewPage());
    setPage(RunPage, buildRunPage());
    if (!entity.isEmpty()) {
        const int i = m_entity->findData(entity);
        if (i >= 0)
            m_entity->setCurrentIndex(i);
    }
    resize(820, 560);
}

ImportWizard::~ImportWizard()
{
    m_cancelled->store(true);
}

QWizardPage *ImportWizard::buildFilePage()
{
    auto *page = new Page;
    page->setTitle(tr("Choose the file"));
    page->setSubTitle(tr("CSV files from Outlook, Google Contacts, other CRMs or a spreadsheet, and vCard files."));
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("importFile"));
    m_path->setAccessibleName(tr("File to import"));
    auto *browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import"), QString(),
                                                          tr("CSV and vCard files (*.csv *.txt *.tsv *.vcf *.vcard);;All files (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    m_entity = new QComboBox;
    m_entity->setObjectName(QStringLiteral("importEntity"));
    m_entity->setAccessibleName(tr("Import into"));
    for (const Entity *e : m_db.registry()->entities())
        if (!e->embedded)
            m_entity->addItem(e->displayPluralLabel(), e->name);
    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->setAccessibleName(tr("Format"));
    m_format->addItem(tr("Detect"), int(ImportFormat::Auto));
    m_format->addItem(tr("CSV"), int(ImportFormat::Csv));
    m_format->addItem(tr("vCard"), int(ImportFormat::VCard));
    m_encoding = new QComboBox;
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->setAccessibleName(tr("Encoding"));
    m_encoding->addItem(tr("Detect"), -1);
    m_encoding->addItem(QStringLiteral("UTF-8"), int(CsvEncoding::Utf8));
    m_encoding->addItem(QStringLiteral("UTF-16LE"), int(CsvEncoding::Utf16LE));
    m_encoding->addItem(QStringLiteral("UTF-16BE"), int(CsvEncoding::Utf16BE));
    m_encoding->addItem(QStringLiteral("Windows-1252"), int(CsvEncoding::Windows1252));
    m_delimiter = new QComboBox;
    m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Vertical bar ( | )"), QStringLiteral("|"));
    m_detected = new QLabel;
    m_detected->setObjectName(QStringLiteral("importDetected"));
    m_detected->setWordWrap(true);
    m_detected->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout(page);
    auto *fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Import into:"), m_entity);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(m_detected);
    page->complete = [this] { return m_infoOk; };
    connect(m_path, &QLineEdit::editingFinished, this, &ImportWizard::inspectFile);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportWizard::inspectFile);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportWizard::inspectFile);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportWizard::inspectFile);
    return page;
}

QWizardPage *ImportWizard::buildMappingPage()
{
    auto *page = new Page;
    page->setTitle(tr("Match the columns"));
    page->setSubTitle(tr("Choose the field each column goes to. Recognized columns are filled in; the choice is remembered "
                         "for files with the same columns."));
    m_mappingTable = new QTableWidget(0, 3);
    m_mappingTable->setObjectName(QStringLiteral("mappingTable"));
    m_mappingTable->setAccessibleName(tr("Column mapping"));
    m_mappingTable->setHorizontalHeaderLabels({tr("Column"), tr("Sample values"), tr("Field")});
    m_mappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_mappingNote = new QLabel;
    m_mappingNote->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_mappingTable, 1);
    layout->addWidget(m_mappingNote);
    page->complete = [this] {
        for (const QString &f : mapping())
            if (!f.isEmpty())
                return true;
        return false;
    };
    return page;
}

QWizardPage *ImportWizard::buildPreviewPage()
{
    auto *page = new Page;
    page->setTitle(tr("Check the rows"));
    page->setSubTitle(tr("The first rows as they would be imported. Rows with errors are highlighted; by default one bad row "
                         "stops the whole import."));
    m_policy = new QComboBox;
    m_policy->setObjectName(QStringLiteral("duplicatePolicy"));
    m_policy->setAccessibleName(tr("Duplicates"));
    m_policy->addItem(tr("Skip them"), int(DuplicatePolicy::Skip));
    m_policy->addItem(tr("Update the existing record"), int(DuplicatePolicy::Update));
    m_policy->addItem(tr("Create them anyway"), int(DuplicatePolicy::Create));
    m_createMissing = new QCheckBox(tr("Create related records that do not exist yet (accounts named in the file)"));
    m_createMissing->setObjectName(QStringLiteral("createMissing"));
    m_createMissing->setChecked(true); // a contact list names its companies: link them, creating the new ones
    m_partial = new QCheckBox(tr("Import the good rows even if some rows have errors"));
    m_partial->setObjectName(QStringLiteral("partialImport"));
    m_previewTable = new QTableWidget(0, 3);
    m_previewTable->setObjectName(QStringLiteral("previewTable"));
    m_previewTable->setAccessibleName(tr("Preview"));
    m_previewTable->verticalHeader()->hide();
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewNote = new QLabel;
    m_previewNote->setObjectName(QStringLiteral("previewNote"));
    m_previewNote->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Duplicates:"), m_policy);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_createMissing);
    layout->addWidget(m_partial);
    layout->addWidget(m_previewTable, 1);
    layout->addWidget(m_previewNote);
    connect(m_policy, &QComboBox::currentIndexChanged, this, &ImportWizard::runPreview);
    connect(m_createMissing, &QCheckBox::toggled, this, &ImportWizard::runPreview);
    return page;
}

QWizardPage *ImportWizard::buildRunPage()
{
    auto *page = new Page;
    page->setTitle(tr("Import"));
    page->setFinalPage(true);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, 1000);
    m_cancelButton = new QPushButton(tr("Cancel import"));
    m_cancelButton->setObjectName(QStringLiteral("cancelImport"));
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportWizard::cancelImport);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_issues = new QPlainTextEdit;
    m_issues->setObjectName(QStringLiteral("importIssues"));
    m_issues->setAccessibleName(tr("Rows with errors"));
    m_issues->setReadOnly(true);
    m_issues->hide();
    m_undoButton = new QPushButton(tr("Undo this import"));
    m_undoButton->setObjectName(QStringLiteral("undoImport"));
    m_undoButton->hide();
    connect(m_undoButton, &QPushButton::clicked, this, &ImportWizard::undo);
    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancelButton);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addWidget(m_issues, 1);
    layout->addWidget(m_undoButton, 0, Qt::AlignLeft);
    layout->addStretch();
    page->complete = [this] { return m_done; };
    return page;
}

void ImportWizard::setFile(const QString &path)
{
    m_path->setText(path);
    inspectFile();
}

QString ImportWizard::filePath() const
{
    return m_path->text().trimmed();
}

QString ImportWizard::entityName() const
{
    return m_entity->currentData().toString();
}

CsvReaderOptions ImportWizard::csvOptions() const
{
    CsvReaderOptions o;
    const QString d = m_delimiter->currentData().toString();
    if (!d.isEmpty())
        o.delimiter = d.at(0);
    const int enc = m_encoding->currentData().toInt();
    if (enc >= 0)
        o.encoding = CsvEncoding(enc);
    return o;
}

void ImportWizard::inspectFile()
{
    m_infoOk = false;
    const QString path = filePath();
    if (path.isEmpty()) {
        m_detected->clear();
    } else {
        // Reads the first few rows only: cheap enough for the GUI thread.
        Importer importer(m_db);
        auto info = importer.inspect(path, ImportFormat(m_format->currentData().toInt()), csvOptions());
        if (!info) {
            m_detected->setText(info.error().message);
        } else {
            m_info = info.value();
            m_infoOk = true;
            m_encoding->setEnabled(m_info.format == ImportFormat::Csv);
            m_delimiter->setEnabled(m_info.format == ImportFormat::Csv);
            QString delimiter = m_info.delimiter == QLatin1Char('\t') ? tr("tab") : QString(m_info.delimiter);
            m_detected->setText(m_info.format == ImportFormat::VCard
                                    ? tr("vCard file.")
                                    : tr("CSV file: %1, fields separated by \"%2\", %3 columns.")
                                          .arg(m_info.encoding, delimiter).arg(m_info.headers.size()));
        }
    }
    static_cast<Page *>(page(FilePage))->changed();
}

void ImportWizard::fillMapping()
{
    const Entity *entity = m_db.registry()->entity(entityName());
    if (!entity)
        return;
    Importer importer(m_db);
    bool remembered = false;
    const QStringList suggested = importer.suggestMapping(entity->name, m_info.headers, m_info.format, &remembered);
    const auto fields = HeaderMapping::importableFields(*entity);
    m_mappingTable->setRowCount(int(m_info.headers.size()));
    for (int i = 0; i < m_info.headers.size(); ++i) {
        m_mappingTable->setItem(i, 0, new QTableWidgetItem(m_info.headers.at(i)));
        QStringList samples;
        for (const QStringList &s : std::as_const(m_info.samples))
            if (!s.value(i).trimmed().isEmpty() && samples.size() < 3)
                samples << s.value(i).simplified();
        m_mappingTable->setItem(i, 1, new QTableWidgetItem(samples.join(QStringLiteral(" · "))));
        auto *combo = new QComboBox;
        combo->setAccessibleName(tr("Field for column %1").arg(m_info.headers.at(i)));
        combo->addItem(tr("(do not import)"), QString());
        for (const Field *f : fields)
            combo->addItem(f->displayLabel(), f->name);
        combo->setCurrentIndex(qMax(0, combo->findData(suggested.value(i))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { static_cast<Page *>(page(MappingPage))->changed(); });
        m_mappingTable->setCellWidget(i, 2, combo);
    }
    m_mappingNote->setText(remembered ? tr("The columns are matched as you chose last time for a file like this one.")
                                      : tr("Columns left as \"(do not import)\" are ignored."));
    static_cast<Page *>(page(MappingPage))->changed();
}

QStringList ImportWizard::mapping() const
{
    QStringList out;
    for (int i = 0; i < m_mappingTable->rowCount(); ++i) {
        auto *combo = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(i, 2));
        out << (combo ? combo->currentData().toString() : QString());
    }
    return out;
}

void ImportWizard::setMapping(int column, const QString &field)
{
    if (auto *combo = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(column, 2)))
        combo->setCurrentIndex(qMax(0, combo->findData(field)));
}

ImportOptions ImportWizard::options() const
{
    ImportOptions o;
    o.entity = entityName();
    o.path = filePath();
    o.format = m_info.format;
    o.csv = csvOptions();
    o.mapping = mapping();
    o.onDuplicate = DuplicatePolicy(m_policy->currentData().toInt());
    o.createMissingRelations = m_createMissing->isChecked();
    o.partial = m_partial->isChecked();
    o.phoneRegion = AppSettings::phoneRegion();
    return o;
}

void ImportWizard::runPreview()
{
    if (currentId() != PreviewPage)
        return;
    const int generation = ++m_previewGeneration;
    m_previewNote->setText(tr("Checking the first rows…"));
    const ImportOptions o = options();
    runInBackground(
        m_db, this, [o](Database &db) { return Importer(db).preview(o, 100); },
        [this, generation](Result<ImportSummary> result) {
            if (generation != m_previewGeneration)
                return; // a newer preview is on its way
            m_previewTable->clear();
            if (!result) {
                m_previewTable->setRowCount(0);
                m_previewNote->setText(result.error().message);
                Q_EMIT previewReady();
                return;
            }
            const ImportSummary &s = result.value();
            QStringList labels = {tr("Line"), tr("Result"), tr("Message")};
            QList<int> columns;
            const Entity *entity = m_db.registry()->entity(entityName());
            for (int i = 0; i < s.mapping.size(); ++i) {
                if (s.mapping.at(i).isEmpty() || !entity)
                    continue;
                columns << i;
                labels << entity->field(s.mapping.at(i))->displayLabel();
            }
            m_previewTable->setColumnCount(int(labels.size()));
            m_previewTable->setHorizontalHeaderLabels(labels);
            m_previewTable->setRowCount(int(s.preview.size()));
            for (int r = 0; r < s.preview.size(); ++r) {
                const ImportRow &row = s.preview.at(r);
                QList<QTableWidgetItem *> items = {new QTableWidgetItem(QString::number(row.line)),
                                                   new QTableWidgetItem(actionText(row.action)), new QTableWidgetItem(row.message)};
                for (int c : std::as_const(columns))
                    items << new QTableWidgetItem(row.cells.value(c));
                for (int c = 0; c < items.size(); ++c) {
                    if (row.action == ImportRow::Error) {
                        items.at(c)->setBackground(QColor(255, 224, 224));
                        items.at(c)->setToolTip(row.message);
                    }
                    m_previewTable->setItem(r, c, items.at(c));
                }
            }
            m_previewTable->resizeColumnsToContents();
            m_previewTable->horizontalHeader()->setStretchLastSection(true);
            QString note = tr("First %1 rows: %2 new, %3 update, %4 skipped, %5 with errors.")
                               .arg(s.rows).arg(s.created).arg(s.updated).arg(s.skipped).arg(s.failed);
            if (s.failed > 0)
                note += QLatin1Char(' ') + tr("Fix the file, or choose to import the good rows only.");
            m_previewNote->setText(note);
            Q_EMIT previewReady();
        });
}

void ImportWizard::initializePage(int id)
{
    if (id == MappingPage)
        fillMapping();
    else if (id == PreviewPage)
        runPreview();
    else if (id == RunPage)
        startImport();
    QWizard::initializePage(id);
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == FilePage && !m_infoOk)
        return false;
    return QWizard::validateCurrentPage();
}

void ImportWizard::startImport()
{
    m_running = true;
    m_done = false;
    m_cancelled->store(false);
    m_progress->setValue(0);
    m_cancelButton->setEnabled(true);
    m_cancelButton->show();
    m_summary->setText(tr("Importing %1…").arg(QFileInfo(filePath()).fileName()));
    m_issues->hide();
    m_undoButton->hide();
    button(QWizard::BackButton)->setEnabled(false);
    ImportOptions o = options();
    QPointer<ImportWizard> self(this);
    auto cancelled = m_cancelled;
    o.progress = [self, cancelled](qint64 done, qint64 total, qint64) {
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, done, total] {
            if (self && total > 0)
                self->m_progress->setValue(int(done * 1000 / total));
        }, Qt::QueuedConnection);
        return !cancelled->load();
    };
    runInBackground(
        m_db, this, [o](Database &db) { return Importer(db).run(o); },
        [this](Result<ImportSummary> result) {
            m_running = false;
            m_done = true;
            m_cancelButton->hide();
            bool ok = false;
            if (!result) {
                m_summary->setText(result.error().message);
            } else if (result.value().rejected) {
                const ImportSummary &s = result.value();
                m_summary->setText(tr("Nothing was imported: %1 of %2 rows have errors. Fix them in the file, or go back and "
                                      "choose to import the good rows only.").arg(s.failed).arg(s.rows));
                QStringList lines;
                for (const auto &issue : s.issues)
                    lines << issue.text();
                m_issues->setPlainText(lines.join(QLatin1Char('\n')));
                m_issues->show();
            } else {
                const ImportSummary &s = result.value();
                ok = true;
                m_progress->setValue(1000);
                m_importId = s.importId;
                QString text = tr("Imported %1: %2 created, %3 updated, %4 skipped.")
                                   .arg(QFileInfo(filePath()).fileName())
                                   .arg(Value::formatInteger(s.created), Value::formatInteger(s.updated), Value::formatInteger(s.skipped));
                if (s.failed > 0)
                    text += QLatin1Char(' ') + tr("%1 rows with errors were left out.").arg(Value::formatInteger(s.failed));
                m_summary->setText(text);
                if (!s.issues.isEmpty()) {
                    QStringList lines;
                    for (const auto &issue : s.issues)
                        lines << issue.text();
                    m_issues->setPlainText(lines.join(QLatin1Char('\n')));
                    m_issues->show();
                }
                m_undoButton->setVisible(!s.importId.isEmpty());
            }
            button(QWizard::BackButton)->setEnabled(!ok);
            static_cast<Page *>(page(RunPage))->changed();
            Q_EMIT importFinished(ok);
        });
}

void ImportWizard::cancelImport()
{
    m_cancelled->store(true);
    m_cancelButton->setEnabled(false);
    m_summary->setText(tr("Cancelling…"));
}

void ImportWizard::reject()
{
    if (m_running) {
        cancelImport();
        return; // closes once the worker has rolled back
    }
    QWizard::reject();
}

void ImportWizard::undo()
{
    if (m_importId.isEmpty())
        return;
    m_undoButton->setEnabled(false);
    const QString id = m_importId;
    runInBackground(
        m_db, this, [id](Database &db) { return ImportLog(db).revert(id); },
        [this](Result<ImportLog::RevertResult> result) {
            if (!result) {
                m_undoButton->setEnabled(true);
                Dialogs::error(this, tr("Undo import"), result.error().message);
                Q_EMIT undone(false);
                return;
            }
            m_undoButton->hide();
            m_summary->setText(tr("The import was undone: %1 records deleted, %2 restored.")
                                   .arg(Value::formatInteger(result->deleted), Value::formatInteger(result->restored)));
            Q_EMIT undone(true);
        });
}

} // namespace trato
