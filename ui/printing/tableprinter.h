// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/reporttable.h"
#include "util/result.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPdfWriter;

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

    // Streaming (analytics: printing, "Print this list" of a million rows): rows arrive one at a time
    // from a reader and are painted page by page; only the first rows (kSampleRows, for the column
    // widths) are held at once. The head (title, filters, date, headers, numeric, totals) comes from
    // the ReportTable given; its rows are ignored. Usage: begin(rowCount), addRow() per row, finish().
    // Each returns false when painting stopped (progress said cancel, or the device failed): stop
    // feeding rows. paint() above is begin/addRow/finish over the table's own rows: same pages.
    static constexpr int kSampleRows = 2000;
    class Stream
    {
    public:
        Stream(const ReportTable &head, QPagedPaintDevice *device, Progress progress = {});
        ~Stream();
        Stream(const Stream &) = delete;
        Stream &operator=(const Stream &) = delete;
        // rowCount: how many rows addRow() will get ("Page N of M" is counted from it; rows beyond
        // it are not painted, missing rows leave the last page short).
        bool begin(qint64 rowCount);
        // kind: a ReportTable::RowKind (group headers and subtotals are drawn bold).
        bool addRow(const QStringList &cells, int kind = ReportTable::Data);
        bool finish();
        int pagesDone() const;

    private:
        struct Private;
        std::unique_ptr<Private> d;
    };
    // A QPdfWriter set up as writePdf() sets it up (A4, 12 mm margins, landscape when the table has
    // more than 6 columns, 300 dpi, title and creator): for a Stream.
    static std::unique_ptr<QPdfWriter> pdfWriter(const ReportTable &head, const QString &path);

private:
    ReportTable m_table;
};

} // namespace trato
