// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace trato::Icons {

namespace {

QIcon badge(const QColor &color, const QString &glyph)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        QPainterPath path;
        path.addRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), size / 4.0, size / 4.0);
        p.fillPath(path, color);
        QFont font = p.font();
        font.setBold(true);
        font.setPixelSize(qRound(size * 0.62));
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, glyph);
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

} // namespace

QIcon app()
{
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/trato/icons/trato-%1.png").arg(size), QSize(size, size));
    return icon;
}

QIcon module(Module m)
{
    // Glyphs present in the common UI fonts (DejaVu, Segoe UI Symbol, Apple Symbols).
    switch (m) {
    case Module::Home: return badge(QColor(0x1f, 0x5f, 0xd6), QString(QChar(0x2302)));      // ⌂
    case Module::Marketing: return badge(QColor(0xdb, 0x27, 0x77), QString(QChar(0x2709))); // ✉
    case Module::Sales: return badge(QColor(0x05, 0x96, 0x69), QString(QChar(0x20AC)));     // €
    case Module::Support: return badge(QColor(0xea, 0x58, 0x0c), QString(QChar(0x260E)));   // ☎
    case Module::Analytics: return badge(QColor(0x7c, 0x3a, 0xed), QString(QChar(0x2197))); // ↗
    case Module::Inventory: return badge(QColor(0x92, 0x40, 0x0e), QString(QChar(0x25A6))); // ▦
    case Module::Activities: return badge(QColor(0x08, 0x91, 0xb2), QString(QChar(0x2713)));// ✓
    }
    return {};
}

QIcon trash()
{
    return badge(QColor(0x64, 0x74, 0x8b), QString(QChar(0x2715))); // ✕
}

QIcon entity(const QString &entityName, const QString &label)
{
    static const QColor palette[] = {QColor(0x25, 0x63, 0xeb), QColor(0xdb, 0x27, 0x77), QColor(0x05, 0x96, 0x69),
                                     QColor(0xea, 0x58, 0x0c), QColor(0x7c, 0x3a, 0xed), QColor(0x08, 0x91, 0xb2)};
    const size_t index = qHash(entityName) % (sizeof(palette) / sizeof(palette[0]));
    // The letter of the name people read (Pre-contactos -> P), the colour of the stable key.
    return badge(palette[index], (label.isEmpty() ? entityName : label).left(1).toUpper());
}

} // namespace trato::Icons
