// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/reporttable.h"
#include "util/result.h"

#include <QCoreApplication>

#include <functional>

class QPagedPaintDevice;

namespace trato {

// Paints a ReportTable page by page with QPainter: title, filters line and date on top, the header
// row repeated on every page, numbers right-aligned, the totals row at the end, "Page N of M" at
// the foot. It paginates itself (one row = one line, cells elided to their column), so a table of
// a hundred thousand rows never becomes one giant QTextDocument. Works on a QPrinter (print and
// preview) and on a QPdfWriter, also off the GUI thread (export PDF from a worker). Reusable by any
// list ("Print this list"): fill a ReportTable.
class TablePrinter
{
    Q_DECLARE_TR_FUNCTIONS(trato::TablePrinter)
public:
    // Called after each page with (pages done, pages in all); return false to cancel.
    using Progress = std::function<bool(int, int)>;

    explicit TablePrinter(ReportTable table) : m_table(std::move(table)) {}

    // Paints every page on the device (a QPrinter or QPdfWriter, begun here). False if cancelled
    // or the device could not be painted on.
    bool paint(QPagedPaintDevice *device, const Progress &progress = {}) const;

    // Writes a PDF (A4, landscape when the table is wide). Cancelled: the partial file is removed
    // and an error says so.
    static Status writePdf(const ReportTable &table, const QString &path, const Progress &progress = {});

    const ReportTable &table() const { return m_table; }

private:
    ReportTable m_table;
};

} // namespace trato
