// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttable.h"

namespace trato {

namespace {
QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString csvLine(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &c : cells)
        out << csvField(c);
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}
} // namespace

QString ReportTable::toCsv() const
{
    QString out = csvLine(headers);
    for (const QStringList &row : rows)
        out += csvLine(row);
    if (!totals.isEmpty())
        out += csvLine(totals);
    return out;
}

} // namespace trato
