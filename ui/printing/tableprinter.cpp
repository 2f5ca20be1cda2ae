// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableprinter.h"

#include <QFile>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>
#include <utility>

namespace trato {

struct TablePrinter::Stream::Private
{
    ReportTable head;             // rows left empty: they stream
    QPagedPaintDevice *device;
    Progress progress;
    QPainter p;
    QFont body, bold, title;
    std::unique_ptr<QFontMetricsF> fm, fmBold, fmTitle;
    QRectF page;
    qreal line = 0, pad = 0, headerTop = 0, tableWidth = 0;
    QList<qreal> widths;
    int perPage = 1;
    int pages = 1;
    int pageNo = 0;               // the page being painted (0: none begun)
    int onPage = 0;               // lines on it so far
    qreal y = 0;
    qint64 rowCount = 0;
    qint64 painted = 0;
    QList<QStringList> sample;    // the first rows, held until the widths are known
    QList<int> sampleKinds;       // their ReportTable::RowKind
    bool sampled = false;
    bool begun = false;
    bool failed = false;
    QString date;

    void measure(const QStringList &cells, const QFontMetricsF &m)
    {
        for (int c = 0; c < widths.size() && c < cells.size(); ++c)
            widths[c] = std::max(widths[c], m.horizontalAdvance(cells.at(c)) + 2 * pad);
    }

    void drawRow(qreal top, const QStringList &cells, const QFontMetricsF &m)
    {
        qreal x = 0;
        for (int c = 0; c < widths.size(); ++c) {
            const QRectF cell(x + pad, top, widths.at(c) - 2 * pad, line);
            const QString text = m.elidedText(cells.value(c), Qt::ElideRight, cell.width());
            p.drawText(cell, Qt::AlignVCenter | (head.isNumeric(c) ? Qt::AlignRight : Qt::AlignLeft), text);
            x += widths.at(c);
        }
    }

    // Group headers and subtotals: bold, the first cell running on over the empty cells after it.
    void drawGroupRow(qreal top, const QStringList &cells)
    {
        const int columns = int(widths.size());
        int span = 1;
        while (span < columns && cells.value(span).isEmpty())
            ++span;
        qreal x = 0;
        for (int c = 0; c < columns; c += (c == 0 ? span : 1)) {
            qreal w = widths.at(c);
            if (c == 0)
                for (int k = 1; k < span; ++k)
                    w += widths.at(k);
            const QRectF cell(x + pad, top, w - 2 * pad, line);
            const QString text = fmBold->elidedText(cells.value(c), Qt::ElideRight, cell.width());
            p.drawText(cell, Qt::AlignVCenter | (c > 0 && head.isNumeric(c) ? Qt::AlignRight : Qt::AlignLeft), text);
            x += w;
        }
    }

    // Column widths: the widest of header, totals and the sampled rows. When they do not fit the
    // page width, the narrow columns keep their width and the wide ones share what is left under
    // one cap (a city or an amount is not elided because an email column is long).
    void fixWidths()
    {
        for (qsizetype i = 0; i < sample.size(); ++i)
            if (sampleKinds.value(i) == ReportTable::Data) // a group label runs on over empty cells
                measure(sample.at(i), *fm);
        qreal total = 0;
        for (qreal w : std::as_const(widths))
            total += w;
        if (total > page.width() && total > 0) {
            QList<qreal> sorted = widths;
            std::sort(sorted.begin(), sorted.end());
            qreal remaining = page.width();
            qsizetype left = sorted.size();
            for (qreal w : std::as_const(sorted)) {
                if (w * left > remaining)
                    break;
                remaining -= w;
                --left;
            }
            const qreal cap = left > 0 ? remaining / qreal(left) : page.width();
            for (qreal &w : widths)
                w = std::min(w, cap);
        }
        tableWidth = 0;
        for (qreal w : std::as_const(widths))
            tableWidth += w;
        sampled = true;
    }

    bool startPage()
    {
        ++pageNo;
        onPage = 0;
        if (pageNo > 1 && !device->newPage())
            return false;
        p.setFont(title);
        p.drawText(QRectF(0, 0, page.width(), fmTitle->height() * 1.2), Qt::AlignLeft | Qt::AlignVCenter, head.title);
        p.setFont(body);
        qreal top = fmTitle->height() * 1.2;
        p.drawText(QRectF(0, top, page.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                   fm->elidedText(head.filters, Qt::ElideRight, page.width()));
        top += line;
        p.drawText(QRectF(0, top, page.width(), line), Qt::AlignLeft | Qt::AlignVCenter, TablePrinter::tr("Date: %1").arg(date));
        y = headerTop;
        p.setFont(bold);
        p.fillRect(QRectF(0, y, tableWidth, line), QColor(230, 230, 230));
        drawRow(y, head.headers, *fmBold);
        y += line;
        p.setPen(QPen(Qt::black, 0));
        p.drawLine(QPointF(0, y), QPointF(tableWidth, y));
        p.setFont(body);
        return true;
    }

    bool endPage()
    {
        p.drawText(QRectF(0, page.height() - line, page.width(), line), Qt::AlignRight | Qt::AlignVCenter,
                   TablePrinter::tr("Page %1 of %2").arg(pageNo).arg(pages));
        if (progress && !progress(pageNo, pages))
            return false;
        return true;
    }

    // Room for one more line: ends a full page and begins the next.
    bool makeRoom()
    {
        if (pageNo > 0 && onPage < perPage)
            return true;
        if (pageNo > 0 && !endPage())
            return false;
        return startPage();
    }

    bool paintRow(const QStringList &cells, int kind)
    {
        if (painted >= rowCount)
            return true;   // more rows than announced: the page count would be wrong
        if (!makeRoom())
            return false;
        if (kind != ReportTable::Data) {
            p.setFont(bold);
            drawGroupRow(y, cells);
            p.setFont(body);
        } else {
            drawRow(y, cells, *fm);
        }
        y += line;
        ++onPage;
        ++painted;
        return true;
    }

    bool paintSample()
    {
        const QList<QStringList> rows = std::exchange(sample, {});
        const QList<int> kinds = std::exchange(sampleKinds, {});
        for (qsizetype i = 0; i < rows.size(); ++i)
            if (!paintRow(rows.at(i), kinds.value(i)))
                return false;
        return true;
    }

    bool stop()
    {
        failed = true;
        if (p.isActive())
            p.end();
        return false;
    }
};

TablePrinter::Stream::Stream(const ReportTable &head, QPagedPaintDevice *device, Progress progress)
    : d(std::make_unique<Private>())
{
    d->head = head;
    d->head.rows.clear();   // shared copy dropped: no deep copy of a big table
    d->device = device;
    d->progress = std::move(progress);
}

TablePrinter::Stream::~Stream()
{
    if (d->p.isActive())
        d->p.end();
}

int TablePrinter::Stream::pagesDone() const
{
    return d->pageNo;
}

bool TablePrinter::Stream::begin(qint64 rowCount)
{
    Private &x = *d;
    if (x.begun || !x.p.begin(x.device))
        return x.stop();
    x.begun = true;
    x.rowCount = std::max<qint64>(0, rowCount);
    x.body = x.p.font();
    x.body.setPointSizeF(8.5);
    x.bold = x.body;
    x.bold.setBold(true);
    x.title = x.body;
    x.title.setPointSizeF(14);
    x.title.setBold(true);
    x.page = QRectF(0, 0, x.device->width(), x.device->height());
    x.p.setFont(x.body);
    x.fm = std::make_unique<QFontMetricsF>(x.body, x.device);
    x.fmBold = std::make_unique<QFontMetricsF>(x.bold, x.device);
    x.fmTitle = std::make_unique<QFontMetricsF>(x.title, x.device);
    x.line = x.fm->height() * 1.35;
    x.pad = x.fm->horizontalAdvance(QStringLiteral("  "));
    x.widths = QList<qreal>(x.head.columnCount(), 0);
    x.measure(x.head.headers, *x.fmBold);
    x.measure(x.head.totals, *x.fmBold);
    x.headerTop = x.fmTitle->height() * 1.2 + x.line * 2 + x.line * 0.5;   // title, filters, date, gap
    const qreal footer = x.line * 1.5;
    x.perPage = std::max(1, int((x.page.height() - x.headerTop - x.line - footer) / x.line));
    const qint64 lines = x.rowCount + (x.head.totals.isEmpty() ? 0 : 1);
    x.pages = int(std::max<qint64>(1, (lines + x.perPage - 1) / x.perPage));
    x.date = (x.head.date.isValid() ? x.head.date : QDate::currentDate()).toString(Qt::ISODate);
    return true;
}

bool TablePrinter::Stream::addRow(const QStringList &cells, int kind)
{
    Private &x = *d;
    if (x.failed || !x.begun)
        return false;
    if (!x.sampled) {
        x.sample << cells;
        x.sampleKinds << kind;
        if (x.sample.size() < kSampleRows)
            return true;
        x.fixWidths();
        return x.paintSample() || x.stop();
    }
    return x.paintRow(cells, kind) || x.stop();
}

bool TablePrinter::Stream::finish()
{
    Private &x = *d;
    if (x.failed || !x.begun)
        return false;
    if (!x.sampled) {
        x.fixWidths();
        if (!x.paintSample())
            return x.stop();
    }
    if (!x.head.totals.isEmpty()) {
        if (!x.makeRoom())
            return x.stop();
        x.p.drawLine(QPointF(0, x.y), QPointF(x.tableWidth, x.y));
        x.p.setFont(x.bold);
        x.drawRow(x.y, x.head.totals, *x.fmBold);
        x.p.setFont(x.body);
        x.y += x.line;
        ++x.onPage;
    }
    if (x.pageNo == 0 && !x.startPage())   // an empty list still gets its page
        return x.stop();
    if (!x.endPage())
        return x.stop();
    return x.p.end() || x.stop();
}

bool TablePrinter::paint(QPagedPaintDevice *device, const Progress &progress) const
{
    Stream stream(m_table, device, progress);
    if (!stream.begin(m_table.rows.size()))
        return false;
    for (qsizetype i = 0; i < m_table.rows.size(); ++i)
        if (!stream.addRow(m_table.rows.at(i), m_table.rowKind(int(i))))
            return false;
    return stream.finish();
}

std::unique_ptr<QPdfWriter> TablePrinter::pdfWriter(const ReportTable &table, const QString &path)
{
    auto writer = std::make_unique<QPdfWriter>(path);
    writer->setTitle(table.title);
    writer->setCreator(QStringLiteral("Trato"));
    writer->setResolution(300);
    writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), table.columnCount() > 6 ? QPageLayout::Landscape : QPageLayout::Portrait,
                                      QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    return writer;
}

Status TablePrinter::writePdf(const ReportTable &table, const QString &path, const Progress &progress)
{
    bool ok = false;
    {
        const auto writer = pdfWriter(table, path);
        ok = TablePrinter(table).paint(writer.get(), progress);
    }
    if (!ok) {
        QFile::remove(path);
        return Error::failure(tr("The PDF %1 was not written (cancelled, or the file cannot be written).").arg(path));
    }
    return Status::success();
}

} // namespace trato
