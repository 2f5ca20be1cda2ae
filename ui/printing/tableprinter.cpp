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

namespace trato {

bool TablePrinter::paint(QPagedPaintDevice *device, const Progress &progress) const
{
    QPainter p;
    if (!p.begin(device))
        return false;
    const ReportTable &t = m_table;
    const int columns = t.columnCount();
    QFont body = p.font();
    body.setPointSizeF(8.5);
    QFont bold = body;
    bold.setBold(true);
    QFont title = body;
    title.setPointSizeF(14);
    title.setBold(true);

    const QRectF page(0, 0, device->width(), device->height());
    p.setFont(body);
    const QFontMetricsF fm(body, device), fmBold(bold, device), fmTitle(title, device);
    const qreal line = fm.height() * 1.35;
    const qreal pad = fm.horizontalAdvance(QStringLiteral("  "));

    // Column widths: the widest of header, totals and the first rows (a sample keeps huge tables
    // fast); shrunk proportionally when they do not fit the page width.
    QList<qreal> widths(columns, 0);
    auto measure = [&](const QStringList &cells, const QFontMetricsF &m) {
        for (int c = 0; c < columns && c < cells.size(); ++c)
            widths[c] = std::max(widths[c], m.horizontalAdvance(cells.at(c)) + 2 * pad);
    };
    measure(t.headers, fmBold);
    measure(t.totals, fmBold);
    for (int r = 0; r < t.rows.size() && r < 2000; ++r)
        measure(t.rows.at(r), fm);
    qreal total = 0;
    for (qreal w : widths)
        total += w;
    if (total > page.width() && total > 0)
        for (qreal &w : widths)
            w *= page.width() / total;

    qreal tableWidth = 0;
    for (qreal w : widths)
        tableWidth += w;

    const qreal headerTop = fmTitle.height() * 1.2 + line * 2 + line * 0.5;   // title, filters, date, gap
    const qreal footer = line * 1.5;
    const int perPage = std::max(1, int((page.height() - headerTop - line - footer) / line));
    const qint64 lines = t.rows.size() + (t.totals.isEmpty() ? 0 : 1);
    const int pages = std::max<qint64>(1, (lines + perPage - 1) / perPage);
    const QLocale locale;
    const QString date = (t.date.isValid() ? t.date : QDate::currentDate()).toString(Qt::ISODate);

    auto drawRow = [&](qreal y, const QStringList &cells, const QFontMetricsF &m) {
        qreal x = 0;
        for (int c = 0; c < columns; ++c) {
            const QRectF cell(x + pad, y, widths.at(c) - 2 * pad, line);
            const QString text = m.elidedText(cells.value(c), Qt::ElideRight, cell.width());
            p.drawText(cell, Qt::AlignVCenter | (t.isNumeric(c) ? Qt::AlignRight : Qt::AlignLeft), text);
            x += widths.at(c);
        }
    };

    // Group headers and subtotals: bold, the first cell running on over the empty cells after it.
    auto drawGroupRow = [&](qreal y, const QStringList &cells) {
        int span = 1;
        while (span < columns && cells.value(span).isEmpty())
            ++span;
        qreal x = 0;
        for (int c = 0; c < columns; c += (c == 0 ? span : 1)) {
            qreal w = widths.at(c);
            if (c == 0)
                for (int k = 1; k < span; ++k)
                    w += widths.at(k);
            const QRectF cell(x + pad, y, w - 2 * pad, line);
            const QString text = fmBold.elidedText(cells.value(c), Qt::ElideRight, cell.width());
            p.drawText(cell, Qt::AlignVCenter | (c > 0 && t.isNumeric(c) ? Qt::AlignRight : Qt::AlignLeft), text);
            x += w;
        }
    };

    qint64 next = 0;
    for (int n = 1; n <= pages; ++n) {
        if (n > 1 && !device->newPage())
            return false;
        p.setFont(title);
        p.drawText(QRectF(0, 0, page.width(), fmTitle.height() * 1.2), Qt::AlignLeft | Qt::AlignVCenter, t.title);
        p.setFont(body);
        qreal y = fmTitle.height() * 1.2;
        p.drawText(QRectF(0, y, page.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(t.filters, Qt::ElideRight, page.width()));
        y += line;
        p.drawText(QRectF(0, y, page.width(), line), Qt::AlignLeft | Qt::AlignVCenter, tr("Date: %1").arg(date));
        y = headerTop;
        p.setFont(bold);
        p.fillRect(QRectF(0, y, tableWidth, line), QColor(230, 230, 230));
        drawRow(y, t.headers, fmBold);
        y += line;
        p.setPen(QPen(Qt::black, 0));
        p.drawLine(QPointF(0, y), QPointF(tableWidth, y));
        p.setFont(body);
        for (int i = 0; i < perPage && next < lines; ++i, ++next) {
            if (next < t.rows.size()) {
                if (t.rowKind(next) != ReportTable::Data) { // group headers and subtotals
                    p.setFont(bold);
                    drawGroupRow(y, t.rows.at(int(next)));
                    p.setFont(body);
                } else {
                    drawRow(y, t.rows.at(int(next)), fm);
                }
            } else {
                p.drawLine(QPointF(0, y), QPointF(tableWidth, y));
                p.setFont(bold);
                drawRow(y, t.totals, fmBold);
                p.setFont(body);
            }
            y += line;
        }
        p.drawText(QRectF(0, page.height() - line, page.width(), line), Qt::AlignRight | Qt::AlignVCenter,
                   tr("Page %1 of %2").arg(n).arg(pages));
        if (progress && !progress(n, pages)) {
            p.end();
            return false;
        }
    }
    return p.end();
}

Status TablePrinter::writePdf(const ReportTable &table, const QString &path, const Progress &progress)
{
    bool ok = false;
    {
        QPdfWriter writer(path);
        writer.setTitle(table.title);
        writer.setCreator(QStringLiteral("Trato"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), table.columnCount() > 6 ? QPageLayout::Landscape : QPageLayout::Portrait,
                                         QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        ok = TablePrinter(table).paint(&writer, progress);
    }
    if (!ok) {
        QFile::remove(path);
        return Error::failure(tr("The PDF %1 was not written (cancelled, or the file cannot be written).").arg(path));
    }
    return Status::success();
}

} // namespace trato
