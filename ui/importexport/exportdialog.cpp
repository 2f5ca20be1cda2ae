// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "importexport/exporter.h"
#include "metadata/registry.h"
#include "metadata/value.h"
#include "store/database.h"
#include "util/background.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace trato {

ExportDialog::ExportDialog(Database &db, const ListQuery &current, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_current(current)
    , m_path(new QLineEdit)
    , m_format(new QComboBox)
    , m_delimiter(new QComboBox)
    , m_encoding(new QComboBox)
    , m_labels(new QCheckBox(tr("Use field labels as column headers")))
    , m_filtered(new QRadioButton)
    , m_all(new QRadioButton)
    , m_export(new QPushButton(tr("&Export")))
    , m_status(new QLabel)
{
    const Entity *e = db.registry()->entity(current.entity);
    const QString plural = e ? e->displayPluralLabel() : current.entity;
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export %1").arg(plural));
    setAccessibleName(windowTitle());
    m_path->setObjectName(QStringLiteral("exportFile"));
    m_path->setAccessibleName(tr("File to write"));
    auto *browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const bool vcard = m_format->currentData().toInt() == int(ExportFormat::VCard);
        const QString path = QFileDialog::getSaveFileName(this, windowTitle(), m_path->text(),
                                                          vcard ? tr("vCard files (*.vcf)") : tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("CSV (spreadsheets, other programs)"), int(ExportFormat::Csv));
    m_format->addItem(tr("vCard 4.0 (address books, phones)"), int(ExportFormat::VCard));
    m_delimiter->setObjectName(QStringLiteral("exportDelimiter"));
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; ) — Excel in Spanish"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_encoding->setObjectName(QStringLiteral("exportEncoding"));
    m_encoding->addItem(tr("UTF-8 with BOM (Excel, LibreOffice)"), int(ExportEncoding::Utf8Bom));
    m_encoding->addItem(tr("UTF-8 without BOM"), int(ExportEncoding::Utf8));
    m_encoding->addItem(tr("Windows-1252 (old programs)"), int(ExportEncoding::Windows1252));
    const bool filtered = !current.search.isEmpty() || !current.where.isEmpty();
    m_filtered->setObjectName(QStringLiteral("exportFiltered"));
    m_filtered->setText(filtered ? tr("The records the list shows (its search and filter)") : tr("All %1").arg(plural.toLower()));
    m_all->setObjectName(QStringLiteral("exportAll"));
    m_all->setText(tr("All %1").arg(plural.toLower()));
    m_all->setVisible(filtered);
    m_filtered->setChecked(true);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Records:"), m_filtered);
    form->addRow(QString(), m_all);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(tr("E&ncoding:"), m_encoding);
    form->addRow(QString(), m_labels);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("startExport"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateEnabled);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);
    updateEnabled();
    resize(560, sizeHint().height());
}

void ExportDialog::setFile(const QString &path)
{
    m_path->setText(path);
}

void ExportDialog::updateEnabled()
{
    const bool csv = m_format->currentData().toInt() == int(ExportFormat::Csv);
    m_delimiter->setEnabled(csv);
    m_encoding->setEnabled(csv);
    m_labels->setEnabled(csv);
    m_export->setEnabled(!m_running && !m_path->text().trimmed().isEmpty());
}

void ExportDialog::startExport()
{
    ListQuery q = m_current;
    q.columns.clear();
    q.limit = -1;
    q.offset = 0;
    if (m_all->isChecked()) {
        q.search.clear();
        q.where.clear();
    }
    ExportOptions o;
    o.format = ExportFormat(m_format->currentData().toInt());
    o.delimiter = m_delimiter->currentData().toString().at(0);
    o.encoding = ExportEncoding(m_encoding->currentData().toInt());
    o.labelHeaders = m_labels->isChecked();
    const QString path = m_path->text().trimmed();
    m_running = true;
    updateEnabled();
    m_status->setText(tr("Exporting…"));
    runInBackground(
        m_db, this, [q, path, o](Database &db) { return Exporter(db).run(q, path, o); },
        [this, path](Result<qint64> result) {
            m_running = false;
            updateEnabled();
            const QString text = result ? tr("Exported %1 records to %2.").arg(Value::formatInteger(result.value()), path)
                                        : result.error().message;
            m_status->setText(text);
            Q_EMIT exported(result.ok(), text);
        });
}

} // namespace trato
