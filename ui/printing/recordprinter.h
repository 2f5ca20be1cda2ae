// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tableprinter.h"

#include "analytics/recordreport.h"

namespace trato {

// "Print record" (analytics: printing): paints a PrintableRecord with QPainter: the company name and
// the date on top, the entity and the record's name as the title, then each section's heading and
// its fields as label / value lines (long values wrap), "Page N of M" at the foot of every page.
// Laid out first, then painted, so M is known. On a QPrinter (preview, print) or a QPdfWriter.
class RecordPrinter
{
    Q_DECLARE_TR_FUNCTIONS(trato::RecordPrinter)
public:
    explicit RecordPrinter(PrintableRecord record) : m_record(std::move(record)) {}

    bool paint(QPagedPaintDevice *device, const TablePrinter::Progress &progress = {}) const;
    // A4 portrait. The path is checked first (PdfFile::checkWritable); failed or cancelled: no file.
    static Status writePdf(const PrintableRecord &record, const QString &path, const TablePrinter::Progress &progress = {});

private:
    PrintableRecord m_record;
};

} // namespace trato
