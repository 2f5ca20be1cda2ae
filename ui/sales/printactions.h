// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/recordviewextensions.h"

class QPushButton;

namespace trato {

class Database;
struct PrintableDocument;

// "Print…" and "Export PDF…" on a quote, sales order, invoice or credit note: the document is read
// off the GUI thread (PrintableDocument::load), then shown in Qt's print preview (which paints it
// with DocumentPrinter) or written as a PDF, also off the GUI thread.
class PrintActions : public RecordViewPart
{
    Q_OBJECT
public:
    PrintActions(Database &db, const QString &entity, QWidget *parent = nullptr);
    void setRecordId(const QString &id) override;

    QPushButton *printButton() const { return m_print; }
    QPushButton *pdfButton() const { return m_pdf; }

    void print();
    // Asks where to write unless a path is given.
    void exportPdf(const QString &path = QString());

Q_SIGNALS:
    // After Export PDF: error empty when the file was written.
    void pdfFinished(const QString &path, const QString &error);
    // The preview dialog closed (tests).
    void previewClosed(int pages);

private:
    void busy(bool on);

    Database &m_db;
    QString m_entity;
    QString m_id;
    QPushButton *m_print;
    QPushButton *m_pdf;
};

// Adds the actions to the four document entities' record views (registerSalesViews).
void registerPrintActions();

} // namespace trato
