// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/printabledocument.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>

class QPagedPaintDevice;
class QPainter;
class QPaintDevice;

namespace trato {

// Paints a PrintableDocument (quote, sales order, invoice, credit note) with QPainter, paginating
// itself: the company header with its logo, title, number and dates, the customer, the lines table
// (its header row on every page, long descriptions wrapped, a configured product's options in
// smaller type under its line), the tax breakdown per rate, the totals, payment terms and bank
// account, the footer text and "Page X of Y" on every page; a draft carries a DRAFT mark. One code
// path for print preview (QPrinter), paper and PDF (QPdfWriter); works off the GUI thread too.
// QtGui only (trato_printing), so trato-cli writes the same PDFs.
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(trato::DocumentPrinter)
public:
    explicit DocumentPrinter(PrintableDocument document) : m_doc(std::move(document)) {}

    // Paints every page on a device whose page layout is already set (pageLayout()). False when
    // the device cannot be painted on.
    bool paint(QPagedPaintDevice *device) const;
    // The pages this document takes on such a device.
    int pageCount(QPaintDevice *device, const QSizeF &area) const;
    // One page (1-based) as an image at dpi, white paper with its margins: previews, screenshots.
    QImage renderPage(int page, int dpi = 96, int *pageCount = nullptr) const;

    // Paper from the layout (A4 or Letter), portrait, 15 mm margins.
    static QPageLayout pageLayout(const DocumentLayout &layout);
    // Writes a PDF; an unwritable path is an error naming it (and nothing is left behind).
    static Status writePdf(const PrintableDocument &document, const QString &path);

    const PrintableDocument &document() const { return m_doc; }

private:
    struct Context;
    Context context(QPaintDevice *device, const QSizeF &area) const;
    // Each part paints at y and returns its height; with p null it only measures (pagination).
    qreal firstHeader(QPainter *p, const Context &c) const;
    qreal laterHeader(QPainter *p, const Context &c) const;
    qreal tableHeader(QPainter *p, const Context &c, qreal y) const;
    qreal row(QPainter *p, const Context &c, int index, qreal y) const;
    qreal summary(QPainter *p, const Context &c, qreal y) const;
    qreal footer(QPainter *p, const Context &c, int page, int pages) const;
    void paintPage(QPainter &p, const Context &c, int page) const;

    PrintableDocument m_doc;
};

} // namespace trato
