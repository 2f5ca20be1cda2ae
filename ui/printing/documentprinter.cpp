// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentprinter.h"

#include <QBuffer>
#include <QFile>
#include <QFontMetricsF>
#include <QImageReader>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace trato {

namespace {

struct Column
{
    QString key;
    QString header;
    qreal width = 0;
    bool right = false;
};

// The text of one cell of a line.
QString cellText(const PrintableDocument &d, const PrintableLine &l, const QString &key)
{
    if (key == QLatin1String("sku"))
        return l.sku;
    if (key == QLatin1String("description"))
        return l.description;
    if (!l.priced())
        return {};
    if (key == QLatin1String("quantity"))
        return d.quantity(l.quantity);
    if (key == QLatin1String("unit_price"))
        return d.money(l.unitPrice);
    if (key == QLatin1String("discount")) {
        QStringList parts;
        if (l.discountBp)
            parts << d.percent(l.discountBp);
        if (l.discountAmount)
            parts << d.money(l.discountAmount);
        return parts.join(QStringLiteral(" + "));
    }
    if (key == QLatin1String("tax_rate"))
        return d.percent(l.taxBp);
    if (key == QLatin1String("net"))
        return d.money(l.amounts.net);
    return {};
}

// Wrapped text in a box of this width at (x, y): its height; painted only when p is given.
qreal textBlock(QPainter *p, QPaintDevice *device, const QFont &font, qreal x, qreal y, qreal width, const QString &text,
                int flags = Qt::AlignLeft)
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF fm(font, device);
    const QRectF r = fm.boundingRect(QRectF(x, y, width, 1e7), flags | Qt::TextWordWrap, text);
    if (p) {
        p->setFont(font);
        p->drawText(QRectF(x, y, width, r.height() + 1), flags | Qt::TextWordWrap, text);
    }
    return r.height();
}

const QColor kDraftRed(190, 30, 30);
const QColor kGrey(100, 100, 100);

} // namespace

struct DocumentPrinter::Context
{
    QPaintDevice *device = nullptr;
    QSizeF area;
    qreal k = 1;   // device pixels per point
    QFont body, bold, small, smallItalic, title, companyName;
    QColor accent;
    QList<Column> columns;
    qreal pad = 0;
    qreal line = 0;
    QImage logo;
    QList<qreal> rowHeights;
    QList<QPair<int, int>> pages;   // [first, end) line indexes per page; the summary on the last

    qreal pt(qreal v) const { return v * k; }
};

QPageLayout DocumentPrinter::pageLayout(const DocumentLayout &layout)
{
    const QPageSize size(layout.paper == QLatin1String("Letter") ? QPageSize::Letter : QPageSize::A4);
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
}

DocumentPrinter::Context DocumentPrinter::context(QPaintDevice *device, const QSizeF &area) const
{
    const PrintableDocument &d = m_doc;
    Context c;
    c.device = device;
    c.area = area;
    c.k = device->logicalDpiY() / 72.0;
    c.body = QFont();
    c.body.setStyleHint(QFont::SansSerif);
    c.body.setPointSizeF(9);
    c.bold = c.body;
    c.bold.setBold(true);
    c.small = c.body;
    c.small.setPointSizeF(7.5);
    c.smallItalic = c.small;
    c.smallItalic.setItalic(true);
    c.title = c.body;
    c.title.setPointSizeF(18);
    c.title.setBold(true);
    c.companyName = c.body;
    c.companyName.setPointSizeF(13);
    c.companyName.setBold(true);
    c.accent = QColor(d.layout.accentColor);
    if (!c.accent.isValid())
        c.accent = QColor(0x1f, 0x4e, 0x79);
    const QFontMetricsF fm(c.body, device), fmBold(c.bold, device);
    c.pad = c.pt(3);
    c.line = fm.height() + 2 * c.pad;

    if (d.layout.showLogo && !d.company.logo.isEmpty()) {
        QBuffer buffer;
        buffer.setData(d.company.logo);
        QImageReader reader(&buffer, d.company.logoFormat.toLatin1());
        QSize size = reader.size();
        if (size.isValid()) {
            // Read at the size printed (an SVG renders sharp, a big photo is not kept whole).
            size.scale(int(c.pt(60) * 2), int(c.pt(45) * 2), Qt::KeepAspectRatio);
            reader.setScaledSize(size);
        }
        c.logo = reader.read();
    }

    // Columns: the ones the layout shows; numbers as wide as their widest value, the description
    // takes the rest (at least 35 % of the width).
    struct Spec { const char *key; QString header; bool shown; bool right; };
    const QList<Spec> specs{
        {"sku", tr("SKU"), d.layout.showSku, false},
        {"description", tr("Description"), true, false},
        {"quantity", tr("Qty"), d.layout.showQuantity, true},
        {"unit_price", tr("Unit price"), d.layout.showUnitPrice, true},
        {"discount", tr("Discount"), d.layout.showDiscount, true},
        {"tax_rate", tr("Tax"), d.layout.showTaxRate, true},
        {"net", tr("Amount"), d.layout.showNet, true},
    };
    qreal fixed = 0;
    for (const Spec &s : specs) {
        if (!s.shown)
            continue;
        Column col{QString::fromLatin1(s.key), s.header, 0, s.right};
        if (col.key != QLatin1String("description")) {
            qreal w = fmBold.horizontalAdvance(col.header);
            for (int i = 0; i < d.lines.size() && i < 2000; ++i)
                w = std::max(w, fm.horizontalAdvance(cellText(d, d.lines.at(i), col.key)));
            col.width = w + 2 * c.pad;
            if (col.key == QLatin1String("sku"))
                col.width = std::min(col.width, area.width() * 0.2);
            fixed += col.width;
        }
        c.columns.append(col);
    }
    const qreal minDescription = area.width() * 0.35;
    if (area.width() - fixed < minDescription && fixed > 0) {
        const qreal factor = (area.width() - minDescription) / fixed;
        for (Column &col : c.columns)
            col.width *= factor;
        fixed = area.width() - minDescription;
    }
    for (Column &col : c.columns)
        if (col.key == QLatin1String("description"))
            col.width = area.width() - fixed;

    // Pagination: lines fill each page below its header; the summary goes with the last lines.
    for (int i = 0; i < d.lines.size(); ++i)
        c.rowHeights.append(row(nullptr, c, i, 0));
    const qreal foot = footer(nullptr, c, 1, 1);
    const qreal first = firstHeader(nullptr, c) + tableHeader(nullptr, c, 0);
    const qreal later = laterHeader(nullptr, c) + tableHeader(nullptr, c, 0);
    const qreal sum = summary(nullptr, c, 0);
    int start = 0;
    qreal y = first;
    int i = 0;
    auto bottom = [&] { return area.height() - foot; };
    while (i < d.lines.size()) {
        if (y + c.rowHeights.at(i) > bottom() && i > start) {
            c.pages.append({start, i});
            start = i;
            y = later;
        }
        y += c.rowHeights.at(i);
        ++i;
    }
    // The summary must fit under the last lines; otherwise the last lines move on with it, so
    // every page keeps lines under its header row.
    if (y + sum > bottom() && i - start > 1) {
        c.pages.append({start, i - 1});
        start = i - 1;
    }
    c.pages.append({start, int(d.lines.size())});
    return c;
}

qreal DocumentPrinter::firstHeader(QPainter *p, const Context &c) const
{
    const PrintableDocument &d = m_doc;
    QPaintDevice *dev = c.device;
    const qreal width = c.area.width();
    const qreal leftWidth = width * 0.55;
    const qreal rightX = width * 0.58;
    const qreal rightWidth = width - rightX;
    auto pen = [p](const QColor &color) {
        if (p)
            p->setPen(color);
    };

    // Left: logo, company name, address, tax id and contact details.
    qreal y = 0;
    if (!c.logo.isNull()) {
        QSizeF s = c.logo.size();
        s.scale(c.pt(60), c.pt(45), Qt::KeepAspectRatio);
        if (p)
            p->drawImage(QRectF(0, 0, s.width(), s.height()), c.logo);
        y += s.height() + c.pt(6);
    }
    const CompanyProfile &co = d.company;
    pen(c.accent);
    y += textBlock(p, dev, c.companyName, 0, y, leftWidth, co.name.isEmpty() ? tr("(Set the company name in Settings → Company)") : co.name);
    pen(Qt::black);
    y += textBlock(p, dev, c.small, 0, y, leftWidth, co.address);
    QStringList ids;
    if (!co.taxId.isEmpty())
        ids << tr("Tax id: %1").arg(co.taxId);
    if (!co.phone.isEmpty())
        ids << tr("Phone: %1").arg(co.phone);
    y += textBlock(p, dev, c.small, 0, y, leftWidth, ids.join(QStringLiteral("   ")));
    QStringList contact;
    if (!co.email.isEmpty())
        contact << co.email;
    if (!co.website.isEmpty())
        contact << co.website;
    y += textBlock(p, dev, c.small, 0, y, leftWidth, contact.join(QStringLiteral("   ")));

    // Right: the title, number (or DRAFT), dates and status.
    qreal r = 0;
    pen(c.accent);
    r += textBlock(p, dev, c.title, rightX, r, rightWidth, d.title, Qt::AlignRight);
    if (d.draft) {
        pen(kDraftRed);
        r += textBlock(p, dev, c.bold, rightX, r, rightWidth, tr("DRAFT (not numbered)"), Qt::AlignRight);
    } else if (!d.number.isEmpty()) {
        pen(Qt::black);
        r += textBlock(p, dev, c.bold, rightX, r, rightWidth, tr("No. %1").arg(d.number), Qt::AlignRight);
    }
    pen(Qt::black);
    for (const auto &[label, value] : d.dates)
        r += textBlock(p, dev, c.body, rightX, r, rightWidth, tr("%1: %2").arg(label, value), Qt::AlignRight);
    if (!d.status.isEmpty())
        r += textBlock(p, dev, c.body, rightX, r, rightWidth, tr("Status: %1").arg(d.status), Qt::AlignRight);
    y = std::max(y, r) + c.pt(14);

    // The customer and, when given, where the goods go.
    const qreal top = y;
    const qreal colWidth = width * 0.46;
    auto block = [&](qreal x, const QString &heading, const QStringList &lines) {
        pen(kGrey);
        qreal h = textBlock(p, dev, c.small, x, top, colWidth, heading.toUpper());
        pen(Qt::black);
        h += textBlock(p, dev, c.bold, x, top + h, colWidth, d.customerName);
        for (const QString &l : lines)
            h += textBlock(p, dev, c.body, x, top + h, colWidth, l);
        return h;
    };
    QStringList bill;
    if (!d.customerTaxId.isEmpty())
        bill << tr("Tax id: %1").arg(d.customerTaxId);
    if (!d.billingAddress.isEmpty())
        bill << d.billingAddress;
    if (!d.contactName.isEmpty())
        bill << tr("Attn.: %1").arg(d.contactName);
    qreal h = block(0, tr("Customer"), bill);
    if (!d.shippingAddress.isEmpty())
        h = std::max(h, block(width * 0.52, tr("Ship to"), {d.shippingAddress}));
    y = top + h + c.pt(10);
    if (!d.subject.isEmpty())
        y += textBlock(p, dev, c.body, 0, y, width, tr("Subject: %1").arg(d.subject)) + c.pt(6);
    return y;
}

qreal DocumentPrinter::laterHeader(QPainter *p, const Context &c) const
{
    const PrintableDocument &d = m_doc;
    const qreal half = c.area.width() / 2;
    const qreal h = std::max(textBlock(p, c.device, c.bold, 0, 0, half, d.company.name),
                             textBlock(p, c.device, c.bold, half, 0, half,
                                       d.draft ? tr("%1 (DRAFT)").arg(d.title) : tr("%1 %2").arg(d.title, d.number).trimmed(),
                                       Qt::AlignRight));
    if (p) {
        p->setPen(QPen(c.accent, c.pt(0.8)));
        p->drawLine(QPointF(0, h + c.pt(3)), QPointF(c.area.width(), h + c.pt(3)));
        p->setPen(Qt::black);
    }
    return h + c.pt(10);
}

qreal DocumentPrinter::tableHeader(QPainter *p, const Context &c, qreal y) const
{
    if (p) {
        p->fillRect(QRectF(0, y, c.area.width(), c.line), c.accent);
        p->setPen(Qt::white);
        p->setFont(c.bold);
        const QFontMetricsF fm(c.bold, c.device);
        qreal x = 0;
        for (const Column &col : c.columns) {
            const QRectF r(x + c.pad, y, col.width - 2 * c.pad, c.line);
            p->drawText(r, Qt::AlignVCenter | (col.right ? Qt::AlignRight : Qt::AlignLeft),
                        fm.elidedText(col.header, Qt::ElideRight, r.width()));
            x += col.width;
        }
        p->setPen(Qt::black);
    }
    return c.line;
}

qreal DocumentPrinter::row(QPainter *p, const Context &c, int index, qreal y) const
{
    const PrintableDocument &d = m_doc;
    const PrintableLine &l = d.lines.at(index);
    const QFontMetricsF fm(c.body, c.device);
    qreal x = 0;
    qreal height = c.line;
    for (const Column &col : c.columns) {
        const qreal w = col.width - 2 * c.pad;
        if (col.key == QLatin1String("description")) {
            if (p)
                p->setPen(Qt::black);
            qreal h = textBlock(p, c.device, l.priced() ? c.body : c.smallItalic, x + c.pad, y + c.pad, w, l.description);
            if (!l.configuration.isEmpty()) {
                if (p)
                    p->setPen(kGrey);
                h += textBlock(p, c.device, c.smallItalic, x + c.pad, y + c.pad + h, w, l.configuration);
                if (p)
                    p->setPen(Qt::black);
            }
            height = std::max(height, h + 2 * c.pad);
        } else if (p) {
            p->setFont(c.body);
            p->drawText(QRectF(x + c.pad, y + c.pad, w, fm.height()), (col.right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop,
                        fm.elidedText(cellText(d, l, col.key), Qt::ElideRight, w));
        }
        x += col.width;
    }
    if (p && index < c.rowHeights.size()) {
        p->setPen(QPen(QColor(210, 210, 210), 0));
        p->drawLine(QPointF(0, y + c.rowHeights.at(index)), QPointF(c.area.width(), y + c.rowHeights.at(index)));
        p->setPen(Qt::black);
    }
    return height;
}

qreal DocumentPrinter::summary(QPainter *p, const Context &c, qreal y0) const
{
    const PrintableDocument &d = m_doc;
    const DocumentTotals &t = d.totals;
    QPaintDevice *dev = c.device;
    const qreal width = c.area.width();
    qreal y = y0 + c.pt(10);
    const QFontMetricsF fm(c.body, dev);
    const qreal rowH = fm.height() + c.pt(3);

    // Tax breakdown: base, rate, tax and (under recargo) surcharge per rate.
    bool anySurcharge = false;
    for (const TaxBucket &b : t.breakdown)
        anySurcharge = anySurcharge || b.surchargeBp != 0 || b.surcharge != 0;
    QStringList headers{tr("Tax base"), tr("Rate"), tr("Tax")};
    if (anySurcharge)
        headers << tr("Surcharge rate") << tr("Surcharge");
    const qreal tableWidth = width * 0.55;
    const qreal colW = tableWidth / headers.size();
    auto drawCells = [&](qreal yy, const QStringList &cells, const QFont &font) {
        if (!p)
            return;
        p->setFont(font);
        for (int i = 0; i < cells.size(); ++i)
            p->drawText(QRectF(i * colW, yy, colW - c.pad, rowH), Qt::AlignRight | Qt::AlignVCenter, cells.at(i));
    };
    qreal left = y;
    if (p)
        p->setPen(kGrey);
    left += textBlock(p, dev, c.small, 0, left, tableWidth, tr("TAX BREAKDOWN"));
    if (p)
        p->setPen(Qt::black);
    drawCells(left, headers, c.bold);
    left += rowH;
    if (p)
        p->drawLine(QPointF(0, left), QPointF(tableWidth, left));
    for (const TaxBucket &b : t.breakdown) {
        QStringList cells{d.money(b.base), d.percent(b.taxBp), d.money(b.tax)};
        if (anySurcharge)
            cells << d.percent(b.surchargeBp) << d.money(b.surcharge);
        drawCells(left, cells, c.body);
        left += rowH;
    }

    // Totals on the right.
    const qreal tx = width * 0.62;
    const qreal tw = width - tx;
    qreal right = y;
    auto total = [&](const QString &label, qint64 cents, bool strong = false) {
        if (p) {
            p->setFont(strong ? c.bold : c.body);
            if (strong) {
                p->setPen(QPen(c.accent, c.pt(1)));
                p->drawLine(QPointF(tx, right), QPointF(width, right));
                p->setPen(Qt::black);
            }
            p->drawText(QRectF(tx, right, tw * 0.55, rowH), Qt::AlignLeft | Qt::AlignVCenter, label);
            p->drawText(QRectF(tx + tw * 0.45, right, tw * 0.55, rowH), Qt::AlignRight | Qt::AlignVCenter, d.money(cents));
        }
        right += rowH;
    };
    total(tr("Subtotal"), t.subtotal);
    if (t.discountTotal)
        total(tr("Discounts"), -t.discountTotal);
    if (t.discountTotal)
        total(tr("Net"), t.netTotal);
    if (t.shipping)
        total(tr("Shipping"), t.shipping);
    total(tr("Taxes"), t.taxTotal);
    if (t.adjustment)
        total(tr("Adjustment"), t.adjustment);
    total(tr("Total"), t.total, true);
    y = std::max(left, right) + c.pt(12);

    // How to pay, and the document's terms and notes.
    auto para = [&](const QString &label, const QString &text) {
        if (text.trimmed().isEmpty())
            return;
        if (p)
            p->setPen(kGrey);
        y += textBlock(p, dev, c.small, 0, y, width, label.toUpper());
        if (p)
            p->setPen(Qt::black);
        y += textBlock(p, dev, c.body, 0, y, width, text) + c.pt(6);
    };
    para(tr("Payment terms"), d.paymentTerms);
    if (!d.company.iban.isEmpty())
        para(tr("Bank account"), tr("IBAN %1").arg(CompanySettings::formatIban(d.company.iban))
                                     + (d.company.name.isEmpty() ? QString() : tr(" (holder: %1)").arg(d.company.name)));
    para(tr("Terms and conditions"), d.terms);
    para(tr("Notes"), d.notes);
    return y - y0;
}

qreal DocumentPrinter::footer(QPainter *p, const Context &c, int page, int pages) const
{
    const QString number = tr("Page %1 of %2").arg(page).arg(pages);
    const QFontMetricsF fm(c.small, c.device);
    const qreal numberWidth = fm.horizontalAdvance(tr("Page %1 of %2").arg(999).arg(999)) + c.pad;
    const qreal textWidth = c.area.width() - 2 * numberWidth;
    const qreal textHeight = textBlock(nullptr, c.device, c.small, numberWidth, 0, textWidth, m_doc.layout.footer, Qt::AlignHCenter);
    const qreal h = std::max(textHeight, fm.height()) + c.pt(8);
    if (p) {
        const qreal top = c.area.height() - h + c.pt(8);
        p->setPen(QPen(QColor(180, 180, 180), 0));
        p->drawLine(QPointF(0, top - c.pt(4)), QPointF(c.area.width(), top - c.pt(4)));
        p->setPen(kGrey);
        textBlock(p, c.device, c.small, numberWidth, top, textWidth, m_doc.layout.footer, Qt::AlignHCenter);
        p->setFont(c.small);
        p->drawText(QRectF(c.area.width() - numberWidth, top, numberWidth, fm.height()), Qt::AlignRight | Qt::AlignTop, number);
        p->setPen(Qt::black);
    }
    return h;
}

void DocumentPrinter::paintPage(QPainter &p, const Context &c, int page) const
{
    const int pages = int(c.pages.size());
    const auto [first, end] = c.pages.at(page - 1);
    if (m_doc.draft) {
        // A big faint DRAFT across the page: a draft never passes for the real document.
        p.save();
        QFont mark = c.title;
        mark.setPointSizeF(90);
        p.setFont(mark);
        p.setPen(QColor(190, 30, 30, 40));
        p.translate(c.area.width() / 2, c.area.height() / 2);
        p.rotate(-35);
        p.drawText(QRectF(-c.area.width(), -c.area.height() / 4, 2 * c.area.width(), c.area.height() / 2), Qt::AlignCenter, tr("DRAFT"));
        p.restore();
    }
    qreal y = page == 1 ? firstHeader(&p, c) : laterHeader(&p, c);
    y += tableHeader(&p, c, y);
    for (int i = first; i < end; ++i)
        y += row(&p, c, i, y);
    if (page == pages)
        summary(&p, c, y);
    footer(&p, c, page, pages);
}

int DocumentPrinter::pageCount(QPaintDevice *device, const QSizeF &area) const
{
    return int(context(device, area).pages.size());
}

bool DocumentPrinter::paint(QPagedPaintDevice *device) const
{
    QPainter p;
    if (!p.begin(device))
        return false;
    const Context c = context(device, QSizeF(device->width(), device->height()));
    for (int page = 1; page <= c.pages.size(); ++page) {
        if (page > 1 && !device->newPage())
            return false;
        paintPage(p, c, page);
    }
    return p.end();
}

QImage DocumentPrinter::renderPage(int page, int dpi, int *pageCount) const
{
    const QPageLayout layout = pageLayout(m_doc.layout);
    const QRect full = layout.fullRectPixels(dpi);
    const QRect paint = layout.paintRectPixels(dpi);
    QImage image(full.size(), QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const Context c = context(&image, paint.size());
    if (pageCount)
        *pageCount = int(c.pages.size());
    if (page < 1 || page > c.pages.size())
        return {};
    p.translate(paint.topLeft());
    paintPage(p, c, page);
    p.end();
    return image;
}

Status DocumentPrinter::writePdf(const PrintableDocument &document, const QString &path)
{
    {
        // QPdfWriter says nothing when it cannot write: ask the file first.
        QFile probe(path);
        const bool existed = probe.exists();
        if (!probe.open(QIODevice::WriteOnly | QIODevice::Append))
            return Error::badInput(tr("Cannot write the PDF %1: %2").arg(path, probe.errorString()));
        probe.close();
        if (!existed)
            probe.remove();
    }
    bool ok = false;
    {
        QPdfWriter writer(path);
        writer.setTitle(document.number.isEmpty() ? document.title : document.title + QLatin1Char(' ') + document.number);
        writer.setCreator(QStringLiteral("Trato"));
        writer.setResolution(300);
        writer.setPageLayout(pageLayout(document.layout));
        ok = DocumentPrinter(document).paint(&writer);
    }
    if (!ok) {
        QFile::remove(path);
        return Error::failure(tr("The PDF %1 was not written.").arg(path));
    }
    return Status::success();
}

} // namespace trato
