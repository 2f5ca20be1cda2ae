// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordprinter.h"

#include "listprinter.h"

#include <QFile>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace trato {

namespace {

// One laid-out line: a section heading, or a label with (one line of) its value.
struct Line
{
    enum Kind { Heading, Item, Continuation } kind;
    QString label;
    QString text;
};

// Splits text into lines no wider than width (words kept whole where they fit; explicit newlines kept).
QStringList wrap(const QString &text, const QFontMetricsF &fm, qreal width)
{
    QStringList out;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString current;
        for (const QString &word : paragraph.split(QLatin1Char(' '))) {
            const QString candidate = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
            if (fm.horizontalAdvance(candidate) <= width || current.isEmpty()) {
                current = candidate;
            } else {
                out << current;
                current = word;
            }
            while (fm.horizontalAdvance(current) > width && current.size() > 1) {   // one very long word
                int n = int(current.size()) - 1;
                while (n > 1 && fm.horizontalAdvance(current.left(n)) > width)
                    --n;
                out << current.left(n);
                current = current.mid(n);
            }
        }
        out << current;
    }
    return out;
}

} // namespace

bool RecordPrinter::paint(QPagedPaintDevice *device, const TablePrinter::Progress &progress) const
{
    QPainter p;
    if (!p.begin(device))
        return false;
    const PrintableRecord &r = m_record;
    QFont body = p.font();
    body.setPointSizeF(10);
    QFont bold = body;
    bold.setBold(true);
    QFont heading = body;
    heading.setPointSizeF(11.5);
    heading.setBold(true);
    QFont title = body;
    title.setPointSizeF(16);
    title.setBold(true);
    const QFontMetricsF fm(body, device), fmBold(bold, device), fmHeading(heading, device), fmTitle(title, device);
    const QRectF page(0, 0, device->width(), device->height());
    const qreal line = fm.height() * 1.4;
    const qreal top = line * 1.2 + fmTitle.height() * 1.3 + line * 1.5;   // company/date, title, gap
    const qreal footer = line * 1.5;

    // Label column: the widest label, at most a third of the page.
    qreal labelWidth = 0;
    for (const auto &s : r.sections)
        for (const auto &i : s.items)
            labelWidth = std::max(labelWidth, fmBold.horizontalAdvance(i.label));
    labelWidth = std::min(labelWidth + fm.horizontalAdvance(QStringLiteral("    ")), page.width() / 3);
    const qreal valueWidth = page.width() - labelWidth;

    QList<Line> lines;
    for (const auto &s : r.sections) {
        if (!s.heading.isEmpty())
            lines.append({Line::Heading, {}, s.heading});
        for (const auto &i : s.items) {
            const QStringList parts = wrap(i.value, fm, valueWidth);
            for (int k = 0; k < parts.size(); ++k)
                lines.append({k == 0 ? Line::Item : Line::Continuation, i.label, parts.at(k)});
        }
    }
    // Pages: a heading never ends a page; a heading takes 1.6 lines.
    auto height = [&](const Line &l) { return l.kind == Line::Heading ? line * 1.6 : line; };
    QList<int> pageStarts{0};
    qreal y = top;
    for (int i = 0; i < lines.size(); ++i) {
        qreal need = height(lines.at(i));
        if (lines.at(i).kind == Line::Heading && i + 1 < lines.size())
            need += height(lines.at(i + 1));
        if (y + need > page.height() - footer && i > pageStarts.last()) {
            pageStarts << i;
            y = top;
        }
        y += height(lines.at(i));
    }
    const int pages = int(pageStarts.size());
    const QString date = (r.date.isValid() ? r.date : QDate::currentDate()).toString(Qt::ISODate);

    for (int n = 0; n < pages; ++n) {
        if (n > 0 && !device->newPage())
            return false;
        p.setFont(bold);
        p.drawText(QRectF(0, 0, page.width() * 0.7, line), Qt::AlignLeft | Qt::AlignVCenter,
                   fmBold.elidedText(r.company, Qt::ElideRight, page.width() * 0.7));
        p.setFont(body);
        p.drawText(QRectF(0, 0, page.width(), line), Qt::AlignRight | Qt::AlignVCenter, tr("Printed %1").arg(date));
        p.setFont(title);
        p.drawText(QRectF(0, line * 1.2, page.width(), fmTitle.height() * 1.3), Qt::AlignLeft | Qt::AlignVCenter,
                   fmTitle.elidedText(tr("%1: %2").arg(r.entityLabel, r.title), Qt::ElideRight, page.width()));
        p.setPen(QPen(Qt::black, 0));
        const qreal rule = line * 1.2 + fmTitle.height() * 1.3 + line * 0.4;
        p.drawLine(QPointF(0, rule), QPointF(page.width(), rule));
        y = top;
        const int end = n + 1 < pages ? pageStarts.at(n + 1) : int(lines.size());
        for (int i = pageStarts.at(n); i < end; ++i) {
            const Line &l = lines.at(i);
            if (l.kind == Line::Heading) {
                p.setFont(heading);
                p.drawText(QRectF(0, y + line * 0.4, page.width(), line * 1.2), Qt::AlignLeft | Qt::AlignVCenter, l.text);
                p.drawLine(QPointF(0, y + line * 1.55), QPointF(page.width(), y + line * 1.55));
            } else {
                if (l.kind == Line::Item) {
                    p.setFont(bold);
                    p.drawText(QRectF(0, y, labelWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                               fmBold.elidedText(l.label, Qt::ElideRight, labelWidth - fm.horizontalAdvance(QStringLiteral("  "))));
                }
                p.setFont(body);
                p.drawText(QRectF(labelWidth, y, valueWidth, line), Qt::AlignLeft | Qt::AlignVCenter, l.text);
            }
            y += height(l);
        }
        p.setFont(body);
        p.drawText(QRectF(0, page.height() - line, page.width(), line), Qt::AlignRight | Qt::AlignVCenter,
                   tr("Page %1 of %2").arg(n + 1).arg(pages));
        if (progress && !progress(n + 1, pages)) {
            p.end();
            return false;
        }
    }
    return p.end();
}

Status RecordPrinter::writePdf(const PrintableRecord &record, const QString &path, const TablePrinter::Progress &progress)
{
    if (Status s = PdfFile::checkWritable(path); !s)
        return s;
    bool ok = false;
    {
        QPdfWriter writer(path);
        writer.setTitle(tr("%1: %2").arg(record.entityLabel, record.title));
        writer.setCreator(QStringLiteral("Trato"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        ok = RecordPrinter(record).paint(&writer, progress);
    }
    if (!ok) {
        QFile::remove(path);
        return Error::failure(tr("The PDF %1 was not written (cancelled, or the file cannot be written).").arg(path));
    }
    return Status::success();
}

} // namespace trato
