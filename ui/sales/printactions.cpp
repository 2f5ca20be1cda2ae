// SPDX-License-Identifier: GPL-3.0-or-later
#include "printactions.h"

#include "printing/documentprinter.h"
#include "util/dialogs.h"

#include "sales/printabledocument.h"
#include "sales/salesdocs.h"
#include "store/database.h"
#include "util/background.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>

namespace trato {

PrintActions::PrintActions(Database &db, const QString &entity, QWidget *parent)
    : RecordViewPart(parent)
    , m_db(db)
    , m_entity(entity)
    , m_print(new QPushButton(tr("&Print…")))
    , m_pdf(new QPushButton(tr("Export P&DF…")))
{
    setObjectName(QStringLiteral("printActions"));
    m_print->setObjectName(QStringLiteral("printDocumentButton"));
    m_pdf->setObjectName(QStringLiteral("exportPdfButton"));
    m_print->setToolTip(tr("Preview and print this document"));
    m_pdf->setToolTip(tr("Save this document as a PDF file"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_print);
    layout->addWidget(m_pdf);
    connect(m_print, &QPushButton::clicked, this, [this] { print(); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportPdf(); });
    busy(false);
}

void PrintActions::setRecordId(const QString &id)
{
    m_id = id;
    busy(false);
}

void PrintActions::busy(bool on)
{
    m_print->setEnabled(!on && !m_id.isEmpty());
    m_pdf->setEnabled(!on && !m_id.isEmpty());
}

void PrintActions::print()
{
    if (m_id.isEmpty())
        return;
    busy(true);
    const QString entity = m_entity, id = m_id;
    runInBackground(m_db, this, [entity, id](Database &db) { return PrintableDocument::load(db, entity, id); },
                    [this](Result<PrintableDocument> doc) {
                        busy(false);
                        if (!doc) {
                            Dialogs::error(this, tr("Print"), doc.error().message);
                            return;
                        }
                        QPrinter printer(QPrinter::HighResolution);
                        printer.setPageLayout(DocumentPrinter::pageLayout(doc.value().layout));
                        printer.setDocName(doc.value().number.isEmpty() ? doc.value().title
                                                                        : doc.value().title + QLatin1Char(' ') + doc.value().number);
                        const DocumentPrinter documentPrinter(doc.value());
                        int pages = 0;
                        QPrintPreviewDialog dialog(&printer, this);
                        dialog.setObjectName(QStringLiteral("documentPreview"));
                        dialog.setWindowTitle(tr("Print %1").arg(printer.docName()));
                        connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
                            documentPrinter.paint(target);
                            pages = documentPrinter.pageCount(target, QSizeF(target->width(), target->height()));
                        });
                        dialog.exec();
                        Q_EMIT previewClosed(pages);
                    });
}

void PrintActions::exportPdf(const QString &givenPath)
{
    if (m_id.isEmpty())
        return;
    QString path = givenPath;
    if (path.isEmpty()) {
        const QString suggested = QDir::home().filePath(QStringLiteral("%1.pdf").arg(m_entity));
        path = QFileDialog::getSaveFileName(this, tr("Export PDF"), suggested, tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            path += QStringLiteral(".pdf");
    }
    busy(true);
    const QString entity = m_entity, id = m_id;
    runInBackground(
        m_db, this,
        [entity, id, path](Database &db) -> QString {
            auto doc = PrintableDocument::load(db, entity, id);
            if (!doc)
                return doc.error().message;
            Status s = DocumentPrinter::writePdf(doc.value(), path);
            return s ? QString() : s.error().message;
        },
        [this, path](QString error) {
            busy(false);
            if (error.isEmpty())
                Q_EMIT message(tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
            else
                Dialogs::error(this, tr("Export PDF"), error);
            Q_EMIT pdfFinished(path, error);
        });
}

void registerPrintActions()
{
    for (const QString &entity : SalesDocs::documentEntities())
        RecordViewExtensions::add(entity, RecordViewExtensions::Place::Action,
                                  [entity](Database &db) { return new PrintActions(db, entity); });
}

} // namespace trato
